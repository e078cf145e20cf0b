"""newsfacts_attribute_ruler sets exactly the token attributes spaCy's attribute_ruler sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

import newsfacts
from newsfacts.components.attribute_ruler import FastAttributeRuler

#: Sentences of our own for the model's pattern kinds: a tag alone, a tag and a word
#: ("that" as WDT, "'s" as VBZ, "its"), a word and a dependency ("it" as subject and object,
#: "do" as a main verb, auxiliaries), two-word patterns ("gonna", "there is") and the
#: patterns read by regular expression ("nothin'", "y'all"), white space between sentences.
SENTENCES = [
    "The ministry said that its 300 troops would leave for Porvena on Monday.",
    "It's not clear whether they'll go, but she's sure it was decided.",
    "We're gonna send them home, y'all, and there is nothin' wrong with that.",
    "Did they do it? They did, and I gave it to you myself.\n\nHe ain't coming.",
    "Let's see what the report that was published says about those who've been hurt.",
    "Officials had had enough; the governor has done what he could.  Two more were killed.",
]


def _ruled(nlp: Language, ruler: AttributeRuler, text: str) -> list[tuple[str, str, str, str, str]]:
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n not in ("tok2vec", "tagger", "parser")]):
        doc = nlp(text)
    ruler(doc)
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _copy(bare: Language) -> FastAttributeRuler:
    fast = FastAttributeRuler(bare.vocab)
    fast.add_patterns(bare.get_pipe("attribute_ruler").patterns)  # type: ignore[attr-defined]
    return fast


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_and_attributes_as_spacy(bare: Language, text: str) -> None:
    stock = bare.get_pipe("attribute_ruler")
    fast = _copy(bare)
    with bare.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc = bare(text)
    assert fast.match(doc) == sorted(set(stock.match(doc)))  # type: ignore[attr-defined]
    assert _ruled(bare, fast, text) == _ruled(bare, stock, text)  # type: ignore[arg-type]


def test_the_later_pattern_wins_as_in_spacy(bare: Language) -> None:
    text = "The envoy said that the talks would resume."
    rulers = []
    for ruler in (AttributeRuler(bare.vocab), FastAttributeRuler(bare.vocab)):
        ruler.add([[{"LOWER": "talks"}]], {"POS": "VERB"})
        ruler.add([[{"TAG": "NNS"}]], {"POS": "NOUN", "LEMMA": "talk"})
        ruler.add([[{"TAG": "DT"}, {"LOWER": {"IN": ["talks", "envoy"]}}]], {"POS": "X"}, index=-1)
        rulers.append(_ruled(bare, ruler, text))
    assert rulers[0] == rulers[1]
    assert rulers[1][5][1:4:2] == ("X", "talk")  # "talks"


def test_a_pattern_it_cannot_read_goes_to_spacys_matcher(bare: Language) -> None:
    text = "Rescuers said many many people were trapped."
    rulers = []
    for ruler in (AttributeRuler(bare.vocab), FastAttributeRuler(bare.vocab)):
        ruler.add([[{"LOWER": "many", "OP": "+"}, {"LOWER": "people"}]], {"POS": "X"}, index=-1)
        rulers.append(_ruled(bare, ruler, text))
    assert rulers[0] == rulers[1]
    assert rulers[1][4][1] == "X"


def test_load_swaps_the_ruler_and_the_pipeline_saves_and_loads(tmp_path, bare: Language) -> None:
    nlp = newsfacts.load()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    assert ruler.patterns == bare.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    nlp.to_disk(tmp_path)
    again = spacy.load(tmp_path)
    assert isinstance(again.get_pipe("attribute_ruler"), FastAttributeRuler)
    text = SENTENCES[2]
    assert again(text).to_bytes() == nlp(text).to_bytes()
