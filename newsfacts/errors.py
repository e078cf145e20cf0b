"""Errors raised by newsfacts.

The hierarchy::

    NewsfactsError
    ├── ModelNotFoundError      (also an OSError, as spaCy's own load errors are): a pipeline
    │                           that is missing or broken, raised when it is loaded
    └── InvalidInputError       (also a ValueError): a bad value, e.g. `published`, or a text
        │                       that is not valid Unicode (lone surrogates)
        ├── InputTooLongError   a text over the configured `max_chars`
        └── MissingComponentError  a spaCy pipeline given to `Extractor` lacks a component
                                newsfacts needs

A text that is not a ``str`` raises the built-in ``TypeError``.
"""

from __future__ import annotations

__all__ = ["NewsfactsError", "ModelNotFoundError", "InvalidInputError", "InputTooLongError", "MissingComponentError"]


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class ModelNotFoundError(NewsfactsError, OSError):
    """No spaCy pipeline could be loaded under the name or path given."""


class InvalidInputError(NewsfactsError, ValueError):
    """An argument has the right type but a value newsfacts cannot use."""


class InputTooLongError(InvalidInputError):
    """A text is longer than the extractor's ``max_chars``; nothing is cut silently."""


class MissingComponentError(InvalidInputError):
    """A pipeline handed to ``Extractor`` lacks a component that extraction needs."""
