"""Speed and memory of newsfacts against bare spaCy, measured side by side in one run.

    python benchmarks/speed_memory.py [CORPUS_DIR]      # default ../shared/corpus, else tests/fixtures

Prints each measurement with its target and PASS/FAIL. Ratios, not absolute times, so the
targets hold on any machine. Each timing is the best of a few runs.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import spacy

import newsfacts
from newsfacts.pipeline import resolve_model_name

ROOT = Path(__file__).resolve().parents[1]
BATCH_SIZE = 16
ARTICLES = 320
REPEATS = 2


def corpus_texts(directory: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt articles under {directory}")
    return texts


def best_time(run, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def words_in(nlp: spacy.Language, texts: list[str]) -> int:
    return sum(sum(1 for t in doc if not (t.is_space or t.is_punct)) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))


def fresh_process_seconds(code: str, runs: int = 3) -> float:
    """Median wall time of ``code`` in a new interpreter (it prints its own elapsed time)."""
    out = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        out.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(out)


def peak_rss_code(corpus: Path) -> str:
    return f"""
import resource, sys
sys.path.insert(0, {str(ROOT)!r})
from benchmarks.speed_memory import corpus_texts
from pathlib import Path
import newsfacts
texts = corpus_texts(Path({str(corpus)!r}))
stream = (texts[i % len(texts)] for i in range(1000))
marks = {{}}
for n, facts in enumerate(newsfacts.extract_many(stream, batch_size={BATCH_SIZE}), start=1):
    if n in (100, 1000):
        marks[n] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(marks[100], marks[1000])
print(0)
"""


def main(argv: list[str]) -> int:
    default = ROOT.parent / "shared" / "corpus"
    corpus = Path(argv[1]) if len(argv) > 1 else (default if default.is_dir() else ROOT / "tests" / "fixtures")
    base = corpus_texts(corpus)
    texts = [base[i % len(base)] for i in range(ARTICLES)]
    model = resolve_model_name()
    rows: list[tuple[str, str, str, bool]] = []

    bare = spacy.load(model)
    ours = newsfacts.Extractor(model)
    words = words_in(bare, texts)
    list(ours.extract_many(texts[:20], batch_size=BATCH_SIZE))  # warm both pipelines

    # 1. throughput: extract_many against bare nlp.pipe, same model and batch size
    t_bare = best_time(lambda: [None for _ in bare.pipe(texts, batch_size=BATCH_SIZE)])
    t_ours = best_time(lambda: list(ours.extract_many(texts, batch_size=BATCH_SIZE)))
    ratio = (words / t_ours) / (words / t_bare)
    rows.append(("extract_many words/s / bare nlp.pipe words/s",
                 f"{words / t_ours:,.0f} / {words / t_bare:,.0f} = {ratio:.2f}", ">= 0.80", ratio >= 0.80))

    # 2. two processes against one, identical output
    one = [f.model_dump_json() for f in ours.extract_many(texts, batch_size=BATCH_SIZE, n_process=1)]
    two = [f.model_dump_json() for f in ours.extract_many(texts, batch_size=BATCH_SIZE, n_process=2)]
    t_one = best_time(lambda: list(ours.extract_many(texts, batch_size=BATCH_SIZE, n_process=1)))
    t_two = best_time(lambda: list(ours.extract_many(texts, batch_size=BATCH_SIZE, n_process=2)))
    speedup = t_one / t_two
    rows.append(("n_process=2 / n_process=1 throughput", f"{speedup:.2f} (identical output: {one == two})",
                 ">= 1.6, identical", speedup >= 1.6 and one == two))

    # 3. the first extract() in a fresh process against spacy.load + one parse
    sample = json.dumps(base[0])
    t_first = fresh_process_seconds(
        f"import time; t = time.perf_counter(); import newsfacts; newsfacts.extract({sample}, model={model!r}); "
        "print(time.perf_counter() - t)")
    t_spacy = fresh_process_seconds(
        f"import time; t = time.perf_counter(); import spacy; nlp = spacy.load({model!r}); nlp({sample}); "
        "print(time.perf_counter() - t)")
    ratio = t_first / t_spacy
    rows.append(("first extract() / spacy.load + one parse (fresh process)",
                 f"{t_first:.2f} s / {t_spacy:.2f} s = {ratio:.2f}", "<= 1.5", ratio <= 1.5))

    # 4. peak memory while streaming
    out = subprocess.run([sys.executable, "-c", peak_rss_code(corpus)], capture_output=True, text=True, check=True)
    rss100, rss1000 = (int(x) for x in out.stdout.split()[:2])
    ratio = rss1000 / rss100
    rows.append(("peak RSS after 1,000 articles / after 100", f"{rss1000 / 1024:.0f} MB / {rss100 / 1024:.0f} MB = {ratio:.2f}",
                 "<= 1.1", ratio <= 1.1))

    # 5. linear in size: one 1 MB text against ten times one 100 KB text
    body = "\n\n".join(newsfacts.clean(t).text.strip() for t in base)
    text_100k = (body * (100_000 // len(body) + 1))[:100_000]
    text_1m = (body * (1_000_000 // len(body) + 1))[:1_000_000]
    t_100k = best_time(lambda: ours.extract(text_100k))
    t_1m = best_time(lambda: ours.extract(text_1m), 1)
    ratio = t_1m / (10 * t_100k)
    rows.append(("time(1 MB) / (10 x time(100 KB))", f"{t_1m:.1f} s / (10 x {t_100k:.2f} s) = {ratio:.2f}",
                 "<= 1.2", ratio <= 1.2))

    print(f"model {model}; {len(base)} articles from {corpus}, repeated to {ARTICLES} ({words:,} words); "
          f"batch size {BATCH_SIZE}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"spaCy {spacy.__version__}, newsfacts {newsfacts.__version__}")
    width = max(len(r[0]) for r in rows)
    mwidth = max(len(r[1]) for r in rows)
    print(f"{'measure':{width}s}  {'measured':{mwidth}s}  {'target':18s}  result")
    for name, measured, target, ok in rows:
        print(f"{name:{width}s}  {measured:{mwidth}s}  {target:18s}  {'PASS' if ok else 'FAIL'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
