"""merge() against gold stories: two reports of one day, written up by hand from their gold files.

A gold story (``tests/fixtures/stories/*.story.json``) names two articles of the shared
corpus and says which of their gold facts are one fact, which of those conflict, and
which speakers and dates they share. Two checks:

- the merge logic: the two gold files turned into records and merged must give exactly
  the gold story (shared facts, conflicts, updates);
- the whole path: the two articles extracted and merged. Extraction misses and adds facts
  (it is improved elsewhere), so only extracted figures that stand for a gold entry are
  judged, speakers, statements, deployments and casualties alike: every fact merge()
  makes of them must be a gold one (no invented merge), at least :data:`EXTRACTED_RECALL`
  of the gold facts whose mentions were all extracted must be found, and those found
  must have the gold story's conflict and no other.

Skipped when the shared corpus is not beside the checkout.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from newsfacts import evaluation, extract
from newsfacts.records import (
    Casualty,
    CasualtyFigure,
    DateMention,
    Facts,
    Span,
    Speaker,
    Statement,
    TroopDeployment,
)
from newsfacts.story import Story, merge

from .conftest import FIXTURES, ROOT

STORIES = sorted((FIXTURES / "stories").glob("*.story.json"))
#: The corpus beside the checkout (or beside the folder of worktrees).
CORPUS = next((p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
              ROOT.parent / "shared" / "corpus")
#: Share of the gold story's shared facts, all of whose mentions were extracted, that merging the
#: extractions must find (extracted records can differ from gold in other fields).
EXTRACTED_RECALL = 0.75

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not beside the checkout")


def _load(path: Path) -> dict[str, Any]:
    story: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return story


def _meta(article: str) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((CORPUS / f"{article}.meta.json").read_text(encoding="utf-8"))
    return meta


def _empty(at: int) -> Span:
    """A gold record has no evidence: an empty span, placed at its entry's index so records stay distinct."""
    return Span(start=at, end=at, text="")


def gold_facts(article: str) -> Facts:
    """An article's gold file as records: one casualty record per gold figure, empty spans."""
    text = (CORPUS / f"{article}.txt").read_text(encoding="utf-8")
    gold = json.loads((CORPUS / f"{article}.gold.json").read_text(encoding="utf-8"))
    return Facts(
        id=article, text=text, published=dt.date.fromisoformat(gold["published"]),
        speakers=[Speaker(name=s["name"], title=s.get("title"), organization=s.get("organization"),
                          spans=[_empty(i)]) for i, s in enumerate(gold["speakers"])],
        statements=[Statement(speaker=s["speaker"], kind=s["kind"], text=s["text"], cue=None,
                              span=_empty(i), speaker_span=None) for i, s in enumerate(gold["statements"])],
        deployments=[TroopDeployment(actor=d["actor"], count=d["count"], unit=d["unit"],
                                     destination=d["destination"], status=d["status"], spans=[_empty(i)])
                     for i, d in enumerate(gold["deployments"])],
        casualties=[Casualty(figures=[CasualtyFigure(kind=c["kind"], group=c["group"], count=c["count"],
                                                     qualifier=c["qualifier"], span=_empty(i))], spans=[])
                    for i, c in enumerate(gold["casualties"])],
        dates=[DateMention(text=d["text"], value=d["value"], granularity=_granularity(d["value"]), span=_empty(i))
               for i, d in enumerate(gold["dates"])],
    )


