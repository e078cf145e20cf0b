"""Score extractions against gold facts, matching as the gold annotation guide says.

Gold files are JSON objects with ``speakers``, ``statements``, ``deployments``,
``casualties`` and ``dates`` lists (see ``docs/evaluation.md``). Entries may be marked
``"optional": true``: predicting them costs nothing, missing them costs nothing.

Matching, per kind:

- names (speakers, actors) match when equal, one inside the other, the same surname, an
  acronym of the other ("NATO"), or a common alias ("U.S." ~ "United States"); a name
  held as a possessor is another speaker ("Tony Blair" is not "Tony Blair's spokesman"),
  a shared last word that names a kind of body or role ("office", "ministry") is no
  shared surname, and a bare role ("the minister") matches only the same words;
- a statement matches when the speakers match and the token F1 of the texts is ≥ 0.5;
  ``statement_texts`` ignores the speaker;
- a casualty figure: same kind and count, groups sharing a word;
- a deployment: same count and matching actor; with no count, matching unit;
- a speaker: matching name; a date: the same ISO value, each value once per article.

Predictions are aligned one-to-one with required gold entries, best match first; the
rest are then aligned with optional entries, and those pairs count nowhere. On matched
pairs the details that matching leaves aside are compared too: a statement's kind, a
deployment's status and destination, a casualty's qualifier.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "KINDS",
    "FACT_KINDS",
    "Score",
    "KindComparison",
    "ArticleResult",
    "Evaluation",
    "compare",
    "evaluate",
    "load_gold_dir",
    "name_match",
    "DETAILS",
]

Item = dict[str, Any]
KINDS = ("statements", "statement_texts", "speakers", "deployments", "casualties", "dates")
FACT_KINDS = ("statements", "deployments", "casualties")

_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})
_FUNCTION_WORDS = frozenset("the a an of and to in on at for by with".split())
_TITLE_WORDS = frozenset(
    "mr mrs ms dr president prime minister secretary general chief sir gen col lt sgt capt maj adm sen rep gov".split()
)
# last words that name a kind of body or role: sharing one is no shared surname
_GENERIC_LAST_WORDS = frozenset(
    "office corp corporation co inc ltd company group ministry department agency committee council commission "
    "service services spokesman spokeswoman spokesperson official officials officer police army military force "
    "forces government authority authorities organization organisation center centre institute party "
    "administration embassy court board bank union association network media news source sources guard".split()
)
_ALIASES = (
    frozenset({"us", "usa", "united states", "united states of america", "america", "american", "americans"}),
    frozenset({"uk", "britain", "great britain", "united kingdom", "british"}),
    frozenset({"un", "united nations"}),
    frozenset({"eu", "european union"}),
)


# --- text and names -----------------------------------------------------------------

def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTE_MARKS)
    # "U.S." → "US", so that acronyms written with stops compare equal
    text = re.sub(r"\b((?:[A-Za-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    return text.lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _normal(text))


def token_f1(a: str, b: str) -> float:
    """Token-level F1 of two texts, ignoring case and punctuation."""
    ca, cb = Counter(_words(a)), Counter(_words(b))
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ca.values()), common / sum(cb.values())
    return 2 * precision * recall / (precision + recall)


def _name(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return str(value.get("name") or value.get("text") or "")
    return str(value)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _alias(words: list[str]) -> int | None:
    joined = " ".join(w for w in words if w != "the")
    return next((i for i, group in enumerate(_ALIASES) if joined in group), None)


def _has_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _possessed(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``longer`` holds ``shorter`` as a possessor ("tony blair s spokesman")."""
    for i in range(len(longer) - len(shorter) + 1):
        if longer[i : i + len(shorter)] == shorter:
            rest = longer[i + len(shorter) :]
            return len(rest) >= 2 and rest[0] == "s"
    return False


def _inside(longer: list[str], shorter: list[str]) -> bool:
    return _has_run(longer, shorter) and not _possessed(longer, shorter)


