"""newsfacts: typed, grounded facts from English news text.

>>> from newsfacts import extract
>>> facts = extract(text, published="2023-06-01")   # doctest: +SKIP
>>> facts.deployments, facts.casualties, facts.statements   # doctest: +SKIP
"""

from __future__ import annotations

from newsfacts.cleaning import clean
from newsfacts.errors import (
    InputTooLongError,
    InvalidInputError,
    ModelNotFoundError,
    NewsfactsError,
    NotEnglishError,
    NotEnglishWarning,
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

__version__ = "0.1.0"

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
    "NotEnglishError",
    "NotEnglishWarning",
    "__version__",
]
