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
