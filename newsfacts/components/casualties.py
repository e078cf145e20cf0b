"""``newsfacts_casualties``: people killed, injured or missing, per group and incident.

Heuristic steps, for each sentence that speaks of harm:
1. one for each harmed noun counted by its article ("A teacher and a nurse were killed",
   "soldiers killed a farmer", "found a second hiker dead", "the other soldier", "another
   cyclist", "a third" of the group before) and for "another" ("killing a driver and
   wounding another");
2. for each number that counts people (not a date, an age, a rate, a threshold or a name),
   find the harm word it belongs to: the verb its noun is subject or object of ("30
   soldiers were injured", "killing 70,000 people", "taken to hospital"), an adjective
   ("39 are confirmed dead"), a noun ("six deaths", "among the dead"), or a toll ("the
   death toll ... to 113"); the doers of the harm ("four gunmen killed ...") and denials
   ("not one passenger was hurt") count nobody;
3. find the group: the noun the number counts ("NATO soldiers"), the people a toll names
   ("the number of soldiers killed"), the whole a part is taken from ("nine of whom"),
   one for each group after "each from", else the figures before it, else "people";
4. keep the qualifier from the one qualifier function of ``newsfacts.numbers``; vague
   counts ("dozens") are skipped;
5. a part of a total ("including four children", "three more bodies", "four of the
   rescued later died") is no figure when the total is given; a figure repeated later
   is the same figure;
6. group figures into incidents: figures in neighbouring sentences with no new incident
   between them ("In a separate attack ...") form one;
7. date each incident by the day of its harm: not a month or a year alone, not the start
   of a period ("since ..."), not the date of another act about it ("marched on Tuesday to
   protest against the killing"), and for a toll not the day it was counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsfacts._data import extra_words, per_extra_words, word_map, word_set
from newsfacts.calendar import MONTHS, WEEKDAYS, resolve_date
from newsfacts.extensions import register_extensions
from newsfacts.mentions import entity_bounds, self_and_heads, trimmed_offsets
from newsfacts.numbers import (
    NumberReading,
    is_number_word,
    is_vague_count,
    parse_number,
    qualifier_of,
    read_number,
)

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
    count_max: int | None = None  # upper bound of a range ("20 to 30")
    part: bool = False  # a part of a group counted elsewhere ("including four children", "three of them")
    distinct: bool = False  # one more than those counted before ("another cyclist", "a third")
    toll: bool = False  # a toll's count ("the death toll rose to 64"), dated by its incident, not its counting
    earlier: bool = False  # a count told as an earlier one ("earlier reports had put the toll at eight")
    whole: int | None = None  # the count of the whole a part is taken from ("six of the 40 passengers": 40)


HARM_KINDS = ("killed", "injured", "missing")
HARM_PARTS = ("verbs", "adjectives", "nouns")


@per_extra_words
def _harm() -> dict[str, dict[str, frozenset[str]]]:
    return {kind: {part: word_set("casualty_words", f"{kind}.{part}") for part in HARM_PARTS}
            for kind in HARM_KINDS}


@per_extra_words
def _harm_words() -> tuple[frozenset[str], frozenset[str]]:
    """The harm verbs of every kind, and the harm adjectives and nouns of every kind."""
    harm = _harm()
    return (frozenset().union(*(words["verbs"] for words in harm.values())),
            frozenset().union(*(words[part] for words in harm.values() for part in ("adjectives", "nouns"))))


def _harm_kind(token: Token) -> str | None:
    """killed / injured / missing for a harm word, else None."""
    pos = token.pos_
    if pos not in _HARM_POS:
        return None  # every rule below reads a verb, a noun or an adjective
    lemma, low = token.lemma_.lower(), token.lower_
    if pos == "VERB" and lemma in word_set("casualty_words", "harm_objects.verbs"):
        # "lost their lives", "suffered burns", "were treated for injuries": the object says it
        for child in token.children:
            objs = [child] if child.dep_ in ("dobj", "nsubjpass") else \
                [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "for" else []
            # "sought treatment for injuries": the object's own "for" names the harm
            objs += [o for obj in objs if obj.dep_ == "dobj" for p in obj.children
                     if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
            for obj in objs:
                if obj.pos_ == "NOUN" and obj.lower_ not in ("toll",) and (kind := _harm_kind(obj)):
                    return kind
        # "were treated in hospital": no harm object, but a place of care
        return "injured" if _taken_to_care(token) else None
    if pos == "VERB" and (phrasal := _phrasal_harm(token)):
        return phrasal
    if pos == "VERB" and _taken_to_care(token):
        return "injured"
    if pos == "VERB" and _to_death(token):
        return "killed"
    if pos in ("VERB", "AUX") and lemma in _COPULAS and (kind := _harm_complement(token)):
        return kind
    verbs, other_words = _harm_words()
    if lemma not in verbs and low not in other_words:
        return None  # no harm word of any kind
    for kind, words in _harm().items():
        if pos in ("VERB", "AUX") and lemma in words["verbs"]:
            if lemma == "claim" and not any(c.lower_ in ("life", "lives") for c in token.children):
                continue
            if lemma == "miss" and low != "missing":
                continue
            return kind
        if pos in ("ADJ", "VERB") and low in words["adjectives"]:
            return kind
        if pos in ("NOUN", "PROPN", "ADJ") and low in words["nouns"]:
            return kind
    return None


def _phrasal_harm(verb: Token) -> str | None:
    """The kind a verb and its particle name together: "gunmen gunned down five guests",
    "seven cyclists were mowed down"."""
    phrasal = word_map("casualty_words", "phrasal_harm_verbs")
    for child in verb.children:
        if child.dep_ == "prt" and (kind := phrasal.get(f"{verb.lemma_.lower()} {child.lower_}")):
            return kind
    return None


_COPULAS = frozenset({"remain", "stay", "be", "seem", "appear", "go"})  # "went missing"
#: The parts of speech a harm word may have.
_HARM_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


def _to_death(verb: Token) -> bool:
    """"were crushed to death", "beaten to death": a manner verb whose "to" leads to death kills."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lower_ == "death" for o in c.children) for c in verb.children)


def _harm_complement(copula: Token) -> str | None:
    """"five crew members who remain unaccounted for", "remained missing": a copula whose
    complement is a harm adjective takes its kind."""
    for child in copula.children:
        # "went missing": the parser may take "missing" for a clause of "went"
        complement = ("acomp", "oprd", "advcl") if copula.lemma_.lower() == "go" else ("acomp", "oprd")
        if child.dep_ in complement and child.pos_ in ("ADJ", "VERB"):
            for kind, words in _harm().items():
                if child.lower_ in words["adjectives"]:
                    return kind
    return None


def _taken_to_care(verb: Token) -> bool:
    """"were taken to hospital", "rushed to hospital", "admitted to a clinic", "treated in
    hospital", "admitted with burns": the people the verb moves there, or keeps there, are
    injured."""
    if verb.lemma_.lower() not in word_set("casualty_words", "care_places.verbs") | \
            word_set("casualty_words", "care_places.staying_verbs"):
        return False
    places = word_set("casualty_words", "care_places.places")
    # "were treated in hospital", "admitted with burns": where, or with what, care took them in
    staying = verb.lemma_.lower() in word_set("casualty_words", "care_places.staying_verbs")
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and any(
        o.dep_ == "pobj" and o.lower_ in places for o in c.children)
        # the parser may read "rushed to hospital" as an infinitive
        or (c.dep_ == "xcomp" and c.lower_ in places)
        or (staying and c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            o.dep_ == "pobj" and o.lower_ in places for o in c.children))
        or (c.dep_ == "prep" and c.lower_ == "with" and any(
            o.dep_ == "pobj" and _harm_kind(o) == "injured" for o in c.children)) for c in verb.children)


