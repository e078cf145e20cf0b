"""One story, many reports: the facts of several articles merged, with sources and conflicts.

``merge([facts_a, facts_b, ...])`` returns a ``Story``: each fact once, with the ids
of the articles that report it and, in ``mentions``, each article's own record with its
spans. Where the articles give the same fact different values, the fact takes one value
and a ``Conflict`` lists every value with its sources; where a later article's toll
replaces an earlier one's, an ``Update`` says so instead. ``docs/stories.md`` gives
the rules that make two facts the same.

The result depends only on the set of articles: any order of the inputs, and any article
given twice, give the same story.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from pydantic import Field

from newsfacts import _matching as m
from newsfacts.errors import InvalidInputError
from newsfacts.records import (
    CasualtyFigure,
    DateMention,
    DeploymentStatus,
    Facts,
    Granularity,
    HarmKind,
    Qualifier,
    Record,
    Span,
    Speaker,
    Statement,
    StatementKind,
    TroopDeployment,
)

__all__ = [
    "merge",
    "Story",
    "Source",
    "Mention",
    "CasualtyMention",
    "Value",
    "Conflict",
    "Update",
    "StorySpeaker",
    "StoryStatement",
    "StoryDeployment",
    "StoryCasualty",
    "StoryDate",
    "SAME_WORDS",
    "SAME_WORDS_OTHER_SPEAKER",
    "MAX_COUNT_RATIO",
]

#: Two statements of one speaker are one act of saying from this text similarity (0–100) up.
SAME_WORDS = 70.0
#: Two statements of different speakers are the same words (a conflict of speaker) from here up.
SAME_WORDS_OTHER_SPEAKER = 90.0
#: Two different counts of the same group can be one figure only when the larger is at most this many times the smaller.
MAX_COUNT_RATIO = 3.0

FactKind = Literal["statement", "deployment", "casualty"]
R = TypeVar("R", Speaker, Statement, TroopDeployment, DateMention)


# --- records -------------------------------------------------------------------------

class Source(Record):
    """One article of the story."""

    id: str
    """The article's id: `Facts.id`, else ``article-`` and the start of the text's SHA-1."""
    title: str | None = None
    """The article's title, else its headline."""
    url: str | None = None
    """Where it was published, when known."""
    publisher: str | None = None
    """Who published it, when known."""
    published: dt.date | None = None
    """Publication date, when known."""


class Mention(Record, Generic[R]):
    """One article's own record of a merged fact, with its spans into that article."""

    source: str
    """The id of the article (see `Story.sources`)."""
    record: R
    """The record as that article's extraction gave it."""


class CasualtyMention(Record):
    """One article's casualty figure, with what its incident record says around it."""

    source: str
    """The id of the article."""
    record: CasualtyFigure
    """The figure as that article gave it."""
    date: str | None = None
    """The incident's date in that article, when stated."""
    cause: str | None = None
    """The incident's cause in that article, when stated."""
    spans: list[Span] = Field(default_factory=list)
    """The sentences of that article that give the incident's figures."""


class Value(Record):
    """One of the values the articles give a field, with the articles that give it."""

    value: str | int | None
    """The value as the articles give it ("at least 30", "Kosovo", "en_route")."""
    sources: list[str]
    """Ids of the articles that give this value."""


class Conflict(Record):
    """A fact the articles give with different values."""

    fact: FactKind
    """Which list of the story the fact is in."""
    index: int
    """Its position in that list."""
    field: str
    """The field that differs: count, qualifier, destination, status, date or speaker."""
    values: list[Value]
    """Every value with its sources; the fact shows the one most sources give."""
    summary: str
    """One line for people: the fact and the values with their sources."""
    consistent: bool = False
    """Whether all the values can be true at once: counts whose hedges overlap
    ("at least 12" and "more than 24"); never for other fields."""


class Update(Record):
    """A value that a later article gives in place of an earlier one (a toll that rose)."""

    fact: FactKind
    """Which list of the story the fact is in."""
    index: int
    """Its position in that list."""
    field: str
    """The field that changed: count, qualifier or status."""
    values: list[Value]
    """The values in order of publication; the last is the one the fact shows."""
    summary: str
    """One line for people."""


