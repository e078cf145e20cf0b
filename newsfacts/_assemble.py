"""Records from a processed Doc: the one place where spans become pydantic records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc

from newsfacts.records import (
    Casualty,
    CasualtyFigure,
    DateMention,
    Entity,
    Facts,
    Quantity,
    Span,
    Speaker,
    Statement,
    TroopDeployment,
)

#: The span group each record kind is read from, as the components' default configs name
#: them; a pipeline whose config names others passes its own (see ``pipeline.span_keys``).
DEFAULT_SPAN_KEYS = {
    "dateline": "nf_dateline",
    "dates": "nf_dates",
    "quantities": "nf_quantities",
    "statements": "nf_statements",
    "deployments": "nf_deployments",
    "casualties": "nf_casualties",
}
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE")


class _Spans:
    """Make record spans for one Doc that starts at ``offset`` in ``text``."""

    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.offset = offset

    def __call__(self, start: int, end: int) -> Span:
        s, e = start + self.offset, end + self.offset
        return Span(start=s, end=e, text=self.text[s:e])

    def opt(self, pair: Sequence[int] | None) -> Span | None:
        return self(pair[0], pair[1]) if pair else None


class FactsBuilder:
    """Collect the records of one article Doc by Doc (a long text comes in pieces), so that
    each Doc can be dropped as soon as it is read; ``build()`` gives the ``Facts``."""

    def __init__(self, text: str, published: dt.date | None,
                 identity: dict[str, str | None] | None = None, keys: Mapping[str, str] | None = None) -> None:
        """``identity``: the Facts fields the caller gave (id, title, url, source, language)."""
        self.text = text
        self.published = published
        self.identity = identity or {}
        self.keys = {**DEFAULT_SPAN_KEYS, **(keys or {})}
        self.lists: dict[str, list[Any]] = {k: [] for k in ("statements", "deployments", "casualties", "dates", "quantities")}
        self.entities: dict[tuple[str, str], dict[str, Any]] = {}
        self.speakers: dict[str, dict[str, Any]] = {}
        self.headline: Span | None = None
        self.dateline: Span | None = None

    def add(self, offset: int, doc: Doc) -> None:
        make = _Spans(self.text, offset)
        if self.headline is None and doc._.nf_headline:
            self.headline = make.opt(doc._.nf_headline)
        if self.dateline is None:
            lines = sorted(doc.spans.get(self.keys["dateline"], []), key=lambda s: (s.label_ != "place", s.start))
            if lines:
                self.dateline = make(lines[0].start_char, lines[0].end_char)
        _entities(doc, make, self.entities)
        self.lists["dates"].extend(_dates(doc, make, self.keys["dates"]))
        self.lists["quantities"].extend(_quantities(doc, make, self.keys["quantities"]))
        statements = _statements(doc, make, self.keys["statements"])
        self.lists["statements"].extend(st for st, _ in statements)
        _speakers(doc, make, statements, self.speakers)
        self.lists["deployments"].extend(_deployments(doc, make, self.keys["deployments"]))
        self.lists["casualties"].extend(_casualties(doc, make, self.keys["casualties"]))

    def build(self) -> Facts:
        fuller = _fuller_body_names(self.speakers)
        for short, full in fuller.items():
            merged = self.speakers.pop(short)
            self.speakers[full]["spans"] = sorted({*self.speakers[full]["spans"], *merged["spans"]}, key=lambda s: s.start)
        statements = [st.model_copy(update={"speaker": fuller[st.speaker]}) if st.speaker in fuller else st
                      for st in self.lists["statements"]]
        speakers = [{k: v for k, v in s.items() if k != "person"} for s in self.speakers.values()]
        return Facts(
            **self.identity,
            text=self.text,
            published=self.published,
            headline=self.headline,
            dateline=self.dateline,
            entities=[Entity(**e) for e in sorted(self.entities.values(), key=lambda e: e["spans"][0].start)],
            speakers=[Speaker(**s) for s in sorted(speakers, key=lambda s: s["spans"][0].start)],
            **{**self.lists, "statements": statements},
        )


def _entities(doc: Doc, make: _Spans, out: dict[tuple[str, str], dict[str, Any]]) -> None:
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        name = ent._.nf_name or ent.text
        key = (name, ent.label_)
        span = make(ent.start_char, ent.end_char)
        if key in out:
            out[key]["spans"].append(span)
            if len(span.text) > len(out[key]["text"]):
                out[key]["text"] = span.text
        else:
            out[key] = {"text": span.text, "label": ent.label_, "name": name, "spans": [span]}


def _dates(doc: Doc, make: _Spans, key: str) -> list[DateMention]:
    out = []
    for span in doc.spans.get(key, []):
        info = span._.nf_date
        if info:
            sp = make(span.start_char, span.end_char)
            out.append(DateMention(text=sp.text, value=info["value"], granularity=info["granularity"], span=sp))
    return out


def _quantities(doc: Doc, make: _Spans, key: str) -> list[Quantity]:
    out = []
    for span in doc.spans.get(key, []):
        info = span._.nf_quantity
        if info:
            sp = make(span.start_char, span.end_char)
            out.append(Quantity(text=sp.text, value=info["value"], unit=info["unit"],
                                qualifier=info["qualifier"], span=sp))
    return out


def _statements(doc: Doc, make: _Spans, key: str) -> list[tuple[Statement, dict[str, Any]]]:
    out = []
    for span in doc.spans.get(key, []):
        info = span._.nf_statement
        if not info:
            continue
        statement = Statement(
            speaker=info["speaker"],
            kind=info["kind"],
            text=info["text"],
            cue=make.opt(info["cue"]),
            span=make(info["start"], info["end"]),
            speaker_span=make.opt(info["speaker_span"]) if info["speaker_span"] and info["speaker_span"][1] > info["speaker_span"][0] else None,
            parts=[make(s, e) for s, e in info["parts"]],
        )
        out.append((statement, info))
    return out


def _speakers(doc: Doc, make: _Spans, statements: list[tuple[Statement, dict[str, Any]]],
              out: dict[str, dict[str, Any]]) -> None:
    for statement, info in statements:
        name = statement.speaker
        if not name or not info["speaker_named"]:
            continue
        evidence = statement.speaker_span or statement.cue or statement.span
        members = info.get("speaker_members") or []
        if members:
            # "Britain and France said": each speaker of a joint act is a speaker of its own
            for member, person in members:
                entry = out.setdefault(member, {"name": member, "title": None, "organization": None, "spans": [],
                                                "person": bool(person)})
                if evidence not in entry["spans"]:
                    entry["spans"].append(evidence)
            continue
        if name not in out:
            title, org = info.get("speaker_title") or (None, None)
            out[name] = {"name": name, "title": title, "organization": org, "spans": [],
                         "person": bool(info.get("speaker_person"))}
        role = info.get("speaker_role")
        if role and out[name]["title"] is None:
            # "the NATO chief said": the role the article gives the person
            out[name]["title"] = role
            out[name]["organization"] = out[name]["organization"] or info.get("speaker_role_organization")
        if evidence not in out[name]["spans"]:
            out[name]["spans"].append(evidence)


def _fuller_body_names(speakers: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Short name → the fuller name of the same body among the speakers: "Xinhua" →
    "Xinhua news agency" (the fuller name adds only common words); "Observatory" → "Syrian
    Observatory for Human Rights" (the short name is the fuller one's head noun, and no
    other speaker's). A body's organ ("UN" beside "UN Security Council") stays apart, as do
    people."""
    bodies = [name for name, s in speakers.items() if not s.get("person")]
    out: dict[str, str] = {}
    # "the Rwandan government" after "Rwandan Government": the same words, whatever the case
    first: dict[str, str] = {}
    for name in speakers:
        key = name.lower().removeprefix("the ")
        if key in first:
            out[name] = first[key]
        else:
            first[key] = name
    bodies = [name for name in bodies if name not in out]
    # a lone capitalised word the model took for a person may be a body's head noun
    for short in bodies + [name for name, s in speakers.items() if s.get("person") and " " not in name]:
        words = short.split()
        candidates = [full for full in bodies if full != short and (
            _adds_common_words(words, full.split()) or (len(words) == 1 and _head_noun(full) == short))]
        if len(candidates) == 1 and short not in out:
            out[short] = candidates[0]
    return out


