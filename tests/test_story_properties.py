"""Properties of merge() over generated articles: order independence, idempotence, grounding."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.records import Facts
from newsfacts.story import merge

from .story_builders import article

# small pools, so that generated articles share and contradict each other's facts
NAMES = ["Ana Ruiz", "Ruiz", "Tomas Berg", "the army chief", "Lena Berg"]
WORDS = [
    "The convoy will leave the capital at dawn on Friday.",
    "The convoy leaves the capital at dawn on Friday.",
    "We will not withdraw a single soldier from the valley.",
    "the bridge was destroyed before the troops arrived",
]
GROUPS = ["people", "civilians", "soldiers", "Danish troops", "police officers"]

speaker = st.tuples(st.sampled_from(NAMES), st.sampled_from([None, "army chief"]))
statement = st.tuples(st.sampled_from(NAMES + [None]), st.sampled_from(["direct", "indirect"]),
                      st.sampled_from(WORDS))
deployment = st.fixed_dictionaries({
    "actor": st.sampled_from(["Denmark", "Norway", None]),
    "count": st.sampled_from([None, 300, 400, 700]),
    "unit": st.sampled_from(["troops", "soldiers", "battalion"]),
    "destination": st.sampled_from([None, "Latvia", "eastern Latvia", "Estonia"]),
    "status": st.sampled_from(["announced", "deploying", "en_route", "standby", "withdrawn"]),
})
figure = st.fixed_dictionaries({
    "kind": st.sampled_from(["killed", "injured"]),
    "group": st.sampled_from(GROUPS),
    "count": st.sampled_from([3, 4, 12, 20, 28]),
    "qualifier": st.sampled_from(["exact", "at_least", "more_than"]),
    "date": st.sampled_from([None, "2024-03-01", "2024-03-02"]),
})
date = st.sampled_from([("Friday", "2024-03-01"), ("March 2", "2024-03-02"), ("2023", "2023")])


@st.composite
def articles(draw: st.DrawFn) -> list[Facts]:
    count = draw(st.integers(min_value=1, max_value=4))
    out = []
    for i in range(count):
        published = draw(st.sampled_from([None, "2024-03-02", "2024-03-03"]))
        names = draw(st.lists(speaker, max_size=3, unique_by=lambda s: s[0]))
        out.append(article(
            f"a{i}", published=published, speakers=names,
            statements=draw(st.lists(statement, max_size=3)),
            deployments=draw(st.lists(deployment, max_size=3)),
            figures=draw(st.lists(figure, max_size=4)),
            dates=draw(st.lists(date, max_size=2)),
        ))
    return out


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles(), st.randoms(use_true_random=False))
def test_story_is_the_same_for_any_order_of_the_articles(facts: list[Facts], random):
    shuffled = list(facts)
    random.shuffle(shuffled)
    assert merge(shuffled) == merge(facts)


@SETTINGS
@given(articles())
def test_story_merging_its_sources_again_gives_the_same_story(facts: list[Facts]):
    story = merge(facts)
    assert merge(facts + facts) == story
    assert merge(facts + facts[:1]) == story


@SETTINGS
@given(articles())
def test_story_every_mention_is_grounded_in_its_own_article(facts: list[Facts]):
    story = merge(facts)
    texts = {f.id: f.text for f in facts}
    for source, span in story.mention_spans():
        assert texts[source][span.start:span.end] == span.text


@SETTINGS
@given(articles())
def test_story_keeps_every_record_of_every_article(facts: list[Facts]):
    """Nothing is lost: each article's records are all among the mentions, once."""
    story = merge(facts)
    assert sum(len(s.mentions) for s in story.statements) == sum(len(f.statements) for f in facts)
    assert sum(len(d.mentions) for d in story.deployments) == sum(len(f.deployments) for f in facts)
    assert sum(len(c.mentions) for c in story.casualties) == sum(
        len(c.figures) for f in facts for c in f.casualties)
    assert sum(len(s.mentions) for s in story.speakers) == sum(len(f.speakers) for f in facts)


@SETTINGS
@given(articles())
def test_story_conflicts_name_only_its_sources_and_real_differences(facts: list[Facts]):
    story = merge(facts)
    ids = {s.id for s in story.sources}
    for difference in [*story.conflicts, *story.updates]:
        assert len({str(v.value) for v in difference.values}) >= 2
        assert all(set(v.sources) <= ids for v in difference.values)
        listing = {"statement": story.statements, "deployment": story.deployments, "casualty": story.casualties}
        assert 0 <= difference.index < len(listing[difference.fact])
    for update in story.updates:
        published = {s.id: s.published or dt.date.max for s in story.sources}
        first, last = update.values[0], update.values[-1]
        assert max(published[s] for s in first.sources) < min(published[s] for s in last.sources)
