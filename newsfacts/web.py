"""Web pages in: the main text by trafilatura, the publication date by htmldate."""

from __future__ import annotations

import datetime as dt
import os

from newsfacts.extractor import PublishedLike, _parse_published, extract
from newsfacts.records import Facts

__all__ = ["extract_html", "html_to_text"]


def html_to_text(html: str, *, url: str | None = None) -> tuple[str, dt.date | None]:
    """The article text of a web page (headline first) and its publication date, if found.

    Menus, "related stories" and footers are left out by trafilatura; the date comes from
    htmldate (original publication date, not the last update).
    """
    if not isinstance(html, str):
        raise TypeError(f"newsfacts extracts from str, not {type(html).__name__}")
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                      with_metadata=True)
    found = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d") if html.strip() else None
    if doc is None:
        return "", _date(found)
    data = doc if isinstance(doc, dict) else doc.as_dict()
    title = (data.get("title") or "").strip()
    body = (data.get("text") or "").strip()
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return text, _date(found)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def extract_html(
    html: str,
    *,
    url: str | None = None,
    published: PublishedLike = None,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    model: str | os.PathLike[str] | None = None,
) -> Facts:
    """Facts from a web page. Offsets refer to the extracted text, which ``Facts.text`` holds.

    ``published`` wins over the date htmldate finds in the page; ``id``, ``url``,
    ``title`` and ``source`` are carried to the ``Facts`` (see ``newsfacts.extract``).
    """
    date = _parse_published(published)
    text, found = html_to_text(html, url=url)
    return extract(text, published=date or found, title=title, id=id, url=url, source=source, model=model)
