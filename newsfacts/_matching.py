"""When two facts from two articles are the same fact: the keys and scores ``newsfacts.merge`` uses.

Every function here is pure and small. Scores are integers or floats where higher is a
better match and ``None`` means "not the same fact". The words these rules rely on
(classes of people and of units, other names of countries) live in
``newsfacts/data/story_words.json``.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsfacts._data import load_lexicon, word_set

__all__ = [
    "words",
    "name_key",
    "speaker_score",
    "is_description",
    "text_similarity",
    "GroupKey",
    "group_key",
    "group_score",
    "unit_key",
    "place_score",
    "places_agree",
    "count_ratio",
    "course_rank",
    "count_range",
]

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})


# --- words and names -----------------------------------------------------------------

def words(text: str | None) -> list[str]:
    """Lower-case words of a text; "U.S." becomes "us" so that acronyms with stops compare equal."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    text = re.sub(r"\b((?:[A-Za-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    return re.findall(r"[a-z0-9]+", text.lower())


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.cache
def _aliases() -> dict[str, str]:
    """Every other name of a country or body → its first name in the lexicon; demonyms → country."""
    out: dict[str, str] = {}
    for group in load_lexicon("story_words")["aliases"]:
        for name in group:
            out[" ".join(words(name))] = group[0]
    for demonym, country in load_lexicon("nationalities")["demonyms"].items():
        key = " ".join(words(country))
        canonical = out.get(key, key)
        out.setdefault(demonym, canonical)
        out.setdefault(demonym + "s", canonical)
    return out


def name_key(name: str | None) -> str:
    """A name as compared: lower-case words without "the", other names of one country made one."""
    ws = [w for w in words(name) if w != "the"]
    joined = " ".join(ws)
    return _aliases().get(joined, joined)


# --- speakers ------------------------------------------------------------------------

def speaker_score(a_name: str, a_title: str | None, b_name: str, b_title: str | None) -> int | None:
    """Whether two speakers are one person or body: 3 same name, 2 surname or part of the name, 1 role.

    0 says "cannot tell" (a description against a name without that title), None "two speakers".

    - the same name once "the", case, stops and other names of a country are set aside: 3;
    - one name is the other's last word ("Stoltenberg" ~ "Jens Stoltenberg"), or all its
      words are in the other and both end on the same word ("Sadoon Matroud" ~ "Sadoon
      Ahmed Matroud"): 2;
    - one speaker is named only by a role that is the other's title ("the NATO chief" ~
      Jens Stoltenberg, titled "NATO chief"): 1.
    """
    a, b = name_key(a_name), name_key(b_name)
    if not a or not b:
        return None
    if a == b:
        return 3
    aw, bw = a.split(), b.split()
    short, long_ = (aw, bw) if len(aw) <= len(bw) else (bw, aw)
    if short[-1] == long_[-1] and set(short) <= set(long_):
        return 2
    if (a_title and name_key(a_title) == b) or (b_title and name_key(b_title) == a):
        return 1
    # a description ("the envoy") may still be anyone; two names that differ are two speakers
    return 0 if is_description(a_name) or is_description(b_name) else None


def is_description(name: str) -> bool:
    """Whether a speaker is named by a description ("the NATO chief") rather than a proper name."""
    first = name.strip().split()[:1]
    return not first or first[0].lower() == "the" or first[0][:1].islower()


# --- statements ----------------------------------------------------------------------

def text_similarity(a: str, b: str) -> float:
    """How alike two wordings are, 0–100: rapidfuzz's ratio of the lower-cased words."""
    return float(fuzz.ratio(" ".join(words(a)), " ".join(words(b))))


# --- casualty groups -----------------------------------------------------------------

@dataclass(frozen=True)
class GroupKey:
    """Who a casualty figure counts, as compared: a class of people and its modifiers."""

    cls: str
    """The class of the head noun ("military" for "soldiers"), else the head noun itself."""
    modifiers: frozenset[str]
    """The other words, with countries and bodies under one name ("U.S." and "American" → "united states")."""
    text: str
    """All the words, singular, without empty words ("other", "more")."""


@functools.cache
def _phrase_classes(table: str) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for cls, phrases in load_lexicon("story_words")[table].items():
        for phrase in phrases:
            out[tuple(words(phrase))] = cls
    return out


def _head(ws: list[str], table: str) -> tuple[str, list[str]] | None:
    """The class of the longest phrase the words end on, and the words before it."""
    classes = _phrase_classes(table)
    for size in range(min(3, len(ws)), 0, -1):
        cls = classes.get(tuple(ws[-size:]))
        if cls is not None:
            return cls, ws[:-size]
    return None


def group_key(group: str) -> GroupKey:
    """The key of a casualty group: "U.S. military members" → military, {united states}."""
    empty = word_set("story_words", "empty_words")
    ws = [w for w in words(group) if w not in empty and not w.isdigit()]
    if not ws:
        return GroupKey("people", frozenset(), "")
    text = " ".join(_stem(w) for w in ws)
    found = _head(ws, "group_classes")
    if found is not None:
        cls, rest = found
    elif ws[-1] in _aliases():
        # a people named by nationality ("Iraqis"): people of that country
        cls, rest = "people", ws
    else:
        cls, rest = _stem(ws[-1]), ws[:-1]
    modifiers = frozenset(_aliases().get(w, w) for w in rest)
    return GroupKey(cls, modifiers, text)


def group_score(a: GroupKey, b: GroupKey) -> int | None:
    """Whether two casualty groups are the same people.

    3 the same words; 2 the same class and modifiers ("U.S. troops" ~ "American soldiers");
    1 the same class where one says less ("soldier" ~ "U.S. soldiers"); 0 a generic group
    ("people") against another class, which counts only when the figures agree; None else.
    """
    if a.text == b.text:
        return 3
    generic = word_set("story_words", "generic_groups")
    if a.cls == b.cls:
        if a.modifiers == b.modifiers:
            return 2
        if not a.modifiers or not b.modifiers:
            return 1
        return None
    if a.cls in generic or b.cls in generic:
        return 0
    return None


# --- deployments ---------------------------------------------------------------------

def unit_key(unit: str) -> str:
    """The class of a deployed unit: "soldiers" and "troops" are personnel; else the head noun."""
    ws = [w for w in words(unit) if not w.isdigit()]
    if not ws:
        return ""
    found = _head(ws, "unit_classes")
    return found[0] if found is not None else _stem(ws[-1])


def place_score(a: str | None, b: str | None) -> int | None:
    """Whether two places agree: 2 the same, 1 one inside the other or one not given, None else."""
    if a is None or b is None:
        return 1
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return 2
    aw, bw = ka.split(), kb.split()
    short, long_ = (aw, bw) if len(aw) <= len(bw) else (bw, aw)
    if short and any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return 1
    return None


#: Two spellings of one place ("Ghalabiyah", "Ghalibiya") from this rapidfuzz ratio up.
SAME_PLACE = 80.0


def places_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two incidents' places can be one: one names none, or they share one (spellings aside)."""
    if not a or not b:
        return True
    return any(fuzz.ratio(x, y) >= SAME_PLACE for x in a for y in b)


def count_ratio(a: int, b: int) -> float:
    """The larger count over the smaller (infinite when one is zero and the other not)."""
    low, high = sorted((a, b))
    if low == high:
        return 1.0
    return math.inf if low <= 0 else high / low


def course_rank(status: str) -> int | None:
    """Where a deployment status sits on its forward course (announced … stationed), else None."""
    course: list[str] = load_lexicon("story_words")["deployment_course"]
    return course.index(status) if status in course else None


def count_range(count: int, qualifier: str) -> tuple[float, float]:
    """The counts a hedged figure allows: "at least 12" → 12…∞, "about 20" → 18…22 (±10%)."""
    if qualifier == "at_least":
        return count, math.inf
    if qualifier == "more_than":
        return count + 1, math.inf
    if qualifier == "up_to":
        return 0, count
    if qualifier == "less_than":
        return 0, count - 1
    if qualifier == "about":
        return count * 0.9, count * 1.1
    return count, count
