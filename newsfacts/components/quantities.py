"""``newsfacts_quantities``: numbers with their units and qualifiers.

The model's CARDINAL, QUANTITY, MONEY and PERCENT mentions are the candidates:

1. the number is read by [`read_number`][newsfacts.numbers.read_number], the reader every
   component shares: digits and words alike ("2.5 million", "seven hundred", "half a
   million", "7 000", "$3m"), its qualifier ("at least", "2,000-plus") split off, never
   folded into the value;
2. a currency sign just before it is kept with it;
3. the unit comes from the words after the number or a currency sign
   (``data/units.json``, canonical names as quantulum3 gives them); a unit not listed
   there is looked up with quantulum3, which is imported only then (it costs seconds).

Dates, years and ordinals are not quantities.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections import defaultdict
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts._data import extra_words, load_lexicon, per_extra_words, word_map
from newsfacts.extensions import register_extensions
from newsfacts.numbers import (
    is_number_word,
    parse_number,
    qualifier_of,
    read_number,
    split_glued_unit,
)

QUANTITY_LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
_NUMERIC = re.compile(r"^[~≈]?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


@per_extra_words
def _units_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Unit phrases as word tuples, longest first, under their first word (the config's
    ``extra_units`` included): ``{"square": ((("square", "kilometres"), "square kilometre"), ...)}``."""
    phrases = sorted(((tuple(k.lower().split()), v) for k, v in word_map("units", "units").items()),
                     key=lambda kv: -len(kv[0]))
    grouped: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for phrase, name in phrases:
        if phrase:
            grouped[phrase[0]].append((phrase, name))
    return {word: tuple(group) for word, group in grouped.items()}


@functools.cache
def _currency_symbols() -> tuple[tuple[str, str], ...]:
    symbols: dict[str, str] = load_lexicon("units")["currency_symbols"]
    return tuple(sorted(symbols.items(), key=lambda kv: -len(kv[0])))


@functools.cache
def _quantulum_parser() -> Any:
    """quantulum3's parser, imported on first use.

    Its import warns that its optional classifier is missing (we use its rules only). That
    one message is filtered by a filter added once, not by ``warnings.catch_warnings()``,
    which swaps the process-wide filters and so races with other threads.
    """
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed", category=UserWarning)
    from quantulum3 import parser

    return parser


def quantulum_unit(text: str) -> str | None:
    """The unit quantulum3 reads in ``text``, None for none or a bare number."""
    try:
        found = list(_quantulum_parser().parse(text))
    except Exception:  # quantulum3 fails on odd input; the number stands without unit
        return None
    for q in found:
        name = str(q.unit.name)
        if name != "dimensionless":
            return name
    return None