class CasualtyFinder:
    """Write incidents to ``doc.spans[spans_key]``, figures in ``span._.nf_casualty``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_casualties", *, spans_key: str = "nf_casualties",
                 dates_key: str = "nf_dates",
                 extra_casualty_words: dict[str, dict[str, list[str]]] | None = None) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.dates_key = dates_key
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
        sents = list(doc.sents)
        told = _all_figures(doc, sents)
        every = _drop_repeats(told)
        figures = _drop_parts(every)
        figures = _drop_superseded(figures, [f for f in every if not any(f is g for g in figures)], told)
        # parts and superseded counts are no figures, but their sentences still tell the incident
        parts = [f for f in every if not any(f is g for g in figures)]
        dates = list(doc.spans.get(self.dates_key, []))
        incidents = [part for incident in _group_incidents(figures, sents)
                     for part in split_incident_by_date(doc, incident, sents, dates)]
        spans: list[Span] = []
        for incident in incidents:
            # the group's span is the first figure's words: unique per incident
            span = Span(doc, incident[0].start, incident[0].end, label="CASUALTY")
            span._.nf_casualty = {
                "figures": [
                    {"kind": f.kind, "group": f.group, "count": f.count, "qualifier": f.qualifier,
                     "count_max": f.count_max,
                     "start": doc[f.start].idx, "end": doc[f.end - 1].idx + len(doc[f.end - 1].text)}
                    for f in incident
                ],
                "date": incident_date(doc, incident, sents, dates, _parts_told_before(incident, parts, incidents)),
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


def find_casualty_figures(doc: Doc, sents: list[Span] | None = None) -> list[Figure]:
    """Every casualty figure in ``doc``, in text order, repeats removed (``sents``: the
    Doc's sentences, when the caller has them already)."""
    told = _all_figures(doc, sents)
    every = _drop_repeats(told)
    figures = _drop_parts(every)
    return _drop_superseded(figures, [f for f in every if not any(f is g for g in figures)], told)


def _parts_told_before(incident: list[Figure], parts: list[Figure], incidents: list[list[Figure]]) -> list[Figure]:
    """The parts of a total told before it ("Fourteen people were pulled alive on Wednesday,
    but three of them later died. The agency put the toll at 41."): they tell the incident
    whose total follows them, within the incident gap and after the incident before it."""
    first = incident[0].sentence
    before = max((i[-1].sentence for i in incidents if i[-1].sentence < first), default=-1)
    kinds = {f.kind for f in incident}
    return [p for p in parts if before < p.sentence < first and first - p.sentence <= INCIDENT_GAP and p.kind in kinds]


def _all_figures(doc: Doc, sents: list[Span] | None = None) -> list[Figure]:
    """Every casualty figure in ``doc``, in text order, parts and repeats kept."""
    sents = list(doc.sents) if sents is None else sents
    not_people = word_set("casualty_words", "not_people")
    not_harm = word_set("casualty_words", "not_harm_contexts")
    quantifiers = word_set("casualty_words", "quantifier_nouns")
    headline = doc._.nf_headline
    out: list[Figure] = []
    for here, sent in enumerate(sents):
        if headline and sent.start_char < headline[1] and sent.end_char > headline[0]:
            continue  # the headline restates the body
        if not any(_harm_kind(t) for t in sent):
            continue
        out.extend(_counted_by_article(sent, here, not_people, not_harm, quantifiers, out))
        out.extend(_another(sent, here, [f for f in out if f.sentence == here]))
        used: set[int] = set()
        for token in sent:
            if token.i in used or not _is_count_token(token):
                continue
            reading = read_number(token)
            if reading is None:
                used.add(token.i)
                continue
            used.update(range(reading.start, reading.end))
            if _not_a_count(doc, token, reading):
                continue
            in_sentence = [f for f in out if f.sentence == here]
            previous = [f for f in out if f.sentence == here - 1]
            figure = _figure(doc, reading, not_people, not_harm, in_sentence, previous) \
                or _each_after(doc, reading, in_sentence)
            if figure is not None:
                figure.sentence = here
                out.extend(_each_of(doc, reading, figure))
        out.extend(_the_same_number(sent, [f for f in out if f.sentence >= here - 1]))
        _name_ordinals(out)
    return out


def _not_a_count(doc: Doc, token: Token, reading: NumberReading) -> bool:
    """Numbers that count no people: "-5", "2.5", money, percentages, dates and times, a
    rate ("seven per 100,000"), the "one" of "all but one of the 15", an age ("Tomas
    Velk, 52,"), a threshold ("four or more"), a number in a name ("Plant 3")."""
    if not reading.is_count:
        return True
    if token.ent_type_ in ("MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
        return True
    if token.ent_type_ == "TIME" and _is_really_time(token):
        return True
    if token.ent_type_ == "DATE" and _is_really_date(token):
        return True
    if _day_of_month(token) or _is_rate(doc, reading.end):
        return True  # "the Sept. 14 blast": a day, whatever the model tagged
    if doc[max(0, reading.start - 2) : reading.start].text.lower() == "all but":
        return True  # read with the 15
    return _is_age(doc, reading) or _is_age_of(token) or _is_threshold(doc, reading) or _is_name_number(doc, reading)


def _the_same_number(sent: Span, before: list[Figure]) -> list[Figure]:
    """"Four soldiers were killed and the same number wounded", "Nine pilgrims drowned. The
    same number were rescued and taken to hospital": the count before, again."""
    out: list[Figure] = []
    for token in sent:
        if token.lower_ != "number" or not any(c.lower_ == "same" for c in token.children):
            continue
        # its verb: the one it is subject of and the verbs joined to it ("were rescued and
        # taken to hospital"), or a participle on it ("the same number wounded")
        verbs = [token.head, *token.head.conjuncts] if token.dep_ in ("nsubj", "nsubjpass") else \
            [c for c in token.children if c.dep_ in ("acl", "relcl", "amod")]
        kind = next((k for v in verbs if (k := _verb_harm(v)) is not None), None)
        earlier = [f for f in before if f.start < token.i]
        if kind is not None and earlier:
            last = earlier[-1]
            out.append(Figure(kind, last.group, last.count, last.qualifier,
                              token.i - 2 if token.i >= 2 else token.i, token.i + 1, last.sentence))
    return out


def _counted_by_article(sent: Span, here: int, not_people: frozenset[str], not_harm: frozenset[str],
                        quantifiers: frozenset[str], before: list[Figure]) -> list[Figure]:
    """One for each harmed noun counted by its article: "A United Nations peacekeeper was
    killed", "A teacher and a nurse were killed", "killed a farmer", "wounding a sergeant
    and two privates", "The other soldier was killed" (the second of two), "another cyclist
    was hurt"; "a third was flown to hospital": one more of the group counted before."""
    out: list[Figure] = []
    for token in sent:
        # "a third was seriously wounded": the tagger may take the ordinal for an adjective
        if (token.pos_ != "NOUN" and not _is_ordinal(token)) or token.head.pos_ not in ("VERB", "AUX"):
            continue
        if token.dep_ == "nsubj" and token.head.lemma_.lower() not in (*_INTRANSITIVE_HARM, "be", "remain") \
                and token.head.lower_ != "missing" and not _bare_participle(token.head):
            continue  # "A landslide claimed the lives of five people": the cause, not a victim
        kind = _verb_harm(token.head)
        if token.dep_ == "dobj":
            # the object of an active harm verb: "soldiers killed a farmer", "killing a driver",
            # or with its own harm word: "found a second hiker dead"
            kind = kind or next((k for c in token.children if c.dep_ in ("acl", "amod", "oprd") and c.i > token.i
                                 and (k := _harm_kind(c)) is not None), None)
            if token.head.lemma_.lower() == "claim":
                continue
        elif _gapped_participle(token) is not None:
            # "A police officer was shot dead and a fellow officer wounded": the auxiliary left out
            kind = _gapped_participle(token)
        elif token.dep_ != "nsubjpass" and token.dep_ != "nsubj":
            continue
        if token.lower_ in not_people or token.lower_ in quantifiers or _denied(token):
            continue
        if kind is None or token.head.lemma_.lower() in not_harm:
            continue
        # "A teacher and a nurse were killed", "a farmer and his son", "three soldiers and
        # a civilian": one for each noun counted by its article
        one = [token] if _counted_one(token) or _counted_two(token) else []
        for person in one + [c for c in _listed_with(token) if c.pos_ == "NOUN" and c.lower_ not in not_people
                             and not any(d.dep_ == "nummod" for d in c.children)
                             and any(d.dep_ in ("det", "poss") and d.lower_ not in ("the",) for d in c.children)]:
            start = min(t.i for t in person.subtree if t.i <= person.i and t.dep_ not in ("cc", "conj"))
            if person.i != token.i:
                start = min([person.i] + [d.i for d in person.children if d.i < person.i])
            more = _one_more(person)
            # "Two climbers died. A third ...": the ordinal stands for one more of their group
            group = "" if _is_ordinal(person) else _group_phrase(person)
            count = 2 if person.i == token.i and _counted_two(token) else 1
            out.append(Figure(kind, group, count, "exact", start, person.i + 1, here, distinct=more,
                              part=_raises_a_toll(token.head)))
    return out


def _gapped_participle(noun: Token) -> str | None:
    """"A guard was killed and a fellow guard wounded": a noun the parser joins to a passive
    harm verb, with a harm participle of its own, is a second subject with its verb left
    out; the participle's kind."""
    verb = noun.head
    if noun.dep_ != "conj" or verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((k for c in noun.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.i > noun.i
                 and (k := _harm_kind(c)) is not None), None)


def _listed_with(noun: Token) -> list[Token]:
    """The nouns listed with ``noun``: its conjuncts, and those of a counted apposition the
    parser hangs a list's middle on ("Three soldiers, two police officers and a civilian":
    "officers" an apposition of "soldiers", "civilian" a conjunct of "officers")."""
    out = list(noun.conjuncts)
    for child in noun.children:
        if child.dep_ == "appos" and any(d.dep_ == "nummod" for d in child.children):
            out.extend(c for c in child.conjuncts if c not in out)
    return out


def _bare_participle(verb: Token) -> bool:
    """"and another nurse wounded": a participle without its auxiliary or an object is a
    passive; its subject is harmed."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def _name_ordinals(figures: list[Figure]) -> None:
    """"Four miners were killed and a fifth was hurt": the ordinal's group is the one of the
    figure before it in the text, else "people"."""
    for f in figures:
        if f.group == "":
            before = [o for o in figures if o.start < f.start and o.group]
            f.group = max(before, key=lambda o: o.start).group if before else "people"


def _one_more(noun: Token) -> bool:
    """"another cyclist", "a third": one more person than those counted before."""
    return _is_ordinal(noun) or any(c.dep_ == "det" and c.lower_ == "another" for c in noun.children)


def _is_ordinal(noun: Token) -> bool:
    """"a third", "a fifth": an ordinal standing for a person of the group before."""
    return noun.lower_ in _ORDINAL_WORDS


_ORDINAL_WORDS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _counted_one(noun: Token) -> bool:
    """"a soldier", "an aid worker", "the other soldier": one person, no number."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    # "A dozen aid workers", "a hundred people": the article opens a number, not one person
    if any(c.dep_ == "det" and (r := read_number(c)) is not None and r.value != 1 for c in noun.children):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return any(d in ("a", "an", "another") for d in dets) or (
        "the" in dets and any(c.lower_ == "other" and c.dep_ == "amod" for c in noun.children)
        and noun.tag_ == "NN")


def _counted_two(noun: Token) -> bool:
    """"Both pilots were killed": two people, no number."""
    return noun.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in noun.children) \
        and any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in noun.children)


