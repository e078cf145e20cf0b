"""``newsfacts_attribute_ruler``: spaCy's attribute ruler, its patterns found by lookup.

The English models' ``attribute_ruler`` turns the tagger's fine tags into coarse parts of
speech and morphology, and corrects a few words ("that" tagged WDT is a PRON, "'s" tagged
VBZ is the lemma "be", "its" is a possessive pronoun): about 180 patterns, nearly all one
token with an exact ``TAG`` and/or ``LOWER``. spaCy's Matcher tries every pattern at every
token, which cost about a sixth of the model's time an article. This ruler is spaCy's own
(same patterns, same serialisation, same ``set_token_attrs``); only the finding differs:
each pattern is filed under the exact values its first token asks for, each token looks up
the patterns filed under its own values and checks only what the lookup did not settle. The
values compared are the integers the Matcher compares (string hashes, symbols, flags), read
for the whole Doc at once with ``Doc.to_array``. The matches, their order
(pattern by pattern, so that later patterns win) and so every token attribute are the
ones spaCy's Matcher gives; a pattern this reader does not handle (an ``OP``, a predicate
other than ``IN``, ``NOT_IN`` and ``REGEX``, an attribute outside ``_STRING_ATTRS`` and
``_FLAG_ATTRS``) sends every Doc to spaCy's Matcher instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Pattern attributes whose values are strings (compared by hash, as the Matcher does).
_STRING_ATTRS = ("LOWER", "ORTH", "TAG", "DEP", "POS", "LEMMA")
#: Pattern attributes whose values are lexical flags.
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
#: Attributes a pattern is filed under, tried in this order (the most selective first).
_FILING_ORDER = tuple(IDS[name] for name in _STRING_ATTRS + _FLAG_ATTRS)

Test = Callable[[int], bool]


class Unsupported(ValueError):
    """A pattern this reader cannot match exactly as spaCy's Matcher does."""


@dataclass(frozen=True)
class _Check:
    """One test of one token of a pattern, on the integer value of a spaCy attribute."""

    attr: int
    test: Test
    accepts: frozenset[int] | None  # every value the test accepts, when they are finitely many


@dataclass(frozen=True)
class _Pattern:
    group: int  # the ruler's pattern number (its Matcher key is ``str(group)``)
    key: int  # that key's hash, the match id spaCy's Matcher reports
    length: int
    rest: tuple[tuple[int, _Check], ...]  # (token offset, check) the filing does not settle


#: Attribute id → value → the patterns whose first token accepts that value.
_Filed = dict[int, dict[int, list[_Pattern]]]


@dataclass(frozen=True)
class _Compiled:
    filed: _Filed
    anywhere: tuple[_Pattern, ...]  # patterns filed under no value: tried at every token
    attrs: tuple[int, ...]  # every attribute a check reads


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its patterns found by lookup instead of its Matcher.

    >>> nlp = newsfacts.load()          # the model's attribute_ruler is replaced by this one
    >>> [t.pos_ for t in nlp("That is what she said.")][:2]
    ['PRON', 'AUX']
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiled: _Compiled | None = None
        self._unsupported = False

    def clear(self) -> None:
        super().clear()
        self._compiled, self._unsupported = None, False

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled, self._unsupported = None, False

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches spaCy's ``AttributeRuler.match`` gives: (pattern number, match id,
        start, end), sorted (so that later patterns win)."""
        compiled = self._compile()
        if compiled is None:
            return super().match(doc)  # type: ignore[no-any-return]
        n = len(doc)
        if n == 0 or not compiled.attrs:
            return sorted(set(super().match(doc)))
        columns = dict(zip(compiled.attrs, doc.to_array(list(compiled.attrs)).T.tolist(), strict=True))
        found: set[tuple[int, int, int, int]] = set()
        # each token looks up the patterns filed under its value of each attribute
        for attr, table in compiled.filed.items():
            for i, value in enumerate(columns[attr]):
                for pattern in table.get(value, ()):
                    if _rest_holds(pattern, columns, i, n):
                        found.add((pattern.group, pattern.key, i, i + pattern.length))
        for pattern in compiled.anywhere:
            for i in _starts_passing_first_check(pattern, columns, n):
                if _rest_holds(pattern, columns, i, n):
                    found.add((pattern.group, pattern.key, i, i + pattern.length))
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: Sequence[tuple[int, int, int, int]]) -> None:
        """spaCy's, without a Span per match: the token at the pattern's index gets its
        attributes; an index outside the match gets spaCy's own error."""
        for match in matches:
            group, _key, start, end = match
            index = self.indices[group]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                super().set_annotations(doc, [match])  # type: ignore[no-untyped-call]
            set_token_attrs(doc[at], self.attrs[group])

    def _compile(self) -> _Compiled | None:
        """The patterns, filed; ``None`` when one of them is not for this reader."""
        if self._compiled is None and not self._unsupported:
            try:
                self._compiled = _file_patterns(self._read_patterns())
            except Unsupported:
                self._unsupported = True
        return self._compiled

    def _read_patterns(self) -> list[tuple[int, int, list[list[_Check]]]]:
        out = []
        for group in range(len(self.attrs)):
            key = str(group)
            for tokens in self.matcher.get(key)[1]:
                checks = [_read_token(spec, self.vocab.strings) for spec in tokens]
                out.append((group, self.vocab.strings.add(key), checks))
        return out


