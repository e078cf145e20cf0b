"""Numbers as news writes them: digits, number words, scales, and the words that hedge them.

One reader serves every component: [`read_number`][newsfacts.numbers.read_number] takes a token of a parsed or
blank ``Doc`` and returns the whole number around it — its words ("two hundred and
fifty", "half a dozen", "7 000"), its range ("between 20 and 30", "100-120") and its
qualifier ("at least", "2,000-plus"); [`qualifier_at`][newsfacts.numbers.qualifier_at] is the one lookup of the
words that hedge a number.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsfacts._data import load_lexicon
from newsfacts.records import Qualifier

__all__ = [
    "NumberReading", "parse_number", "qualifier_at", "qualifier_before", "qualifier_of", "read_number",
    "is_vague_count", "is_number_word", "split_glued_unit",
]

_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
#: "3m", "1.2bn", "5k": a number with its scale glued on
_SUFFIXED = re.compile(r"^(?P<n>\d+(?:\.\d+)?)(?P<scale>k|m|mn|bn|b|tn)$")
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
#: "7 000": a group of three digits after a space continues the number before it
_GROUP = re.compile(r"^\d{3}$")
_SPLIT = re.compile(r"[\s-]+")
_DASHES = ("-", "\u2013", "\u2014")
#: "-5C", "41C", "12.5°C": a temperature with its unit glued on
_GLUED_TEMPERATURE = re.compile(r"^(?P<n>[+\-\u2212]?\d+(?:\.\d+)?)(?P<unit>°?[CcFf])$")
_GLUED_RANGE = re.compile(r"^(?P<low>\d{1,3}(?:,\d{3})*|\d+)[\u2013\u2014-](?P<high>\d{1,3}(?:,\d{3})*|\d+)$")


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


@functools.cache
def _fractions() -> dict[str, float]:
    return {k: float(v) for k, v in load_lexicon("numbers")["fractions"].items()}


def _fraction_of_scale(words: list[str]) -> float | None:
    """"a quarter of a million", "three quarters of a billion": a share of a scale word."""
    units, scales, _ = _words()
    if len(words) != 5 or words[1] not in _fractions() or words[2] != "of" or words[3] not in ("a", "an") \
            or words[4] not in scales or words[0] not in units:
        return None
    return units[words[0]] * _fractions()[words[1]] * scales[words[4]]


def is_vague_count(word: str) -> bool:
    """True for "dozens", "hundreds", "scores": counts with no number."""
    return word.lower() in _words()[2]


def is_number_word(word: str) -> bool:
    """True for a word that can be part of a number ("seven", "hundred", "dozen", "1,200")."""
    w = word.lower()
    units, scales, _ = _words()
    return bool(_DIGITS.match(w)) or bool(_SUFFIXED.match(w)) or (w in units and w not in {"a", "an", "no", "both", "single"}) or w in scales


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it has none.

    >>> parse_number("1,200"), parse_number("2.5 million"), parse_number("seven hundred")
    (1200.0, 2500000.0, 700.0)
    >>> parse_number("a dozen"), parse_number("three-and-a-half million"), parse_number("dozens")
    (12.0, 3500000.0, None)
    >>> parse_number("half a million"), parse_number("7 000"), parse_number("$3m".lstrip("$"))
    (500000.0, 7000.0, 3000000.0)
    """
    units, scales, vague = _words()
    raw = text.strip().lower().replace("\u2013", "-").replace("\u2212", "-")
    # "-5" is minus five, not five
    sign = -1.0 if re.match(r"^-\s*\d", raw) else 1.0
    words = [w for w in _SPLIT.split(raw) if w]
    if not words or any(w in vague for w in words):
        return None
    if (share := _fraction_of_scale(words)) is not None:
        return sign * share
    total = 0.0
    current: float | None = None
    fraction = 0.0
    multiplier = 1.0
    seen_number = False
    prev = ""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "and":
            # "two hundred and fifty", "and a half": never two numbers added ("20 and 30")
            if prev not in scales and prev not in ("hundred", "dozen") and nxt not in ("a", "an"):
                return None
            prev = w
            continue
        if (suffixed := _SUFFIXED.match(w)) is not None:
            current = (current or 0.0) + float(suffixed["n"]) * _SUFFIX_SCALES[suffixed["scale"]]
        elif _GROUP.match(w) and _DIGITS.match(prev) and current is not None and "," not in prev and "." not in prev:
            current = current * 1000.0 + float(w)  # "7 000", "1 000 000"
        elif _DIGITS.match(w):
            current = (current or 0.0) + float(w.replace(",", "").lstrip("+-"))
        elif w == "half" and current is None and not seen_number and nxt in ("a", "an"):
            multiplier = 0.5  # "half a million", "half a dozen"
            prev = w
            continue
        elif w in {"a", "an"}:
            # "a dozen", "a hundred", "-and-a-half": "a" counts only before a number word
            if nxt == "half" and current is not None:
                prev = w
                continue
            if nxt not in scales and nxt != "dozen":
                return None
            current = (current or 0.0) + 1.0
        elif w == "half" and current is not None:
            fraction = 0.5
            prev = w
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
        prev = w
    if not seen_number:
        return None
    return sign * multiplier * (total + (current or 0.0) + fraction)


