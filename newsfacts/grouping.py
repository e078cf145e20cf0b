"""Articles into stories: ``group_stories(facts_list)`` clusters the articles that tell one story.

Each article is reduced to weighted features — the speakers it names, the places, the
days, the counts of its casualty and deployment figures — each weighed up by how rare it
is among the articles given, and two articles are linked when the weight of what they
share, over the weight of the smaller article's features, reaches ``threshold`` and
their publication dates are at most ``max_days`` apart. A story
is a set of articles linked directly or through each other. ``docs/stories.md`` gives
the weights.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from newsfacts import _matching as m
from newsfacts.errors import InvalidInputError
from newsfacts.records import Facts

__all__ = ["group_stories", "features", "similarity", "rarities", "DEFAULT_THRESHOLD", "DEFAULT_MAX_DAYS", "WEIGHTS"]

#: Articles whose similarity reaches this are one story.
DEFAULT_THRESHOLD = 0.4
#: Articles published further apart than this many days are never one story (None: no limit).
DEFAULT_MAX_DAYS = 3
#: The weight of each kind of feature.
WEIGHTS = {"speaker": 2.0, "place": 1.0, "day": 2.0, "month": 0.5, "count": 1.5}
#: Counts below this say too little to link articles ("two soldiers").
_MIN_COUNT = 3
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def features(facts: Facts) -> dict[str, float]:
    """The weighted features of one article: ``{"speaker:jens stoltenberg": 2.0, "count:700": 1.5, ...}``.

    - speakers named by a proper name (not "the ministry"), by their name;
    - places: entities labelled GPE, LOC or FAC;
    - dates: each day mentioned, and (at a lower weight) each month; years say too little;
    - counts: the counts of casualty figures and deployments, from three up.
    """
    out: dict[str, float] = {}
    for speaker in facts.speakers:
        if not m.is_description(speaker.name):
            out[f"speaker:{m.name_key(speaker.name)}"] = WEIGHTS["speaker"]
    for entity in facts.entities:
        if entity.label in _PLACE_LABELS:
            out[f"place:{m.name_key(entity.name)}"] = WEIGHTS["place"]
    for date in facts.dates:
        if date.granularity == "day":
            out[f"day:{date.value}"] = WEIGHTS["day"]
        elif date.granularity == "month":
            out[f"month:{date.value}"] = WEIGHTS["month"]
    counts = [f.count for c in facts.casualties for f in c.figures]
    counts += [d.count for d in facts.deployments if d.count is not None]
    for count in counts:
        if count >= _MIN_COUNT:
            out[f"count:{count}"] = WEIGHTS["count"]
    return out


def similarity(a: dict[str, float], b: dict[str, float], rarity: dict[str, float] | None = None) -> float:
    """The weight of the features two articles share over the total weight of the smaller one's (0–1).

    ``rarity`` multiplies each feature's weight (see ``rarities``); none: 1.
    """
    if not a or not b:
        return 0.0

    def weight(features: dict[str, float], keys: Iterable[str]) -> float:
        return sum(features[k] * (rarity or {}).get(k, 1.0) for k in keys)

    shared = weight(a, (k for k in a if k in b))
    return shared / min(weight(a, a), weight(b, b))


def rarities(found: list[dict[str, float]]) -> dict[str, float]:
    """How rare each feature is among the articles: ``1 + ln((1 + n) / (1 + articles with it))``.

    A place every article names ("Iraq" in a feed about Iraq) links articles less than a
    day or a count that two of them share.
    """
    counts: dict[str, int] = {}
    for features_ in found:
        for key in features_:
            counts[key] = counts.get(key, 0) + 1
    n = len(found)
    return {key: 1.0 + math.log((1 + n) / (1 + c)) for key, c in counts.items()}


def _near(a: dt.date | None, b: dt.date | None, max_days: int | None) -> bool:
    return max_days is None or a is None or b is None or abs((a - b).days) <= max_days


def group_stories(
    facts_list: Iterable[Facts],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    max_days: int | None = DEFAULT_MAX_DAYS,
) -> list[list[Facts]]:
    """Cluster articles into stories, each a list of Facts ready for ``newsfacts.merge``.

    Every article is in exactly one group (an article like no other is a group of one).
    Groups and the articles in them keep the input order (by first article). Raises
    ``newsfacts.InvalidInputError`` for a threshold outside 0–1 or negative days.
    """
    if not 0.0 <= threshold <= 1.0:
        raise InvalidInputError(f"threshold must be between 0 and 1, not {threshold}")
    if max_days is not None and max_days < 0:
        raise InvalidInputError(f"max_days must be 0 or more, not {max_days}")
    articles = list(facts_list)
    for facts in articles:
        if not isinstance(facts, Facts):
            raise TypeError(f"group_stories() takes Facts (from extract()), not {type(facts).__name__}")
    found = [features(f) for f in articles]
    rarity = rarities(found)
    # union-find over the links
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if _near(articles[i].published, articles[j].published, max_days) \
                    and similarity(found[i], found[j], rarity) >= threshold:
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[Facts]] = {}
    for i, facts in enumerate(articles):
        groups.setdefault(root(i), []).append(facts)
    return list(groups.values())
