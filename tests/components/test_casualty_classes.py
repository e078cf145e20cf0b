"""Casualty constructions of news, each with several invented sentences (published 2023-06-01)."""

import pytest

HEAD = "Test headline\n\n"


def _figures(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted((x.kind, x.count, x.qualifier) for c in f.casualties for x in c.figures)


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Militants executed three hostages on Friday.", [("killed", 3, "exact")]),
        ("Four fishermen lost their lives when the trawler sank.", [("killed", 4, "exact")]),
        ("Twenty-six people were hospitalised after the gas leak.", [("injured", 26, "exact")]),
        ("Nine workers were treated for injuries at the scene.", [("injured", 9, "exact")]),
        ("The killing of five aid workers drew wide condemnation.", [("killed", 5, "exact")]),
        ("The 12 miners who were killed in the blast were buried on Monday.", [("killed", 12, "exact")]),
        ("Gunmen shot dead two police officers at a checkpoint.", [("killed", 2, "exact")]),
        ("Two guards were beheaded by the rebels.", [("killed", 2, "exact")]),
    ],
)
def test_casualties_harm_phrasing_beyond_the_lexicon(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Officials put the death toll at 41 on Sunday.", [("killed", 41, "exact")]),
        ("The storm pushed to 80 the number of people killed this week.", [("killed", 80, "exact")]),
        ("The death toll rose to 73 on Monday, up from 60 a day earlier.", [("killed", 73, "exact")]),
        ("By Friday the toll had exceeded 500.", [("killed", 500, "more_than")]),
        ("The number of dead climbed from 14 to 31 overnight.", [("killed", 31, "exact")]),
    ],
)
def test_casualties_death_toll_is_one_figure_the_latest(extractor, body, figures):
    assert _figures(extractor, body) == figures
