import pytest


def test_entities_surname_is_the_person(extractor):
    text = ("Test headline\n\nJens Stoltenberg spoke in Oslo.\n\n"
            "Stoltenberg said he would visit Ankara soon, and Stoltenberg repeated it.")
    f = extractor.extract(text, published="2023-06-01")
    person = next(e for e in f.entities if e.name == "Jens Stoltenberg")
    assert person.label == "PERSON"
    assert [s.text for s in person.spans].count("Stoltenberg") == 2


def test_entities_dateline_is_places(extractor):
    text = "Test headline\n\nOSLO, Norway (AA) : NATO chief on Thursday said that talks would go on."
    f = extractor.extract(text, published="2023-06-01")
    assert f.dateline is not None and f.dateline.text == "OSLO, Norway"
    labels = {e.name: e.label for e in f.entities}
    assert labels.get("OSLO") == "GPE"
    assert "OSLO" not in {s.speaker for s in f.statements}


def test_dates_weekdays_before_and_after_publication(extractor):
    text = ("Test headline\n\nThe minister arrived on Monday. She said she will return on Friday, "
            "and that the treaty was signed in April.")
    f = extractor.extract(text, published="2023-06-01")  # a Thursday
    values = {d.text.split()[-1]: d.value for d in f.dates}
    assert values["Monday"] == "2023-05-29"
    assert values["Friday"] == "2023-06-02"
    assert values["April"] == "2023-04"


def test_dates_never_from_may_or_numbers(extractor):
    text = "Test headline\n\nThe talks may fail, officials said, and 2,000 people may leave within 24 hours."
    f = extractor.extract(text, published="2023-06-01")
    assert f.dates == []


def test_dates_publication_date_found_in_the_text(extractor):
    text = "Storm hits coast\n\nJune 1, 2023\n\nA storm hit the coast on Thursday, officials said."
    f = extractor.extract(text)
    assert f.published is not None and f.published.isoformat() == "2023-06-01"
    assert {d.value for d in f.dates} == {"2023-06-01"}


def test_quantities_with_units_and_qualifiers(extractor):
    text = ("Test headline\n\nThe quake struck at a depth of 12 kilometers, and more than 2,600 people were hurt. "
            "Seven hundred soldiers and a dozen medics were sent. Years such as 2008 are no quantities.")
    f = extractor.extract(text, published="2023-06-01")
    got = {(q.value, q.unit, q.qualifier) for q in f.quantities}
    assert (12.0, "kilometre", "exact") in got
    assert (2600.0, None, "more_than") in got
    assert (700.0, None, "exact") in got
    assert all(q.value != 2008 for q in f.quantities)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "qualifier"),
    [
        ("The charity raised $3m for the victims.", 3_000_000.0, "dollar", "exact"),
        ("The bank lent €1.2bn to the port authority.", 1_200_000_000.0, "euro", "exact"),
        ("Nearly half a million people fled the fighting.", 500_000.0, None, "about"),
        ("Half a dozen boats sank.", 6.0, None, "exact"),
        ("The country will send 7 000 troops.", 7000.0, None, "exact"),
        ("Officials counted 2,000-plus shelters.", 2000.0, None, "more_than"),
    ],
)
def test_quantities_read_by_the_one_number_reader(extractor, sentence, value, unit, qualifier):
    f = extractor.extract("Test headline\n\n" + sentence, published="2023-06-01")
    got = {(q.value, q.unit, q.qualifier) for q in f.quantities}
    assert (value, unit, qualifier) in got, got