def name_match(predicted: Any, gold: Any) -> bool:
    """Whether two names stand for the same person or body."""
    p_text, g_text = _name(predicted), _name(gold)
    p = [w for w in _words(p_text) if w not in _TITLE_WORDS and w != "the"]
    g = [w for w in _words(g_text) if w not in _TITLE_WORDS and w != "the"]
    if not p or not g:
        # a bare role ("the minister"): its own words must agree
        p_all = [w for w in _words(p_text) if w != "the"]
        return bool(p_all) and p_all == [w for w in _words(g_text) if w != "the"]
    alias = _alias(p)
    if alias is not None and alias == _alias(g):
        return True
    for short, long_ in ((p, g), (g, p)):
        if len(short) == 1 and len(long_) > 1 and short[0] == "".join(w[0] for w in long_ if w not in _FUNCTION_WORDS):
            return True
    if _inside(p, g) or _inside(g, p):
        return True
    if len(g) > 1 and p[-1] == g[-1] and g[-1] not in _GENERIC_LAST_WORDS:
        return True  # the same surname
    sp = {_stem(w) for w in p} - _FUNCTION_WORDS
    sg = {_stem(w) for w in g} - _FUNCTION_WORDS
    # common nouns ("hospital sources") may match on half their words
    overlap = len(sp & sg) / max(1, min(len(sp), len(sg)))
    return overlap >= 0.5 and not any(w[:1].isupper() for w in g_text.split())


def _groups_share_word(a: str, b: str) -> bool:
    return bool(({_stem(w) for w in _words(a)} - _FUNCTION_WORDS) & ({_stem(w) for w in _words(b)} - _FUNCTION_WORDS))


def _as_int(value: Any) -> int | None:
    try:
        return None if value is None else int(round(float(value)))
    except (TypeError, ValueError):
        return None


# --- flattening: records (or their JSON) into comparable items ------------------------

def _flat_statements(facts: Mapping[str, Any]) -> list[Item]:
    return [{"speaker": _name(s.get("speaker")), "kind": s.get("kind"), "text": s.get("text") or "",
             "optional": bool(s.get("optional"))} for s in facts.get("statements") or []]


def _flat_casualties(facts: Mapping[str, Any]) -> list[Item]:
    out = []
    for record in facts.get("casualties") or []:
        for fig in record.get("figures") or [record]:
            out.append({"kind": fig.get("kind") or record.get("kind"), "group": _name(fig.get("group")),
                        "count": _as_int(fig.get("count")), "qualifier": fig.get("qualifier"),
                        "optional": bool(fig.get("optional") or record.get("optional"))})
    return out


def _flat_deployments(facts: Mapping[str, Any]) -> list[Item]:
    return [{"actor": _name(d.get("actor")), "count": _as_int(d.get("count")), "unit": d.get("unit") or "",
             "destination": _name(d.get("destination")), "status": d.get("status"),
             "optional": bool(d.get("optional"))} for d in facts.get("deployments") or []]


def _flat_dates(facts: Mapping[str, Any]) -> list[Item]:
    values: dict[str, bool] = {}
    for d in facts.get("dates") or []:
        value = str(d.get("value") or "")[:10] if isinstance(d, Mapping) else ""
        if value:
            # a value is optional only if every mention of it is
            values[value] = values.get(value, True) and bool(d.get("optional"))
    return [{"value": v, "optional": o} for v, o in sorted(values.items())]


def _flat_speakers(facts: Mapping[str, Any]) -> list[Item]:
    return [{"name": _name(s), "optional": bool(isinstance(s, Mapping) and s.get("optional"))}
            for s in facts.get("speakers") or [] if _name(s)]


def _sim_statement(p: Item, g: Item) -> float:
    return _sim_statement_text(p, g) if name_match(p["speaker"], g["speaker"]) else 0.0


def _sim_statement_text(p: Item, g: Item) -> float:
    f1 = token_f1(p["text"], g["text"])
    return f1 if f1 >= 0.5 else 0.0


