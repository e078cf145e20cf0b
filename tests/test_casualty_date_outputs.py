"""A casualty's date, as tables, CSV and pandas show it."""

import csv
import io

import pytest
from click.testing import CliRunner

from newsfacts.cli import main

ARTICLE = ("Gunmen attack hill village\n\nGunmen killed four villagers in the hill village of Dersk on Sunday, "
           "police said.\n\nThe attackers fled into the forest.\n")


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "dersk.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_casualty_date_is_filled_from_the_incident_s_day(extractor):
    facts = extractor.extract(ARTICLE, published="2023-06-01")
    assert [(c.date, [f.count for f in c.figures]) for c in facts.casualties] == [("2023-05-28", [4])]


def test_casualty_date_is_a_column_of_the_table(article):
    result = CliRunner().invoke(main, ["extract", str(article), "--format", "table", "--published", "2023-06-01"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = lines[lines.index("-- casualties") + 1]
    assert header.split() == ["incident", "kind", "group", "count", "qualifier", "date"]
    assert "2023-05-28" in lines[lines.index("-- casualties") + 2]


def test_casualty_date_is_a_csv_column(article):
    result = CliRunner().invoke(main, ["extract", str(article), "--format", "csv", "--published", "2023-06-01"])
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(io.StringIO(result.output)) if r["record"] == "casualty"]
    assert [(r["count"], r["date"]) for r in rows] == [("4", "2023-05-28")]


def test_casualty_date_is_a_pandas_column(extractor):
    pytest.importorskip("pandas")
    frames = extractor.extract(ARTICLE, published="2023-06-01").to_pandas()
    assert frames["casualties"][["count", "date"]].values.tolist() == [[4, "2023-05-28"]]
