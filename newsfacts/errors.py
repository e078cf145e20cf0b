"""Errors raised by newsfacts.

The hierarchy::

    NewsfactsError
    ├── ModelNotFoundError      (also an OSError, as spaCy's own load errors are)
    └── InvalidInputError       (also a ValueError): a bad option value, e.g. `published`

A text that is not a ``str`` raises the built-in ``TypeError``.
"""

from __future__ import annotations

__all__ = ["NewsfactsError", "ModelNotFoundError", "InvalidInputError"]


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class ModelNotFoundError(NewsfactsError, OSError):
    """No spaCy pipeline could be loaded under the name or path given."""


class InvalidInputError(NewsfactsError, ValueError):
    """An argument has the right type but a value newsfacts cannot use."""
