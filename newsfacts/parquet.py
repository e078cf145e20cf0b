"""Facts as Parquet tables: one table per record kind, every row keyed by its article.

Needs pyarrow (``pip install 'newsfacts[dask]'`` or ``pip install pyarrow``). Rows are those of
``newsfacts.tables.facts_to_rows`` with the article id in front; speakers and entities,
which have many mentions, carry the offsets of their first. A directory of part files per
kind reads as one table with pandas (``pd.read_parquet(DIR / "statements")``), DuckDB
(``read_parquet('DIR/statements/*.parquet')``) and Spark (``spark.read.parquet(...)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsfacts.records import Facts
from newsfacts.tables import TABLES, facts_to_rows

__all__ = ["KINDS", "COLUMNS", "article_rows", "schema", "write_table", "facts_from_dict"]

#: The tables: one per record kind (casualties: one row per figure), and one row per article.
KINDS = (*TABLES, "articles")

_S, _I, _F = "string", "int64", "float64"
#: Column names and types of every table; ``article_id`` is first in each.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "statements": (("speaker", _S), ("kind", _S), ("text", _S), ("cue", _S), ("start", _I), ("end", _I)),
    "speakers": (("name", _S), ("title", _S), ("organization", _S), ("mentions", _I), ("start", _I), ("end", _I)),
    "deployments": (("actor", _S), ("count", _I), ("qualifier", _S), ("unit", _S), ("destination", _S),
                    ("status", _S), ("start", _I), ("end", _I)),
    "casualties": (("incident", _I), ("kind", _S), ("group", _S), ("count", _I), ("count_max", _I),
                   ("qualifier", _S), ("date", _S), ("cause", _S), ("source", _S), ("start", _I), ("end", _I)),
    "dates": (("text", _S), ("value", _S), ("granularity", _S), ("start", _I), ("end", _I)),
    "quantities": (("text", _S), ("value", _F), ("unit", _S), ("qualifier", _S), ("start", _I), ("end", _I)),
    "entities": (("name", _S), ("label", _S), ("text", _S), ("mentions", _I), ("start", _I), ("end", _I)),
    "articles": (("published", _S), ("headline", _S), ("characters", _I)),
}


def facts_from_dict(data: Mapping[str, Any]) -> Facts:
    """Facts from its JSON form; keys that are not Facts fields (an ``id`` given alongside) are left out."""
    return Facts.model_validate({k: v for k, v in data.items() if k in Facts.model_fields})


def article_rows(article_id: str, facts: Facts) -> dict[str, list[dict[str, Any]]]:
    """The rows of one article for every table of ``KINDS``."""
    rows = facts_to_rows(facts)
    # records with many mentions: the offsets of the first one
    firsts = {"speakers": [s.spans[0] for s in facts.speakers], "entities": [e.spans[0] for e in facts.entities]}
    for kind, spans in firsts.items():
        for row, span in zip(rows[kind], spans, strict=True):
            row["start"], row["end"] = span.start, span.end
    rows["articles"] = [{
        "published": facts.published.isoformat() if facts.published else None,
        "headline": facts.headline.text if facts.headline else None,
        "characters": len(facts.text),
    }]
    return {kind: [{"article_id": article_id, **{c: row.get(c) for c, _ in COLUMNS[kind]}} for row in rows[kind]]
            for kind in KINDS}


def schema(kind: str) -> Any:
    """The pyarrow schema of one table."""
    pa = _pyarrow()
    types = {_S: pa.string(), _I: pa.int64(), _F: pa.float64()}
    return pa.schema([("article_id", pa.string()), *((name, types[t]) for name, t in COLUMNS[kind])])


def write_table(path: Path, kind: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Write rows of one table to one Parquet file, atomically (a reader never sees half a file)."""
    pa, pq = _pyarrow(), _pyarrow_parquet()
    table = pa.Table.from_pylist(list(rows), schema=schema(kind))
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial)
    partial.replace(path)


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("Parquet output needs pyarrow: pip install 'newsfacts[dask]' (or pyarrow)") from err
    return pyarrow


def _pyarrow_parquet() -> Any:
    _pyarrow()
    import pyarrow.parquet

    return pyarrow.parquet