def _another(sent: Span, here: int, before: list[Figure]) -> list[Figure]:
    """"One guard was killed and another wounded", "killing a driver and wounding another":
    one more of the group the clause it is joined to names."""
    out: list[Figure] = []
    for token in sent:
        # the parser may take "another" for the determiner of the participle ("and another wounded")
        if token.lower_ != "another" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj", "det") \
                or token.head.pos_ != "VERB" or (kind := _verb_harm(token.head)) is None:
            continue
        # the verb it is joined to: "One soldier was killed and another ...", "killing a soldier
        # and wounding another"
        main = token.head.head if token.head.dep_ == "conj" else token.head
        role = ("dobj",) if token.dep_ in ("dobj", "conj") else ("nsubj", "nsubjpass")
        other = next((c for c in main.children if c.dep_ in role and c.pos_ == "NOUN"), None)
        if other is None and token.dep_ == "conj" and token.head.pos_ == "VERB":
            continue
        group = _group_phrase(other) if other is not None else (before[-1].group if before else "people")
        out.append(Figure(kind, group, 1, "exact", token.i, token.i + 1, here))
    return out


def _day_of_month(token: Token) -> bool:
    """"Aug. 7", "Sept. 14", "KORVO, 19 September", "the 9 June attack": a day beside a
    month's name, before or after it, is a date, not a count."""
    if not token.text.isdigit() or not 1 <= int(token.text) <= 31:
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.text[:1].isupper() and t.lower_.rstrip(".") in MONTHS for t in beside)


def _is_doer(noun: Token) -> bool:
    """"Four gunmen killed two guards", "Two stabbings left three people dead": the subject
    of an active verb that has an object did the harm; it is not harmed ("30 passengers
    suffered burns" excepted: there the object names the harm)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in word_set("casualty_words", "harm_objects.verbs"):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _denied(noun: Token) -> bool:
    """"Not a single soldier was killed", "not one passenger was hurt", "no one died": a
    denial counts nobody."""
    left = [t for t in noun.subtree if t.i <= noun.i]
    start = min(t.i for t in left)
    words = {t.lower_ for t in left} | ({noun.doc[start - 1].lower_} if start > 0 else set())
    return bool(words & {"not", "no", "none"}) or any(
        c.dep_ == "neg" for c in (noun.head.children if noun.dep_ in ("nsubj", "nsubjpass") else []))


def _verb_harm(verb: Token) -> str | None:
    """The harm a verb says, or its complement says ("was found dead", "left injured")."""
    kind = _harm_kind(verb)
    if kind is None:
        kind = next((k for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and (k := _harm_kind(c))), None)
    return kind


def _all_but(doc: Doc, start: int) -> int | None:
    """"all but one of the 15": how many the words before a number take away (1)."""
    words = [t.lower_ for t in doc[max(0, start - 5) : start]]
    for m in (" ".join(words[i:]) for i in range(len(words))):
        if m.startswith("all but ") and (m.endswith(" of the") or m.endswith(" of")):
            n = parse_number(m.removeprefix("all but ").removesuffix(" the").removesuffix(" of"))
            return int(n) if n is not None else None
    return None


def _drop_superseded(figures: list[Figure], parts: list[Figure], told: list[Figure]) -> list[Figure]:
    """A toll tells the latest count of its kind: an earlier smaller toll ("had earlier put
    the toll at 39" beside "pushed to 47 the number killed") is no figure of its own, nor,
    when a part in its sentence raised it, a smaller count told before it ("Seven workers
    were killed ... four of them later died, raising the toll to 11": the 11 holds the seven).
    ``told``: every figure as the text tells it, repeats kept (a toll may repeat a count)."""
    def near(a: Figure, b: Figure) -> bool:
        return a.kind == b.kind and _same_group(a.group, b.group) and abs(a.sentence - b.sentence) <= INCIDENT_GAP

    def raised(toll: Figure) -> bool:
        return any(p.sentence == toll.sentence and p.kind == toll.kind and p.start < toll.start for p in parts)

    def recalled(toll: Figure) -> bool:
        # "12-15 people are dead ... Earlier reports had put the toll at eight": a smaller toll
        # told after a larger count of its kind recalls an earlier count
        return toll.earlier and any(near(t, toll) and t.count > toll.count and t.sentence < toll.sentence
                                    for t in told)

    tolls = [f for f in told if f.toll]
    return [f for f in figures if not recalled(f) and not any(
        near(t, f) and t.count > f.count and (f.toll or (raised(t) and f.start < t.start)) for t in tolls)]


_EARLIER_WORDS = frozenset({"earlier", "initial", "initially", "previous", "previously", "preliminary", "first"})


def _told_as_earlier(number: Token) -> bool:
    """"Earlier reports had put the toll at eight", "an initial count put the toll at 9":
    the verb that tells the toll is in the past perfect, or it or its subject is marked as
    earlier; "Hezbollah puts the toll at about 80" (a claim of its own) is not."""
    verb = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children):
        return True
    marks = [c for c in verb.children if c.dep_ == "advmod"]
    marks += [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in c.children if m.dep_ == "amod"]
    return any(m.lower_ in _EARLIER_WORDS for m in marks)


def _drop_parts(figures: list[Figure]) -> list[Figure]:
    """A part of a total ("including four children", "three of them", "five of the injured
    later died") is no figure of its own when the article gives a larger one of its kind."""
    return [f for f in figures
            if not f.part or not any(o.kind == f.kind and o.count > f.count and not o.part for o in figures)]


_INTRANSITIVE_HARM = {"die", "perish", "drown", "succumb", "disappear"}
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
               "old", "minute", "minutes", "decade", "decades", "century", "ago", "annually"}


def _is_really_date(token: Token) -> bool:
    """The model tags some counts as DATE ("from fourteen to 31"): a real date has a
    calendar word, a time word or a year in it."""
    doc = token.doc
    start, end = _own_stretch(token, *entity_bounds(token))
    words = {t.lower_ for t in doc[start:end]}
    if words & _TIME_WORDS or words & set(MONTHS) or words & set(WEEKDAYS):
        return True
    return resolve_date(doc[start:end].text, None) is not None


def _own_stretch(token: Token, start: int, end: int) -> tuple[int, int]:
    """The stretch of an entity between punctuation marks that holds ``token``: in
    "KORVO, 21 March - Two guards were killed" the model may tag "21 March - Two" as one
    date, but "Two" stands past the dash, apart from the month."""
    doc = token.doc
    left = max([t.i + 1 for t in doc[start : token.i] if t.is_punct], default=start)
    right = min([t.i for t in doc[token.i + 1 : end] if t.is_punct], default=end)
    return left, right


_CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hours", "hour", "minutes", "minute",
                "seconds", "morning", "afternoon", "evening", "night", ":", "noon", "midnight"}


def _is_really_time(token: Token) -> bool:
    """The model tags some counts as TIME ("from 14 to 31 overnight"): a clock time or a
    duration has a clock word in it."""
    start, end = entity_bounds(token)
    return any(t.lower_ in _CLOCK_WORDS or ":" in t.text for t in token.doc[start:end])


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
    # "25–30" kept as one word
    return token.text[:1].isdigit() and read_number(token) is not None


def _figure(doc: Doc, reading: NumberReading, not_people: frozenset[str],
            not_harm: frozenset[str], same_sentence: list[Figure], previous: list[Figure]) -> Figure | None:
    figure = _figure_of(doc, reading, not_people, not_harm, same_sentence, previous)
    if figure is not None:
        figure.toll = _counts_a_toll(doc[reading.root])
        figure.earlier = figure.toll and _told_as_earlier(doc[reading.root])
        figure.part = _is_part(doc[reading.root]) or (not figure.toll and _harm_raises_a_toll(doc[reading.root]))
        figure.whole = _whole_count(doc[reading.root]) if figure.part else None
    return figure


def _counts_a_toll(number: Token) -> bool:
    """"the death toll rose to 64", "put the toll at 41", "pushed to 80 the number killed":
    a number a toll's verb gives."""
    return any((verb := _toll_verb(node)) is not None and _toll_kind(verb) is not None
               for node in self_and_heads(number, 6))


def _raises_a_toll(verb: Token) -> bool:
    """"A man wounded in the attack died on Sunday, raising the toll to seven": a death
    whose clause moves a toll is a part of it."""
    return any(c.dep_ in ("advcl", "xcomp", "conj", "acl") and c.pos_ == "VERB" and _toll_kind(c) is not None
               for c in [*verb.children, *verb.head.children] if c.i > verb.i)


def _harm_raises_a_toll(number: Token) -> bool:
    """"Two more of the wounded died overnight, raising the toll to nine", "The bodies of
    three more were recovered, bringing the number of dead to five": the number's own verb
    moves a toll, so it counts what the toll grew by."""
    # the subject the number counts: "Two more ... died", "The bodies of three more were recovered"
    subject = number.head if number.dep_ in ("nummod", "pobj") else number
    if subject.dep_ == "prep":
        subject = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.pos_ != "VERB":
        return False
    # the clause that moves the toll is a participle of the same subject: "raising the toll to nine"
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and _toll_kind(c) is not None
               and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
               for c in subject.head.children if c.i > subject.head.i)


