"""The date API other components read (the casualty finder's incident dates among them)."""

import datetime as dt

from newsfacts.components.dates import date_value, dates_within, resolve_mention


def _doc(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.nf_published = published
    return nlp(doc)


def test_date_value_gives_each_end_of_a_range_its_own_day(nlp):
    doc = _doc(nlp, "Drill at sea\n\nThe drill will run from Dec. 4 to Dec. 15 off Morr.", "2023-11-30")
    spans = dates_within(doc, 0, len(doc.text))
    assert [(s.text, date_value(s)) for s in spans] == [("Dec. 4", "2023-12-04"), ("Dec. 15", "2023-12-15")]


def test_dates_within_keeps_to_the_stretch_of_text(nlp):
    text = "Bus attack\n\nGunmen attacked a bus on Sunday. Police said on Tuesday that five were killed."
    doc = _doc(nlp, text, "2024-03-14")
    first = text.index("Gunmen")
    second = text.index("Police")
    assert [date_value(s) for s in dates_within(doc, first, second)] == ["2024-03-10"]
    assert [date_value(s) for s in dates_within(doc, second, len(text))] == ["2024-03-12"]


def test_date_value_of_a_span_the_finder_did_not_resolve_is_none(nlp):
    doc = _doc(nlp, "Talks\n\nTalks may resume soon.", "2024-03-14")
    assert date_value(doc[2:4]) is None


def test_resolve_mention_reads_the_tense_of_its_sentence(nlp):
    doc = nlp("Ministers will meet on Monday. Ministers met on Monday.")
    published = dt.date(2024, 1, 17)  # a Wednesday
    mondays = [doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Monday"]
    assert [resolve_mention(s, published) for s in mondays] == [("2024-01-22", "day"), ("2024-01-15", "day")]
    # a text given apart: the "5" of "June 3 to 5" read as "June 5"
    assert resolve_mention(mondays[1], published, text="June 5") == ("2023-06-05", "day")
