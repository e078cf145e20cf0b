"""Coverage-guided fuzzing of the cleaning and quotation code with atheris (not run in CI).

    pip install atheris
    python fuzz/fuzz_text.py -atheris_runs=200000          # or -max_total_time=600

Each input is decoded as UTF-8 (lossily) and fed to ``clean`` and ``find_quotations``;
the properties checked are those users rely on: cleaning keeps the length and every line
break, and every quotation lies inside the text with its marks where it says.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["newsfacts"]):
    from newsfacts.cleaning import clean
    from newsfacts.components.statements import find_quotations


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert cleaned.text.count("\n") == text.count("\n")
    for start, end in cleaned.furniture:
        assert 0 <= start <= end <= len(text)
    for q in find_quotations(cleaned.text):
        assert 0 <= q.open < q.close <= len(text)
        assert q.open + 1 <= q.inner_start <= q.inner_end <= q.close


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
