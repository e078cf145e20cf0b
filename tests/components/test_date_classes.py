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
        ("The plant was closed at the end of 2019.", ["2019"]),
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
