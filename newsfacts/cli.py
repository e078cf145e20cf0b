"""The ``newsfacts`` command line: extract, schema, eval."""

from __future__ import annotations

import glob
import json
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from newsfacts.errors import NewsfactsError

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfacts")
def main() -> None:
    """Typed, grounded facts from English news text."""


def _inputs(paths: tuple[str, ...], html: bool) -> list[str]:
    """Expand directories (their .txt, or .html/.htm with --html) and glob patterns."""
    suffixes = (".html", ".htm") if html else (".txt",)
    out: list[str] = []
    for path in paths or ("-",):
        if path == "-":
            out.append(path)
        elif Path(path).is_dir():
            out.extend(sorted(str(p) for p in Path(path).rglob("*") if p.suffix.lower() in suffixes and p.is_file()))
        elif any(c in path for c in "*?[") and not Path(path).exists():
            matches = sorted(glob.glob(path, recursive=True))
            out.extend(matches or [path])
        else:
            out.append(path)
    return out


def _note(message: str) -> None:
    """A warning or error on standard error, through tqdm's writer so a progress bar is
    cleared and redrawn around it rather than written into."""
    from tqdm import tqdm

    tqdm.write(message, file=sys.stderr)


def _check_options(model: str | None, published: str | None) -> None:
    """Options checked once, before any file: a bad one is one usage error."""
    from newsfacts.errors import ModelNotFoundError
    from newsfacts.extractor import _extractor, _parse_published

    try:
        _parse_published(published)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--published") from None
    try:
        _extractor(model)
    except ModelNotFoundError as err:
        raise click.BadParameter(str(err), param_hint="--model") from None


def _check_inputs(paths: tuple[str, ...], inputs: list[str], is_html: bool) -> None:
    """No input matched, or web pages without --html: a clear usage error, before any work."""
    for path in paths:
        if path != "-" and not Path(path).exists() and any(c in path for c in "*?[") and path in inputs:
            raise click.UsageError(f"no file matches {path!r}")
        if Path(path).is_dir() and not any(i.startswith(str(Path(path))) for i in inputs):
            kind = ".html/.htm" if is_html else ".txt"
            hint = "" if is_html else " (web pages: add --html)"
            raise click.UsageError(f"{path}: no {kind} files in this directory{hint}")
    pages = [i for i in inputs if Path(i).suffix.lower() in (".html", ".htm")]
    if pages and not is_html:
        raise click.UsageError(f"{pages[0]} is a web page: add --html to read its main text")


