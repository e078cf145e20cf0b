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


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("A teacher and a nurse were killed in the blast.", [("killed", 1, "exact"), ("killed", 1, "exact")]),
        ("A farmer and his son were wounded by the shelling.", [("injured", 1, "exact"), ("injured", 1, "exact")]),
        ("One guard was killed and another wounded in the raid.", [("injured", 1, "exact"), ("killed", 1, "exact")]),
        ("A second hiker was found dead on Tuesday.", [("killed", 1, "exact")]),
        ("Twelve people were killed, including four children.", [("killed", 12, "exact")]),
        ("Nine soldiers died in the ambush, three of them officers.", [("killed", 9, "exact")]),
        ("All but one of the 15 passengers died.", [("killed", 14, "exact")]),
    ],
)
def test_casualties_counts_carried_by_group_syntax(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Rescuers pulled 20 people from the rubble; three of them later died. The toll from the collapse stands "
         "at 31.", [("killed", 31, "exact")]),
        ("Five of the injured later died in hospital, bringing the death toll to 17.", [("killed", 17, "exact")]),
        ("Two of the rescued miners later died. In all, 22 miners were killed in the blast.", [("killed", 22, "exact")]),
    ],
)
def test_casualties_part_of_a_total_is_not_a_second_figure(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Three soldiers, two border guards and a civilian were killed in the shelling.",
         [("killed", 1, "exact"), ("killed", 2, "exact"), ("killed", 3, "exact")]),
        ("Four soldiers were killed and the same number wounded in the ambush.",
         [("injured", 4, "exact"), ("killed", 4, "exact")]),
        ("Two guards were wounded and the same number killed.", [("injured", 2, "exact"), ("killed", 2, "exact")]),
    ],
)
def test_casualties_lists_and_the_same_number(extractor, body, figures):
    assert _figures(extractor, body) == figures


def test_casualties_range_in_one_word_with_an_en_dash(extractor):
    f = extractor.extract(HEAD + "The mudslide buried a hamlet, killing 25\u201330 people.", published="2023-06-01")
    assert [(x.count, x.count_max, x.qualifier) for c in f.casualties for x in c.figures] == [(25, 30, "at_least")]
