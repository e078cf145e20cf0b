"""``newsfacts_quantities``: numbers with their units and qualifiers.

The model's CARDINAL, QUANTITY, MONEY and PERCENT mentions are the candidates; quantulum3
reads each one's sentence for values and units, and our own number parser covers number
words ("seven hundred", "a dozen"). Qualifiers ("at least", "more than") are kept, never
folded into the value. Dates, years and ordinals are not quantities.
"""

from __future__ import annotations

import functools
import re
import warnings
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts.extensions import register_extensions
from newsfacts.numbers import parse_number, qualifier_before

QUANTITY_LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")


@functools.cache
def _quantulum_parser() -> Any:
    """quantulum3's parser, imported on first use (its import costs seconds)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    return parser


def _quantulum(text: str) -> list[Any]:
    parser = _quantulum_parser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return list(parser.parse(text))
        except Exception:  # quantulum3 fails on odd input; the number parser still runs
            return []


class QuantityFinder:
    """Write quantities to ``doc.spans[spans_key]``, values in ``span._.nf_quantity``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_quantities", *, spans_key: str = "nf_quantities") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        by_sentence: dict[int, list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ in QUANTITY_LABELS:
                by_sentence.setdefault(ent.sent.start, []).append(ent)
        for ents in by_sentence.values():
            sent = ents[0].sent
            parsed = _quantulum(sent.text)
            for ent in ents:
                span = _quantity(ent, parsed, sent.start_char)
                if span is not None:
                    found.append(span)
        doc.spans[self.spans_key] = found
        return doc


def _quantity(ent: Span, parsed: list[Any], offset: int) -> Span | None:
    # 1. split a leading qualifier off the mention: "at least 30" → at_least, "30"
    qualifier, start = "exact", ent.start
    for i in range(ent.start, ent.end):
        q, _ = qualifier_before(ent.doc[ent.start : i + 1].text)
        if q != "exact" and i + 1 < ent.end:
            qualifier, start = q, i + 1
    if qualifier == "exact":
        # 2. else look at the words just before it: "killing more than 70,000"
        before = ent.doc[max(ent.sent.start, ent.start - 4) : ent.start].text
        qualifier, _ = qualifier_before(before)
    body = ent.doc[start : ent.end]
    # 3. quantulum3's reading of the same characters gives value and unit
    value: float | None = None
    unit: str | None = None
    for q in parsed:
        q_start, q_end = q.span[0] + offset, q.span[1] + offset
        if q_start < body.end_char and body.start_char < q_end:
            value = float(q.value)
            name = q.unit.name
            unit = None if name == "dimensionless" else name
            break
    # 4. number words quantulum3 does not read: "seven hundred", "a dozen"
    words_value = parse_number(_number_part(body.text))
    if value is None or (words_value is not None and ent.label_ == "CARDINAL" and unit is None):
        value = words_value if words_value is not None else value
    if value is None:
        return None
    if ent.label_ == "PERCENT":
        unit = unit or "percentage"
    span = Span(ent.doc, start, ent.end, label=ent.label_)
    span._.nf_quantity = {"value": value, "unit": unit, "qualifier": qualifier}
    return span


def _number_part(text: str) -> str:
    """The number words of a mention: "1,200 people" → "1,200"."""
    words = []
    for w in text.replace("-", " ").split():
        if parse_number(w) is None and w.lower() not in ("and", "a", "an", "half"):
            break
        words.append(w)
    return " ".join(words) or text


@Language.factory(
    "newsfacts_quantities",
    assigns=["doc.spans", "span._.nf_quantity"],
    requires=["doc.ents"],
    default_config={"spans_key": "nf_quantities"},
)
def make_quantities(nlp: Language, name: str, spans_key: str) -> QuantityFinder:
    return QuantityFinder(nlp, name, spans_key=spans_key)
