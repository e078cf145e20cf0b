import datetime as dt

import pytest

from newsfacts.calendar import find_date_line, resolve_date

THURSDAY = dt.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thursday", "2023-06-01"),          # the publication day itself
        ("on Monday", "2023-05-29"),         # the latest Monday before it
        ("Friday night", "2023-05-26"),
        ("in April", "2023-04"),
        ("December", "2022-12"),             # a month after publication is last year's
        ("February 2022", "2022-02"),
        ("June 1, 2023", "2023-06-01"),
        ("Wednesday, September 4, 2019", "2019-09-04"),
        ("4 September 2019", "2019-09-04"),
        ("October 2 2018", "2018-10-02"),
        ("August 27", "2022-08-27"),
        ("March 20 last year", "2022-03-20"),
        ("summer 2017", "2017"),
        ("in 2012", "2012"),
        ("early October", "2022-10"),
        ("yesterday", "2023-05-31"),
        ("today", "2023-06-01"),
    ],
)
def test_calendar_resolves_against_publication_date(text, value):
    assert resolve_date(text, THURSDAY)[0] == value


@pytest.mark.parametrize(
    "text", ["many years", "earlier this week", "the near future", "24 hours", "the 1970s",
             "the five-year-old", "this week", "decades", "annually"],
)
def test_calendar_durations_and_vague_periods_are_not_dates(text):
    assert resolve_date(text, THURSDAY) is None


def test_calendar_future_tense_looks_forward():
    assert resolve_date("Thursday", THURSDAY, future=True)[0] == "2023-06-08"
    assert resolve_date("in April", THURSDAY, future=True)[0] == "2024-04"


def test_calendar_without_publication_date_only_dates_with_a_year():
    assert resolve_date("Saturday", None) is None
    assert resolve_date("in April", None) is None
    assert resolve_date("July 2013", None) == ("2013-07", "month")


def test_calendar_granularity():
    assert resolve_date("2008", None) == ("2008", "year")
    assert resolve_date("July 2013", None)[1] == "month"
    assert resolve_date("June 1, 2023", None)[1] == "day"


@pytest.mark.parametrize(
    ("line", "date"),
    [(" date 2023-06-01 WORLD", "2023-06-01"), ("May 19, 2017 PRINT | E-MAIL", "2017-05-19"),
     ("Wednesday, September 4, 2019", "2019-09-04"), ("4 September 2019", "2019-09-04")],
)
def test_calendar_date_lines(line, date):
    found = find_date_line(line)
    assert found is not None and found[2].isoformat() == date


def test_calendar_a_sentence_is_no_date_line():
    assert find_date_line("Officials said on June 1, 2023 that the talks had failed and would resume.") is None


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # "last": the latest such day before publication, in its own week or the one before,
        # but not yesterday within the publication's week
        ("last Sunday", dt.date(2024, 5, 8), "2024-05-05"),     # Wednesday paper
        ("last Thursday", dt.date(2020, 1, 10), "2020-01-02"),  # Friday paper: not yesterday
        ("last Tuesday", dt.date(2023, 6, 7), "2023-05-30"),    # Wednesday paper: not yesterday
        ("last Monday", dt.date(2023, 6, 4), "2023-05-29"),     # Sunday paper: the same week's
        ("last Tuesday", dt.date(2024, 4, 20), "2024-04-16"),   # Saturday paper
        ("last Thursday", dt.date(2023, 6, 3), "2023-06-01"),   # Saturday paper
        ("last Wednesday", dt.date(2022, 3, 9), "2022-03-02"),  # Wednesday paper: a week back
        ("last Sunday", dt.date(2023, 6, 5), "2023-06-04"),     # Monday paper: yesterday
        ("last Friday", dt.date(2024, 1, 1), "2023-12-29"),     # Monday, New Year's Day
        # "next" reaches into the week after the publication's
        ("next Tuesday", dt.date(2024, 5, 8), "2024-05-14"),
        ("next Monday", dt.date(2023, 12, 25), "2024-01-01"),
        ("next Friday", dt.date(2023, 12, 27), "2024-01-05"),   # Wednesday: not the day after tomorrow
        ("this coming Saturday", dt.date(2023, 6, 1), "2023-06-03"),
        ("this past Thursday", dt.date(2023, 6, 1), "2023-05-25"),
    ],
)
def test_calendar_last_and_next_weekday(text, published, value):
    assert resolve_date(text, published)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the end of 2019", "2019-12"),
        ("the close of 2019", "2019-12"),
        ("the beginning of 2020", "2020-01"),
        ("early 2019", "2019"),
        ("late summer 2017", "2017"),
        ("mid-2020", "2020"),
        ("the first half of 2021", "2021"),
    ],
)
def test_calendar_parts_of_a_year(text, value):
    assert resolve_date(text, None)[0] == value