class QuantityFinder:
    """Write quantities to ``doc.spans[spans_key]``, values in ``span._.nf_quantity``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_quantities", *, spans_key: str = "nf_quantities",
                 extra_units: dict[str, str] | None = None) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.extra_units = dict(extra_units or {})

    def __call__(self, doc: Doc) -> Doc:
        candidates = [ent for ent in doc.ents if ent.label_ in QUANTITY_LABELS]
        # "€1.2bn" the model left untagged: a currency sign glued to a number is money
        tokens = list(doc)
        symbols = dict(_currency_symbols())
        candidates += [Span(doc, t.i, t.i + 2, label="MONEY") for t, after in pairwise(tokens)
                       if t.text in symbols and not t.ent_type_ and not after.ent_type_
                       and _is_number(after.text) and not t.whitespace_]
        # "-5C", "41C": a temperature glued to its unit, which the model leaves untagged
        candidates += [Span(doc, t.i, t.i + 1, label="QUANTITY") for t in tokens
                       if not t.is_alpha and not t.ent_type_ and split_glued_unit(t.text) is not None]
        # the config's units ("sorties": "sortie") join the shipped ones while this component runs
        with extra_words({("units", "units"): self.extra_units}):
            found = [span for ent in sorted(candidates, key=lambda s: s.start)
                     if (span := quantity_of(ent)) is not None]
        doc.spans[self.spans_key] = found
        return doc


def quantity_of(ent: Span) -> Span | None:
    """The quantity a numeric entity gives, as a span with ``span._.nf_quantity``."""
    doc = ent.doc
    if len(ent) == 1 and (glued := _glued_temperature(ent)) is not None:
        return glued
    # 1. the number, read by the one number reader with its qualifier ("at least 30",
    #    "killing more than 70,000", "2,000-plus", "half a million")
    first = next((t for t in ent if _is_number(t.text) and t.lower_ not in ("a", "an")), None)
    if first is None:
        return None
    reading = read_number(doc[first.i])
    if reading is None:
        return None
    # 2. a currency sign just before the number: "$3m", "€1.2bn"
    start = reading.start
    symbol_unit = _currency(doc[start].text)
    if symbol_unit is None and start > ent.sent.start and _currency(doc[start - 1].text) is not None \
            and doc[start - 1].idx + len(doc[start - 1].text) == doc[start].idx:
        symbol_unit = _currency(doc[start - 1].text)
        start -= 1
    end = max(ent.end, reading.end)
    j = reading.end
    # 3. the unit
    unit = symbol_unit
    if unit is None:
        unit = _unit_after(doc, j, max(end, j + 3))
    if unit is None and ent.label_ == "PERCENT":
        unit = "percentage"
    if unit is None and ent.label_ in ("QUANTITY", "MONEY") and j < end:
        unit = quantulum_unit(doc[start:end].text)
    span = Span(doc, start, end, label=ent.label_)
    span._.nf_quantity = {"value": reading.value, "unit": unit, "qualifier": qualifier_of(reading, doc)}
    return span


#: The unit letters of a glued temperature, by the canonical names of ``data/units.json``.
_TEMPERATURE_UNITS = {"c": "degree Celsius", "°c": "degree Celsius", "f": "degree Fahrenheit",
                      "°f": "degree Fahrenheit"}


def _glued_temperature(ent: Span) -> Span | None:
    """"-5C" → -5 degree Celsius, its sign kept: one word holding a number and its unit."""
    parts = split_glued_unit(ent.text)
    if parts is None:
        return None
    value = parse_number(parts[0])
    if value is None:
        return None
    span = Span(ent.doc, ent.start, ent.end, label="QUANTITY")
    span._.nf_quantity = {"value": value, "unit": _TEMPERATURE_UNITS[parts[1]], "qualifier": "exact"}
    return span


def _is_number(word: str) -> bool:
    stripped = _strip_sign(word)
    return bool(stripped) and (bool(_NUMERIC.match(stripped)) or is_number_word(stripped))


def _strip_sign(text: str) -> str:
    for symbol, _ in _currency_symbols():
        if text.startswith(symbol):
            return text[len(symbol):]
    return text.lstrip("~≈")


def _currency(word: str) -> str | None:
    return next((name for symbol, name in _currency_symbols() if word.startswith(symbol)), None)


def _unit_after(doc: Doc, start: int, end: int) -> str | None:
    """The unit named by the longest unit phrase that opens ``doc[start:end]``."""
    words = tuple(t.lower_ for t in doc[start : min(len(doc), end)])
    for phrase, name in _units_by_first_word().get(words[0], ()) if words else ():
        if words[: len(phrase)] == phrase:
            return name
    return None


@Language.factory(
    "newsfacts_quantities",
    assigns=["doc.spans", "span._.nf_quantity"],
    requires=["doc.ents"],
    default_config={"spans_key": "nf_quantities", "extra_units": {}},
)
def make_quantities(nlp: Language, name: str, spans_key: str, extra_units: dict[str, str]) -> QuantityFinder:
    return QuantityFinder(nlp, name, spans_key=spans_key, extra_units=extra_units)
