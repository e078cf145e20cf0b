"""``newsfacts story``: articles of one story merged, or a folder grouped into stories."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import main

# two invented reports of one invented event
FIRST = """Denmark to send 300 troops to Latvia

COPENHAGEN (Nordic Wire) - Denmark will send 300 troops to Latvia, Defence Minister Karin Holm said on Monday.

"Our soldiers will be there within a week," Holm said.

At least 12 soldiers were injured in a training accident near Riga on Sunday, the army said.
"""
SECOND = """Danish troops head for Latvia

Defence Minister Karin Holm said on Monday that Denmark would send 300 troops to Latvia.

"Our soldiers will be in Latvia within a week," she said.

Meanwhile, 15 soldiers were injured in a training accident near Riga on Sunday, the army said.
"""
OTHER = """Floods close mountain roads in Peru

Heavy rain closed three mountain roads near Cusco on Friday, the transport ministry said.
"""


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "first.meta.json").write_text(json.dumps(
        {"id": "wire-1", "published": "2024-05-06", "publisher": "Nordic Wire"}), encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_cli_story_merges_the_articles_into_one_json_story(folder):
    result = CliRunner().invoke(main, ["story", str(folder / "first.txt"), str(folder / "second.txt"),
                                       "--published", "2024-05-06"])
    assert result.exit_code == 0, result.output
    story = json.loads(result.output)
    ids = sorted(s["id"] for s in story["sources"])
    assert ids == sorted(["wire-1", str(folder / "second.txt")])
    assert [s["publisher"] for s in story["sources"] if s["id"] == "wire-1"] == ["Nordic Wire"]
    shared = [d for d in story["deployments"] if len(d["sources"]) == 2]
    assert [(d["actor"], d["count"], d["destination"]) for d in shared] == [("Denmark", 300, "Latvia")]
    assert any(c["fact"] == "casualty" and c["field"] == "count" for c in story["conflicts"])


def test_cli_story_table_marks_conflicts(folder):
    result = CliRunner().invoke(main, ["story", str(folder / "first.txt"), str(folder / "second.txt"),
                                       "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "-- deployments" in result.output and "-- conflicts" in result.output
    assert "\n! casualties:" in result.output


def test_cli_story_group_sorts_a_folder_into_stories(folder):
    result = CliRunner().invoke(main, ["story", "--group", str(folder)])
    assert result.exit_code == 0, result.output
    stories = json.loads(result.output)
    assert sorted(len(s["sources"]) for s in stories) == [1, 2]


def test_cli_story_wants_articles_or_a_folder_not_both(folder):
    assert CliRunner().invoke(main, ["story"]).exit_code == 2
    result = CliRunner().invoke(main, ["story", str(folder / "first.txt"), "--group", str(folder)])
    assert result.exit_code == 2 and "not both" in result.output
    result = CliRunner().invoke(main, ["story", str(folder / "first.txt"), "--threshold", "0.5"])
    assert result.exit_code == 2 and "--group" in result.output


def test_cli_story_bad_meta_file_is_a_clear_error(folder):
    (folder / "second.meta.json").write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(main, ["story", str(folder / "first.txt"), str(folder / "second.txt")])
    assert result.exit_code == 1 and "second.meta.json" in result.output
