"""The headline: which first line is taken as the headline, and which is body."""

import pytest

from newsfacts import extract


@pytest.mark.parametrize("text", [
    "Storm kills 12 in coastal towns\n\nThe storm hit on Monday, officials said.",
    "Minister says 40 arrested after protests\n\nPolice made the arrests overnight.",
    "Talks resume in the capital; no deal yet\n\nDelegates met for an hour.",
    "Troops sent to the border, says U.S.\n\nThe move was announced on Monday.",
])
def test_a_short_line_without_a_closing_full_stop_is_the_headline(text):
    facts = extract(text, published="2023-06-01")
    assert facts.headline is not None and facts.headline.text == text.split("\n")[0]


def test_a_date_line_above_the_headline_is_passed_over():
    facts = extract("June 1, 2023\nStorm kills 12 in coastal towns\n\nThe storm hit on Monday.")
    assert facts.headline.text == "Storm kills 12 in coastal towns"


def test_a_whole_sentence_ending_in_a_full_stop_is_body():
    facts = extract("The attack killed 105 people.")
    assert facts.headline is None
    assert [(f.kind, f.count) for c in facts.casualties for f in c.figures] == [("killed", 105)]


def test_a_sentence_in_quotation_marks_is_body():
    facts = extract("\u201cWe will send 300 troops,\u201d the defence minister said.", published="2023-06-01")
    assert facts.headline is None and facts.statements


def test_a_line_opening_with_a_dateline_is_body():
    text = ("VELDA, Norland (Reuters) - At least 12 people were killed when a bus hit a landmine on Monday, "
            "police said.\n\nThe army sent 200 troops to the area, a spokesman said.")
    facts = extract(text, published="2023-06-05")
    assert facts.headline is None
    figures = [(f.kind, f.count, f.qualifier) for c in facts.casualties for f in c.figures]
    assert ("killed", 12, "at_least") in figures
    assert any(s.speaker == "police" for s in facts.statements)


def test_a_line_past_a_headline_length_is_body_even_without_a_full_stop():
    lead = ("Rescue teams said on Monday that at least 14 miners were trapped underground after a tunnel "
            "collapsed in the north of the country and that the search would go on through the night")
    assert len(lead.split()) > 25
    facts = extract(lead + "\n\nFamilies waited at the gate.", published="2023-06-01")
    assert facts.headline is None
    assert [s.speaker for s in facts.statements] == ["Rescue teams"]


def test_a_given_title_that_the_first_line_repeats_is_the_headline():
    text = "Storm kills 12 in coastal towns\n\nAt least 12 people were killed by the storm, officials said."
    facts = extract(text, title="Storm  kills 12 in coastal towns", published="2023-06-01")
    assert facts.headline.text == "Storm kills 12 in coastal towns"
    assert [f.count for c in facts.casualties for f in c.figures] == [12]


def test_a_given_title_makes_a_headline_like_first_line_body():
    text = "Forty troops arrive in the capital\n\nThe mission begins on Monday."
    facts = extract(text, title="Peace mission begins", published="2023-06-01")
    assert facts.headline is None
    assert any(d.count == 40 for d in facts.deployments)


def test_a_later_piece_of_a_long_text_has_no_headline():
    from newsfacts import Extractor

    paragraph = "Officials said that 12 miners were rescued on Monday.\n\n"
    text = "Mine rescue goes on\n\n" + paragraph * 300  # about 17,000 characters: several pieces
    facts = Extractor(chunk_chars=5_000).extract(text, published="2023-06-01")
    assert facts.headline.text == "Mine rescue goes on"
    assert len(facts.statements) == 300
