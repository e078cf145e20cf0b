"""``newsfacts_casualties``: people killed, injured or missing, per group and incident.

Heuristic steps, for each number in a sentence that speaks of harm:
1. find the harm word the number belongs to: the verb its noun is subject or object of
   ("30 soldiers were injured", "killing 70,000 people"), an adjective ("39 are confirmed
   dead"), a noun ("six deaths", "the death toll ... to 113"), or "N others wounded";
2. find the group: the noun the number counts ("NATO soldiers"), else "people";
3. keep the qualifier ("at least", "more than"); vague counts ("dozens") are skipped;
4. group figures into incidents: figures in neighbouring sentences with no new incident
   between them form one; a figure repeated later is the same figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsfacts._data import extra_words, word_set
from newsfacts.calendar import MONTHS, WEEKDAYS, resolve_date
from newsfacts.extensions import register_extensions
from newsfacts.mentions import entity_bounds, trimmed_offsets
from newsfacts.numbers import is_number_word, is_vague_count, parse_number, qualifier_before

#: Figures more than this many sentences apart belong to different incidents.
INCIDENT_GAP = 2


@dataclass
class Figure:
    kind: str
    group: str
    count: int
    qualifier: str
    start: int  # token range of the evidence
    end: int
    sentence: int


HARM_KINDS = ("killed", "injured", "missing")
HARM_PARTS = ("verbs", "adjectives", "nouns")


def _harm() -> dict[str, dict[str, frozenset[str]]]:
    return {kind: {part: word_set("casualty_words", f"{kind}.{part}") for part in HARM_PARTS}
            for kind in HARM_KINDS}


def _harm_kind(token: Token) -> str | None:
    """killed / injured / missing for a harm word, else None."""
    lemma, low = token.lemma_.lower(), token.lower_
    for kind, words in _harm().items():
        if token.pos_ in ("VERB", "AUX") and lemma in words["verbs"]:
            if lemma == "claim" and not any(c.lower_ in ("life", "lives") for c in token.children):
                continue
            if lemma == "miss" and low != "missing":
                continue
            return kind
        if token.pos_ in ("ADJ", "VERB") and low in words["adjectives"]:
            return kind
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and low in words["nouns"]:
            return kind
    return None


class CasualtyFinder:
    """Write incidents to ``doc.spans[spans_key]``, figures in ``span._.nf_casualty``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_casualties", *, spans_key: str = "nf_casualties",
                 extra_casualty_words: dict[str, dict[str, list[str]]] | None = None) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.extra_casualty_words = _check_harm_words(extra_casualty_words or {})

    def __call__(self, doc: Doc) -> Doc:
        # the config's words join the shipped lists while this component runs
        with extra_words({("casualty_words", f"{kind}.{part}"): words
                          for kind, parts in self.extra_casualty_words.items() for part, words in parts.items()}):
            return self._annotate(doc)

    def _annotate(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            doc.spans[self.spans_key] = []  # nothing to read without a parse
            return doc
        figures = find_casualty_figures(doc)
        incidents = _group_incidents(figures)
        spans: list[Span] = []
        sents = list(doc.sents)
        for incident in incidents:
            # the group's span is the first figure's words: unique per incident
            span = Span(doc, incident[0].start, incident[0].end, label="CASUALTY")
            span._.nf_casualty = {
                "figures": [
                    {"kind": f.kind, "group": f.group, "count": f.count, "qualifier": f.qualifier,
                     "start": doc[f.start].idx, "end": doc[f.end - 1].idx + len(doc[f.end - 1].text)}
                    for f in incident
                ],
                "sentences": sorted({trimmed_offsets(sents[f.sentence]) for f in incident}),
                **_cause_and_source(doc, [sents[f.sentence] for f in incident]),
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def _check_harm_words(words: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """``{"killed": {"verbs": [...]}}``: a harm kind, then verbs, adjectives or nouns."""
    for kind, parts in words.items():
        if kind not in HARM_KINDS:
            raise ValueError(f"extra_casualty_words: unknown kind {kind!r}; known: {', '.join(HARM_KINDS)}")
        for part in parts:
            if part not in HARM_PARTS:
                raise ValueError(f"extra_casualty_words[{kind!r}]: unknown part {part!r}; known: {', '.join(HARM_PARTS)}")
    return {kind: {part: list(ws) for part, ws in parts.items()} for kind, parts in words.items()}


def find_casualty_figures(doc: Doc) -> list[Figure]:
    """Every casualty figure in ``doc``, in text order, repeats removed."""
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    not_people = word_set("casualty_words", "not_people")
    not_harm = word_set("casualty_words", "not_harm_contexts")
    quantifiers = word_set("casualty_words", "quantifier_nouns")
    headline = doc._.nf_headline
    out: list[Figure] = []
    for sent in doc.sents:
        if headline and sent.start_char < headline[1] and sent.end_char > headline[0]:
            continue  # the headline restates the body
        if not any(_harm_kind(t) for t in sent):
            continue
        # "A United Nations peacekeeper was killed": one, counted by its article
        for token in sent:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN":
                continue
            if token.dep_ == "nsubj" and token.head.lemma_.lower() not in _INTRANSITIVE_HARM:
                continue  # "A landslide claimed the lives of five people": the cause, not a victim
            if token.lower_ in not_people or token.lower_ in quantifiers \
                    or not any(c.lower_ in ("a", "an") and c.dep_ == "det" for c in token.children) \
                    or any(c.dep_ == "nummod" for c in token.children):
                continue
            kind = _harm_kind(token.head) if token.head.pos_ in ("VERB", "AUX") else None
            if kind is None or token.head.lemma_.lower() in not_harm:
                continue
            start = min(t.i for t in token.subtree if t.i <= token.i)
            out.append(Figure(kind, _group_phrase(token), 1, "exact", start, token.i + 1, sent_index[sent.start]))
        used: set[int] = set()
        for token in sent:
            if token.i in used or not _is_count_token(token):
                continue
            num_start, num_end = _number_extent(token)
            used.update(range(num_start, num_end))
            value = parse_number(doc[num_start:num_end].text)
            if value is None or value != int(value):
                continue
            if token.ent_type_ in ("TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
                continue
            if token.ent_type_ == "DATE" and _is_really_date(token):
                continue
            if _is_rate(doc, num_end):
                continue  # "seven per 100,000 people" is a rate, not a count
            here = sent_index[sent.start]
            in_sentence: list[Figure] = []
            for f in reversed(out):
                if f.sentence != here:
                    break
                in_sentence.insert(0, f)
            figure = _figure(doc, num_start, num_end, int(value), not_people, not_harm, in_sentence)
            if figure is not None:
                figure.sentence = here
                out.append(figure)
    return _drop_repeats(out)


_INTRANSITIVE_HARM = {"die", "perish", "drown", "succumb", "disappear"}
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
               "old", "minute", "minutes", "decade", "decades", "century", "ago", "annually"}


def _is_really_date(token: Token) -> bool:
    """The model tags some counts as DATE ("from fourteen to 31"): a real date has a
    calendar word, a time word or a year in it."""
    doc = token.doc
    start, end = entity_bounds(token)
    words = {t.lower_ for t in doc[start:end]}
    if words & _TIME_WORDS or words & set(MONTHS) or words & set(WEEKDAYS):
        return True
    return resolve_date(doc[start:end].text, None) is not None


def _is_rate(doc: Doc, after: int) -> bool:
    for tok in doc[after : min(len(doc), after + 4)]:
        if tok.lower_ in ("per", "%", "percent"):
            return True
        if tok.is_punct or tok.pos_ == "VERB":
            break
    return False


def _is_count_token(token: Token) -> bool:
    if token.like_num or is_number_word(token.text):
        return not is_vague_count(token.text)
    return False


def _number_extent(token: Token) -> tuple[int, int]:
    """The tokens of the whole number: "seven hundred", "2.5 million", "twenty - five"."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > token.sent.start and (is_number_word(doc[start - 1].text) or doc[start - 1].text == "-" and start - 2 >= 0 and is_number_word(doc[start - 2].text)):
        start -= 1
    while end < token.sent.end and (is_number_word(doc[end].text) or doc[end].lower_ in ("and", "-", "a", "half") and end + 1 < len(doc) and is_number_word(doc[end + 1].text)):
        end += 1
    return start, end


def _figure(doc: Doc, start: int, end: int, value: int, not_people: frozenset[str],
            not_harm: frozenset[str], same_sentence: list[Figure]) -> Figure | None:
    number = doc[end - 1]
    noun: Token | None = None
    # 1. the noun the number counts: "30 NATO soldiers", "four others", "one member of the Coast Guard"
    if number.dep_ in ("nummod", "quantmod", "amod") and number.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = number.head
    elif number.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT", "acomp", "npadvmod"):
        noun = None
        for child in number.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                    noun = objs[0]
    head = noun if noun is not None else number
    if noun is not None and noun.lower_ in not_people:
        return None
    if noun is not None and noun.pos_ == "NOUN" and (own := _harm_kind(noun)) and noun.lower_ not in ("toll",):
        # "six deaths were of children", "20 bodies": the noun is the harm itself
        group = _of_group(noun) or ("bodies" if noun.lower_ == "bodies" else "people")
        qualifier, _ = qualifier_before(doc[max(number.sent.start, start - 4) : start].text)
        return Figure(own, group, value, qualifier, min(start, noun.i), max(end, noun.i + 1), 0)
    # 2. the harm word: walk up from the counted phrase to the word that says what happened
    kind = _kind_for(head, not_harm)
    if kind is None:
        return None
    # 3. the group
    if noun is None:
        # "two civilians were killed and more than 40 were wounded": the group named once
        group = same_sentence[-1].group if same_sentence else "people"
    elif noun.lower_ in ("others", "other", "more"):
        group = same_sentence[-1].group if same_sentence else "people"
    else:
        group = _group_phrase(noun)
    # 4. the qualifier just before the number
    qualifier, _ = qualifier_before(doc[max(number.sent.start, start - 4) : start].text)
    # "A peacekeeper was killed": an article that counts one
    ev_start = min(start, noun.i) if noun is not None else start
    ev_end = max(end, noun.i + 1) if noun is not None else end
    return Figure(kind, group, value, qualifier, ev_start, ev_end, 0)


def _kind_for(head: Token, not_harm: frozenset[str]) -> str | None:
    node = head
    for _ in range(6):
        kind = _harm_kind(node)
        if kind is not None and node.i != head.i:
            return kind
        # "the confirmed deaths are fourteen civilians, five ...": a copula whose subject
        # is a harm noun
        if node.pos_ == "AUX" or node.lemma_ == "be":
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != head.i and child.pos_ == "NOUN" \
                        and (k := _harm_kind(child)):
                    return k
        # "39 are confirmed dead", "90 civilians were wounded", "with more than 2,600 injured"
        for child in node.children:
            if child.dep_ in ("acomp", "amod", "oprd", "xcomp", "acl") and (k := _harm_kind(child)):
                if child.i > head.i or child.dep_ == "amod":
                    return k
            if child.dep_ == "prep" and child.lower_ in ("of",) and node.lower_ in ("toll", "death", "deaths"):
                continue
        if node.lemma_.lower() in not_harm:
            return None
        if node.pos_ == "VERB" and node.i != head.i and node.lemma_ not in ("be", "have", "remain"):
            return None  # "displaced more than 24,000 people": another verb's count
        if node.head.i == node.i:
            break
        # "the death toll ... climbed to at least 113 people", "increasing the toll from
        # fourteen to 31": a toll is a death count
        if node.dep_ == "pobj" and node.head.lower_ in ("to", "from"):
            verb = node.head.head
            while verb.pos_ in ("ADP", "NUM") and verb.head.i != verb.i:
                verb = verb.head
            if any(_harm_kind(c) == "killed" and c.lower_ == "toll" for c in verb.children):
                return "killed"
        node = node.head
    return None


def _of_group(noun: Token) -> str | None:
    """"deaths of children", "six deaths were of children": who the harm noun counts."""
    for holder in (noun, noun.head):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                if objs:
                    return _group_phrase(objs[0])
    return None


def _group_phrase(noun: Token) -> str:
    """"NATO soldiers", "civilians", "Armed Forces personnel": the noun with its modifiers."""
    doc = noun.doc
    start = noun.i
    for child in sorted(noun.children, key=lambda c: c.i):
        if child.i < noun.i and child.dep_ in ("compound", "amod") and not is_number_word(child.text):
            start = min(start, child.i)
            start = min(start, min(t.i for t in child.subtree))
    end = noun.i + 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            end = max(t.i for t in child.subtree) + 1
    while start < noun.i and (doc[start].like_num or is_number_word(doc[start].text) or doc[start].is_punct):
        start += 1
    return doc[start:end].text


def _drop_repeats(figures: list[Figure]) -> list[Figure]:
    """A figure repeated later in the article (same kind, count and group) is one figure."""
    out: list[Figure] = []
    seen: dict[tuple[str, int], list[Figure]] = {}
    for f in figures:
        same = seen.setdefault((f.kind, f.count), [])
        if any(_same_group(o.group, f.group) for o in same):
            continue
        same.append(f)
        out.append(f)
    return out


def _same_group(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa & wb) or "people" in (a, b)


def _group_incidents(figures: list[Figure]) -> list[list[Figure]]:
    incidents: list[list[Figure]] = []
    for f in figures:
        current = incidents[-1] if incidents else None
        if current is not None and f.sentence - current[-1].sentence <= INCIDENT_GAP and not any(
            o.kind == f.kind and _same_group(o.group, f.group) and o.group != "people" for o in current
        ):
            current.append(f)
        else:
            incidents.append([f])
    return incidents


def _cause_and_source(doc: Doc, sents: list[Span]) -> dict[str, str | None]:
    """"injured by shock bombs and tear gas, according to hospital sources"."""
    cause = source = None
    for sent in sents:
        for tok in sent:
            if tok.dep_ == "agent" and _harm_kind(tok.head):
                objs = [c for c in tok.children if c.dep_ == "pobj"]
                if objs:
                    sub = sorted(t.i for t in objs[0].subtree)
                    cause = doc[sub[0] : sub[-1] + 1].text
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
                if objs:
                    sub = sorted(t.i for t in objs[0].subtree)
                    source = doc[sub[0] : sub[-1] + 1].text
    return {"cause": cause, "source": source}


@Language.factory(
    "newsfacts_casualties",
    assigns=["doc.spans", "span._.nf_casualty"],
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    default_config={"spans_key": "nf_casualties", "extra_casualty_words": {}},
)
def make_casualties(nlp: Language, name: str, spans_key: str,
                    extra_casualty_words: dict[str, dict[str, list[str]]]) -> CasualtyFinder:
    return CasualtyFinder(nlp, name, spans_key=spans_key, extra_casualty_words=extra_casualty_words)
