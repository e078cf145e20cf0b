"""Numbers as news writes them: digits, number words, scales, and the words that hedge them."""

from __future__ import annotations

import functools
import re

from newsfacts._data import load_lexicon
from newsfacts.records import Qualifier

__all__ = ["parse_number", "qualifier_before", "is_vague_count", "is_number_word"]

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SPLIT = re.compile(r"[\s-]+")


@functools.cache
def _words() -> tuple[dict[str, float], dict[str, float], frozenset[str]]:
    data = load_lexicon("numbers")
    units = {k: float(v) for k, v in data["units"].items()}
    scales = {k: float(v) for k, v in data["scales"].items()}
    return units, scales, frozenset(data["vague"])


@functools.cache
def _qualifiers() -> tuple[tuple[str, Qualifier], ...]:
    data = load_lexicon("qualifiers")
    pairs: list[tuple[str, Qualifier]] = []
    keys: tuple[Qualifier, ...] = ("at_least", "more_than", "about", "up_to", "less_than")
    for key in keys:
        pairs.extend((phrase.lower(), key) for phrase in data[key])
    # longest phrase first, so "no more than" wins over "more than"
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def is_vague_count(word: str) -> bool:
    """True for "dozens", "hundreds", "scores": counts with no number."""
    return word.lower() in _words()[2]


def is_number_word(word: str) -> bool:
    """True for a word that can be part of a number ("seven", "hundred", "dozen", "1,200")."""
    w = word.lower()
    units, scales, _ = _words()
    return bool(_DIGITS.match(w)) or (w in units and w not in {"a", "an", "no", "both", "single"}) or w in scales


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it has none.

    >>> parse_number("1,200"), parse_number("2.5 million"), parse_number("seven hundred")
    (1200.0, 2500000.0, 700.0)
    >>> parse_number("a dozen"), parse_number("three-and-a-half million"), parse_number("dozens")
    (12.0, 3500000.0, None)
    """
    units, scales, vague = _words()
    words = [w for w in _SPLIT.split(text.strip().lower().replace("\u2013", "-")) if w]
    if not words or any(w in vague for w in words):
        return None
    total = 0.0
    current: float | None = None
    fraction = 0.0
    seen_number = False
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "and":
            continue
        if _DIGITS.match(w):
            current = (current or 0.0) + float(w.replace(",", ""))
        elif w in {"a", "an"}:
            # "a dozen", "a hundred", "-and-a-half": "a" counts only before a number word
            if nxt == "half" and current is not None:
                continue
            if nxt not in scales and nxt != "dozen":
                return None
            current = (current or 0.0) + 1.0
        elif w == "half" and current is not None:
            fraction = 0.5
            continue
        elif w == "dozen":
            current = (current if current is not None else 1.0) * 12.0
        elif w == "hundred":
            current = (current if current is not None else 1.0) * 100.0
        elif w in scales:
            total += ((current if current is not None else 1.0) + fraction) * scales[w]
            current, fraction = None, 0.0
        elif w in units and w not in {"no", "both", "single"}:
            current = (current or 0.0) + units[w]
        else:
            return None
        seen_number = True
    if not seen_number:
        return None
    result = total + (current or 0.0) + fraction
    return result


def qualifier_before(preceding: str) -> tuple[Qualifier, int]:
    """The qualifier that ends ``preceding`` and how many characters it takes.

    ``qualifier_before("killing more than")`` → ``("more_than", 9)``.
    """
    text = " ".join(preceding.lower().split())
    for phrase, key in _qualifiers():
        if text == phrase or text.endswith(" " + phrase):
            # map back to a length in the original string
            idx = preceding.lower().rfind(phrase.split()[0])
            return key, len(preceding) - idx if idx >= 0 else len(phrase)
    return "exact", 0
