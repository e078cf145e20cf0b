"""``newsfacts_dates``: DATE mentions normalised to ISO against the publication date.

The model's DATE entities, the article's date line and years that date an event by name
("the Karvella 2026 Expo") are read; a bare number, a count ("the 2000 troops"), a clock
time ("at 1430"), a duration ("24 hours"), a vague period ("earlier this week") or the
verb "may" never becomes a date, and neither does a date in the headline alone (the body
is what is dated). Mentions without a year resolve by tense: to the latest such day on or
before publication, or, when their clause speaks of the future ("will meet on Monday"),
to the first one after it; a scheduled time ("set for January", "starting on Friday") to
the nearer of the two.

Other components read the result through `date_value` and `dates_within`; `resolve_mention`
resolves any span the way this component does.
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsfacts._data import word_set
from newsfacts._doctext import doc_text
from newsfacts.calendar import MONTHS, WEEKDAYS, fixed_holidays, resolve_date
from newsfacts.extensions import register_extensions

__all__ = ["DateFinder", "date_value", "dates_within", "resolve_mention"]


def _words(key: str) -> frozenset[str]:
    return word_set("date_words", key)


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
        candidates += _may_named_a_month(doc)
        candidates += _day_opening_a_range(doc)
        candidates += _holidays_by_name(doc)
        candidates += _years_dating_a_name(doc)
        candidates += _days_tagged_as_times(doc)
        candidates += _other_end_of_a_year_range(doc)
        candidates += _other_end_of_a_month_range(doc)
        found: list[Span] = []
        for whole in filter_spans(candidates):
            if _only_in_headline(whole):
                continue
            parts = _range_parts(whole)
            for span, text in _resolvable_pieces(whole, published) if parts is None else parts:
                if not _may_be_date(span) or _is_clock_time(span) or _count_before_plural(span) \
                        or _quoted_relative_day(span):
                    continue
                resolved = resolve_mention(span, published, text=text)
                if resolved is not None:
                    found.append(self._date_span(doc, span, resolved))
        for weekday, holiday in _days_of_a_holiday(found):
            weekday._.nf_date = dict(holiday._.nf_date)
        for start, end in _weekday_ranges(found):
            # "to strike from Friday until May 6": the start is the last such day before the end
            value = resolve_date(start.text, dt.date.fromisoformat(end._.nf_date["value"]))
            if value is not None:
                start._.nf_date = {"value": value[0], "granularity": value[1]}
        for opening, closing in _month_ranges(found):
            # "held from June to August": the closing month is the first such month from the opening one
            opened = dt.date.fromisoformat(opening._.nf_date["value"] + "-01")
            closed = resolve_date(closing.text, opened - dt.timedelta(days=1), future=True)
            if closed is not None:
                closing._.nf_date = {"value": closed[0], "granularity": closed[1]}
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


def _weekday_ranges(found: list[Span]) -> list[tuple[Span, Span]]:
    """"from Friday until May 6", "from Monday to Thursday": a weekday after "from" and the
    day after "until", "to" or "through" that ends its range, as two mentions the model
    tagged apart (start, end)."""
    out: list[tuple[Span, Span]] = []
    for left, right in zip(found, found[1:], strict=False):
        doc = left.doc
        if left.start == 0 or doc[left.start - 1].lower_ != "from" or any(t.like_num for t in left):
            continue
        if right.start - left.end != 1 or doc[left.end].lower_ not in ("until", "till", "to", "through"):
            continue
        if left._.nf_date["granularity"] == "day" and right._.nf_date["granularity"] == "day":
            out.append((left, right))
    return out


def _month_ranges(found: list[Span]) -> list[tuple[Span, Span]]:
    """"from June to August", "between March and May": the two bare months of a range, found
    side by side (opening, closing)."""
    out: list[tuple[Span, Span]] = []
    for left, right in zip(found, found[1:], strict=False):
        if left._.nf_date["granularity"] != "month" or right._.nf_date["granularity"] != "month":
            continue
        other = _month_range_end(right)
        if other is not None and left.start <= other.i < left.end and right.start - left.end == 1:
            out.append((left, right))
    return out


def date_value(span: Span) -> str | None:
    """The ISO value ("2024-03-10", "2024-03", "2024") the date finder gave a mention of
    ``doc.spans["nf_dates"]``, or None for a span it did not resolve.

    Each part of a range ("from Dec. 4 to Dec. 15") is a mention of its own, so the value
    of a range's part is that part's day.
    """
    info = span._.nf_date
    return str(info["value"]) if info else None


def dates_within(doc: Doc, start_char: int, end_char: int, spans_key: str = "nf_dates") -> list[Span]:
    """The resolved date mentions of ``doc.spans[spans_key]`` that start within
    ``[start_char, end_char)`` (a sentence, a paragraph), in text order."""
    spans = [s for s in doc.spans.get(spans_key, []) if start_char <= s.start_char < end_char and s._.nf_date]
    return sorted(spans, key=lambda s: s.start_char)


# --- Which spans are dates ---------------------------------------------------------------


def _only_in_headline(span: Span) -> bool:
    """A date inside the headline of an article that has a body: the gold dates the body
    ("Trial set for January" above "The trial will open on Jan. 10")."""
    bounds = span.doc._.nf_headline
    if not bounds:
        return False
    start, end = bounds
    return start <= span.start_char < end and bool(doc_text(span.doc)[end:].strip())


_RANGE_WORDS = {"to", "until", "till", "through", "and", "-", "\u2013"}
_RANGE_OPENERS = {"between", "from"}


def _range_parts(span: Span) -> list[tuple[Span, str]] | None:
    """"March 3 to April 9", "from May 2 until June 1": a range of two dates is two
    mentions, each ``(span, text to resolve)``; a span that resolves whole is one; two clock
    times ("from 2000 to 0600") are none; a span with no range word gives None (see
    `_resolvable_pieces`). A right part that is a day number alone takes the left part's
    month ("June 3 to 5", "March 3-9"), two digits after a year its century ("2014-15")."""
    if resolve_date(span.text, None) is not None:
        return [(span, span.text)]
    clock = [t for t in span if t.is_digit and len(t.text) == 4]
    if len(clock) == 2 and any(t.text.startswith("0") for t in clock):
        return []  # "a curfew from 2000 to 0600": clock times
    for tok in span:
        if tok.lower_ in _RANGE_WORDS and span.start < tok.i < span.end - 1:
            left, right = span.doc[span.start : tok.i], span.doc[tok.i + 1 : span.end]
            opener = next((t for t in reversed(left[:-1]) if t.lower_ in _RANGE_OPENERS), None)
            if opener is not None:
                # "between 1971 and 1986", "the years between 1971 and 1986": the first year alone
                left = span.doc[opener.i + 1 : tok.i]
            if any(t.like_num or t.is_title for t in left) and any(t.like_num or t.is_title for t in right):
                return [(left, _with_month_after(left, right)), (right, _with_month_of(left, right))]
    return None


def _with_month_after(left: Span, right: Span) -> str:
    """"3" before "to 9 July": the text "3 July" (with the right part's year, if any); any
    other left part as it is."""
    words = [t for t in left if not t.is_space]
    if len(words) != 1 or not words[0].is_digit or not 1 <= int(words[0].text) <= 31:
        return left.text
    month = next((t.text for t in right if t.lower_.rstrip(".") in MONTHS and t.is_title), None)
    year = next((t.text for t in right if t.is_digit and len(t.text) == 4), None)
    if month is None:
        return left.text
    return " ".join(p for p in (words[0].text, month, year) if p)


def _holiday_name(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


@functools.cache
def _holiday_name_prefixes() -> frozenset[str]:
    """Every leading part of a fixed holiday's name ("n", "ne", "new", "new ", ...)."""
    return frozenset(name[:k] for name in fixed_holidays() for k in range(1, len(name) + 1))


def _holidays_by_name(doc: Doc) -> list[Span]:
    """"May Day", "New Year's Eve": a holiday on a fixed day, named in title case."""
    names = fixed_holidays()
    prefixes = _holiday_name_prefixes()
    longest = max((len(n.split()) for n in names), default=0) + 1  # "Year's" is two tokens
    out = []
    for tok in doc:
        # a name's first word begins the name: skip every other word before trying spans
        if not tok.is_title or _holiday_name(tok.text) not in prefixes:
            continue
        for j in range(min(len(doc), tok.i + longest + 1), tok.i, -1):
            if _holiday_name(doc[tok.i : j].text) in names and doc[j - 1].is_title:
                out.append(Span(doc, tok.i, j, label="DATE"))
                break
    return out


def _days_of_a_holiday(found: list[Span]) -> list[tuple[Span, Span]]:
    """"May Day rallies on Wednesday": a weekday in the sentence of a holiday that falls on
    that weekday names the holiday's day (weekday, holiday)."""
    holidays = [s for s in found if fixed_holidays().get(_holiday_name(s.text)) is not None]
    out = []
    for span in found:
        words = [t.lower_.rstrip(".") for t in span if not t.is_space]
        if len(words) != 1 or words[0] not in WEEKDAYS:
            continue
        for holiday in holidays:
            day = dt.date.fromisoformat(holiday._.nf_date["value"])
            if holiday.sent == span.sent and day.weekday() == WEEKDAYS[words[0]]:
                out.append((span, holiday))
    return out


def _day_opening_a_range(doc: Doc) -> list[Span]:
    """"from 3 to 9 July", "3-7 March": a bare day before a range word and a date of day and
    month, which the model leaves out of the date; the whole range as one candidate."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start < 2 or not ent[0].is_digit or len(ent) < 2 \
                or ent[1].lower_.rstrip(".") not in MONTHS:
            continue
        word, day = doc[ent.start - 1], doc[ent.start - 2]
        if word.lower_ in ("to", "until", "till", "through", "and", "-", "\u2013") and day.is_digit \
                and 1 <= int(day.text) <= 31 and not day.ent_type_:
            out.append(Span(doc, day.i, ent.end, label="DATE"))
    return out


def _resolvable_pieces(span: Span, published: dt.date | None) -> list[tuple[Span, str]]:
    """A DATE span that is neither one date nor a range may hold dates side by side
    ("announced today the summer 2017 deployment" gives "today the summer 2017"): the
    longest pieces, left to right, that resolve on their own; the whole span when none do."""
    doc = span.doc
    if resolve_date(span.text, published) is not None:
        return [(span, span.text)]
    pieces: list[tuple[Span, str]] = []
    i = span.start
    while i < span.end:
        j = next((j for j in range(span.end, i, -1) if resolve_date(doc[i:j].text, published) is not None), None)
        if j is None:
            i += 1
            continue
        pieces.append((doc[i:j], doc[i:j].text))
        i = j
    return pieces or [(span, span.text)]


def _with_month_of(left: Span, right: Span) -> str:
    """"5" after "June 3 to": the text "June 5"; "15" after "2014-": "2015"; any other
    right part as it is."""
    words = [t for t in right if not t.is_space]
    if len(words) != 1 or not words[0].is_digit:
        return right.text
    number = words[0].text
    year = next((t.text for t in left if t.is_digit and len(t.text) == 4), None)
    if year is not None and len(number) == 2:
        return year[:2] + number  # "2014-15": the century of the left year
    if not 1 <= int(number) <= 31:
        return right.text
    month = next((t.text for t in left if t.lower_.rstrip(".") in MONTHS), None)
    return f"{month} {number}" if month else right.text


_RELATIVE_DAYS = {"today", "tonight", "tomorrow", "yesterday"}


def _quoted_relative_day(span: Span) -> bool:
    """"Today we buried ...," the mayor told reporters on Monday: inside a quotation,
    "today" is the day of speaking, not the publication day, so it is left out."""
    if not any(t.lower_ in _RELATIVE_DAYS for t in span):
        return False
    text = doc_text(span.doc)
    start = text.rfind("\n\n", 0, span.start_char) + 1
    before = text[start : span.start_char]
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


def _clock_shaped(token: Token) -> bool:
    """Four digits that read as hours and minutes: "1430", "0600", "2100"."""
    text = token.text
    return token.is_digit and len(text) == 4 and int(text[:2]) <= 23 and int(text[2:]) <= 59


def _is_clock_time(span: Span) -> bool:
    """A lone four-digit number that news uses as a clock time, never a year.

    It must read as hours and minutes, and something must say it is a time: a leading
    zero ("0600"), a time word after it ("1900 GMT", "1430 local time", "0800 hours", "the
    2100 curfew"), "at" before it ("at 1430", "at about 1900"), or a partner in a range
    that is a clock time ("from 2000 to 0600"). "by 2025", "before 2023" and "until 2030"
    are years: those prepositions take clock times and years alike.
    """
    words = [t for t in span if not t.is_space and not t.is_punct]
    if len(words) != 1 or not _clock_shaped(words[0]):
        return False
    token = words[0]
    return _clock_evidence(token) or any(_clock_evidence(p) for p in _range_partners(token))


def _clock_evidence(token: Token) -> bool:
    if not _clock_shaped(token):
        return False
    return token.text.startswith("0") or _before_time_word(token) or _after_at(token)


def _before_time_word(token: Token) -> bool:
    """"1900 GMT", "1430 local time", "0800 hours", "the 2100 curfew"."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in _words("clock_words")


def _after_at(token: Token) -> bool:
    """"at 1430", "at about 1900", "at shortly after 2300": "at" before the number, past
    hedging words; "at 2019 levels" (a noun after it) is a year."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN":
        return False
    i = token.i - 1
    while i >= 0 and doc[i].lower_ in _words("clock_hedges"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "at"


def _range_partners(token: Token) -> list[Token]:
    """The other end of "from 2000 to 0600", "between 2200 and 0500"."""
    doc = token.doc
    out = []
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in _RANGE_WORDS:
        out.append(doc[token.i + 2])
    if token.i - 2 >= 0 and doc[token.i - 1].lower_ in _RANGE_WORDS:
        out.append(doc[token.i - 2])
    return out


def _count_before_plural(span: Span) -> bool:
    """"the 2000 troops": a round four-digit number (a multiple of 50) before the plural
    noun it counts is a count, not a year; "the 1967 borders" and "the 2019 elections" (a
    noun a year dates) are years."""
    words = [t for t in span if not t.is_space and not t.is_punct]
    if len(words) != 1 or not (words[0].is_digit and len(words[0].text) == 4) or int(words[0].text) % 50:
        return False
    head = words[0].head
    return head.i > words[0].i and head.tag_ == "NNS" and head.lower_ not in _words("dated_plurals")


_EVENT_NAME_LABELS = {"", "ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter", "early", "late"}


def _is_year(tok: Token) -> bool:
    return len(tok) == 4 and tok.is_digit and 1900 <= int(tok.text) <= 2099


def _other_end_of_a_year_range(doc: Doc) -> list[Span]:
    """The year the model left out of a range whose other end it tagged: "cancelled every
    year from 2015 to 2018" (2015 untagged), "closed from 2009 to 2012" (2012 untagged)."""
    out = []
    for word in doc[1:-1]:
        if word.lower_ not in _RANGE_WORDS:
            continue
        left, right = doc[word.i - 1], doc[word.i + 1]
        if not (_is_year(left) and _is_year(right)):
            continue
        for year, other in ((left, right), (right, left)):
            if not year.ent_type_ and other.ent_type_ == "DATE":
                out.append(Span(doc, year.i, year.i + 1, label="DATE"))
    return out


def _other_end_of_a_month_range(doc: Doc) -> list[Span]:
    """The month the model left out of a range whose other month it tagged: "on show from
    March to May" ("May" untagged)."""
    out = []
    for tok in doc:
        if tok.ent_type_ == "DATE" or not _is_month(tok):
            continue
        other = _month_range_end(doc[tok.i : tok.i + 1])
        if other is not None and other.ent_type_ == "DATE":
            out.append(Span(doc, tok.i, tok.i + 1, label="DATE"))
    return out


def _years_dating_a_name(doc: Doc) -> list[Span]:
    """A year that modifies a name or an event noun after it, where the model saw no DATE:
    "the Karvella 2026 Expo", "the 2022 World Cup", "the summer 2017 deployment".

    The year (1900-2099) stands inside a name with more of the name after it, or before
    its head noun, which is singular, a proper plural or an event noun ("the 2019
    elections"); a number that ends a name ("Resolution 1973") is the name's number, and
    one before a plural count noun ("2000 troops") a count.
    """
    out = []
    for tok in doc:
        if len(tok) != 4 or not (tok.is_digit and 1900 <= int(tok.text) <= 2099):
            continue
        if tok.ent_type_ not in _EVENT_NAME_LABELS or tok.text.startswith("0"):
            continue
        if not (_inside_a_name(tok) or _before_its_noun(tok)):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in _SEASONS else tok.i
        out.append(Span(doc, start, tok.i + 1, label="DATE"))
    return out


def _days_tagged_as_times(doc: Doc) -> list[Span]:
    """"Sunday morning", "the early hours of Sunday": a TIME entity that names a day or a
    month is read as a date too (the calendar keeps the day)."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "TIME" and any(t.lower_.rstrip(".") in WEEKDAYS or
                                        (t.lower_.rstrip(".") in MONTHS and t.is_title) for t in ent):
            out.append(Span(doc, ent.start, ent.end, label="DATE"))
    return out


def _inside_a_name(tok: Token) -> bool:
    """"the Karvella 2026 Expo": a year with more of the name after it."""
    return tok.ent_type_ != "" and tok.ent_iob_ != "" and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].ent_iob_ == "I" and tok.doc[tok.i + 1].is_alpha


def _before_its_noun(tok: Token) -> bool:
    """"the 2022 World Cup", "the 2019 elections": a year modifying the noun after it."""
    head = tok.head
    if head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nummod", "compound", "amod", "npadvmod", "nmod"):
        return False
    return head.tag_ in ("NN", "NNP", "NNPS") or head.lower_ in _words("dated_plurals")


def _may_taken_for_a_name(doc: Doc) -> list[Span]:
    """"in May" that the model took for the person May of the same article: a one-word
    name after a month's preposition is the month."""
    out = []
    cues = _words("month_may_cues") - {"of"}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].text == "May" and ent.start > 0 \
                and doc[ent.start - 1].lower_ in cues:
            out.append(Span(doc, ent.start, ent.end, label="DATE"))
    return out


def _may_be_date(span: Span) -> bool:
    """"May" alone is a month only where a preposition says so ("in May", "since May");
    "May said", "May, 54, said" and "May's office" are the person, "may" the verb."""
    words = [t for t in span if t.lower_ not in ("the", "on", "in") and not t.is_punct and not t.is_space]
    if len(words) == 1 and words[0].lower_ == "may":
        if words[0].text != "May":
            return False
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return (prev is not None and prev.lower_ in _words("month_may_cues")) or _may_called_a_month(words[0]) \
            or _month_range_end(span) is not None
    return True


_MONTH_RANGE_OPENERS = ("from", "between")


def _is_month(tok: Token) -> bool:
    return tok.is_title and tok.lower_.rstrip(".") in MONTHS


def _month_range_end(span: Span) -> Token | None:
    """The other month of a range of two months written bare: "March" for the "May" of
    "from March to May", "May" for the "March" of "between March and May"; else None."""
    doc = span.doc
    words = [t for t in span if not t.is_space]
    if len(words) != 1 or not _is_month(words[0]):
        return None
    i = words[0].i
    # the opening month: "from" before it, a range word and a month after it
    if i >= 1 and i + 2 < len(doc) and doc[i - 1].lower_ in _MONTH_RANGE_OPENERS \
            and doc[i + 1].lower_ in _RANGE_WORDS and _is_month(doc[i + 2]):
        return doc[i + 2]
    # the closing month: a range word, a month and "from" before it
    if i >= 3 and doc[i - 1].lower_ in _RANGE_WORDS and _is_month(doc[i - 2]) \
            and doc[i - 3].lower_ in _MONTH_RANGE_OPENERS:
        return doc[i - 2]
    return None


def _may_called_a_month(tok: Token) -> bool:
    """"May was the wettest month on record", "May had been the deadliest month": the
    subject of a copula whose complement is "month" is the month."""
    if tok.text != "May" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() == "month" for c in tok.head.children)