def _includer_is_a_count(verb: Token) -> bool:
    """"That figure includes ...", "the toll rose to 61, a number that includes ...": the
    verb's subject is a toll, or it is a clause on one."""
    tolls = word_set("casualty_words", "toll_nouns") | {"dead", "total"}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    return any(t.lower_ in tolls for t in subjects)


def _whole_count(number: Token) -> int | None:
    """How many the whole a part is taken from counts: "six of the 40 passengers" (40),
    "Of the 25 miners rescued, four died" (25); None when it gives no number."""
    wholes = [o for c in number.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
    found = _whole_of(number)
    for noun in [*wholes, *([found] if found is not None else [])]:
        for child in noun.children:
            if child.dep_ == "nummod" and (reading := read_number(child)) is not None:
                return int(reading.value)
    return None


def _is_part(number: Token) -> bool:
    """"including four children", "among them two girls", "three of them", "five of the
    injured", "That figure includes 17 patients": a number that counts part of a group
    already counted."""
    noun = number.head if number.dep_ == "nummod" else number
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "include" and _includer_is_a_count(noun.head):
        return True
    # "three more bodies", "two more deaths": what a toll grew by
    if number.i + 1 < len(number.doc) and number.doc[number.i + 1].lower_ in ("more", "additional", "further") \
            and _harm_kind(noun) is not None and noun.pos_ == "NOUN":
        return True
    # "Of the 25 miners rescued, four later died": the subject of a verb that takes it out of a whole
    if number.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < number.i for c in number.head.children):
        return True
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.lower_ in ("them", "whom", "those", "these") or (
                        obj.pos_ in ("NOUN", "ADJ", "VERB") and any(d.lower_ == "the" for d in obj.children))):
                    return True
    return False


def _figure_of(doc: Doc, reading: NumberReading, not_people: frozenset[str],
               not_harm: frozenset[str], same_sentence: list[Figure], previous: list[Figure]) -> Figure | None:
    start, end, value = reading.start, reading.end, int(reading.value)
    count_max = int(reading.value_max) if reading.value_max is not None else None
    number = doc[reading.root]
    if (taken := _all_but(doc, start)) is not None and 0 < taken < value:
        value -= taken  # "all but one of the 15 passengers died": 14
        start = next(t.i for t in doc[max(0, start - 5) : start] if t.lower_ == "all")
    noun: Token | None = None
    # 1. the noun the number counts: "30 NATO soldiers", "four others", "one member of the Coast Guard"
    if number.dep_ in ("nummod", "quantmod", "amod") and number.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = number.head
    elif number.dep_ == "compound" and reading.value_max is not None and number.head.pos_ == "NOUN":
        noun = number.head  # "25–30 protesters": the tagger takes a range in one word for a name
    elif number.dep_ == "det" and number.head.pos_ == "NOUN":
        noun = number.head  # "A dozen aid workers": the article opens the number
    elif number.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT", "acomp", "npadvmod"):
        noun = None
        for child in number.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].pos_ in ("NOUN", "PROPN"):
                    noun = objs[0]
    # "Two of the guards taken to hospital died": the harm is the number's verb, not what
    # the whole's own clause says
    head = number if noun is None or noun.head.head.i == number.i else noun
    if noun is not None and noun.lower_ in not_people and not _hurt_survivors(noun, head, not_harm):
        return None
    if taken is None and number.dep_ == "nummod" and _is_whole_of_part(head):
        # "Six of the 40 passengers ... died", "Of the 25 miners rescued, four died": the 40, the
        # 25; but "Four of the 35 passengers taken to hospital died": the 35 were injured
        if (own_clause := _clause_harm(head)) is None:
            return None
        return Figure(own_clause, _group_phrase(head), value, qualifier_of(reading, doc), start, head.i + 1, 0, count_max)
    if _is_doer(head) or _denied(head):
        return None  # "Four gunmen killed two guards": the doers; "not one passenger was hurt"
    if _superseded(number):
        return None
    if noun is not None and (said := _participle_as_noun(noun, value)) is not None:
        # "Six people were killed and about 30 hurt": the tagger takes the participle for
        # the counted noun; the group is the one named before
        group = _group_before(same_sentence, value) or _previous_people(number, previous) or "people"
        return Figure(said, group, value, qualifier_of(reading, doc), start, max(end, noun.i + 1), 0, count_max)
    if noun is not None and noun.pos_ == "NOUN" and (own := _harm_kind(noun)) and noun.lower_ not in ("toll",):
        # "six deaths were of children", "20 bodies": the noun is the harm itself
        group = _of_group(noun) or ("bodies" if noun.lower_ == "bodies" else "people")
        return Figure(own, group, value, qualifier_of(reading, doc), min(start, noun.i), max(end, noun.i + 1), 0, count_max)
    # 2. the harm word: walk up from the counted phrase to the word that says what happened
    kind = (_harm_right_after(doc, reading) if noun is None else None) or _kind_for(head, not_harm)
    if kind is None:
        return None
    # 3. the group
    if noun is None or noun.lower_ in ("others", "other", "more"):
        # "two civilians were killed and more than 40 were wounded": the group named once;
        # "... a bus carrying nurses. Six were killed": the people of the sentence before
        people = (_toll_people(number) or _whole_of(number)) if noun is None else None
        if people is not None:
            # "the number of soldiers killed ... stands at 2,314", "40 survivors, nine of whom ..."
            group = _group_phrase(people)
        else:
            group = _group_before(same_sentence, value, one_is_enough=noun is not None or not _counts_a_toll(number)) \
                or (_counted_before(number, value) if noun is None else None) \
                or _previous_people(number, previous) or "people"
    else:
        group = _group_phrase(noun)
    # 4. the qualifier the number reader found ("at least", a range's lower bound), or
    #    the verb that passes it ("the toll exceeded 500")
    qualifier = qualifier_of(reading, doc)
    ev_start = min(start, noun.i) if noun is not None else start
    ev_end = max(end, noun.i + 1) if noun is not None else end
    return Figure(kind, group, value, qualifier, ev_start, ev_end, 0, count_max)


