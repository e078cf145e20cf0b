"""``newsfacts_article``: the headline, the dateline and the publication date.

- The headline is the first line of the (cleaned) text.
- A date line near the top ("June 1, 2023", "Wednesday, September 4, 2019",
  "date 2023-06-01") gives the publication date when none was set on the Doc.
- A place dateline opening a paragraph ("OSLO, Norway (AA) :", "LONDON, Feb 26 (Reuters) -")
  is marked so that the entity component can correct its labels.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts.calendar import find_date_line, resolve_date
from newsfacts.extensions import register_extensions

#: How many non-empty lines from the top may hold the date line.
DATE_LINE_WINDOW = 12
#: How many paragraphs from the top may open with a place dateline.
DATELINE_WINDOW = 4

_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+)*)"
    r"(?:,\s*(?P<region>[A-Z][\w.'\-]*(?:\s(?:and\s|of\s|the\s)?[A-Z][\w.'\-]*){0,4}))?"
    r"(?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,30})\))?\s*(?P<sep>[:\-\u2013\u2014])(?:\s|$)"
)


class ArticleFinder:
    """Find headline, dateline and publication date; write ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_article", *, spans_key: str = "nf_dateline") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc.text
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        for start, line in [] if doc._.nf_body_only else lines:
            # the headline: the first line that is not a date line
            if find_date_line(line) is None:
                lead = len(line) - len(line.lstrip())
                doc._.nf_headline = (start + lead, start + len(line.rstrip()))
                break
        published = doc._.nf_published
        for start, line in lines[:DATE_LINE_WINDOW]:
            found = find_date_line(line)
            if found is None:
                continue
            s, e, date = found
            span = doc.char_span(start + s, start + e, label="date", alignment_mode="expand")
            if span is not None:
                spans.append(span)
            if published is None:
                published = date.isoformat()
                doc._.nf_published = published
        base = dt.date.fromisoformat(published) if published else None
        for start, line in _paragraph_starts(text)[:DATELINE_WINDOW]:
            m = _PLACE_DATELINE.match(line)
            if m is None or len(m.group("place")) < 3:
                continue
            place_end = m.end("region") if m.group("region") else m.end("place")
            place = doc.char_span(start, start + place_end, label="place", alignment_mode="expand")
            if place is not None:
                spans.append(place)
            if m.group("date"):
                resolved = resolve_date(m.group("date"), base)
                date_span = doc.char_span(start + m.start("date"), start + m.end("date"),
                                          label="date", alignment_mode="expand")
                if date_span is not None:
                    spans.append(date_span)
                if published is None and resolved is not None and resolved[1] == "day":
                    published = resolved[0]
                    doc._.nf_published = published
            break
        doc.spans[self.spans_key] = spans
        return doc


def dateline_end(text: str) -> int | None:
    """Offset just after the place dateline that opens one of the first paragraphs, if any."""
    for start, line in _paragraph_starts(text)[:DATELINE_WINDOW]:
        m = _PLACE_DATELINE.match(line)
        if m is not None and len(m.group("place")) >= 3:
            return start + m.end()
    return None


def find_publication_date(text: str) -> dt.date | None:
    """The publication date the text gives at its top, or None.

    A date line near the top ("June 1, 2023", "date 2023-06-01") or a dated place
    dateline that carries its year ("LONDON, Feb 26, 2024 (Reuters) -").
    """
    lines = [m.group() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for line in lines[:DATE_LINE_WINDOW]:
        found = find_date_line(line)
        if found is not None:
            return found[2]
    for _, line in _paragraph_starts(text)[:DATELINE_WINDOW]:
        m = _PLACE_DATELINE.match(line)
        if m is not None and m.group("date"):
            resolved = resolve_date(m.group("date"), None)
            if resolved is not None and resolved[1] == "day":
                return dt.date.fromisoformat(resolved[0])
    return None


def _paragraph_starts(text: str) -> list[tuple[int, str]]:
    """``(offset, first line)`` of each paragraph: text after a blank line or the top."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"(?:^|\n\s*\n)([^\n]+)", text):
        start = m.start(1)
        line = m.group(1)
        lead = len(line) - len(line.lstrip())
        out.append((start + lead, line.lstrip()))
    return out


@Language.factory(
    "newsfacts_article",
    assigns=["doc.spans", "doc._.nf_published", "doc._.nf_headline"],
    default_config={"spans_key": "nf_dateline"},
)
def make_article(nlp: Language, name: str, spans_key: str) -> ArticleFinder:
    return ArticleFinder(nlp, name, spans_key=spans_key)
