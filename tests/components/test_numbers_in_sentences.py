"""The number reader as casualties and deployments use it (published 2023-06-01)."""

from newsfacts.tables import facts_to_rows

HEAD = "Test headline\n\n"


def _facts(extractor, body):
    return extractor.extract(HEAD + body, published="2023-06-01")


def _figures(facts):
    return sorted((x.kind, x.count, x.qualifier, x.count_max) for c in facts.casualties for x in c.figures)


def test_casualties_ranges_are_one_figure_each(extractor):
    f = _facts(extractor, "Between 20 and 30 people were killed in the clashes, medics said, "
                          "and 40 to 50 were wounded.")
    assert _figures(f) == [("injured", 40, "at_least", 50), ("killed", 20, "at_least", 30)]


def test_casualties_hyphenated_range(extractor):
    f = _facts(extractor, "Rescuers said 100-120 villagers were missing after the mudslide.")
    assert _figures(f) == [("missing", 100, "at_least", 120)]


def test_casualties_half_a_dozen(extractor):
    f = _facts(extractor, "Half a dozen people were killed when the ferry capsized.")
    assert _figures(f) == [("killed", 6, "exact", None)]


def test_casualties_model_name_is_no_count(extractor):
    f = _facts(extractor, "The 737-8 crashed on take-off and three crew members were killed.")
    assert _figures(f) == [("killed", 3, "exact", None)]


def test_casualties_plus_is_more_than(extractor):
    f = _facts(extractor, "Health officials said 2,000-plus residents were injured in the blasts.")
    assert _figures(f) == [("injured", 2000, "more_than", None)]


def test_deployments_space_as_thousands_separator(extractor):
    f = _facts(extractor, "South Africa will send 7 000 troops to the region.")
    assert [(d.count, d.qualifier) for d in f.deployments] == [(7000, "exact")]


def test_deployments_half_a_dozen_and_qualifier(extractor):
    f = _facts(extractor, "Norway said it would deploy about 1 200 soldiers to the border.")
    assert [(d.count, d.qualifier) for d in f.deployments] == [(1200, "about")]


def test_casualty_date_from_the_incident_sentence(extractor):
    f = _facts(extractor, "Four miners were killed on Sunday when a shaft collapsed, officials said on Tuesday.")
    assert [c.date for c in f.casualties] == ["2023-05-28"]


def test_casualty_date_from_the_sentence_before(extractor):
    f = _facts(extractor, "Gunmen stormed a wedding party on May 20 in the north of the province. "
                          "Eleven guests were killed and nine were wounded.")
    assert [c.date for c in f.casualties] == ["2023-05-20"]


def test_casualty_without_a_date_has_none(extractor):
    f = _facts(extractor, "Three fishermen are missing after their boat sank off the coast.")
    assert [c.date for c in f.casualties] == [None]


def test_casualty_date_and_count_max_in_tables(extractor):
    f = _facts(extractor, "Between 12 and 15 hikers were killed by an avalanche on Saturday.")
    (row,) = facts_to_rows(f)["casualties"]
    assert (row["count"], row["count_max"], row["date"]) == (12, 15, "2023-05-27")


def test_casualty_date_left_out_when_its_sentences_disagree(extractor):
    f = _facts(extractor, "Rebels killed nine villagers on Friday. Two soldiers were killed on Sunday in a separate ambush.")
    dates = [c.date for c in f.casualties]
    assert all(d in (None, "2023-05-26", "2023-05-28") for d in dates)
    assert not (len(f.casualties) == 1 and dates[0] is not None)


def test_casualty_date_is_not_the_dateline_date(extractor):
    f = extractor.extract("Test headline\n\nKESSARA, May 30 (Wire) - Six people died in a fire on May 27, police said.",
                          published="2023-05-30")
    assert [c.date for c in f.casualties] == ["2023-05-27"]


def test_quantities_a_temperature_glued_to_its_unit_keeps_its_sign(extractor):
    f = _facts(extractor, "Two fishermen died of exposure in Orsk as temperatures fell to -12C overnight.")
    assert ("-12", -12.0, "degree Celsius") in [(q.text[:3], q.value, q.unit) for q in f.quantities]
    assert _figures(f) == [("killed", 2, "exact", None)]


def test_quantities_a_positive_temperature_glued_to_its_unit(extractor):
    f = _facts(extractor, "The heatwave pushed the mercury to 41C in Varno on Tuesday.")
    assert (41.0, "degree Celsius") in [(q.value, q.unit) for q in f.quantities]
