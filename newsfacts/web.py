"""Web pages in: one trafilatura pass gives the main text and the page's metadata.

trafilatura leaves out menus, "related stories" and footers, and its metadata carries the
title, the author, the site name, the page's address and the publication date (found by
htmldate, the original publication date rather than the last update): the page is parsed
once.

Bytes are decoded in the charset the page declares (``<meta charset>``, or the
``Content-Type`` meta element); a page that declares none is decoded as UTF-8 when it is
valid UTF-8, else in the encoding trafilatura detects.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from dataclasses import dataclass

from newsfacts.extractor import PublishedLike, _check_identity, _parse_published, extract
from newsfacts.records import Facts

__all__ = ["Page", "extract_html", "html_to_text", "read_page"]

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
#: How far into the page a charset declaration is looked for (HTML says: the first 1024 bytes).
_CHARSET_WINDOW = 4096
#: Labels that browsers read as windows-1252, as the WHATWG Encoding standard says.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"})


@dataclass(frozen=True)
class Page:
    """What one web page gives: its article text and its metadata."""

    text: str
    """The title, a blank line, then the main text; empty when the page has no article."""
    title: str | None = None
    """The page's title as trafilatura reads it (``og:title``, ``<h1>``, ``<title>``)."""
    published: dt.date | None = None
    """Publication date found by htmldate, through trafilatura."""
    url: str | None = None
    """The page's address: the one given, else the canonical address the page states."""
    source: str | None = None
    """The site's name (``og:site_name``, or the publisher named in the page)."""
    author: str | None = None
    """The author(s) the page names."""


def read_page(html: str | bytes, *, url: str | None = None) -> Page:
    """The article text and metadata of a web page, in one trafilatura pass."""
    if isinstance(html, bytes):
        html = _decode(html)
    elif not isinstance(html, str):
        raise TypeError(f"newsfacts reads web pages from str or bytes, not {type(html).__name__}")
    if not html.strip():
        return Page(text="", url=url)
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                      with_metadata=True)
    if doc is None:
        return Page(text="", url=url)
    data = doc if isinstance(doc, dict) else doc.as_dict()
    title = _field(data, "title")
    body = (data.get("text") or "").strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Page(text=text, title=title, published=_date(data.get("date")), url=url or _field(data, "url"),
                source=_field(data, "sitename"), author=_field(data, "author"))


def html_to_text(html: str | bytes, *, url: str | None = None) -> tuple[str, dt.date | None]:
    """The article text of a web page (headline first) and its publication date, if found."""
    page = read_page(html, url=url)
    return page.text, page.published


def _decode(raw: bytes) -> str | bytes:
    """``raw`` decoded in the charset it declares; bytes left to trafilatura when it declares none.

    1. A byte-order mark decides.
    2. A declared charset in the page's head is honoured (a Latin-1 label as windows-1252,
       as browsers do); bytes it cannot decode are replaced.
    3. Undeclared: UTF-8 when the bytes are valid UTF-8, else trafilatura's own detection.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    m = _DECLARED_CHARSET.search(raw[:_CHARSET_WINDOW])
    if m is not None:
        label = m.group(1).decode("ascii").lower()
        label = "cp1252" if label in _WINDOWS_1252 else label
        try:
            return raw.decode(codecs.lookup(label).name, errors="replace")
        except LookupError:
            pass  # an unknown label: as if none were declared
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


def _field(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return text or None


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else None
    except ValueError:
        return None


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: PublishedLike = None,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    strict: bool = False,
    model: str | os.PathLike[str] | None = None,
) -> Facts:
    """Facts from a web page. Offsets refer to the extracted text, which ``Facts.text`` holds.

    ``html`` may be bytes (as read from a file or a response): they are decoded in the
    charset the page declares. What the caller gives wins over what the page says:
    ``published`` over the page's date, ``url``, ``title`` and ``source`` over its address,
    title and site name. The page's title heads ``Facts.text`` and is its ``headline``.
    ``id`` and ``strict`` are as for [`extract`][newsfacts.extract].
    """
    date = _parse_published(published)
    _check_identity({"title": title, "id": id, "url": url, "source": source})
    page = read_page(html, url=url)
    facts = extract(page.text, published=date or page.published, title=page.title, id=id,
                    url=page.url, source=source or page.source, strict=strict, model=model)
    # the page's title line is the headline; a title the caller gives is the article's title
    return facts.model_copy(update={"title": title}) if title is not None else facts
