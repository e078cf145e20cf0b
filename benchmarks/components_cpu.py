"""Where the CPU time of an article goes: bare ``nlp.pipe`` against ``extract_many``, component
by component, measured in CPU seconds (``time.process_time``), which another job on the
machine hardly changes, unlike wall-clock time.

    python benchmarks/components_cpu.py [CORPUS_DIR] [--articles 120] [--repeats 3] [--profile N]

1. The headline ratio: CPU time of ``bare.pipe(texts)`` (``spacy.load`` of the same model)
   over CPU time of ``list(extractor.extract_many(texts))``, and of
   ``[f.model_dump_json() for f in extractor.extract_many(texts)]``; best of ``--repeats``,
   the runs alternating. It is the wall-clock throughput ratio of
   ``benchmarks/scale.py`` on a machine with a core free for it.
2. The breakdown: the same articles run step by step, each step timed over the corpus — for
   bare spaCy each component of the model; for newsfacts the text preparation (cleaning,
   the publication date, the language), each component of our pipeline (the model's and
   ours), building the Facts (``FactsBuilder``) and ``model_dump_json``. Printed per article
   (ms) and as a share of the total.
3. ``--profile N``: cProfile of ``extract_many`` over the texts, the N costliest functions
   by their own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import newsfacts
from newsfacts._assemble import FactsBuilder
from newsfacts.cleaning import clean
from newsfacts.components.article import find_publication_date
from newsfacts.extensions import register_extensions
from newsfacts.language import check_language
from newsfacts.pipeline import resolve_model_name

ROOT = Path(__file__).resolve().parents[1]
BATCH_SIZE = 16


def corpus_texts(directory: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt articles under {directory}")
    return texts


def best_cpu_alternating(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Least CPU time of each run, the runs taking turns ``repeats`` times."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


class Steps:
    """CPU seconds per named step, summed over calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def run(self, name: str, call: Callable[[], Any]) -> Any:
        start = time.process_time()
        out = call()
        self.seconds[name] += time.process_time() - start
        return out


def batches(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def run_components(nlp: Language, docs: list[Doc], steps: Steps, prefix: str) -> list[Doc]:
    """Each component over the batch in turn, as ``nlp.pipe`` runs them."""
    for name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            docs = steps.run(f"{prefix}{name}", lambda p=proc, d=docs: list(p.pipe(d, batch_size=BATCH_SIZE)))
        else:
            docs = steps.run(f"{prefix}{name}", lambda p=proc, d=docs: [p(doc) for doc in d])
    return docs


def bare_steps(nlp: Language, texts: list[str]) -> Steps:
    steps = Steps()
    for batch in batches(texts, BATCH_SIZE):
        docs = steps.run("make_doc", lambda b=batch: [nlp.make_doc(t) for t in b])
        run_components(nlp, docs, steps, "")
    return steps


def ours_steps(extractor: newsfacts.Extractor, texts: list[str]) -> Steps:
    """The one-process path of ``extract_many`` for articles of one piece, step by step."""
    register_extensions()
    nlp = extractor.nlp
    steps = Steps()

    def prepare(text: str) -> tuple[Doc, Any]:
        cleaned = clean(text).text
        date = find_publication_date(cleaned)
        language = check_language(cleaned, strict=False, label="text")
        doc = nlp.make_doc(cleaned)
        doc._.nf_published = date.isoformat() if date else None
        doc._.nf_title = None
        doc._.nf_body_only = False
        builder = FactsBuilder(text, date, {"id": None, "title": None, "url": None, "source": None,
                                            "language": language}, extractor.keys)
        return doc, builder

    for batch in batches(texts, BATCH_SIZE):
        prepared = steps.run("prepare (clean, date, language, make_doc)", lambda b=batch: [prepare(t) for t in b])
        docs = run_components(nlp, [doc for doc, _ in prepared], steps, "")
        facts = []
        for doc, (_, builder) in zip(docs, prepared, strict=True):
            steps.run("records (FactsBuilder)", lambda d=doc, b=builder: b.add(0, d))
            facts.append(steps.run("records (FactsBuilder)", builder.build))
        steps.run("model_dump_json", lambda f=facts: [x.model_dump_json() for x in f])
    return steps


def print_steps(title: str, steps: Steps, n: int) -> float:
    total = sum(steps.seconds.values())
    print(f"\n{title}: {total / n * 1000:.1f} ms CPU per article")
    print(f"  {'step':45} {'ms/article':>10} {'share':>7}")
    for name, seconds in steps.seconds.items():
        print(f"  {name:45} {seconds / n * 1000:10.2f} {seconds / total:7.1%}")
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = ROOT.parent / "shared" / "corpus"
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=default if default.is_dir() else ROOT / "tests" / "fixtures")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()

    base = corpus_texts(args.corpus)
    texts = [base[i % len(base)] for i in range(args.articles)]
    model = resolve_model_name()
    bare = spacy.load(model)
    ours = newsfacts.Extractor(model)
    list(ours.extract_many(texts[:20], batch_size=BATCH_SIZE))  # warm caches and lazy imports
    list(bare.pipe(texts[:20], batch_size=BATCH_SIZE))

    print(f"model {model}; {len(base)} articles from {args.corpus}, repeated to {len(texts)}; "
          f"batch size {BATCH_SIZE}; CPU time, best of {args.repeats}, alternating")
    best = best_cpu_alternating({
        "bare": lambda: [None for _ in bare.pipe(texts, batch_size=BATCH_SIZE)],
        "ours": lambda: list(ours.extract_many(texts, batch_size=BATCH_SIZE)),
        "ours+json": lambda: [f.model_dump_json() for f in ours.extract_many(texts, batch_size=BATCH_SIZE)],
    }, args.repeats)
    n = len(texts)
    print(f"bare nlp.pipe                       {best['bare'] / n * 1000:7.1f} ms CPU per article")
    print(f"extract_many                        {best['ours'] / n * 1000:7.1f} ms CPU per article")
    print(f"extract_many + model_dump_json      {best['ours+json'] / n * 1000:7.1f} ms CPU per article")
    print(f"CPU ratio bare / extract_many       {best['bare'] / best['ours']:.3f}  (target >= 0.95)")
    print(f"CPU ratio bare / extract_many+json  {best['bare'] / best['ours+json']:.3f}")

    bare_total = print_steps("bare nlp.pipe, by component", bare_steps(bare, texts), n)
    steps = ours_steps(ours, texts)
    ours_total = print_steps("extract_many, by step", steps, n)
    model = sum(seconds for name, seconds in steps.seconds.items() if name in bare.pipe_names)
    print(f"\nnewsfacts' own steps (all but the model's components): {(ours_total - model) / n * 1000:.1f} ms "
          f"CPU per article; the model's components {model / n * 1000:.1f} ms")
    print(f"breakdown ratio bare / ours (with model_dump_json): {bare_total / ours_total:.3f}")

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        list(ours.extract_many(texts, batch_size=BATCH_SIZE))
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
