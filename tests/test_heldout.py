"""Held-out statement cases: short news texts written without reference to the rules.

Each case in ``fixtures/heldout/statements.json`` passes when its expected facts match the
extraction, kind by kind as the case lists them. A case the extractor still gets wrong
carries ``"known_failure": "<reason>"`` and is a strict xfail: fixing it fails the test
until the mark is removed. ``python benchmarks/heldout.py`` prints the pass rate per class.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsfacts.testing import assert_facts_match

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "fixtures" / "heldout" / "statements.json").read_text(encoding="utf-8"))


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["known_failure"])] if case.get("known_failure") else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_heldout_statement_case(extractor, case):
    facts = extractor.extract(case["text"], published=case.get("published"))
    assert_facts_match(facts, dict(case["expected"], id=case["id"]), kinds=case["kinds"])
