"""Facts as tables: one row per record (per figure for casualties), for pandas and CSV."""

from __future__ import annotations

from typing import Any

from newsfacts.records import Facts

__all__ = ["facts_to_rows", "facts_to_pandas", "flat_rows", "TABLES", "RECORD_NAMES", "CSV_COLUMNS"]

TABLES = ("statements", "speakers", "deployments", "casualties", "dates", "quantities", "entities")


def facts_to_rows(facts: Facts) -> dict[str, list[dict[str, Any]]]:
    """Plain rows per record kind; spans flattened to ``start``/``end`` of the main evidence."""
    return {
        "statements": [
            {"speaker": s.speaker, "kind": s.kind, "text": s.text, "cue": s.cue.text if s.cue else None,
             "start": s.span.start, "end": s.span.end} for s in facts.statements],
        "speakers": [
            {"name": s.name, "title": s.title, "organization": s.organization, "mentions": len(s.spans)}
            for s in facts.speakers],
        "deployments": [
            {"actor": d.actor, "count": d.count, "qualifier": d.qualifier, "unit": d.unit,
             "destination": d.destination, "status": d.status, "start": d.spans[0].start, "end": d.spans[0].end}
            for d in facts.deployments],
        "casualties": [
            {"incident": i + 1, "kind": f.kind, "group": f.group, "count": f.count, "count_max": f.count_max,
             "qualifier": f.qualifier, "date": c.date, "cause": c.cause, "source": c.source,
             "start": f.span.start, "end": f.span.end}
            for i, c in enumerate(facts.casualties) for f in c.figures],
        "dates": [
            {"text": d.text, "value": d.value, "granularity": d.granularity, "start": d.span.start, "end": d.span.end}
            for d in facts.dates],
        "quantities": [
            {"text": q.text, "value": q.value, "unit": q.unit, "qualifier": q.qualifier,
             "start": q.span.start, "end": q.span.end} for q in facts.quantities],
        "entities": [
            {"name": e.name, "label": e.label, "text": e.text, "mentions": len(e.spans)} for e in facts.entities],
    }


def facts_to_pandas(facts: Facts) -> dict[str, Any]:
    """A DataFrame per record kind, with the columns of ``facts_to_rows``."""
    try:
        import pandas as pd
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("Facts.to_pandas() needs pandas: pip install 'newsfacts[pandas]'") from err
    rows = facts_to_rows(facts)
    columns = {kind: list(_columns(kind)) for kind in TABLES}
    return {kind: pd.DataFrame(rows[kind], columns=columns[kind]) for kind in TABLES}


def _columns(kind: str) -> tuple[str, ...]:
    return {
        "statements": ("speaker", "kind", "text", "cue", "start", "end"),
        "speakers": ("name", "title", "organization", "mentions"),
        "deployments": ("actor", "count", "qualifier", "unit", "destination", "status", "start", "end"),
        "casualties": ("incident", "kind", "group", "count", "count_max", "qualifier", "date", "cause", "source",
                       "start", "end"),
        "dates": ("text", "value", "granularity", "start", "end"),
        "quantities": ("text", "value", "unit", "qualifier", "start", "end"),
        "entities": ("name", "label", "text", "mentions"),
    }[kind]


#: The record a row of each table stands for, as the ``record`` column of CSV output names it.
RECORD_NAMES = {"statements": "statement", "speakers": "speaker", "deployments": "deployment",
                "casualties": "casualty", "dates": "date", "quantities": "quantity", "entities": "entity"}


def _csv_columns() -> tuple[str, ...]:
    seen: dict[str, None] = {"record": None, "start": None, "end": None}
    for kind in TABLES:
        seen.update((c, None) for c in _columns(kind))
    return tuple(seen)


#: The columns of CSV output after ``file``: the record, its evidence's offsets, then every
#: table's columns once (a column a record does not have is left empty).
CSV_COLUMNS = _csv_columns()


def flat_rows(facts: Facts) -> list[dict[str, Any]]:
    """Every table's rows as one list, each with its ``record`` name, for CSV."""
    return [{"record": RECORD_NAMES[kind], **row} for kind, rows in facts_to_rows(facts).items() for row in rows]
