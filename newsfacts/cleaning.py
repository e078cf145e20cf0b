"""Page furniture: find the lines of a web page's frame and blank them out.

Cleaning never changes the length of the text: furniture characters become spaces (line
breaks are kept), so every offset into the cleaned text is an offset into the original. A
byte-order mark (U+FEFF) at the start is blanked the same way.

Furniture is navigation, link lists, credits and captions. A line led by a list marker
(a bullet or a dash) is furniture only when it is not a sentence: a bulleted fact
("• At least 30 people were killed, the agency said.") is news.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsfacts._data import load_lexicon

__all__ = ["CleanText", "clean", "find_furniture"]

_LINE = re.compile(r"[^\n]*\n?")
_BOM = "\ufeff"
#: A line led by a list marker: a bullet or a dash.
_LIST_MARKER = re.compile(r"^[\u2022\u25cf\u25aa\u2013\u2014\-]\s*\S")
#: A sentence's end: a full stop (or ! ?), then closing quotation marks or brackets.
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*$")
#: A list item of more words than this is body even without a full stop.
LIST_ITEM_MAX_WORDS = 20
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


def _is_sentence(line: str) -> bool:
    """A list item that reads as a sentence: several words and a closing full stop, or more
    words than a link or an attribution ever has."""
    words = len(line.split())
    return words > LIST_ITEM_MAX_WORDS or (words >= 4 and bool(_SENTENCE_END.search(line)))


def _is_furniture(line: str, seen: set[str]) -> bool:
    exact, patterns, _, captions = _patterns()
    key = " ".join(line.lower().split())
    if key in exact:
        return True
    if any(p.search(line) for p in patterns):
        # a bullet or a dash leads a link list or a pull-quote's attribution, unless the
        # item is a sentence: then it is news
        return not (_LIST_MARKER.match(line) and _is_sentence(line))
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
    """Blank the page furniture of ``text`` and a byte-order mark at its start; offsets are unchanged."""
    if text.startswith(_BOM):
        text = " " + text[1:]
    spans = find_furniture(text)
    if not spans:
        return CleanText(text, ())
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return CleanText("".join(chars), tuple(spans))
