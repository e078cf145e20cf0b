"""Every span of every record points at the words it claims to."""

from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT, SHARED_CORPUS

TEXTS = sorted(FIXTURES.glob("*.txt")) + [ROOT / "examples" / "article.txt"]
if SHARED_CORPUS.is_dir():
    TEXTS += sorted(SHARED_CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: Path(p).stem)
def test_grounding_every_span_is_its_text(extractor, path):
    text = Path(path).read_text(encoding="utf-8")
    facts = extractor.extract(text)
    spans = facts.spans()
    assert spans, "no records at all"
    for span in spans:
        assert text[span.start : span.end] == span.text
