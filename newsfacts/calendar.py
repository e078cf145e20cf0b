"""Calendar dates as news writes them, resolved against the publication date.

Small, pure functions: ``resolve_date`` turns the text of one DATE mention into an ISO
value of year, month or day granularity, or ``None`` for durations, vague periods and
anything that is not a calendar date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Literal

__all__ = ["MONTHS", "WEEKDAYS", "resolve_date", "find_date_line", "Resolved"]

Granularity = Literal["year", "month", "day"]
Resolved = tuple[str, Granularity]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d|21\d\d)"
_PART = r"(?:(?:early|mid|late|(?:end|start)(?=-)|(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of)[\s-]+)"
_SHARE = r"(?:(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:half|quarter)\s+of\s+)"
_TIME_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|midday|noon)(?:\s+local\s+time)?)?"
#: "early Monday", "late on Tuesday", "overnight Tuesday", "the early hours of Sunday"
_DAYPART = r"(?:(?:early|late|overnight|(?:the\s+)?(?:early|small)\s+hours\s+of)\s+(?:on\s+)?)?"
_LEAD = re.compile(r"^(?:(?:on|in|since|by|until|till|from|during|through|of|at|the|this(?!\s+(?:mon|tue|wed|thu|fri|sat|sun))|that|early on|as of|before|after)\s+)+")

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + r"$"))
    for name, pattern in (
        ("iso", r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
        ("mdy", rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
        ("dmy", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}"),
        ("my", rf"{_PART}?{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
        ("y_edge", rf"(?:the\s+)?(?P<edge>end|close|start|beginning)\s+of\s+{_YEAR}"),
        ("y", rf"(?:{_PART}|{_SHARE}|{_PART}?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?{_YEAR}(?:\s+(?:building|election|elections|attack|war))?"),
        ("md_last", rf"{_MONTH}\s+{_DAY}\s+(?P<rel>last|next|this)\s+year"),
        ("md", rf"{_DAYPART}(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}{_TIME_OF_DAY}"),
        ("dm", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}"),
        ("m", rf"{_PART}?{_MONTH}"),
        ("m_rel", rf"(?P<rel>last|next|this)\s+{_MONTH}"),
        ("wd_rel", rf"(?P<rel>last|next|this|this coming|this past|past|coming)\s+{_WEEKDAY}{_TIME_OF_DAY}"),
        ("wd", rf"{_DAYPART}{_WEEKDAY}{_TIME_OF_DAY}"),
        ("rel_day", r"(?P<relday>today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"),
    )
)


@functools.cache
def fixed_holidays() -> dict[str, tuple[int, int]]:
    """Holidays on a fixed day, by lower-case name: ``{"may day": (5, 1), ...}``."""
    from newsfacts._data import load_lexicon

    days = load_lexicon("date_words")["fixed_holidays"]
    return {name: (int(md[:2]), int(md[3:])) for name, md in days.items()}


def _normalise(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2013", "-").strip(" ,.;:")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"\s+", " ", s)
    return _LEAD.sub("", s).strip()


def _month_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _dateparser_date(text: str) -> dt.date | None:
    """dateparser for a full date that our own forms did not split (English only)."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    return parsed.date() if parsed else None


def resolve_date(
    text: str, published: dt.date | None, *, future: bool = False
) -> Resolved | None:
    """The ISO value of one date mention, or ``None`` when it is no calendar date.

    A part of a period keeps the period's value ("early 2019" → "2019", "mid-March" →
    the March), but the edge of a year is its edge month ("the end of 2019" → "2019-12",
    "the start of 2020" → "2020-01").
    Mentions without a year ("Thursday", "in April", "August 27") are resolved against
    ``published``: to the latest such day or month on or before it, or with ``future``
    (the sentence speaks of what will happen) to the first one after it. Without a
    publication date only mentions that carry their own year resolve.
    """
    s = _normalise(text)
    if not s:
        return None
    if (holiday := fixed_holidays().get(s)) is not None:
        # "May Day", "New Year's Eve": a day of the calendar by its name
        return _resolve_month_day(holiday[0], holiday[1], published, future) if published is not None else None
    for name, pattern in _FORMS:
        m = pattern.match(s)
        if m is None:
            continue
        g = m.groupdict()
        if name == "iso":
            d = _month_day(int(g["year"]), int(g["mnum"]), int(g["day"]))
            return (d.isoformat(), "day") if d else None
        if name in ("mdy", "dmy"):
            d = _month_day(int(g["year"]), MONTHS[g["month"]], int(g["day"]))
            if d is None:
                d = _dateparser_date(s)
            return (d.isoformat(), "day") if d else None
        if name == "my":
            return f"{int(g['year']):04d}-{MONTHS[g['month']]:02d}", "month"
        if name == "y_edge":
            # "by the end of 2019": the year's last month; "the start of 2020": its first
            month = 12 if g["edge"] in ("end", "close") else 1
            return f"{int(g['year']):04d}-{month:02d}", "month"
        if name == "y":
            return f"{int(g['year']):04d}", "year"
        if published is None:
            return None
        if name == "md_last":
            shift = {"last": -1, "next": 1, "this": 0}[g["rel"]]
            d = _month_day(published.year + shift, MONTHS[g["month"]], int(g["day"]))
            return (d.isoformat(), "day") if d else None
        if name in ("md", "dm"):
            return _resolve_month_day(MONTHS[g["month"]], int(g["day"]), published, future)
        if name == "m":
            return _resolve_month(MONTHS[g["month"]], published, future), "month"
        if name == "m_rel":
            month = MONTHS[g["month"]]
            year = published.year + {"last": -1, "next": 1, "this": 0}[g["rel"]]
            if g["rel"] == "last" and month < published.month:
                year = published.year
            return f"{year:04d}-{month:02d}", "month"
        if name == "wd_rel":
            return _resolve_relative_weekday(g["rel"], WEEKDAYS[g["weekday"]], published, future).isoformat(), "day"
        if name == "wd":
            return _resolve_weekday(WEEKDAYS[g["weekday"]], published, future).isoformat(), "day"
        if name == "rel_day":
            shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["relday"]]
            return (published + dt.timedelta(days=shift)).isoformat(), "day"
    return None