def _may_named_a_month(doc: Doc) -> list[Span]:
    """"May was the deadliest month": the month, where the model tagged it as nothing or a name."""
    return [Span(doc, t.i, t.i + 1, label="DATE") for t in doc
            if _may_called_a_month(t) and t.ent_type_ != "DATE"]


# --- Which way a date without a year resolves --------------------------------------------


def _clause_verb(span: Span) -> Token | None:
    """The verb the date belongs to: the nearest verb or auxiliary above its root."""
    verb: Token | None = span.root
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    return verb


def _speaks_of_future(span: Span) -> bool:
    """True when the clause the date belongs to speaks of what is to come: "will meet on
    Monday", "said the convoy would leave on Saturday", "is due to open on", "are scheduled
    to resume on Tuesday"."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    if any(c.lower_ in _words("future_aux") and c.dep_ == "aux" and c.text != "May" for c in verb.children):
        return True
    # "would" in reported speech: the future of the time of saying
    if verb.dep_ in ("ccomp", "conj") and any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children):
        return True
    # "is to leave", "is due to open", "plans to travel", "are scheduled to resume"
    # (the model's lemma of "hopes" is "hop": the word itself is looked up too)
    if verb.dep_ == "xcomp" and {verb.head.lemma_.lower(), verb.head.lower_} & _words("schedule_to"):
        return _not_past(verb.head)
    return False


def _since(span: Span) -> bool:
    """"since Sept. 1", "ever since March": the date opens a period that runs to now."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ == "since") or \
        (span.root.dep_ == "pobj" and span.root.head.lower_ == "since")


