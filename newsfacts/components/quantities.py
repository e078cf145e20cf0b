"""``newsfacts_quantities``: numbers with their units and qualifiers.

The model's CARDINAL, QUANTITY, MONEY and PERCENT mentions are the candidates:

1. a leading qualifier ("at least", "more than") is split off, never folded into the value;
2. the number is read by our own parser, digits and words alike ("2.5 million",
   "seven hundred", "a dozen");
3. the unit comes from the words after the number or a currency sign
   (``data/units.json``, canonical names as quantulum3 gives them); a unit not listed
   there is looked up with quantulum3, which is imported only then (it costs seconds).

Dates, years and ordinals are not quantities.
"""

from __future__ import annotations

import functools
import re
import warnings
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts._data import extra_words, load_lexicon, word_map
from newsfacts.extensions import register_extensions
from newsfacts.numbers import is_number_word, parse_number, qualifier_before

QUANTITY_LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
_NUMERIC = re.compile(r"^[~≈]?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def _units() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Unit phrases as word tuples, longest first (the config's ``extra_units`` included)."""
    return _sorted_units(tuple(word_map("units", "units").items()))


@functools.cache
def _sorted_units(units: tuple[tuple[str, str], ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted(((tuple(k.lower().split()), v) for k, v in units), key=lambda kv: -len(kv[0])))


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
        # the config's units ("sorties": "sortie") join the shipped ones while this component runs
        with extra_words({("units", "units"): self.extra_units}):
            found = [span for ent in doc.ents if ent.label_ in QUANTITY_LABELS
                     if (span := quantity_of(ent)) is not None]
        doc.spans[self.spans_key] = found
        return doc


def quantity_of(ent: Span) -> Span | None:
    """The quantity a numeric entity gives, as a span with ``span._.nf_quantity``."""
    doc = ent.doc
    # 1. split a leading qualifier off the mention: "at least 30" → at_least, "30"
    qualifier, start = "exact", ent.start
    for i in range(ent.start, ent.end - 1):
        q, _ = qualifier_before(doc[ent.start : i + 1].text)
        if q != "exact":
            qualifier, start = q, i + 1
    if qualifier == "exact":
        # else the words just before it: "killing more than 70,000"
        qualifier, _ = qualifier_before(doc[max(ent.sent.start, ent.start - 4) : ent.start].text)
    # 2. the number: the first run of number words and digits
    symbol_unit = None
    i = start
    while i < ent.end and not _is_number(doc[i].text):
        symbol_unit = symbol_unit or _currency(doc[i].text)
        i += 1
    j = i
    while j < ent.end and (_is_number(doc[j].text) or doc[j].lower_ in ("and", "-", "a", "half")):
        j += 1
    while j > i and not _is_number(doc[j - 1].text):
        j -= 1
    if i == j:
        return None
    value = parse_number(_strip_sign(doc[i:j].text))
    if value is None:
        return None
    # 3. the unit
    unit = symbol_unit or _currency(doc[i].text)
    if unit is None and start > 0 and ent.label_ in ("MONEY", "CARDINAL"):
        unit = _currency(doc[start - 1].text) if doc[start - 1].idx + len(doc[start - 1].text) == doc[start].idx else None
    if unit is None:
        unit = _unit_after(doc, j, max(ent.end, j + 3))
    if unit is None and ent.label_ == "PERCENT":
        unit = "percentage"
    if unit is None and ent.label_ in ("QUANTITY", "MONEY") and j < ent.end:
        unit = quantulum_unit(doc[start : ent.end].text)
    span = Span(doc, start, ent.end, label=ent.label_)
    span._.nf_quantity = {"value": value, "unit": unit, "qualifier": qualifier}
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
    words = tuple(t.lower_ for t in doc[start : min(len(doc), end)])
    for phrase, name in _units():
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
