"""Date constructions of news, each with several invented sentences (published 2023-06-01, a Thursday)."""

import pytest

HEAD = "Test headline\n\n"


def _dates(extractor, body, published="2023-06-01"):
    return sorted(d.value for d in extractor.extract(HEAD + body, published=published).dates)


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("They attacked the depot last Sunday and will meet again next Tuesday.", ["2023-05-28", "2023-06-06"]),
        ("The council met last Friday to discuss the levy.", ["2023-05-26"]),
        ("The envoy arrives next Monday, aides said.", ["2023-06-05"]),
        ("Ministers will meet on Monday to agree the budget.", ["2023-06-05"]),
        ("The mayor said the convoy would leave on Saturday.", ["2023-06-03"]),
    ],
)
def test_dates_relative_weekdays_and_future(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The tribunal will hear the case on Feb. 9.", ["2024-02-09"]),
        ("The festival opens on July 14, organisers said.", ["2023-07-14"]),
    ],
)
def test_dates_future_month_day_resolves_forward(extractor, body, values, published="2023-06-01"):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The plant was closed at the end of 2019.", ["2019-12"]),
        ("Talks stalled in mid-March.", ["2023-03"]),
        ("The road opened in early 2019 after delays.", ["2019"]),
        ("The exhibition runs from March 3 to April 9.", ["2023-03-03", "2023-04-09"]),
    ],
)
def test_dates_forms(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The ferry left at 1430 on Tuesday.", ["2023-05-30"]),
        ("Guards changed shifts at 0600 and again at 1800.", []),
    ],
)
def test_dates_clock_time_is_never_a_year(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("Prime Minister Theresa May said the vote was held in May.", ["2023-05"]),
        ("May said on Friday that talks may resume.", ["2023-05-26"]),
        ("Talks may resume, officials said.", []),
    ],
)
def test_dates_may_month_name_and_verb(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ('"Today we open the bridge," the mayor told reporters on Monday.', ["2023-05-29"]),
        ("\u201cTomorrow we start again,\u201d she said on Tuesday.", ["2023-05-30"]),
        ("The vote is today, officials said.", ["2023-06-01"]),
    ],
)
def test_dates_today_inside_a_quotation_is_not_the_publication_day(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("Police imposed a curfew from 2100 to 0500 on Friday.", ["2023-05-26"]),
        ("The troops may be withdrawn by July 31, the ministry said.", ["2023-07-31"]),
        ("Officials said the talks might slip to March.", ["2024-03"]),
    ],
)
def test_dates_clock_ranges_and_modal_future(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # no past verb: the nearer of the two, here a few weeks ahead
        ("Delegates have been invited to the signing ceremony on June 20.", ["2023-06-20"]),
        ("Talks resume next week, with a summit pencilled in for July 2.", ["2023-07-02"]),
        ("The June 25 runoff is the first since the coup.", ["2023-06-25"]),
        # a past verb keeps the date behind publication, however far
        ("The rebels seized the town on June 20.", ["2022-06-20"]),
        ("The bridge was reopened on July 2.", ["2022-07-02"]),
        ("The summit of May 28 ended without a deal.", ["2023-05-28"]),
    ],
)
def test_dates_month_day_without_past_verb_is_the_nearer(extractor, body, values):
    assert _dates(extractor, body) == values


def test_dates_a_weekday_without_a_verb_stays_behind(extractor):
    # "Thursday's bombing" in a Thursday paper is today; "Sunday's" the Sunday before
    assert _dates(extractor, "Two more have died since Sunday's bombing of the market.") == ["2023-05-28"]


# --- Issue classes 11-14 on unseen news: invented sentences, publication dates chosen for
# --- weekday and year edges (the weekday of each publication date is in the comment).


