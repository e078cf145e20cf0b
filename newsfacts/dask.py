"""newsfacts on a Dask cluster (``pip install 'newsfacts[dask]'``).

>>> import dask.bag as db
>>> from newsfacts.dask import extract_bag, to_dataframes
>>> bag = db.from_sequence([(text, {"id": "a1"}), ...], partition_size=4)   # doctest: +SKIP
>>> facts = extract_bag(bag, published="2023-06-01")      # a bag of Facts dicts, each with "id"
>>> tables = to_dataframes(facts)                          # dask DataFrames, one per record kind
>>> tables["statements"].to_parquet("statements/")         # doctest: +SKIP

Each task extracts a whole partition with ``newsfacts.extract_many``. The pipeline is
loaded once per worker process, by name, into that process's own cache (the
``LoadPipeline`` worker plugin loads it when the worker starts): tasks carry the texts
and the model's name, never the model. An article takes about a fifth of a second of one
core and a Dask task costs about a millisecond, so partitions of a few articles keep every
worker busy to the end of a run at no cost (partitions of 16 can leave a worker idle for
seconds while another finishes its last one).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

try:
    from distributed import WorkerPlugin
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError("newsfacts.dask needs Dask: pip install 'newsfacts[dask]'") from err

from newsfacts._parallel import Item as Pair
from newsfacts._parallel import _batches
from newsfacts.batch import Article
from newsfacts.extractor import PublishedLike, _extractor, _parse_published
from newsfacts.outputs import Output
from newsfacts.parquet import COLUMNS, KINDS, article_rows, facts_from_dict

__all__ = ["extract_bag", "to_dataframes", "extract_partition", "LoadPipeline", "extract_on_cluster",
           "connect"]

Item = str | tuple[str, dict[str, Any]]


def extract_partition(items: Iterable[Item], published: PublishedLike = None, batch_size: int = 16,
                      model: str | None = None) -> list[dict[str, Any]]:
    """The Facts dicts (``Facts.model_dump(mode="json")``) of one partition, with this
    process's pipeline. Items are as ``newsfacts.extract_many`` takes them: texts, or
    ``(text, {"id": ..., "published": ...})`` pairs."""
    facts = _extractor(model).extract_many(items, published=published, batch_size=batch_size)
    return [f.model_dump(mode="json") for f in facts]


def extract_bag(bag: Any, *, published: PublishedLike = None, batch_size: int = 16,
                model: str | os.PathLike[str] | None = None) -> Any:
    """A ``dask.bag`` of Facts dicts (``Facts.model_dump(mode="json")``, with the ``"id"`` an
    item gave), one per item of ``bag``, in its order. Items are as for ``extract_partition``."""
    date = _parse_published(published)
    name = os.fspath(model) if model is not None else None
    return bag.map_partitions(extract_partition, published=date, batch_size=batch_size, model=name)


def _rows(partition: Iterable[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [row for data in partition for row in article_rows(str(data["id"]), facts_from_dict(data))[kind]]


def _meta(kind: str) -> Any:
    import pandas as pd

    dtypes = {"string": pd.StringDtype(), "int64": pd.Int64Dtype(), "float64": "float64"}
    columns = [("article_id", "string"), *COLUMNS[kind]]
    return pd.DataFrame({name: pd.Series(dtype=dtypes[t]) for name, t in columns})


def to_dataframes(bag: Any) -> dict[str, Any]:
    """One dask DataFrame per table of ``newsfacts.parquet.KINDS`` (record kinds and
    ``articles``), each row with its ``article_id`` and evidence offsets."""
    return {kind: bag.map_partitions(_rows, kind).to_dataframe(meta=_meta(kind)) for kind in KINDS}


class LoadPipeline(WorkerPlugin):
    """Worker plugin: load the pipeline into each worker process as it starts.

    ``client.register_plugin(LoadPipeline(model))``; the plugin carries the model's name only.
    """

    name = "newsfacts-load-pipeline"

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        _extractor(self.model)

    def teardown(self, worker: Any) -> None:
        return None


#: Dask settings of the ``LocalCluster`` that ``local:N`` starts. Its workers run one long
#: CPU-bound task at a time, so Dask's own housekeeping is made rarer: by default each worker
#: samples its task's stack every 10 ms (the task profiler, which takes the GIL from the task)
#: and every process wakes every 20 ms to time its event loop; idle, the defaults cost about
#: 13% of a core across the scheduler and two workers, under 2% with these.
#: The nanny also starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536``; setting it turns
#: off glibc's sliding mmap threshold, so every large array the model allocates (hundreds of
#: kilobytes) is mapped and unmapped anew: 20-24 ms of system time an article against 1-4 ms
#: without it (docs/performance.md). The workers keep glibc's default, as one process does.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


def connect(address: str) -> tuple[Any, Callable[[], None]]:
    """A ``distributed.Client`` for ``tcp://host:port``, or for a new ``LocalCluster`` of N
    one-thread worker processes for ``local:N`` (with ``LOCAL_CLUSTER_CONFIG``); and the
    function that closes what was opened."""
    import dask
    from distributed import Client, LocalCluster

    if address.startswith("local:"):
        try:
            workers = int(address.removeprefix("local:"))
        except ValueError:
            workers = 0
        if workers < 1:
            raise ValueError(f"--dask local:N needs a number of workers of at least 1, not {address!r}")
        with dask.config.set(LOCAL_CLUSTER_CONFIG):  # the workers take the settings as they start
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0")
            client = Client(cluster)  # type: ignore[no-untyped-call]

        def close_local() -> None:
            client.close()  # type: ignore[no-untyped-call]
            cluster.close()

        return client, close_local
    if "://" not in address:
        raise ValueError(f"--dask takes tcp://host:port or local:N, not {address!r}")
    client = Client(address)  # type: ignore[no-untyped-call]
    return client, client.close


def extract_on_cluster(
    client: Any,
    output: Output,
    articles: Iterable[Article],
    *,
    published: PublishedLike = None,
    batch_size: int = 16,
    model: str | os.PathLike[str] | None = None,
    on_written: Callable[[str], None] | None = None,
) -> int:
    """Like ``newsfacts.batch.extract_to``, on the cluster behind ``client``: partitions
    of up to ``batch_size`` articles (fewer when their texts are long: about one news article
    of text a task) are sent as tasks (a few per worker thread at a time) and written, in input
    order, as they come back. Returns the number of articles written."""
    name = os.fspath(model) if model is not None else None
    date = _parse_published(published)
    client.register_plugin(LoadPipeline(name))
    threads = max(1, sum(client.nthreads().values()))
    pending: deque[tuple[list[str], Any]] = deque()
    written = 0
    try:
        for ids, items in _partitions(articles, output.done, batch_size):
            pending.append((ids, client.submit(extract_partition, items, date, batch_size, name, pure=False)))
            while len(pending) > 8 * threads:
                written += _write(output, *pending.popleft(), on_written)
        while pending:
            written += _write(output, *pending.popleft(), on_written)
    finally:
        for _, future in pending:
            future.cancel()
        output.close()
    return written


def _partitions(articles: Iterable[Article], done: set[str], size: int) -> Iterator[tuple[list[str], list[Pair]]]:
    """Tasks of articles not yet done, cut as ``extract_many(n_process=N)`` cuts its units of
    work (up to ``size`` articles, closed at about one article's characters), so that every
    worker stays busy to the end of the run; each with its articles' ids."""
    for batch in _batches(_items_to_do(articles, done), size):
        yield [options["id"] for _, options in batch], batch


def _items_to_do(articles: Iterable[Article], done: set[str]) -> Iterator[Pair]:
    """The articles not yet done, as ``(text, options)`` with the id in the options; two
    articles with one id are a ``ValueError``."""
    seen: set[str] = set()
    for article_id, item in articles:
        if article_id in done:
            continue
        if article_id in seen:
            raise ValueError(f"two articles have the id {article_id!r}")
        seen.add(article_id)
        text, options = (item[0], item[1]) if isinstance(item, tuple) else (item, {})
        yield text, {**options, "id": article_id}


def _write(output: Output, ids: Sequence[str], future: Any, on_written: Callable[[str], None] | None) -> int:
    for article_id, data in zip(ids, future.result(), strict=True):
        output.write(article_id, data)
        if on_written is not None:
            on_written(article_id)
    return len(ids)
