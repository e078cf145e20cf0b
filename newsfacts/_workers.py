"""Extraction in worker processes, for the HTTP service: one long text holds one worker,
not every client, and a worker that runs over its time is ended and replaced.

Each worker is a spawned process with its own pipeline; a task goes down a pipe and its
answer (Facts as JSON text) comes back. Calls block, so the service makes them from
threads.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.connection
import queue
import threading
import time
from typing import Any

__all__ = ["WorkerPool", "Busy", "TimedOut", "TaskFailed"]

#: A task: its kind ("text", "batch", "html") and its arguments.
Task = tuple[str, tuple[Any, ...]]


class Busy(Exception):
    """No worker came free within the time limit."""


class TimedOut(Exception):
    """The worker ran over the time limit; it was ended."""


class TaskFailed(Exception):
    """The worker refused the task: ``kind`` names the error class, ``args[0]`` its message."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _run(extractor: Any, kind: str, args: tuple[Any, ...]) -> Any:
    """One task, inside a worker."""
    from newsfacts.web import html_to_text

    if kind == "text":
        text, published = args
        return extractor.extract(text, published=published).model_dump_json()
    if kind == "batch":
        (items,) = args
        return [f.model_dump_json() for f in extractor.extract_many(
            [(text, {"published": published}) for text, published in items])]
    if kind == "story":
        from newsfacts.story import merge

        (articles,) = args
        return merge(extractor.extract_many(articles)).model_dump_json()
    if kind == "html":
        page, url, published = args
        text, found = html_to_text(page, url=url)
        date: dt.date | None = published or found
        return extractor.extract(text, published=date).model_dump_json()
    raise ValueError(f"unknown task {kind!r}")


def _serve(conn: multiprocessing.connection.Connection, model: str | None, max_chars: int | None) -> None:
    """A worker's life: load the pipeline, say so, then answer tasks until told to stop."""
    from newsfacts.errors import NewsfactsError
    from newsfacts.extractor import Extractor

    try:
        extractor = Extractor(model, max_chars=max_chars)
    except Exception as err:  # reported to the parent, which refuses to start
        conn.send(("failed", type(err).__name__, str(err)))
        return
    conn.send(("ready", "", ""))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        kind, args = message
        try:
            conn.send(("ok", _run(extractor, kind, args), ""))
        except (NewsfactsError, ValueError, TypeError) as err:
            conn.send(("invalid", type(err).__name__, str(err)))
        except Exception as err:  # noqa: BLE001 - the worker lives on; the parent answers 500
            conn.send(("error", type(err).__name__, str(err)))


class _Worker:
    def __init__(self, model: str | None, max_chars: int | None) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, model, max_chars), daemon=True)
        self.process.start()
        child.close()
        status, kind, message = self.conn.recv()
        if status != "ready":
            from newsfacts.errors import ModelNotFoundError

            self.process.join(timeout=5)
            raise ModelNotFoundError(message) if kind == "ModelNotFoundError" else TaskFailed(kind, message)

    def call(self, task: Task, timeout: float | None) -> Any:
        self.conn.send(task)
        if not self.conn.poll(timeout):
            raise TimedOut()
        status, value, message = self.conn.recv()
        if status == "ok":
            return value
        raise TaskFailed(value if status == "invalid" else "error", message)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """``n`` worker processes; ``call`` hands a task to the first free one.

    ``time_limit`` (seconds, None for none) bounds the wait for a free worker
    (``Busy``) and the work itself (``TimedOut``; the worker is ended and a new
    one started in the background).
    """

    def __init__(self, n: int, *, model: str | None = None, max_chars: int | None = None,
                 time_limit: float | None = None) -> None:
        if n < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.model = model
        self.max_chars = max_chars
        self.time_limit = time_limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(n):
            self._add(self._start())

    def _start(self) -> _Worker:
        return _Worker(self.model, self.max_chars)

    def _add(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                worker.stop()
                return
            self._all.add(worker)
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        threading.Thread(target=lambda: self._add(self._start()), daemon=True).start()

    def call(self, task: Task) -> Any:
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.time_limit)
        except queue.Empty:
            raise Busy() from None
        left = None if self.time_limit is None else max(0.0, self.time_limit - (time.monotonic() - started))
        try:
            result = worker.call(task, left)
        except TimedOut:
            self._replace(worker)
            raise
        except TaskFailed:
            self._idle.put(worker)
            raise
        except (OSError, EOFError):  # the worker died (out of memory, killed): start another
            self._replace(worker)
            raise
        self._idle.put(worker)
        return result

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
