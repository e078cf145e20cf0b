"""Word lists and patterns shipped beside the code, read lazily and cached."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any, TypeVar

__all__ = ["load_lexicon", "LEXICONS", "word_set", "word_map", "extra_words", "per_extra_words"]

_T = TypeVar("_T")

#: Words a component's config adds to a lexicon while that component runs, keyed by
#: (lexicon, key): a set of words for a word list, a dict for a mapping (units).
_Extra = Mapping[tuple[str, str], frozenset[str] | Mapping[str, str]]
_NO_EXTRA: _Extra = types.MappingProxyType({})
_EXTRA: contextvars.ContextVar[_Extra] = contextvars.ContextVar("newsfacts_extra_words", default=_NO_EXTRA)

#: The data files in ``newsfacts/data``, by the name ``load_lexicon`` takes.
LEXICONS = (
    "abbreviations",
    "capitals",
    "casualty_words",
    "date_words",
    "furniture",
    "military_units",
    "nationalities",
    "numbers",
    "qualifiers",
    "speech_verbs",
    "story_words",
    "titles",
    "units",
)


@functools.cache
def load_lexicon(name: str) -> dict[str, Any]:
    """Return the parsed data file ``newsfacts/data/<name>.json``.

    Raises ``ValueError`` for a name that is not one of ``LEXICONS``, and for a file whose
    objects repeat a key.
    Files are read on first use, never at import time.
    """
    if name not in LEXICONS:
        raise ValueError(f"unknown lexicon {name!r}; known: {', '.join(LEXICONS)}")
    path = resources.files("newsfacts") / "data" / f"{name}.json"
    return parse_lexicon(path.read_text(encoding="utf-8"), name)


def parse_lexicon(text: str, name: str) -> dict[str, Any]:
    """A lexicon's JSON text, parsed; raises ``ValueError`` when an object repeats a key
    (JSON would keep the last silently, and the first list would be lost)."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise ValueError(f"lexicon {name!r} repeats the key(s) {', '.join(repeated)}")
        return dict(pairs)

    data: dict[str, Any] = json.loads(text, object_pairs_hook=unique)
    return data


def word_set(name: str, *keys: str) -> frozenset[str]:
    """The union of the lists under ``keys`` in one lexicon, lower-cased, with the words
    the running component's config adds (see ``extra_words``)."""
    words = _word_set(name, keys)
    extra = _EXTRA.get()
    if extra:
        added = [w for key in keys if isinstance(w := extra.get((name, key)), frozenset)]
        if added:
            return words.union(*added)
    return words


def word_map(name: str, key: str) -> dict[str, str]:
    """The mapping under ``key`` in one lexicon, with the entries the running component's
    config adds (see ``extra_words``)."""
    out: dict[str, str] = dict(load_lexicon(name)[key])
    added = _EXTRA.get().get((name, key))
    if isinstance(added, Mapping):
        out.update(added)
    return out


def per_extra_words(build: Callable[[], _T]) -> Callable[[], _T]:
    """``build`` (a function of the word lists alone) called once per set of added words in
    force, not once per call: a component that asks for its word lists at every token pays
    for them once per ``extra_words`` block. The last value is kept with the words it was
    built under (identity, not equality: every block has its own), so a thread or block
    under other words builds its own."""
    last: list[tuple[object, _T]] = []

    @functools.wraps(build)
    def cached() -> _T:
        extra = _EXTRA.get()
        held = last[0] if last else None
        if held is not None and held[0] is extra:
            return held[1]
        value = build()
        last[:] = [(extra, value)]
        return value

    return cached


@contextlib.contextmanager
def extra_words(added: Mapping[tuple[str, str], Iterable[str] | Mapping[str, str]]) -> Iterator[None]:
    """Within the block, add words to lexicons: ``{("speech_verbs", "verbs"): ["quip"]}``.

    Components wrap their work in it with the words of their config, so the additions hold
    for that component's pipeline only; the context is per thread (and per task).
    """
    current = dict(_EXTRA.get())
    for (name, key), words in added.items():
        if name not in LEXICONS:
            raise ValueError(f"unknown lexicon {name!r}; known: {', '.join(LEXICONS)}")
        previous_map = current.get((name, key))
        if isinstance(words, Mapping):
            current[(name, key)] = {**(previous_map if isinstance(previous_map, Mapping) else {}), **words}
        else:
            previous = current.get((name, key))
            base = previous if isinstance(previous, frozenset) else frozenset()
            current[(name, key)] = base | frozenset(str(w).lower() for w in words)
    token = _EXTRA.set(current)
    try:
        yield
    finally:
        _EXTRA.reset(token)


@functools.cache
def _word_set(name: str, keys: tuple[str, ...]) -> frozenset[str]:
    data = load_lexicon(name)
    words: set[str] = set()
    for key in keys:
        node: Any = data
        for part in key.split("."):
            node = node[part]
        words.update(str(w).lower() for w in node)
    return frozenset(words)
