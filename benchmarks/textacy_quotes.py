"""newsfacts beside textacy's ``direct_quotations``, scored the same way on a gold corpus.

    python benchmarks/textacy_quotes.py [GOLD_DIR]        # default: ../shared/corpus

textacy (``pip install -e ".[bench]"``) runs on the same spaCy model, over the same cleaned
text that newsfacts reads; where it refuses a whole document for an unclosed quotation it
is given each paragraph on its own. Its quotations become statements (speaker = its speaker tokens,
kind = direct); it makes no other kind of record. Both prediction sets are scored with the
shared scorer when it is beside the corpus (``../tools/score.py --pred``), else with
``newsfacts.evaluation``, and printed side by side.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy

import newsfacts
from newsfacts.evaluation import FACT_KINDS, KINDS, Score, compare, load_gold_dir
from newsfacts.pipeline import resolve_model_name

BAILED: list[str] = []
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "


def textacy_predictions(nlp: spacy.Language, text: str) -> dict[str, object]:
    from textacy.extract.triples import direct_quotations

    cleaned = newsfacts.clean(text).text
    try:
        triples = list(direct_quotations(nlp(cleaned)))
    except ValueError:
        # textacy bails out on a document with an unclosed quotation; give it each
        # paragraph on its own instead, skipping those it still refuses
        triples = []
        for paragraph in cleaned.split("\n"):
            if paragraph.strip():
                try:
                    triples.extend(direct_quotations(nlp(paragraph)))
                except ValueError:
                    BAILED.append(paragraph[:60])
    statements = []
    for triple in triples:
        speaker = " ".join(t.text for t in triple.speaker)
        statements.append({"speaker": speaker, "kind": "direct", "text": triple.content.text.strip(QUOTE_MARKS)})
    speakers = sorted({s["speaker"] for s in statements})
    return {"statements": statements, "speakers": [{"name": s} for s in speakers]}


def score_with_shared_scorer(gold_dir: Path, preds: dict[str, dict[str, object]]) -> list[str] | None:
    scorer = gold_dir.parent / "tools" / "score.py"
    if not scorer.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        for article_id, pred in preds.items():
            Path(tmp, f"{article_id}.json").write_text(json.dumps(pred), encoding="utf-8")
        out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_dir), "--pred", tmp],
                             capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.strip()][-8:]


def score_with_newsfacts(gold_dir: Path, preds: dict[str, dict[str, object]]) -> list[str]:
    totals = {k: Score() for k in KINDS}
    for gold, _ in load_gold_dir(gold_dir):
        for kind, result in compare(preds[gold["id"]], gold).items():
            totals[kind] = totals[kind] + result.score
    lines = [f"{'kind':16s} {'P':>6s} {'R':>6s} {'F1':>6s}   matched/pred/gold"]
    for k, s in totals.items():
        lines.append(f"{k:16s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.matched}/{s.predicted}/{s.gold}")
    pooled = Score()
    for k in FACT_KINDS:
        pooled = pooled + totals[k]
    lines.append(f"facts F1: {pooled.f1:.3f}")
    return lines


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[1] if len(argv) > 1 else "../shared/corpus").resolve()
    model = resolve_model_name()
    bare = spacy.load(model)
    ours: dict[str, dict[str, object]] = {}
    theirs: dict[str, dict[str, object]] = {}
    for gold, text in load_gold_dir(gold_dir):
        facts = newsfacts.extract(text, published=gold.get("published"))
        ours[gold["id"]] = json.loads(facts.model_dump_json())
        theirs[gold["id"]] = textacy_predictions(bare, text)
    scorer = "shared scorer" if (gold_dir.parent / "tools" / "score.py").exists() else "newsfacts.evaluation"
    score = score_with_shared_scorer if scorer == "shared scorer" else score_with_newsfacts
    left = score(gold_dir, ours) or []
    right = score(gold_dir, theirs) or []
    print(f"model: {model}; corpus: {gold_dir} ({len(ours)} articles); scored by the {scorer}")
    print(f"textacy refused {len(BAILED)} paragraph(s) with an unclosed quotation")
    width = max(len(line) for line in left) + 4
    print(f"{'newsfacts':{width}s}textacy direct_quotations")
    for a, b in zip(left, right, strict=False):
        print(f"{a:{width}s}{b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
