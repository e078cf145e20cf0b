"""Output directories that a batch run fills article by article, and resumes.

Each article is written under its id as soon as its Facts arrive, so that a run that is
stopped (killed, crashed, out of time) and started again over the same inputs extracts only
the articles not yet written: none is lost, none is done twice.

``json``
    ``DIR/<id>.json``, one file per article, each written whole (temporary name, then rename).
``jsonl``
    ``DIR/facts-00000.jsonl``, ... shards of ``shard_size`` lines, one article per line with
    its ``id``; each line is flushed as it is written, and a half-written last line (the
    run was killed inside it) is cut off when the run resumes.
``parquet``
    ``DIR/<kind>/part-00000.parquet``, ... for every table of ``newsfacts.parquet.KINDS``,
    one part per shard of ``shard_size`` articles. Articles of the shard being filled wait
    in ``DIR/pending.jsonl`` (flushed per article); a shard's ``articles`` part is written
    last and marks the shard as done.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from newsfacts.errors import InvalidInputError

__all__ = ["Output", "open_output", "FORMATS", "DEFAULT_SHARD_SIZE"]

FORMATS = ("json", "jsonl", "parquet")
DEFAULT_SHARD_SIZE = 1000
FactsDict = Mapping[str, Any]


class Output(Protocol):
    """Where a batch run writes: the ids already written, and one article at a time."""

    directory: Path
    done: set[str]

    def write(self, article_id: str, facts: FactsDict) -> None:
        """Write one article's Facts (their JSON form) under its id."""

    def close(self) -> None:
        """Write what is still held back (the last, partial shard)."""


