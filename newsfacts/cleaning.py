"""Page furniture: find the lines of a web page's frame and blank them out.

Cleaning never changes the length of the text: furniture characters become spaces (line
breaks are kept), so every offset into the cleaned text is an offset into the original.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsfacts._data import load_lexicon

__all__ = ["CleanText", "clean", "find_furniture"]

_LINE = re.compile(r"[^\n]*\n?")
_CAPTION_DATE = re.compile(
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\.?\s*$"
)


@dataclass(frozen=True)
class CleanText:
    """The text with furniture blanked, and where the furniture was."""

    text: str
    """Same length as the input; furniture replaced by spaces, line breaks kept."""
    furniture: tuple[tuple[int, int], ...]
    """``(start, end)`` of each blanked line, in text order."""


@functools.cache
def _patterns() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], frozenset[str], frozenset[str]]:
    data = load_lexicon("furniture")
    lines = frozenset(s.lower() for s in data["lines"])
    patterns = tuple(
        re.compile(p, re.IGNORECASE)
        for p in data["line_patterns"] + data["publisher_blurb_patterns"]
    )
    ends = frozenset(s.lower() for s in data["end_markers"])
    captions = frozenset(s.lower() for s in data["caption_verbs"])
    return lines, patterns, ends, captions


def _is_caption(line: str, caption_verbs: frozenset[str]) -> bool:
    """A photo caption: one sentence in the present tense that ends with the photo's date."""
    if not _CAPTION_DATE.search(line):
        return False
    words = set(re.findall(r"[a-z]+", line.lower()))
    return bool(words & caption_verbs)


def _is_furniture(line: str, seen: set[str]) -> bool:
    exact, patterns, _, captions = _patterns()
    key = " ".join(line.lower().split())
    if key in exact:
        return True
    if any(p.search(line) for p in patterns):
        # a dash-led line is furniture (a pull-quote's attribution) only when short
        if line[:1] in "-\u2013\u2014" and (len(line.split()) > 20 or line.endswith(".")):
            return False
        return True
    if _is_caption(line, captions):
        return True
    # a short line without a full stop that repeats an earlier line: a repeated
    # headline or an image's alt text printed twice
    return key in seen and not key.endswith(".") and len(key.split()) <= 25


def find_furniture(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every furniture line, line breaks excluded."""
    _, _, end_markers, _ = _patterns()
    found: list[tuple[int, int]] = []
    seen: set[str] = set()
    body_chars = 0
    pos = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw:
            break
        start = pos
        pos += len(raw)
        line = raw.strip()
        if not line:
            continue
        lead = len(raw) - len(raw.lstrip())
        span = (start + lead, start + lead + len(line))
        key = " ".join(line.lower().split())
        # a list of other stories ("Explore", "Related stories") ends the article,
        # once some article text has been read
        if key in end_markers and body_chars > 200:
            found.append(span)
            rest = text[pos:]
            off = pos
            for m in _LINE.finditer(rest):
                seg = m.group()
                if not seg:
                    break
                s = seg.strip()
                if s:
                    lead2 = len(seg) - len(seg.lstrip())
                    found.append((off + lead2, off + lead2 + len(s)))
                off += len(seg)
            break
        if _is_furniture(line, seen):
            found.append(span)
        else:
            body_chars += len(line)
        seen.add(key)
    return found


def clean(text: str) -> CleanText:
    """Blank the page furniture of ``text``; offsets are unchanged."""
    spans = find_furniture(text)
    if not spans:
        return CleanText(text, ())
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return CleanText("".join(chars), tuple(spans))
