"""The records newsfacts returns: frozen pydantic models, each grounded in the text.

Every record carries [`Span`][newsfacts.records.Span] objects, character offsets into the text given to
[`extract`][newsfacts.extract], so that ``text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Span",
    "Entity",
    "Speaker",
    "Statement",
    "TroopDeployment",
    "CasualtyFigure",
    "Casualty",
    "DateMention",
    "Quantity",
    "Facts",
    "SCHEMA_VERSION",
    "facts_schema",
    "Qualifier",
    "DeploymentStatus",
    "HarmKind",
    "StatementKind",
    "Granularity",
]

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "less_than"]
DeploymentStatus = Literal[
    "announced", "deploying", "en_route", "arrived", "stationed", "standby", "withdrawn"
]
HarmKind = Literal["killed", "injured", "missing"]
StatementKind = Literal["direct", "indirect"]
Granularity = Literal["year", "month", "day"]


#: The version of the Facts JSON layout; it changes when a field is renamed, removed or
#: changes meaning (a new optional field keeps it). Carried by every Facts.
SCHEMA_VERSION: Literal["1"] = "1"


class Record(BaseModel):
    """Base of every record: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Span(Record):
    """A stretch of the input text: the evidence for a record."""

    start: int = Field(ge=0)
    """Offset of the first character, into the text given to `extract`."""
    end: int = Field(ge=0)
    """Offset one past the last character."""
    text: str
    """The characters themselves: `text[start:end]` of the input."""

    @model_validator(mode="after")
    def _check_bounds(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end is before its start")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text does not have the length its offsets give")
        return self


class Entity(Record):
    """A named entity, with every place the article mentions it."""

    text: str
    """The fullest form of the mention as written."""
    label: str
    """spaCy's entity label (PERSON, ORG, GPE, NORP, LOC, ...), corrected where the article says better."""
    name: str
    """Canonical name: the full name of a person ("Jens Stoltenberg" for "Stoltenberg")."""
    spans: list[Span]
    """Every mention, in text order."""


class Speaker(Record):
    """A person or named body the article quotes or reports as saying something."""

    name: str
    """The fullest form of the name in the article."""
    title: str | None = None
    """Title or role as the article gives it ("NATO Secretary General"), else None."""
    organization: str | None = None
    """The organisation the title belongs to, else None."""
    spans: list[Span]
    """Mentions of the speaker that attribute statements, in text order."""


class Statement(Record):
    """One act of saying: a quotation or reported speech, attributed to its speaker."""

    speaker: str | None
    """The speaker's name as in `Facts.speakers`, or the source's own words ("hospital sources")."""
    kind: StatementKind
    """`direct` for words in quotation marks, `indirect` for reported speech."""
    text: str
    """The words said: the quotation without its marks, or the reported clause without "that"."""
    cue: Span | None
    """The speech verb or phrase ("said", "according to")."""
    span: Span
    """The whole evidence: from the first to the last word said."""
    speaker_span: Span | None
    """The words in this sentence that name the speaker ("he", "the NATO chief"), if any."""
    parts: list[Span] = Field(default_factory=list)
    """For a quotation split by its attribution, each quoted part; else the one span of the text."""


class TroopDeployment(Record):
    """Troops, police or military units sent, on their way, held ready, stationed or withdrawn."""

    actor: str | None
    """Who sends or holds them ("NATO", "the United States")."""
    count: int | None
    """Number of people (or units) when given."""
    unit: str
    """What is deployed as written: "troops", "battalion", "peacekeepers"."""
    destination: str | None
    """Where to (or where stationed), else None."""
    status: DeploymentStatus
    """How far the deployment has got."""
    qualifier: Qualifier = "exact"
    """How the count is hedged ("about 3,500" → about)."""
    spans: list[Span]
    """Every sentence part that reports this deployment."""


class CasualtyFigure(Record):
    """One number of people harmed in one way."""

    kind: HarmKind
    """killed, injured or missing."""
    group: str
    """Who was harmed ("NATO soldiers", "civilians", "people")."""
    count: int
    """How many; for a range ("between 20 and 30") its lower bound."""
    qualifier: Qualifier = "exact"
    """How the count is hedged ("at least 30" → at_least; a range → at_least)."""
    count_max: int | None = None
    """The upper bound of a range ("20 to 30" → 30), else None."""
    span: Span
    """The words that give the figure."""

    def __str__(self) -> str:
        return f"{self.group} {self.kind} {self.count} {self.qualifier}"


