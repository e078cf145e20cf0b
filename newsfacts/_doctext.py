"""The text of a Doc, joined once per Doc.

``Doc.text`` joins the text of every token anew at each call; the components read it a
dozen times an article. A Doc's text never changes (the retokenizer keeps it), so the text
of the last Doc asked about is kept and handed out again while the same Doc is asked about.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_text"]

#: The last Doc asked about and its text; the Doc is held so that its identity stays unique.
_last: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once for the Doc the components are reading."""
    global _last
    held = _last
    if held is not None and held[0] is doc:
        return held[1]
    text = doc.text
    _last = (doc, text)
    return text