class StorySpeaker(Record):
    """A person or body that speaks in one or more of the articles."""

    name: str
    """The fullest form of the name any article gives."""
    title: str | None = None
    """The title most articles give, else None."""
    organization: str | None = None
    """The organisation most articles give, else None."""
    names: list[str]
    """Every form of the name the articles give."""
    sources: list[str]
    """Ids of the articles in which the speaker speaks."""
    mentions: list[Mention[Speaker]]
    """Each article's speaker record."""


class StoryStatement(Record):
    """One act of saying, in one or more wordings."""

    speaker: str | None
    """The speaker, by the story's name for them."""
    kind: StatementKind
    """`direct` when any article quotes the words."""
    text: str
    """The first direct wording, else the first reported one."""
    sources: list[str]
    """Ids of the articles that report it."""
    mentions: list[Mention[Statement]]
    """Each article's statement record: direct wordings first."""


class StoryDeployment(Record):
    """One deployment, as one or more articles report it."""

    actor: str | None
    """Who sends or holds the troops."""
    count: int | None
    """Number of people (or units); see `Story.conflicts` when the articles differ."""
    qualifier: Qualifier = "exact"
    """How the count is hedged."""
    unit: str
    """What is deployed, as most articles write it."""
    destination: str | None
    """Where to: the most specific place the articles agree on."""
    status: DeploymentStatus
    """How far it has got: the furthest stage any article reports on the forward course."""
    sources: list[str]
    """Ids of the articles that report it."""
    mentions: list[Mention[TroopDeployment]]
    """Each article's deployment record."""


class StoryCasualty(Record):
    """One casualty figure (a group harmed in one way in one incident), as one or more articles give it."""

    kind: HarmKind
    """killed, injured or missing."""
    group: str
    """Who was harmed, in the fullest wording."""
    count: int
    """How many: the figure most articles give, or the latest of an update."""
    qualifier: Qualifier = "exact"
    """How the count is hedged."""
    date: str | None = None
    """The incident's date when an article states it."""
    sources: list[str]
    """Ids of the articles that give the figure."""
    mentions: list[CasualtyMention]
    """Each article's figure."""


class StoryDate(Record):
    """A calendar date that one or more articles mention."""

    value: str
    """ISO value."""
    granularity: Granularity
    """year, month or day."""
    texts: list[str]
    """Every way the articles write it."""
    sources: list[str]
    """Ids of the articles that mention it."""
    mentions: list[Mention[DateMention]]
    """Every mention, article by article."""


class Story(Record):
    """The merged facts of several articles about one story."""

    sources: list[Source] = Field(default_factory=list)
    """The articles, earliest publication first (then by id)."""
    speakers: list[StorySpeaker] = Field(default_factory=list)
    """People and bodies who speak, in order of first appearance."""
    statements: list[StoryStatement] = Field(default_factory=list)
    """Acts of saying, each with every wording."""
    deployments: list[StoryDeployment] = Field(default_factory=list)
    """Troop deployments, each once."""
    casualties: list[StoryCasualty] = Field(default_factory=list)
    """Casualty figures, each once."""
    dates: list[StoryDate] = Field(default_factory=list)
    """Calendar dates, each value once."""
    conflicts: list[Conflict] = Field(default_factory=list)
    """Facts the articles give with different values."""
    updates: list[Update] = Field(default_factory=list)
    """Values a later article gives in place of an earlier one's."""

    def mention_spans(self) -> list[tuple[str, Span]]:
        """Every span of every mention with the id of the article it points into."""
        out: list[tuple[str, Span]] = []
        for sp in self.speakers:
            out.extend((x.source, s) for x in sp.mentions for s in x.record.spans)
        for st in self.statements:
            for x in st.mentions:
                r = x.record
                spans = [r.span, *r.parts, *(s for s in (r.cue, r.speaker_span) if s is not None)]
                out.extend((x.source, s) for s in spans)
        for d in self.deployments:
            out.extend((x.source, s) for x in d.mentions for s in x.record.spans)
        for c in self.casualties:
            for cm in c.mentions:
                out.extend((cm.source, s) for s in (cm.record.span, *cm.spans))
        for date in self.dates:
            out.extend((x.source, x.record.span) for x in date.mentions)
        return out

    def _repr_html_(self) -> str:
        """The merged facts with their sources, for notebooks."""
        from newsfacts.render import render_story

        return render_story(self)


# --- articles ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Article:
    source: Source
    facts: Facts