class Casualty(Record):
    """The casualty figures of one incident."""

    figures: list[CasualtyFigure]
    """The figures, in text order; a repeated figure appears once."""
    cause: str | None = None
    """What caused the harm, when stated ("shock bombs and tear gas")."""
    source: str | None = None
    """Who gave the figures, when stated ("hospital sources")."""
    date: str | None = None
    """ISO date of the incident ("killed ... on Sunday"): the date mention in the
    sentences that give the figures, else in the sentence just before them; None when
    the article gives none, or those sentences give different dates. With no day, a year
    or month that names the harm's event ("the 2015 attack, which killed 130", "killed in
    the crash in 2017") is the date. The start of a period ("since the war began in March
    2003") and the day a toll was counted ("the toll rose to 64 on Thursday") are not the
    incident's date."""
    spans: list[Span]
    """The sentences that give the figures."""

    @property
    def counts(self) -> dict[tuple[str, HarmKind], int]:
        """(group, kind) → count, the first figure of each: ``{("civilians", "killed"): 2,
        ("civilians", "injured"): 40}``; one group both killed and injured keeps both."""
        out: dict[tuple[str, HarmKind], int] = {}
        for figure in self.figures:
            out.setdefault((figure.group, figure.kind), figure.count)
        return out

    def _of_kind(self, kind: HarmKind) -> dict[str, int]:
        return {group: count for (group, k), count in self.counts.items() if k == kind}

    @property
    def killed(self) -> dict[str, int]:
        """Group → number killed: ``{"civilians": 2}``."""
        return self._of_kind("killed")

    @property
    def injured(self) -> dict[str, int]:
        """Group → number injured: ``{"civilians": 40}``."""
        return self._of_kind("injured")

    @property
    def missing(self) -> dict[str, int]:
        """Group → number missing."""
        return self._of_kind("missing")


class DateMention(Record):
    """A calendar date the article mentions, resolved against the publication date."""

    text: str
    """The mention as written ("Thursday", "February 2022")."""
    value: str
    """ISO value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
    granularity: Granularity
    """year, month or day: how much of `value` the text gives."""
    span: Span
    """Where the mention is."""


class Quantity(Record):
    """A number with its unit, as the article gives it."""

    text: str
    """The number as written, without its qualifier ("2,600", "seven hundred")."""
    value: float
    """Its value (2600.0, 700.0)."""
    unit: str | None
    """Unit name ("kilometre", "dollar", "percentage"), None for a bare count."""
    qualifier: Qualifier = "exact"
    """How the number is hedged ("more than 2,600" → more_than)."""
    span: Span
    """Where the number is."""


class Facts(Record):
    """Everything newsfacts found in one article."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    """The version of this JSON layout (see `newsfacts schema`); JSON of another version fails validation."""
    id: str | None = None
    """The article's identifier as the caller gave it (the file path in the command line), else None."""
    url: str | None = None
    """The article's address, given by the caller or read from the web page, else None."""
    title: str | None = None
    """The article's title, given by the caller or read from the web page, else None. A title
    given apart means the text is all body, save a first line that repeats the title."""
    source: str | None = None
    """Who published the article (a site or agency name), given by the caller or read from the web page."""
    text: str
    """The input text; every span points into it."""
    published: dt.date | None = None
    """Publication date, given or found in the text."""
    language: str | None = None
    """The text's language (ISO 639-1, "en"), None when too short to tell; any other than
    "en" came with a `NotEnglishWarning`."""
    headline: Span | None = None
    """The line taken as the headline, else None: the first line that is not page furniture or
    a date line, unless it reads as body (a dateline opens it, it is a whole sentence ending in
    a full stop, or it is longer than a headline) or a `title` was given that it does not repeat."""
    dateline: Span | None = None
    """The place dateline ("OSLO, Norway"), else the date line ("June 1, 2023")."""
    entities: list[Entity] = Field(default_factory=list)
    """Named entities, one per canonical name and label, in order of first mention."""
    speakers: list[Speaker] = Field(default_factory=list)
    """People and named bodies who speak, in order of first statement."""
    statements: list[Statement] = Field(default_factory=list)
    """Direct and reported speech, in text order."""
    deployments: list[TroopDeployment] = Field(default_factory=list)
    """Troop deployments, one per deployment, in order of first mention."""
    casualties: list[Casualty] = Field(default_factory=list)
    """Casualty figures, one record per incident, in text order."""
    dates: list[DateMention] = Field(default_factory=list)
    """Calendar dates, one per mention, in text order."""
    quantities: list[Quantity] = Field(default_factory=list)
    """Numbers with units and qualifiers, in text order."""

    def _repr_html_(self) -> str:
        """The article with its facts highlighted, for notebooks."""
        from newsfacts.render import render

        return render(self)

    def to_pandas(self) -> dict[str, Any]:
        """One pandas DataFrame per record kind (needs the ``pandas`` extra)."""
        from newsfacts.tables import facts_to_pandas

        return facts_to_pandas(self)

    def spans(self) -> list[Span]:
        """Every span of every record, for checks of grounding."""
        out: list[Span] = [s for s in (self.headline, self.dateline) if s is not None]
        for e in self.entities:
            out.extend(e.spans)
        for sp in self.speakers:
            out.extend(sp.spans)
        for st in self.statements:
            out.append(st.span)
            out.extend(st.parts)
            out.extend(s for s in (st.cue, st.speaker_span) if s is not None)
        for d in self.deployments:
            out.extend(d.spans)
        for c in self.casualties:
            out.extend(c.spans)
            out.extend(f.span for f in c.figures)
        out.extend(d.span for d in self.dates)
        out.extend(q.span for q in self.quantities)
        return out


def facts_schema() -> dict[str, Any]:
    """The JSON Schema of [`Facts`][newsfacts.records.Facts], with ``$schema`` and a versioned ``$id``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:newsfacts:schema:facts:{SCHEMA_VERSION}",
        **Facts.model_json_schema(),
    }