def _file_patterns(patterns: list[tuple[int, int, list[list[_Check]]]]) -> _Compiled:
    """File each pattern under the values its first token accepts of the first attribute
    in ``_FILING_ORDER`` that it names exactly; the lookup settles those checks."""
    filed: _Filed = {}
    anywhere: list[_Pattern] = []
    attrs: set[int] = set()
    for group, key, tokens in patterns:
        if not tokens:
            raise Unsupported("an empty pattern")
        attrs.update(check.attr for checks in tokens for check in checks)
        exact = [c for c in tokens[0] if c.accepts is not None]
        attr = next((a for a in _FILING_ORDER if any(c.attr == a for c in exact)), None)
        settled = [c for c in exact if c.attr == attr]
        rest = tuple((offset, check) for offset, checks in enumerate(tokens) for check in checks
                     if not (offset == 0 and check in settled))
        pattern = _Pattern(group, key, len(tokens), rest)
        if attr is None:
            anywhere.append(pattern)
            continue
        values = frozenset.intersection(*(c.accepts for c in settled if c.accepts is not None))
        table = filed.setdefault(attr, {})
        for value in values:
            table.setdefault(value, []).append(pattern)
    return _Compiled(filed, tuple(anywhere), tuple(sorted(attrs)))


def _starts_passing_first_check(pattern: _Pattern, columns: dict[int, list[int]], n: int) -> Iterable[int]:
    """The tokens whose value passes the pattern's first check, which is run once per
    distinct value of the Doc (a ``REGEX`` on "LOWER" costs more than a lookup)."""
    if not pattern.rest or pattern.rest[0][0] != 0:
        return range(n)
    check = pattern.rest[0][1]
    verdicts: dict[int, bool] = {}
    starts = []
    for i, value in enumerate(columns[check.attr]):
        verdict = verdicts.get(value)
        if verdict is None:
            verdict = verdicts[value] = check.test(value)
        if verdict:
            starts.append(i)
    return starts


def _rest_holds(pattern: _Pattern, columns: dict[int, list[int]], start: int, n: int) -> bool:
    if start + pattern.length > n:
        return False
    for offset, check in pattern.rest:
        if not check.test(columns[check.attr][start + offset]):
            return False
    return True


def _read_token(spec: dict[Any, Any], strings: StringStore) -> list[_Check]:
    """One token of a Matcher pattern as checks on attribute values, read as spaCy's
    Matcher reads them (``_get_attr_values``, ``_SetPredicate``, ``_RegexPredicate``)."""
    checks: list[_Check] = []
    for name, value in spec.items():
        if not isinstance(name, str):
            raise Unsupported(f"attribute {name!r}")
        upper = "ORTH" if name.upper() == "TEXT" else name.upper()
        if upper in _STRING_ATTRS and isinstance(value, str):
            checks.append(_equal_check(IDS[upper], strings.add(value)))
        elif upper in _FLAG_ATTRS and isinstance(value, bool):
            checks.append(_equal_check(IDS[upper], int(value)))
        elif upper in _STRING_ATTRS and isinstance(value, dict) and value:
            checks.extend(_predicate_check(IDS[upper], predicate, argument, strings)
                          for predicate, argument in value.items())
        else:
            raise Unsupported(f"{name!r}: {value!r}")
    return checks


def _equal_check(attr: int, expected: int) -> _Check:
    def test(value: int) -> bool:
        return value == expected
    return _Check(attr, test, frozenset([expected]))


def _predicate_check(attr: int, predicate: str, argument: Any, strings: StringStore) -> _Check:
    """``IN`` and ``NOT_IN`` a list of strings, or ``REGEX`` searched anywhere in the string."""
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        values = frozenset(get_string_id(v) for v in argument)
        if predicate == "IN":
            return _Check(attr, values.__contains__, values)

        def not_in(value: int) -> bool:
            return value not in values
        return _Check(attr, not_in, None)
    if predicate == "REGEX" and isinstance(argument, str):
        regex = re.compile(argument)

        def searched(value: int) -> bool:
            return regex.search(strings[value]) is not None
        return _Check(attr, searched, None)
    raise Unsupported(f"predicate {predicate!r}")


def use_fast_attribute_ruler(nlp: Language) -> Language:
    """Replace each spaCy ``attribute_ruler`` of ``nlp`` by a ``newsfacts_attribute_ruler``
    with the same name, place, config and patterns."""
    for name in list(nlp.pipe_names):
        if nlp.get_pipe_meta(name).factory != "attribute_ruler":
            continue
        old = nlp.get_pipe(name)
        config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
        new = nlp.replace_pipe(name, "newsfacts_attribute_ruler", config=config)
        new.add_patterns(old.patterns)  # type: ignore[attr-defined]
    return nlp


@Language.factory(
    "newsfacts_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_attribute_ruler(nlp: Language, name: str, validate: bool,
                         scorer: Callable[..., Any] | None) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)