def _source(facts: Facts) -> Source:
    """The article's identity: its own id, else one made from its text."""
    ident = facts.id or "article-" + hashlib.sha1(facts.text.encode("utf-8")).hexdigest()[:10]
    title = facts.title or (facts.headline.text if facts.headline is not None else None)
    return Source(id=ident, title=title, url=facts.url, publisher=facts.source, published=facts.published)


def _articles(facts_list: Iterable[Facts]) -> list[_Article]:
    """The distinct articles in a canonical order: earliest publication first, then by id.

    An article given twice counts once; two different texts under one id are an error.
    """
    by_id: dict[str, _Article] = {}
    for facts in facts_list:
        if not isinstance(facts, Facts):
            raise TypeError(f"merge() takes Facts (from extract()), not {type(facts).__name__}")
        article = _Article(_source(facts), facts)
        seen = by_id.get(article.source.id)
        if seen is None:
            by_id[article.source.id] = article
        elif seen.facts != facts:
            raise InvalidInputError(f"two different articles have the id {article.source.id!r}")
    return sorted(by_id.values(), key=lambda a: (a.source.published or dt.date.max, a.source.id))


# --- clustering ----------------------------------------------------------------------

T = TypeVar("T")


def _cluster(per_article: Sequence[Sequence[T]], score: Callable[[T, T], float | None], *,
             minimum: float = -math.inf) -> list[list[tuple[int, T]]]:
    """Group the records of several articles so that each group holds one fact.

    Articles are taken in canonical order. Each record of an article may join a group
    only when no record already in it rules the pair out (score None); its score is its
    best score against them, and must reach ``minimum``. Best pairs are placed first, at
    most one record per article in a group; a record that matches two groups equally
    well is kept apart rather than guessed; the rest start new groups.
    """
    clusters: list[list[tuple[int, T]]] = []
    for a, records in enumerate(per_article):
        candidates: list[tuple[float, int, int]] = []
        for i, record in enumerate(records):
            for c, cluster in enumerate(clusters):
                if any(src == a for src, _ in cluster):
                    continue
                scores = [score(other, record) for _, other in cluster]
                best = max((s for s in scores if s is not None), default=None)
                if best is not None and None not in scores and best >= minimum:
                    candidates.append((best, i, c))
        # best pairs first; ties broken by text order, then group order, for determinism
        candidates.sort(key=lambda x: (-x[0], x[1], x[2]))
        placed: set[int] = set()  # records that joined a group
        decided: set[int] = set()  # records that joined one or were kept apart
        taken: set[int] = set()  # groups that took a record of this article
        for s, i, c in candidates:
            if i in decided or c in taken:
                continue
            decided.add(i)
            rivals = [c2 for s2, i2, c2 in candidates if i2 == i and s2 == s and c2 not in taken]
            if len(rivals) > 1:
                continue  # ambiguous: two facts fit equally well
            placed.add(i)
            taken.add(c)
            clusters[c].append((a, records[i]))
        clusters.extend([(a, r)] for i, r in enumerate(records) if i not in placed)
    return clusters


# --- values, conflicts and updates ---------------------------------------------------

@dataclass(frozen=True)
class _Difference:
    field: str
    values: list[Value]
    update: bool
    consistent: bool = False


def _settle(field: str, values: Sequence[tuple[Hashable, str]], published: dict[str, dt.date | None], *,
            updatable: bool) -> tuple[Any, _Difference | None]:
    """One value for a field from (value, source) pairs, and the difference, if any.

    With one distinct value, that value. When the values differ and ``updatable`` holds,
    a value whose every source was published after every source of the other values is
    an update: the later value is kept. Otherwise the value most sources give (the first
    in canonical order on a tie) is kept, and the difference is a conflict.
    """
    grouped: dict[Hashable, list[str]] = {}
    for value, source in values:
        grouped.setdefault(value, [])
        if source not in grouped[value]:
            grouped[value].append(source)
    if not grouped:
        return None, None
    if len(grouped) == 1:
        return next(iter(grouped)), None
    dates = {s: d for s, d in published.items() if d is not None}
    if updatable and all(s in dates for ss in grouped.values() for s in ss):
        spans = {v: (min(dates[s] for s in ss), max(dates[s] for s in ss)) for v, ss in grouped.items()}
        order = sorted(grouped, key=lambda v: spans[v])
        latest = order[-1]
        if all(spans[latest][0] > spans[v][1] for v in order[:-1]):
            return latest, _Difference(field, [_value(v, grouped[v]) for v in order], update=True)
    chosen = max(grouped, key=lambda v: len(grouped[v]))  # max() keeps the first of equals
    return chosen, _Difference(field, [_value(v, ss) for v, ss in grouped.items()], update=False,
                               consistent=_consistent(list(grouped)))