def split_glued_unit(text: str) -> tuple[str, str] | None:
    """A temperature written as one word, split into its number and its unit letter.

    ``split_glued_unit("-5C")`` → ``("-5", "c")``; ``split_glued_unit("12.5°C")`` →
    ``("12.5", "°c")``; None for anything else ("G7", "3m", "787-9").
    """
    found = _GLUED_TEMPERATURE.match(text.strip())
    if found is None:
        return None
    return found["n"].replace("\u2212", "-"), found["unit"].lower()


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


def qualifier_at(doc: Doc, start: int, *, window: int = 4) -> Qualifier:
    """The qualifier in the few words before the number that starts at token ``start``
    ("at least 30", "killing more than 70,000"), within its sentence; ``exact`` if none."""
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else 0
    return qualifier_before(doc[max(sent_start, start - window) : start].text)[0]


@functools.cache
def _exceeding_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("qualifiers")["exceeding_verbs"])


def qualifier_of(reading: NumberReading, doc: Doc) -> Qualifier:
    """The one qualifier function every component calls: the hedge the reader found before
    or after the number ("at least 30", "2,000-plus", a range's lower bound), else the verb
    that passes it ("the toll exceeded 500", "the crowd topped 20,000": ``more_than``);
    ``exact`` when nothing qualifies it."""
    if reading.qualifier != "exact" or not doc.has_annotation("DEP"):
        return reading.qualifier
    number = doc[reading.root]
    if number.dep_ == "dobj" and number.head.lemma_.lower() in _exceeding_verbs():
        return "more_than"
    # "surpassed 3,000 troops": the verb's object is the noun the number counts
    if number.dep_ == "nummod" and number.head.dep_ == "dobj" and number.head.head.lemma_.lower() in _exceeding_verbs():
        return "more_than"
    return "exact"


@dataclass(frozen=True)
class NumberReading:
    """One number as a sentence gives it: tokens ``start:end``, value, range, hedge."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    qualifier: Qualifier = "exact"
    root: int = 0
    """The token of the number whose head lies outside it (for the parse)."""

    @property
    def is_count(self) -> bool:
        """A whole number of at least one, what can count people ("300"; not "2.5", not "0")."""
        return self.value >= 1 and self.value == int(self.value)


def _is_digits(tok: Token) -> bool:
    return bool(_DIGITS.match(tok.text)) or bool(_SUFFIXED.match(tok.lower_))


def _is_word(tok: Token) -> bool:
    return tok.is_alpha and is_number_word(tok.text) and not is_vague_count(tok.text)


def _scale_word(tok: Token) -> bool:
    return tok.lower_ in _words()[1] or tok.lower_ in ("hundred", "dozen")


def _continues(doc: Doc, j: int, end: int) -> int:
    """How many tokens from ``j`` continue the number that ends before ``j`` (0: none)."""
    prev, tok = doc[j - 1], doc[j]
    nxt = doc[j + 1] if j + 1 < end else None
    if tok.lower_ in _SUFFIX_SCALES and not prev.whitespace_ and _DIGITS.match(prev.text):
        return 1  # "3m" split by the tokenizer into "3", "m"
    if _GROUP.match(tok.text) and _DIGITS.match(prev.text) and prev.whitespace_ and "." not in prev.text \
            and len(prev.text.replace(",", "")) <= 3 and "," not in prev.text:
        return 1  # "7 000", "1 000 000"
    if _is_word(tok) and (prev.is_alpha or _scale_word(tok)) and prev.lower_ != "and":
        return 1  # "seven hundred", "2.5 million", "twenty five"
    if _is_word(tok) and prev.lower_ == "and":
        return 1
    if tok.text in _DASHES and not prev.whitespace_ and nxt is not None and prev.is_alpha and _is_word(nxt):
        return 2  # "twenty-five"
    if tok.lower_ == "and" and nxt is not None and (
            (_scale_word(prev) and (_is_word(nxt) or _DIGITS.match(nxt.text)))
            or (nxt.lower_ in ("a", "an") and j + 2 < end and doc[j + 2].lower_ == "half")):
        return 1  # "two hundred and fifty", "three and a half"
    if tok.lower_ in ("a", "an") and nxt is not None and (_scale_word(nxt) or nxt.lower_ == "half") \
            and (prev.lower_ in ("half", "and") or _is_word(prev)):
        return 1  # "half a million", "three and a half"
    if tok.lower_ == "half" and prev.lower_ in ("a", "an"):
        return 1
    return 0


def _starts_number(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ == "half":
        return nxt is not None and nxt.lower_ in ("a", "an") and tok.i + 2 < len(tok.doc) and _scale_word(tok.doc[tok.i + 2])
    if tok.lower_ in ("a", "an"):
        return nxt is not None and _scale_word(nxt)
    return _is_digits(tok) or _is_word(tok)


def _fraction_extent(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The five tokens of "a quarter of a million" when token ``i`` is one of them."""
    for start in range(max(lo, i - 4), min(i, hi - 5) + 1):
        if _fraction_of_scale([t.lower_ for t in doc[start : start + 5]]) is not None:
            return start, start + 5
    return None