def _read(path: str) -> str:
    """A file's text; bytes that are not UTF-8 are replaced, with a warning naming the file.
    A UTF-8 byte-order mark is dropped."""
    raw = _read_bytes(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        _note(f"newsfacts: warning: {path}: not valid UTF-8; undecodable bytes replaced")
        return raw.decode("utf-8-sig", errors="replace")


def _read_bytes(path: str) -> bytes:
    return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()


#: The keys of one line of JSONL input; only "text" is required.
JSONL_KEYS = ("id", "text", "published", "title", "url", "source")


@dataclass(frozen=True)
class _Item:
    """One article to extract: its id, its text (bytes for a web page) and its options,
    or the error that stopped it from being read."""

    id: str
    content: str | bytes | None = None
    options: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def _items(path: str, *, is_html: bool, jsonl: bool) -> Iterator[_Item]:
    """The articles of one input: the file itself (its path is its id), or one per line of
    a JSONL file (its "id", else ``PATH:LINE``)."""
    if not jsonl:
        try:
            yield _Item(path, _read_bytes(path) if is_html else _read(path))
        except OSError as err:
            yield _Item(path, error=str(err))
        return
    try:
        lines = _read(path).splitlines()
    except OSError as err:
        yield _Item(path, error=str(err))
        return
    name = "stdin" if path == "-" else path
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield _jsonl_item(line, f"{name}:{number}")


def _jsonl_item(line: str, where: str) -> _Item:
    """One line of JSONL input, checked: an object with a string "text" and known keys."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return _Item(where, error=f"not JSON ({err.msg}, column {err.colno})")
    if not isinstance(record, dict):
        return _Item(where, error=f"a line is a JSON object, not {type(record).__name__}")
    given = record.get("id")
    if given is not None and not isinstance(given, str):
        return _Item(where, error=f"id must be a string, not {type(given).__name__} {given!r}")
    item_id = given or where
    unknown = sorted(set(record) - set(JSONL_KEYS))
    if unknown:
        return _Item(item_id, error=f"unknown key(s) {unknown}; the keys are {list(JSONL_KEYS)}")
    if not isinstance(record.get("text"), str):
        return _Item(item_id, error='"text" is missing or not a string')
    options = {k: record[k] for k in ("published", "title", "url", "source") if record.get(k) is not None}
    return _Item(item_id, record["text"], options)


_BATCH_ONLY = ("n_process", "batch_size", "shard_size", "dask")


def _batch_options(command: Any) -> Any:
    """The options of batch runs into an output directory."""
    options = [
        click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Write every article there (json: DIR/ID.json; jsonl and parquet: shards); "
                          "a run started again skips the articles already written."),
        click.option("--n-process", type=int, default=None, help="Worker processes on this machine (default 1)."),
        click.option("--batch-size", type=click.IntRange(min=1), default=None,
                     help="Articles per batch (default 16); with --dask, articles per task."),
        click.option("--shard-size", type=click.IntRange(min=1), default=None,
                     help="Articles per JSONL or Parquet shard (default 1000)."),
        click.option("--dask", metavar="ADDRESS", default=None,
                     help="Run on a Dask cluster: tcp://scheduler:8786, or local:N for N local worker "
                          "processes (needs the 'dask' extra)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=str))
@click.option("--published", help="Publication date, YYYY-MM-DD (else looked for in each text).")
@click.option("--model", help="spaCy pipeline name or directory.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "table", "parquet"]), default=None,
              help="json: one object (default for one input); jsonl: one line per article (default for "
                   "many); csv: one row per fact; table: readable tables; with --output-dir: json "
                   "(default), jsonl or parquet.")
@click.option("--html", "is_html", is_flag=True,
              help="Inputs are web pages (read as bytes, in their declared charset): main text, title, "
                   "site name and date by trafilatura.")
@click.option("--jsonl-input", "jsonl", is_flag=True,
              help='Inputs (standard input by default) are JSON Lines: one {"id", "text", "published", '
                   '"title", "url", "source"} object per line, only "text" required.')
@click.option("--strict", is_flag=True, help="A text not in English is an error, not a warning.")
@_batch_options
def extract(paths: tuple[str, ...], published: str | None, model: str | None, fmt: str | None, is_html: bool,
            jsonl: bool, strict: bool, **batch: Any) -> None:
    """Extract facts from files, directories or globs ('-' for standard input).

    Every result carries its id (the file's path, or the id of a JSONL line); an article
    that fails is an error line with its id in JSONL output, and the exit status is 1.
    With --output-dir, articles are written there as they are done, and a run started again
    skips those already written.
    """
    if batch["output_dir"] is not None or any(batch[k] is not None for k in _BATCH_ONLY):
        if jsonl:
            raise click.UsageError("--output-dir reads files; --jsonl-input is for standard output")
        _extract_to_dir(paths, published, model, fmt, is_html, **batch)
        return
    if fmt == "parquet":
        raise click.UsageError("--format parquet needs --output-dir")
    if is_html and jsonl:
        raise click.UsageError("--html and --jsonl-input do not go together")
    if not paths and sys.stdin.isatty():
        # nothing named and nothing piped: help, rather than waiting on the keyboard
        click.echo(click.get_current_context().get_help())
        return
    inputs = _inputs(paths, is_html)
    _check_inputs(paths, inputs, is_html)
    _check_options(model, published)
    fmt = fmt or ("json" if len(inputs) == 1 and not jsonl else "jsonl")
    failed = False
    writer = _Writer(fmt)
    for path in _progress(inputs):
        for item in _items(path, is_html=is_html, jsonl=jsonl):
            facts = _run(item, published=published, model=model, is_html=is_html, strict=strict)
            if isinstance(facts, str):
                _note(f"newsfacts: {item.id}: {facts}")
                writer.error(item.id, facts)
                failed = True
            else:
                writer.write(item.id, facts)
    if failed:
        sys.exit(1)


def _run(item: _Item, *, published: str | None, model: str | None, is_html: bool, strict: bool) -> Any:
    """The item's Facts, or the message of what went wrong. A NotEnglishWarning is one line
    on standard error naming the item."""
    from newsfacts.errors import NotEnglishWarning
    from newsfacts.extractor import extract as run
    from newsfacts.web import extract_html

    if item.error is not None:
        return item.error
    options = {"published": published, **item.options, "id": item.id, "strict": strict, "model": model}
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NotEnglishWarning)
            if isinstance(item.content, bytes):
                facts = extract_html(item.content, **options)
            else:
                facts = run(item.content or "", **options)
    except (OSError, ValueError, TypeError, NewsfactsError) as err:
        return str(err)
    for w in caught:
        if issubclass(w.category, NotEnglishWarning):
            _note(f"newsfacts: warning: {item.id}: {w.message}")
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return facts


def _named_inputs(paths: tuple[str, ...], html: bool) -> list[tuple[str, str]]:
    """``(id, path)`` of every input: a file in a directory is named by its path inside it
    without the suffix, a file given by itself by its name without the suffix."""
    suffixes = (".html", ".htm") if html else (".txt",)
    out: list[tuple[str, str]] = []
    for path in paths:
        if path == "-":
            raise click.UsageError("--output-dir reads files, not standard input")
        if Path(path).is_dir():
            root = Path(path)
            found = sorted(p for p in root.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
            out.extend((p.relative_to(root).with_suffix("").as_posix(), str(p)) for p in found)
        else:
            out.extend((Path(p).with_suffix("").name, p) for p in _inputs((path,), html))
    seen: dict[str, str] = {}
    for article_id, path in out:
        if article_id in seen:
            raise click.UsageError(f"{seen[article_id]} and {path} would both be written as {article_id!r}")
        seen[article_id] = path
    return out


def _extract_to_dir(paths: tuple[str, ...], published: str | None, model: str | None, fmt: str | None,
                    is_html: bool, *, output_dir: Path | None, n_process: int | None, batch_size: int | None,
                    shard_size: int | None, dask: str | None) -> None:
    """``extract --output-dir``: every article into DIR, those already there skipped."""
    import time

    from newsfacts.outputs import DEFAULT_SHARD_SIZE, open_output

    if output_dir is None:
        raise click.UsageError("--n-process, --batch-size, --shard-size and --dask need --output-dir")
    if fmt not in (None, "json", "jsonl", "parquet"):
        raise click.UsageError("with --output-dir, --format is json, jsonl or parquet")
    if dask is not None and n_process is not None:
        raise click.UsageError("--n-process is for one machine; with --dask the cluster's workers do the work")
    if not paths:
        raise click.UsageError("give the files or directories to extract")
    named = _named_inputs(paths, is_html)
    try:
        output = open_output(output_dir, fmt or "json", shard_size=shard_size or DEFAULT_SHARD_SIZE)
    except (OSError, NewsfactsError) as err:
        raise click.ClickException(str(err)) from err
    todo = [(i, p) for i, p in named if i not in output.done]
    failed: list[str] = []
    articles = _read_articles(todo, published, is_html, failed)
    bar = _rate_bar(len(todo))
    start = time.perf_counter()
    options: dict[str, Any] = {"published": published, "batch_size": batch_size or 16, "model": model,
               "on_written": lambda _: bar.update(1)}
    try:
        if dask is not None:
            written = _on_dask(dask, output, articles, options)
        else:
            from newsfacts.batch import extract_to

            written = extract_to(output, articles, n_process=n_process or 1, **options)
    except (ValueError, NewsfactsError) as err:
        raise click.ClickException(str(err)) from err
    finally:
        bar.close()
    seconds = time.perf_counter() - start
    click.echo(f"newsfacts: {written} articles written to {output_dir} ({len(named) - len(todo)} already there) "
               f"in {seconds:.1f} s, {written / seconds if seconds else 0:.2f} articles/s", err=True)
    if failed:
        sys.exit(1)


def _read_articles(todo: list[tuple[str, str]], published: str | None, is_html: bool,
                   failed: list[str]) -> Any:
    """``(id, text or (text, options))`` of each file as it is needed; unreadable files are reported."""
    for article_id, path in todo:
        try:
            text = _read(path)
            if is_html:
                from newsfacts.web import html_to_text

                text, found = html_to_text(text)
                yield article_id, (text, {"published": published or (found.isoformat() if found else None)})
            else:
                yield article_id, text
        except (OSError, ValueError) as err:
            click.echo(f"newsfacts: {path}: {err}", err=True)
            failed.append(path)


def _on_dask(address: str, output: Any, articles: Any, options: dict[str, Any]) -> int:
    try:
        from newsfacts.dask import connect, extract_on_cluster
    except ImportError as err:
        raise click.ClickException(f"--dask needs: pip install 'newsfacts[dask]' ({err})") from err
    client, close = connect(address)
    try:
        return extract_on_cluster(client, output, articles, **options)
    finally:
        close()


def _rate_bar(total: int) -> Any:
    """A progress bar with articles/s and the time left, on standard error when it is a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty(),
                smoothing=0.1, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}]")


