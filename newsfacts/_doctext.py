"""The text of a Doc, joined once per Doc.

``Doc.text`` joins the text of every token anew at each call; the components read it a
dozen times an article. A Doc's text never changes (the retokenizer keeps it), so each
Doc's text is kept while the Doc lives (a weak reference: the Doc is not held) and handed
out again. ``nlp.pipe`` runs each component over a batch of Docs before the next
component, so a text is kept per Doc, not for the last Doc only.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

__all__ = ["doc_text"]

#: Each living Doc's text, by the Doc (compared by identity: a Doc defines no equality).
_texts: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = _texts.get(doc)
    if text is None:
        text = _texts[doc] = doc.text
    return text