def _not_past(verb: Token) -> bool:
    """"plans", "is scheduled", "has been set": not "planned", "was scheduled"."""
    if verb.tag_ == "VBD":
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _present_schedule(span: Span) -> bool:
    """"the festival opens on July 14": a present-tense verb that schedules."""
    verb = _clause_verb(span)
    if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _not_past(verb.head):
        return False  # "were crushed to death and dozens hurt on Thursday": the auxiliary is left out
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in _words("not_schedule")


def _scheduled(span: Span) -> bool:
    """"set for January", "postponed until March", "due on Sunday", "a curfew starting on
    Friday": the date is the time a verb of scheduling fixes, in whatever tense. The verb
    must take the date with "for", "until" or "to" ("troops moved into the town on Monday"
    schedules nothing); "due" and "starting", "beginning", "effective" take any."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" and root.head.i != root.i else None
    governor = prep.head if prep is not None else root.head
    if governor.lower_ in _words("schedule_participles") or governor.lemma_.lower() == "due":
        return True
    # "a signing was back on the table for October 25": a date taken by "for" is a target
    if prep is not None and prep.lower_ == "for" and prep.dep_ == "prep":
        return True
    if _after_an_event_ahead(span):
        return True
    return prep is not None and prep.lower_ in ("for", "until", "till", "to") \
        and governor.lemma_.lower() in _words("schedule_verbs")


def _after_an_event_ahead(span: Span) -> bool:
    """"opened on Monday, ahead of polling on Jan. 12": the date of an event that "ahead of"
    names is in no verb's tense (the parser hangs it on "opened")."""
    doc = span.doc
    lead = doc[max(span.sent.start, span.start - 6) : span.start]
    for i, tok in enumerate(lead):
        if tok.lower_ == "of" and i > 0 and lead[i - 1].lower_ == "ahead":
            between = lead[i + 1 :]
            return len(between) <= 4 and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in between)
    return False


