"""Batch runs on one machine: articles with ids in, an output directory filled as they finish.

>>> from newsfacts.batch import extract_to
>>> from newsfacts.outputs import open_output
>>> output = open_output("out", "parquet")                      # doctest: +SKIP
>>> todo = [(i, t) for i, t in articles if i not in output.done]  # doctest: +SKIP
>>> extract_to(output, todo, n_process=2)                       # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsfacts.extractor import PublishedLike, _extractor
from newsfacts.outputs import Output

__all__ = ["extract_to", "Article"]

#: An article to extract: its id, and its text or a ``(text, options)`` pair as
#: ``newsfacts.extract_many`` takes them (the id becomes ``Facts.id``).
Article = tuple[str, str | tuple[str, dict[str, Any]]]


def extract_to(
    output: Output,
    articles: Iterable[Article],
    *,
    published: PublishedLike = None,
    batch_size: int = 16,
    n_process: int = 1,
    model: str | os.PathLike[str] | None = None,
    on_written: Callable[[str], None] | None = None,
) -> int:
    """Extract ``articles`` through ``newsfacts.extract_many`` and write each one to
    ``output`` under its id (also ``Facts.id``) as soon as it is done; ``on_written(id)`` follows each write.

    Articles whose id is in ``output.done`` are skipped, so calling this again after an
    interruption only does the rest. Returns the number of articles written.
    """
    ids: deque[str] = deque()

    def items() -> Iterator[str | tuple[str, dict[str, Any]]]:
        seen: set[str] = set()
        for article_id, item in articles:
            if article_id in output.done:
                continue
            if article_id in seen:
                raise ValueError(f"two articles have the id {article_id!r}")
            seen.add(article_id)
            ids.append(article_id)
            text, options = (item[0], item[1]) if isinstance(item, tuple) else (item, {})
            yield text, {**options, "id": article_id}

    written = 0
    try:
        stream = _extractor(model).extract_many(items(), published=published, batch_size=batch_size,
                                                n_process=n_process)
        for facts in stream:
            article_id = ids.popleft()
            output.write(article_id, facts.model_dump(mode="json"))
            written += 1
            if on_written is not None:
                on_written(article_id)
    finally:
        output.close()
    return written
