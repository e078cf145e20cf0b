"""Batch runs into an output directory: formats, resuming after a kill, Parquet tables."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsfacts import InvalidInputError
from newsfacts.batch import extract_to
from newsfacts.cli import main
from newsfacts.outputs import open_output
from newsfacts.parquet import KINDS, article_rows, facts_from_dict

from .conftest import FIXTURES, ROOT

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ARTICLES = [
    ("a", "Headline one\n\nAt least 12 soldiers were killed on Monday, officials said."),
    ("b", 'Headline two\n\n"We will send 300 troops," the minister said on Friday.'),
    ("c", "Headline three\n\nThe council met in Geneva and approved a budget of $4 million."),
    ("d", ""),
    ("e", "Headline five\n\nTwo hundred police officers arrived in the capital, the ministry said."),
]


def _records(facts_dict):
    facts = facts_from_dict(facts_dict)
    return {kind: len(rows) for kind, rows in article_rows("x", facts).items()}


@pytest.fixture(scope="module")
def expected(extractor):
    items = [(t, {"id": i}) for i, t in ARTICLES]
    return {i: f.model_dump(mode="json") for (i, _), f in zip(ARTICLES, extractor.extract_many(items), strict=True)}


def _read_back(directory: Path, fmt: str) -> dict[str, dict]:
    if fmt == "json":
        return {p.relative_to(directory).with_suffix("").as_posix(): json.loads(p.read_text()) for p in directory.rglob("*.json")}
    out: dict[str, dict] = {}
    for shard in sorted(directory.glob("facts-*.jsonl")):
        for line in shard.read_text().splitlines():
            data = json.loads(line)
            assert data["id"] not in out, "an article written twice"
            out[data["id"]] = data
    return out


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_every_article_is_written_once_under_its_id(tmp_path, fmt, expected):
    output = open_output(tmp_path, fmt, shard_size=2)
    assert extract_to(output, ARTICLES) == len(ARTICLES)
    written = _read_back(tmp_path, fmt)
    assert written == expected
    assert all(facts["id"] == article_id for article_id, facts in written.items())
    if fmt == "jsonl":
        assert len(list(tmp_path.glob("facts-*.jsonl"))) == 3  # shards of two lines


@pytest.mark.parametrize("fmt", ["json", "jsonl", "parquet"])
def test_a_second_run_does_only_what_is_missing(tmp_path, fmt, expected):
    first = open_output(tmp_path, fmt, shard_size=2)
    assert extract_to(first, ARTICLES[:3]) == 3
    second = open_output(tmp_path, fmt, shard_size=2)
    assert second.done == {"a", "b", "c"}
    done = []
    assert extract_to(second, ARTICLES, on_written=done.append) == 2
    assert done == ["d", "e"]
    if fmt != "parquet":
        assert _read_back(tmp_path, fmt) == expected


def test_parquet_tables_have_a_row_per_record_with_article_id_and_offsets(tmp_path, expected):
    extract_to(open_output(tmp_path, "parquet", shard_size=2), ARTICLES)
    assert not (tmp_path / "pending.jsonl").exists()
    for kind in KINDS:
        table = pd.read_parquet(tmp_path / kind)
        assert len(list((tmp_path / kind).glob("part-*.parquet"))) == 3
        want = sum(_records(expected[i])[kind] for i, _ in ARTICLES)
        assert len(table) == want, kind
        assert list(table.columns)[0] == "article_id"
        if "start" in table.columns:
            texts = dict(ARTICLES)
            for row in table.itertuples():
                assert 0 <= row.start <= row.end <= len(texts[row.article_id])
    articles = pd.read_parquet(tmp_path / "articles")
    assert sorted(articles.article_id) == [i for i, _ in ARTICLES]
    statements = pd.read_parquet(tmp_path / "statements")
    for row in statements.itertuples():
        assert row.text in dict(ARTICLES)[row.article_id][row.start:row.end]


def test_parquet_articles_waiting_for_their_shard_are_not_done_again(tmp_path, expected):
    output = open_output(tmp_path, "parquet", shard_size=10)
    output.write("a", expected["a"])
    output.write("b", expected["b"])
    output.pending.close()
    # a run killed here had written "a" and "b" only to pending.jsonl, no part file, half a line
    assert not (tmp_path / "articles").exists()
    (tmp_path / "pending.jsonl").write_text((tmp_path / "pending.jsonl").read_text() + '{"id": "c", "te')
    resumed = open_output(tmp_path, "parquet", shard_size=10)
    assert resumed.done == {"a", "b"}
    assert extract_to(resumed, ARTICLES) == 3
    assert sorted(pd.read_parquet(tmp_path / "articles").article_id) == ["a", "b", "c", "d", "e"]


def test_parquet_parts_of_a_shard_never_finished_are_removed(tmp_path):
    extract_to(open_output(tmp_path, "parquet", shard_size=2), ARTICLES[:2])
    orphan = tmp_path / "statements" / "part-00001.parquet"
    orphan.write_bytes((tmp_path / "statements" / "part-00000.parquet").read_bytes())
    open_output(tmp_path, "parquet", shard_size=2)
    assert not orphan.exists()


def test_a_directory_of_another_format_is_refused(tmp_path):
    extract_to(open_output(tmp_path, "jsonl"), ARTICLES[:1])
    with pytest.raises(InvalidInputError, match="jsonl"):
        open_output(tmp_path, "json")


@pytest.mark.parametrize("bad", ["../up", "/abs", ""])
def test_an_id_that_is_no_file_name_is_refused(tmp_path, bad):
    with pytest.raises(InvalidInputError, match="article id"):
        extract_to(open_output(tmp_path, "json"), [(bad, "Some text.")])


def test_two_articles_with_one_id_are_refused(tmp_path):
    with pytest.raises(ValueError, match="two articles"):
        extract_to(open_output(tmp_path, "jsonl"), [("a", "One."), ("a", "Two.")])


_KILLABLE = """
import sys
from pathlib import Path
from newsfacts.batch import extract_to
from newsfacts.outputs import open_output
paths = sorted(Path(sys.argv[2]).glob("*.txt"))
articles = [(p.stem, p.read_text(encoding="utf-8")) for p in paths] * 1
def written(article_id):
    print(article_id, flush=True)