def _granularity(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


def _entries(mentions: dict[str, Any]) -> frozenset[tuple[str, int]]:
    return frozenset((source, m["entry"]) for source, m in mentions.items())


def _shared(facts: list[Any], entry: Any) -> set[frozenset[tuple[str, int]]]:
    """The facts of a story given by two articles or more, as sets of (article, gold entry)."""
    return {frozenset((x.source, entry(x)) for x in f.mentions) for f in facts if len(f.sources) > 1}


# --- the merge logic, on the gold files ----------------------------------------------

@needs_corpus
@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_story_merge_of_gold_files_gives_the_gold_story(path: Path):
    gold = _load(path)
    story = merge([gold_facts(a) for a in gold["articles"]])

    casualties = _shared(story.casualties, lambda x: x.record.span.start)
    assert casualties == {_entries(c["mentions"]) for c in gold["casualties"]}
    speakers = _shared(story.speakers, lambda x: x.record.spans[0].start)
    assert speakers == {_entries(s["mentions"]) for s in gold["speakers"]}
    deployments = _shared(story.deployments, lambda x: x.record.spans[0].start)
    assert deployments == {_entries(d["mentions"]) for d in gold["deployments"]}
    # statements: a paraphrase (other words, another name of the speaker) is beyond the rules
    # (see docs/stories.md); every other gold pair must be found, and nothing else
    statements = _shared(story.statements, lambda x: x.record.span.start)
    assert statements <= {_entries(s["mentions"]) for s in gold["statements"]}
    assert statements >= {_entries(s["mentions"]) for s in gold["statements"] if not s.get("paraphrase")}
    assert {(d.value, tuple(d.sources)) for d in story.dates if len(d.sources) > 1} == {
        (d["value"], tuple(d["sources"])) for d in gold["dates"]}

    found = {(c.fact, _conflict_entries(story, c.index), c.field, c.consistent) for c in story.conflicts}
    expected = {("casualty", _entries(c["mentions"]), c["conflict"], c["consistent"])
                for c in gold["casualties"] if c["conflict"]}
    expected |= {("deployment", _entries(d["mentions"]), d["conflict"], False)
                 for d in gold["deployments"] if d.get("conflict")}
    assert found == expected
    assert [u.model_dump() for u in story.updates] == gold["updates"]


def _conflict_entries(story: Story, index: int) -> frozenset[tuple[str, int]]:
    return frozenset((x.source, x.record.span.start) for x in story.casualties[index].mentions)


# --- the whole path, on the extractions ----------------------------------------------

#: Per kind: the story's list of merged facts.
KINDS = {
    "speakers": lambda story: story.speakers,
    "statements": lambda story: story.statements,
    "deployments": lambda story: story.deployments,
    "casualties": lambda story: story.casualties,
}


def _records(facts: Facts, kind: str) -> list[Any]:
    """An article's records of a kind, in the order the scorer flattens them."""
    if kind == "casualties":
        return [f for c in facts.casualties for f in c.figures]
    records: list[Any] = getattr(facts, kind)
    return records


@functools.cache
def _extract(article: str) -> Facts:
    meta = _meta(article)
    text = (CORPUS / f"{article}.txt").read_text(encoding="utf-8")
    return extract(text, published=meta["published"], id=article, source=meta.get("publisher"))


def _to_gold(facts: Facts, kind: str) -> dict[int, int]:
    """Extracted record (by position) → the gold entry it stands for, aligned as the scorer aligns them."""
    gold = json.loads((CORPUS / f"{facts.id}.gold.json").read_text(encoding="utf-8"))
    flatten, similarity = evaluation._MATCHERS[kind]

    predicted, entries = flatten(facts.model_dump(mode="json")), flatten(gold)
    # where two gold entries read the same ("one soldier killed" twice), the n-th record takes the n-th entry
    where = {id(x): i / len(xs) for xs in (predicted, entries) for i, x in enumerate(xs)}

    def closest(p: dict[str, Any], g: dict[str, Any]) -> float:
        # the scorer's match, ties broken by how alike all the fields read, then by place in the text
        base = similarity(p, g)
        if not base:
            return 0.0
        return base * (1 + evaluation.token_f1(_fields(p), _fields(g))) - 1e-6 * abs(where[id(p)] - where[id(g)])

    return dict(evaluation._align(predicted, entries, closest))


def _fields(item: dict[str, Any]) -> str:
    return " ".join(str(v) for k, v in item.items() if k != "optional" and v is not None)


@needs_corpus
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_story_merge_of_extractions_agrees_with_the_gold_story(path: Path, kind: str):
    gold = _load(path)
    facts = [_extract(a) for a in gold["articles"]]
    to_gold = {f.id: _to_gold(f, kind) for f in facts}
    records = {f.id: _records(f, kind) for f in facts}
    story = merge(facts)
    pairs = {_entries(c["mentions"]): c for c in gold[kind]}

    # the facts merge() made of two or more mentions that all stand for gold entries
    made: dict[frozenset[tuple[str, int]], int] = {}
    for index, fact in enumerate(KINDS[kind](story)):
        known = [(x.source, to_gold[x.source].get(records[x.source].index(x.record))) for x in fact.mentions]
        if len(known) > 1 and all(entry is not None for _, entry in known):
            made[frozenset(known)] = index  # type: ignore[arg-type]
    assert set(made) <= set(pairs), "merge() joined facts that the gold story keeps apart"

    reachable = [p for p in pairs if not pairs[p].get("paraphrase")
                 and all(e in to_gold[s].values() for s, e in p)]
    found = [p for p in reachable if p in made]
    assert len(found) >= EXTRACTED_RECALL * len(reachable), (len(found), len(reachable))
    fact_kind = {"statements": "statement", "deployments": "deployment", "casualties": "casualty"}.get(kind)
    for pair in found:
        conflicts = [c.field for c in story.conflicts if c.fact == fact_kind and c.index == made[pair]]
        assert conflicts == ([pairs[pair]["conflict"]] if pairs[pair].get("conflict") else [])
