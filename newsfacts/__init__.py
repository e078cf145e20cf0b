"""newsfacts: typed, grounded facts from English news text.

>>> from newsfacts import extract
>>> facts = extract(text, published="2023-06-01")   # doctest: +SKIP
>>> facts.deployments, facts.casualties, facts.statements   # doctest: +SKIP
"""

from __future__ import annotations

from importlib import metadata as _metadata

from newsfacts.cleaning import clean
from newsfacts.errors import (
    InputTooLongError,
    InvalidInputError,
    MissingComponentError,
    ModelNotFoundError,
    NewsfactsError,
)
from newsfacts.evaluation import evaluate
from newsfacts.extractor import Extractor, extract, extract_many
from newsfacts.grouping import group_stories
from newsfacts.pipeline import load
from newsfacts.records import (
    Casualty,
    CasualtyFigure,
    DateMention,
    Entity,
    Facts,
    Quantity,
    Span,
    Speaker,
    Statement,
    TroopDeployment,
)
from newsfacts.render import render
from newsfacts.story import Story, merge
from newsfacts.web import extract_html

try:
    __version__ = _metadata.version("newsfacts")  # the one place: pyproject.toml
except _metadata.PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "extract",
    "extract_many",
    "extract_html",
    "merge",
    "group_stories",
    "Story",
    "render",
    "load",
    "clean",
    "evaluate",
    "Extractor",
    "Facts",
    "Span",
    "Entity",
    "Speaker",
    "Statement",
    "TroopDeployment",
    "Casualty",
    "CasualtyFigure",
    "DateMention",
    "Quantity",
    "NewsfactsError",
    "ModelNotFoundError",
    "InvalidInputError",
    "InputTooLongError",
    "MissingComponentError",
    "__version__",
]
