"""Tokens found in a Doc's arrays."""

from spacy.attrs import LOWER, ORTH, POS
from spacy.symbols import NUM

from newsfacts._doctokens import tokens_among, tokens_where


def test_tokens_among_a_word_list_or_a_docs_own_names(nlp):
    doc = nlp("Troops and more TROOPS arrived; Lisa Marr met Marr.")
    assert [t.i for t in tokens_among(doc, LOWER, frozenset({"troops"}))] == [0, 3]
    assert [t.text for t in tokens_among(doc, ORTH, {"Marr"})] == ["Marr", "Marr"]  # a plain set, not kept
    assert tokens_among(doc, ORTH, frozenset()) == []


def test_tokens_where_an_attribute_has_a_value(nlp):
    doc = nlp("About 300 soldiers and 40 medics left.")
    assert [t.text for t in tokens_where(doc, POS, NUM)] == ["300", "40"]