def _progress(inputs: list[str]) -> Any:
    """A progress bar on standard error for many inputs, when it is a terminal."""
    if len(inputs) < 2 or not sys.stderr.isatty():
        return inputs
    from tqdm import tqdm

    return tqdm(inputs, unit="article", file=sys.stderr)


class _Writer:
    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.csv: Any = None

    def error(self, item_id: str, message: str) -> None:
        """In JSONL, a failed article is a line of its own, in its place: nothing is a gap."""
        if self.fmt == "jsonl":
            click.echo(json.dumps({"id": item_id, "error": message}, ensure_ascii=False))

    def write(self, path: str, facts: Any) -> None:
        if self.fmt == "json":
            click.echo(facts.model_dump_json(indent=2))
        elif self.fmt == "jsonl":
            click.echo(facts.model_dump_json())
        elif self.fmt == "csv":
            self._csv(path, facts)
        else:
            click.echo(_table(path, facts))

    def _csv(self, path: str, facts: Any) -> None:
        import csv

        from newsfacts.tables import CSV_COLUMNS, flat_rows

        if self.csv is None:
            self.csv = csv.DictWriter(sys.stdout, fieldnames=["file", *CSV_COLUMNS], lineterminator="\n")
            self.csv.writeheader()
        for row in flat_rows(facts):
            self.csv.writerow({"file": path, **row})
        sys.stdout.flush()


