"""``newsfacts_article``: the headline, the dateline and the publication date.

- The headline is the first line of the (cleaned) text that is not a date line, when it
  reads as a headline: a line that opens with a place dateline, ends in a full stop after a
  complete sentence, or runs past a headline's length is body (see `headline_of`).
  When the article's title was given apart (``doc._.nf_title``), only a first line that
  repeats it is the headline; a later piece of a long text (``doc._.nf_body_only``) has none.
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

from newsfacts._doctext import doc_text
from newsfacts.calendar import find_date_line, resolve_date
from newsfacts.extensions import register_extensions

#: How many non-empty lines from the top may hold the date line.
DATE_LINE_WINDOW = 12
#: How many paragraphs from the top may open with a place dateline.
DATELINE_WINDOW = 4
#: A line of more words than this is past a headline's length: body.
HEADLINE_MAX_WORDS = 25
_SENTENCE_END = re.compile(r"\.[\"'\u2019\u201d)\]]*\s*$")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: A weekday before a dateline's date ("LONDON, Tuesday, March 3 (Reuters) -"), never its region.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+)*)"
    r"(?:,\s*(?!" + _WEEKDAY + r"\b)(?P<region>[A-Z][\w.'\-]*(?:\s(?:and\s|of\s|the\s)?[A-Z][\w.'\-]*){0,4}))?"
    r"(?:,?\s*(?P<date>(?:" + _WEEKDAY + r",?\s+)?"
    r"(?:" + _MONTH + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"\.?(?:,?\s*\d{4})?))"
    # (an agency named after the date without brackets: "TOKYO, Feb. 15 Kyodo -")
    r"(?:\s+(?P<wire>[A-Z][A-Za-z]{2,15}))?)?"
    r"\s*(?:\((?P<agency>[^)\n]{1,30})\))?\s*(?:(?P<sep>[:\-\u2013\u2014])(?:\s|$)|(?P<alone>$))"
)


def match_dateline(line: str) -> re.Match[str] | None:
    """A place dateline opening ``line``: "LONDON, Feb 26 (Reuters) -", "OSLO, Norway (AA) :",
    "TOKYO, Feb. 15 Kyodo -",
    or a place and its date alone on their line ("KORSUND, 7 October 2024"); None else."""
    m = _PLACE_DATELINE.match(line)
    if m is None or len(m.group("place")) < 3:
        return None
    if m.group("alone") is not None and not m.group("date"):
        return None  # a line of capitals alone is a headline, not a dateline
    return m


class ArticleFinder:
    """Find headline, dateline and publication date; write ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_article", *, spans_key: str = "nf_dateline") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        doc._.nf_headline = None if doc._.nf_body_only else headline_of(doc, lines, doc._.nf_title)
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
            m = match_dateline(line)
            if m is None:
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


def headline_of(doc: Doc, lines: list[tuple[int, str]], title: str | None = None) -> tuple[int, int] | None:
    """``(start, end)`` of the headline among the text's ``(offset, line)`` lines, or None.

    The candidate is the first line that is not a date line ("June 1, 2023").
    1. A title given apart: the candidate is the headline only if it repeats that title
       (a scraped text that starts with its own title); otherwise the text is all body.
    2. Else the candidate is body when it opens with a place dateline ("OSLO, Norway (AA) -"),
       runs past ``HEADLINE_MAX_WORDS``, or ends in a full stop after a complete sentence
       (one with a finite verb; "... says U.S." ends in an abbreviation, not a full stop).
    3. Otherwise it is the headline.
    """
    candidate = next(((start, line) for start, line in lines if find_date_line(line) is None), None)
    if candidate is None:
        return None
    start, line = candidate
    lead = len(line) - len(line.lstrip())
    bounds = (start + lead, start + len(line.rstrip()))
    words = line.split()
    if title is not None:
        return bounds if [w.lower() for w in words] == [w.lower() for w in title.split()] else None
    if _opens_with_dateline(line.strip()) or len(words) > HEADLINE_MAX_WORDS:
        return None
    if _SENTENCE_END.search(line) and _is_sentence(doc.char_span(*bounds, alignment_mode="expand")):
        return None
    return bounds


def _opens_with_dateline(line: str) -> bool:
    return match_dateline(line) is not None


def _is_sentence(span: Span | None) -> bool:
    """A complete sentence: a finite verb, and a final full stop that is not an abbreviation's."""
    if span is None or len(span) == 0:
        return False
    # the last token that is not a closing quotation mark or bracket
    last = next((t for t in reversed(span) if t.text == "." or not t.is_punct), span[-1])
    if last.text != ".":
        return False  # "U.S." or "Jr.": the stop belongs to the word
    return any(t.tag_ in _FINITE_TAGS or "VerbForm=Fin" in str(t.morph) for t in span)


def dateline_end(text: str) -> int | None:
    """Offset just after the place dateline that opens one of the first paragraphs, if any."""
    for start, line in _paragraph_starts(text)[:DATELINE_WINDOW]:
        m = match_dateline(line)
        if m is not None:
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
        m = match_dateline(line)
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
    requires=["token.tag"],
    default_config={"spans_key": "nf_dateline"},
)
def make_article(nlp: Language, name: str, spans_key: str) -> ArticleFinder:
    return ArticleFinder(nlp, name, spans_key=spans_key)
