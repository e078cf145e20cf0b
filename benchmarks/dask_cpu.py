"""Where a Dask run's CPU time goes, against one process: user and system CPU seconds per
article of the workers (``/proc/<pid>/stat``), of the process holding the client and the
scheduler, and of one process running ``extract_many`` (CPU time moves far less with the
machine's load than wall time).

    python benchmarks/dask_cpu.py [CORPUS_DIR] [--articles 60] [--partitions 4,1] [--repeats 1]
                                  [--nanny-trim] [--freeze]

The cluster is the one ``--dask local:2`` starts (``newsfacts.dask.connect``).
``--nanny-trim`` starts its workers with Dask's default ``MALLOC_TRIM_THRESHOLD_=65536``
again; ``--freeze`` runs ``gc.freeze()`` in each worker once the pipeline is loaded.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import time
from pathlib import Path

import newsfacts
from newsfacts.pipeline import resolve_model_name

ROOT = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> tuple[float, float]:
    """User and system CPU seconds of process ``pid``."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / TICK, int(fields[12]) / TICK


def own_cpu() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def freeze() -> int:
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--partitions", default="4,1", help="partition sizes to time, comma-separated")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--nanny-trim", action="store_true")
    parser.add_argument("--freeze", action="store_true")
    args = parser.parse_args()

    import dask.bag as db

    from newsfacts.dask import LoadPipeline, connect, extract_bag

    base = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    texts = [base[i % len(base)] for i in range(args.articles)]
    n = len(texts)
    model = resolve_model_name()
    ours = newsfacts.Extractor(model)
    list(ours.extract_many(texts[:10]))
    if args.nanny_trim:
        os.environ["MALLOC_TRIM_THRESHOLD_"] = "65536"  # the workers inherit it, as from Dask's nanny
    client, close = connect("local:2")
    try:
        client.register_plugin(LoadPipeline(model))
        if args.freeze:
            client.run(freeze)
        trim = sorted(set(map(str, client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values())))
        pids = list(client.run(os.getpid).values())
        extract_bag(db.from_sequence(texts, partition_size=4), model=model).compute()  # warm
        print(f"{n} articles; workers' MALLOC_TRIM_THRESHOLD_ {', '.join(trim)}; gc.freeze in workers: "
              f"{args.freeze}; load average {os.getloadavg()[0]:.1f}")
        for _ in range(args.repeats):
            before, start = own_cpu(), time.perf_counter()
            list(ours.extract_many(texts, batch_size=16))
            wall, after = time.perf_counter() - start, own_cpu()
            print(f"  one process          wall {wall:6.2f} s  CPU user {(after[0] - before[0]) / n * 1000:4.0f} "
                  f"sys {(after[1] - before[1]) / n * 1000:5.1f} ms/article")
            for size in (int(x) for x in args.partitions.split(",")):
                bag = db.from_sequence(texts, partition_size=size)
                w0, c0, start = [process_cpu(p) for p in pids], own_cpu(), time.perf_counter()
                extract_bag(bag, model=model).compute()
                dask_wall, c1, w1 = time.perf_counter() - start, own_cpu(), [process_cpu(p) for p in pids]
                user = sum(b[0] - a[0] for a, b in zip(w0, w1, strict=True)) / n * 1000
                system = sum(b[1] - a[1] for a, b in zip(w0, w1, strict=True)) / n * 1000
                client_ms = (c1[0] - c0[0] + c1[1] - c0[1]) / n * 1000
                print(f"  Dask, partitions of {size:2d} wall {dask_wall:6.2f} s  workers' CPU user {user:4.0f} "
                      f"sys {system:5.1f} ms/article; client and scheduler {client_ms:4.1f} ms/article; "
                      f"wall one / Dask {wall / dask_wall:.2f}")
        print(f"load average after {os.getloadavg()[0]:.1f}")
    finally:
        close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
