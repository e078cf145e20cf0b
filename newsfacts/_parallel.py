"""``extract_many(n_process=N)``: whole articles in worker processes, ``Facts`` back.

spaCy's own ``nlp.pipe(n_process=N)`` sends every processed Doc back to the parent as
msgpack bytes. Reading one back calls srsly's msgpack decoder once for the Doc and once
per span group (newsfacts writes about ten), and each call asks ``catalogue`` for the
registered msgpack decoders, which scans the entry points of every installed package
(``importlib.metadata``): milliseconds per call, paid by the one parent for every article.
So here no Doc crosses the process boundary: a worker cleans the text, runs the pipeline
and builds the records itself, and sends back the finished ``Facts`` (pickled; unpickling a
pydantic model re-runs no validation). The parent only reads input and hands out work.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from newsfacts.records import Facts

if TYPE_CHECKING:
    from newsfacts.extractor import Extractor

__all__ = ["extract_in_processes", "worker_count"]

Item = tuple[str, dict[str, Any]]
#: Units of work handed out ahead of the one the parent waits for, per worker: enough that a
#: worker never waits for the parent to take a long article's Facts before it gets more work.
_AHEAD = 8
#: A unit of work closes at this many characters (about one news article, a fifth of a second
#: of one core) or at ``batch_size`` articles: small units keep every worker busy to the end of
#: a run (with units of 16 articles, two workers could differ by seconds), and a batch's size
#: changes neither the Facts nor the CPU time per article (measured: batches of 1 to 32).
_UNIT_CHARS = 4_000

#: Extractors by key: in the parent, those handed to workers (forked workers inherit them);
#: in a spawned worker, those it loaded itself by model name.
_workers: dict[tuple[int, str | None, int, int | None], Extractor] = {}


def worker_count(n_process: int) -> int:
    """``n_process`` as a number of processes: -1 (or any number below 1) means one per core."""
    return n_process if n_process >= 1 else max(1, os.cpu_count() or 1)


def _extract_batch(key: tuple[int, str | None, int, int | None], published: dt.date | None, batch_size: int,
                   batch: list[Item], strict: bool = False) -> list[Facts]:
    """In a worker: the Facts of one batch, from the pipeline this process holds (loaded once)."""
    from newsfacts.extractor import Extractor

    extractor = _workers.get(key)
    if extractor is None:
        _, model, chunk_chars, max_chars = key
        if model is None:
            raise RuntimeError("n_process > 1 with a Language object needs the 'fork' start method; "
                               "pass the pipeline's name or directory instead")
        extractor = _workers[key] = Extractor(model, chunk_chars=chunk_chars, max_chars=max_chars)
    return list(extractor.extract_many(batch, published=published, batch_size=batch_size, strict=strict))


def _start_worker(parent: int) -> None:
    """In a new worker: locks of its own for the inherited pipelines, and an exit with the parent.

    The objects inherited from a forked parent are frozen out of the garbage collector: a full
    collection would otherwise visit (and so copy, page by page) the whole loaded pipeline.
    """
    from newsfacts.pipeline import lock_for

    gc.freeze()
    for extractor in _workers.values():
        extractor._lock = lock_for(extractor.nlp)
    _exit_with_parent(parent)


def _exit_with_parent(parent: int) -> None:
    """In a worker: leave when the parent process is gone (killed, it cannot say so itself)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="newsfacts-parent-watch", daemon=True).start()


def _context() -> Any:
    """Fork where the platform has it (workers inherit the loaded pipeline), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def extract_in_processes(
    extractor: Extractor,
    items: Iterable[Item],
    *,
    published: dt.date | None,
    batch_size: int,
    n_process: int,
    strict: bool = False,
) -> Iterator[Facts]:
    """Facts of already checked ``(text, options)`` items, in input order, from ``n_process``
    worker processes; at most a few batches per worker are in flight, so the input may be a
    stream of any length.

    An error the input raises (an unreadable item) is raised after the Facts of every item
    before it, as the one-process path does.
    """
    key = (id(extractor), extractor.model_name, extractor.chunk_chars, extractor.max_chars)
    _workers[key] = extractor  # forked workers find it there
    workers = worker_count(n_process)
    pending: deque[Future[list[Facts]]] = deque()
    batches = _batches(items, batch_size)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_start_worker,
                               initargs=(os.getpid(),))
    failure: BaseException | None = None
    try:
        while True:
            while failure is None and len(pending) < workers * _AHEAD:
                try:
                    batch = next(batches)
                except StopIteration:
                    break
                except Exception as err:  # raised once the batches before it are out
                    failure = err
                    break
                pending.append(pool.submit(_extract_batch, key, published, batch_size, batch, strict))
            if not pending:
                break
            yield from pending.popleft().result()
    finally:  # a consumer that stops early leaves no work running
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        _workers.pop(key, None)
    if failure is not None:
        raise failure


def _batches(items: Iterable[Item], size: int, chars: int = _UNIT_CHARS) -> Iterator[list[Item]]:
    """Lists of up to ``size`` items, each closed once its texts reach ``chars`` characters;
    when the input fails, the items read before it come first."""
    batch: list[Item] = []
    total = 0
    stream = iter(items)
    while True:
        try:
            item = next(stream)
        except StopIteration:
            break
        except Exception:
            if batch:
                yield batch
            raise
        batch.append(item)
        total += len(item[0])
        if len(batch) >= size or total >= chars:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch
