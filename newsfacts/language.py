"""Which language an article is in: English at a glance by its function words, else by
py3langid (a naive Bayes model over byte n-grams).

newsfacts reads English only. A text in another language gives wrong facts (a German verb
taken for a speaker's name), so `check_language` says so with a
[`NotEnglishWarning`][newsfacts.errors.NotEnglishWarning], or raises
[`NotEnglishError`][newsfacts.errors.NotEnglishError] when asked to be strict.
"""

from __future__ import annotations

import functools
import re
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


#: Words that only English uses this often: a text rich in them is English at a glance.
ENGLISH_MARKERS = frozenset(
    "the of and to that is was were for with said has have had by from it this at are be not but "
    "which who their they would will been".split())
#: The share of marker words above which a text of ``MIN_WORDS`` or more is English.
ENGLISH_SHARE = 0.12
#: Fewer words than this are never judged at a glance.
MIN_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure.

    1. English at a glance: among ``MIN_WORDS`` or more words, at least ``ENGLISH_SHARE``
       are English function words ("the", "of", "said"). Most texts stop here, and the
       model is never loaded.
    2. Else py3langid decides on the first ``SAMPLE_CHARS`` characters; below
       ``MIN_CONFIDENCE`` (short texts, a line or two) the language is unknown: None.
    """
    sample = " ".join(text[:SAMPLE_CHARS].split())
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    if len(words) >= MIN_WORDS and sum(w in ENGLISH_MARKERS for w in words) >= ENGLISH_SHARE * len(words):
        return "en"
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
