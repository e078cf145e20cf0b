import pytest

HEAD = "Test headline\n\n"


def figures(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return [(x.kind, x.group, x.count, x.qualifier) for c in f.casualties for x in c.figures], f


def test_casualties_groups_and_qualifiers(extractor):
    figs, f = figures(extractor, "During the clashes, at least 30 NATO soldiers were injured. "
                                 "Meanwhile, more than 53 civilians were injured by shock bombs and tear gas, "
                                 "according to hospital sources.")
    assert figs == [("injured", "NATO soldiers", 30, "at_least"), ("injured", "civilians", 53, "more_than")]
    (incident,) = f.casualties
    assert incident.injured == {"NATO soldiers": 30, "civilians": 53}
    assert incident.cause == "shock bombs and tear gas"
    assert incident.source == "hospital sources"


def test_casualties_number_words(extractor):
    figs, _ = figures(extractor, "The night's incidents injured fourteen police officers.")
    assert figs == [("injured", "police officers", 14, "exact")]


def test_casualties_group_named_once(extractor):
    figs, f = figures(extractor, "Two civilians were killed and more than 40 were wounded during the clashes.")
    assert figs == [("killed", "civilians", 2, "exact"), ("injured", "civilians", 40, "more_than")]
    (incident,) = f.casualties
    # one group both killed and injured keeps both figures
    assert incident.counts == {("civilians", "killed"): 2, ("civilians", "injured"): 40}
    assert (incident.killed, incident.injured, incident.missing) == ({"civilians": 2}, {"civilians": 40}, {})


def test_casualties_others_take_the_group_before(extractor):
    figs, _ = figures(extractor, "A peacekeeper was killed and four others wounded when their vehicle hit a mine.")
    assert ("injured", "peacekeeper", 4, "exact") in figs


def test_casualties_death_toll(extractor):
    figs, _ = figures(extractor, "The death toll from the earthquake has climbed to at least 113 people.")
    assert figs == [("killed", "people", 113, "at_least")]


def test_casualties_repeated_figure_is_one(extractor):
    figs, _ = figures(extractor, "Officials said 12 miners were killed in the blast.\n\n"
                                 "Rescuers worked through the night.\n\nThe 12 miners killed were all local men.")
    assert figs == [("killed", "miners", 12, "exact")]


def test_casualties_vague_counts_and_arrests_are_not_casualties(extractor):
    figs, _ = figures(extractor, "Dozens were killed in the fighting. Police said 71 people were arrested.")
    assert figs == []


def test_casualties_figures_carry_their_words(extractor):
    _, f = figures(extractor, "At least 20 people were killed in the attack.")
    (fig,) = f.casualties[0].figures
    assert "20" in fig.span.text and f.text[fig.span.start : fig.span.end] == fig.span.text


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("A dozen aid workers were killed when their convoy was ambushed.", [("killed", "aid workers", 12, "exact")]),
        ("Police said a dozen protesters were injured in the clashes.", [("injured", "protesters", 12, "exact")]),
        ("A hundred villagers were wounded and a teacher was killed.",
         [("injured", "villagers", 100, "exact"), ("killed", "teacher", 1, "exact")]),
    ],
)
def test_casualties_an_article_that_opens_a_number_counts_no_one(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert figs == want
