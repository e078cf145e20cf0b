"""Tokens of a Doc found in its arrays rather than by building every Token.

Many rules start from a few kinds of token (the numerals, the unit words, the opening
quotation marks). Building every ``Token`` of an article to test one attribute costs more
than the rules themselves; ``Doc.to_array`` reads an attribute of all tokens at once.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["tokens_among", "tokens_where"]


def tokens_where(doc: Doc, attr: int, value: int) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` is ``value`` (``POS``, ``NUM``: the numerals), in
    text order."""
    return [doc[i] for i in (doc.to_array(attr) == value).nonzero()[0].tolist()]


def tokens_among(doc: Doc, attr: int, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose string ``attr`` (``ORTH``, ``LOWER``) is one of ``words``,
    in text order. A frozenset (a lexicon's word list) has its string ids kept; any other
    collection (a Doc's own names) is read afresh."""
    ids = _kept_ids(words) if isinstance(words, frozenset) else _string_ids(words)
    return [doc[i] for i in numpy.isin(doc.to_array(attr), ids).nonzero()[0].tolist()]


def _string_ids(words: Collection[str]) -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


@functools.lru_cache(maxsize=32)
def _kept_ids(words: frozenset[str]) -> numpy.ndarray:
    return _string_ids(words)
