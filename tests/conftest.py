from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsfacts import Extractor

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
#: The shared gold corpus, where it sits beside the checkout (or where NEWSFACTS_GOLD_DIR says).
SHARED_CORPUS = Path(os.environ.get("NEWSFACTS_GOLD_DIR") or ROOT.parent / "shared" / "corpus")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor: Extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def bare():
    """The model as spaCy loads it, without newsfacts' components or replacements."""
    import spacy

    from newsfacts.pipeline import resolve_model_name

    return spacy.load(resolve_model_name())
