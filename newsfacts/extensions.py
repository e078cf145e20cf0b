"""The spaCy extension attributes newsfacts writes, all under the prefix ``nf_``.

Values are plain Python data (str, int, tuples, dicts of those), so Docs stay
serialisable with ``doc.to_bytes()`` and travel through ``nlp.pipe(n_process=...)``.

Doc
    ``nf_published`` (str | None): publication date, ISO ``YYYY-MM-DD``; set it before the
    pipeline runs, or ``newsfacts_article`` looks for it in the text.
    ``nf_headline`` (tuple[int, int] | None): character offsets of the headline.
    ``nf_title`` (str | None): the article's title when given apart from the text; only a
    first line that repeats it is then the headline.
    ``nf_body_only`` (bool | None): True for a later piece of a long article: no line of it
    is a headline.
Span
    ``nf_name`` (str | None): canonical name of an entity ("Jens Stoltenberg").
    ``nf_date``, ``nf_quantity``, ``nf_statement``, ``nf_deployment``, ``nf_casualty``
    (dict | None): what each component found, on the spans of its span group.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["register_extensions", "DOC_EXTENSIONS", "SPAN_EXTENSIONS"]

DOC_EXTENSIONS = ("nf_published", "nf_headline", "nf_title", "nf_body_only")
SPAN_EXTENSIONS = ("nf_name", "nf_date", "nf_quantity", "nf_statement", "nf_deployment", "nf_casualty")


def register_extensions() -> None:
    """Declare the ``nf_`` extensions once; a name someone else declared is left alone."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
