"""Held-out cases, one per news construction, written apart from the rules.

A case still failing carries ``known_failure`` (the reason) in the fixture and is an
expected failure; a case that starts passing must lose that field (strict).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.heldout import case_problems, case_scores, load_cases

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
CASES = [(path.stem, case) for path in sorted(HELDOUT.glob("*.json")) for case in load_cases(path)]


def _param(name: str, case: dict) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case["known_failure"])] if case.get("known_failure") else []
    return pytest.param(case, id=f"{name}/{case['id']}", marks=marks)


@pytest.mark.parametrize("case", [_param(n, c) for n, c in CASES])
def test_heldout_case(extractor, case):
    problems = case_problems(case, run=extractor.extract)
    assert not problems, "\n".join(problems)


def test_case_scores_count_records_of_the_checked_kinds_only(extractor):
    case = {
        "id": "scores", "class": "x", "published": "2023-06-01", "kinds": ["statements"],
        "text": 'Port reopens\n\n"The harbour is open again," harbour master Ines Calder said on Monday. '
                'She said ferries would run on Tuesday.',
        "expected": {"statements": [{"speaker": "Ines Calder", "kind": "direct", "text": "The harbour is open again"}]},
    }
    scores, details = case_scores(case, extractor.extract(case["text"], published=case["published"]))
    assert set(scores) == {"statements"}  # dates are in the text but not checked
    statements = scores["statements"]
    assert (statements.matched, statements.gold) == (1, 1)
    assert statements.predicted == 2  # the reported statement is an extra record
    assert details == {"statements.kind": (1, 1)}


def test_case_scores_compare_details_on_matched_pairs(extractor):
    case = {
        "id": "details", "class": "x", "published": "2023-06-01", "kinds": ["deployments"],
        "text": "Norway will send 200 soldiers to Mali next month, the ministry said.",
        "expected": {"deployments": [{"actor": "Norway", "count": 200, "unit": "soldiers",
                                      "destination": "Chad", "status": "announced"}]},
    }
    _, details = case_scores(case, extractor.extract(case["text"], published=case["published"]))
    assert details == {"deployments.status": (1, 1), "deployments.destination": (0, 1)}


def test_without_actors_lets_any_sender_match(extractor):
    from benchmarks.heldout import without_actors

    case = {
        "id": "any", "class": "x", "published": "2023-06-01", "kinds": ["deployments"],
        "text": "The Department of the Army will send 200 soldiers to Mali next month.",
        "expected": {"deployments": [{"actor": "the United States", "count": 200, "unit": "soldiers",
                                      "destination": "Mali", "status": "announced"}]},
    }
    facts = extractor.extract(case["text"], published=case["published"])
    assert case_scores(case, facts)[0]["deployments"].matched == 0
    assert case_scores(without_actors(case), facts)[0]["deployments"].matched == 1
    assert case["expected"]["deployments"][0]["actor"] == "the United States"  # the case itself is left as it was