def _consistent(values: list[Hashable]) -> bool:
    """Whether hedged counts ((count, qualifier) pairs) can all be true at once."""
    if not all(isinstance(v, tuple) for v in values):
        return False
    ranges = [m.count_range(*v) for v in values]  # type: ignore[misc]
    return max(low for low, _ in ranges) <= min(high for _, high in ranges)


def _value(value: Hashable, sources: list[str]) -> Value:
    shown = value if value is None or isinstance(value, (str, int)) else _count_text(*value)  # type: ignore[misc]
    return Value(value=shown, sources=sources)


def _count_text(count: int, qualifier: str) -> str:
    words = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to ",
             "less_than": "less than "}
    return f"{words.get(qualifier, '')}{count:,}"


def _most_common(values: Iterable[str | None], *, longest: bool = False) -> str | None:
    """The value most often given (the longest first when asked), ties to the first seen."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    key = (lambda v: (len(m.words(v)), counts[v])) if longest else (lambda v: (counts[v], 0))
    return max(counts, key=key)


# --- speakers ------------------------------------------------------------------------

def _merge_speakers(articles: list[_Article]) -> tuple[list[StorySpeaker], dict[tuple[str, str], str]]:
    """Speakers by name; and, per article, each speaker's name → the story's name.

    Full names are matched first; a short name or a role then joins the one person it
    fits, and stays apart when it fits two ("Kowalczyk" with Maria and Piotr Kowalczyk).
    """
    def score(x: Speaker, y: Speaker) -> int | None:
        return m.speaker_score(x.name, x.title, y.name, y.title)

    clusters = _cluster([[s for s in a.facts.speakers if _full_name(s.name)] for a in articles], score, minimum=1)
    for a, article in enumerate(articles):
        for short in (s for s in article.facts.speakers if not _full_name(s.name)):
            scores = {i: max(score(o, short) or 0 for _, o in c)
                      for i, c in enumerate(clusters) if all(src != a for src, _ in c)}
            best = max(scores.values(), default=0)
            fits = [i for i, value in scores.items() if value == best]
            if best >= 1 and len(fits) == 1:
                clusters[fits[0]].append((a, short))
            else:
                clusters.append([(a, short)])
    # in order of first appearance: earliest article, then place in that article
    clusters.sort(key=lambda c: min((a, articles[a].facts.speakers.index(s)) for a, s in c))
    speakers: list[StorySpeaker] = []
    who: dict[tuple[str, str], str] = {}
    for cluster in clusters:
        records = [(articles[a].source.id, s) for a, s in cluster]
        # the fullest proper name; a role ("the NATO chief") only when no article names the speaker
        roles = {m.name_key(s.title) for _, s in records if s.title}
        named = [s.name for _, s in records if m.name_key(s.name) not in roles] or [s.name for _, s in records]
        name = _most_common(named, longest=True) or records[0][1].name
        for source, s in records:
            who[(source, s.name)] = name
        speakers.append(StorySpeaker(
            name=name,
            title=_most_common(s.title for _, s in records),
            organization=_most_common(s.organization for _, s in records),
            names=sorted({s.name for _, s in records}),
            sources=[src for src, _ in records],
            mentions=[Mention[Speaker](source=src, record=s) for src, s in records],
        ))
    return speakers, who


def _full_name(name: str) -> bool:
    """A name of two words or more that is not a description ("Jens Stoltenberg", not "the NATO chief")."""
    return len(name.split()) >= 2 and not m.is_description(name)


# --- statements ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Said:
    speaker: str | None
    record: Statement


def _statement_score(x: _Said, y: _Said) -> float | None:
    """The same act of saying: the same speaker and alike words, or nearly the same words."""
    similarity = m.text_similarity(x.record.text, y.record.text)
    if x.speaker is None or y.speaker is None:
        return similarity if similarity >= SAME_WORDS_OTHER_SPEAKER else None
    if m.name_key(x.speaker) == m.name_key(y.speaker):
        return similarity if similarity >= SAME_WORDS else None
    # different speakers of the same words: one act, with a conflict of speaker
    long_enough = min(len(m.words(x.record.text)), len(m.words(y.record.text))) >= 6
    return similarity - 100 if similarity >= SAME_WORDS_OTHER_SPEAKER and long_enough else None


def _merge_statements(articles: list[_Article], who: dict[tuple[str, str], str]
                      ) -> tuple[list[StoryStatement], list[tuple[int, _Difference]]]:
    per_article = [[_Said(who.get((a.source.id, st.speaker), st.speaker) if st.speaker else None, st)
                    for st in a.facts.statements] for a in articles]
    published = {a.source.id: a.source.published for a in articles}
    out: list[StoryStatement] = []
    differences: list[tuple[int, _Difference]] = []
    for cluster in _cluster(per_article, _statement_score):
        said = [(articles[a].source.id, x) for a, x in cluster]
        # the direct wordings first, then the reported ones, each in article order
        said.sort(key=lambda p: p[1].record.kind != "direct")
        speaker, difference = _settle("speaker", [(x.speaker, src) for src, x in said if x.speaker],
                                      published, updatable=False)
        if difference is not None:
            differences.append((len(out), difference))
        first = said[0][1].record
        out.append(StoryStatement(
            speaker=speaker, kind=first.kind, text=first.text,
            sources=_in_order([src for src, _ in said], articles),
            mentions=[Mention[Statement](source=src, record=x.record) for src, x in said],
        ))
    return out, differences


def _in_order(sources: list[str], articles: list[_Article]) -> list[str]:
    rank = {a.source.id: i for i, a in enumerate(articles)}
    return sorted(set(sources), key=rank.__getitem__)


# --- deployments ---------------------------------------------------------------------

def _deployment_score(x: TroopDeployment, y: TroopDeployment) -> float | None:
    """One deployment: the same actor and kind of unit, and the same count or destination.

    - actors must agree where both are given, units must be of one class;
    - equal counts make one deployment even where the destinations differ (a conflict);
    - where one count is not given, the destinations must agree;
    - different counts are one deployment only with the same destination, a status on the
      same course and at most ``MAX_COUNT_RATIO`` between them (a conflict of count).
    """
    if x.actor and y.actor and m.name_key(x.actor) != m.name_key(y.actor):
        return None
    if m.unit_key(x.unit) != m.unit_key(y.unit):
        return None
    actor = 1 if x.actor and y.actor else 0
    place = m.place_score(x.destination, y.destination)
    if x.count is not None and x.count == y.count:
        return 6 + actor + (place or 0)
    if x.count is None or y.count is None:
        return None if place is None else 3 + actor + place
    same_course = x.status == y.status or (m.course_rank(x.status) is not None and m.course_rank(y.status) is not None)
    if place == 2 and same_course and m.count_ratio(x.count, y.count) <= MAX_COUNT_RATIO:
        return 1 + actor
    return None


def _merge_deployments(articles: list[_Article]) -> tuple[list[StoryDeployment], list[tuple[int, _Difference]]]:
    published = {a.source.id: a.source.published for a in articles}
    out: list[StoryDeployment] = []
    differences: list[tuple[int, _Difference]] = []
    for cluster in _cluster([a.facts.deployments for a in articles], _deployment_score):
        records = [(articles[a].source.id, d) for a, d in cluster]
        found: list[_Difference | None] = []
        count, diff = _settle("count", [((d.count, d.qualifier), s) for s, d in records if d.count is not None],
                              published, updatable=True)
        found.append(diff)
        destination, diff = _destination(records, published)
        found.append(diff)
        status, diff = _status(records, published)
        found.append(diff)
        differences.extend((len(out), d) for d in found if d is not None)
        out.append(StoryDeployment(
            actor=_most_common(d.actor for _, d in records),
            count=count[0] if count else None,
            qualifier=count[1] if count else "exact",
            unit=_most_common(d.unit for _, d in records) or records[0][1].unit,
            destination=destination, status=status,
            sources=[s for s, _ in records],
            mentions=[Mention[TroopDeployment](source=s, record=d) for s, d in records],
        ))
    return out, differences


def _destination(records: list[tuple[str, TroopDeployment]], published: dict[str, dt.date | None]
                 ) -> tuple[str | None, _Difference | None]:
    """The most specific destination when all agree ("northern Kosovo" over "Kosovo"), else a conflict."""
    given = [(d.destination, s) for s, d in records if d.destination]
    places = [p for p, _ in given]
    if all(m.place_score(a, b) is not None for a in places for b in places):
        return _most_common(places, longest=True), None
    value, diff = _settle("destination", [(m.name_key(p), s) for p, s in given], published, updatable=False)
    # show the places as written: the first wording of each
    written = {m.name_key(p): p for p, _ in reversed(given)}
    assert diff is not None
    diff = _Difference(diff.field, [Value(value=written[str(v.value)], sources=v.sources) for v in diff.values],
                       diff.update)
    return written[value], diff


def _status(records: list[tuple[str, TroopDeployment]], published: dict[str, dt.date | None]
            ) -> tuple[DeploymentStatus, _Difference | None]:
    """The furthest stage on the forward course when every status is on it, else settled (a later withdrawal is an update)."""
    statuses = [d.status for _, d in records]
    ranks = [m.course_rank(s) for s in statuses]
    if all(r is not None for r in ranks):
        return max(statuses, key=lambda s: m.course_rank(s) or 0), None
    status, diff = _settle("status", [(d.status, s) for s, d in records], published, updatable=True)
    return status, diff


# --- casualties ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Figure:
    record: CasualtyFigure
    group: m.GroupKey
    date: str | None
    cause: str | None
    spans: tuple[Span, ...]
    places: tuple[str, ...]


#: Entity labels that name the places of an incident.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _figures(facts: Facts) -> list[_Figure]:
    return [_Figure(f, m.group_key(f.group), c.date, c.cause, tuple(c.spans), _places(facts, c.spans))
            for c in facts.casualties for f in c.figures]


def _places(facts: Facts, spans: Sequence[Span]) -> tuple[str, ...]:
    """The places named in an incident's sentences (its entities labelled GPE, LOC or FAC)."""
    return tuple(sorted({m.name_key(e.name) for e in facts.entities if e.label in _PLACE_LABELS
                         for mention in e.spans for s in spans if s.start <= mention.start < s.end}))