def _scheduling_word(span: Span) -> Token | None:
    """The word that schedules or expects the date, whatever its preposition: "is scheduled
    for Sunday", "are expected by Tuesday", "a verdict is expected in September",
    "elections are due in March" (the "due" the parser hangs beside "are"); None for
    "troops moved in on Monday"."""
    root = span.root
    prep = root.head if root.dep_ in ("pobj", "npadvmod") and root.head.i != root.i else None
    governor = prep.head if prep is not None and prep.dep_ in ("prep", "agent") else root.head
    if governor.lemma_.lower() == "be":
        governor = next((c for c in governor.children if c.dep_ == "acomp" and c.lower_ == "due"), governor)
    if governor.lemma_.lower() in _words("expect_words"):
        return governor
    if prep is not None and prep.lower_ in ("for", "until", "till", "to") \
            and governor.lemma_.lower() in _words("schedule_verbs"):
        return governor
    return None


def _scheduled_ahead(span: Span) -> bool:
    """"is scheduled for Sunday", "are expected by Tuesday", "are due in March", "has been
    postponed until May": a schedule or expectation stated in the present speaks of a
    time to come ("was scheduled for Sunday" does not say which)."""
    word = _scheduling_word(span)
    if word is None:
        return False
    verb = word.head if word.lower_ == "due" and word.dep_ == "acomp" else word
    tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in tensed) and _not_past(verb)


