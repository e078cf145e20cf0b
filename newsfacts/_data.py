"""Word lists and patterns shipped beside the code, read lazily and cached."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["load_lexicon", "LEXICONS"]

#: The data files in ``newsfacts/data``, by the name :func:`load_lexicon` takes.
LEXICONS = (
    "capitals",
    "casualty_words",
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

    Raises ``ValueError`` for a name that is not one of :data:`LEXICONS`.
    Files are read on first use, never at import time.
    """
    if name not in LEXICONS:
        raise ValueError(f"unknown lexicon {name!r}; known: {', '.join(LEXICONS)}")
    path = resources.files("newsfacts") / "data" / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def word_set(name: str, *keys: str) -> frozenset[str]:
    """The union of the lists under ``keys`` in one lexicon, lower-cased."""
    return _word_set(name, keys)


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