def _casualty_score(x: _Figure, y: _Figure) -> float | None:
    """One figure: the same kind of harm to the same group in the same incident.

    - the kinds must be equal and the groups match (see ``group_score``);
    - equal counts match, a generic group ("people") included; different incident dates
      then make a conflict of date (and, like places apart, a weaker match);
    - different counts match only for the same class of people with the same modifiers,
      no different incident dates, no incident places apart (``places_agree``)
      and at most ``MAX_COUNT_RATIO`` between them; the closer the counts, the better.
    """
    a, b = x.record, y.record
    if a.kind != b.kind:
        return None
    group = m.group_score(x.group, y.group)
    if group is None:
        return None
    # the closeness of the groups ranks first, then that of the counts (2 equal … 0 at the limit)
    dates_differ = x.date is not None and y.date is not None and x.date != y.date
    elsewhere = not m.places_agree(x.places, y.places)
    if a.count == b.count:
        return 10 * group + 2 - (1 if dates_differ else 0) - (1 if elsewhere else 0)
    ratio = m.count_ratio(a.count, b.count)
    if group < 2 or dates_differ or elsewhere or ratio > MAX_COUNT_RATIO:
        return None
    return 10 * group + 1 - math.log(ratio) / math.log(MAX_COUNT_RATIO)


