"""pytest-friendly checks of extractions against gold facts.

>>> from newsfacts.testing import assert_facts_match
>>> assert_facts_match(extract(text), gold)            # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsfacts.evaluation import compare

__all__ = ["assert_facts_match", "load_gold"]

DEFAULT_KINDS = ("statements", "speakers", "deployments", "casualties", "dates")


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold JSON file."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def assert_facts_match(
    facts: Any,
    gold: Mapping[str, Any] | str | Path,
    *,
    kinds: Iterable[str] = DEFAULT_KINDS,
    allow_extra: bool | Iterable[str] = False,
) -> None:
    """Fail with a readable diff unless ``facts`` has every required gold fact.

    Order and offsets do not matter; matching is that of [`evaluate`][newsfacts.evaluation.evaluate].
    Predictions that match no gold entry (required or optional) fail too, unless
    ``allow_extra`` is True or names their kind.
    """
    if isinstance(gold, (str, Path)):
        gold = load_gold(gold)
    extra_ok = set(kinds) if allow_extra is True else set(allow_extra or ())
    problems: list[str] = []
    for kind, result in compare(facts, gold, kinds).items():
        for item in result.missing:
            problems.append(f"  missing {_singular(kind)}: {_show(item)}")
        if kind not in extra_ok:
            for item in result.extra:
                problems.append(f"  extra   {_singular(kind)}: {_show(item)}")
    if problems:
        name = gold.get("id", "article")
        raise AssertionError(f"facts of {name} differ from gold:\n" + "\n".join(problems))


def _show(item: Mapping[str, Any]) -> str:
    shown = {k: v for k, v in item.items() if k != "optional" and v not in (None, "")}
    text = json.dumps(shown, ensure_ascii=False)
    return text if len(text) < 200 else text[:197] + "..."


def _singular(kind: str) -> str:
    return {"casualties": "casualty", "statement_texts": "statement text"}.get(kind, kind.rstrip("s"))
