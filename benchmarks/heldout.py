"""Pass rate per construction class on held-out cases written apart from the rules.

    python benchmarks/heldout.py [CASES.json ...] [--failures] [--mark] [--any-actor]

With ``--mark``, each file given is written back with ``known_failure`` (the first problem)
on every failing case and without it on every passing one, so that the strict expected
failures of ``tests/test_heldout.py`` follow the rules as they are now.

With ``--any-actor``, the F1 table scores deployments with the gold's senders left out
(count, or unit where uncounted, must still agree): how much of the loss is the way a
sender is named ("the Bundeswehr" / "Germany"), where held-out writers differ.

With no file, every file in ``tests/fixtures/heldout/`` (statements and events).
Prints the pass rate per class, then precision, recall and F1 per kind over all records
of the cases, then how often the details the matcher leaves aside (a deployment's status and
destination, a casualty's qualifier) agree on matched pairs (each case scored on its own ``kinds``, as ``newsfacts eval`` scores an article).

Each file is a JSON list of cases: ``id``, ``class``, ``published``, ``text``, ``kinds``
and ``expected`` in the gold format of ``docs/evaluation.md``. A case passes when
:func:`newsfacts.testing.assert_facts_match` passes for its gold kinds and the details
the gold format does not score agree too: each expected quantity (``text``, ``value``)
is found, and a casualty's ``count_max`` and ``date`` are those of the matching figure.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from newsfacts import extract
from newsfacts.evaluation import Score, compare
from newsfacts.testing import assert_facts_match

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "heldout"

#: The kinds the gold matcher scores; others are checked by :func:`detail_problems`.
GOLD_KINDS = ("statements", "speakers", "deployments", "casualties", "dates")


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """The cases of one held-out file."""
    cases: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return cases


def case_problems(case: Mapping[str, Any], run: Callable[..., Any] = extract) -> list[str]:
    """What is wrong with newsfacts' output on one case; empty when it passes."""
    return facts_problems(case, run(case["text"], published=case.get("published")))


def facts_problems(case: Mapping[str, Any], facts: Any) -> list[str]:
    """What is wrong with ``facts``, extracted from one case's text; empty when they pass."""
    kinds = [k for k in case["kinds"] if k in GOLD_KINDS]
    gold = {"id": case["id"], **case["expected"]}
    problems: list[str] = []
    if kinds:
        try:
            assert_facts_match(facts, gold, kinds=kinds)
        except AssertionError as err:
            problems.append(str(err))
    return problems + detail_problems(facts, case["expected"])


def detail_problems(facts: Any, expected: Mapping[str, Any]) -> list[str]:
    """Quantities by text and value; casualty figures' ``count_max`` and ``date``."""
    problems: list[str] = []
    got_q = [(q.text, q.value) for q in facts.quantities]
    for q in expected.get("quantities", []):
        if not any(value == q["value"] and (q["text"] in text or text in q["text"]) for text, value in got_q):
            problems.append(f"  missing quantity: {q['text']!r} = {q['value']} (got {got_q})")
    figures = [(c, f) for c in facts.casualties for f in c.figures]
    for want in expected.get("casualties", []):
        # the figure of that kind and count, one whose group shares a word with the gold's first
        # ("a pensioner died ... a cyclist was killed": two figures of one)
        same = [(c, f) for c, f in figures if f.kind == want["kind"] and f.count == want["count"]]
        words = set(str(want.get("group", "")).lower().split())
        match = next(((c, f) for c, f in same if words & set(f.group.lower().split())), same[0] if same else None)
        if match is None:
            continue  # the gold matcher reports it
        casualty, figure = match
        count_max = getattr(figure, "count_max", None)
        if "count_max" in want and count_max != want["count_max"]:
            problems.append(f"  count_max of {want['kind']} {want['count']}: {count_max} != {want['count_max']}")
        if "date" in want and casualty.date != want["date"]:
            problems.append(f"  date of {want['kind']} {want['count']}: {casualty.date} != {want['date']}")
    return problems


def first_problem(problems: list[str]) -> str:
    """The line of a case's problems that names its first wrong record."""
    lines = [line.strip() for p in problems for line in p.splitlines()]
    return next((line for line in lines if not line.startswith("facts of ")), lines[0])


def write_cases(path: str | Path, cases: list[dict[str, Any]]) -> None:
    """A held-out file in the fixtures' layout (one-space indent, UTF-8, final newline)."""
    Path(path).write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def case_scores(case: Mapping[str, Any], facts: Any) -> tuple[dict[str, Score], dict[str, tuple[int, int]]]:
    """Per gold kind the case checks: matched, predicted and gold records; and per detail
    scored on matched pairs (a deployment's status and destination ...): (agree, pairs)."""
    kinds = [k for k in case["kinds"] if k in GOLD_KINDS]
    compared = compare(facts, {"id": case["id"], **case["expected"]}, kinds)
    details = {name: pair for c in compared.values() for name, pair in c.details.items()}
    return {kind: c.score for kind, c in compared.items()}, details


def without_actors(case: Mapping[str, Any]) -> dict[str, Any]:
    """``case`` with its expected deployments' senders left out (any sender then matches)."""
    expected = dict(case["expected"])
    if "deployments" in expected:
        expected["deployments"] = [{**d, "actor": None} for d in expected["deployments"]]
    return {**case, "expected": expected}


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("--")] or sorted(map(str, HELDOUT.glob("*.json")))
    show = "--failures" in argv
    mark = "--mark" in argv
    any_actor = "--any-actor" in argv
    passed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    scores: dict[str, Score] = defaultdict(Score)
    agreed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path in paths:
        cases = load_cases(path)
        for case in cases:
            facts = extract(case["text"], published=case.get("published"))
            problems = facts_problems(case, facts)
            case.pop("known_failure", None)
            if problems:
                case["known_failure"] = first_problem(problems)
            kind_scores, details = case_scores(without_actors(case) if any_actor else case, facts)
            for kind, score in kind_scores.items():
                scores[kind] += score
            for name, (agree, pairs) in details.items():
                agreed[name][0] += agree
                agreed[name][1] += pairs
            tally = passed[case["class"]]
            tally[0] += not problems
            tally[1] += 1
            if problems and show:
                print(f"FAIL {case['id']} [{case['class']}]\n" + "\n".join(problems))
        if mark:
            write_cases(path, cases)

    def order(name: str) -> tuple[int, str]:
        head = name.split()[0]
        return (int(head), name) if head.isdigit() else (10**6, name)

    print(f"{'class':50} passed")
    total = [0, 0]
    for name in sorted(passed, key=order):
        ok, n = passed[name]
        total[0] += ok
        total[1] += n
        print(f"{name:50} {ok}/{n}")
    print(f"{'all':50} {total[0]}/{total[1]} = {total[0] / max(1, total[1]):.2f}")
    print(f"\n{'kind':14} {'P':>6} {'R':>6} {'F1':>6}   matched/pred/gold")
    for kind in GOLD_KINDS:
        if kind in scores:
            sc = scores[kind]
            print(f"{kind:14} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f}   {sc.matched}/{sc.predicted}/{sc.gold}")
    print(f"\n{'field (matched pairs)':24} agree")
    for name, (agree, pairs) in sorted(agreed.items()):
        print(f"{name:24} {agree / pairs if pairs else 0.0:6.3f}   {agree}/{pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