def _run(extractor, text, published):
    return sorted(d.value for d in extractor.extract(text, published=published).dates)


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # Wednesday: "will meet on Monday" is the Monday after
        ("2024-01-17", "Finance ministers of the Vardic League will meet on Monday in Orsk to discuss the levy.",
         ["2024-01-22"]),
        # Wednesday before New Year: the Monday after is in the next year
        ("2021-12-29", "The Selmar appeals court will rule on Monday, a clerk said.", ["2022-01-03"]),
        # Saturday: the Sunday after is tomorrow
        ("2023-12-30", "Voters in Ardmore will choose a new mayor on Sunday.", ["2023-12-31"]),
        # Saturday before New Year: the Tuesday after is in January
        ("2023-12-30", "Parliament is due to vote on the budget on Tuesday.", ["2024-01-02"]),
        # a weekday inside "said ... would leave on Monday": the saying looks back, the leaving forward
        ("2023-09-13", "The Dorvan defence ministry said on Tuesday that 150 engineers would leave for Kessa on Monday.",
         ["2023-09-12", "2023-09-18"]),
        ("2020-02-28", "Officials said the ferry would resume sailings on Wednesday.", ["2020-03-04"]),
        # a day and month without a past verb, a few weeks ahead of a January paper
        ("2025-01-15", "Foreign leaders have been invited to the coronation on Feb. 9 in Ostrel.", ["2025-02-09"]),
        # across the year boundary: a December paper, a January date ahead
        ("2021-12-20", "The trial of four men accused over the Pellan fire will open on Jan. 10, the court said on Friday.",
         ["2021-12-17", "2022-01-10"]),
        ("2019-12-28", "The new toll on the Varn bridge takes effect on Jan. 5.", ["2020-01-05"]),
        # a month named as the time of something scheduled
        ("2023-11-15", "Elections will be held in March, the commission said.", ["2024-03"]),
        ("2021-12-20", "The hearing has been set for January.", ["2022-01"]),
        ("2019-10-04", "Talks are scheduled to resume on Tuesday in Brenn.", ["2019-10-08"]),
        # a present-tense schedule with a weekday names the coming one
        ("2022-11-09", "Polls open on Sunday in the northern provinces.", ["2022-11-13"]),
    ],
)
def test_dates_future_events_resolve_forward(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


def test_dates_a_date_in_the_headline_alone_is_not_a_body_date(extractor):
    # the body names the day; the headline's month is no date of the body
    text = "Trial of Pellan four set for January\n\nThe trial will open on Jan. 10, the regional court said."
    assert _run(extractor, text, "2021-12-20") == ["2022-01-10"]


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # "last <weekday>": the latest such day before publication, in the publication's own
        # week or the one before, but not the day before within the publication's week
        ("2024-05-08", "The curfew imposed after last Sunday's riots will be reviewed.", ["2024-05-05"]),  # Wed
        ("2021-03-03", "An avalanche buried four skiers in the Orvan range last Friday.", ["2021-02-26"]),  # Wed
        ("2020-01-10", "The delegations signed the accord in Pella last Thursday.", ["2020-01-02"]),  # Fri
        ("2023-06-03", "The treaty ratified last Tuesday will go to a referendum.", ["2023-05-30"]),  # Sat
        ("2023-06-03", "Dockers walked out last Monday, the union said.", ["2023-05-29"]),  # Sat
        ("2023-06-07", "The report, released last Wednesday, was withdrawn.", ["2023-05-31"]),  # Wed
        ("2023-06-04", "The strike began last Sunday.", ["2023-05-28"]),  # Sun
        ("2024-01-01", "The dam gave way last Friday.", ["2023-12-29"]),  # Mon, New Year
        # "next <weekday>": that day of the week after the publication week
        ("2024-05-08", "The council will vote next Tuesday, the mayor's office said.", ["2024-05-14"]),  # Wed
        ("2023-12-25", "Schools reopen next Monday.", ["2024-01-01"]),  # Mon, across the year
        ("2023-12-29", "The envoy arrives next Wednesday.", ["2024-01-03"]),  # Fri
        # "this coming" and "this past"
        ("2023-06-01", "The market reopens this coming Saturday.", ["2023-06-03"]),  # Thu
        ("2023-06-01", "The market flooded this past Saturday.", ["2023-05-27"]),  # Thu
    ],
)
def test_dates_last_and_next_weekday(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # "from A to B": two dates, each resolved
        ("2023-11-30", "The exercise will run from Dec. 4 to Dec. 15 in the Strait of Morr.", ["2023-12-04", "2023-12-15"]),
        ("2023-06-01", "The drill will run from June 3 to 5.", ["2023-06-03", "2023-06-05"]),
        ("2023-06-01", "The fair ran from March 3-9 in Torvik.", ["2023-03-03", "2023-03-09"]),
        ("2021-07-22", "Isak Brenner, who ruled Altamar from 2010 to early 2019, returned from exile.", ["2010", "2019"]),
        ("2023-06-01", "The war lasted from 2010-2014.", ["2010", "2014"]),
        # a part of a period keeps the period's value ("early 2019" is 2019, "mid-March" is March)
        ("2020-10-15", "The line was meant to open by the end of 2019.", ["2019-12"]),
        ("2020-10-15", "Work began at the start of 2018 and stopped in late 2019.", ["2018-01", "2019"]),
        ("2024-01-17", "Lutavia will hold a general election in mid-March.", ["2024-03"]),
        ("2023-06-01", "Prices rose sharply in late 2018.", ["2018"]),
        ("2023-06-01", "The plant will close by the end of March.", ["2024-03"]),
        ("2022-09-01", "Output has fallen since mid-2020.", ["2020"]),
        # a year after a preposition that also precedes clock times is still a year
        ("2020-10-15", "Trains are not expected to run before 2023, the ministry said.", ["2023"]),
        ("2020-01-10", "The partners agreed to build the pipeline by 2025.", ["2025"]),
        ("2023-06-01", "The sanctions will stay in place until 2030.", ["2030"]),
    ],
)
def test_dates_forms_ranges_and_parts(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # a year inside an event's or a plan's name, or modifying the event it dates
        ("2022-06-16", "Karvella will host the Karvella 2026 Expo, organisers announced.", ["2026"]),
        ("2021-03-01", "Fans are already booking flights for the 2022 Cup final in Dorn.", ["2022"]),
        ("2017-05-19", "The army announced the summer 2017 deployment of an armoured brigade.", ["2017"]),
        ("2023-06-01", "Survivors of the 2015 attack gathered in Velm.", ["2015"]),
        ("2023-06-01", "Turnout in the 2019 elections was the lowest on record.", ["2019"]),
        # a four-digit count before a plural noun is no year
        ("2023-06-01", "The 2000 troops will stay in Orvan.", []),
        # a number after its noun is a name's number, not a year
        ("2023-06-01", "Security Council Resolution 1973 authorised the flights.", []),
    ],
)
def test_dates_year_in_an_event_name(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "text", "values"),
    [
        # a place dateline with its date, alone on its line
        ("2021-03-03", "Torvik raises rates\n\nKARVELLA, March 3 (Reuters) -\n\nThe central bank raised its main rate.",
         ["2021-03-03"]),
        ("2023-11-30", "Gunfire in Ostraven\n\nOSTRAVEN, Nov 30 (AFP) \u2013\n\nGunfire rang out near parliament on Tuesday.",
         ["2023-11-28", "2023-11-30"]),
        ("2024-01-02", "Storm hits Torvik\n\nTORVIK, Jan. 2 \u2014\n\nA storm cut power to thousands of homes.", ["2024-01-02"]),
        # the dateline's date is the last day of the year, the body's weekday the day before
        ("2023-12-31", "Floods in Brask\n\nBRASK, Kestria, Dec 31 (Reuters) -\n\nRivers burst their banks on Saturday.",
         ["2023-12-30", "2023-12-31"]),
    ],
)
def test_dates_dateline_alone_on_its_line(extractor, published, text, values):
    assert _run(extractor, text, published) == values