def _table(path: str, facts: Any) -> str:
    from newsfacts.tables import facts_to_rows

    rows = facts_to_rows(facts)
    lines = [f"== {path}" + (f" (published {facts.published})" if facts.published else "")]
    shown = {
        "statements": ("speaker", "kind", "text"),
        "deployments": ("actor", "count", "unit", "destination", "status"),
        "casualties": ("incident", "kind", "group", "count", "qualifier", "date"),
        "dates": ("text", "value"),
    }
    for kind, columns in shown.items():
        if not rows[kind]:
            continue
        cells = [[_cell(r[c]) for c in columns] for r in rows[kind]]
        widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
        lines.append(f"-- {kind}")
        lines.append("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        lines.extend("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells)
    return "\n".join(lines)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 70 else text[:67] + "..."


@main.command()
def schema() -> None:
    """Print the JSON Schema of Facts (versioned: its $id ends in Facts.schema_version)."""
    from newsfacts.records import facts_schema

    click.echo(json.dumps(facts_schema(), indent=2))


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--per-article", is_flag=True, help="Also print one line per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
@click.option("--model", help="spaCy pipeline name or directory.")
def evaluate_command(gold_dir: Path, per_article: bool, as_json: bool, model: str | None) -> None:
    """Score newsfacts against ID.txt + ID.gold.json pairs in GOLD_DIR."""
    from newsfacts.evaluation import evaluate

    try:
        result = evaluate(gold_dir, model=model)
    except FileNotFoundError as err:
        raise click.ClickException(str(err)) from err
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    if per_article:
        click.echo(_per_article(result))
    click.echo(result.table())


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--model", help="spaCy pipeline name or directory.")
@click.option("--max-body-bytes", default=5_000_000, show_default=True, type=click.IntRange(min=1),
              help="Larger request bodies are answered with 413, refused as they stream.")
