import subprocess
import sys

from .conftest import ROOT


def test_docs_records_page_is_current():
    made = subprocess.run([sys.executable, str(ROOT / "docs" / "records_md.py")], capture_output=True,
                          text=True, check=True).stdout
    assert (ROOT / "docs" / "records.md").read_text(encoding="utf-8") == made, \
        "docs/records.md is stale: python docs/records_md.py > docs/records.md"


def test_docs_readme_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in readme and f"\n{target}:" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_docs_api_reference_has_no_raw_sphinx_roles():
    # mkdocstrings renders [`X`][path] as a link; a Sphinx role would show as raw text
    import re

    for path in (ROOT / "newsfacts").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r":(class|func|meth|data|attr|mod):`", text), path
    assert "docstring_style: google" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_docs_notebook_is_in_the_site_and_prints_statements_without_speakers():
    import contextlib
    import io
    import json

    from newsfacts import Facts, Span, Statement

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "mkdocs-jupyter" in config and "quickstart_notebook.ipynb" in config
    notebook = json.loads((ROOT / "docs" / "quickstart_notebook.ipynb").read_text(encoding="utf-8"))
    (cell,) = ["".join(c["source"]) for c in notebook["cells"]
               if c["cell_type"] == "code" and "for s in facts.statements" in "".join(c["source"])]
    text = '"We will rebuild," a voice said.'
    span = Span(start=1, end=16, text=text[1:16])
    facts = Facts(text=text, statements=[Statement(speaker=None, kind="direct", text=span.text, cue=None,
                                                   span=span, speaker_span=None, parts=[span])])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(cell, {"facts": facts})
    assert "We will rebuild" in out.getvalue()
