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

from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsfacts._doctext import doc_text
from newsfacts._doctokens import tokens_among
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
        # the token flags read from the Doc's arrays, not token by token
        space, punct, word = (column.astype(bool) for column in doc.to_array([IS_SPACE, IS_PUNCT, IS_ALPHA]).T)
        number = doc.to_array(LIKE_NUM).astype(bool)
        # 1. after a line break (a space token holding one) starts a sentence
        for i in space.nonzero()[0].tolist():
            if i + 1 < len(doc) and "\n" in doc[i].text and not space[i + 1]:
                starts[i + 1], set_any = _START, True
        # 2. a word right after a word or a number on the same line starts none
        for i in _continuing_words(space, punct, word | number).tolist():
            if starts[i] == _UNKNOWN:
                starts[i], set_any = _NOT_START, True
        # 3. nor does the word after an opening quotation mark
        for token in tokens_among(doc, ORTH, _OPENING_MARKS):
            if token.i + 1 < len(doc) and _opening_mark(token):
                starts[token.i + 1], set_any = _NOT_START, True
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


def _continuing_words(space: numpy.ndarray, punct: numpy.ndarray, word_or_number: numpy.ndarray) -> numpy.ndarray:
    """The indices of the tokens that follow another word on the same line ("Optics" in
    "Brightwell Optics is ..."): no sentence can start there. Neither is a space nor a
    punctuation mark, and the one before is a word or a number (a Token's own trailing
    whitespace is one space at most: a line break is a space token of its own)."""
    here = ~space[1:] & ~punct[1:] & ~space[:-1] & word_or_number[:-1]
    found: numpy.ndarray = here.nonzero()[0] + 1
    return found


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