def _time_of_a_reported_event(span: Span) -> bool:
    """"told refiners of a cut in supplies in September", "announced a census in July": a
    month after the object of a verb that reports or announces it (the parser hangs it on
    the verb or on the noun); the reporting is past, the event the date belongs to may be
    ahead. "announced in September that ..." (no object before the date) is the reporting's."""
    verb = _clause_verb(span)
    if verb is None or verb.lemma_.lower() not in _words("report_verbs") or span.start < verb.i:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") and c.i < span.start
               for c in verb.children)


def _in_the_past(span: Span) -> bool:
    """"seized the town on", "was reopened on", "had met on": the verb the date belongs to
    is in a past form (a simple past, or a past auxiliary)."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


_NEAR_AHEAD_DAYS = 62
"""How far ahead a day without a year may resolve when no verb places it in the past
("invited to the ceremony on Feb. 9" in a mid-January article): about two months."""


def resolve_mention(span: Span, published: dt.date | None, *, text: str | None = None) -> tuple[str, str] | None:
    """``(ISO value, granularity)`` of one date mention read in its sentence, or None.

    ``text`` replaces the span's own text for the calendar (the "June 5" of the "5" in
    "June 3 to 5"). By tense: the future forward ("will meet on Monday" → the Monday
    after ``published``), the past back; a weekday scheduled in the present tense ("polls
    open on Sunday") to the coming one; a scheduled time ("set for January", "starting on
    Friday"), the time of an event a clause reports ("announced a census in July") or a
    present-tense schedule of a month and day ("opens on July 14") to the
    nearer of the two; a month and day with no past verb to the nearer too, when that is
    a few weeks ahead ("a summit pencilled in for Oct. 21" in an early-October article).
    Raises nothing; a span that is no calendar date gives None.
    """
    text = span.text if text is None else text
    back = resolve_date(text, published)
    if _since(span):
        return back  # "in force since Sept. 1, will run ...": a period's start lies behind, whatever the tense
    if back is not None and published is not None and fixed_holidays().get(_holiday_name(text)) is not None:
        # "unions prepared May Day marches": a holiday named near its day is the nearer one
        ahead = resolve_date(text, published, future=True)
        days = [(abs((dt.date.fromisoformat(v[0]) - published).days), v) for v in (back, ahead) if v is not None]
        return min(days)[1]
    if _speaks_of_future(span) or _scheduled_ahead(span):
        # "will be lifted on Friday" in a Friday paper: news names its own day by its weekday
        if back is not None and published is not None and back[0] == published.isoformat() \
                and not any(t.like_num for t in span):
            return back
        return resolve_date(text, published, future=True)
    if back is None or published is None or back[1] == "year":
        return back
    present = _present_schedule(span)
    # a month (not a day: "told reporters on Friday" dates the telling) of a reported event
    # a period of months ("on show from March to May") not placed in the past: the nearer one
    scheduled = present or _scheduled(span) or (back[1] == "month" and _time_of_a_reported_event(span)) \
        or (_month_range_end(span) is not None and not _in_the_past(span))
    # "Feb. 9" or "May Day", not "Sunday"
    month_day = back[1] == "day" and (any(t.like_num for t in span) or fixed_holidays().get(_holiday_name(text)) is not None)
    if present and back[1] == "day" and not month_day:
        # "polls open on Sunday": the coming one, or today
        return back if back[0] == published.isoformat() else resolve_date(text, published, future=True)
    if not scheduled and (not month_day or _in_the_past(span)):
        return back
    ahead = resolve_date(text, published, future=True)
    if ahead is None or ahead[0] == back[0]:
        return back

    def distance(value: str) -> int:
        day = dt.date.fromisoformat(value if len(value) == 10 else value + "-15")
        return abs((day - published).days)

    if not scheduled and distance(ahead[0]) > _NEAR_AHEAD_DAYS:
        return back
    return ahead if distance(ahead[0]) < distance(back[0]) else back


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans", "span._.nf_date"],
    requires=["doc.ents", "doc._.nf_published"],
    default_config={"spans_key": "nf_dates", "dateline_key": "nf_dateline"},
)
def make_dates(nlp: Language, name: str, spans_key: str, dateline_key: str) -> DateFinder:
    return DateFinder(nlp, name, spans_key=spans_key, dateline_key=dateline_key)
