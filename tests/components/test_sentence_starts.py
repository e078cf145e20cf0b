"""newsfacts_sentence_starts: the starts it sets before the parser, all at once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsfacts.components.sentence_starts import SentenceStarts


def _starts(nlp: Language, text: str) -> list[str]:
    doc = SentenceStarts(nlp)(nlp.make_doc(text))
    return [t.text for t in doc if t.is_sent_start]


def test_a_line_break_and_a_dateline_start_sentences(nlp: Language) -> None:
    text = "MARROWBY, Feb 3 - rescuers reached the village.\nRoads reopened on Tuesday"
    assert _starts(nlp, text) == ["MARROWBY", "rescuers", "Roads"]


def test_words_on_one_line_and_the_word_after_an_opening_mark_start_none(nlp: Language) -> None:
    doc = SentenceStarts(nlp)(nlp.make_doc('Kelso Harbour Works said: "We lost everything."'))
    assert [t.is_sent_start for t in doc][1:3] == [False, False]  # "Harbour", "Works"
    assert doc[6].text == "We" and doc[6].is_sent_start is False


def test_a_parsed_doc_is_refused_as_spacy_refuses_it(nlp: Language) -> None:
    doc = nlp("Bridges closed.\nPolice said the river rose.")
    with pytest.raises(ValueError, match="E043"):
        SentenceStarts(nlp)(doc)