def open_output(directory: str | os.PathLike[str], fmt: str, *, shard_size: int = DEFAULT_SHARD_SIZE) -> Output:
    """The output directory for ``fmt``, created if need be, with the ids already written in it."""
    if fmt not in FORMATS:
        raise InvalidInputError(f"output format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if shard_size < 1:
        raise InvalidInputError("shard_size must be at least 1")
    path = Path(directory)
    if path.exists() and not path.is_dir():
        raise InvalidInputError(f"{path} exists and is not a directory")
    path.mkdir(parents=True, exist_ok=True)
    kinds = {p.name for p in path.iterdir()}
    others = {f for f in FORMATS if f != fmt and _looks_like(f, kinds)}
    if others:
        raise InvalidInputError(f"{path} holds {others.pop()} output; resume with that format or use another directory")
    if fmt == "json":
        return JsonFiles(path)
    if fmt == "jsonl":
        return JsonlShards(path, shard_size)
    return ParquetTables(path, shard_size)


def _looks_like(fmt: str, names: set[str]) -> bool:
    if fmt == "jsonl":
        return any(_SHARD.fullmatch(n) for n in names)
    if fmt == "parquet":
        return "articles" in names or _PENDING in names
    return any(n.endswith(".json") for n in names)


def _dumps(facts: FactsDict) -> str:
    return json.dumps(facts, ensure_ascii=False, separators=(",", ":"))


def _safe_relative(article_id: str) -> PurePosixPath:
    """An article id as a relative file path inside the output directory."""
    rel = PurePosixPath(article_id)
    if not article_id or rel.is_absolute() or ".." in rel.parts or "\\" in article_id or "\0" in article_id:
        raise InvalidInputError(f"article id {article_id!r} cannot name a file inside the output directory")
    return rel


class JsonFiles:
    """``DIR/<id>.json`` per article."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        for partial in directory.rglob("*.json.partial"):
            partial.unlink()
        self.done = {p.relative_to(directory).as_posix()[: -len(".json")] for p in directory.rglob("*.json")}

    def write(self, article_id: str, facts: FactsDict) -> None:
        path = self.directory / f"{_safe_relative(article_id)}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        partial.replace(path)
        self.done.add(article_id)

    def close(self) -> None:
        return None


_SHARD = re.compile(r"facts-(\d{5,})\.jsonl")


class JsonlShards:
    """``DIR/facts-NNNNN.jsonl``: a run adds shards after those already there."""

    def __init__(self, directory: Path, shard_size: int) -> None:
        self.directory = directory
        self.shard_size = shard_size
        self.done: set[str] = set()
        numbers = []
        for path in sorted(directory.iterdir()):
            match = _SHARD.fullmatch(path.name)
            if match:
                numbers.append(int(match.group(1)))
                self.done.update(_read_lines(path, repair=True))
        self.next_number = max(numbers, default=-1) + 1
        self.file: Any = None
        self.lines = 0

    def write(self, article_id: str, facts: FactsDict) -> None:
        if self.file is None or self.lines >= self.shard_size:
            self.close()
            self.file = (self.directory / f"facts-{self.next_number:05d}.jsonl").open("a", encoding="utf-8")
            self.next_number += 1
            self.lines = 0
        self.file.write(_dumps({**facts, "id": article_id}) + "\n")
        self.file.flush()
        self.lines += 1
        self.done.add(article_id)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


def _read_lines(path: Path, *, repair: bool) -> list[str]:
    """The ids of the whole lines of a JSONL file; with ``repair``, a torn last line is cut off."""
    raw = path.read_bytes()
    whole = raw[: raw.rfind(b"\n") + 1]
    if repair and len(whole) != len(raw):
        with path.open("r+b") as handle:
            handle.truncate(len(whole))
    return [str(json.loads(line)["id"]) for line in whole.decode("utf-8").splitlines() if line.strip()]


_PENDING = "pending.jsonl"


class ParquetTables:
    """``DIR/<kind>/part-NNNNN.parquet``; the articles of the unfinished shard wait in ``pending.jsonl``."""

    def __init__(self, directory: Path, shard_size: int) -> None:
        from newsfacts.parquet import KINDS, _pyarrow_parquet

        self.directory = directory
        self.shard_size = shard_size
        self.kinds = KINDS
        pq = _pyarrow_parquet()
        parts = sorted((directory / "articles").glob("part-*.parquet"))
        committed = {p.name for p in parts}
        # parts of a shard whose articles part was never written: the run died writing it
        for kind in KINDS:
            for path in [*(directory / kind).glob("part-*.parquet"), *(directory / kind).glob("*.partial")]:
                if path.name not in committed:
                    path.unlink()
        self.done = {str(i) for p in parts for i in pq.read_table(p, columns=["article_id"]).column(0).to_pylist()}
        self.next_number = max((int(p.stem.split("-")[1]) for p in parts), default=-1) + 1
        self.pending_path = directory / _PENDING
        self.pending: Any = None
        self.buffer: list[tuple[str, FactsDict]] = []
        if self.pending_path.exists():
            _read_lines(self.pending_path, repair=True)
            for line in self.pending_path.read_text(encoding="utf-8").splitlines():
                data = json.loads(line)
                if str(data["id"]) not in self.done:
                    self.buffer.append((str(data["id"]), data))
                    self.done.add(str(data["id"]))
        self._rewrite_pending()

    def _rewrite_pending(self) -> None:
        partial = self.pending_path.with_name(_PENDING + ".partial")
        partial.write_text("".join(_dumps({**f, "id": i}) + "\n" for i, f in self.buffer), encoding="utf-8")
        partial.replace(self.pending_path)

    def write(self, article_id: str, facts: FactsDict) -> None:
        if self.pending is None:
            self.pending = self.pending_path.open("a", encoding="utf-8")
        self.pending.write(_dumps({**facts, "id": article_id}) + "\n")
        self.pending.flush()
        self.buffer.append((article_id, facts))
        self.done.add(article_id)
        if len(self.buffer) >= self.shard_size:
            self._flush()

    def _flush(self) -> None:
        from newsfacts.parquet import article_rows, facts_from_dict, write_table

        if not self.buffer:
            return
        tables: dict[str, list[dict[str, Any]]] = {kind: [] for kind in self.kinds}
        for article_id, facts in self.buffer:
            for kind, rows in article_rows(article_id, facts_from_dict(facts)).items():
                tables[kind].extend(rows)
        name = f"part-{self.next_number:05d}.parquet"
        for kind in self.kinds:  # "articles" is last: it marks the shard as written
            (self.directory / kind).mkdir(exist_ok=True)
            write_table(self.directory / kind / name, kind, tables[kind])
        self.next_number += 1
        self.buffer = []
        self._close_pending()
        self._rewrite_pending()

    def _close_pending(self) -> None:
        if self.pending is not None:
            self.pending.close()
            self.pending = None

    def close(self) -> None:
        self._flush()
        self._close_pending()
        if not self.buffer:
            self.pending_path.unlink(missing_ok=True)