extract_to(open_output(sys.argv[1], sys.argv[3], shard_size=3), articles, on_written=written, batch_size=2)
"""


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_killed_run_resumed_redoes_no_finished_article(tmp_path, fmt, extractor):
    paths = sorted(FIXTURES.glob("*.txt"))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(out), str(FIXTURES), fmt],
                            stdout=subprocess.PIPE, text=True, env=env)
    finished = [proc.stdout.readline().strip() for _ in range(len(paths) // 2)]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    resumed = open_output(out, fmt, shard_size=3)
    assert set(finished) <= resumed.done
    redone = []
    articles = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    extract_to(resumed, articles, on_written=redone.append)
    assert not set(redone) & set(finished)
    assert set(redone) | set(finished) >= {p.stem for p in paths}
    items = [(t, {"id": i}) for i, t in articles]
    want = {p.stem: f.model_dump(mode="json") for p, f in zip(paths, extractor.extract_many(items), strict=True)}
    if fmt == "jsonl":
        assert _read_back(out, "jsonl") == want
    else:
        table = pd.read_parquet(out / "articles")
        assert sorted(table.article_id) == sorted(want)
        assert len(pd.read_parquet(out / "entities")) == sum(_records(f)["entities"] for f in want.values())


def test_cli_output_dir_writes_and_resumes(tmp_path):
    runner = CliRunner()
    first = runner.invoke(main, ["extract", str(FIXTURES), "--output-dir", str(tmp_path), "--batch-size", "4"])
    assert first.exit_code == 0, first.output
    names = {p.stem for p in FIXTURES.glob("*.txt")}
    assert {p.stem for p in tmp_path.glob("*.json")} == names
    again = runner.invoke(main, ["extract", str(FIXTURES), "--output-dir", str(tmp_path)])
    assert again.exit_code == 0 and f"0 articles written to {tmp_path} ({len(names)} already there)" in again.output


def test_cli_parquet_needs_an_output_dir():
    result = CliRunner().invoke(main, ["extract", str(FIXTURES), "--format", "parquet"])
    assert result.exit_code == 2 and "--output-dir" in result.output


def test_cli_batch_options_need_an_output_dir():
    result = CliRunner().invoke(main, ["extract", str(FIXTURES), "--n-process", "2"])
    assert result.exit_code == 2 and "--output-dir" in result.output


def test_cli_two_inputs_with_one_name_are_refused(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("Text.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "x" / "same.txt"), str(tmp_path / "y" / "same.txt"),
                                       "--output-dir", str(tmp_path / "out")])
    assert result.exit_code == 2 and "'same'" in result.output
