"""Errors raised by newsfacts.

The hierarchy::

    NewsfactsError
    ├── ModelNotFoundError      (also an OSError, as spaCy's own load errors are): a pipeline
    │                           that is missing or broken, raised when it is loaded
    └── InvalidInputError       (also a ValueError): a bad value, e.g. `published`, or a text
        │                       that is not valid Unicode (lone surrogates)
        ├── InputTooLongError   a text over the configured `max_chars`
        ├── MissingComponentError  a spaCy pipeline given to `Extractor` lacks a component
        │                       newsfacts needs
        └── NotEnglishError     a text in another language, with `strict=True`

A text that is not a ``str`` raises the built-in ``TypeError``. A text in another language
is read all the same, with a `NotEnglishWarning` (a ``UserWarning``).
"""

from __future__ import annotations

__all__ = [
    "NewsfactsError",
    "ModelNotFoundError",
    "InvalidInputError",
    "InputTooLongError",
    "MissingComponentError",
    "NotEnglishError",
    "NotEnglishWarning",
]


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


class NotEnglishError(InvalidInputError):
    """A text is not in English and ``strict=True`` was asked; ``language`` is its ISO 639-1 code."""

    def __init__(self, message: str, language: str) -> None:
        super().__init__(message, language)  # both in args, so the exception pickles whole
        self.language = language

    def __str__(self) -> str:
        return str(self.args[0])


class NotEnglishWarning(UserWarning):
    """A text looks like another language than English; ``language`` is its ISO 639-1 code.
    Its facts are extracted all the same, and ``Facts.language`` records the language."""

    def __init__(self, message: str, language: str) -> None:
        super().__init__(message, language)  # both in args, so the exception pickles whole
        self.language = language

    def __str__(self) -> str:
        return str(self.args[0])
