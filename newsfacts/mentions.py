"""Who a noun phrase names: people through their surnames, pronouns and roles; bodies
through their longest name. Small functions over a parsed ``Doc``; they write nothing.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts._data import load_lexicon, word_set

__all__ = ["Referent", "SpeakerResolver", "Mention", "read_mention", "person_genders", "noun_phrase", "person_titles", "entity_at", "ents_within", "trimmed_offsets", "org_in"]

NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_NP_CUT = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"}
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
    members: tuple[Referent, ...] = ()
    """The speakers of a joint act ("Britain and France said"), each a referent of its own."""


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


def ents_within(span: Span) -> list[Span]:
    """The named entities wholly inside ``span``, as ``span.ents`` gives them, read from
    the IOB tags of the span's own tokens (``span.ents`` builds every entity of the Doc)."""
    doc = span.doc
    out = []
    for token in span:
        if token.ent_iob_ == "B" and token.ent_type:
            start, end = entity_bounds(token)
            if end <= span.end:
                out.append(Span(doc, start, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id))
    return out


def self_and_heads(token: Token, n: int) -> Iterator[Token]:
    """``token``, then its head, the head's head and so on up to the root: ``n`` tokens at most."""
    return itertools.islice(itertools.chain((token,), token.ancestors), n)


def entity_at(token: Token) -> Span | None:
    """The named entity that contains ``token``, if any (found from its IOB tags)."""
    if token.ent_iob_ == "O" or token.ent_type_ not in NAMED:
        return None
    start, end = entity_bounds(token)
    doc = token.doc
    first = doc[start]
    if first.ent_iob_ == "B":
        # the entity as ``doc.ents`` gives it (same range, label and ids), built without
        # building every other entity of the Doc
        return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)
    for ent in ents_within(doc[start:end]):
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
        sent_start = ent.sent.start
        while i > sent_start:
            prev = doc[i - 1]
            low = prev.lower_
            if low in titles or (prev.text == "-" and i - 2 >= sent_start and doc[i - 2].lower_ in titles) or (
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
        if title is None:
            title, org = _apposed_title(ent, titles)
        if name not in out or (out[name][0] is None and title):
            out[name] = (title, org)
    return out


def _apposed_title(ent: Span, titles: frozenset[str] | set[str]) -> tuple[str | None, str | None]:
    """(title, organisation) of an apposition after a person's name: ", deputy director of
    the Greek Energy Forum," → ("deputy director", "Greek Energy Forum")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None, None
    appos = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end]
    if not appos:
        return None, None
    phrase = noun_phrase(appos[0])
    if not any(t.lower_ in titles for t in phrase):
        return None, None
    head_words = [t for t in phrase if t.i <= appos[0].i and t.lower_ not in _DETERMINERS | {"the"}]
    title = doc[head_words[0].i : appos[0].i + 1].text if head_words else None
    return title, org_in(phrase)


def person_title_words(doc: Doc) -> dict[str, set[str]]:
    """Person name → every word of the titles the article gives the person, before the name
    and in an apposition after it ("U.S. Gen. Carl Ives, the supreme allied commander")."""
    titles = word_set("titles", "titles")
    out: dict[str, set[str]] = {}
    given = person_titles(doc)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = ent._.nf_name or ent.text
        words = out.setdefault(name, set())
        for title in (given.get(name, (None, None))[0], _apposed_title(ent, titles)[0]):
            words |= set((title or "").lower().replace("-", " ").split())
    return out


def org_in(span: Span) -> str | None:
    """The first organisation or place named in ``span`` ("NATO" in "NATO Secretary General")."""
    for ent in ents_within(span):
        if ent.label_ in ("ORG", "GPE"):
            return ent._.nf_name or ent.text
    for tok in span:
        if tok.ent_type_ in ("ORG", "GPE") and tok.ent_iob_ == "B":
            return tok.text
    return None


@dataclass(frozen=True)
class Mention:
    """A speech act's subject, read once for every rule: its head, phrase, entity and determiner."""

    head: Token
    phrase: Span
    entity: Span | None
    determiner: str | None
    possessor: Token | None


def read_mention(subject: Token) -> Mention:
    determiner = next((c.lower_ for c in subject.children if c.dep_ in ("det", "poss")), None)
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
    return Mention(subject, noun_phrase(subject), entity_at(subject), determiner, possessor)


def _indefinite(mention: Mention) -> bool:
    """"a Turkish official", "one official", "another diplomat", "a second official": anyone."""
    head = mention.head
    if mention.determiner in _DETERMINERS | {"another", "some", "any", "one", "two", "several", "many"}:
        return True
    return any(c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.lower_ in _ORDINALS) for c in head.children)


_ORDINALS = {"second", "third", "fourth", "fifth", "another", "other", "senior", "junior"}


def person_genders(doc: Doc) -> dict[str, str]:
    """Person name → "male"/"female", from what the article itself says: a gendered title
    before the name ("Mrs.", "spokeswoman"), or a his/her that follows the person in the
    person's own clause with no other person between ("Anton Brisk met his counterpart")."""
    titles = load_lexicon("titles")
    gendered = {w: "female" for w in titles["female_titles"]} | {w: "male" for w in titles["male_titles"]}
    out: dict[str, str] = {}
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    sents = [e.sent for e in people]  # each person's sentence, found once
    for k, ent in enumerate(people):
        name = ent._.nf_name or ent.text
        if name in out:
            continue
        sent = sents[k]
        # 1. a gendered title just before the name
        before = [t.lower_ for t in doc[max(sent.start, ent.start - 3) : ent.start]]
        gender = next((gendered[w] for w in reversed(before) if w in gendered), None)
        # 2. a possessive of the person's own clause, before any other person
        earlier_in_sentence = any(sents[j].start == sent.start for j in range(k) if people[j].start < ent.start)
        if gender is None and (_is_subject(ent) or not earlier_in_sentence):
            same_next = k + 1 < len(people) and sents[k + 1].start == sent.start
            limit = people[k + 1].start if same_next else sent.end
            gender = _gender_of_own_possessive(ent, limit)
        if gender is not None:
            out[name] = gender
    return out


def _gender_of_reported_subject(speaker: Span) -> str | None:
    """"Mbeki said he had found it closed", "Lund said her first job had changed her life":
    a he/she (or his/her) opening the reported clause of a person's own speech verb is that
    person."""
    pronouns = _pronouns()
    verb = speaker.root.head
    if verb.pos_ != "VERB":
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        if subject.lower_ in pronouns and subject.pos_ == "PRON" and subject.lower_ not in ("it", "they", "them"):
            return pronouns[subject.lower_]
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.i == subject.left_edge.i), None)
        return pronouns.get(owner.lower_) if owner is not None else None
    return None


def _gender_of_own_possessive(ent: Span, limit: int) -> str | None:
    """"Chef Ada Park won the prize for her restaurant": the first his/her after the name,
    before token ``limit``, in the clause of the verb the name hangs on. An object pronoun
    ("the director warned her") is someone else: a clause's subject would be "herself"."""
    pronouns = _pronouns()
    verb = ent.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "Per Aukrust met ...": the parser may hang the name on a word before the verb
    for token in ent.doc[ent.end : limit]:
        if token.lower_ in pronouns and token.dep_ == "poss" and _same_clause(token, verb):
            return pronouns[token.lower_]
    return None


