"""newsfacts' spaCy components, one module each, registered as spaCy factories.

Importing this package registers every factory; the ``spacy_factories`` entry points
let ``nlp.add_pipe("newsfacts_casualties")`` work without importing newsfacts first.
"""

from __future__ import annotations

from newsfacts.components.article import ArticleFinder
from newsfacts.components.attribute_ruler import FastAttributeRuler
from newsfacts.components.casualties import CasualtyFinder
from newsfacts.components.dates import DateFinder
from newsfacts.components.deployments import DeploymentFinder
from newsfacts.components.entities import EntityCorrector
from newsfacts.components.lemmatizer import FastLemmatizer
from newsfacts.components.quantities import QuantityFinder
from newsfacts.components.sentence_starts import SentenceStarts
from newsfacts.components.statements import StatementFinder

__all__ = [
    "ArticleFinder",
    "FastAttributeRuler",
    "CasualtyFinder",
    "DateFinder",
    "DeploymentFinder",
    "EntityCorrector",
    "FastLemmatizer",
    "SentenceStarts",
    "QuantityFinder",
    "StatementFinder",
]

#: Our components in pipeline order, after the statistical model's own.
PIPELINE = (
    "newsfacts_article",
    "newsfacts_entities",
    "newsfacts_dates",
    "newsfacts_quantities",
    "newsfacts_statements",
    "newsfacts_deployments",
    "newsfacts_casualties",
)