def _merge_casualties(articles: list[_Article]) -> tuple[list[StoryCasualty], list[tuple[int, _Difference]]]:
    published = {a.source.id: a.source.published for a in articles}
    out: list[StoryCasualty] = []
    differences: list[tuple[int, _Difference]] = []
    for cluster in _cluster([_figures(a.facts) for a in articles], _casualty_score):
        figures = [(articles[a].source.id, f) for a, f in cluster]
        pairs = [((f.record.count, f.record.qualifier), s) for s, f in figures]
        counts = {c for (c, _), _ in pairs}
        field = "count" if len(counts) > 1 else "qualifier"
        (count, qualifier), diff = _settle(field, pairs, published, updatable=True)
        if diff is not None:
            differences.append((len(out), diff))
        date, diff = _settle("date", [(f.date, s) for s, f in figures if f.date], published, updatable=False)
        if diff is not None:
            differences.append((len(out), diff))
        out.append(StoryCasualty(
            kind=figures[0][1].record.kind,
            group=_most_common((f.record.group for _, f in figures), longest=True) or figures[0][1].record.group,
            count=count, qualifier=qualifier, date=date,
            sources=[s for s, _ in figures],
            mentions=[CasualtyMention(source=s, record=f.record, date=f.date, cause=f.cause, spans=list(f.spans))
                      for s, f in figures],
        ))
    return out, differences