def _harm_right_after(doc: Doc, reading: NumberReading) -> str | None:
    """"The blast left 12-15 people dead and 80-100 injured": a bare count conjoined to
    another takes the harm word right after it, not the first conjunct's."""
    if doc[reading.root].dep_ != "conj" or reading.end >= len(doc):
        return None
    after = doc[reading.end]
    return _harm_kind(after) if after.pos_ in ("VERB", "ADJ") else None


def _hurt_survivors(noun: Token, head: Token, not_harm: frozenset[str]) -> bool:
    """"Eight survivors were treated for burns": survivors an injury governs are injured
    people, though "rescuers pulled 40 survivors out" counts no victims."""
    return noun.lower_ in word_set("casualty_words", "hurt_survivors.words") \
        and _kind_for(head, not_harm) == "injured"


def _participle_as_noun(noun: Token, count: int) -> str | None:
    """The harm kind of a harm participle the tagger read as a singular noun counted by
    more than one ("and about 30 hurt", "and 12 wounded"), else None."""
    if count < 2 or noun.tag_ != "NN" or any(c.dep_ == "det" for c in noun.children):
        return None
    for kind, words in _harm().items():
        if noun.lower_ in words["adjectives"]:
            return kind
    return None


def _whole_of(number: Token) -> Token | None:
    """The whole a bare count is a part of: "40 survivors, nine of whom were ..." (survivors),
    "Of the 25 miners rescued, four later died" (miners)."""
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                c.dep_ == "pobj" and c.lower_ in ("whom", "which") for c in child.children):
            clause = number.head
            if clause.dep_ == "relcl" and clause.head.tag_ == "NNS":
                return clause.head
    if number.dep_ in ("nsubj", "nsubjpass"):
        for prep in (c for c in number.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < number.i):
            objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]
    return None


def _group_before(same_sentence: list[Figure], count: int, *, one_is_enough: bool = True) -> str | None:
    """The group a bare count takes from the figures before it in its sentence: the last
    whole group ("Two civilians were killed and more than 40 were wounded"), else the last
    part that names people ("Three of the climbers ... died, putting the toll at 11"), never
    a harm noun ("three more bodies") nor a whole smaller than the count ("12 of the 30
    passengers ... died, raising the toll to 48": not all 48 were passengers), nor one
    person's group for a toll ("A man wounded in the attack died, raising the toll to
    seven"; but "killed a guard and wounded three others", "One soldier was killed and four
    wounded")."""
    harm_nouns = _harm_nouns()
    named = [f for f in same_sentence if f.group.split()[-1].lower() not in harm_nouns
             and not (f.part and f.whole is not None and count > f.whole) and (one_is_enough or not f.count == 1 < count)]
    wholes = [f for f in named if not f.part]
    chosen = wholes or named
    return chosen[-1].group if chosen else None


def _counted_before(number: Token, count: int) -> str | None:
    """"The skipper and four others were winched to safety, and two were treated for
    hypothermia": a bare count takes the people counted earlier in its sentence, when
    they are as many at least ("Nine of the 20 passengers ... died, raising the toll to
    35": not all 35 were passengers)."""
    for token in reversed(list(number.doc[number.sent.start : number.i])):
        counts = [r for c in token.children if c.dep_ == "nummod" and (r := read_number(c)) is not None]
        if token.pos_ == "NOUN" and counts and counts[0].value >= count \
                and (token.lower_ in ("others", "more") or _names_people(token)):
            return _group_phrase(token)
    return None


_PEOPLE_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "men")


def _previous_people(number: Token, previous: list[Figure]) -> str | None:
    """The group a sentence-opening count refers back to ("Nine were killed", "Another 22
    were wounded"): the group of the last figure of the sentence before ("killing 14
    people"), else its last plural noun of people, not a word of a title ("the police
    chief") nor the doers of its main verb ("Gunmen opened fire on a bus carrying
    pilgrims"), else the subject it is about ("Civilians sheltering in the camp bore the
    brunt") unless it names doers."""
    sent = number.sent
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or number.i not in {t.i for t in subject.subtree} or sent.start == 0:
        return None
    named = [f for f in previous if not f.part and f.group.split()[-1].lower() not in _harm_nouns()]
    if named:
        return named[-1].group
    candidates = [t for t in reversed(list(number.doc[sent.start - 1].sent)) if _names_people(t)]
    for token in candidates:
        if token.dep_ == "nsubj" and _verb_harm(token.head) is None:
            continue  # the doers, not the victims
        return _group_phrase(token)
    doers = word_set("casualty_words", "doer_nouns.words")
    subject_of_the_sentence = [t for t in candidates if t.lower_ not in doers]
    return _group_phrase(subject_of_the_sentence[0]) if subject_of_the_sentence else None


def _names_people(token: Token) -> bool:
    """A plural noun of people: a listed word whatever its tag (the tagger may take a
    plural for a verb), else a plural in -ers, -ists ...; not a word of a name or title."""
    if token.lower_ in word_set("casualty_words", "not_people") or token.ent_type_ in ("DATE", "TIME", "NORP"):
        return False
    if token.dep_ == "compound":
        return False  # "the police chief": one person
    people = word_set("casualty_words", "people_nouns.words")
    return token.lower_ in people or (token.tag_ == "NNS" and token.lower_.endswith(_PEOPLE_SUFFIXES))


def _harm_nouns() -> frozenset[str]:
    nouns = _harm()
    return frozenset().union(*(nouns[k]["nouns"] for k in HARM_KINDS))


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
            if (k := _among_the_harmed(node)) is not None:
                return k
        # "39 are confirmed dead", "90 civilians were wounded", "with more than 2,600 injured"
        for child in node.children:
            if child.dep_ in ("acomp", "amod", "oprd", "xcomp", "acl", "relcl", "conj") and (k := _harm_kind(child)):
                # "were rescued and treated for injuries": one passive subject, two verbs; but
                # "displaced 9,000 people and injured 31": the second verb has its own count
                if child.dep_ == "conj" and (node.pos_ != "VERB" or head.dep_ != "nsubjpass" or any(
                        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children)):
                    continue
                if child.dep_ in ("acl", "relcl") and child.tag_ != "VBN" and any(
                        c.dep_ == "dobj" for c in child.children):
                    continue  # "four shootings ..., killing three": the shootings did the harm
                if child.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and any(
                        p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in child.children):
                    continue  # "50 people, 12 of whom were admitted to hospital": the clause counts a part
                # "shot dead three smugglers": the object's predicate may come first
                if child.i > head.i or child.dep_ in ("amod", "oprd", "conj"):
                    return k
            if child.dep_ == "prep" and child.lower_ in ("of",) and node.lower_ in ("toll", "death", "deaths"):
                continue
        if node.pos_ == "VERB" and (k := _harm_after_predicate(node)) is not None:
            return k
        if node.lemma_.lower() in not_harm:
            return None
        # "displaced more than 24,000 people": another verb's count; but "Four of the miners
        # lifted out alive died", which the parser reads as a clause subject, is the main verb's
        if node.pos_ == "VERB" and node.i != head.i and node.lemma_ not in ("be", "have", "remain") \
                and node.dep_ != "csubj":
            return None
        if node.head.i == node.i:
            break
        # "the death toll ... climbed to at least 113 people", "increasing the toll from
        # fourteen to 31": a toll is a death count
        # "the toll exceeded 500": a toll's verb with the number as its object
        if (verb := _toll_verb(node)) is not None and (k := _toll_kind(verb)) is not None:
            return k
        node = node.head
    return None


def _is_age(doc: Doc, reading: NumberReading) -> bool:
    """"Tomas Velk, 52, a farmer", "The injured man, 29, was": a number set off by commas
    after a name or one person is an age; so is a number or range after "aged" ("aged 18-21")."""
    start, end = reading.start, reading.end
    if start >= 1 and doc[start - 1].lower_ in ("aged", "ages"):
        return True
    if _age_in_a_relative_clause(doc[reading.end - 1]):
        return True
    if not (start >= 2 and end < len(doc) and doc[start - 1].text == "," and doc[end].text == ","
            and reading.value_max is None):
        return False
    person = doc[start - 2]
    counts = word_set("casualty_words", "toll_nouns") | word_set("casualty_words", "quantifier_nouns")
    return person.pos_ == "PROPN" or (person.tag_ == "NN" and person.lower_ not in counts)