def _extent(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The tokens of the one number that holds token ``i`` within ``lo:hi``."""
    if (share := _fraction_extent(doc, i, lo, hi)) is not None:
        return share
    # candidates start at the earliest token of the run of number-like words before i
    start = i
    while start > lo and (_starts_number(doc[start - 1]) or doc[start - 1].lower_ in ("and", "a", "an", "half", *_DASHES)):
        start -= 1
    j = start
    while j <= i:
        if not _starts_number(doc[j]):
            j += 1
            continue
        end = j + 1
        while end < hi and (step := _continues(doc, end, hi)):
            end += step
        if end > i:
            return j, end
        j = end
    return None


def _attached_name(doc: Doc, start: int, end: int) -> bool:
    """"787-9", "A320-200": a number glued by a dash to a code is part of a name."""
    if start >= 2 and doc[start - 1].text in _DASHES and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and any(c.isdigit() for c in doc[start - 2].text):
        left = parse_number(doc[start - 2].text)
        return left is None or left >= (parse_number(doc[start:end].text) or 0)
    return False


_RANGE_OPENERS = frozenset({"anywhere", "somewhere"})  # "anywhere from 8 to 12": a range, not a change


@functools.cache
def _change_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("numbers")["change_verbs"])


def _tells_a_change(from_: Token) -> bool:
    """Whether "from" opens a change ("rose from 14 to 31", "up from 60": two figures)
    rather than a range ("killed from 12 to 15 people": one). With a parse, the word "from"
    hangs on says so; without one, any "from A to B" is read as a change."""
    if not from_.doc.has_annotation("DEP") or from_.head.i == from_.i:
        return True
    head = from_.head
    return head.lemma_.lower() in _change_verbs() or head.lower_ in _change_verbs() or head.pos_ not in ("VERB", "AUX")


_RANGE_HEDGES = frozenset({"possibly", "perhaps", "maybe", "probably", "even"})
_UPPER_BOUNDS = (("as", "many", "as"), ("as", "much", "as"), ("up", "to"))


def _hedged_range_upper(doc: Doc, end: int, hi: int) -> int | None:
    """Where the upper bound starts after a lower one, in "8 and possibly as many as 11",
    "8, perhaps up to 11", "8 or as many as 11"; None when no such words follow."""
    i = end
    if i >= hi or doc[i].lower_ not in ("and", "or", ","):
        return None
    i += 1
    while i < hi and doc[i].lower_ in _RANGE_HEDGES:
        i += 1
    for words in _UPPER_BOUNDS:
        j = i + len(words)
        if j < hi and tuple(t.lower_ for t in doc[i:j]) == words and _starts_number(doc[j]):
            return j
    return None


def _hedged_range_lower(doc: Doc, start: int, lo: int) -> int | None:
    """The first token of the lower bound before the upper bound at ``start`` of "8 and
    possibly as many as 11"; None when ``start`` opens no such upper bound."""
    for words in _UPPER_BOUNDS:
        i = start - len(words)
        if i < lo or tuple(t.lower_ for t in doc[i:start]) != words:
            continue
        i -= 1
        while i > lo and doc[i].lower_ in _RANGE_HEDGES:
            i -= 1
        if i - 1 < lo or doc[i].lower_ not in ("and", "or", ","):
            continue
        j = i - 1
        while j > lo and _starts_number(doc[j - 1]) and doc[j - 1].like_num:
            j -= 1  # "two hundred and": back to the number's first word
        if _starts_number(doc[j]):
            return j
    return None


#: Words that scale a number ("two hundred"); alone after "several" or "a few" they count nothing exact.
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion"})


def read_number(token: Token) -> NumberReading | None:
    """The whole number ``token`` is part of, with its range and qualifier; None when the
    token is no number, a vague count ("dozens"), or part of a name ("787-9")."""
    doc = token.doc
    lo, hi = (token.sent.start, token.sent.end) if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") \
        else (0, len(doc))
    if token.lower_ in ("and", "to", "plus", *_DASHES):
        return None
    glued = _GLUED_RANGE.match(token.text)
    if glued is not None:
        # "25–30" kept as one token: a range in one word
        low, high = parse_number(glued["low"]), parse_number(glued["high"])
        if low is not None and high is not None and high > low:
            hedge = qualifier_at(doc, token.i) if token.i > lo else "exact"
            return NumberReading(token.i, token.i + 1, low, high, "at_least" if hedge == "exact" else hedge, token.i)
        return None
    found = _extent(doc, token.i, lo, hi)
    if found is None:
        return None
    start, end = found
    if start > lo and doc[start].lower_ in _SCALE_WORDS and doc[start - 1].lower_ in ("several", "few", "many"):
        return None  # "several hundred", "a few thousand": a vague count, like "hundreds"
    if start - 2 >= lo and doc[start - 1].lower_ in ("to", "and", *_DASHES) and _starts_number(doc[start - 2]):
        # the upper bound of a range ("20 to 30"): read from its lower bound
        lower = read_number(doc[start - 2])
        if lower is not None and lower.end >= end:
            return lower
    lower_start = _hedged_range_lower(doc, start, lo)
    if lower_start is not None:
        # the upper bound of "at least 8 and possibly as many as 11": read from its lower bound
        lower = read_number(doc[lower_start])
        if lower is not None and lower.end >= end:
            return lower
    if _attached_name(doc, start, end):
        return None
    value = parse_number(doc[start:end].text)
    if value is None:
        return None
    value_max: float | None = None
    qualifier: Qualifier = "exact"
    first = start
    # 1. a range: "20 to 30", "20-30", "between 20 and 30": one figure, its lower bound
    if end + 1 < hi and doc[end].lower_ in ("to", "and", *_DASHES) and _starts_number(doc[end + 1]):
        between = start > lo and doc[start - 1].lower_ == "between"
        # "rose from 14 to 31": two figures; but "anywhere from 8 to 12" is one range
        change = start > lo and doc[start - 1].lower_ == "from" and not (
            start - 1 > lo and doc[start - 2].lower_ in _RANGE_OPENERS) and _tells_a_change(doc[start - 1])
        if (doc[end].lower_ != "and" or between) and not (change and doc[end].lower_ == "to"):
            upper = _extent(doc, end + 1, end + 1, hi)
            top = parse_number(doc[upper[0] : upper[1]].text) if upper else None
            if upper is not None and top is not None:
                if top > value:
                    value_max, end, qualifier = top, upper[1], "at_least"
                    if between:
                        first = start - 1
                elif doc[end].text in _DASHES and not doc[end].whitespace_:
                    return None  # "787-9": a model's name
    # 1b. "at least 8 and possibly as many as 11": a lower bound, then a hedged upper one
    start_of_root = start
    upper_start = _hedged_range_upper(doc, end, hi) if value_max is None else None
    if upper_start is not None:
        upper = _extent(doc, upper_start, upper_start, hi)
        top = parse_number(doc[upper[0] : upper[1]].text) if upper else None
        if upper is not None and top is not None and top > value:
            value_max, end = top, upper[1]
            qualifier = "at_least"
            start_of_root = upper[0]  # the upper bound stands next to the noun counted
    # 2. "2,000-plus", "2,000 plus": more than
    if end < hi and doc[end].lower_ == "plus":
        qualifier, end = "more_than", end + 1
    elif end + 1 < hi and doc[end].text in _DASHES and doc[end + 1].lower_ == "plus":
        qualifier, end = "more_than", end + 2
    # 3. the words before it: "at least", "more than"
    before = qualifier_at(doc, first) if first > lo else "exact"
    if before != "exact":
        qualifier = before
    root = next((t.i for t in doc[start_of_root:end] if not start <= t.head.i < end or t.head.i == t.i), start)
    return NumberReading(start, end, value, value_max, qualifier, root)
