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

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "may", "might", "could", "should", "must"}
#: Present-tense verbs that report or state rather than schedule.
_NOT_SCHEDULE = {"be", "have", "say", "tell", "report", "show", "mark", "remain", "know", "think", "believe",
                 "add", "note", "claim", "confirm", "state", "write", "include"}
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
        candidates += _may_taken_for_a_name(doc)
        found: list[Span] = []
        for whole in filter_spans(candidates):
            for span in _range_parts(whole):
                if not _may_be_date(span) or _is_clock_time(span) or _quoted_relative_day(span):
                    continue
                resolved = _resolve(span, published)
                if resolved is not None:
                    found.append(self._date_span(doc, span, resolved))
        doc.spans[self.spans_key] = found
        return doc

    @staticmethod
    def _date_span(doc: Doc, span: Span, resolved: tuple[str, str]) -> Span:
        start, end = span.start, span.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        out = Span(doc, start, end, label="DATE")
        out._.nf_date = {"value": resolved[0], "granularity": resolved[1]}
        return out


_RANGE_WORDS = {"to", "until", "till", "through", "and", "-", "\u2013"}


def _range_parts(span: Span) -> list[Span]:
    """"March 3 to April 9", "from May 2 until June 1": a range of two dates is two
    mentions; a span that resolves whole, or has no range word, is one."""
    if resolve_date(span.text, None) is not None:
        return [span]
    clock = [t for t in span if t.is_digit and len(t.text) == 4]
    if len(clock) == 2 and any(t.text.startswith("0") for t in clock):
        return []  # "a curfew from 2000 to 0600": clock times
    for tok in span:
        if tok.lower_ in _RANGE_WORDS and span.start < tok.i < span.end - 1:
            left, right = span.doc[span.start : tok.i], span.doc[tok.i + 1 : span.end]
            if any(t.like_num or t.is_title for t in left) and any(t.like_num or t.is_title for t in right):
                return [left, right]
    return [span]


_RELATIVE_DAYS = {"today", "tonight", "tomorrow", "yesterday"}


def _quoted_relative_day(span: Span) -> bool:
    """"Today we buried ...," the mayor told reporters on Monday: inside a quotation,
    "today" is the day of speaking, not the publication day, so it is left out."""
    if not any(t.lower_ in _RELATIVE_DAYS for t in span):
        return False
    text = span.doc.text
    start = text.rfind("\n\n", 0, span.start_char) + 1
    before = text[start : span.start_char]
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


def _is_clock_time(span: Span) -> bool:
    """"at 1430", "at 0600 GMT": four digits after "at" are a clock time, never a year."""
    words = [t for t in span if not t.is_space]
    if len(words) != 1 or not (words[0].is_digit and len(words[0].text) == 4):
        return False
    hours, minutes = int(words[0].text[:2]), int(words[0].text[2:])
    if hours > 23 or minutes > 59:
        return False
    prev = span.doc[span.start - 1] if span.start > 0 else None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (prev is not None and prev.lower_ in ("at", "by", "before", "after", "until")) or (
        nxt is not None and nxt.lower_ in ("hours", "hrs", "gmt", "utc", "local"))


def _may_taken_for_a_name(doc: Doc) -> list[Span]:
    """"in May" that the model took for the person May of the same article: a one-word
    name after a month's preposition is the month."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].text == "May" and ent.start > 0 \
                and doc[ent.start - 1].lower_ in _MONTH_MAY_CUES - {"of"}:
            out.append(Span(doc, ent.start, ent.end, label="DATE"))
    return out


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
    """True when the clause the date belongs to speaks of what is to come: "will meet on
    Monday", "said the convoy would leave on Saturday", "is due to open on", "opens on
    July 14" (a scheduled event in the present tense)."""
    verb: Token | None = span.root
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None:
        return False
    if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" and c.text != "May" for c in verb.children):
        return True
    # "would" in reported speech: the future of the time of saying
    if verb.dep_ in ("ccomp", "conj") and any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children):
        return True
    # "is to leave", "is due to open", "plans to travel", "is going to sign"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("be", "due", "plan", "expect", "schedule", "set", "go", "intend", "aim"):
        return verb.head.tag_ not in ("VBD", "VBN")
    return False


def _present_schedule(span: Span) -> bool:
    """"the festival opens on July 14": a present-tense verb that schedules."""
    verb: Token | None = span.root
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in _NOT_SCHEDULE


def _resolve(span: Span, published: dt.date | None) -> tuple[str, str] | None:
    """Resolve by tense: the future forward, the past back; a schedule in the present
    tense to the nearer of the two ("runs from March 3", "opens on July 14")."""
    if _speaks_of_future(span):
        return resolve_date(span.text, published, future=True)
    back = resolve_date(span.text, published)
    if back is None or published is None or back[1] == "year" or not _present_schedule(span):
        return back
    ahead = resolve_date(span.text, published, future=True)
    if ahead is None or ahead[0] == back[0]:
        return back
    def distance(value: str) -> int:
        day = dt.date.fromisoformat(value if len(value) == 10 else value + "-15")
        return abs((day - published).days)
    return ahead if distance(ahead[0]) < distance(back[0]) else back


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans", "span._.nf_date"],
    requires=["doc.ents", "doc._.nf_published"],
    default_config={"spans_key": "nf_dates", "dateline_key": "nf_dateline"},
)
def make_dates(nlp: Language, name: str, spans_key: str, dateline_key: str) -> DateFinder:
    return DateFinder(nlp, name, spans_key=spans_key, dateline_key=dateline_key)
