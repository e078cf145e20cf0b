import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsfacts.cli import main

from .conftest import ROOT, SHARED_CORPUS

EXAMPLE = ROOT / "examples" / "article.txt"


def test_cli_extract_one_file_prints_one_json_object():
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert facts["published"] == "2023-06-07" and facts["deployments"]


def test_cli_extract_many_files_prints_json_lines(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Headline\n\nThe minister said on Monday that talks would resume.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), str(other), "--published", "2023-06-07"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["published"] == "2023-06-07" for line in lines)


def test_cli_extract_bad_file_is_reported_and_the_rest_goes_on(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt"), str(EXAMPLE)])
    assert result.exit_code == 1
    assert "missing.txt" in result.output
    assert '"deployments"' in result.output


def test_cli_extract_reads_standard_input():
    result = CliRunner().invoke(main, ["extract", "-", "--published", "2023-06-01"],
                                input="Headline\n\nAt least 30 NATO soldiers were injured on Thursday.")
    assert result.exit_code == 0
    assert json.loads(result.output)["casualties"][0]["figures"][0]["count"] == 30


def test_cli_schema_is_json_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "Facts"


def test_cli_eval_missing_gold_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code != 0 and "gold" in result.output


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="shared corpus not beside the checkout")
def test_cli_eval_gives_the_shared_scorers_figures(tmp_path):
    for seed in ("seed-aa-nato-kosovo", "seed-trt-nato-kosovo"):
        for suffix in (".txt", ".gold.json", ".meta.json"):
            shutil.copy(SHARED_CORPUS / f"{seed}{suffix}", tmp_path)
    ours = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert ours.exit_code == 0, ours.output
    shared = subprocess.run(
        [sys.executable, str(SHARED_CORPUS.parent / "tools" / "score.py"), "--gold", str(tmp_path), "--run"],
        capture_output=True, text=True, check=True)
    table = [line for line in shared.stdout.splitlines() if line.strip()]
    assert ours.output.strip().splitlines() == table


def test_cli_directory_expands_to_its_articles(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Headline\n\nThe minister said on Monday that talks would resume.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--published", "2023-06-01"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 2


def test_cli_glob_pattern_expands(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Headline\n\nTroops were sent to the border on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "*.txt")])
    assert result.exit_code == 0 and len(result.output.strip().splitlines()) == 3


def test_cli_csv_has_a_row_per_record_with_real_columns():
    import csv
    import io

    from newsfacts import extract

    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    facts = extract(EXAMPLE.read_text(encoding="utf-8"))
    records = {r["record"] for r in rows}
    assert records <= {"statement", "speaker", "deployment", "casualty", "date", "quantity", "entity"}
    assert {"quantity", "entity"} <= records
    assert sum(r["record"] == "quantity" for r in rows) == len(facts.quantities)
    assert sum(r["record"] == "entity" for r in rows) == len(facts.entities)
    assert "fields" not in rows[0]
    assert any(r["record"] == "deployment" and r["count"] == "450" and r["unit"] == "peacekeepers" for r in rows)
    assert any(r["record"] == "casualty" and r["count"] == "12" and r["kind"] == "injured" for r in rows)


def test_cli_table_is_readable():
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--format", "table"])
    assert result.exit_code == 0
    assert "-- deployments" in result.output and "peacekeepers" in result.output


def test_cli_html_input():
    page = ROOT / "tests" / "pages" / "eu-bosnia-page.html"
    result = CliRunner().invoke(main, ["extract", "--html", str(page)])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert facts["published"] == "2023-06-07" and "Related stories" not in facts["text"]


def test_cli_bytes_that_are_not_utf8_are_replaced_with_a_warning(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Headline\n\nThe minister said on Monday that caf\u00e9s would reopen.".encode("latin-1"))
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code == 0
    assert "latin1.txt" in result.output and "not valid UTF-8" in result.output


def test_cli_progress_bar_only_on_a_terminal(monkeypatch):
    from newsfacts import cli

    inputs = ["a.txt", "b.txt", "c.txt"]
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: False, raising=False)
    assert cli._progress(inputs) is inputs  # piped: silent
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    bar = cli._progress(inputs)
    assert bar is not inputs and list(bar) == inputs
    assert cli._progress(["one.txt"]) == ["one.txt"]  # one input: no bar


def test_cli_bad_model_is_one_usage_error(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Headline\n\nThe minister said on Monday that talks would resume.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), str(other), "--model", str(tmp_path / "no-model")])
    assert result.exit_code == 2
    assert result.output.count("Usage:") == 1 and "--model" in result.output and "no-model" in result.output
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), str(other), "--published", "last week"])
    assert result.exit_code == 2 and result.output.count("last week") == 1


def test_cli_no_input_matched_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "*.txt")])
    assert result.exit_code == 2 and "no file matches" in result.output
    (tmp_path / "page.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 2 and "no .txt files" in result.output and "--html" in result.output
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "page.html")])
    assert result.exit_code == 2 and "--html" in result.output


def test_cli_no_arguments_on_a_terminal_prints_help():
    import os
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "newsfacts", "extract"], stdin=follower, capture_output=True,
                              text=True, timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 0 and "Usage:" in done.stdout and "--format" in done.stdout


def test_cli_messages_do_not_land_inside_the_progress_bar(tmp_path, monkeypatch):
    from tqdm import tqdm

    from newsfacts import cli

    monkeypatch.setattr(cli, "_progress", lambda inputs: tqdm(inputs, unit="article", file=sys.stderr))
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt"), str(EXAMPLE)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.split("\n") if "missing.txt" in line]
    assert lines and all(line.split("\r")[-1].startswith("newsfacts: ") for line in lines)


def test_cli_eval_per_article_has_a_header(tmp_path):
    from newsfacts import extract

    text = "Headline\n\nAt least 30 NATO soldiers were injured in Kosovo on Thursday, officials said."
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "one.gold.json").write_text(extract(text, published="2023-06-01").model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--per-article"])
    assert result.exit_code == 0, result.output
    header, row = result.output.splitlines()[:2]
    columns = header.split("\t")
    assert columns[0] == "article" and len(columns) == len(set(columns)) == len(row.split("\t"))
    assert {"casualties_matched", "casualties_predicted", "casualties_gold"} <= set(columns)
    assert row.split("\t")[0] == "one"
