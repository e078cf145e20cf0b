"""group_stories(): articles that share speakers, days and counts are one story."""

from __future__ import annotations

import json

import pytest

from newsfacts import InvalidInputError, group_stories
from newsfacts.grouping import features, similarity

from .story_builders import article
from .test_story_gold import CORPUS, STORIES, needs_corpus


def _flood(ident: str, published: str = "2024-05-10"):
    return article(ident, published=published, speakers=[("Ana Ruiz", None)],
                   figures=[{"kind": "killed", "group": "people", "count": 41}],
                   dates=[("Thursday", "2024-05-09")])


def _election(ident: str, published: str = "2024-05-10"):
    return article(ident, published=published, speakers=[("Tomas Berg", None)],
                   figures=[{"kind": "injured", "group": "protesters", "count": 17}],
                   dates=[("Sunday", "2024-05-05")])


def test_grouping_features_weigh_speakers_days_and_counts_not_small_counts_or_years():
    found = features(article("a", speakers=[("Ana Ruiz", None), ("the ministry", None)],
                             figures=[{"kind": "killed", "group": "people", "count": 2},
                                      {"kind": "injured", "group": "people", "count": 30}],
                             dates=[("Thursday", "2024-05-09"), ("2019", "2019")]))
    assert set(found) == {"speaker:ana ruiz", "count:30", "day:2024-05-09"}


def test_grouping_similarity_is_shared_weight_over_the_smaller_article():
    assert similarity({"a": 1.0, "b": 1.0}, {"a": 1.0, "b": 1.0, "c": 2.0}) == 1.0
    assert similarity({"a": 1.0, "b": 1.0}, {"c": 1.0}) == 0.0
    assert similarity({}, {"c": 1.0}) == 0.0


def test_grouping_articles_of_one_story_are_grouped_others_apart_in_input_order():
    a, b, c, d = _flood("a"), _election("b"), _flood("c"), _election("d")
    assert [[f.id for f in g] for g in group_stories([a, b, c, d])] == [["a", "c"], ["b", "d"]]


def test_grouping_articles_far_apart_in_time_are_not_one_story():
    a, b = _flood("a", "2024-05-10"), _flood("b", "2024-06-20")
    assert len(group_stories([a, b])) == 2
    assert len(group_stories([a, b], max_days=None)) == 1


def test_grouping_the_threshold_is_the_users_to_set():
    a, b = _flood("a"), _election("b")
    assert len(group_stories([a, b], threshold=0.0)) == 1
    assert len(group_stories([_flood("x"), _flood("y")], threshold=1.0)) == 1


def test_grouping_rejects_bad_options_and_input():
    with pytest.raises(InvalidInputError, match="threshold"):
        group_stories([], threshold=1.5)
    with pytest.raises(InvalidInputError, match="max_days"):
        group_stories([], max_days=-1)
    with pytest.raises(TypeError, match="Facts"):
        group_stories(["text"])  # type: ignore[list-item]
    assert group_stories([]) == []


@needs_corpus
def test_grouping_the_corpus_gives_the_gold_stories_and_no_other(extractor):
    paths = sorted(CORPUS.glob("*.txt"))
    metas = [json.loads(p.with_suffix(".meta.json").read_text(encoding="utf-8")) for p in paths]
    facts = list(extractor.extract_many(
        [(p.read_text(encoding="utf-8"), {"id": m["id"], "published": m["published"]}) for p, m in zip(paths, metas, strict=True)]))
    groups = {frozenset(f.id for f in g) for g in group_stories(facts) if len(g) > 1}
    assert groups == {frozenset(json.loads(s.read_text(encoding="utf-8"))["articles"]) for s in STORIES}