def _adds_common_words(short: list[str], full: list[str]) -> bool:
    """"Xinhua" and "Xinhua news agency": the fuller name starts with the short one and goes
    on in lower-case words only."""
    rest = full[len(short):]
    return len(full) > len(short) and full[: len(short)] == short and all(w.islower() for w in rest)


def _head_noun(name: str) -> str | None:
    """The head noun of a body's name: the last word before "of"/"for", else the last word
    ("Observatory" in "Syrian Observatory for Human Rights"); None for a one-word name."""
    words = name.split()
    for i, w in enumerate(words):
        if w in ("of", "for") and i >= 1:
            return words[i - 1]
    return words[-1] if len(words) > 1 and words[-1][:1].isupper() else None


def _deployments(doc: Doc, make: _Spans, key: str) -> list[TroopDeployment]:
    out = []
    for span in doc.spans.get(key, []):
        info = span._.nf_deployment
        if info:
            out.append(TroopDeployment(
                actor=info["actor"], count=info["count"], unit=info["unit"],
                destination=info["destination"], status=info["status"], qualifier=info["qualifier"],
                spans=[make(s, e) for s, e in info["spans"]],
            ))
    return out


def _casualties(doc: Doc, make: _Spans, key: str) -> list[Casualty]:
    out = []
    for span in doc.spans.get(key, []):
        info = span._.nf_casualty
        if not info:
            continue
        figures = [CasualtyFigure(kind=f["kind"], group=f["group"], count=f["count"],
                                  qualifier=f["qualifier"], count_max=f.get("count_max"),
                                  span=make(f["start"], f["end"]))
                   for f in sorted(info["figures"], key=lambda f: (f["start"], f["end"]))]
        out.append(Casualty(figures=figures, cause=info.get("cause"), source=info.get("source"),
                            date=info.get("date"),
                            spans=[make(s, e) for s, e in info["sentences"]]))
    return out