def _age_in_a_relative_clause(number: Token) -> bool:
    """"The captain, who was 58, died": a number alone as what "who" is (a copula's
    complement in a clause on one person) is the person's age."""
    copula = number.head
    if number.dep_ not in ("attr", "acomp") or copula.lemma_.lower() != "be" or copula.dep_ != "relcl" \
            or copula.head.tag_ not in ("NN", "NNP"):
        return False
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    return any(c.lower_ in ("who", "that") for c in subjects) and not any(
        c.dep_ in ("prep", "npadvmod") or c.tag_ == "NNS" for c in number.children)


def _clause_harm(noun: Token) -> str | None:
    """"the 35 passengers taken to hospital", "the 12 wounded in the blast": the harm a
    clause on the noun tells of it."""
    return next((k for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                 and (k := _harm_kind(c)) is not None), None)


def _is_age_of(number: Token) -> bool:
    """"a girl of seven", "a boy of 12": a number after "of" on one person is an age (not
    on a count: "a total of 39", "a toll of 12")."""
    prep = number.head
    noun = prep.head
    not_a_person = word_set("casualty_words", "quantifier_nouns") | word_set("casualty_words", "toll_nouns") \
        | word_set("casualty_words", "not_people")
    return number.dep_ == "pobj" and prep.lower_ == "of" and noun.tag_ == "NN" and noun.lower_ not in not_a_person \
        and _harm_kind(noun) is None \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another") for c in noun.children)


def _is_whole_of_part(noun: Token) -> bool:
    """"Six of the 40 passengers", "Of the 25 miners rescued, four later died": the whole
    a part is taken out of, which the harm does not count."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or not any(c.lower_ == "the" for c in noun.children):
        return False
    return prep.head.pos_ in ("NUM", "VERB", "AUX") or prep.head.like_num


def _is_name_number(doc: Doc, reading: NumberReading) -> bool:
    """"its Plant 3 depot", "Number 4 pit", "Flight 370": a number after the proper noun it
    belongs to is part of a name."""
    number = doc[reading.root]
    if reading.start == 0 or reading.start - 1 <= number.sent.start:
        return False
    before = doc[reading.start - 1]
    if before.pos_ not in ("PROPN", "NOUN") or not before.is_title or before.lower_.rstrip(".") in MONTHS:
        return False
    # "Plant 3", or "the Block 9 tower": the noun after it is one thing, not people counted
    return number.head.i == before.i or (number.dep_ == "nummod" and number.head.tag_ == "NN")


def _is_threshold(doc: Doc, reading: NumberReading) -> bool:
    """"attacks in which four or more people are killed": "N or more" sets a threshold,
    it counts nobody."""
    end = reading.end
    return end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in ("more", "fewer", "less")


def _each_after(doc: Doc, reading: NumberReading, same_sentence: list[Figure]) -> Figure | None:
    """"..., as were nine from the army, and two each from the navy and the police": a count
    the parser leaves off the list it ends takes the kind of the figure before it."""
    end = reading.end
    if not same_sentence or end + 1 >= len(doc) or doc[end].lower_ != "each" or doc[end + 1].lower_ != "from":
        return None
    before = same_sentence[-1]
    return Figure(before.kind, before.group, int(reading.value), qualifier_of(reading, doc), reading.start, end + 1, 0,
                  None if reading.value_max is None else int(reading.value_max))


def _each_of(doc: Doc, reading: NumberReading, figure: Figure) -> list[Figure]:
    """"two each from the Coast Guard and the National Police": the count once for each
    group after "each from", else the figure as it is."""
    at = reading.end
    if at + 1 >= len(doc) or doc[at].lower_ != "each" or doc[at + 1].lower_ != "from":
        return [figure]
    groups = _listed_nouns(doc[at + 1])
    if not groups:
        return [figure]
    return [Figure(figure.kind, _group_phrase(g), figure.count, figure.qualifier, figure.start,
                   max(figure.end, g.i + 1), figure.sentence, figure.count_max, figure.part) for g in groups]


def _listed_nouns(prep: Token) -> list[Token]:
    """The nouns a preposition lists: "from the army and the border police" (army, police);
    where the parse breaks the list off, the noun after "and" that ends the next phrase."""
    objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return []
    nouns = [objs[0], *[c for c in objs[0].conjuncts if c.pos_ in ("NOUN", "PROPN")]]
    last = max(t.i for t in objs[0].subtree)
    doc = prep.doc
    if len(nouns) == 1 and last + 1 < len(doc) and doc[last + 1].lower_ == "and":
        j = last + 2
        while j < len(doc) and (doc[j].dep_ in ("det", "compound", "amod") or doc[j].pos_ == "DET"):
            j += 1
        if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN"):
            nouns.append(doc[j])
    return nouns


def _lost_toll(verb: Token) -> Token | None:
    """"The death toll from the storm that struck the province rose to 96": where the parser
    loses the toll as the subject of a change verb, the toll that opens the sentence."""
    if verb.lemma_.lower() not in word_set("casualty_words", "toll_change_verbs.verbs") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PROPN" and c.lower_ in word_set("casualty_words", "toll_nouns")
            for c in verb.children):
        return None
    first = next((t for t in verb.sent if t.pos_ == "NOUN" and t.dep_ != "compound"), None)
    if first is None or first.lower_ != "toll" or first.i > verb.i:
        return None
    return first


def _among_the_harmed(copula: Token) -> str | None:
    """"Four firefighters were among the dead", "three aid workers were among those
    killed": a group of its own inside a toll, with the toll's kind."""
    for prep in (c for c in copula.children if c.dep_ == "prep" and c.lower_ == "among"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (k := _harm_kind(obj)) is not None:
                return k
            for mod in obj.children:
                if mod.dep_ in ("acl", "relcl", "amod") and (k := _harm_kind(mod)) is not None:
                    return k
    return None


def _harm_after_predicate(verb: Token) -> str | None:
    """"were pulled from the river alive and taken to hospital": a harm verb joined to the
    verb's predicative adjective shares its subject."""
    for pred in (c for c in verb.children if c.dep_ in ("advcl", "acomp", "oprd") and c.pos_ == "ADJ"):
        for conj in pred.conjuncts:
            if conj.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
                    and (k := _harm_kind(conj)) is not None:
                return k
    return None


def _toll_verb(node: Token) -> Token | None:
    """The verb a toll figure hangs on: "climbed to 113", "stands at 41", "exceeded 500"."""
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "from", "at", "above", "past"):
        verb = node.head.head
        while verb.pos_ in ("ADP", "NUM") and verb.head.i != verb.i:
            verb = verb.head
        # "brought the number of soldiers to have died since the war began ... to 412": the
        # parser hangs "to 412" on a clause inside the toll's; climb to the toll's verb
        climb = verb
        for _ in range(3):
            if _toll_kind(climb) is not None or climb.dep_ not in ("advcl", "xcomp"):
                break
            climb = climb.head
        return climb if _toll_kind(climb) is not None else verb
    if node.dep_ == "dobj" and node.head.pos_ == "VERB":
        return node.head
    return None


def _toll_people(number: Token) -> Token | None:
    """Who a toll counts when it names them: "the number of soldiers killed ... stands at
    2,314", "brought the number of peacekeepers to have died ... to 96" (soldiers,
    peacekeepers); None for "the death toll" or "the number of dead"."""
    verb = _toll_verb(number)
    if verb is not None and _toll_kind(verb) is None and verb.dep_ in ("advcl", "xcomp"):
        verb = verb.head  # "brought the number of X to have died ... to 96": the parse hangs "to 96" on "died"
    if verb is None:
        return None
    tolls = word_set("casualty_words", "toll_nouns")
    if (people := _counted_by_the_toll(verb, tolls)) is not None:
        return people
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.lower_ not in tolls or child.lower_ == "toll":
            continue
        for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.pos_ in ("NOUN", "PROPN") and _harm_kind(obj) is None:
                    return obj
    return None


def _counted_by_the_toll(verb: Token, tolls: frozenset[str]) -> Token | None:
    """"put the number of miners killed in the blast at 14": the parser hangs "at 14" on the
    harm clause of the people the toll counts ("the number of pilgrims who died ... at
    40" too); those people (miners, pilgrims)."""
    people = verb.head
    if verb.dep_ not in ("acl", "relcl") or people.dep_ != "pobj" or people.head.lower_ != "of" \
            or people.head.head.lower_ not in tolls or people.head.head.lower_ == "toll":
        return None
    return people if people.pos_ in ("NOUN", "PROPN") and _harm_kind(people) is None else None


