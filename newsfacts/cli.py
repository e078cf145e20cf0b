"""The ``newsfacts`` command line: extract, schema, eval."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from newsfacts.errors import NewsfactsError

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfacts")
def main() -> None:
    """Typed, grounded facts from English news text."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, path_type=str))
@click.option("--published", help="Publication date, YYYY-MM-DD (else looked for in each text).")
@click.option("--model", help="spaCy pipeline name or directory.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default=None,
              help="json: one object (default for one input); jsonl: one line per article.")
def extract(paths: tuple[str, ...], published: str | None, model: str | None, fmt: str | None) -> None:
    """Extract facts from text files (or '-' for standard input) and print them as JSON."""
    from newsfacts.extractor import extract as run

    paths = paths or ("-",)
    fmt = fmt or ("json" if len(paths) == 1 else "jsonl")
    failed = False
    for path in paths:
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                raw = Path(path).read_bytes()
                text = raw.decode("utf-8", errors="replace")
            facts = run(text, published=published, model=model)
        except (OSError, ValueError, NewsfactsError) as err:
            click.echo(f"newsfacts: {path}: {err}", err=True)
            failed = True
            continue
        click.echo(facts.model_dump_json(indent=2) if fmt == "json" else facts.model_dump_json())
    if failed:
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of Facts."""
    from newsfacts.records import Facts

    click.echo(json.dumps(Facts.model_json_schema(), indent=2))


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
        for article in result.articles:
            cells = "  ".join(f"{k[:5]} {c.score.matched}/{c.score.predicted}/{c.score.gold}"
                              for k, c in article.kinds.items())
            click.echo(f"{article.id:40s} {cells}")
    click.echo(result.table())
