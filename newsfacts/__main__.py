"""``python -m newsfacts [FILE ...]``: print the facts of each article as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsfacts.extractor import extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsfacts", description="Extract grounded facts from news articles.")
    parser.add_argument("paths", nargs="*", help="text files to read; none or '-' reads standard input")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD")
    parser.add_argument("--model", help="spaCy pipeline name or directory")
    args = parser.parse_args(argv)
    status = 0
    for path in args.paths or ["-"]:
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8", errors="replace")
            facts = extract(text, published=args.published, model=args.model)
        except (OSError, ValueError) as err:
            print(f"newsfacts: {path}: {err}", file=sys.stderr)
            status = 1
            continue
        print(facts.model_dump_json(indent=2))
    return status


if __name__ == "__main__":
    sys.exit(main())