def _sim_casualty(p: Item, g: Item) -> float:
    same = p["kind"] == g["kind"] and p["count"] == g["count"] and _groups_share_word(p["group"], g["group"])
    return 1.0 if same else 0.0


def _sim_deployment(p: Item, g: Item) -> float:
    if p["count"] != g["count"]:
        return 0.0
    if g["count"] is None and not _groups_share_word(p["unit"], g["unit"]):
        return 0.0
    if g["actor"] and not name_match(p["actor"], g["actor"]):
        return 0.0
    return 1.0


def _sim_speaker(p: Item, g: Item) -> float:
    return 1.0 if name_match(p["name"], g["name"]) else 0.0


def _sim_date(p: Item, g: Item) -> float:
    return 1.0 if p["value"] == g["value"] else 0.0


def _same_place(p: str, g: str) -> bool:
    return (not p and not g) or bool(p and g and name_match(p, g))


DETAILS: dict[str, tuple[str, Callable[[Item, Item], bool]]] = {
    "statements.kind": ("statements", lambda p, g: p["kind"] == g["kind"]),
    "deployments.status": ("deployments", lambda p, g: p["status"] == g["status"]),
    "deployments.destination": ("deployments", lambda p, g: _same_place(p["destination"], g["destination"])),
    "casualties.qualifier": ("casualties", lambda p, g: (p["qualifier"] or "exact") == (g["qualifier"] or "exact")),
}
"""Details that matching leaves aside, compared on each matched pair: name → (kind, agree)."""


_MATCHERS: dict[str, tuple[Callable[[Mapping[str, Any]], list[Item]], Callable[[Item, Item], float]]] = {
    "statements": (_flat_statements, _sim_statement),
    "statement_texts": (_flat_statements, _sim_statement_text),
    "speakers": (_flat_speakers, _sim_speaker),
    "deployments": (_flat_deployments, _sim_deployment),
    "casualties": (_flat_casualties, _sim_casualty),
    "dates": (_flat_dates, _sim_date),
}


