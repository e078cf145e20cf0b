"""Dates of events still to come, read from the words that schedule or expect them.

Invented sentences, published 2023-06-01 (a Thursday) unless a case says otherwise.
"""

import pytest

HEAD = "Test headline\n\n"


def _dates(extractor, body, published="2023-06-01"):
    return [(d.text, d.value) for d in extractor.extract(HEAD + body, published=published).dates]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a schedule or an expectation stated in the present looks ahead
        ("The final is scheduled for Sunday, the league said.", [("Sunday", "2023-06-04")]),
        ("Results are expected by Tuesday.", [("Tuesday", "2023-06-06")]),
        ("A ruling is expected in May.", [("May", "2024-05")]),
        ("Local elections are due in February.", [("February", "2024-02")]),
        ("The hearing has been postponed until Monday.", [("Monday", "2023-06-05")]),
        ("Harvest figures are expected in early April.", [("early April", "2024-04")]),
    ],
)
def test_dates_a_present_schedule_or_expectation_looks_ahead(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # in the past tense the schedule may lie either side: the nearer one
        ("The final was scheduled for Monday.", [("Monday", "2023-05-29")]),
        ("Results were expected in April.", [("April", "2023-04")]),
    ],
)
def test_dates_a_past_schedule_is_not_read_forward(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The club hopes to stage the final in late March.", [("late March", "2024-03")]),
        ("Firefighters are urging residents to leave by Sunday.", [("Sunday", "2023-06-04")]),
        ("Police issued a notice on Wednesday, ordering residents to leave by Sunday.",
         [("Wednesday", "2023-05-31"), ("Sunday", "2023-06-04")]),
        ("The union wants to hold the ballot in September.", [("September", "2023-09")]),
    ],
)
def test_dates_an_infinitive_of_hope_or_order_looks_ahead(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want", "published"),
    [
        ("The campaign opened on Monday, ahead of polling on Jan. 12.",
         [("Monday", "2022-12-26"), ("Jan. 12", "2023-01-12")], "2022-12-28"),
        ("Aides said a meeting was back on the agenda for July 3.", [("July 3", "2023-07-03")], "2023-06-01"),
    ],
)
def test_dates_an_event_ahead_or_a_target_date_takes_the_nearer_year(extractor, body, want, published):
    assert _dates(extractor, body, published) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # published on a Thursday: "from Monday until June 9" is the coming Monday
        ("Pilots voted to strike from Monday until June 9.", [("Monday", "2023-06-05"), ("June 9", "2023-06-09")]),
        ("The bridge was closed from Saturday to Tuesday.", [("Saturday", "2023-05-27"), ("Tuesday", "2023-05-30")]),
        ("Schools stay shut from Friday to June 12.", [("Friday", "2023-06-09"), ("June 12", "2023-06-12")]),
    ],
)
def test_dates_a_weekday_opening_a_range_is_read_from_its_end(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The curfew will be lifted at 2000 local time on Thursday.", [("Thursday", "2023-06-01")]),
        ("The envoy will fly home on Thursday, aides said.", [("Thursday", "2023-06-01")]),
        ("The envoy will fly home on Friday, aides said.", [("Friday", "2023-06-02")]),
    ],
)
def test_dates_the_publication_weekday_in_the_future_tense_is_that_day(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The ban, in force since May 20, will be lifted next month.", [("May 20", "2023-05-20")]),
        ("The shelter, open since Monday, will close on Saturday.", [("Monday", "2023-05-29"), ("Saturday", "2023-06-03")]),
        ("Talks that have stalled since March 3 will resume, envoys said.", [("March 3", "2023-03-03")]),
    ],
)
def test_dates_a_period_s_start_after_since_lies_behind(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("May was the wettest month on record in Orvel, forecasters said.", [("May", "2023-05")]),
        ("ORVEL, June 1 - May was the deadliest month of the uprising so far, the monitor said.",
         [("June 1", "2023-06-01"), ("May", "2023-05")]),
        # the person and the verb stay what they are
        ("May said the month had been hard.", []),
        ("May was the first to speak, aides said.", []),
        ("Prices may rise, the bank said.", []),
    ],
)
def test_dates_may_called_a_month_is_the_month(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The book fair will run from 4 to 8 October, organisers said.", [("4", "2023-10-04"), ("8 October", "2023-10-08")]),
        ("Voting takes place from 10 to 12 June.", [("10", "2023-06-10"), ("12 June", "2023-06-12")]),
        ("The summit ran from 2 to 5 May 2019.", [("2", "2019-05-02"), ("5 May 2019", "2019-05-05")]),
    ],
)
def test_dates_a_bare_day_opening_a_range_takes_the_month_after(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want", "published"),
    [
        ("A man was stabbed at a party on New Year's Eve.", [("New Year's Eve", "2022-12-31")], "2023-01-03"),
        ("Unions planned May Day marches on Monday.", [("May Day", "2023-05-01"), ("Monday", "2023-05-01")], "2023-04-27"),
        ("The May Day rallies on Monday were banned, police said.",
         [("May Day", "2023-05-01"), ("Monday", "2023-05-01")], "2023-05-03"),
        ("The market reopens on Christmas Eve.", [("Christmas Eve", "2023-12-24")], "2023-12-20"),
        # a weekday that is not the holiday's keeps its own reading
        ("May Day passed quietly, and talks resumed on Tuesday.", [("May Day", "2023-05-01"), ("Tuesday", "2023-05-02")],
         "2023-05-04"),
    ],
)
def test_dates_a_holiday_on_a_fixed_day(extractor, body, want, published):
    assert _dates(extractor, body, published) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a range of years after a noun it dates: both ends, not the last alone
        ("The inquiry covers the years between 2009 and 2013, the committee said.",
         [("2009", "2009"), ("2013", "2013")]),
        ("Records from the period between 1998 and 2002 were lost in the fire.",
         [("1998", "1998"), ("2002", "2002")]),
        ("Prices doubled between 2016 and 2019.", [("2016", "2016"), ("2019", "2019")]),
        ("The decade from 2001 to 2010 was the warmest on record.", [("2001", "2001"), ("2010", "2010")]),
    ],
)
def test_dates_a_range_of_years_after_its_noun_gives_both_ends(extractor, body, want):
    assert _dates(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want", "published"),
    [
        # a period of two bare months: both months, "May" closing it is the month, and the
        # period not placed in the past is the nearer one, its end on or after its start
        ("The show of glass lamps, open from March to May in the town hall, draws crowds.",
         [("March", "2024-03"), ("May", "2024-05")], "2024-01-15"),
        ("The ferry runs from April to May.", [("April", "2024-04"), ("May", "2024-05")], "2024-02-02"),
        ("The fair, held from June to August, is the largest in the region.",
         [("June", "2024-06"), ("August", "2024-08")], "2024-02-10"),
        ("The road will be shut between April and June for repairs.",
         [("April", "2023-04"), ("June", "2023-06")], "2023-02-10"),
        # in the past tense the period lies behind
        ("The gallery was closed from March to May.", [("March", "2023-03"), ("May", "2023-05")], "2023-09-10"),
        # "to May" with no month before it is no range
        ("An adviser to May said the plan was dead.", [], "2023-09-10"),
    ],
)
def test_dates_a_period_of_two_bare_months(extractor, body, want, published):
    assert _dates(extractor, body, published) == want


@pytest.mark.parametrize(
    ("text", "want", "published"),
    [
        # a place and its date alone on the first line: a dateline, not a headline, and its date counts
        ("VELMAR, 4 June 2023\n\nThe envoy will present her letters on Thursday.",
         [("4 June 2023", "2023-06-04"), ("Thursday", "2023-06-08")], "2023-06-04"),
        ("OSTRAVIN, 12 May\n\nThe port reopened on Monday.",
         [("12 May", "2023-05-12"), ("Monday", "2023-05-08")], "2023-05-12"),
        # day before month in a dateline with its agency and dash
        ("Port strike ends\n\nTARNO, 9 Feb (Reuters) - Dockers went back to work on Tuesday.",
         [("9 Feb", "2023-02-09"), ("Tuesday", "2023-02-07")], "2023-02-09"),
        # a line of capitals without a date is a headline: its words are no dateline
        ("FLOODS REACH TARNO\n\nThe river burst its banks on Tuesday.", [("Tuesday", "2023-02-07")], "2023-02-09"),
    ],
)
def test_dates_a_dateline_with_the_day_before_the_month(extractor, text, want, published):
    got = [(d.text, d.value) for d in extractor.extract(text, published=published).dates]
    assert got == want