class SpeakerResolver:
    """Resolve the subject of a speech act to a speaker, reading the Doc in order.

    One rule per construction, tried in turn (see `resolve`), each a method named for it:
    a person's name (`_person_named`, through `_name_after_abbreviated_title`); a part of a
    group ("many of them", `_part_of_a_group`); a pronoun (`_person_pronoun`,
    `_body_pronoun`); a name in apposition (`_named_in_apposition`, `_name_between_commas`,
    `_known_as_name`); a title ending in a name (`_title_ending_in_name`); a named body
    (`_named_body`; a capital for its government, `_government_of_capital`); a word the
    model tagged elsewhere or a capital it missed (`_same_name_tagged_elsewhere`);
    capitalised words the model left untagged (`_untagged_proper_name`), or a name after a
    body noun (`_name_after_a_body_noun`); a lone surname of a person named in full before
    (`_surname_of_a_name_before`);
    the issuer of a statement (`_issuer_named_in_phrase`, `_issuer_after_preposition`,
    `_issuer_of_the_statement`); the unnamed person who just spoke ("that official",
    `_re_mentioned_source`); a role ("the NATO chief") of a person whose title has its
    words (`_role_of_known_person`), or named in the paragraphs after a lead that gives
    the role alone (`_role_of_the_lead_named_later`); a body inside the phrase
    (`_body_inside_phrase`); a
    body of a named place or owner (`_body_of_a_named_owner`); a re-mentioned body or force
    ("the company", "police", `_re_mentioned_body`, `_re_mentioned_force`); else an unnamed
    source in its own words ("hospital sources", `_unnamed_source`). Coordinated subjects
    ("Britain and France said") speak jointly (`_joint_speakers`).
    """

    def __init__(self, doc: Doc, *, quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.titles = person_titles(doc)
        self.title_words = person_title_words(doc)
        self.genders = person_genders(doc)
        self.role_heads = word_set("titles", "role_heads")
        self.cue_nouns = word_set("speech_verbs", "cue_nouns")
        self.body_nouns = word_set("titles", "body_nouns")
        self.force_nouns = word_set("titles", "force_nouns")
        self.people_nouns = word_set("titles", "people_nouns")
        self.last_speaker: Referent | None = None
        #: the last named body that spoke: "the firm" a few sentences on is that body
        self.last_body: Referent | None = None
        #: the names of every person or named body that spoke so far, in order
        self.spoken: list[str] = []
        #: the unnamed people who spoke so far ("a senior official"), in order
        self.unnamed_people: list[Referent] = []
        self._bodies_by_phrase: dict[str, str] = {}
        #: character ranges of quotations: people named inside them are no antecedents
        self.quoted = quoted or []
        # person mentions that are subjects of a clause, as (token index, name)
        self._subjects: list[tuple[int, str]] = []
        #: the Doc's entities, read once: no rule changes them while the resolver reads
        self.ents = doc.ents
        for ent in self.ents:
            if ent.label_ == "PERSON" and _is_subject(ent):
                self._subjects.append((ent.start, ent._.nf_name or ent.text))
        self._subject_starts = [i for i, _ in self._subjects]
        self._persons = [(e.start, e._.nf_name or e.text) for e in self.ents if e.label_ == "PERSON"]
        self._person_starts = [i for i, _ in self._persons]

    def remember(self, referent: Referent) -> None:
        """Record the speaker of the latest speech act; a he/she resolved to a person ties
        that person to the pronoun's gender ("Petra Lund ... she said": Petra Lund is a she)."""
        last = self.last_speaker
        if last is not None and _nested_in_report(referent.span, last.span):
            return  # "A said that B had warned her that ...": B speaks inside A's words; A keeps the floor
        self.last_speaker = referent
        if referent.named:
            self.spoken.append(referent.name)
        elif referent.person:
            self.unnamed_people.append(referent)
        if not referent.person and referent.named:
            self.last_body = referent
        if referent.person and referent.named and len(referent.span) and referent.span[0].pos_ != "PRON":
            reported = _gender_of_reported_subject(referent.span)
            if reported is not None:
                self.genders.setdefault(referent.name, reported)
        if referent.person and len(referent.span) == 1:
            gender = _pronouns().get(referent.span[0].lower_)
            if gender is not None and referent.span[0].pos_ == "PRON":
                self.genders.setdefault(referent.name, gender)

    def person_before(self, index: int, gender: str | None = None) -> str | None:
        """The most recent person who was a subject before token ``index`` (of ``gender``)."""
        k = bisect.bisect_left(self._subject_starts, index)
        for j in range(k - 1, -1, -1):
            i, name = self._subjects[j]
            if not self._in_quotation(i) and self._agrees(name, gender):
                return name
        return None

    def resolve(self, subject: Token) -> Referent | None:
        """The speaker ``subject`` stands for: the first rule that recognises its construction;
        coordinated subjects ("Britain and France said") speak jointly (see `_joint_speakers`)."""
        first = self._resolve_one(subject)
        return self._joint_speakers(subject, first) or first

    def _joint_speakers(self, subject: Token, first: Referent | None) -> Referent | None:
        """"Britain and France said", "Mayor A and police commissioner B said": one act by
        several speakers, named together in the article's order ("A and B", "A, B and C"),
        each of them a speaker of its own."""
        others = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
        if first is None or not others or not any(c.lower_ == "and" for c in subject.children if c.dep_ == "cc") \
                or _part_of_a_name(subject, others) or _distributed(subject):
            return None
        parts = [first] + [r for r in (self._resolve_one(c) for c in others) if r is not None]
        # people by their names; bodies as the article writes them ("the Investigative Committee and the FSB")
        names = list(dict.fromkeys(p.name if p.person or not len(p.span) else _as_written(p.span) for p in parts))
        if len(names) < 2:
            return None
        name = ", ".join(names[:-1]) + " and " + names[-1]
        start = min(p.span.start for p in parts if len(p.span))
        end = max(p.span.end for p in parts if len(p.span))
        return Referent(name, self.doc[start:end], any(p.named for p in parts), all(p.person for p in parts),
                        members=tuple(p for p in parts if p.named))

    def _resolve_one(self, subject: Token) -> Referent | None:
        """The speaker one noun phrase stands for."""
        mention = read_mention(subject)
        person = self._person_named(mention) or self._surname_of_a_name_before(mention)
        if person is not None:
            return person
        group = self._part_of_a_group(mention)
        if group is not None:
            return group
        if subject.pos_ == "PRON":
            return self._pronoun(subject)
        for rule in (self._named_in_apposition, self._name_between_commas,
                     self._known_as_name, self._title_ending_in_name, self._named_body, self._same_name_tagged_elsewhere,
                     self._untagged_proper_name, self._name_after_a_body_noun,
                     self._issuer_named_in_phrase, self._issuer_after_preposition,
                     self._issuer_of_the_statement, self._re_mentioned_source, self._role_of_known_person,
                     self._body_inside_phrase,
                     self._body_of_a_named_owner, self._re_mentioned_body, self._re_mentioned_force):
            found = rule(mention)
            if found is not None:
                return found
        return self._unnamed_source(mention)

    # --- one rule per construction --------------------------------------------------

    def _person_named(self, m: Mention) -> Referent | None:
        """"Jens Stoltenberg said", "Secretary-General Ban Ki-moon said": the head may sit
        outside the entity."""
        ent = m.entity
        # "the rail operator Ferrovia Nord": a name beside a body noun names the body
        body = m.head.pos_ == "NOUN" and m.head.lemma_.lower() in self.body_nouns
        if (ent is None or ent.label_ != "PERSON") and not body:
            for child in m.head.children:
                if child.dep_ in ("compound", "appos") and (e := entity_at(child)) is not None and e.label_ == "PERSON":
                    ent = e
                    break
        # "Nils Ekdahl, an economist who has warned ...": the noun set beside a name is that person
        if ent is None and m.head.dep_ == "appos" and m.head.pos_ == "NOUN" \
                and (e := entity_at(m.head.head)) is not None and e.label_ == "PERSON":
            ent = e
        after = self._name_after_abbreviated_title(m.head)
        if after is not None:
            return Referent(after._.nf_name or after.text, after, True, True)
        if ent is not None and ent.label_ == "PERSON":
            return Referent(ent._.nf_name or ent.text, ent, True, True)
        return None

    def _surname_of_a_name_before(self, m: Mention) -> Referent | None:
        """"Poet Jordan Mbeki ... Mbeki said", "Tavita Fa'asalele-Rhee ... Fa'asalele-Rhee
        said": a lone capitalised word (hyphens and apostrophes kept) the model left untagged
        or tagged as something else is the surname of the one person named in full before,
        even when the model took that full name for a place."""
        surname = _hyphenated_word(m.head)
        if surname is None or (m.determiner is not None and m.determiner != "the") \
                or any(_capitalised(t) and not surname.start <= t.i < surname.end for t in m.phrase
                       if t.i > m.phrase.start or t.lower_ != "the"):
            return None
        fuller = {name for start, name in self._full_names_before(surname.start)
                  if name != surname.text and name.endswith(" " + surname.text)}
        if len(fuller) != 1:
            return None
        return Referent(fuller.pop(), surname, True, True)

    def _full_names_before(self, index: int) -> list[tuple[int, str]]:
        """People named in full before token ``index``: PERSON entities, and a pair of
        capitalised names the model tagged otherwise right after a lower-case describing noun
        ("poet Jordan Mbeki" taken for a place)."""
        out = [(i, name) for i, name in self._persons if i < index]
        for ent in self.ents:
            if ent.start >= index or ent.label_ in ("PERSON", "ORG") or len(ent) != 2 or ent.start == 0:
                continue
            before = self.doc[ent.start - 1]
            describing = before.is_lower and before.is_alpha and before.pos_ in ("NOUN", "VERB", "ADJ")
            if all(t.pos_ == "PROPN" and t.is_title for t in ent) and describing:
                out.append((ent.start, ent.text))
        return out

    def _name_after_abbreviated_title(self, head: Token) -> Span | None:
        """"according to police Sgt. Ramon Oduya": the parser may take the abbreviation for
        the head (the model tagging it alone as the person, or nothing) and end the sentence
        at its full stop; the name is the person right after it."""
        doc = self.doc
        if head.lower_.rstrip(".") not in word_set("titles", "honorifics") or not head.text[:1].isupper():
            return None
        ent = entity_at(head)
        if ent is not None and len(ent) > 1:
            return None
        start = head.i + 1 + (head.i + 1 < len(doc) and doc[head.i + 1].text == ".")
        after = entity_at(doc[start]) if start < len(doc) else None
        if after is None or after.label_ != "PERSON" or after.start != start:
            return None
        return after

    def _named_in_apposition(self, m: Mention) -> Referent | None:
        """"expert and former official, Avinoam Idan, said", "One news site, Znak.com, claims"."""
        head = m.head
        heads = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and head.pos_ == "NOUN"]
        for owner, child in ((h, c) for h in heads for c in h.children):
            if child.dep_ != "appos":
                continue
            # "the national rail operator Ferrovia Nord", "the aid group Open Hands": the name
            # of a body, whatever label the model gave it
            body = owner.lemma_.lower() in self.body_nouns and owner.pos_ == "NOUN"
            if (e := entity_at(child)) is not None and (e.label_ in ("PERSON", "ORG", "GPE", "FAC") or body):
                return Referent(e._.nf_name or e.text, m.phrase, True, e.label_ == "PERSON" and not body)
            run = _capitalised_run(child)
            if e is None and body and run is not None:
                return Referent(run.text, m.phrase, True, False)
            # "The spokesman, Kenneth Piernick, said": a name the model left untagged
            name = [t for t in child.subtree if t.i <= child.i]
            if e is None and 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in name) \
                    and owner.lower_ in self.role_heads:
                return Referent(" ".join(t.text for t in name), m.phrase, True, True)
        return None

    def _known_as_name(self, m: Mention) -> Referent | None:
        """"The regional health board, known as HSB-North, said": the name it is known by."""
        for acl in (c for c in m.head.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name")):
            for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    e = entity_at(obj)
                    if e is not None and e.label_ in ("ORG", "PERSON", "GPE", "FAC"):
                        return Referent(e._.nf_name or e.text, m.phrase, True, e.label_ == "PERSON")
                    if obj.pos_ == "PROPN":
                        return Referent(noun_phrase(obj).text, m.phrase, True, False)
        return None

    def _name_between_commas(self, m: Mention) -> Referent | None:
        """"The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said": the
        parser may hang the name on the last noun; it stands between commas before the verb."""
        head = m.head
        if head.lower_ not in self.role_heads:
            return None
        for e in ents_within(self.doc[min(t.i for t in head.subtree) : max(t.i for t in head.subtree) + 1]):
            if e.label_ == "PERSON" and e.root.dep_ == "appos" and e.end + 1 < len(self.doc) \
                    and self.doc[e.end].text == "," and self.doc[e.end + 1].i == head.head.i:
                return Referent(e._.nf_name or e.text, m.phrase, True, True)
        return None

    def _title_ending_in_name(self, m: Mention) -> Referent | None:
        """"Former US Ambassador to the United Nations Nikki Haley": a title whose phrase ends in a name."""
        if m.head.lower_ not in self.role_heads or _indefinite(m):
            return None  # "a spokesman for Governor X": someone who speaks for X
        closing = _name_closing(m.phrase)
        if closing is None or (closing.root.dep_ == "pobj" and closing.root.head.lower_ == "for"):
            return None  # "the spokesman for Governor X" is not X
        return Referent(closing._.nf_name or closing.text, m.phrase, True, True)

    def _named_body(self, m: Mention) -> Referent | None:
        """"NATO said", "Moscow has complained": a named body; a capital speaks for its country."""
        ent = m.entity
        if ent is None:
            return None
        name = ent._.nf_name or ent.text
        if ent.label_ == "GPE":
            name = self._government_of_capital(ent)
        cut = self._name_cut_at_preposition(ent)
        if cut is not None:
            return Referent(cut.text, cut, True, False)
        return Referent(name, ent, True, False)

    def _government_of_capital(self, ent: Span) -> str:
        """"Moscow has complained", "Kigali said": a capital speaks for its country's
        government; it is the name under which that country or government already spoke
        ("Russia said ...", "The Rwandan government announced ..."), else the capital as
        written, a body."""
        name = ent._.nf_name or ent.text
        country = load_lexicon("capitals")["capitals"].get(name.lower())
        if country is None:
            return name
        demonyms = {d for d, c in load_lexicon("nationalities")["demonyms"].items() if c == country}

        def stands_for_country(phrase: str) -> bool:
            words = phrase.lower().removeprefix("the ").split()
            return " ".join(words) == country.lower() or (
                "government" in words and (country.lower() in " ".join(words) or bool(demonyms & set(words))))

        spoken = [n for n in self.spoken if stands_for_country(n)]
        if spoken:
            return spoken[-1]
        # a body that spoke with no statement taken ("The Rwandan Government announced the dispatch of ...")
        verbs = word_set("speech_verbs", "verbs")
        for tok in self.doc[: ent.start]:
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs and not self._in_quotation(tok.i):
                phrase = noun_phrase(tok)
                if stands_for_country(phrase.text):
                    # "The Rwandan Government announced": the sentence's capital is no part of the name
                    spoken.append("the" + phrase.text[3:] if phrase.text.startswith("The ") else phrase.text)
        return spoken[-1] if spoken else name

    def _name_cut_at_preposition(self, ent: Span) -> Span | None:
        """"The Velmar Observatory for Coastal Erosion": the model may end the name at "for"
        or "of"; the name runs on through the capitalised words after it."""
        if ent[-1].lower_ not in ("of", "for", "and"):
            return None
        end = ent.end
        while end < len(self.doc) and self.doc[end].is_title and self.doc[end].pos_ in ("PROPN", "NOUN"):
            end += 1
        start = ent.start + (ent[0].lower_ == "the")
        return self.doc[start:end] if end > ent.end else None

    def _same_name_tagged_elsewhere(self, m: Mention) -> Referent | None:
        """"Kigali said" where the model tagged another "Kigali" of the article, or a capital
        the model left untagged: the same capitalised word is the same place or body."""
        if m.entity is not None or m.head.pos_ != "PROPN" or not m.head.is_title or len(m.phrase) != 1:
            return None
        if m.head.lower_ in load_lexicon("capitals")["capitals"]:
            return Referent(self._government_of_capital(m.phrase), m.phrase, True, False)
        for ent in self.doc.ents:
            if ent.text == m.head.text and ent.label_ in ("ORG", "GPE"):
                name = self._government_of_capital(ent) if ent.label_ == "GPE" else ent._.nf_name or ent.text
                return Referent(name, m.phrase, True, False)
        return None

    def _untagged_proper_name(self, m: Mention) -> Referent | None:
        """"Friends of Tarn Meadow said", "The Ombudsman for Rural Housing said": a phrase
        of capitalised words (with "of", "for", "and" between) the model left untagged is
        the name of a body; "Police Chief" or "Rescue Workers" (a role or people) is not."""
        if m.entity is not None or m.head.lemma_.lower() in self.role_heads | self.people_nouns:
            return None
        words = [t for t in m.phrase if not (t.i == m.phrase.start and t.lower_ == "the")]
        if not words or any(t.i > m.head.i and t.dep_ in ("relcl", "acl") for t in words):
            return None
        capitalised = [t for t in words if t.is_title and t.pos_ in ("PROPN", "NOUN")]
        glue = [t for t in words if t.lower_ in ("of", "for", "and", "on", "the", "&")]
        if len(capitalised) < 2 or len(capitalised) + len(glue) != len(words) or not words[0].is_title \
                or not words[-1].is_title:
            return None
        # "Valdoran Defence Minister Ilse Marrow": title words, then a person's name
        titles = [t for t in words if t.lower_ in word_set("titles", "titles", "role_heads")]
        if titles:
            name_words = [t for t in words if t.i > titles[-1].i]
            if 2 <= len(name_words) <= 3 and all(t.pos_ == "PROPN" for t in name_words):
                return Referent(self.doc[name_words[0].i : name_words[-1].i + 1].text, m.phrase, True, True)
            return None
        name = self.doc[words[0].i : words[-1].i + 1].text
        return Referent(name, m.phrase, True, False)

    def _name_after_a_body_noun(self, m: Mention) -> Referent | None:
        """"The employers' federation VDO said", "the rail union Kolvar said": an untagged
        proper name after a body noun ("federation", "union") is that body's name."""
        head = m.head
        if m.entity is not None or head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        nouns = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        body = next((c for c in nouns if c.pos_ == "NOUN" and c.is_lower and c.lemma_ in self.body_nouns), None)
        if body is None:
            return None
        words = self.doc[body.i + 1 : head.i + 1]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            return None
        return Referent(words.text, words, True, False)

    def _issuer_named_in_phrase(self, m: Mention) -> Referent | None:
        """"A U.N. statement said", "Erdogan's office statement": the body or person named
        inside the statement's own phrase."""
        if m.head.lemma_.lower() not in self.cue_nouns:
            return None
        for child in m.head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and (e := entity_at(child)) is not None:
                return Referent(e._.nf_name or e.text, m.phrase, True, e.label_ == "PERSON")
        return None

    def _issuer_after_preposition(self, m: Mention) -> Referent | None:
        """"a statement from the company said", "a statement by the ministry": whoever the
        preposition names issued it."""
        if m.head.lemma_.lower() not in self.cue_nouns:
            return None
        for prep in (c for c in m.head.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
            for issuer in (c for c in prep.children if c.dep_ == "pobj"):
                found = self.resolve(issuer)
                if found is not None:
                    return Referent(found.name, m.phrase, found.named, found.person)
        return None

    def _issuer_of_the_statement(self, m: Mention) -> Referent | None:
        """"The statement said": the body that last spoke, else the body a sentence or two
        before named as a clause's subject, else whoever spoke last."""
        if m.head.lemma_.lower() not in self.cue_nouns:
            return None
        if m.determiner == "the":
            issuer = self._who_issued_a_statement(m.head)
            if issuer is not None:
                return Referent(issuer.name, m.phrase, issuer.named, issuer.person)
            last = self.last_speaker
            if last is not None and not last.person:
                return Referent(last.name, m.phrase, last.named, False)
            body = self._recent_body(m.head, sentences=2, subjects_only=True)
            if body is not None:
                return Referent(body, m.phrase, True, False)
            # a person's words reach "the statement" only through "X said in a statement"
            if self.last_body is not None:
                return Referent(self.last_body.name, m.phrase, True, False)
            if last is not None:
                return Referent(last.name, m.phrase, last.named, last.person)
        return None

    def _who_issued_a_statement(self, head: Token) -> Referent | None:
        """"X said in a statement", "In a letter, X wrote", "X issued a statement", "a
        statement from X": the latest one the article says issued a statement or letter of
        the same kind as ``head``, within the three sentences before it."""
        first = _start_of_sentences_before(head, 3)
        issuer = None
        for tok in self.doc[first : head.i]:
            if tok.lemma_.lower() != head.lemma_.lower() or self._in_quotation(tok.i):
                continue
            found = self._issuer_of(tok)
            if found is not None:
                issuer = found
        return issuer

    def _issuer_of(self, statement: Token) -> Referent | None:
        """Who issued one statement noun: "in a statement" or "issued a statement" → the
        verb's subject; "a statement from X" → X; only a named person or body counts."""
        verb = None
        if statement.dep_ == "pobj" and statement.head.lower_ == "in" and statement.head.head.pos_ in ("VERB", "AUX"):
            verb = statement.head.head
        elif statement.dep_ == "dobj" and statement.head.lemma_.lower() in ("issue", "release", "publish", "send", "post", "write"):
            verb = statement.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        subjects += [c for prep in statement.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                     for c in prep.children if c.dep_ == "pobj"]
        for subject in subjects:
            mention = read_mention(subject)
            found = self._person_named(mention) or self._named_body(mention) or self._body_inside_phrase(mention) \
                or self._body_of_a_named_owner(mention)
            if found is not None and found.named:
                return found
        return None

    def _re_mentioned_source(self, m: Mention) -> Referent | None:
        """"A second official said A. That official said B"; "A city engineer said A. The
        engineer said B": the unnamed person who just spoke, in the words first used, when
        the phrase is only its head noun, the demonstrative or the article before it."""
        if m.determiner not in ("the", "that", "this"):
            return None
        if len([t for t in m.phrase if t.dep_ not in ("det", "poss")]) != 1:
            return None
        first = _start_of_sentences_before(m.head, 3)
        for source in reversed(self.unnamed_people):
            if not len(source.span) or source.span.start < first:
                break
            if m.head.lower_ in source.name.lower().split():
                return Referent(source.name, m.phrase, False, True)
        return None

    def _role_of_known_person(self, m: Mention) -> Referent | None:
        """"the NATO chief", "the top U.S. diplomat": the person whose title holds the role.

        "a Turkish official" and "one official" are anyone; "Turkey's ambassador" and "his
        spokesman" are someone else than the possessor, and stay as written."""
        head = m.head
        if head.lower_ not in self.role_heads or _indefinite(m):
            return None
        if m.possessor is not None and (m.possessor.pos_ != "PRON" or m.possessor.lower_ in _pronouns()):
            return None
        name = self._person_for_role(head, m.phrase, specific=_long_title(m))
        if name is None:
            return None
        role = [t for t in m.phrase if t.dep_ not in ("det", "poss") and t.i <= head.i]
        return Referent(name, m.phrase, True, True, role=self.doc[role[0].i : head.i + 1].text if role else None)

    def _body_inside_phrase(self, m: Mention) -> Referent | None:
        """"television broadcaster PBS", "China's official Xinhua news agency". "Pentagon
        sources" and "Air Force pilots" are people of the body, unnamed."""
        if m.head.lower_ in self.role_heads or m.head.lemma_.lower() in self.people_nouns:
            return None
        for child in m.head.children:
            if child.dep_ in ("compound", "nmod") and (e := entity_at(child)) is not None and e.label_ == "ORG":
                return Referent(e._.nf_name or e.text, m.phrase, True, False)
        # "The Tarn Valley Monitor rights group": a name the model left untagged before a body noun
        if m.head.lemma_.lower() in self.body_nouns and m.head.pos_ == "NOUN" and m.possessor is None:
            i = m.head.i - 1  # past the lower-case words of the kind ("rights")
            while i >= m.phrase.start and self.doc[i].is_lower and self.doc[i].dep_ in ("compound", "amod"):
                i -= 1
            name = _capitalised_run(self.doc[i]) if i >= m.phrase.start else None
            if name is not None and name.start >= m.phrase.start \
                    and not any(t.lower_ in word_set("titles", "titles") for t in name):
                return Referent(name.text, m.phrase, True, False)
        return None

    def _body_of_a_named_owner(self, m: Mention) -> Referent | None:
        """"the Chilean government", "Bavarian police": a body of a named place is a named
        body; "the minister's office": a body a named person or body owns is a body of its
        own, named with its owner ("X's office" is not X). "a Chilean official", "the
        government" and "his office" stay unnamed sources."""
        head = m.head
        # the tagger may take a lower-case body noun after a name for a proper noun ("Norvia's
        # transport ministry"): a lower-case word is a common noun whatever its tag
        common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
        if not common or head.lemma_.lower() not in self.body_nouns | self.force_nouns or _indefinite(m):
            return None
        possessor = m.possessor
        if possessor is not None:
            owner = entity_at(possessor)
            if owner is None or owner.label_ not in ("PERSON", "ORG", "GPE"):
                return None
            rest = [t for t in m.phrase if t.i > possessor.i and t.dep_ != "case" and t.i <= head.i]
            if not rest:
                return None
            name = f"{owner._.nf_name or owner.text}'s {self.doc[rest[0].i : head.i + 1].text}"
            return Referent(name, m.phrase, True, False)
        places = [t for t in m.phrase if t.i < head.i and t.ent_type_ in ("GPE", "NORP")
                  and t.dep_ in ("amod", "compound", "nmod")]
        if not places or any(t.dep_ == "cc" for t in m.phrase):
            return None  # "Iraqi police and the U.S. military": two bodies, no one name
        words = m.phrase
        if len(words) and words[0].lower_ in _DETERMINERS:
            words = words[1:]
        name = words.text
        if len(words) and words[0].lower_ == "the":
            name = "the" + name[3:]  # "The Chilean government said": the sentence's capital is no part of the name
        return Referent(name, m.phrase, True, False)

    def _re_mentioned_body(self, m: Mention) -> Referent | None:
        """"the embassy", "the company", "the ministry": a body named with that word, or a
        body of that kind named a sentence or two before."""
        if m.determiner != "the" or m.head.pos_ != "NOUN":
            return None
        key = m.phrase.text.lower().removeprefix("the ")
        body = self._body_named(m.head)
        if body is None and m.head.lemma_.lower() in self.body_nouns and len(m.phrase) <= 3:
            # the same phrase again ("The group said ... The group said") is the same body
            body = self._bodies_by_phrase.get(key) or self._recent_body(m.head, sentences=2, subjects_only=True) \
                or self._last_body_of_kind(m.head) or self._untagged_subject_before(m.head)
        elif body is None and m.head.lemma_.lower() in self.body_nouns and _describing_modifiers(m):
            # "The Kessock-based company said": more words about the body that just spoke
            body = self._bodies_by_phrase.get(key) or self._last_body_of_kind(m.head)
        if body is None:
            return None
        self._bodies_by_phrase[key] = body
        return Referent(body, m.phrase, True, False)

    def _untagged_subject_before(self, head: Token) -> str | None:
        """"Ashby Rovers have sacked their manager ... The club said": capitalised words the
        model left untagged, a clause's subject in the two sentences before, name the body."""
        first = _start_of_sentences_before(head, 2)
        found = None
        for tok in self.doc[first : head.i]:
            if tok.dep_ in ("nsubj", "nsubjpass") and not self._in_quotation(tok.i):
                name = _capitalised_run(tok)
                if name is not None:
                    found = name.text
        return found

    def _last_body_of_kind(self, head: Token) -> str | None:
        """"The firm added": the last named body that spoke, when its name does not call it
        another kind of body ("the company" is not the "Coastal Rescue Service")."""
        body = self.last_body
        if body is None:
            return None
        words = {w.lower() for w in body.name.replace("'s", " ").split()}
        kinds = words & (self.body_nouns | self.force_nouns | word_set("titles", "body_words"))
        business = word_set("titles", "business_nouns")
        if kinds and head.lower_ not in kinds and not (head.lower_ in business and kinds <= business):
            return None
        return body.name

    def _re_mentioned_force(self, m: Mention) -> Referent | None:
        """"Police said", "the police said": the force a named place qualified before
        ("Kentmoor police arrested two men"), within the five sentences before."""
        head = m.head
        if head.lemma_.lower() not in self.force_nouns or len([t for t in m.phrase if t.dep_ != "det"]) != 1 \
                or m.determiner not in (None, "the"):
            return None
        first = _start_of_sentences_before(head, 5)
        found = None
        for tok in self.doc[first : head.i]:
            if tok.lower_ == head.lower_ and not self._in_quotation(tok.i):
                named = self._body_of_a_named_owner(read_mention(tok))
                if named is not None:
                    found = named
        return Referent(found.name, m.phrase, True, False) if found is not None else None

    def _part_of_a_group(self, m: Mention) -> Referent | None:
        """"Many of them said", "some of them said": the group of people named before, an
        unnamed source in its own words ("fishermen")."""
        pronouns = [c for prep in m.head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("them", "those")]
        if not pronouns:
            return None
        group = self._group_before(m.head)
        return Referent(group, m.phrase, False, False) if group is not None else None

    def _group_before(self, token: Token) -> str | None:
        """The last group of people ("About 40 lorry drivers", "Hundreds of nurses") that is a
        clause's subject in the sentence before ``token`` or its own sentence before it, in
        its own words without number or determiner ("lorry drivers")."""
        sent = token.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        group = None
        for tok in self.doc[first : token.i]:
            if tok.dep_ not in ("nsubj", "nsubjpass") or self._in_quotation(tok.i):
                continue
            noun = tok
            # "Hundreds of nurses": the people are the object of the quantity
            of = [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for c in prep.children if c.dep_ == "pobj"]
            if (tok.like_num or tok.lower_ in ("hundreds", "dozens", "thousands", "scores", "many")) and of:
                noun = of[0]
            if noun.tag_ == "NNS" and noun.lemma_.lower() in self.people_nouns:
                words = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and not t.like_num]
                group = self.doc[words[0].i : noun.i + 1].text if words else noun.text
        return group

    def _unnamed_source(self, m: Mention) -> Referent | None:
        """"hospital sources", "Chinese state media", "one official": an unnamed source keeps
        its own words; one person ("a nurse", "the spokesman") is a person for the pronouns
        that follow."""
        found = _own_words(m)
        if found is None:
            return None
        head = m.head
        person = head.tag_ == "NN" and (head.lemma_.lower() in self.people_nouns or head.lower_ in self.role_heads)
        if person:
            titles = load_lexicon("titles")
            if head.lower_ in titles["female_titles"] or head.lower_ == "woman":
                self.genders.setdefault(found.name, "female")
            elif head.lower_ in titles["male_titles"] or head.lower_ == "man":
                self.genders.setdefault(found.name, "male")
        return Referent(found.name, found.span, False, person)

    # --- pronouns -------------------------------------------------------------------

    def _pronoun(self, pronoun: Token) -> Referent | None:
        """he/she: a person (see `_person_pronoun`); it/they: a body (see `_body_pronoun`)."""
        gender = _pronouns().get(pronoun.lower_)
        if gender is not None:
            return self._person_pronoun(pronoun, gender)
        if pronoun.lower_ in ("it", "they"):
            return self._body_pronoun(pronoun)
        return None

    def _person_pronoun(self, pronoun: Token, gender: str) -> Referent | None:
        """"He said": the last speaker if they spoke in the previous sentence or this one;
        else the one person of the previous sentence (and this one) that agrees in gender;
        else the last such subject; else the last speaker who agrees."""
        span = self.doc[pronoun.i : pronoun.i + 1]
        last = self.last_speaker
        own = self._subject_of_own_sentence(pronoun, gender)
        if own is not None:
            return Referent(own.name, span, own.named, True)
        if self._keeps_the_floor(pronoun, gender):
            assert last is not None
            return Referent(last.name, span, last.named, True)
        name = self._person_of_previous_sentence(pronoun, gender) or self.person_before(pronoun.i, gender)
        if name is None and last is not None and last.person and self._agrees(last.name, gender):
            return Referent(last.name, span, last.named, True)
        return Referent(name, span, True, True) if name else None

    def _subject_of_own_sentence(self, pronoun: Token, gender: str) -> Referent | None:
        """"The visiting envoy expressed concern about the border, where she said tensions
        had risen": a pronoun inside a clause of its sentence goes to that sentence's
        subject, a person or a role, when it comes first and agrees in gender."""
        root = pronoun.sent.root
        if pronoun.head.i == root.i or self._in_quotation(pronoun.i):
            return None
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        subject = subjects[0]
        ent = entity_at(subject)
        if ent is not None and ent.label_ == "PERSON":
            name = ent._.nf_name or ent.text
            return Referent(name, ent, True, True) if self._agrees(name, gender) else None
        if ent is not None or subject.tag_ != "NN" or subject.lower_ not in self.role_heads | self.people_nouns:
            return None
        found = self.resolve(subject)
        if found is None or not found.person or not self._agrees(found.name, gender):
            return None
        return found

    def _keeps_the_floor(self, pronoun: Token, gender: str) -> bool:
        """Whether the last speaker, a person who agrees in gender, spoke in the pronoun's
        sentence or the one before ("X said A. He added B")."""
        last = self.last_speaker
        return last is not None and last.person and self._agrees(last.name, gender) and len(last.span) > 0 \
            and pronoun.sent.start > 0 and last.span.start >= self.doc[pronoun.sent.start - 1].sent.start

    def _body_pronoun(self, pronoun: Token) -> Referent | None:
        """"It said", "they said": the last body that spoke, else the body the previous
        sentence named (its subject first)."""
        span = self.doc[pronoun.i : pronoun.i + 1]
        last = self.last_speaker
        if last is not None and not last.person:
            return Referent(last.name, span, last.named, False)
        body = self._recent_body(pronoun, sentences=1, subjects_only=True)
        if body is not None:
            return Referent(body, span, True, False)
        # "Forty striking miners occupied the pit. They said ...": the group of people
        group = self._group_before(pronoun) if pronoun.lower_ == "they" else None
        if group is not None:
            return Referent(group, span, False, False)
        body = self._recent_body(pronoun, sentences=1, prefer_subject=True)
        if body is not None:
            return Referent(body, span, True, False)
        return None

    def _person_of_previous_sentence(self, pronoun: Token, gender: str) -> str | None:
        sent = pronoun.sent
        if sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        ents = [e for e in ents_within(previous) if e.label_ == "PERSON"]
        # people named earlier in the pronoun's own sentence compete with the previous one's
        ents += [e for e in ents_within(self.doc[sent.start : pronoun.i]) if e.label_ == "PERSON"]
        ents = [e for e in ents if not self._in_quotation(e.start) and not _possessor(e) and not _names_a_thing(e)
                and not _in_modifier_clause(e) and not _at_a_place(e)]
        names = list(dict.fromkeys(e._.nf_name or e.text for e in ents if self._agrees(e._.nf_name or e.text, gender)))
        if len(names) == 1:
            return names[0]
        known = [n for n in names if self.genders.get(n) == gender]
        if len(known) == 1:
            return known[0]
        # several: the subject of the previous sentence's last main clause ("A asked for
        # five years, but B imposed three. She said": B, the latest topic)
        mains = [e._.nf_name or e.text for e in ents if (e._.nf_name or e.text) in names
                 and e.root.dep_ in ("nsubj", "nsubjpass") and _main_clause(e.root.head)]
        return mains[-1] if mains else None

    def _agrees(self, name: str, gender: str | None) -> bool:
        return gender is None or self.genders.get(name, gender) == gender

    def _in_quotation(self, index: int) -> bool:
        char = self.doc[index].idx
        return any(start <= char < end for start, end in self.quoted)

    # --- bodies and roles -----------------------------------------------------------

    def _body_named(self, head: Token) -> str | None:
        """The last organisation before ``head`` whose name has ``head``'s word as its head
        noun: "the ministry" → "Ministry of Water Resources", "the federation" → "Retail
        Federation"."""
        word = head.lower_
        best = None
        for ent in self.ents:
            if ent.start >= head.i:
                break
            # the model may tag a body's name as a facility ("The Grand Retail Federation")
            if ent.label_ in ("ORG", "FAC") and len(ent) > 1 and _name_head(ent).lower_ == word:
                best = ent._.nf_name or ent.text
        return best

    def _recent_body(self, head: Token, *, sentences: int, prefer_subject: bool = False,
                     subjects_only: bool = False) -> str | None:
        """The last organisation named as a clause's subject or object in the ``sentences``
        sentences before ``head`` (and its own sentence before it)."""
        first = _start_of_sentences_before(head, sentences)
        best = None
        in_subject = None
        for ent in self.ents:
            if ent.start >= head.i:
                break
            if ent.start >= first and (ent.label_ == "ORG" or _body_tagged_as_person(ent)) \
                    and not self._in_quotation(ent.start) \
                    and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"):
                if _parenthesised(ent):
                    continue  # "(Reuters)": a credit, not a body of the story
                # "Members of the X Association voted": a body inside a clause's subject
                subject = _within_subject(ent.root)
                if subject or not subjects_only:
                    best = ent._.nf_name or ent.text
                if subject:
                    in_subject = ent._.nf_name or ent.text
        return in_subject if prefer_subject and in_subject else best

    def _person_for_role(self, head: Token, phrase: Span, *, specific: bool = False) -> str | None:
        """The person a role phrase ("the NATO chief", "the minister") stands for, tried in
        turn: the one person whose title holds the role; nobody when other people's titles
        share only its head noun, or for a long office title ("the deputy head of the
        county fire service") no one holds; the last speaker; the person named before it;
        the person named just after it."""
        holds = self._role_test(head, phrase)
        matches = [name for name in self.title_words if holds(name)]
        if specific:
            # "the commander of U.S. forces in Iraq": a long title names its office too
            office = {t.lower_ for t in phrase if t.i > head.i and t.is_alpha and not t.is_stop}
            matches = [name for name in matches if office <= self.title_words.get(name, set())]
        if len(matches) == 1:
            return matches[0]
        if specific and not matches:
            return self._role_of_the_lead_named_later(head)
        if not matches and self._someone_else_holds_the_head(head):
            return None
        return (self._last_speaker_in_role(matches) or self._person_named_before_role(head, matches)
                or self._person_named_after_role(head, holds))

    def _role_test(self, head: Token, phrase: Span) -> Callable[[str], bool]:
        """Whether a named person's known title holds the role's words: its head noun and
        modifiers ("top", "senior", "chief" aside); "the NATO chief": a chief, head, leader
        or boss whose title names the same body."""
        role = head.lower_
        bodies = {t.lower_ for t in phrase if t.i < head.i and t.ent_type_ in ("ORG", "GPE", "NORP")}
        # "the visiting NATO commander": a participle or a body's name says nothing of the title's words
        modifiers = {t.lower_ for t in phrase if t.i < head.i and t.dep_ in ("amod", "compound") and t.pos_ != "DET"
                     and t.tag_ not in ("VBG", "VBN") and t.lower_ not in bodies}

        def holds(name: str) -> bool:
            title = self.title_words.get(name, set())
            if bodies and bodies <= title and role in ("chief", "head", "leader", "boss"):
                return True
            return role in title and modifiers <= title | {"top", "senior", "chief"}

        return holds

    def _role_of_the_lead_named_later(self, head: Token) -> str | None:
        """"The commander of U.S. forces in Iraq acknowledged on Saturday that ..." with
        "Gen. Ada Moss, head of Central Command, said" a paragraph or two on: a lead that
        names its speaker by role alone names the person in the paragraphs that follow. The
        role is in the first sentence of a paragraph, no person is named before it, and the
        person is the next one given with a title as a clause's subject, within four
        sentences."""
        if not _opens_a_paragraph(head) or any(i < head.i for i, _ in self._persons):
            return None
        last = _end_of_sentences_after(head, 4)
        k = bisect.bisect_right(self._subject_starts, head.i)
        for i, name in self._subjects[k:]:
            if i >= last:
                break
            if not self._in_quotation(i) and self.titles.get(name, (None, None))[0] is not None:
                return name
        return None

    def _someone_else_holds_the_head(self, head: Token) -> bool:
        """"the regional minister" beside "Foreign Minister X": a title that shares only the
        head noun is someone else's."""
        role = head.lower_
        return any(title and role in title.lower().replace("-", " ").split() for title, _ in self.titles.values())

    def _last_speaker_in_role(self, matches: list[str]) -> str | None:
        """"X said A. The minister added B": the last speaker, a person who holds the role
        or of no competing holder."""
        last = self.last_speaker
        if last is not None and last.person and last.named and (not matches or last.name in matches):
            return last.name
        return None

    def _person_named_before_role(self, head: Token, matches: list[str]) -> str | None:
        """The last person named as a subject before the role; not a name inside the clause
        the role's own verb reports."""
        reported = {t.i for c in head.head.children if c.dep_ == "ccomp" for t in c.subtree}
        k = bisect.bisect_left(self._subject_starts, head.i)
        inside = k and self._subjects[k - 1][0] in reported
        before = self.person_before(head.sent.start if inside else head.i)
        if before is None:
            return None
        # "Secretary of State Helen Marsh ... the official said": a person known by another
        # title is not the role
        if (not matches and self.titles.get(before, (None, None))[0] is None) or before in matches:
            return before
        return None

    def _person_named_after_role(self, head: Token, holds: Callable[[str], bool]) -> str | None:
        """"NATO chief ... said"; "Jens Stoltenberg's remarks": the article names the person
        only later; the next person who is a clause's subject (or its possessor) and holds
        the role or has no known title. A name in any other place may be a place the model
        took for a person."""
        k = bisect.bisect_right(self._subject_starts, head.i)
        if k < len(self._subjects) and self._subjects[k][0] - head.i < 120:
            name = self._subjects[k][1]
            if holds(name) or self.titles.get(name, (None, None))[0] is None:
                return name
        return None


def _own_words(m: Mention) -> Referent | None:
    """"hospital sources", "Chinese state media", "one official": an unnamed source keeps its own words."""
    words = m.phrase
    if len(words) and words[0].lower_ in _DETERMINERS:
        words = words[1:]
    if not len(words):
        return None
    return Referent(words.text, m.phrase, False, False)


def _distributed(subject: Token) -> bool:
    """"Both he and Commissioner X urged ...": "both" makes one act of each speaker."""
    doc = subject.doc
    start = min(t.i for t in subject.subtree)
    return any(c.dep_ == "preconj" for c in subject.children) or (start > 0 and doc[start - 1].lower_ == "both") \
        or doc[start].lower_ == "both"


def _as_written(span: Span) -> str:
    """A body's words as the article writes them, the sentence's capital off "The"."""
    text = span.text
    return "the" + text[3:] if text.startswith("The ") else text


def _part_of_a_name(subject: Token, others: list[Token]) -> bool:
    """"Islamic State of Iraq and the Levant": the conjunction lies inside one entity's name."""
    ent = entity_at(subject)
    return ent is not None and any(ent.start <= o.i < ent.end for o in others)


def _hyphenated_word(token: Token) -> Span | None:
    """"Fa'asalele-Rhee": the capitalised word ``token`` is part of, its hyphenated parts
    joined without spaces; None when ``token`` is no capitalised name word."""
    doc = token.doc

    def joined(t: Token) -> bool:
        return t.text == "-" or (_capitalised(t) and t.pos_ in ("PROPN", "NOUN", "ADJ"))

    if not (_capitalised(token) and token.pos_ in ("PROPN", "NOUN")) or token.lower_ in _pronouns():
        return None
    start, end = token.i, token.i + 1
    while start > 0 and not doc[start - 1].whitespace_ and joined(doc[start - 1]):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and joined(doc[end]):
        end += 1
    return doc[start:end]


def _capitalised(token: Token) -> bool:
    """"Fa'asalele", "Okafor": a capital, then some lower-case letter ("NATO" is no name word)."""
    return token.text[:1].isupper() and any(c.islower() for c in token.text)


def _capitalised_run(token: Token) -> Span | None:
    """"Open Hands", "Ashby Rovers": two to four capitalised proper nouns ending at ``token``,
    none of them tagged as an entity; else None."""
    doc = token.doc
    start = token.i

    def name_word(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in NAMED

    if not name_word(token):
        return None
    while start > 0 and token.i - start < 3 and name_word(doc[start - 1]):
        start -= 1
    return doc[start : token.i + 1] if token.i > start else None


def _describing_modifiers(m: Mention) -> bool:
    """"the Kessock-based company", "the family-run firm": words before a body noun that
    describe the body just named (a hyphenated participle) rather than name another kind of
    body ("the regional water authority")."""
    words = [t for t in m.phrase if t.i < m.head.i and t.dep_ != "det"]
    if not words or len(words) > 4 or any(t.i > m.head.i for t in m.phrase):
        return False
    hyphened = {t.i for t in words if t.text == "-"}
    joined = {i + d for i in hyphened for d in (-1, 1)}
    return bool(hyphened) and all(t.i in hyphened | joined and t.ent_type_ not in ("ORG", "PERSON") for t in words)


def _nested_in_report(inner: Span, outer: Span) -> bool:
    """"Mayor A said that the director, B, had warned her that ...": ``inner`` speaks inside
    the clause that ``outer``'s verb reports."""
    if not len(inner) or not len(outer) or inner.sent != outer.sent:
        return False
    verb = outer.root.head
    return any(node.dep_ == "ccomp" and node.head.i == verb.i for node in self_and_heads(inner.root, 12))


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence or a clause coordinated with the head."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _long_title(m: Mention) -> bool:
    """"the deputy head of the county fire service", "the regional minister for transport":
    a role whose phrase goes on after its head names an office of its own."""
    return any(c.dep_ == "prep" and c.i in range(m.phrase.start, m.phrase.end) and c.lower_ in ("of", "for", "at", "in")
               for c in m.head.children)


def _same_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` without crossing into another clause."""
    node = token
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.dep_ in ("ccomp", "advcl", "xcomp", "relcl", "acl", "conj", "parataxis") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _parenthesised(ent: Span) -> bool:
    doc = ent.doc
    return ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"


def _name_head(ent: Span) -> Token:
    """The head noun of a body's name: the word before its first "of"/"for" ("Ministry" in
    "Ministry of Water Resources"), else its last word ("Federation")."""
    for token in ent[1:]:
        if token.lower_ in ("of", "for"):
            return ent.doc[token.i - 1]
    return ent[-1]


def _body_tagged_as_person(ent: Span) -> bool:
    """A name the model tags PERSON that the sentence treats as a body: "the" before it
    ("The Ostrander Collective said"), a plural verb after it ("Corran Wanderers have"), or "its"
    after it in its own sentence before any other
    name ("Brightwell Optics is withdrawing headsets, its chief executive said")."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    doc = ent.doc
    # a person's name takes no article: "the" before it makes it a body's name
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return True
    # "Corran Wanderers have sacked ...": one person takes "has", never "have"
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in root.children):
        verb = root.head
        if any(t.tag_ == "VBP" for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]):
            return True
    # "its" is the name's own possessive when no other name comes between them
    for token in doc[ent.end : ent.sent.end]:
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return False
        if token.lower_ == "its":
            return True
    return False


def _within_subject(token: Token) -> bool:
    node = token
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "into", "through", "throughout"}


def _at_a_place(ent: Span) -> bool:
    """"met in Vellmar": a name after a preposition of place is a place, whatever its label."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _in_modifier_clause(ent: Span) -> bool:
    """"Rivals of the party, led by Otto Kiel, voted": a name inside a participle or relative
    clause that modifies a noun is no antecedent of the next sentence's pronoun."""
    return any(node.dep_ in ("acl", "relcl") for node in self_and_heads(ent.root, 6))


def _names_a_thing(ent: Span) -> bool:
    """"the Skarn valley", "the Sava bridge": a name that modifies a common noun is no person."""
    root = ent.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.lower_ not in word_set("titles", "titles")


def _possessor(ent: Span) -> bool:
    """"Amsel's party": a name held as a possessor is no antecedent of a pronoun."""
    return any(t.dep_ == "poss" for t in ent) or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")


def _name_closing(phrase: Span) -> Span | None:
    """The entity of two or three capitalised proper nouns that ends ``phrase``, if any."""
    ents = [e for e in ents_within(phrase) if e.end == phrase.end]
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
        # "Petra Lund and Arvid Sten met": the second of two coordinated subjects
        if token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.i < ent.start:
            return True
        # "chief constable Nick Adderley wrote": the name in apposition to a subject
        if token.dep_ in ("appos", "compound") and token.head.dep_ in ("nsubj", "nsubjpass") \
                and token.head.i not in range(ent.start, ent.end) \
                and (token.dep_ == "appos" or token.head.lower_ in word_set("titles", "titles", "role_heads")):
            return True
        # "Jens Stoltenberg's remarks came": the possessor of a subject
        if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _opens_a_paragraph(token: Token) -> bool:
    """Whether ``token``'s sentence is the first of its paragraph (after a line break)."""
    start = token.sent.start
    return start == 0 or "\n" in token.doc[start - 1].whitespace_ or token.doc[start - 1].is_space


def _end_of_sentences_after(token: Token, sentences: int) -> int:
    """The index just past the ``sentences`` sentences after ``token``'s own."""
    end = token.sent.end
    for _ in range(sentences):
        if end >= len(token.doc):
            break
        end = token.doc[end].sent.end
    return end


def _start_of_sentences_before(token: Token, sentences: int) -> int:
    """The index of the first token of the ``sentences`` sentences before ``token``'s own
    (fewer at the start of the document)."""
    first = token.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = token.doc[first - 1].sent.start
    return first
