"""``newsfacts_sentence_starts``: sentence starts the parser cannot see.

- A line break always starts a new sentence: headlines, date lines and subheads carry no
  full stop, and without this the parser joins them to the paragraph that follows.
- A place dateline ("OSLO, Norway (AA) :", "LONDON, Feb 26 (Reuters) -") is not part of
  the first sentence: the sentence starts after it, and goes on past its first word when
  the next is lower-case ("LONDON, Feb 26 - Four people were killed").
- An opening quotation mark is never a sentence of its own: the word after it does not
  start a sentence (the parser otherwise cuts '"We lost everything," lamented ...' after
  the mark and loses the attribution).
Runs before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsfacts._doctext import doc_text
from newsfacts.components.article import dateline_end

if TYPE_CHECKING:
    from thinc.types import Ints2d


class SentenceStarts:
    """Mark the first token after a line break or a dateline as a sentence start."""

    def __init__(self, nlp: Language, name: str = "newsfacts_sentence_starts") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # The starts are decided on a list of spaCy's values (1 start, -1 not a start, 0
        # unknown) and written back at once: Token.is_sent_start's setter scans the whole
        # Doc for a parse each time, which made a component of a few hundred settings
        # quadratic in the length of the article.
        starts: list[int] = doc.to_array(SENT_START).astype(numpy.int64).tolist()
        set_any = False
        tokens = list(doc)
        for prev, token in pairwise(tokens):
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                if not token.is_space:
                    starts[token.i], set_any = _START, True
        for token in tokens[1:]:
            if starts[token.i] == _UNKNOWN and _continues_a_line(token):
                starts[token.i], set_any = _NOT_START, True
        for token, following in pairwise(tokens):
            if token.text in _OPENING_MARKS and _opening_mark(token):
                starts[following.i], set_any = _NOT_START, True
        end = dateline_end(doc_text(doc))
        if end is not None:
            span = doc.char_span(end, len(doc_text(doc)), alignment_mode="expand")
            if span is not None and span.start > 0:
                first = next((t for t in span if not t.is_space), None)
                if first is not None:
                    starts[first.i], set_any = _START, True
                    # "LONDON, Feb 26 - Four people were killed": the words after the first go on
                    # with its sentence; a lower-case word never starts one
                    second = doc[first.i + 1] if first.i + 1 < len(doc) else None
                    if second is not None and second.is_lower and second.is_alpha:
                        starts[second.i], set_any = _NOT_START, True
        if set_any:
            _write_starts(doc, starts)
        return doc


#: spaCy's values of a token's sentence start (``TokenC.sent_start``).
_START, _NOT_START, _UNKNOWN = 1, -1, 0


def _write_starts(doc: Doc, starts: list[int]) -> None:
    """Set every token's sentence start at once, refusing a parsed Doc as
    ``Token.is_sent_start`` does (the parse decides its own sentences)."""
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    column = numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64).reshape(-1, 1)
    doc.from_array([SENT_START], cast("Ints2d", column))


def _continues_a_line(token: Token) -> bool:
    """Whether ``token`` is a word that follows another word on the same line ("Optics"
    in "Brightwell Optics is ..."): no sentence can start there."""
    prev = token.doc[token.i - 1]
    if token.is_space or token.is_punct or prev.is_space or "\n" in prev.whitespace_:
        return False
    return prev.is_alpha or prev.like_num


#: Every mark ``_opening_mark`` may take for an opening one: the curly and typewriter
#: opening marks and the straight one.
_OPENING_MARKS = frozenset({"\u201c", "\u00ab", "\u201e", "``", '"'})


def _opening_mark(token: Token) -> bool:
    """A quotation mark that opens a quotation: a curly or typewriter opening mark, or a
    straight one at a line's start or after a space, with a word straight after it."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.whitespace_ or doc[token.i + 1].is_space or doc[token.i + 1].is_punct:
        return False
    if token.text in ("\u201c", "\u00ab", "\u201e", "``"):
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    return token.text == '"' and (before is None or bool(before.whitespace_) or before.is_space)


@Language.factory("newsfacts_sentence_starts", assigns=["token.is_sent_start"])
def make_sentence_starts(nlp: Language, name: str) -> SentenceStarts:
    return SentenceStarts(nlp, name)
