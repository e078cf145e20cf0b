"""Which language an article is in, by py3langid (a naive Bayes model over byte n-grams).

newsfacts reads English only. A text in another language gives wrong facts (a German verb
taken for a speaker's name), so :func:`check_language` says so with a
:class:`~newsfacts.errors.NotEnglishWarning`, or raises
:class:`~newsfacts.errors.NotEnglishError` when asked to be strict.
"""

from __future__ import annotations

import functools
import warnings
from typing import Any

from newsfacts.errors import NotEnglishError, NotEnglishWarning

__all__ = ["detect_language", "check_language", "language_name", "MIN_CONFIDENCE", "SAMPLE_CHARS"]

#: How sure the model must be before a language is named; below it the language is unknown.
MIN_CONFIDENCE = 0.9
#: How much of the text, from its start, the model reads: enough to decide, cheap on long texts.
SAMPLE_CHARS = 2_000


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure.

    Short texts (a line or two) often leave the model below ``MIN_CONFIDENCE``: None.
    """
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if not sample:
        return None
    code, confidence = _identifier().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE else None


def language_name(code: str) -> str:
    """The language's English name where spaCy knows it ("German" for "de"), else the code."""
    from spacy.util import get_lang_class

    try:
        return get_lang_class(code).__name__
    except (ImportError, KeyError):
        return code


def check_language(text: str, *, strict: bool = False, label: str = "the text") -> str | None:
    """Detect the language of ``text``; warn (or raise, if ``strict``) when it is not English.

    Returns the language code (None when unsure). ``label`` names the text in the message.
    """
    code = detect_language(text)
    if code is None or code == "en":
        return code
    message = (f"{label} looks like {language_name(code)} ({code}), not English: newsfacts reads "
               "English only, so its facts are likely wrong")
    if strict:
        raise NotEnglishError(message, code)
    warnings.warn(NotEnglishWarning(message, code), stacklevel=2)
    return code