def test_dates_dateline_with_its_year_gives_the_publication_date(extractor):
    text = "Quake in Velm\n\nVELM, Aug 5, 2022 (AP) -\n\nA quake shook the town on Thursday."
    facts = extractor.extract(text)
    assert facts.published is not None and facts.published.isoformat() == "2022-08-05"
    assert sorted(d.value for d in facts.dates) == ["2022-08-04", "2022-08-05"]


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        ("2023-09-13", "The blast happened at 1430 local time on Tuesday. Firefighters put it out at about 1900.",
         ["2023-09-12"]),
        # a curfew starting on a day in a paper of the day before: the coming one
        ("2022-04-21", "Authorities in Halvik imposed a curfew from 2000 to 0600 starting on Friday.", ["2022-04-22"]),
        ("2023-06-01", "The curfew runs between 2200 and 0500 each night.", []),
        ("2023-06-01", "The first shots were heard shortly after 2300 GMT.", []),
        ("2023-11-30", "Gunfire rang out near the parliament at 2100 on Tuesday, residents said.", ["2023-11-28"]),
        ("2023-06-01", "The roads must be cleared by 0800 hours.", []),
    ],
)
def test_dates_clock_time_is_never_a_year_variants(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        ("2019-05-23", 'In a televised speech on Tuesday, President Ana Dorr said: "Today our nation stands united."',
         ["2019-05-21"]),
        ("2024-08-29", '"Today we buried 11 of our neighbours," Mayor Aris Dolk told reporters on Monday.', ["2024-08-26"]),
        ("2024-01-01", "\u201cToday we start again,\u201d the coach said on Saturday.", ["2023-12-30"]),
        # outside a quotation, "today" is the publication day
        ("2023-06-01", "Polls close today, the commission said.", ["2023-06-01"]),
    ],
)
def test_dates_quoted_today_is_not_the_publication_day(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        ("2024-10-10", "The ceasefire agreed in May has held, the envoy, Adele May, told the council.\n\n"
                       "May said both sides had pulled heavy weapons back.", ["2024-05"]),
        ("2024-02-21", "Kestrian troops may be withdrawn from Sarl by May 31, the ministry said.", ["2024-05-31"]),
        ("2021-06-16", "A court cleared former minister Theo May of charges brought in May 2019.\n\n"
                       "May, who has always denied wrongdoing, may now seek damages.", ["2019-05"]),
        ("2023-05-10", "Opposition leader Rosa May told reporters on Friday that the congress on May 3 had backed her. "
                       "May, 54, said the government may not survive the summer.", ["2023-05-03", "2023-05-05"]),
        ("2022-03-09", "Foreign Minister Ivo May will travel to Brask on Tuesday. Officials said the talks may slip to June.",
         ["2022-03-15", "2022-06"]),
        ("2023-06-01", "May's office said on Monday that the deal was off.", ["2023-05-29"]),
        ("2023-06-01", "May told parliament in May that the deal was off.", ["2023-05"]),
    ],
)
def test_dates_may_the_month_the_name_and_the_verb(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # two dates the model joined into one DATE span
        ("2017-05-19", "The ministry announced today the summer 2017 rotation of an air wing.", ["2017", "2017-05-19"]),
        ("2023-06-01", "Five years ago in 2018 the dam burst.", ["2018"]),
    ],
)
def test_dates_side_by_side_in_one_span(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # a past verb that can also schedule, taking its date with "on", is the past
        ("2023-06-03", "Troops moved into Kessa on Monday.", ["2023-05-29"]),  # Saturday
        ("2023-06-03", "Protesters set fire to a bus on Tuesday.", ["2023-05-30"]),
        # the time a verb of scheduling fixes: the nearer of the two
        ("2023-11-15", "The vote was postponed until March.", ["2024-03"]),
        ("2023-05-10", "The vote was postponed until March, and then held in April.", ["2023-03", "2023-04"]),
        ("2023-06-03", "The hearing was moved to Tuesday.", ["2023-06-06"]),
        # a year before a plural noun it dates
        ("2023-06-01", "Negotiators took the 1967 borders as a basis.", ["1967"]),
    ],
)
def test_dates_schedule_verbs_and_dated_plurals(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # a part of the day before or around a weekday (wire style)
        ("2023-06-01", "Gunmen stormed the village early Monday, police said.", ["2023-05-29"]),
        ("2023-06-01", "The storm reached the coast late Tuesday.", ["2023-05-30"]),
        ("2023-06-01", "Fighting raged overnight Tuesday in the north.", ["2023-05-30"]),
        ("2023-06-01", "The quake struck in the early hours of Sunday.", ["2023-05-28"]),
        ("2023-06-01", "The strike began Sunday morning.", ["2023-05-28"]),
        # "this <weekday>": the day itself, else the nearer one
        ("2023-06-01", "The results are expected this Friday.", ["2023-06-02"]),  # Thursday paper
        ("2023-06-01", "He resigned this Tuesday.", ["2023-05-30"]),
        # wire shorthand for the edge of a month, and a span of years
        ("2023-06-01", "Stocks had fallen by end-March.", ["2023-03"]),
        ("2023-06-01", "The club won the title in 2014-15.", ["2014", "2015"]),
    ],
)
def test_dates_parts_of_the_day_and_wire_shorthand(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


@pytest.mark.parametrize(
    ("text", "place", "values"),
    [
        ("Rates rise\n\nKARVELLA, Wednesday, March 3 (Reuters) -\n\nThe bank raised rates.", "KARVELLA", ["2021-03-03"]),
        ("Rates rise\n\nBRASK, Kestria, Wednesday, March 3 (AP) \u2014\n\nThe bank raised rates.", "BRASK, Kestria",
         ["2021-03-03"]),
    ],
)
def test_dates_a_weekday_in_the_dateline_is_its_date_not_its_region(extractor, text, place, values):
    facts = extractor.extract(text, published="2021-03-03")
    assert facts.dateline is not None and facts.dateline.text == place
    assert sorted(d.value for d in facts.dates) == values


@pytest.mark.parametrize(
    ("published", "body", "values"),
    [
        # the month of an event a clause reports: the nearer one, ahead or back
        ("1994-08-16", "The ministry told refiners of a cut in fuel supplies in September.", ["1994-09"]),
        ("2023-06-01", "The statistics office announced a census in July.", ["2023-07"]),
        ("2023-06-01", "The agency reported a surge in arrivals in April.", ["2023-04"]),
        ("2024-01-17", "Officials reported a rise in attacks in December.", ["2023-12"]),
        # the event's own past verb keeps it behind publication
        ("2023-08-16", "The attack in September killed five guards.", ["2022-09"]),
    ],
)
def test_dates_month_of_a_reported_event(extractor, published, body, values):
    assert _run(extractor, HEAD + body, published) == values


def test_dates_a_day_after_a_reporting_verbs_object_is_the_day_of_reporting(extractor):
    # Saturday paper: "told reporters on Friday" is the day before, not a week ahead
    body = "The minister told reporters on Friday that a census would follow in July."
    assert _run(extractor, HEAD + body, "2023-06-03") == ["2023-06-02", "2023-07"]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # a verb whose auxiliary is left out takes the tense of the verb it is joined to
        ("Nine pilgrims were crushed to death and dozens hurt in a stampede at Orsa on Tuesday.", ["2023-05-30"]),
        ("Two guards were killed and six hurt in an attack on the Velno depot on Monday.", ["2023-05-29"]),
        ("Three shops were burned and two others shut by looters on Tuesday.", ["2023-05-30"]),
    ],
)
def test_dates_a_joined_verb_takes_the_tense_of_the_first(extractor, body, values):
    assert _dates(extractor, body) == values


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("The fair was cancelled every year from 2015 to 2018, organisers said.", ["2015", "2018"]),
        ("The road was closed from 2009 to 2012.", ["2009", "2012"]),
        ("The mine operated between 1971 and 1986.", ["1971", "1986"]),
        ("The old bridge carried trains between 1902 and 1958, the museum said.", ["1902", "1958"]),
    ],
)
def test_dates_both_years_of_a_year_range(extractor, body, values):
    assert _dates(extractor, body) == values


# An agency named after the date without brackets ("TOKYO, Feb. 15 Kyodo -") still ends a
# dateline; its date is read.
@pytest.mark.parametrize(
    ("text", "place", "values"),
    [
        ("TOKYO, Feb. 15 Kyodo - The government approved the plan on Friday.", "TOKYO", ["2021-02-15"]),
        ("SEOUL, March 3 Yonhap - The ministry said talks would resume.", "SEOUL", ["2021-03-03"]),
    ],
)
def test_dates_dateline_with_an_agency_without_brackets(extractor, text, place, values):
    facts = extractor.extract(text, published="2021-03-04")
    assert facts.dateline is not None and facts.dateline.text == place
    assert [d.value for d in facts.dates if d.value in values] == values