# --- dates ---------------------------------------------------------------------------

def _merge_dates(articles: list[_Article]) -> list[StoryDate]:
    """Dates by ISO value: every mention of one value is one date."""
    grouped: dict[str, list[tuple[str, DateMention]]] = {}
    for article in articles:
        for d in article.facts.dates:
            grouped.setdefault(d.value, []).append((article.source.id, d))
    return [StoryDate(
        value=value, granularity=mentions[0][1].granularity,
        texts=list(dict.fromkeys(d.text for _, d in mentions)),
        sources=list(dict.fromkeys(s for s, _ in mentions)),
        mentions=[Mention[DateMention](source=s, record=d) for s, d in mentions],
    ) for value, mentions in grouped.items()]


# --- the story -----------------------------------------------------------------------

def _describe(kind: FactKind, fact: StoryStatement | StoryDeployment | StoryCasualty) -> str:
    if isinstance(fact, StoryStatement):
        text = fact.text if len(fact.text) <= 60 else fact.text[:57] + "..."
        return f"statement \u201c{text}\u201d"
    if isinstance(fact, StoryDeployment):
        return " ".join(x for x in ("deployment:", fact.actor, fact.unit, fact.destination and f"to {fact.destination}") if x)
    return f"casualties: {fact.group} {fact.kind}"


def _record_differences(kind: FactKind, facts: Sequence[StoryStatement | StoryDeployment | StoryCasualty],
                        differences: list[tuple[int, _Difference]]) -> tuple[list[Conflict], list[Update]]:
    conflicts: list[Conflict] = []
    updates: list[Update] = []
    for index, diff in differences:
        shown = " / ".join(f"{v.value} ({', '.join(v.sources)})" for v in diff.values)
        if diff.update:
            summary = f"{_describe(kind, facts[index])}: {diff.field} updated " + " \u2192 ".join(
                f"{v.value} ({', '.join(v.sources)})" for v in diff.values)
            updates.append(Update(fact=kind, index=index, field=diff.field, values=diff.values, summary=summary))
        else:
            summary = f"{_describe(kind, facts[index])}: {diff.field} differs: {shown}"
            if diff.consistent:
                summary += " (all can be true)"
            conflicts.append(Conflict(fact=kind, index=index, field=diff.field, values=diff.values,
                                      summary=summary, consistent=diff.consistent))
    return conflicts, updates


def merge(facts_list: Iterable[Facts]) -> Story:
    """Merge the facts of several articles about one story into a ``Story``.

    Each fact appears once with the ids of the articles that report it and each
    article's own record (with its spans); facts the articles give with different
    values are listed in ``Story.conflicts``, later tolls that replace earlier ones in
    ``Story.updates``. The result is the same for any order of ``facts_list`` and for an
    article given more than once. No articles give an empty story.

    Raises ``TypeError`` for an item that is not ``newsfacts.Facts`` and
    ``newsfacts.InvalidInputError`` for two different articles with one id.
    """
    articles = _articles(facts_list)
    speakers, who = _merge_speakers(articles)
    statements, said_differences = _merge_statements(articles, who)
    deployments, deployment_differences = _merge_deployments(articles)
    casualties, casualty_differences = _merge_casualties(articles)
    conflicts: list[Conflict] = []
    updates: list[Update] = []
    for kind, facts, differences in (
        ("statement", statements, said_differences),
        ("deployment", deployments, deployment_differences),
        ("casualty", casualties, casualty_differences),
    ):
        found = _record_differences(kind, facts, differences)  # type: ignore[arg-type]
        conflicts.extend(found[0])
        updates.extend(found[1])
    return Story(
        sources=[a.source for a in articles], speakers=speakers, statements=statements,
        deployments=deployments, casualties=casualties, dates=_merge_dates(articles),
        conflicts=conflicts, updates=updates,
    )
