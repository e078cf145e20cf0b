"""Hand-built Facts for the tests of merge(): invented sentences, every record grounded in its text."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


class _Text:
    """An article written sentence by sentence; each sentence gives back its span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, sentence: str) -> Span:
        start = self.length
        self.parts.append(sentence + "\n")
        self.length += len(sentence) + 1
        return Span(start=start, end=start + len(sentence), text=sentence)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _sub(span: Span, part: str) -> Span:
    """The span of ``part`` inside ``span``."""
    at = span.text.index(part)
    return Span(start=span.start + at, end=span.start + at + len(part), text=part)


def article(
    ident: str | None = None,
    *,
    published: str | None = None,
    speakers: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    statements: list[tuple[str | None, str, str]] = (),  # type: ignore[assignment]
    deployments: list[dict[str, Any]] = (),  # type: ignore[assignment]
    figures: list[dict[str, Any]] = (),  # type: ignore[assignment]
    dates: list[tuple[str, str]] = (),  # type: ignore[assignment]
    title: str | None = None,
) -> Facts:
    """An article of one sentence per record, and its Facts.

    speakers: (name, title); statements: (speaker, kind, words); deployments: TroopDeployment
    fields; figures: CasualtyFigure fields plus an optional incident ``date``; dates: (text, ISO).
    """
    text = _Text()
    headline = text.add(title or f"Report {ident or ''}".strip())
    speaker_records = []
    for name, role in speakers:
        span = text.add(f"{name} spoke to reporters.")
        speaker_records.append(Speaker(name=name, title=role, spans=[_sub(span, name)]))
    statement_records = []
    for speaker, kind, words in statements:
        who = speaker or "It"
        sentence = f'{who} said: "{words}"' if kind == "direct" else f"{who} said that {words}."
        span = text.add(sentence)
        said = _sub(span, words)
        statement_records.append(Statement(
            speaker=speaker, kind=kind, text=words, cue=_sub(span, "said"), span=said,
            speaker_span=_sub(span, who) if speaker else None, parts=[said]))
    deployment_records = []
    for d in deployments:
        count = f"{d['count']} " if d.get("count") is not None else ""
        where = f" to {d['destination']}" if d.get("destination") else ""
        span = text.add(f"{d.get('actor') or 'They'} sent {count}{d['unit']}{where}, officials said.")
        deployment_records.append(TroopDeployment(
            actor=d.get("actor"), count=d.get("count"), unit=d["unit"], destination=d.get("destination"),
            status=d.get("status", "deploying"), qualifier=d.get("qualifier", "exact"), spans=[span]))
    casualty_records = []
    for f in figures:
        span = text.add(f"In the attack {f['count']} {f['group']} were {f['kind']}.")
        figure = CasualtyFigure(kind=f["kind"], group=f["group"], count=f["count"],
                                qualifier=f.get("qualifier", "exact"),
                                span=_sub(span, f"{f['count']} {f['group']} were {f['kind']}"))
        casualty_records.append(Casualty(figures=[figure], date=f.get("date"), spans=[span]))
    date_records = []
    for words, value in dates:
        span = text.add(f"It happened on {words}.")
        granularity = {4: "year", 7: "month"}.get(len(value), "day")
        date_records.append(DateMention(text=words, value=value, granularity=granularity, span=_sub(span, words)))
    return Facts(
        text=text.text, published=dt.date.fromisoformat(published) if published else None, headline=headline,
        speakers=speaker_records, statements=statement_records, deployments=deployment_records,
        casualties=casualty_records, dates=date_records, id=ident,
    )