@click.option("--max-text-chars", default=1_000_000, show_default=True, type=click.IntRange(min=1),
              help="Longer texts (or a page's main text) are answered with 422.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=0),
              help="Worker processes that extract, each with its own pipeline (0: threads of the server "
                   "process, without a time limit).")
@click.option("--time-limit", default=60.0, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds a request may wait for a worker (else 503) and then run (else 504; the worker "
                   "is replaced).")
def serve(host: str, port: int, model: str | None, max_body_bytes: int, max_text_chars: int, workers: int,
          time_limit: float) -> None:
    """Run the HTTP service (needs the 'server' extra)."""
    try:
        import uvicorn

        from newsfacts.server import create_app
    except ImportError as err:
        raise click.ClickException(f"the service needs: pip install 'newsfacts[server]' ({err})") from err
    try:
        app = create_app(model, max_body_bytes=max_body_bytes, max_text_chars=max_text_chars, workers=workers,
                         time_limit=time_limit if workers else None)
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from err
    uvicorn.run(app, host=host, port=port)


def _per_article(result: Any) -> str:
    """One tab-separated line per article under a header: ``<kind>_matched``,
    ``<kind>_predicted`` and ``<kind>_gold`` for each kind."""
    kinds = list(result.articles[0].kinds) if result.articles else []
    header = ["article"] + [f"{k}_{part}" for k in kinds for part in ("matched", "predicted", "gold")]
    lines = ["\t".join(header)]
    for article in result.articles:
        cells = [article.id]
        for k in kinds:
            score = article.kinds[k].score
            cells += [str(score.matched), str(score.predicted), str(score.gold)]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


# --- stories ---------------------------------------------------------------------------

def _article_options(path: str, published: str | None) -> dict[str, Any]:
    """What a story needs to know of an article: its id (the path, or the ``id`` of a
    ``<name>.meta.json`` beside it), its date (``--published``, else the meta file's) and,
    from the meta file, its url and publisher."""
    options: dict[str, Any] = {"id": path, "published": published}
    meta_path = Path(path).with_suffix(".meta.json")
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise click.ClickException(f"{meta_path}: not a readable JSON object ({err})") from err
        if not isinstance(meta, dict):
            raise click.ClickException(f"{meta_path}: not a JSON object")
        options["id"] = meta.get("id") or path
        options["published"] = published or meta.get("published")
        options["url"] = meta.get("url")
        options["source"] = meta.get("publisher") or meta.get("source")
    return options


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--group", "group_dir", type=click.Path(exists=True, file_okay=False, path_type=str),
              help="Group the .txt articles of DIR into stories and merge each.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--published", help="Publication date of every article, YYYY-MM-DD (else each "
                                  "<name>.meta.json's, else looked for in the text).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="With --group: how alike two articles must be to be one story (default 0.4).")
@click.option("--max-days", type=click.IntRange(min=0), default=None,
              help="With --group: most days between two articles of one story (default 3).")
@click.option("--model", help="spaCy pipeline name or directory.")
def story(paths: tuple[str, ...], group_dir: str | None, fmt: str, published: str | None,
          threshold: float | None, max_days: int | None, model: str | None) -> None:
    """Merge articles into one story: each fact once, with its sources and conflicts.

    Give the articles of one story as PATHS, or --group DIR to sort a folder of
    articles into stories first. A <name>.meta.json beside an article may give its
    id, published, url and publisher.
    """
    from newsfacts.extractor import Extractor
    from newsfacts.grouping import DEFAULT_MAX_DAYS, DEFAULT_THRESHOLD, group_stories
    from newsfacts.story import merge

    if bool(paths) == bool(group_dir):
        raise click.UsageError("give the articles of one story, or --group DIR, not both")
    if not group_dir and (threshold is not None or max_days is not None):
        raise click.UsageError("--threshold and --max-days go with --group")
    inputs = _inputs((group_dir,), False) if group_dir else list(paths)
    if not inputs:
        raise click.ClickException(f"no .txt articles in {group_dir}")
    try:
        items = [(_read(p), _article_options(p, published)) for p in inputs]
        facts = list(Extractor(model).extract_many(items))
    except (OSError, ValueError, NewsfactsError) as err:
        raise click.ClickException(str(err)) from err
    if group_dir:
        groups = group_stories(facts, threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
                               max_days=DEFAULT_MAX_DAYS if max_days is None else max_days)
    else:
        groups = [facts]
    try:
        stories = [merge(g) for g in groups]
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from err
    if fmt == "table":
        click.echo("\n\n".join(_story_text(s) for s in stories))
    elif group_dir:
        click.echo(json.dumps([s.model_dump(mode="json") for s in stories], indent=2))
    else:
        click.echo(stories[0].model_dump_json(indent=2))


def _story_text(story: Any) -> str:
    """A story as readable tables: facts with their sources, then conflicts and updates."""
    from newsfacts.render import _count

    lines = [f"== story of {len(story.sources)} article(s): " + ", ".join(s.id for s in story.sources)]
    flagged = {(c.fact, c.index) for c in story.conflicts}
    sections: list[tuple[str, tuple[str, ...], list[tuple[bool, list[Any]]]]] = [
        ("speakers", ("name", "title", "sources"),
         [(False, [s.name, s.title, ", ".join(s.sources)]) for s in story.speakers]),
        ("statements", ("speaker", "kind", "text", "sources"),
         [(("statement", i) in flagged, [s.speaker, s.kind, s.text, ", ".join(s.sources)])
          for i, s in enumerate(story.statements)]),
        ("deployments", ("actor", "count", "unit", "destination", "status", "sources"),
         [(("deployment", i) in flagged, [d.actor, _count(d.count, d.qualifier), d.unit, d.destination, d.status,
                                          ", ".join(d.sources)]) for i, d in enumerate(story.deployments)]),
        ("casualties", ("kind", "group", "count", "sources"),
         [(("casualty", i) in flagged, [c.kind, c.group, _count(c.count, c.qualifier), ", ".join(c.sources)])
          for i, c in enumerate(story.casualties)]),
        ("dates", ("value", "text", "sources"),
         [(False, [d.value, ", ".join(d.texts), ", ".join(d.sources)]) for d in story.dates]),
    ]
    for name, columns, rows in sections:
        if not rows:
            continue
        # a "!" before a fact in conflict
        cells = [[("! " if i == 0 and flag else "") + _cell(v) for i, v in enumerate(row)] for flag, row in rows]
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
        lines.append(f"-- {name}")
        lines.append("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        lines.extend("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells)
    if story.conflicts:
        lines.append("-- conflicts")
        lines.extend(f"! {c.summary}" for c in story.conflicts)
    if story.updates:
        lines.append("-- updates")
        lines.extend(f"  {u.summary}" for u in story.updates)
    return "\n".join(lines)
