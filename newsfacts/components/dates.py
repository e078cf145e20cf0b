"""``newsfacts_dates``: DATE mentions normalised to ISO against the publication date.

Only the model's DATE entities and the article's date line are read; a bare number, a
duration ("24 hours"), a vague period ("earlier this week") or the verb "may" never
becomes a date. Mentions without a year resolve by tense: to the latest such day on or
before publication, or, when their clause speaks of the future ("will meet on Monday"),
to the first one after it.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsfacts.calendar import resolve_date
from newsfacts.extensions import register_extensions

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_MONTH_MAY_CUES = {"in", "since", "until", "by", "early", "late", "mid", "of", "last", "next", "this", "during", "from", "through", "till"}


class DateFinder:
    """Write normalised dates to ``doc.spans[spans_key]``, values in ``span._.nf_date``."""

    def __init__(
        self, nlp: Language, name: str = "newsfacts_dates", *, spans_key: str = "nf_dates",
        dateline_key: str = "nf_dateline",
    ) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.dateline_key = dateline_key

    def __call__(self, doc: Doc) -> Doc:
        published = dt.date.fromisoformat(doc._.nf_published) if doc._.nf_published else None
        candidates = [s for s in doc.spans.get(self.dateline_key, []) if s.label_ == "date"]
        candidates += [e for e in doc.ents if e.label_ == "DATE"]
        found: list[Span] = []
        for span in filter_spans(candidates):
            if not _may_be_date(span):
                continue
            resolved = resolve_date(span.text, published, future=_speaks_of_future(span))
            if resolved is None:
                continue
            start, end = span.start, span.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            out = Span(doc, start, end, label="DATE")
            out._.nf_date = {"value": resolved[0], "granularity": resolved[1]}
            found.append(out)
        doc.spans[self.spans_key] = found
        return doc


def _may_be_date(span: Span) -> bool:
    """"May" is a month only where a preposition or a day number says so."""
    words = [t for t in span if t.lower_ not in ("the", "on", "in")]
    if len(words) == 1 and words[0].lower_ == "may":
        if words[0].text != "May":
            return False
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return prev is not None and prev.lower_ in _MONTH_MAY_CUES
    return True


def _speaks_of_future(span: Span) -> bool:
    """True when the clause the date belongs to is in the future tense."""
    verb: Token | None = span.root
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None:
        return False
    return any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in verb.children)


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans", "span._.nf_date"],
    requires=["doc.ents", "doc._.nf_published"],
    default_config={"spans_key": "nf_dates", "dateline_key": "nf_dateline"},
)
def make_dates(nlp: Language, name: str, spans_key: str, dateline_key: str) -> DateFinder:
    return DateFinder(nlp, name, spans_key=spans_key, dateline_key=dateline_key)
