"""Held-out cases, one per news construction, written apart from the rules.

A case still failing carries ``known_failure`` (the reason) in the fixture and is an
expected failure; a case that starts passing must lose that field (strict).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.heldout import case_problems, load_cases

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
CASES = [(path.stem, case) for path in sorted(HELDOUT.glob("*.json")) for case in load_cases(path)]


def _param(name: str, case: dict) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case["known_failure"])] if case.get("known_failure") else []
    return pytest.param(case, id=f"{name}/{case['id']}", marks=marks)


@pytest.mark.parametrize("case", [_param(n, c) for n, c in CASES])
def test_heldout_case(extractor, case):
    problems = case_problems(case, run=extractor.extract)
    assert not problems, "\n".join(problems)
