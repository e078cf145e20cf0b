"""Who a noun phrase names: people through their surnames, pronouns and roles; bodies
through their longest name. Small functions over a parsed ``Doc``; they write nothing.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts._data import load_lexicon, word_set

__all__ = ["Referent", "SpeakerResolver", "noun_phrase", "person_titles", "entity_at", "trimmed_offsets", "org_in"]

NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_NP_CUT = {"relcl", "acl", "appos", "punct", "cc", "advcl", "parataxis"}
_DETERMINERS = {"a", "an"}


@dataclass(frozen=True)
class Referent:
    """What a mention refers to."""

    name: str
    """Canonical name, or the phrase's own words for an unnamed source."""
    span: Span
    """The words of the mention itself ("he", "the NATO chief", "Stoltenberg")."""
    named: bool
    """True for a person or a named body; False for "hospital sources"."""
    person: bool
    role: str | None = None
    """The role phrase that named a person ("NATO chief"), when the mention was one."""


@functools.cache
def _pronouns() -> dict[str, str]:
    return dict(load_lexicon("titles")["pronouns"])


def entity_bounds(token: Token) -> tuple[int, int]:
    """Token range of the entity ``token`` belongs to, read from the IOB tags."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entity_at(token: Token) -> Span | None:
    """The named entity that contains ``token``, if any (found from its IOB tags)."""
    if token.ent_iob_ == "O" or token.ent_type_ not in NAMED:
        return None
    start, end = entity_bounds(token)
    for ent in token.doc[start:end].ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def trimmed_offsets(span: Span) -> tuple[int, int]:
    """Character offsets of ``span`` without its leading and trailing white space."""
    text = span.text
    start = span.start_char + (len(text) - len(text.lstrip()))
    end = span.end_char - (len(text) - len(text.rstrip()))
    return start, max(start, end)


def noun_phrase(token: Token) -> Span:
    """The phrase a head noun stands for, without relative clauses, appositions or commas."""
    doc = token.doc
    keep = {token.i}
    stack = [c for c in token.children if c.dep_ not in _NP_CUT]
    while stack:
        child = stack.pop()
        keep.add(child.i)
        stack.extend(c for c in child.children if c.dep_ not in ("relcl", "acl", "punct", "appos"))
    start, end = min(keep), max(keep) + 1
    # stop at a comma inside the range: "Alex Lagakos, deputy director ..." → "Alex Lagakos"
    for i in range(token.i, end):
        if doc[i].text in (",", ";", "(", "\u2014", "\u2013") and i > token.i:
            end = i
            break
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text in (",", ";", ")", "\u2014", "\u2013"):
            start = i + 1
            break
    return doc[start:end]


def person_titles(doc: Doc) -> dict[str, tuple[str | None, str | None]]:
    """Person name → (title, organisation), from the words just before a person's name.

    "NATO Secretary General Jens Stoltenberg" → ("NATO Secretary General", "NATO");
    "Alex Lagakos, deputy director of the Greek Energy Forum" → ("deputy director", "Greek Energy Forum").
    """
    titles = word_set("titles", "titles")
    out: dict[str, tuple[str | None, str | None]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = ent._.nf_name or ent.text
        # 1. title words and organisations directly before the name
        i = ent.start
        while i > ent.sent.start:
            prev = doc[i - 1]
            low = prev.lower_
            if low in titles or (prev.text == "-" and i - 2 >= ent.sent.start and doc[i - 2].lower_ in titles) or (
                prev.ent_type_ in ("ORG", "GPE", "NORP") and prev.text[:1].isupper()) or (
                prev.pos_ in ("PROPN", "NOUN", "ADJ") and prev.dep_ in ("compound", "amod", "nmod")
                and prev.head.i >= i and prev.head.i < ent.end):
                i -= 1
                continue
            break
        title_span = doc[i : ent.start]
        title = title_span.text if len(title_span) and any(t.lower_ in titles for t in title_span) else None
        org = org_in(title_span) if title else None
        # 2. an apposition after the name: ", deputy director of the Greek Energy Forum,"
        if title is None and ent.end < len(doc) and doc[ent.end].text == ",":
            appos = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end]
            if appos:
                phrase = noun_phrase(appos[0])
                if any(t.lower_ in titles for t in phrase):
                    head_words = [t for t in phrase if t.i <= appos[0].i and t.lower_ not in _DETERMINERS | {"the"}]
                    title = doc[head_words[0].i : appos[0].i + 1].text if head_words else None
                    org = org_in(phrase)
        if name not in out or (out[name][0] is None and title):
            out[name] = (title, org)
    return out


def org_in(span: Span) -> str | None:
    """The first organisation or place named in ``span`` ("NATO" in "NATO Secretary General")."""
    for ent in span.ents:
        if ent.label_ in ("ORG", "GPE"):
            return ent._.nf_name or ent.text
    for tok in span:
        if tok.ent_type_ in ("ORG", "GPE") and tok.ent_iob_ == "B":
            return tok.text
    return None


class SpeakerResolver:
    """Resolve the subject of a speech act to a speaker, reading the Doc in order.

    ``he``/``she`` go to the most recent person who was the subject of a clause; a role
    phrase ("the NATO chief", "the top U.S. diplomat") to the person whose title shares
    its head word, else the last person who spoke, else the next person the article names.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.titles = person_titles(doc)
        self.role_heads = word_set("titles", "role_heads")
        self.cue_nouns = word_set("speech_verbs", "cue_nouns")
        self.last_speaker: Referent | None = None
        # person mentions that are subjects of a clause, as (token index, name)
        self._subjects: list[tuple[int, str]] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and _is_subject(ent):
                self._subjects.append((ent.start, ent._.nf_name or ent.text))
        self._subject_starts = [i for i, _ in self._subjects]
        self._persons = [(e.start, e._.nf_name or e.text) for e in doc.ents if e.label_ == "PERSON"]
        self._person_starts = [i for i, _ in self._persons]

    def remember(self, referent: Referent) -> None:
        self.last_speaker = referent

    def person_before(self, index: int) -> str | None:
        """The most recent person who was a subject before token ``index``."""
        k = bisect.bisect_left(self._subject_starts, index)
        return self._subjects[k - 1][1] if k else None

    def resolve(self, subject: Token) -> Referent | None:
        doc = self.doc
        # 1. a person: its canonical name ("Secretary-General Ban Ki-moon": the head may
        #    sit outside the entity)
        ent = entity_at(subject)
        if ent is None or ent.label_ != "PERSON":
            for child in subject.children:
                if child.dep_ in ("compound", "appos") and (e := entity_at(child)) is not None and e.label_ == "PERSON":
                    ent = e
                    break
        if ent is not None and ent.label_ == "PERSON":
            return Referent(ent._.nf_name or ent.text, ent, True, True)
        # 2. a pronoun
        if subject.pos_ == "PRON":
            return self._pronoun(subject)
        phrase = noun_phrase(subject)
        # 3. an apposition that names someone: "expert and former official, Avinoam Idan, said",
        #    "One news site, Znak.com, claims"
        heads = [subject] + [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "NOUN" and subject.pos_ == "NOUN"]
        for child in (c for h in heads for c in h.children):
            if child.dep_ == "appos" and (e := entity_at(child)) is not None and e.label_ in ("PERSON", "ORG", "GPE", "FAC"):
                return Referent(e._.nf_name or e.text, phrase, True, e.label_ == "PERSON")
        # "Former US Ambassador to the United Nations Nikki Haley": a title whose phrase
        # ends in a name
        if subject.lower_ in self.role_heads:
            closing = _name_closing(phrase)
            if closing is not None:
                return Referent(closing._.nf_name or closing.text, phrase, True, True)
        if ent is not None:
            name = ent._.nf_name or ent.text
            if ent.label_ == "GPE":
                # "Moscow has complained that ...": a capital speaks for its country
                capitals: dict[str, str] = load_lexicon("capitals")["capitals"]
                name = capitals.get(name.lower(), name)
            return Referent(name, ent, True, False)
        determiner = next((c.lower_ for c in subject.children if c.dep_ in ("det", "poss")), None)
        # 4. "A U.N. statement", "Erdogan's office statement": the body behind the statement
        if subject.lemma_.lower() in self.cue_nouns:
            for child in subject.children:
                if child.dep_ in ("compound", "amod", "poss", "nmod") and (e := entity_at(child)) is not None:
                    return Referent(e._.nf_name or e.text, phrase, True, e.label_ == "PERSON")
            if self.last_speaker is not None and determiner == "the":
                return Referent(self.last_speaker.name, phrase, self.last_speaker.named, self.last_speaker.person)
        # 5. a role: "the NATO chief", "the top U.S. diplomat", "its foreign policy chief";
        #    "a Turkish official" is anyone, "Turkey's ambassador" stays as written
        indefinite = determiner in _DETERMINERS
        if subject.lower_ in self.role_heads and not indefinite and not any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in subject.children
        ):
            name = self._person_for_role(subject)
            if name is not None:
                role = [t for t in phrase if t.dep_ not in ("det", "poss") and t.i <= subject.i]
                return Referent(name, phrase, True, True, role=doc[role[0].i : subject.i + 1].text if role else None)
        # 6. "television broadcaster PBS", "China's official Xinhua news agency": a body named
        #    inside the phrase
        if subject.lower_ not in self.role_heads:
            for child in subject.children:
                if child.dep_ in ("compound", "nmod") and (e := entity_at(child)) is not None and e.label_ == "ORG":
                    return Referent(e._.nf_name or e.text, phrase, True, False)
        # 7. "the embassy", "the ministry": a body the article has named with that word
        if determiner == "the" and subject.pos_ == "NOUN":
            body = self._body_named(subject)
            if body is not None:
                return Referent(body, phrase, True, False)
        # 8. an unnamed source keeps its own words: "hospital sources", "Chinese state media"
        words = phrase
        if len(words) and words[0].lower_ in _DETERMINERS:
            words = words[1:]
        if not len(words):
            return None
        return Referent(words.text, phrase, False, False)

    def _pronoun(self, pronoun: Token) -> Referent | None:
        """he/she: the one person the previous sentence names, else the last person who
        was a clause's subject; it/they: the last body that spoke."""
        doc = self.doc
        low = pronoun.lower_
        span = doc[pronoun.i : pronoun.i + 1]
        if low in _pronouns():
            name = self._single_person_before(pronoun) or self.person_before(pronoun.i)
            if name is None and self.last_speaker is not None and self.last_speaker.person:
                name = self.last_speaker.name
            return Referent(name, span, True, True) if name else None
        if low in ("it", "they") and self.last_speaker is not None and not self.last_speaker.person:
            return Referent(self.last_speaker.name, span, self.last_speaker.named, False)
        return None

    def _single_person_before(self, pronoun: Token) -> str | None:
        sent = pronoun.sent
        if sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        names = {e._.nf_name or e.text for e in previous.ents if e.label_ == "PERSON"}
        # people named earlier in the pronoun's own sentence compete with the previous one's
        names |= {e._.nf_name or e.text for e in self.doc[sent.start : pronoun.i].ents if e.label_ == "PERSON"}
        return next(iter(names)) if len(names) == 1 else None

    def _body_named(self, head: Token) -> str | None:
        word = head.lower_
        best = None
        for ent in self.doc.ents:
            if ent.start >= head.i:
                break
            if ent.label_ == "ORG" and ent[-1].lower_ == word and len(ent) > 1:
                best = ent._.nf_name or ent.text
        return best

    def _person_for_role(self, head: Token) -> str | None:
        role = head.lower_
        # a person whose title shares the role's head word
        matches = [name for name, (title, _) in self.titles.items() if title and role in title.lower().split()]
        if len(matches) == 1:
            return matches[0]
        if self.last_speaker is not None and self.last_speaker.person:
            return self.last_speaker.name
        before = self.person_before(head.i)
        if before is not None:
            return before
        # the article names the person only later ("NATO chief ... said"; "Jens Stoltenberg's remarks")
        k = bisect.bisect_right(self._person_starts, head.i)
        if k < len(self._persons) and self._persons[k][0] - head.i < 120:
            return self._persons[k][1]
        return None


def _name_closing(phrase: Span) -> Span | None:
    """The entity of two or three capitalised proper nouns that ends ``phrase``, if any."""
    ents = [e for e in phrase.ents if e.end == phrase.end]
    if not ents:
        return None
    ent = ents[-1]
    if ent.label_ not in ("PERSON", "ORG") or not 2 <= len(ent) <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return None
    return ent


def _is_subject(ent: Span) -> bool:
    for token in ent:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        # "chief constable Nick Adderley wrote": the name in apposition to a subject
        if token.dep_ in ("appos", "compound") and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.i not in range(ent.start, ent.end):
            return True
        # "Jens Stoltenberg's remarks came": the possessor of a subject
        if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False