def _superseded(number: Token) -> bool:
    """"rose from 14 to 31", "up from 60": the earlier figure of a change is not the toll."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "from":
        return False
    if prep.head.lower_ == "up":
        return True
    siblings = list(prep.children) + list(prep.head.children)
    return any(t.dep_ == "prep" and t.lower_ == "to" and t.i != prep.i for t in siblings)


def _toll_kind(verb: Token) -> str | None:
    """The kind of harm a verb's toll counts: "the death toll rose", "put the toll at",
    "pushed to 80 the number of people killed", "the number of dead climbed"."""
    tolls = word_set("casualty_words", "toll_nouns")
    lost = _lost_toll(verb)
    for child in [*verb.children, *([lost] if lost is not None else [])]:
        if (child.dep_ not in ("nsubj", "nsubjpass", "dobj") and child is not lost) or child.lower_ not in tolls:
            continue
        if child.lower_ == "toll":
            # "the injury toll", "the toll of wounded"
            injured = any(c.lower_ in ("injury", "injured", "wounded") for c in child.children) or any(
                _harm_kind(o) == "injured" for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ in ("pobj", "pcomp"))
            return "injured" if injured else "killed"
        # "number of people killed", "number of dead", "tally of the injured"
        for mod in child.children:
            if mod.dep_ in ("acl", "relcl") and (k := _harm_kind(mod)) is not None:
                return k
        for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if (k := _harm_kind(obj)) is not None:
                    return k
                for mod in obj.children:
                    if mod.dep_ in ("acl", "amod", "relcl") and (k := _harm_kind(mod)) is not None:
                        return k
        # "brought the number of soldiers to have died ...": the harm as the verb's clause
        for clause in verb.children:
            if clause.dep_ in ("advcl", "xcomp") and clause.i > child.i and clause.pos_ == "VERB" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
                    and (k := _harm_kind(clause)) is not None:
                return k
    return _toll_said_again(verb, tolls)


def _toll_said_again(verb: Token, tolls: frozenset[str]) -> str | None:
    """"Police put the toll at 12, but the governor put it at 19": "it" stands for a toll
    named before it in the sentence, and takes that toll's kind."""
    if not any(c.lower_ == "it" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
        return None
    earlier = [t for t in verb.sent if t.i < verb.i and t.lower_ in tolls and t.dep_ in ("dobj", "nsubj", "nsubjpass")
               and t.head.i != verb.i]
    return _toll_kind(earlier[-1].head) if earlier else None


def _of_group(noun: Token) -> str | None:
    """"deaths of children", "six deaths were of children": who the harm noun counts."""
    for holder in (noun, noun.head):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                if objs:
                    return _group_phrase(objs[0])
    return None


_GLUED_RANGE_TEXT = re.compile(r"^\d[\d,.]*[-\u2013\u2014]\d[\d,.]*$")


def _group_phrase(noun: Token) -> str:
    """"NATO soldiers", "civilians", "Armed Forces personnel": the noun with its modifiers."""
    doc = noun.doc
    start = noun.i
    for child in sorted(noun.children, key=lambda c: c.i):
        # a modifier, not a count ("25–30" is read as a compound when glued)
        if child.i < noun.i and child.dep_ in ("compound", "amod") and not is_number_word(child.text) \
                and not _GLUED_RANGE_TEXT.match(child.text) \
                and not any(c.dep_ == "nummod" and child.i < c.i for c in noun.children) and not _harm_kind(child):
            start = min(start, child.i)
            start = min(start, min(t.i for t in child.subtree))
    end = noun.i + 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1 and not any(
                o.dep_ == "pobj" and o.like_num or is_number_word(o.text) for o in child.children):
            end = max(t.i for t in child.subtree) + 1  # "member of the crew", not "girl of seven"
    while start < noun.i and (doc[start].like_num or is_number_word(doc[start].text) or doc[start].is_punct):
        start += 1
    return doc[start:end].text


def _drop_repeats(figures: list[Figure]) -> list[Figure]:
    """A figure repeated later in the article (same kind, count and group) is one figure."""
    out: list[Figure] = []
    seen: dict[tuple[str, int], list[Figure]] = {}
    for f in figures:
        same = seen.setdefault((f.kind, f.count), [])
        # "The other soldier was killed": another person than the one counted before
        other = f.distinct or f.group.lower().split()[0] in ("other", "another")
        if not other and any(_same_group(o.group, f.group) for o in same):
            continue
        same.append(f)
        out.append(f)
    return out


def _same_group(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa & wb) or "people" in (a, b)


def _group_incidents(figures: list[Figure], sents: list[Span] | None = None) -> list[list[Figure]]:
    """Figures in neighbouring sentences form one incident, unless a figure repeats a group
    and kind of it, or its sentence names another event ("In a separate attack on Monday")."""
    incidents: list[list[Figure]] = []
    for f in figures:
        current = incidents[-1] if incidents else None
        new_event = sents is not None and current is not None and f.sentence > current[-1].sentence \
            and _names_another_event(sents[f.sentence])
        if current is not None and not new_event and f.sentence - current[-1].sentence <= INCIDENT_GAP and not any(
            o.kind == f.kind and _same_group(o.group, f.group) and o.group != "people" for o in current
        ):
            current.append(f)
        else:
            incidents.append([f])
    return incidents


def _names_another_event(sent: Span) -> bool:
    """"In a separate attack Monday", "In another raid", "A second shooting on Thursday": an
    event noun marked as another than the one told before."""
    events = word_set("casualty_words", "incident_nouns.words")
    return any(t.lower_ in events and any(c.lower_ in ("separate", "another", "unrelated", "second", "third")
                                          for c in t.children)
               for t in sent)


def incident_date(doc: Doc, incident: list[Figure], sents: list[Span], dates: list[Span],
                  parts: list[Figure] | None = None) -> str | None:
    """The ISO day of an incident: the date mention in its figures' sentences that belongs
    to the harm (a date owning the event, or one hung on a harm word), else the one nearest
    to a figure ("five were killed on Sunday"), else the one in the sentence just before the first figure ("On
    Sunday, gunmen attacked a bus. Five were killed."); None when its sentences give
    different dates. The parts of a total told before it ("pulled alive on Wednesday, but
    three of them later died") are its own sentences too."""
    # a sentence that moves a toll ("On Tuesday the toll rose to 19") dates the counting;
    # the incident's own sentences come first
    incident = [*(parts or []), *incident]
    indices = sorted({f.sentence for f in incident})
    own = [i for i in indices if not _tells_a_toll(sents[i])]
    tolls = [i for i in indices if i not in own]
    values: set[str] = set()
    for group in (own, tolls):
        values = {v for index in group
                  if (v := _sentence_incident_date(doc, incident, sents[index], dates)) is not None}
        if values:
            break
    if values:
        return values.pop() if len(values) == 1 else None
    first = min(f.sentence for f in incident)
    if first > 0 and not _has_harm(sents[first - 1]):
        if (before := _sentence_incident_date(doc, incident, sents[first - 1], dates)) is not None:
            return before
    last = max(f.sentence for f in incident)
    if last + 1 < len(sents) and _dates_the_event(sents[last + 1]):
        return _sentence_incident_date(doc, incident, sents[last + 1], dates)
    return None


def _dates_the_event(sent: Span) -> bool:
    """"Gunmen killed seven farmers. The attack happened on Tuesday.": a sentence after the
    figures, telling no harm of its own, whose subject is the event's noun."""
    events = word_set("casualty_words", "incident_nouns.words")
    return not _has_harm(sent) and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in events
        and any(c.lower_ in ("the", "that", "this") for c in t.children) for t in sent)