def _align(predicted: list[Item], gold: list[Item], sim: Callable[[Item, Item], float]) -> list[tuple[int, int]]:
    """Greedy one-to-one alignment, most similar pairs first."""
    scored = sorted(((sim(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score <= 0:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


# --- results ------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """Counts for precision and recall: matched, predicted (optional matches excluded), gold (required)."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)


@dataclass(frozen=True)
class KindComparison:
    """One kind of fact in one article: the score and what was missing or extra."""

    score: Score
    missing: list[Item] = field(default_factory=list)
    """Required gold entries no prediction matched."""
    extra: list[Item] = field(default_factory=list)
    """Predictions that matched no gold entry, required or optional."""
    details: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Per detail of ``DETAILS`` for this kind: (matched pairs that agree, matched pairs)."""


def compare(facts: Any, gold: Mapping[str, Any], kinds: Iterable[str] = KINDS) -> dict[str, KindComparison]:
    """Compare one article's facts (a ``Facts`` or its JSON) with its gold entries."""
    predicted = _as_mapping(facts)
    out = {}
    for kind in kinds:
        if kind not in _MATCHERS:
            raise ValueError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
        flatten, sim = _MATCHERS[kind]
        preds, golds = flatten(predicted), flatten(gold)
        required = [g for g in golds if not g["optional"]]
        optional = [g for g in golds if g["optional"]]
        pairs = _align(preds, required, sim)
        taken = {i for i, _ in pairs}
        rest = [i for i in range(len(preds)) if i not in taken]
        excused = {rest[i] for i, _ in _align([preds[i] for i in rest], optional, sim)}
        matched_gold = {j for _, j in pairs}
        details = {name: (sum(bool(agree(preds[i], required[j])) for i, j in pairs), len(pairs))
                   for name, (of, agree) in DETAILS.items() if of == kind}
        out[kind] = KindComparison(
            Score(len(pairs), len(preds) - len(excused), len(required)),
            missing=[g for j, g in enumerate(required) if j not in matched_gold],
            extra=[preds[i] for i in rest if i not in excused],
            details=details,
        )
    return out


def _as_mapping(facts: Any) -> Mapping[str, Any]:
    if hasattr(facts, "model_dump_json"):
        data: Mapping[str, Any] = json.loads(facts.model_dump_json())
        return data
    if isinstance(facts, Mapping):
        return facts
    raise TypeError(f"expected Facts or a mapping, not {type(facts).__name__}")


@dataclass(frozen=True)
class ArticleResult:
    id: str
    kinds: dict[str, KindComparison]


@dataclass(frozen=True)
class Evaluation:
    """Scores over a gold directory: per kind (micro-averaged) and per article."""

    totals: dict[str, Score]
    articles: list[ArticleResult]

    @property
    def facts(self) -> Score:
        """Statements, deployments and casualties pooled."""
        total = Score()
        for kind in FACT_KINDS:
            total = total + self.totals[kind]
        return total

    @property
    def details(self) -> dict[str, tuple[int, int]]:
        """Per detail of ``DETAILS``, over all matched pairs: (pairs that agree, pairs)."""
        out: dict[str, tuple[int, int]] = {}
        for name, (kind, _) in DETAILS.items():
            cells = [a.kinds[kind].details.get(name, (0, 0)) for a in self.articles if kind in a.kinds]
            out[name] = (sum(c[0] for c in cells), sum(c[1] for c in cells))
        return out

    def table(self) -> str:
        """The totals as a text table, then the details on matched pairs, last line ``facts F1: X``."""
        lines = [f"{'kind':16s} {'P':>6s} {'R':>6s} {'F1':>6s}   matched/pred/gold"]
        for kind, s in self.totals.items():
            lines.append(f"{kind:16s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.matched}/{s.predicted}/{s.gold}")
        lines.append(f"{'field (matched pairs)':24s} {'agree':>6s}")
        for name, (agree, pairs) in self.details.items():
            lines.append(f"{name:24s} {agree / pairs if pairs else 0.0:6.3f}   {agree}/{pairs}")
        lines.append(f"facts F1: {self.facts.f1:.3f}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        def one(s: Score) -> dict[str, Any]:
            return {"matched": s.matched, "pred": s.predicted, "gold": s.gold,
                    "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
        return {
            "totals": {k: one(s) for k, s in self.totals.items()},
            "details": {k: {"agree": a, "compared": n} for k, (a, n) in self.details.items()},
            "facts_f1": round(self.facts.f1, 4),
            "articles": {a.id: {k: one(c.score) for k, c in a.kinds.items()} for a in self.articles},
        }


def load_gold_dir(gold_dir: str | Path) -> list[tuple[dict[str, Any], str]]:
    """``(gold, text)`` for each ``ID.gold.json`` with its ``ID.txt`` beside it, sorted by id."""
    root = Path(gold_dir)
    paths = sorted(root.glob("*.gold.json"))
    if not paths:
        raise FileNotFoundError(f"no *.gold.json files under {root}")
    out = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article_id = gold.get("id") or path.name[: -len(".gold.json")]
        gold["id"] = article_id  # a gold file written from Facts may hold "id": null
        text = (root / f"{article_id}.txt").read_text(encoding="utf-8")
        out.append((gold, text))
    return out


def evaluate(gold_dir: str | Path, *, model: str | None = None, predict: Callable[[str, str | None], Any] | None = None) -> Evaluation:
    """Run newsfacts (or ``predict(text, published)``) on every gold article and score it."""
    if predict is None:
        from newsfacts.extractor import extract

        def predict(text: str, published: str | None) -> Any:
            return extract(text, published=published, model=model)

    totals = {k: Score() for k in KINDS}
    articles = []
    for gold, text in load_gold_dir(gold_dir):
        kinds = compare(predict(text, gold.get("published")), gold)
        for k, c in kinds.items():
            totals[k] = totals[k] + c.score
        articles.append(ArticleResult(gold["id"], kinds))
    return Evaluation(totals, articles)
