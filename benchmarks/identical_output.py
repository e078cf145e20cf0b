"""Write or check the JSON of every article newsfacts is measured on, to prove a change kept
every output byte for byte (a speed-up must not change what is extracted).

    python benchmarks/identical_output.py write OUT.jsonl [CORPUS_DIR]
    python benchmarks/identical_output.py check OUT.jsonl [CORPUS_DIR]

The articles: every ``*.txt`` of the corpus (``published`` from its ``.meta.json``), every
``*.txt`` fixture under ``tests/fixtures`` and every held-out case's text; one line each,
``{"name": ..., "json": Facts.model_dump_json()}``. ``check`` prints the names whose JSON
differs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import newsfacts

ROOT = Path(__file__).resolve().parents[1]


def _published(txt: Path) -> str | None:
    meta = txt.with_suffix(".meta.json")
    if meta.is_file():
        value = json.loads(meta.read_text(encoding="utf-8")).get("published")
        return value if isinstance(value, str) else None
    return None


def articles(corpus: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, text, options) for every article checked."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    for directory in (corpus, ROOT / "tests" / "fixtures"):
        for txt in sorted(directory.glob("*.txt")):
            out.append((f"{directory.name}/{txt.name}", txt.read_text(encoding="utf-8"),
                        {"published": _published(txt)}))
    for cases in sorted((ROOT / "tests" / "fixtures" / "heldout").glob("*.json")):
        for i, case in enumerate(json.loads(cases.read_text(encoding="utf-8"))):
            out.append((f"heldout/{cases.name}#{i}", case["text"], {"published": case.get("published")}))
    return out


def outputs(corpus: Path) -> dict[str, str]:
    items = articles(corpus)
    facts = newsfacts.extract_many(((text, options) for _, text, options in items), batch_size=16)
    return {name: f.model_dump_json() for (name, _, _), f in zip(items, facts, strict=True)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("write", "check"))
    parser.add_argument("file", type=Path)
    default = ROOT.parent / "shared" / "corpus"
    parser.add_argument("corpus", nargs="?", type=Path, default=default)
    args = parser.parse_args()
    now = outputs(args.corpus)
    if args.mode == "write":
        with args.file.open("w", encoding="utf-8") as f:
            for name, text in now.items():
                f.write(json.dumps({"name": name, "json": text}) + "\n")
        print(f"wrote {len(now)} articles to {args.file}")
        return 0
    before = {}
    for line in args.file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        before[row["name"]] = row["json"]
    differ = sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))
    for name in differ:
        print("differs:", name)
    print(f"{len(now) - len(differ)} of {len(before.keys() | now.keys())} articles identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