def _sentence_incident_date(doc: Doc, incident: list[Figure], sentence: Span, dates: list[Span]) -> str | None:
    """The date one sentence gives an incident, or None."""
    # the dateline's date ("RASHT, Oct 15 (Reuters) -") is the day of filing, not the incident's
    filed = [(s.start_char, s.end_char) for s in doc.spans.get("nf_dateline", [])]
    # a date of saying ("police said on Monday", "the report, released on Wednesday")
    # is not the incident's
    # a day only ("in June", "the 2019 blast" place it in a period)
    told = [d for d in dates if sentence.start <= d.start < sentence.end and d._.nf_date
            and not any(a <= d.start_char < b for a, b in filed) and not _date_of_saying(d) and not _as_of(d)]
    found = [d for d in told if d._.nf_date.get("granularity") == "day"]
    here = [f for f in incident if sentence.start <= f.start < sentence.end]
    figs = here or incident
    harms = [h for f in figs if (h := _harm_of(doc[f.start : f.end].root)) is not None]
    # a date that names the harm's own event ("Saturday's bombing, which killed nine", "the
    # Aug. 14, 2009 landslide that killed 212") stays; else not the start of a period
    # ("since the war began in March 2003", "since January 3"), nor a date of another act
    # about the harm ("marched on Tuesday to protest against the killing of four",
    # "gathered on Sunday to remember the 12 soldiers who were killed")
    found = [d for d in found if any(_names_the_event_of(d, h) for h in harms) or (
        not _starts_a_period(d) and not any(_dates_an_act_about(d, h) for h in harms))]
    # (a sentence of no figures, before a toll, tells the event: "A bus plunged into a gorge on
    # Tuesday. Police put the toll at 19.")
    wholes = [f for f in here if not f.part]
    if wholes and all(f.toll for f in wholes):
        # a toll counted on a day ("rose to 64 on Thursday", "died on Sunday, raising the
        # toll to nine") is dated by its event alone ("the toll from Sunday's sinking")
        found = [d for d in found if _owns_an_event(d)]
    if not found:
        # no day of the harm: a year or month that names its event ("the 2015 attack, which
        # killed 130", "killed in the rail crash in 2017", "since 2011, when a car bomb killed 26")
        return _period_of_the_harm(told, harms)
    found = _dates_of_the_harm(found) or found
    best = min(found, key=lambda d: min(abs(d.start - f.start) for f in figs))
    return str(best._.nf_date["value"])


def _period_of_the_harm(dates: list[Span], harms: list[Token]) -> str | None:
    """The one year or month among ``dates`` that names the harm's event or hangs on its
    harm word; None when none does, or several disagree."""
    periods = [d for d in dates if d._.nf_date.get("granularity") != "day"]
    named = [d for d in periods if any(_names_the_event_of(d, h) for h in harms)] or \
        [d for d in _dates_of_the_harm(periods) if not _starts_a_period(d)]
    values = {str(d._.nf_date["value"]) for d in named}
    return values.pop() if len(values) == 1 else None


def _starts_a_period(date: Span) -> bool:
    """"since January 3", "since the war began in March 2003": the start of a period a
    count runs over, not the day of a harm."""
    return any(node.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children)
               for node in self_and_heads(date.root, 4))


def _owns_an_event(date: Span) -> bool:
    """"Sunday's ferry sinking", "the blast of March 3": a date that names an event."""
    root = date.root
    if root.dep_ == "poss" and (root.head.pos_ == "NOUN" or root.head.tag_ == "VBG"):
        return True  # "Sunday's crash", "Sunday's ferry sinking"
    events = word_set("casualty_words", "incident_nouns.words")
    return root.dep_ == "pobj" and root.head.lower_ in ("of", "on") and root.head.head.lower_ in events


def _names_the_event_of(date: Span, harm: Token) -> bool:
    """"Saturday's bombing, which killed nine", "the Aug. 14, 2009 landslide that killed
    212": the date modifies the noun of the event the harm word tells of, or stands right
    before it; "since March 4, when 12 people were killed": the harm is a clause on the date."""
    doc = date.doc
    if any(t.i == date.root.i for t in harm.ancestors):
        return True
    after = next((t for t in doc[date.end : min(len(doc), date.end + 3)] if t.pos_ == "NOUN"), None)
    if after is not None and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[date.end : after.i]) \
            and after in set(harm.ancestors):
        return True
    for above in date.root.ancestors:
        if above.pos_ == "VERB" and above.tag_ != "VBG":
            return False
        if above.pos_ in ("NOUN", "VERB") and (above.i == harm.i or above in set(harm.ancestors)):
            return above.i != harm.i or above.pos_ == "NOUN"
    return False


def _dates_an_act_about(date: Span, harm: Token) -> bool:
    """Whether a date hangs on a verb of another act whose object, or an object's clause,
    tells the harm: "marched on Tuesday to protest against the killing of four classmates",
    "gathered on Sunday to remember the 12 soldiers who were killed"."""
    act = None
    events = word_set("casualty_words", "incident_nouns.words")
    for above in date.root.ancestors:
        if _harm_kind(above) is not None:
            return False  # "the killing of four miners on April 2": the harm's own date
        if above.pos_ == "NOUN" and above.lower_ in events:
            return False  # "A second shooting on Wednesday left a driver injured": the event's own date
        if above.pos_ == "VERB":
            act = above
            break
    if act is None or _verb_harm(act) is not None or act not in set(harm.ancestors):
        return False
    node = harm
    while node.i != act.i:
        if node.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "relcl", "acl", "appos", "attr"):
            return True  # the harm is a thing the act is about, not a clause of the act
        node = node.head
    return False


def _harm_of(token: Token) -> Token | None:
    """The word that tells the harm a figure's words count: the noun itself ("the 12
    soldiers who were killed", "20 bodies") or the first harm word above it."""
    return next((node for node in self_and_heads(token, 6)
                 if _harm_kind(node) is not None or _verb_harm(node) is not None
                 or any(c.dep_ in ("relcl", "acl") and _harm_kind(c) is not None for c in node.children)), None)


def _dates_of_the_harm(dates: list[Span]) -> list[Span]:
    """Of a sentence's dates, those that date the harm itself rather than another act: a
    date owning the event ("Saturday's crash killed nine", "the toll from Sunday's
    landslide rose to 31 on Tuesday") or one the parse hangs on a harm word ("the killing of
    four miners on April 2", "seven were killed on Friday")."""
    out: list[Span] = []
    for date in dates:
        if date.root.dep_ == "poss" and date.root.head.pos_ == "NOUN":
            out.append(date)
            continue
        node = date.root
        # "killed in the fire of 12 February 2015", "died in the avalanche in 2014": one step
        # more through the event's "of" or "in"
        for _ in range(4 if date.root.head.lower_ in ("of", "in") and date.root.head.head.pos_ == "NOUN" else 3):
            if node.head.i == node.i:
                break
            node = node.head
            if _harm_kind(node):
                out.append(date)
                break
    return out


def split_incident_by_date(doc: Doc, incident: list[Figure], sents: list[Span], dates: list[Span]) -> list[list[Figure]]:
    """An incident whose figures' sentences give different dates is several incidents ("A
    bomb killed seven on Friday. Another blast, on Sunday, wounded 12."): a figure in a
    sentence dated otherwise than the figures before it starts a new one; a figure in an
    undated sentence, or in one that moves a toll ("By Tuesday the death toll rose to 28":
    the same incident counted later), stays with the one before."""
    parts: list[list[Figure]] = []
    part_date: str | None = None
    for f in incident:
        date = _sentence_incident_date(doc, [f], sents[f.sentence], dates)
        if parts and (date is None or part_date is None or date == part_date or _tells_a_toll(sents[f.sentence])):
            parts[-1].append(f)
            part_date = part_date or date
        else:
            parts.append([f])
            part_date = date
    return parts


def _tells_a_toll(sent: Span) -> bool:
    """A sentence naming a toll ("the death toll rose to 28"): a count of an incident's
    victims, dated by when it was counted."""
    toll_nouns = word_set("casualty_words", "toll_nouns")
    return any(t.lower_ in toll_nouns for t in sent)


def _as_of(date: Span) -> bool:
    """"By Tuesday the death toll rose to 28": a date after "by" is when a count stood, not
    the day of the harm."""
    return date.root.dep_ == "pobj" and date.root.head.lower_ == "by"


def _date_of_saying(date: Span) -> bool:
    """"police said on Monday": the date belongs to the speech verb, not the incident."""
    node = date.root
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in ("say", "tell", "report", "announce", "confirm", "add", "release",
                                           "publish", "issue", "state", "update", "estimate", "warn", "caution")
    return False


def _has_harm(sent: Span) -> bool:
    return any(_harm_kind(t) for t in sent)


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
    default_config={"spans_key": "nf_casualties", "dates_key": "nf_dates", "extra_casualty_words": {}},
)
def make_casualties(nlp: Language, name: str, spans_key: str, dates_key: str,
                    extra_casualty_words: dict[str, dict[str, list[str]]]) -> CasualtyFinder:
    return CasualtyFinder(nlp, name, spans_key=spans_key, dates_key=dates_key,
                          extra_casualty_words=extra_casualty_words)