def _resolve_month_day(month: int, day: int, published: dt.date, future: bool) -> Resolved | None:
    for year in (published.year - 1, published.year, published.year + 1) if not future else (
        published.year, published.year + 1
    ):
        d = _month_day(year, month, day)
        if d is None:
            continue
        if future and d >= published:
            return d.isoformat(), "day"
    if future:
        return None
    candidates = [d for y in (published.year, published.year - 1)
                  if (d := _month_day(y, month, day)) is not None and d <= published]
    return (candidates[0].isoformat(), "day") if candidates else None


def _resolve_month(month: int, published: dt.date, future: bool) -> str:
    if future:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _resolve_relative_weekday(rel: str, weekday: int, published: dt.date, future: bool) -> dt.date:
    """A weekday with "last", "next", "this", "past" or "coming" before it.

    "last" is the latest such day before publication, whatever its week: in a Saturday
    paper "last Tuesday" is four days back, in a Monday paper "last Sunday" is yesterday,
    in a Wednesday paper "last Wednesday" a week back; but the day before within the
    publication's own week is "yesterday" or its bare name, so a Friday paper's "last
    Thursday" is eight days back. "next" reaches into the week after
    the publication's, weeks running Monday to Sunday: in a Wednesday paper "next Tuesday"
    is six days ahead, "next Friday" nine. "this past" / "past" is the latest one before
    publication, "this coming" / "coming" the first one after, "this" the first one after
    with ``future``, else the nearer one (ahead on a tie).
    """
    monday = published - dt.timedelta(days=published.weekday())
    if rel == "last":
        back = published - dt.timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
        if back == published - dt.timedelta(days=1) and back >= monday:
            back -= dt.timedelta(days=7)  # yesterday, in the same week: the week before's
        return back
    if rel == "next":
        return monday + dt.timedelta(days=weekday + 7)
    if rel in ("coming", "this coming"):
        return _resolve_weekday(weekday, published, True)
    back = _resolve_weekday(weekday, published, False)  # on or before publication
    if rel in ("past", "this past"):
        return back if back != published else back - dt.timedelta(days=7)  # a Sunday's "this past Sunday"
    # "this Friday": the day itself, else ahead with the future tense, else the nearer one
    if back == published:
        return back
    ahead = _resolve_weekday(weekday, published, True)
    return ahead if future or (ahead - published) <= (published - back) else back


def _resolve_weekday(weekday: int, published: dt.date, future: bool) -> dt.date:
    if future:
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back)


_DATE_LINE = re.compile(
    r"^\s*(?:date\s*:?\s+)?(?P<date>\d{4}-\d{2}-\d{2}"
    r"|(?:[a-z]+day,?\s+)?[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|(?:[a-z]+day,?\s+)?\d{1,2}\s+[a-z]{3,9},?\s+\d{4})\b",
    re.IGNORECASE,
)


def find_date_line(line: str) -> tuple[int, int, dt.date] | None:
    """A publication date at the start of a short line: ``(start, end, date)`` within the line."""
    if len(line) > 80:
        return None
    m = _DATE_LINE.match(line)
    if m is None:
        return None
    resolved = resolve_date(m.group("date"), None)
    if resolved is None or resolved[1] != "day":
        return None
    return m.start("date"), m.end("date"), dt.date.fromisoformat(resolved[0])
