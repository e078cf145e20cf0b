"""Pass rate per construction class on the held-out statement cases.

    python benchmarks/heldout.py [CASES_JSON]    # default: tests/fixtures/heldout/statements.json

Each case is a short news text written without reference to the rules, with its expected
facts in gold format; it passes when ``assert_facts_match(extract(text, published=...),
expected, kinds=case kinds)`` passes. Prints one row per class and a total; with
``--failures`` also the diff of every failing case.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from newsfacts import Extractor
from newsfacts.testing import assert_facts_match

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "heldout" / "statements.json"


def run_case(extractor: Extractor, case: dict[str, object]) -> str | None:
    """None when the case passes, else the readable diff."""
    facts = extractor.extract(str(case["text"]), published=case.get("published"))  # type: ignore[arg-type]
    try:
        assert_facts_match(facts, dict(case["expected"], id=case["id"]), kinds=case["kinds"])  # type: ignore[call-overload]
    except AssertionError as err:
        return str(err)
    return None


def main(argv: list[str]) -> int:
    show = "--failures" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    cases = json.loads(path.read_text(encoding="utf-8"))
    extractor = Extractor()
    passed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        diff = run_case(extractor, case)
        cell = passed[str(case["class"])]
        cell[0] += diff is None
        cell[1] += 1
        if diff is not None and show:
            print(f"--- {case['id']} ({case['class']})\n{diff}\n")
    print(f"{'class':32s} {'passed':>8s}  rate")
    for name in sorted(passed, key=lambda n: (int(n.split()[0]) if n.split()[0].isdigit() else 99, n)):
        ok, total = passed[name]
        print(f"{name:32s} {ok:>3d}/{total:<4d} {ok / total:5.2f}")
    ok = sum(c[0] for c in passed.values())
    total = sum(c[1] for c in passed.values())
    print(f"{'all':32s} {ok:>3d}/{total:<4d} {ok / total:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
