"""Gold facts: one parametrised test over every gold fixture.

Fixtures are ``ID.txt`` + ``ID.gold.json`` pairs under ``tests/fixtures``, plus the two
seed articles of the shared corpus where it sits beside the checkout.
"""

from pathlib import Path

import pytest

from newsfacts.testing import assert_facts_match, load_gold

from .conftest import FIXTURES, SHARED_CORPUS

SEEDS = ["seed-aa-nato-kosovo", "seed-trt-nato-kosovo"]
CASES = sorted(FIXTURES.glob("*.gold.json"))
if SHARED_CORPUS.is_dir():
    CASES += [SHARED_CORPUS / f"{seed}.gold.json" for seed in SEEDS]


def _text(gold_path: Path) -> str:
    return gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("gold_path", CASES, ids=lambda p: Path(p).name.replace(".gold.json", ""))
def test_gold_article(extractor, gold_path):
    gold = load_gold(gold_path)
    facts = extractor.extract(_text(gold_path), published=gold.get("published"))
    assert_facts_match(facts, gold)


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="shared corpus not beside the checkout")
def test_gold_seed_details(extractor):
    text = (SHARED_CORPUS / "seed-aa-nato-kosovo.txt").read_text(encoding="utf-8")
    facts = extractor.extract(text, published="2023-06-01")
    (troops,) = [d for d in facts.deployments if d.count == 700]
    assert (troops.actor, troops.destination) == ("NATO", "Kosovo") and len(troops.spans) >= 2
    (incident,) = facts.casualties
    assert incident.injured == {"NATO soldiers": 30, "civilians": 53}
    assert [f.qualifier for f in incident.figures] == ["at_least", "more_than"]
    (speaker,) = facts.speakers
    assert speaker.name == "Jens Stoltenberg" and speaker.title
    cues = {s.speaker_span.text for s in facts.statements if s.speaker_span is not None}
    assert {"he", "He"} <= cues
    assert {s.speaker for s in facts.statements} == {"Jens Stoltenberg", "hospital sources"}
    assert {(d.text, d.value) for d in facts.dates} >= {("Thursday", "2023-06-01")}


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="shared corpus not beside the checkout")
def test_gold_nothing_from_page_furniture(extractor):
    text = (SHARED_CORPUS / "seed-trt-nato-kosovo.txt").read_text(encoding="utf-8")
    facts = extractor.extract(text, published="2023-06-01")
    explore = text.index("\nExplore\n")
    assert all(span.start < explore for span in facts.spans())
    assert not any("Trump" in (s.speaker or "") for s in facts.statements)
    assert not any(f.count == 19 for c in facts.casualties for f in c.figures)
    assert all("Related" not in s.text for s in facts.statements)
