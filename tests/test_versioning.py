"""One version, a versioned schema, a changelog, and Python versions that agree."""

import json
import re
import threading
import tomllib
import warnings

from click.testing import CliRunner

import newsfacts
from newsfacts import Facts, extract_html
from newsfacts.calendar import _dateparser_date
from newsfacts.cli import main
from newsfacts.components import quantities

from .conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_is_the_installed_packages():
    assert not re.search(r"__version__ = \"\d+\.\d+", (ROOT / "newsfacts" / "__init__.py").read_text())
    assert newsfacts.__version__ == PYPROJECT["project"]["version"]


def test_changelog_keeps_a_changelog_and_names_the_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog")
    assert "## [Unreleased]" in changelog
    assert f"## [{newsfacts.__version__}]" in changelog


def test_facts_carry_their_schema_version():
    facts = Facts(text="")
    assert json.loads(facts.model_dump_json())["schema_version"] == "1"
    assert Facts.model_validate_json(facts.model_dump_json()) == facts


def test_schema_command_gives_a_versioned_id():
    out = CliRunner().invoke(main, ["schema"])
    schema = json.loads(out.output)
    assert schema["$id"].endswith(":" + Facts.model_fields["schema_version"].default)
    assert "$schema" in schema and "schema_version" in schema["properties"]


def test_readme_and_pyproject_agree_on_python():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (least,) = re.findall(r">=\s*(3\.\d+)", PYPROJECT["project"]["requires-python"])
    assert f"Python {least} (or newer)" in readme
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py" + least.replace(".", "")


def test_no_process_wide_warning_swaps_on_shared_paths(monkeypatch, extractor):
    # warnings.catch_warnings() swaps the filters of the whole process: a thread inside it
    # silences (or restores over) every other thread's warnings
    def refuse(*args, **kwargs):
        raise AssertionError("warnings.catch_warnings() on a shared path")

    monkeypatch.setattr(warnings, "catch_warnings", refuse)
    _dateparser_date.cache_clear()
    quantities._quantulum_parser.cache_clear()
    errors: list[BaseException] = []

    def work():
        try:
            assert _dateparser_date("June 1, 2023") is not None
            assert quantities.quantulum_unit("a road of 40 km") is not None
            extractor.extract("Headline\n\nThe 40 km road reopened on June 1, 2023, officials said.")
            extract_html("<html><body><article><h1>Road</h1><p>The road reopened, officials said.</p></article></body></html>")
        except BaseException as err:  # noqa: BLE001 - handed to the main thread
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
