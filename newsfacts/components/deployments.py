"""``newsfacts_deployments``: troops and units sent, on their way, held ready, stationed
or withdrawn.

Heuristic steps, for each noun that names troops or a unit:
1. find what happens to it: the verb it is subject or object of ("sending troops",
   "troops left Iraq"), a phrase in its sentence ("on its way", "on standby"), or a noun
   that governs it ("the deployment of 3,500 soldiers");
2. without such a cue it is a mere mention ("security forces clashing") and is skipped, and
   so is a force no one names or sends ("any of its own forces", "ruled out sending", "a
   request for reinforcements", "has rotated troops through the mission since 2011") or one
   made of weapons ("a squadron of fighter jets");
3. read count and qualifier from its number, actor from the body that owns it ("NATO
   troops", "its peacekeeping force"), sends it (the verb's subject, never a news outlet
   that only reports it) or that it comes from ("airmen from the X air force"),
   destination from "to / into / in <place>", the place left, or a purpose clause ("sent
   reinforcements to protect the districts of X");
4. one sentence may tell several bodies' deployments: a share after the verb left out
   ("Britain will send 500 troops and Canada 450", "... and Tarvia a medical battalion",
   "and Belgium a field-hospital team of 35", "along with 650 from X"), a count per
   nationality ("1,200 Italian and 800 Spanish soldiers"), a later bare count of the same
   unit ("and will send 400 more", "a further 400 are to follow", "800 of them would be
   moved", "while Spain sends 250", "and the same number of X troops"), a bulletin's list
   ("Contributions so far: Spain, 250 soldiers; Portugal, 90"), the forces a colon spells
   out ("in place in X: 300 Kenyan troops, 200 Ghanaian police officers ..."), a force's
   shares each "from" the body that gives it ("will draw 1,000 soldiers from X and 750
   each from Y and Z"), a second move of one sender ("and send another 1,000 from X to
   Y": the place after "to", never the origin) or a force's later stages ("with 140
   gendarmes expected on Thursday and a riot-control unit later in the month");
5. mentions of one deployment merge: the same count, no count and the same place, or a
   re-mention that names no place of its own ("to the region", "these officers");
6. a deployment whose sentences name no place goes where the nearest earlier one went,
   else to the article's place (the dateline's country, else the country named most),
   never to its sender.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.attrs import IS_TITLE, LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import NOUN, NUM, PROPN
from spacy.tokens import Doc, Span, Token

from newsfacts._data import load_lexicon, word_set
from newsfacts._doctext import doc_text
from newsfacts._doctokens import tokens_among, tokens_where
from newsfacts.calendar import MONTHS, WEEKDAYS
from newsfacts.extensions import register_extensions
from newsfacts.mentions import entity_at, noun_phrase, trimmed_offsets
from newsfacts.numbers import NumberReading, is_number_word, qualifier_of, read_number

_PLACE_LABELS = ("GPE", "LOC", "FAC")

#: Unnamed bodies that name themselves ("the government"); "the alliance" or "the mission"
#: stand for a body named elsewhere, and are left to the last actor named.
_BODIES = {"government", "army", "military", "ministry", "navy", "administration", "pentagon", "kremlin", "cabinet",
           "coastguard", "gendarmerie"}
_NOT_UNIT_WORDS = {"additional", "more", "new", "extra", "first", "other", "further", "some", "many", "next",
                   "fresh", "latest", "last", "second", "third"}
_SENDING = {"send", "deploy", "dispatch", "keep", "station", "move", "rush", "boost", "host", "house", "order", "put",
            "place", "fly", "airlift", "ferry", "carry", "transport", "draft", "shift", "second", "induct"}
_FUTURE = {"will", "would", "shall", "'ll", "may", "might", "could", "should", "must"}
#: Statuses that a later mention of the same deployment may move it to, in order.
STATUS_ORDER = ("announced", "standby", "deploying", "stationed", "en_route", "arrived", "withdrawn")


@dataclass
class Mention:
    unit: str
    unit_token: int
    status: str
    actor: str | None
    count: int | None
    qualifier: str
    destination: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    verb_token: int | None = None
    #: one of several bodies' deployments read from one sentence ("Britain will send 500
    #: troops and Canada 450"): never merged with another body's
    shared: bool = False
    #: named with a demonstrative ("these officers"): it points back to a deployment told
    anaphoric: bool = False
    #: the larger place the destination is said to be in ("X, a province in Y" → Y)
    within: str | None = None
    #: a later step of a movement told by one subject ("left X, then returned"): its own fact
    step: bool = False
    #: joined to the unit before it with a number or an article of its own ("a warship and two
    #: patrol boats"): its own deployment, though told by the same verb
    separate: bool = False
    #: named with "the" / "these" and no sender of its own ("the first contingents", "the two
    #: vessels"): it may tell again deployments just told
    definite: bool = False
    #: named with "the" or a possessive and no count ("the Danish troops", "their contingent",
    #: "Austria's troops"): the force of that sender told before, named again
    named_again: bool = False
    #: told by a verb in the future ("will leave", "is to fly")
    future: bool = False
    #: the unit token of the deployment whose place this one's "there" names ("will join 300
    #: already there"): its destination, once known
    place_of: int | None = None
    #: named with "the", no count and a word for a force already told ("the reinforcements",
    #: "the contingent", "the incoming soldiers"): the deployment just told, whatever its noun
    told_again: bool = False


@functools.cache
def _lexicon() -> dict[str, object]:
    return load_lexicon("military_units")


class DeploymentFinder:
    """Write deployments to ``doc.spans[spans_key]``, details in ``span._.nf_deployment``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_deployments", *, spans_key: str = "nf_deployments",
                 dateline_key: str = "nf_dateline") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.dateline_key = dateline_key

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            doc.spans[self.spans_key] = []  # nothing to read without a parse
            return doc
        spans: list[Span] = []
        for m in find_deployments(doc, dateline_key=self.dateline_key):
            # the group's span is the unit's word: unique per deployment (extension values
            # are stored per character range, so two records must not share one)
            span = Span(doc, m.unit_token, m.unit_token + 1, label="DEPLOYMENT")
            span._.nf_deployment = {
                "unit": m.unit, "status": m.status, "actor": m.actor, "count": m.count,
                "qualifier": m.qualifier, "destination": m.destination,
                "spans": [list(p) for p in m.spans],
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc



def _proper_words(doc: Doc) -> frozenset[str]:
    """The title-case nouns and proper nouns written inside a sentence, not after a
    punctuation mark: words the article writes as names ("the Kingdom", "Nuvolo")."""
    title, pos = doc.to_array([IS_TITLE, POS]).T
    found = (title == 1) & ((pos == NOUN) | (pos == PROPN))
    return frozenset(t.text for t in (doc[i] for i in found.nonzero()[0].tolist())
                     if not t.is_sent_start and t.i > 0 and not doc[t.i - 1].is_punct)

def find_deployments(doc: Doc, *, dateline_key: str = "nf_dateline") -> list[Mention]:
    """Every deployment in ``doc``, mentions of the same one merged."""
    units = word_set("military_units", "units")
    headline = doc._.nf_headline
    mentions: list[Mention] = []
    last_actor: str | None = None
    country = _dateline_country(doc, dateline_key)
    proper = _proper_words(doc)
    for token in tokens_among(doc, LOWER, units):
        if token.pos_ not in ("NOUN", "PROPN") and not _listed_as_modifier(token):
            continue
        if token.dep_ in ("compound", "amod") and token.head.lower_ in units and not _listed_as_modifier(token):
            continue  # "an infantry battalion", "marine units": the kind of the unit after it
        if headline and headline[0] <= token.idx < headline[1]:
            continue
        if any(m.unit_token == token.i for m in mentions):
            continue  # "and Tarvia a medical battalion": read already, as a body's share
        if token.head.lower_ == "from" and token.head.head.lower_ in units:
            continue  # "800 paratroopers from the Lusarian army": where they come from
        if _aboard(token):
            continue  # "2,200 marines aboard the assault ship X", "200 remain aboard the ship": what carries them
        if _sender_by(token):
            continue  # "engineers deployed by the Vestrian army": the sender, not one sent
        if token.dep_ == "appos" and any(a.i == token.i for a in _counted_apposition(token.head)):
            continue  # "the lead brigade, about 5,000 troops,": the brigade's strength, read there
        if _redescribes(token, mentions):
            continue  # "600 peacekeepers arrived, the first foreign troops in the city": the same ones
        if entity_at(token) is not None and not _unit_word_only(token) and not _numbered_formation(token) \
                and not _counted_service(token):
            continue  # "the Syrian Democratic Forces", "Armored Brigade Combat Team": a name
        if token.head.lower_ == "of" and token.head.head.lower_ in units and not _carrier_unit(token.head.head):
            continue  # "a battalion of 800 paratroopers": one deployment, read at "battalion"
        if _force_reinforced(token):
            continue  # "will send 1,000 soldiers to reinforce the U.N. force": where they go, not sent
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_.lower() == "serve":
            continue  # "300 compatriots already serving with the UN force": the force they serve in
        if _unit_a_force_is_drawn_from(token):
            continue  # "the contingent, drawn mostly from an airmobile brigade": its origin, not a move
        if _made_of_equipment(token):
            continue  # "a squadron of fighter jets": weapons, no troops
        if _carrier_unit(token) and (any(o.lower_ in units for p in token.children if p.lower_ == "of" for o in p.children)
                                     or token.dep_ not in ("dobj", "nsubj", "nsubjpass")):
            continue  # "the next rotation of 350 troops": read at "troops"; "as part of the fourth rotation"
        if token.lower_ in word_set("military_units", "context_only.words") and not _military_context(token):
            continue
        if token.lower_ in word_set("military_units", "member_nouns.words") and (
                _force_members(token) is None or token.dep_ not in ("dobj", "nsubj", "nsubjpass", "conj")):
            continue  # "members of parliament", "an attack directed at members of X": only a force's, moved
        if token.dep_ == "compound" and token.head.lower_ in word_set("military_units", "strength_nouns.words"):
            totals = _strength_totals(doc, token, proper)
            mentions.extend(totals)
            last_actor = next((m.actor for m in totals if m.actor), last_actor)
            continue
        for status, verb in _statuses(token) or _held_in_place(token):
            if verb is not None and _not_a_deployment(verb):
                continue
            if verb is None and _in_denied_account(token):
                continue  # "rejected rumours that 300 marines were on their way": a phrase's status
            if verb is None and status == "standby" and _dated_in_a_past_year(token.head):
                continue  # "the force was last put on alert in 2022": history
            if verb is None and token.head.pos_ == "AUX" and _not_a_deployment(token.head):
                continue  # "declined to speculate on when the forces would be ready": a phrase in a question
            m = _mention(doc, token, status, verb, proper)
            if m is None or _unplaced_mention(token, m) or _strength_held(token, m):
                continue
            if _numbered_formation(token):
                # "Kelvaria will move the 3rd Mountain Battalion": its name is no sender, its
                # owner is ("Sarnova's 2nd Battalion")
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
                holder = owner or (subject if token.dep_ == "dobj" else None)
                m.actor = _subject_body(token, holder, sending=True) if holder is not None else None
            if verb is not None and _next_step(verb) and verb.head.pos_ == "VERB" and token.head.i == verb.head.i:
                # "troops left X in 2011, then ... returned": a step of its own, to the place
                # of the first verb; its record is anchored on its verb (one span per record)
                m.destination = m.destination or _destination(token, verb.head)
                m.unit_token, m.shared, m.step = verb.i, True, True
            siblings = _each_body(doc, token, m, verb)
            if siblings:
                last_actor = siblings[-1].actor or last_actor
                # (a body's share read already from another unit of the sentence: "bring home
                # 1,000 of its 2,100 soldiers serving with the UN force ..., and Spain some 400")
                read = {(o.unit_token, o.actor, o.count) for o in mentions if o.shared}
                mentions.extend(s for s in siblings if (s.unit_token, s.actor, s.count) not in read)
                continue
            if m.actor is None:
                same_sentence = [o.actor for o in mentions[-4:] if o.actor and doc[o.unit_token].sent.start == token.sent.start]
                # else the body the verb's subject names ("the federal government would
                # send"), else the body that last sent troops
                # body that last sent troops, else the one sender the sentence before names
                m.actor = same_sentence[0] if same_sentence else _body_phrase(token, verb, country) \
                    or _contribution_owner(token) or _redescription_sender(token) or last_actor \
                    or _previous_sentence_sender(token, m.destination)
            last_actor = m.actor or last_actor
            mentions.append(m)
    # (a force's shares "from" each body first: their counts are no bare counts of the force)
    mentions += _shares_from_sources(doc, mentions)
    mentions += _bare_counts(doc, mentions) + _shares_of_a_request(doc, mentions) + _listed_contributions(doc, mentions)
    mentions += _later_stages(doc, mentions, proper)
    mentions += _other_senders_counts(doc, mentions) + _same_numbers(doc, mentions, proper)
    mentions += _stages_named_by_a_noun(doc, mentions) + _left_behind(doc, mentions) + _already_there(doc, mentions)
    mentions += _own_counts_of_a_force_told(doc, mentions)
    shares, replaced = _shares_of_a_force_told(doc, mentions)
    spelled, sums = _forces_spelled_out(doc, mentions, proper)
    mentions = _with_sentence_actors(doc, [m for m in mentions if m.unit_token not in replaced | sums] + shares + spelled)
    # "the Pentagon will send 700 soldiers": a seat of government sends for its state; "TOKYO
    # - ... the Defense Ministry said": a body named by its kind alone, the dateline's state
    state = _dateline_state(doc, dateline_key)
    for m in mentions:
        m.actor = (_state_of_seat(m.actor) or _state_of_capital(m.actor) or _state_of_service(m.actor) or m.actor) \
            if m.actor is not None else None
        if m.actor is not None and state is not None and _named_by_its_kind(m.actor):
            m.actor = state
    _kind_named_senders_told_before(doc, mentions)
    for breakdown in (_breakdown_by_source, _counted_each_after_sources):
        broken_down, listed = breakdown(doc, mentions)
        mentions = [m for m in mentions if m.unit_token not in listed] + broken_down
    mentions = _without_carriers_of_told_people(doc, mentions)
    merged = _without_collectives(_merge(_with_sentence_places(mentions)))
    return _fill_destinations(doc, _without_senders_as_places(merged), dateline_key)


def _without_senders_as_places(mentions: list[Mention]) -> list[Mention]:
    """"Ghana sent 900 troops, with Togo and Benin sending a company each": a body that sends
    a share told in the same sentence is no place the sentence's shares go to."""
    for m in mentions:
        fellows = {o.actor for o in mentions if o.shared and o.spans and m.spans and o.spans[0] == m.spans[0]}
        if m.destination is not None and m.destination in fellows | {m.actor}:
            m.destination = None
    return mentions


def _without_carriers_of_told_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Two destroyers carrying about 400 sailors set sail for X": the people carried are the
    deployment, counted; the uncounted vessels that carry them are not another."""
    vessels = word_set("military_units", "vessel_units.words")
    carriers: set[int] = set()
    for m in mentions:
        unit = doc[m.unit_token]
        carrier = _carrier_of(unit) if unit.lower_ not in vessels else None
        if carrier is not None and m.count is not None:
            carriers |= {carrier.i, *(c.i for c in carrier.conjuncts)}
        # ("pulled two frigates and some 550 sailors out of X": the sailors are the frigates' crews)
        if m.count is not None and unit.lower_ in word_set("military_units", "crew_nouns.people"):
            carriers |= {c.i for c in unit.conjuncts if c.lower_ in vessels}
            carriers |= {c.i for c in unit.children if c.lower_ in vessels and _listed_as_modifier(c)}
    return [m for m in mentions if not (m.count is None and m.unit_token in carriers)]


def _kind_named_senders_told_before(doc: Doc, mentions: list[Mention]) -> None:
    """"The last Dutch soldiers have left X. About 250 troops flew out on Tuesday, the
    ministry said": a sender named only by its kind ("the ministry", "the government") is the
    state whose force the sentence before told, when it told one."""
    ordered = sorted(mentions, key=lambda m: m.unit_token)
    for i, m in enumerate(ordered):
        if m.actor is None or not _named_by_its_kind(m.actor):
            continue
        start = _previous_sentence(doc[m.unit_token])
        # (a state the lexicon lists: not "the Taliban", whose "reinforcements" the government's are not)
        before = [o for o in ordered[:i] if o.unit_token >= start and o.actor is not None
                  and o.actor.removeprefix("the ").lower() in _country_names()
                  and doc[o.unit_token].sent.start != doc[m.unit_token].sent.start]
        if before and len({o.actor for o in before}) == 1:
            m.actor = before[-1].actor


def _force_reinforced(unit: Token) -> bool:
    """"Pakistan will send 1,000 soldiers to reinforce the U.N. force here", "has sent 450
    troops to bolster its contingent": the object of a purpose clause of reinforcing
    (``joined_force_verbs`` in the lexicon) hung on a sending is the force joined, told by
    the sending itself ("Britain will reinforce its garrison with 200 troops" is a main verb;
    "to reinforce the 1,400 soldiers already stationed there" counts a force of its own)."""
    verb = unit.head
    if any(c.dep_ in ("nummod", "acl") for c in unit.children):
        return False
    # (or a participle of taking over: "will leave for X in April, replacing troops who have served
    # there"; not "replacing a brigade that is returning to Fort Y", which moves of its own)
    return unit.dep_ == "dobj" and verb.dep_ in ("advcl", "xcomp", "relcl") \
        and (verb.lemma_.lower() in word_set("military_units", "joined_force_verbs.words")
             and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
             or verb.lemma_.lower() in ("replace", "relieve") and verb.tag_ == "VBG" and verb.dep_ == "advcl"
             and not any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("return", "leave", "withdraw", "pull", "head")
                         for c in unit.children)) \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _unit_a_force_is_drawn_from(unit: Token) -> bool:
    """"The Dutch contingent, drawn mostly from an airmobile brigade, ...", "their contingent,
    built around a mechanised infantry battalion": the standing unit a participle of makeup
    (``makeup_participles`` in the lexicon) says a force comes from; the force is the
    deployment, the unit stays its origin."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in word_set("military_units", "makeup_prepositions.words"):
        return False
    participle = prep.head
    return participle.tag_ == "VBN" and participle.dep_ in ("acl", "advcl", "relcl", "ROOT", "conj") \
        and participle.lemma_.lower() in word_set("military_units", "makeup_participles.words") \
        and not any(c.dep_ == "aux" for c in participle.children)


def _made_of_equipment(unit: Token) -> bool:
    """"a squadron of fighter jets", "a company of tanks": a unit whose "of" names the
    weapons or vehicles it is made of (``equipment_nouns`` in the lexicon)."""
    equipment = word_set("military_units", "equipment_nouns.words")
    return any(o.dep_ == "pobj" and o.lower_ in equipment
               for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _unplaced_mention(unit: Token, m: Mention) -> bool:
    """"the arrival of reinforcements could change the balance", "Velmora has rotated troops
    through the mission since 2011": a bare plural said in general, with no count, no sender
    and no place of its own (``vague_units`` in the lexicon), or a sending told as a habit
    since a date, with no count and no named place."""
    if m.count is not None or m.destination is not None or any(c.dep_ in ("det", "poss", "nummod") for c in unit.children):
        return False  # ("we have received some reinforcements": those sent)
    if m.actor is None and unit.lower_ in word_set("military_units", "vague_units.words"):
        return True
    verb = unit.doc[m.verb_token] if m.verb_token is not None else None
    return verb is not None and _habit_since(verb)


def _strength_held(unit: Token, m: Mention) -> bool:
    """"The army, which has about 25,000 soldiers, ...", "the navy has 3,000 sailors": what a
    body "has" with no place (nor "there", "here", "already") is its strength, no force
    anywhere; "Norway has 200 soldiers in Mali" is stationed there. What a body has or keeps
    "under arms" or "on active duty" is its strength, wherever it is."""
    if m.verb_token is None:
        return False
    verb = unit.doc[m.verb_token]
    if verb.lemma_.lower() in ("have", "keep", "maintain") and re.search(
            r"\b(under arms|on active duty|in uniform|in its ranks)\b", _clause(unit).text.lower()):
        return True  # "keeps about 1.2 million troops under arms": an army's size, wherever it is
    if m.destination is not None:
        return False
    if verb.lemma_.lower() != "have" or _perfect_taken_for_a_modifier(unit) is not None:
        return False  # (not "have each pledged troops": a perfect, misread)
    held = unit if unit.dep_ != "conj" else unit.head  # "has 3,000 sailors and a dozen frigates"
    holder = verb.dep_ == "relcl" and verb.head.i == unit.i  # "the army, which has 25,000 soldiers"
    if not holder and not (held.dep_ == "dobj" and held.head.i == verb.i):
        return False
    # ("the UN mission now has 28,000 peacekeepers": a mission or a deployed force is
    # somewhere by what it is; what it has is deployed)
    if any(c.dep_ == "nsubj" and c.lower_ in word_set("military_units", "deployed_bodies.words") for c in verb.children):
        return False
    clause = _clause(unit)
    if any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "across", "inside", "off")
           and (any(w.pos_ == "PROPN" for w in t.subtree) or t.lower_ in word_set("military_units", "place_nouns.words"))
           for t in clause):
        return False  # "has 400 soldiers in Gao", "has 27 ships in the blockade of X", "in the region": somewhere
    return not any(t.lower_ in ("there", "here", "already", "ground", "abroad", "overseas") for t in clause)


def _habit_since(verb: Token) -> bool:
    """"has contributed troops since 2011", "has rotated troops through X since its creation":
    a perfect with "since" a time long past, what a sender has done all along ("have been
    airlifted to X since Friday" is a move of these days)."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "since" and not _in_these_days(c) or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in verb.children)


_THESE_DAYS = {"weekend", "yesterday", "morning", "night", "overnight", "dawn", "midnight", "today"}


def _in_these_days(since: Token) -> bool:
    """"since Friday", "since the weekend", "since Tuesday night": a time of the past days."""
    return any(t.lower_ in _THESE_DAYS or t.lower_ in WEEKDAYS for t in since.subtree)


def _contribution_owner(unit: Token) -> str | None:
    """"... will fly to Estonia as part of Britain's contribution to the force": the body
    whose contribution (``contribution_nouns``) the sentence says the unit is part of."""
    nouns = word_set("military_units", "contribution_nouns.words")
    for noun in (t for t in unit.sent if t.lower_ in nouns and t.head.lower_ == "of" and t.head.head.lower_ == "part"):
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            ent = entity_at(owner)
            if ent is not None and ent.label_ in ("GPE", "NORP", "ORG"):
                return _body_name(ent)
    return None


def _previous_sentence_sender(unit: Token, destination: str | None) -> str | None:
    """"Britain's defence ministry said on Monday that parliament had approved the mission.
    The 600-strong battalion will leave on Friday": a unit with no sender of its own is sent
    by the one body the sentence just before names as its subject or as a nationality of
    troops ("The first planeload of Spanish soldiers landed. In all 250 are due") — only
    when that sentence names exactly one ("Italy and France signed a deal": neither), and
    not the place they go to ("Mali's junta expelled the envoy. 300 soldiers will leave for Mali")."""
    start = unit.sent.start
    if start == 0:
        return None
    before = unit.doc[start - 1].sent
    found = {name for token in before if (name := _sentence_sender(token)) is not None}
    sender = found.pop() if len(found) == 1 else None
    return None if sender is None or destination is not None and _same_place(sender, destination) else sender


def _sentence_sender(token: Token) -> str | None:
    """The body a token names as a sender would be named: the subject of its clause that
    is a named place, group or body ("Kestria", "Spain's cabinet", "the Kestrian
    government"), or a nationality of troops ("Spanish soldiers")."""
    units = word_set("military_units", "units")
    if token.dep_ in ("amod", "compound") and token.head.lower_ in units and token.i < token.head.i:
        ent = entity_at(token)
        if ent is None:
            return _untagged_modifier_name(token.head, frozenset())  # "Tarvish soldiers", untagged
        return _body_name(ent) if ent.label_ in ("GPE", "NORP") else None  # "Spanish soldiers"
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if (body := _armed_body(token) or _possessing_country(token)) is not None:
        return body
    if token.lower_ in _BODIES | word_set("titles", "body_words"):
        nationality = next((c for c in token.children if c.dep_ in ("amod", "compound") and c.is_title), None)
        return _nationality_country(nationality) if nationality is not None else None  # "the Kestrian government"
    ent = entity_at(token)
    if ent is not None and ent.label_ in ("GPE", "NORP") and not any(c.dep_ == "conj" for c in token.children) \
            and token.dep_ != "conj":
        return _body_name(ent)
    return None


def _with_sentence_places(mentions: list[Mention]) -> list[Mention]:
    """"will send an advance team of 50, followed by a main force of 700, to X": a
    deployment with no place of its own goes where its sender's other one in the same
    sentence goes."""
    for m in (m for m in mentions if m.destination is None and m.actor and m.count is not None):
        m.destination = next((o.destination for o in mentions if o is not m and o.spans[0] == m.spans[0]
                              and o.actor == m.actor and o.destination and not o.step), None)
    return mentions


def _without_collectives(out: list[Mention]) -> list[Mention]:
    """"Nine countries have pledged forces to X, with A providing 1,000 troops, B 750 and
    C a company": the countless force of a sentence that lists several bodies' shares is
    their sum, told again, not another deployment."""
    kept: list[Mention] = []
    for m in out:
        group = [o for o in out if o.shared and not o.step and o.spans[0] == m.spans[0]]
        if m.count is None and not m.shared and len({o.actor for o in group}) > 1 \
                and (m.actor is None or m.actor in {o.actor for o in group}):
            for o in group:
                o.destination = o.destination or m.destination  # "pledged forces to X": the shares' place
            continue
        kept.append(m)
    return kept


def _irrealis(word: Token) -> bool:
    """A verb (or its noun) that makes the sending below it a demand, a wish, a denial or an
    open question: "urged", "called for", "denied", "begged" (``irrealis_verbs`` in the lexicon)."""
    return word.lemma_.lower() in word_set("military_units", "irrealis_verbs.words") or word.lower_ in _irrealis_forms()


@functools.cache
def _irrealis_forms() -> frozenset[str]:
    """The inflected forms of the irrealis words ("hoped", "urges", "begging"), for the
    lemmas the model gets wrong ("hoped" read as "hop")."""
    forms: set[str] = set()
    for word in word_set("military_units", "irrealis_verbs.words"):
        stem = word[:-1] if word.endswith("e") else word
        forms.update({word, word + "s", stem + "ed", stem + "ing"})
    return frozenset(forms)


def _bare_counts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Counts of a unit told just before, the unit left out: "Zarka has 600 peacekeepers in
    X and will send 400 more", "A further 400 are to follow", "800 of them would be moved to
    the border". Each takes the unit and sender of the latest deployment before it."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    for number in (t for t in tokens_where(doc, POS, NUM) if _bare_argument(t) is not None and t.i not in taken):
        before = [m for m in mentions if m.unit_token < number.i and doc[m.unit_token].sent.start >= _previous_sentence(number)]
        verb = _bare_count_verb(number)
        if before and verb is None and _counts_told_force(number, before[-1]):
            # "troops began deploying to X, and officials said 700 would be in place": its count
            reading = read_number(number)
            if reading is not None and reading.is_count:
                before[-1].count, before[-1].qualifier = int(reading.value), qualifier_of(reading, doc)
            continue
        if not before or verb is None or verb.i == before[-1].verb_token:
            continue
        reading = read_number(number)
        if reading is None or not reading.is_count:
            continue
        first = before[-1]
        # "..., while Britain will station a further 800 in X": the count's own sender
        own = next((_subject_body(number, c, sending=True) for c in verb.children if c.dep_ == "nsubj"), None)
        place = _place_past_origin(number, verb) or _own_place(verb) or _destination(number, verb) or first.destination
        out.append(_bare_count_mention(first, number, reading, _bare_count_status(verb), own or first.actor, place, verb))
    return out


def _bare_count_mention(first: Mention, number: Token, reading: NumberReading, status: str, actor: str | None,
                        place: str | None, verb: Token) -> Mention:
    """A bare count's deployment ("and will send 400 more", "leaving 400 there", "will join 900
    already stationed at X"): the unit of the force ``first`` told, anchored on the number,
    grounded in the number's sentence, its own share of one sentence's deployments."""
    return Mention(first.unit, number.i, status, actor, int(reading.value), qualifier_of(reading, number.doc),
                   place, [trimmed_offsets(number.sent)], verb.i, shared=True)


def _place_past_origin(number: Token, verb: Token) -> str | None:
    """"send another 400 from X to Y": the place after the origin, its "to" hung by the
    parser on the "from" or on the origin's name (the "from" place is where they leave,
    never where they go)."""
    for prep in (c for h in (number, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        for holder in (prep, *(c for c in prep.children if c.dep_ == "pobj")):
            if (place := _own_place(holder)) is not None:
                return place
    return None


def _stages_named_by_a_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"200 soldiers arrived in X to prepare for the arrival of 600 more": a bare count of
    more of a unit, named by a status noun ("the arrival of", "the deployment of"), is a
    later stage of the deployment just told, still to come."""
    out: list[Mention] = []
    nouns: dict[str, str] = _lexicon()["status_nouns"]  # type: ignore[assignment]
    taken = {m.unit_token for m in mentions}
    for number in (t for t in tokens_where(doc, POS, NUM) if t.i not in taken):
        # "of 400 more", "of a further 250"; "of 600 more" parsed with "more" as the object
        arg = number.head if number.dep_ == "nummod" and number.head.lower_ == "more" else number
        if arg.dep_ != "pobj":
            continue
        noun = arg.head.head
        more = arg.i != number.i or any(c.lower_ in ("more", "further", "additional") for c in number.children) \
            or number.i > 0 and doc[number.i - 1].lower_ in ("another", "further", "additional")
        before = [m for m in mentions if m.unit_token < number.i and doc[m.unit_token].sent.start == number.sent.start]
        reading = read_number(number)
        if not more or not before or arg.head.lower_ != "of" or noun.lower_ not in nouns \
                or reading is None or not reading.is_count:
            continue
        first = before[-1]
        # ("an advance party of engineers ... 400 more": more engineers, not another party)
        out.append(Mention(first.unit.split(" of ")[-1], number.i, "announced", first.actor, int(reading.value), qualifier_of(reading, doc),
                           first.destination, [trimmed_offsets(number.sent)], noun.i, shared=True))
    return out


def _left_behind(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"withdrew 500 of its 900 soldiers from X, leaving 400 there", "... leaving about 200
    behind", "pull 1,000 troops out of X, leaving 6,100 stationed in Y": the bare count a
    withdrawal leaves is the part of the force still there (in the place its participle names)."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    for number in (t for t in tokens_where(doc, POS, NUM) if t.dep_ == "dobj" and t.i not in taken):
        verb = number.head
        withdrawn = [m for m in mentions if m.unit_token < number.i and m.status == "withdrawn"
                     and doc[m.unit_token].sent.start == number.sent.start]
        # "leaving 400 there", "leaving about 200 behind", "leaving 6,100 stationed in X"
        presence = next((c for c in number.children if c.dep_ == "acl"
                         and c.lemma_.lower() in word_set("military_units", "presence_participles.words")), None)
        stays = presence is not None or any(c.lower_ in ("there", "behind") for c in (*verb.children, *number.children))
        reading = read_number(number)
        if verb.lemma_.lower() != "leave" or verb.tag_ != "VBG" or not withdrawn or not stays \
                or reading is None or not reading.is_count:
            continue
        first = withdrawn[-1]
        placed = _placed_by_participle(number)  # (a place the model tagged as no place: "deployed in Niger")
        place = (_own_place(presence, ("in", "at", "across")) if presence is not None else None) \
            or (placed[0] if placed is not None else None) or first.destination
        out.append(_bare_count_mention(first, number, reading, "stationed", first.actor, place, verb))
    return out


def _already_there(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"They will join 900 already stationed at X", "joining some 300 compatriots already
    serving there", "to reinforce the 1,200 of their compatriots already in X": a bare count
    (or one of the sender's own people, ``fellow_nouns``) followed by "already" and a
    presence (``_where_already``) is the sender's force there (stationed), the unit and
    sender those of the deployment told just before."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    fellows = word_set("military_units", "fellow_nouns.words")
    for number in (t for t in tokens_where(doc, POS, NUM) if t.i not in taken):
        reading = read_number(number)
        if reading is None or not reading.is_count or reading.root != number.i:
            continue
        if number.head.i in taken or number.head.lower_ == "of" and number.head.head.i in taken:
            continue  # "joining a contingent of 1,900 already stationed there": the count of a unit read
        k = reading.end
        # (the people they are: "300 compatriots", "the 1,200 of their compatriots")
        if k < number.sent.end and doc[k].lower_ in fellows:
            k += 1
        elif k + 2 < number.sent.end and doc[k].lower_ == "of" and doc[k + 1].tag_ == "PRP$" and doc[k + 2].lower_ in fellows:
            k += 3
        if k >= number.sent.end or doc[k].lower_ != "already" or (where := _where_already(doc[k])) is None:
            continue
        before = [m for m in mentions if m.unit_token < number.i and doc[m.unit_token].sent.start >= _previous_sentence(number)]
        if not before:
            continue
        first = before[-1]
        # ("already there", "already in the city": the place of the force told)
        named = where if where and not _vague_place(where) else None
        there = _bare_count_mention(first, number, reading, "stationed", first.actor, named or first.destination, number.head)
        there.place_of = None if there.destination else first.unit_token
        out.append(there)
    return out


def _where_already(already: Token) -> str | None:
    """The place after "already": "already stationed at X" (a participle of presence and its
    place), "already on the island", "already in X"; "" for "already there" (the place told
    before); None when no presence follows."""
    doc = already.doc
    nxt = doc[already.i + 1] if already.i + 1 < already.sent.end else None
    if nxt is None:
        return None
    if nxt.lower_ in ("there", "here"):
        return ""
    holder = nxt if nxt.lemma_.lower() in word_set("military_units", "presence_participles.words") else None
    prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "across")), None) \
        if holder is not None else (nxt if nxt.lower_ in ("in", "at", "on", "across") else None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return "" if holder is not None else None
    if holder is None and not (_is_place(obj) or entity_at(obj) is not None):
        return None  # "already in training": a state, no place
    ent = entity_at(obj)
    return ent.text if ent is not None else _place_phrase(obj)


def _counts_told_force(number: Token, told: Mention) -> bool:
    """"Troops began deploying to X on Monday, and officials said 700 would be in place by
    Friday": a bare number later in the sentence of an uncounted force, the subject of a
    status ("would be in place", "had arrived"), counts that force."""
    doc = number.doc
    unit = doc[told.unit_token]
    # (or the sentence after, the count said to be the whole: "The first planeload of X
    # soldiers landed on Monday. In total 250 are due to arrive")
    told_here = unit.sent.start == number.sent.start or _a_total(number) and unit.sent.end == number.sent.start
    if told.count is not None or told.shared or not told_here or number.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    verb = number.head
    text = " " + " ".join(t.lower_ for t in verb.subtree) + " "
    present = verb.lemma_ == "be" and any(f" {p} " in text for p in word_set("military_units", "presence_phrases.words"))
    return present or _phrase_status(verb) is not None or verb.lemma_.lower() in verbs


def _a_total(number: Token) -> bool:
    """"In total 250 are due", "In all, 400 will arrive", "600 altogether": a count said to
    be the whole of a force."""
    verb = number.head
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in ("total", "all") for o in c.children)
               or c.lower_ in ("altogether", "overall") for c in (*verb.children, *number.children))


def _shares_of_a_request(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"X has asked the United Nations for 3,000 peacekeepers. The UN has so far committed
    800": a request is no deployment, but a bare count that a body commits in answer to it
    is one, of the unit requested (the request in its sentence or the one before)."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    for number in (t for t in tokens_where(doc, POS, NUM) if t.dep_ == "dobj" and t.i not in taken):
        verb = number.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        asked = _requested_unit(doc, _previous_sentence(number), number.i)
        reading = read_number(number)
        if asked is None or subject is None or not _sending_verb(verb) or _not_a_deployment(verb) \
                or reading is None or not reading.is_count:
            continue
        kind = " ".join([c.lower_ for c in asked.children if c.dep_ == "compound" and c.i < asked.i] + [asked.lower_])
        out.append(Mention(kind, number.i, _bare_count_status(verb), _subject_body(number, subject, sending=True),
                           int(reading.value), qualifier_of(reading, doc), _destination(number, verb),
                           [trimmed_offsets(number.sent)], verb.i, shared=True))
    return out


def _other_senders_counts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Another body's bare count in a clause joined to a deployment's verb, the unit left
    out: "Belgium will withdraw its 300 troops from X while Spain sends 250 to take over",
    "Britain sent 600 troops to Estonia, whereas Canada sent 300", "..., and Y will send
    350 to replace them". The count is of the same unit, sent by the clause's subject."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    for number in (t for t in tokens_where(doc, POS, NUM) if t.dep_ == "dobj" and t.i not in taken):
        verb, reading = number.head, read_number(number)
        if reading is None or reading.root != number.i or not reading.is_count \
                or reading.end < len(doc) and doc[reading.end].pos_ in ("NOUN", "PROPN") \
                or verb.dep_ not in ("advcl", "conj", "ccomp") or verb.lemma_.lower() not in verbs or _not_a_deployment(verb):
            continue
        # (or a sibling clause of the same report: "Sudan said it would send 6,000 soldiers to
        # Yemen and Senegal pledged 2,100", "pledged" parsed as a second thing said)
        first = next((m for m in mentions if m.unit_token < number.i and m.verb_token is not None
                      and (m.verb_token == verb.head.i or verb.dep_ == "ccomp" and doc[m.verb_token].dep_ == "ccomp"
                           and doc[m.verb_token].head.i == verb.head.i)), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        actor = _subject_body(number, subject, sending=True) if subject is not None else None
        before = verb.i - 1  # (past "has", "also": "and Jamaica has promised 200")
        while before > 0 and doc[before].dep_ in ("aux", "auxpass", "neg", "advmod"):
            before -= 1
        if subject is None and before > 0 and (named := _body_at(doc, doc[before].left_edge.i)) is not None \
                and named.end == before + 1:
            actor = _body_name(named) if named.label_ else named.text  # the name the parser hung elsewhere
        if first is None or actor is None or not _other_actors(actor, first.actor):
            continue
        place = _place_past_origin(number, verb) or _own_place(verb) or _destination(number, verb) or first.destination
        out.append(_bare_count_mention(first, number, reading, _bare_count_status(verb), actor, place, verb))
    return out


def _own_counts_of_a_force_told(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body's own count of a force just told, its unit left out, with a verb of its own:
    "Denmark brought home its 600 troops from Helmand, Norway pulled its 400 out of Faryab
    a year later and Estonia withdrew its last 150". The number is the object of a status
    verb (``status_verbs``), held by "its" / "their", and its sender is the verb's subject;
    the unit is that of the force told last in the sentence or the one before."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    for number in (t for t in tokens_where(doc, POS, NUM) if t.dep_ == "dobj" and t.i not in taken):
        verb, reading = number.head, read_number(number)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if reading is None or not reading.is_count or reading.end < len(doc) and doc[reading.end].pos_ in ("NOUN", "PROPN") \
                or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in number.children) \
                or subject is None or verb.lemma_.lower() not in verbs or _not_a_deployment(verb):
            continue
        actor = _subject_body(number, subject, sending=True)
        force = _force_told_before(number, [*mentions, *out])
        if force is None or actor is None:
            continue
        out.append(Mention(force[0], number.i, _bare_count_status(verb), actor, int(reading.value),
                           qualifier_of(reading, doc), _destination(number, verb), [trimmed_offsets(number.sent)],
                           verb.i, shared=True))
    return out


def _shares_of_a_force_told(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Bodies' shares of a force the sentence before tells of, its unit left out: "Soldiers
    from four nations are in place along X. The Netherlands has 220 there, Denmark 180 and
    Luxembourg a reconnaissance platoon". The first share is a body and a bare count on a
    status verb, the others follow with the verb left out. Also the unit tokens of the
    mentions they replace: the told force without a count or a sender (the shares' sum,
    told again) and a share's unit read on its own ("a reconnaissance platoon")."""
    out: list[Mention] = []
    replaced: set[int] = set()
    taken = {m.unit_token for m in mentions}
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    for number in (t for t in tokens_where(doc, POS, NUM) if t.dep_ == "dobj" and t.i not in taken):
        verb, reading = number.head, read_number(number)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if reading is None or not reading.is_count or reading.end < len(doc) and doc[reading.end].pos_ in ("NOUN", "PROPN") \
                or subject is None or verb.lemma_.lower() not in verbs or _not_a_deployment(verb):
            continue
        actor = _subject_body(number, subject, sending=True)
        force = _force_told_before(number, mentions)
        if force is None or actor is None:
            continue
        first = Mention(force[0], number.i, _bare_count_status(verb), actor, int(reading.value),
                        qualifier_of(reading, doc), None, [trimmed_offsets(number.sent)], verb.i, shared=True)
        others = _gapped_bodies(doc, number, first)
        if not others:
            continue  # (one body's bare count: "Norway has 300 there" may be the whole force)
        # ("Ghana and Togo will each send 750, and Benin 500": the joined subject's other bodies)
        others = [(*b, None) for b in _joined_subjects(number, first, verb)] + others
        # (its own place, unless the parse hung a later body on it: "220 there, Denmark 180")
        own = _destination(number, verb)
        first.destination = own if own not in {name for name, *_ in others} else None
        first.destination = first.destination or (force[1].destination if force[1] is not None else None)
        out.append(first)
        out.extend(Mention(own_unit or force[0], anchor, first.status, name, count, qualifier, first.destination,
                           list(first.spans), None, True) for name, count, qualifier, anchor, own_unit in others)
        # (and what the loop made of the sentence's shares, the bare count unseen: "Norway ... a signals company")
        replaced.update(anchor for *_, anchor, _ in others)
        # (not a share of another sender the sentence told first: "Britain will lead the force,
        # sending 1,500 troops, with Germany contributing 800 and France 550")
        bodies = {first.actor, *(name for name, *_ in others)}
        replaced.update(m.unit_token for m in mentions if m.shared and m.spans and m.spans[0] == first.spans[0]
                        and m.actor in bodies)
        if force[1] is not None and force[1].count is None and force[1].actor is None:
            replaced.add(force[1].unit_token)
    return out, replaced


def _force_told_before(number: Token, mentions: list[Mention]) -> tuple[str, Mention | None] | None:
    """The unit a bare count is of: the last force told in its sentence or the one before (a
    deployment read, or a unit's word in a clause of its own: "Soldiers from four nations
    now patrol the valley")."""
    doc = number.doc
    start = _previous_sentence(number)
    told = [m for m in mentions if start <= m.unit_token < number.i and not m.shared]
    if told:
        return told[-1].unit, told[-1]
    units = word_set("military_units", "units")
    words = [t for t in doc[start : number.i] if t.lower_ in units and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return (words[-1].lower_, None) if words else None


def _shares_from_sources(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A force made of bodies' shares, each "from" the body that gives it: "The regional
    force will draw 1,000 soldiers from Kenya and 750 each from Ghana and Togo", "the
    mission will be made up of 800 troops from X, 400 from Y and 250 from Z". The force
    (a subject of ``joined_bodies``: "force", "mission") and a verb of what it is made of
    say it is a deployment ("the dead include 12 soldiers from X" is none); "each" gives
    every body listed after it the same count."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    units = word_set("military_units", "units")
    for unit in (t for t in tokens_among(doc, LOWER, units) if t.pos_ == "NOUN"):
        verb = _composing_verb(unit)
        if verb is None or _not_a_deployment(verb):
            continue
        # (the "from" on the unit or on the verb: "draw 1,000 soldiers from Kenya")
        first = _source_bodies(unit) or _source_bodies(verb)
        if not first:
            continue
        count, qualifier = _count(unit)
        status = "announced" if _is_future(verb) or verb.tag_ == "VB" else "stationed"
        name = " ".join([c.text for c in unit.children if c.dep_ == "compound" and c.i < unit.i] + [unit.text])
        spans = [trimmed_offsets(unit.sent)]
        shares = [(count, qualifier, unit.i, first)] + [
            (int(reading.value), qualifier_of(reading, doc), number.i, bodies)
            for number, reading, bodies in _bare_counts_from_sources(unit)]
        # (the force's place, never one of the bodies that give it: "the force for X")
        place = _destination(unit, verb) or next((_place_of_object(o) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                                  for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "in")
                                                  for o in p.children if o.dep_ == "pobj"), None)
        place = None if place in {actor for *_, bodies in shares for actor, _ in bodies} else place
        if unit.i in taken:
            # the first share read already as the verb's own deployment ("draw 1,000 soldiers
            # from Kenya"): the shares after it
            shares = shares[1:]
        # (a share the sentence's own reading told already is not told twice)
        told = {(m.actor, m.count) for m in mentions if unit.sent.start <= m.unit_token < unit.sent.end}
        for share_count, share_qualifier, anchor, bodies in shares:
            for k, (actor, token) in enumerate(bodies):
                if (actor, share_count) in told:
                    continue
                out.append(Mention(name, anchor if k == 0 else token.i, status, actor, share_count, share_qualifier,
                                   place, list(spans), verb.i, shared=True))
    return out


#: Marks that set a list off after the force it breaks down: "90 soldiers - 50 from X, ...".
_LIST_OPENERS = frozenset({",", "-", "\u2014", "\u2013", ":", "("})


def _breakdown_by_source(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """A force told with its count, then broken down by where its members come from, the
    list set off by a dash, a colon, a bracket or commas: "About 90 soldiers - 50 from
    Norway, 25 from Sweden and 15 from Iceland - arrived in Kabul", "600 peacekeepers
    arrived in Goma: 300 from India and 200 from Nepal". Each share is its body's
    deployment, told by the force's verb. Also the tokens the list covers: what other rules
    read there (a share's number parsed as a count of its own) is the list's.

    The force stays, with its count; a sender the parser lent it from the first share
    ("90 soldiers ... from Norway") is dropped, for no one body sends the whole."""
    out: list[Mention] = []
    covered: set[int] = set()
    # (a force named by its unit, not a bare count read as a share: "Norway 25")
    counted = sorted((m for m in mentions if m.count is not None and not doc[m.unit_token].like_num),
                     key=lambda m: m.unit_token)
    for force in counted:
        unit = doc[force.unit_token]
        if unit.i in covered:
            continue
        shares, end = _source_shares(doc, unit)
        # (shares of this force, not a larger sum: "90 soldiers - 50 ..., 25 ... and 15 ...")
        if len(shares) < 2 or sum(count for _, count, *_ in shares) > force.count * 1.1:  # type: ignore[operator]
            continue
        bodies = {name for name, *_ in shares}
        force.actor = None if force.actor in bodies else force.actor
        covered.update(range(shares[0][3], end))
        verb = doc[force.verb_token] if force.verb_token is not None else None
        place = force.destination or _destination(unit, verb)
        out.extend(Mention(force.unit, anchor, force.status, name, count, qualifier, place,
                           [trimmed_offsets(unit.sent)], force.verb_token, shared=True, future=force.future)
                   for name, count, qualifier, anchor in shares)
    return out, covered


def _counted_each_after_sources(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Units from several bodies, then the count of each set off after them: "Police units
    from Jordan and Senegal, 140 officers each, have arrived in Darfur", "two battalions
    from Ghana and Togo, about 650 soldiers each, will deploy". Each body's unit is a
    deployment of that count, told by the force's verb; also the tokens of the phrase, whose
    readings (the units uncounted, the count on its own) these replace."""
    out: list[Mention] = []
    covered: set[int] = set()
    for force in mentions:
        unit = doc[force.unit_token]
        if unit.i in covered or unit.like_num:
            continue
        for prep in (c for c in unit.children if c.dep_ == "prep" and c.lower_ == "from"):
            bodies = [b for o in prep.children if o.dep_ == "pobj" for b in _bodies_listed_at(o)]
            end = prep.right_edge.i + 1
            if len(bodies) < 2 or end >= unit.sent.end - 1 or doc[end].text != ",":
                continue
            each = _count_each(doc, end + 1, unit.sent.end)
            if each is None:
                continue
            reading, name, after = each
            verb = doc[force.verb_token] if force.verb_token is not None else None
            place = force.destination or _destination(unit, verb)
            covered.update(range(unit.i, after))
            out.extend(Mention(name or force.unit, body.start if k else reading.root, force.status, _body_name(body)
                               if body.label_ else body.text, int(reading.value), qualifier_of(reading, doc), place,
                               [trimmed_offsets(unit.sent)], force.verb_token, shared=True, future=force.future)
                       for k, body in enumerate(bodies))
    return out, covered


def _bodies_listed_at(obj: Token) -> list[Span]:
    """The bodies ``obj`` and its conjuncts name ("Jordan and Senegal"); empty unless each is one."""
    bodies = [_body_at(obj.doc, t.left_edge.i + (t.left_edge.lower_ == "the")) for t in (obj, *obj.conjuncts)]
    return [b for b in bodies if b is not None] if all(bodies) else []


def _count_each(doc: Doc, start: int, end: int) -> tuple[NumberReading, str | None, int] | None:
    """"140 officers each", "about 650 each" at token ``start``: the count, the unit named
    with it (if any) and the token after "each"."""
    reading = _share_count(doc, start, end)
    if reading is None or reading.value <= 0 or not reading.is_count:
        return None
    i = reading.end
    while i < end and i - reading.end < 3 and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1
    if i >= end or doc[i].lower_ != "each":
        return None
    return reading, (doc[reading.end : i].text or None), i + 1


def _source_shares(doc: Doc, unit: Token) -> tuple[list[tuple[str, int, str, int]], int]:
    """The list of shares "N from <body>" after ``unit`` in its sentence, and the token it
    ends at: each share's body, count, qualifier and number token. The list starts after a
    mark that sets it off (``_LIST_OPENERS``); its shares are joined by commas, semicolons
    or "and". Empty when no such list of two or more follows."""
    end = unit.sent.end
    for opener in (t for t in doc[unit.i + 1 : end] if t.text in _LIST_OPENERS):
        shares: list[tuple[str, int, str, int]] = []
        i = opener.i + 1
        while i < end:
            share = _source_share(doc, i, end)
            if share is None:
                break
            shares.append(share[0])
            i = share[1]
            if i < end and doc[i].text in (",", ";"):
                i += 1
            if i < end and doc[i].lower_ == "and":
                i += 1
            elif i < end and doc[i - 1].text not in (",", ";"):
                break
        if len(shares) >= 2:
            return shares, i
    return [], end


def _source_share(doc: Doc, start: int, end: int) -> tuple[tuple[str, int, str, int], int] | None:
    """One share "N from <body>" at token ``start`` ("50 from Norway", "about 100 soldiers
    from Ghana"): its body, count, qualifier and number token, and the token after it."""
    reading = _share_count(doc, start, end)
    if reading is None or reading.value <= 0 or not reading.is_count:
        return None
    i = reading.end
    # (the unit said again, "300 soldiers from X", at most three words of it)
    while i < end and i - reading.end < 3 and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1
    if i >= end - 1 or doc[i].lower_ != "from":
        return None
    i += 1 + (doc[i + 1].lower_ == "the")
    body = _body_at(doc, i) if i < end else None
    if body is None or body.end > end:
        return None
    name = _body_name(body) if body.label_ else body.text
    return (name, int(reading.value), qualifier_of(reading, doc), reading.root), body.end


def _composing_verb(unit: Token) -> Token | None:
    """The verb that says a force is made of the unit: "will draw 1,000 soldiers", "will
    include", "made up of", "consists of" (its subject a force: "the force", "the mission")."""
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "made up of 800 troops", "consists of"
    elif unit.dep_ != "dobj":
        return None
    lemma = head.lemma_.lower()
    if lemma not in word_set("military_units", "composing_verbs.words") or head.pos_ != "VERB" \
            or lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head if subject is not None and subject.lower_ in word_set("military_units", "joined_bodies") else None


def _source_bodies(holder: Token) -> list[tuple[str, Token]]:
    """The bodies a "from" on ``holder`` names ("from Ghana and Togo"), with their tokens;
    several only when "each" gives each of them the count ("750 each from Ghana and Togo")."""
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"):
        objs = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
        named = [(_body_name(e) if (e := entity_at(o)) is not None else noun_phrase(o).text, o) for o in objs
                 if o.pos_ == "PROPN" and (entity_at(o) is None or entity_at(o).label_ in ("GPE", "LOC", "NORP", "ORG", "PERSON"))]  # type: ignore[union-attr]
        each = any(t.lower_ == "each" for t in holder.doc[holder.i : prep.i])
        if len(named) == len(objs) and (len(named) == 1 or each):
            return named
    return []


def _bare_counts_from_sources(unit: Token) -> list[tuple[Token, NumberReading, list[tuple[str, Token]]]]:
    """The later shares after the first, the unit left out: "and 750 each from Ghana and
    Togo", ", 400 from Senegal" (each count with the bodies it comes from)."""
    doc = unit.doc
    out: list[tuple[Token, NumberReading, list[tuple[str, Token]]]] = []
    for number in (t for t in doc[unit.i + 1 : unit.sent.end] if t.pos_ == "NUM"):
        reading = read_number(number)
        if reading is None or reading.root != number.i or not reading.is_count \
                or reading.end < len(doc) and doc[reading.end].pos_ in ("NOUN", "PROPN"):
            continue
        # (the "from" on the number or on its "each": "300 each from X")
        holders = [number, *(c for c in number.children if c.lower_ == "each")]
        bodies = next((b for h in holders if (b := _source_bodies(h))), [])
        if bodies:
            out.append((number, reading, bodies))
    return out


def _later_stages(doc: Doc, mentions: list[Mention], proper: frozenset[str]) -> list[Mention]:
    """A force's later stages told in the sentence of an earlier one, each with its time and
    its verb left out: "The first 90 police officers landed on Tuesday, with 140 gendarmes
    from X expected on Thursday and a riot-control unit later in the month", "sent 200
    soldiers last week, with 400 more due next month". Each stage is a deployment still to
    come (announced): a unit of its own, or a bare count of the unit before it. A stage
    read already by the sentence's verb ("and a 150-strong company later in the month",
    joined to "arrived") is set to come too."""
    out: list[Mention] = []
    units = word_set("military_units", "units")
    for sent in {doc[m.unit_token].sent for m in mentions}:
        told = sorted((m for m in mentions if sent.start <= m.unit_token < sent.end), key=lambda m: m.unit_token)
        for token in doc[told[0].unit_token + 1 : sent.end]:
            known = next((m for m in told if m.unit_token == token.i), None)
            if not _stage_of_a_force(token):
                continue
            if known is not None:
                # (its own deployment, not merged into the stage before it by their one verb)
                known.shared = True
                if known.status in ("deploying", "arrived", "stationed"):
                    known.status = "announced"
                continue
            is_unit = token.lower_ in units and token.pos_ == "NOUN" and token.dep_ not in ("compound", "amod")
            reading = read_number(token) if token.pos_ == "NUM" and not is_unit else None
            stage: Mention | None = None
            if not is_unit and (reading is None or reading.root != token.i or not reading.is_count
                                or reading.end < len(doc) and doc[reading.end].pos_ in ("NOUN", "PROPN")):
                continue
            if is_unit:
                stage = _mention(doc, token, "announced", None, proper)
            elif reading is not None and (before := [m for m in told if m.unit_token < token.i and doc[m.unit_token].lower_ in units]):
                # ("with 400 more due next month": more of the unit before it)
                stage = Mention(before[-1].unit, token.i, "announced", None, int(reading.value), qualifier_of(reading, doc),
                                None, [trimmed_offsets(sent)])
            if stage is not None:
                stage.shared = True
                out.append(stage)
    return out


def _same_numbers(doc: Doc, mentions: list[Mention], proper: frozenset[str]) -> list[Mention]:
    """"Twelve hundred X soldiers will cross into Y next week, and the same number of Z
    troops the week after", "Kelvaria sent 400 troops to Lamba, and Dunmark the same
    number": a conjunct that repeats the count of the deployment before it, with its verb
    left out; its unit is its own ("of Z troops") or the one before, its sender the body
    named with it (the unit's nationality, the name before it) or the one before."""
    out: list[Mention] = []
    units = word_set("military_units", "units")
    for number in (t for t in doc if t.lower_ == "number" and any(c.lower_ == "same" for c in t.children)):
        before = [m for m in mentions if number.sent.start <= m.unit_token < number.i and m.count is not None]
        if not before:
            continue
        told = before[-1]
        own = next((o for p in number.children if p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.lower_ in units and o.pos_ == "NOUN"), None)
        stage = next((m for m in mentions if own is not None and m.unit_token == own.i), None)
        if stage is None and own is not None:
            stage = _mention(doc, own, told.status, None, proper)
        # (the body named before it, past a hedge: "and Italy roughly the same number")
        start = min((c.i for c in number.children if c.dep_ == "det"), default=number.i)
        while start > number.sent.start and doc[start - 1].pos_ == "ADV":
            start -= 1
        body = _body_at(doc, start - 1) if start > number.sent.start else None
        named = (_body_name(body) if body.label_ else body.text) if body is not None else None
        if stage is not None and stage in mentions:
            # read already, without its count: "the same number of X troops" gets it
            stage.count, stage.qualifier = stage.count or told.count, told.qualifier
            stage.actor, stage.shared = stage.actor or named or told.actor, True
            continue
        place = _own_place(number) or _place_right_after(number) or told.destination
        out.append(Mention(stage.unit if stage is not None else told.unit, own.i if own is not None else number.i,
                           told.status, (stage.actor if stage is not None else None) or named or told.actor,
                           told.count, told.qualifier, place, [trimmed_offsets(number.sent)], None, shared=True))
    return out


def _stage_of_a_force(token: Token) -> bool:
    """"with 140 gendarmes from X expected on Thursday", "and a riot-control unit later in
    the month", "with 400 more due": a unit's phrase after "with" or "and", its time or
    "expected" / "due" / "to follow" just after it (past its "of 35" or "from X")."""
    doc = token.doc
    left = noun_phrase(token).start if token.pos_ == "NOUN" else token.i
    while left > token.sent.start and doc[left - 1].lower_ in ("a", "an", "another", "further", "the"):
        left -= 1
    if left <= token.sent.start or doc[left - 1].lower_ not in ("with", "and"):
        return False
    j = token.i + 1
    if j < token.sent.end and doc[j].lower_ == "more":
        j += 1
    if j + 1 < token.sent.end and doc[j].lower_ == "of" and (doc[j + 1].like_num or is_number_word(doc[j + 1].text)):
        reading = read_number(doc[j + 1])
        j = reading.end if reading is not None else j + 2
        j = (_unit_ahead(doc, j, token.sent.end) or j - 1) + 1
    if j + 1 < token.sent.end and doc[j].lower_ == "from" and doc[j + 1].pos_ == "PROPN":
        j += 2
        while j < token.sent.end and doc[j].pos_ == "PROPN":
            j += 1
    if j >= token.sent.end:
        return False
    if doc[j].lower_ == "to" and j + 1 < token.sent.end and doc[j + 1].lemma_.lower() in ("follow", "come"):
        return True
    return doc[j].lower_ in word_set("military_units", "stage_words.words")


def _forces_spelled_out(doc: Doc, mentions: list[Mention], proper: frozenset[str]) -> tuple[list[Mention], set[int]]:
    """The forces a colon spells out, each a nationality's unit: "Three contingents are
    already in place in Lamba: 300 Kenyan troops, 200 Ghanaian police officers and a
    Nigerian field hospital", "the port had become a crossroads of other people's armies:
    a Polish engineering company ..., two hundred Romanian military police ... and the
    1,500 American soldiers ...". Each is there as the heading says (its deployment's
    status, else stationed); the heading's own force without a count or sender is their
    sum, told again (its unit token is returned to be dropped)."""
    out: list[Mention] = []
    replaced: set[int] = set()
    units = word_set("military_units", "units")
    for colon in (t for t in tokens_where(doc, ORTH, doc.vocab.strings[":"]) if t.i < len(doc) - 1):
        heading = doc[colon.sent.start : colon.i]
        forces = [t for t in heading if t.lower_ in units or t.lower_ == "armies"]
        if not forces:
            continue
        told = next((m for m in mentions if heading.start <= m.unit_token < colon.i), None)
        status = told.status if told is not None else "stationed"
        place = told.destination if told is not None else _heading_place(heading) or next(
            (p for c in heading if c.dep_ in ("nsubj", "dobj") and c.pos_ == "NOUN" and (p := _place_of_object(c)) is not None), None)
        listed = doc[colon.i + 1 : doc[colon.i + 1].sent.end]
        if any(_harm_word(t) for t in (*heading, *listed)):
            continue  # ("Soldiers killed so far: 30 Kenyan troops, ...": a toll, no deployment)
        shares = [m for t in listed if (m := _spelled_out_force(t, status, proper)) is not None]
        if len({m.actor for m in shares}) < 2:
            continue
        taken = {m.unit_token for m in mentions}
        for m in shares:
            m.destination = m.destination or place
        out.extend(m for m in shares if m.unit_token not in taken)
        if told is not None and told.count is None and told.actor is None:
            replaced.add(told.unit_token)
    return out, replaced


def _harm_word(token: Token) -> bool:
    """"killed", "wounded", "deaths": a word of the casualty lexicon's killed or injured kinds."""
    for kind in ("killed", "injured"):
        words = word_set("casualty_words", f"{kind}.verbs", f"{kind}.adjectives", f"{kind}.nouns")
        if token.lemma_.lower() in words or token.lower_ in words:
            return True
    return False


def _spelled_out_force(token: Token, status: str, proper: frozenset[str]) -> Mention | None:
    """One item of a colon's list of forces: a unit with its nationality ("200 Ghanaian
    police officers"), not a unit inside another's phrase ("of a rotational brigade")."""
    if token.lower_ not in word_set("military_units", "units") or token.pos_ != "NOUN" \
            or token.dep_ in ("compound", "amod", "pobj"):
        return None
    m = _mention(token.doc, token, status, None, proper)
    if m is None or m.actor is None or not any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in token.children):
        return None
    m.shared = True
    return m


def _listed_contributions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bulletin's list of shares after a heading of pledges, one body a clause: "Contributions
    confirmed so far: Spain, 250 soldiers; Portugal, 90; Belgium, a field-hospital team of 35".
    Each share a deployment of its body; a bare count is of the unit last named in the list."""
    out: list[Mention] = []
    taken = {m.unit_token for m in mentions}
    for colon in (t for t in tokens_where(doc, ORTH, doc.vocab.strings[":"]) if t.i < len(doc) - 1):
        # (the parser may start a sentence at the list)
        heading, listed = doc[colon.sent.start : colon.i], doc[colon.i + 1].sent
        if not any(t.lemma_.lower() in word_set("military_units", "list_heads.words") for t in heading):
            continue
        shares = _list_shares(doc, colon.i + 1, listed.end)
        if len(shares) < 2 or shares[0][4] is None:
            continue  # (a list, its first share saying what is counted)
        place = _heading_place(heading)
        unit = shares[0][4]
        for actor, count, qualifier, anchor, own_unit in shares:
            unit = own_unit or unit
            if anchor not in taken:
                # (pledges and offers: announced, whatever verb the heading adds, "offers received")
                out.append(Mention(unit, anchor, "announced", actor, count, qualifier, place,
                                   [trimmed_offsets(doc[heading.start : listed.end])], None, shared=True))
    return out


def _list_shares(doc: Doc, start: int, end: int) -> list[_Body]:
    """The shares of a list from token ``start``, one a clause set off by semicolons: each
    a body's name, a comma and its count or its unit phrase ("Portugal, 90", "Belgium, a
    field-hospital team of 35"); the list ends at the first clause of another shape."""
    out: list[_Body] = []
    i = start
    while i < end:
        ent = _body_at(doc, i)
        if ent is None:
            break
        bare = _bare_number_share(doc, ent)
        share = bare or _unit_phrase_share(doc, ent, after_comma=True)
        if share is None:
            break
        name = _body_name(ent) if ent.label_ else ent.text
        out.append((name, share[0], share[1], share[2], share[3]))
        i = share[4]
        if i >= end or doc[i].text != ";":
            break
        i += 1
        if i < end and doc[i].lower_ == "and":
            i += 1
    return out


def _heading_place(heading: Span) -> str | None:
    """Where a heading's force goes: "for the Halvany stabilisation force" → Halvany, "for
    the mission in Lamba" → Lamba, "to Lamba"."""
    for prep in (t for t in heading if t.dep_ == "prep" and t.lower_ in ("to", "for", "into", "in")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = next((entity_at(c) for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            if prep.lower_ == "for" and named is not None and named.label_ in (*_PLACE_LABELS, "ORG"):
                return named.text  # "for the Halvany stabilisation force"
            place = _place_of_object(obj) or (_place_inside(obj) if obj.pos_ == "NOUN" else None)
            if place is not None:
                return place
    return None


def _requested_unit(doc: Doc, start: int, end: int) -> Token | None:
    """The last unit asked for between ``start`` and ``end``: "asked X for 3,000
    peacekeepers", "requested 500 police officers" (a unit under a verb of request)."""
    units = word_set("military_units", "units")
    found = [t for t in doc[start:end] if t.lower_ in units and t.pos_ == "NOUN"
             and any(_irrealis(a) and a.pos_ == "VERB" for a in list(t.ancestors)[:3])]
    return found[-1] if found else None


def _bare_count_verb(number: Token) -> Token | None:
    """The verb of a bare count that stands for more of a unit: "400 more", "a further
    400", "another 300", "800 of them" (the count's head verb, a moving one)."""
    doc = number.doc
    arg = _bare_argument(number) or number
    more = any(c.lower_ in ("more", "additional", "further") for c in number.children) \
        or arg.i != number.i and any(c.lower_ in ("second", "third", "another", "further", "new", "next", "fresh")
                                     for c in arg.children) \
        or number.i > 0 and doc[number.i - 1].lower_ in ("another", "further", "more", "additional") \
        or number.i > 0 and doc[number.i - 1].lower_ in word_set("military_units", "rest_words.words") \
        or number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "more" and doc[number.i + 1].head.i == number.head.i \
        or any(c.lower_ == "of" and any(o.lower_ in ("them", "those", "these") for o in c.children) for c in number.children)
    verb = arg.head
    if verb.lemma_ == "be":  # "a further 400 are to follow", "are due next week"
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), verb)
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    return verb if more and (verb.lemma_.lower() in verbs or verb.lower_ == "due" or _phrase_status(verb)) else None


def _bare_argument(number: Token) -> Token | None:
    """What a bare count stands as in its clause: the number itself ("400 more are to
    follow"), or the batch noun that counts it ("a second group of 180 is on its way")."""
    if number.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return number
    batch = number.head.head
    if number.dep_ == "pobj" and number.head.lower_ == "of" and batch.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and batch.lower_ in word_set("military_units", "batch_nouns.words"):
        return batch
    return None


def _phrase_status(verb: Token) -> str | None:
    """"250 more are en route", "a second group of 180 is on its way": the status a phrase
    on a copula says (None for another verb)."""
    if verb.lemma_ != "be":
        return None
    text = " " + " ".join(t.lower_ for t in verb.subtree) + " "
    return next((status for phrase, status in _status_phrases()
                 if phrase not in ("there", "in the country") and f" {phrase} " in text), None)


@functools.cache
def _status_phrases() -> tuple[tuple[str, str], ...]:
    """The lexicon's status phrases ("on its way": en_route), the longest first, so that a
    phrase inside a longer one yields to it."""
    phrases: dict[str, str] = _lexicon()["status_phrases"]  # type: ignore[assignment]
    return tuple(sorted(phrases.items(), key=lambda p: -len(p[0])))


def _bare_count_status(verb: Token) -> str:
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    if verb.lower_ == "due":
        return "en_route"
    if (phrased := _phrase_status(verb)) is not None:
        return phrased
    status = verbs[verb.lemma_.lower()]
    if status in ("deploying", "arrived", "stationed") and (_is_future(verb) or verb.tag_ == "VB"):
        status = "announced"
    return status


def _with_sentence_actors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The arrival of 350 more soldiers brings the Varenian contingent to 1,900": a
    deployment with no sender takes that of another told in its sentence."""
    for m in (m for m in mentions if m.actor is None):
        sent = doc[m.unit_token].sent
        m.actor = next((o.actor for o in mentions if o.actor and sent.start <= o.unit_token < sent.end), None)
    return mentions


def _redescribes(unit: Token, mentions: list[Mention]) -> bool:
    """"About 600 peacekeepers arrived Monday, the first foreign troops in the city": a unit
    after a comma, named by "the first / only / last / largest", that says again what the
    clause's earlier unit is."""
    phrase = _left_phrase(unit)
    doc = unit.doc
    if phrase.start == 0 or doc[phrase.start - 1].text != "," or phrase[0].lower_ != "the":
        return False
    if not any(t.lower_ in ("first", "only", "last", "largest", "biggest", "latest") for t in phrase):
        return False
    return any(unit.sent.start <= m.unit_token < unit.i for m in mentions)


def _redescription_sender(unit: Token) -> str | None:
    """"600 soldiers crossed into X, among the first British troops to enter": the
    nationality of a later phrase of the sentence that says again what the unit is (after a
    comma, "the first / only / last ..." or "among the first ...") names its sender."""
    doc = unit.doc
    for other in (t for t in doc[unit.i + 1 : unit.sent.end] if t.lower_ in word_set("military_units", "units") and t.pos_ == "NOUN"):
        phrase = _left_phrase(other)
        lead = doc[phrase.start - 1] if phrase.start > 0 else None
        if lead is not None and lead.lower_ == "among":
            lead = doc[lead.i - 1] if lead.i > 0 else None
        if lead is None or lead.text != "," or not any(
                t.lower_ in ("first", "only", "last", "largest", "biggest", "latest") for t in phrase):
            continue
        named = _listed_nationality((other,), ("amod", "compound"))
        if named is not None:
            return named
        ent = next((e for c in other.children if c.dep_ in ("amod", "compound") and (e := entity_at(c)) is not None
                    and e.label_ in ("NORP", "GPE")), None)
        return _body_name(ent) if ent is not None else None
    return None


def _sender_by(token: Token) -> bool:
    """"40 engineers deployed by the Vestrian army", "troops were sent by the navy": a unit
    word after the "by" of a sending verb names who sends, not a force sent."""
    agent = token.head
    return token.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.lemma_.lower() in _SENDING


def _aboard(token: Token) -> bool:
    """"200 remain aboard the assault ship X offshore", "marines aboard the frigate": a
    vessel after "aboard" is where others are, not a unit sent (also the vessel's word
    before its name, "the landing ship X")."""
    vessel = token.head if token.dep_ == "compound" and token.head.pos_ == "PROPN" else token
    return vessel.dep_ == "pobj" and vessel.head.lower_ in ("aboard", "onboard")


def _carrier_unit(token: Token) -> bool:
    """"rotation": a word that names a unit only when it says no other ("deploy its next
    rotation"); with one inside ("a rotation of 350 troops") the inner unit is the one."""
    return token.lower_ in word_set("military_units", "carrier_units")


def _numbered_formation(token: Token) -> bool:
    """"the 12th Mechanised Brigade will be redeployed", "the 82nd Airborne Division would
    deploy": a formation named by its number, the unit word last, is a unit that moves (a
    subject or object of its verb), not a group's name."""
    ent = entity_at(token)
    if ent is not None and ent.end != token.i + 1 or not token.is_title or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    first = token.doc[token.left_edge.i : token.i]
    return any(re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_) is not None for t in first)


def _listed_as_modifier(token: Token) -> bool:
    """"dispatched a frigate and two minesweepers": a unit word the parser made a modifier
    of the next unit, though "and" joins them as two."""
    return token.dep_ in ("compound", "amod") and token.head.lower_ in word_set("military_units", "units") \
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)


def _counted_service(token: Token) -> bool:
    """"bring home the 600 Royal Marines", "200 Royal Engineers arrived": a service's name
    counted by a number before it names people, not a body."""
    ent = entity_at(token)
    if ent is None or ent.end != token.i + 1 or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj") \
            and not (token.dep_ == "pobj" and token.head.lower_ == "with"):
        return False
    number = next((c for c in token.children if c.dep_ == "nummod" and c.i < ent.start), None)
    reading = read_number(number) if number is not None else None
    return reading is not None and reading.is_count


def _unit_word_only(token: Token) -> bool:
    """"45,000 Marines" tagged as a group's name: an entity that is only the unit's word."""
    ent = entity_at(token)
    return ent is not None and ent.end == token.i + 1 and (ent.start == token.i or _country_before(ent, token) is not None)


def _country_before(ent: Span, unit: Token) -> str | None:
    """"U.S. Marines", "British Marines" read as one name: the country's words before the unit."""
    words = ent.doc[ent.start : unit.i].text
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    short = re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", words) is not None  # "U.S.", "UK"
    if short or words.lower() in demonyms or words.lower() in _country_names():
        return demonyms.get(words.lower(), words)
    return None


def _strength_totals(doc: Doc, troop: Token, proper: frozenset[str]) -> list[Mention]:
    """A force's total now and the total planned: "plans to increase its troop strength in
    X from 8,000 to about 9,500" is 8,000 troops stationed and 9,500 announced ("raised
    ... from A to B": B is there now)."""
    noun = troop.head
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None
    out: list[Mention] = []
    # "The U.S. military plans to increase its troop strength": the body before the verb
    actor = _actor(troop, verb, proper) or next(
        (_body_name(e) for t in troop.doc[troop.sent.start : troop.i] if t.lower_ in _BODIES
         for c in t.children if (e := entity_at(c)) is not None and e.label_ in ("ORG", "GPE", "NORP")), None)
    preps = [c for h in (noun, verb) if h is not None for c in h.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ == "from" for g in c.children if g.dep_ == "prep"]  # "from A to B"
    for prep in sorted(preps, key=lambda t: t.i):
        if prep.lower_ in ("from", "to"):
            numbers = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NUM"]
            reading = read_number(numbers[0]) if numbers else None
            if reading is None or reading.value < 1:
                continue
            later = verb is not None and _is_future(verb)
            status = "stationed" if prep.lower_ == "from" or not later else "announced"
            destination = _place_inside(noun) or _destination(troop, verb)
            out.append(Mention("troops", reading.root, status, actor, int(reading.value),
                               qualifier_of(reading, troop.doc), destination, [trimmed_offsets(troop.sent)],
                               verb.i if verb is not None else None, shared=True))
    return out


def _not_a_deployment(verb: Token) -> bool:
    """"called for troops to be sent", "urged the government to deploy", "decide whether
    to send", "Should Brazil send troops?": a demand, a wish or a question; "will not
    send", "has no plans to send", "ruled out sending": a refusal; "would send troops if
    asked": a condition; "the army should send more soldiers": a recommendation."""
    sent = verb.sent
    if sent.text.rstrip().endswith("?") or sent.text.rstrip(" \"'”").endswith("?"):
        return True
    if _sending_verb(verb) and (_refused(verb) or _recommended(verb) or _told_as_history(verb) or _supposed(verb)):
        return True
    if _in_denied_account(verb):
        return True  # "denied reports that 2,000 soldiers had been sent"
    if _sender_described(verb):
        return True  # "struggled to find countries willing to commit troops": a kind of sender
    if _sending_verb(verb) and _unreal_past(verb):
        return True  # "Velmora would have sent troops": a sending that did not happen
    if verb.lemma_.lower() == "keep" and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in verb.children):
        return True  # "will keep its own forces out of the war": kept away
    if verb.lemma_.lower() == "leave" and any(c.dep_ == "dobj" and any(g.dep_ in ("acl", "oprd", "amod") and _harm_word(g)
                                                                     for g in c.children) for c in verb.children):
        return True  # "clashes left 30 peacekeepers injured": a toll, no move
    if any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return True  # "its forces had returned fire", "troops opened fire": fighting, no move
    node = verb
    for _ in range(3):
        if _open_question(node):
            return True  # "will decide whether to send", "will vote on whether to send"
        if _conditional(node, verb):
            return True  # "would send troops if asked", "ready to send peacekeepers if a truce holds"
        if node.head.i == node.i:
            break
        if node.dep_ in ("xcomp", "acomp") and _sending_verb(verb) and _refused(node.head):
            return True  # "did not want to send", "was not ready to deploy"
        if node.dep_ in ("advcl", "pcomp", "dobj") and node.tag_ == "VBG" and _sending_verb(verb) and _ruled_out(node.head):
            return True  # "has ruled out sending troops"
        node = node.head
        if node.pos_ == "NOUN" and _irrealis(node) and _approved(node):
            break  # "approved a request to send 500 troops": granted, so decided
        if node.pos_ in ("VERB", "NOUN", "ADJ") and _irrealis(node):
            return True  # (also "reluctant to send", "under pressure to send")
        if node.pos_ == "NOUN" and any(_irrealis(o) for p in node.children if p.lower_ == "of"
                                       for o in p.children):
            return True  # "no feeling of hope that X would withdraw"
        if node.pos_ == "NOUN" and (_denied_noun(node) or _cancelled(node)):
            return True  # "has no plans to send", "a plan to send 400 soldiers was shelved"
        if node.pos_ == "NOUN" and node.dep_ in ("dobj", "pobj") and node.head.pos_ in ("VERB", "ADP") \
                and _irrealis(node.head if node.dep_ == "dobj" else node.head.head):
            return True  # "is weighing a plan to send", "rejected a proposal to deploy"
        if node.pos_ == "ADP" and node.lower_ == "against":
            return True  # "decided against sending", "voted against deploying"
        if node.pos_ in ("NOUN", "PROPN"):
            break  # "its threats to send troops": the clause of a noun, not of the demand above it
    return False


def _sender_described(verb: Token) -> bool:
    """"has struggled to find countries willing to commit troops", "nations able to send
    peacekeepers are few": the sending of an adjective that describes a common noun (a kind
    of sender sought or counted), not a sending by any body ("Kestria is ready to send" is)."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ not in ("amod", "acl"):
        return False
    described = adjective.head
    return described.pos_ == "NOUN" and entity_at(described) is None


def _sending_verb(verb: Token) -> bool:
    """A verb that sends, commits or plans a force (not one that withdraws or holds it:
    "will not withdraw its troops" leaves them where they are)."""
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    return verbs.get(verb.lemma_.lower()) in ("deploying", "announced") or verb.lemma_.lower() in _SENDING


def _supposed(verb: Token) -> bool:
    """"Sending troops to X would be a mistake": a sending named as the subject of a
    judgement that a modal makes hypothetical."""
    return verb.dep_ == "csubj" and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.head.children)


def _told_as_history(verb: Token) -> bool:
    """"Ravelle last sent troops abroad in 1998", "In 2011 the council sent 300 soldiers
    to X": a sending in the simple past dated to a year before the article's is background,
    not news (the year read from the verb's own date, "in 1998"). Only a sender's verb
    ("peacekeepers who deployed in 2015" are still there); a sending verb that a particle
    makes a withdrawal ("brought home") is no sending."""
    published = verb.doc._.nf_published
    if verb.tag_ != "VBD" or not published or verb.dep_ == "relcl" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if _phrasal_status(verb) == "withdrawn":
        return False  # "Denmark brought home its 600 troops in 2021": a withdrawal, told as one
    years = [int(t.text) for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.lower_ in ("in", "during")
             or c.ent_type_ == "DATE" and c.dep_ == "npadvmod"
             for t in c.subtree if t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text)]
    return bool(years) and max(years) < int(str(published)[:4])


def _refused(verb: Token) -> bool:
    """"will not send", "never deployed", "ruled out sending" (said of the verb above it):
    the sending is refused."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return _ruled_out(verb)


def _ruled_out(verb: Token) -> bool:
    """"has ruled out sending troops", "ruled out any deployment": a refusal."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _unnamed_any(unit: Token) -> bool:
    """"no soldiers were sent", "has no troops in X", "any of its own forces", "denied
    that any army units had been moved": a force denied, or one that no one names."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in unit.children):
        return True
    before = unit.doc[max(unit.sent.start, unit.i - 5) : unit.i]
    if any(t.lower_ == "single" for t in before[-3:]) and any(t.lower_ == "not" for t in before):
        return True  # "not a single Rwandan soldier is in X", "not a single soldier has been redeployed"
    if unit.dep_ == "dobj" and any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                   for c in unit.head.children):
        return True  # "no government has offered soldiers", "no member state has offered troops"
    if unit.dep_ != "pobj" or unit.head.lower_ != "of":
        return False
    # "any of its own forces"; "any deployment of foreign troops would need approval"
    owner = unit.head.head
    return owner.lower_ in ("any", "none", "no") or owner.lower_ in _lexicon()["status_nouns"] and any(  # type: ignore[operator]
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in owner.children)


def _recommended(verb: Token) -> bool:
    """"the army should send more soldiers", "Tarvia must send troops": an active sending
    verb under a modal of duty is advice or a demand ("troops should arrive on Monday" is
    no sending verb)."""
    modals = word_set("military_units", "obligation_modals.words")
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _conditional(node: Token, verb: Token) -> bool:
    """"would send troops if the bloc asked", "will deploy more if needed", "If Tarvia sends
    troops, ...": a sending said under a condition is not decided. The clause of "if" hangs
    on the sending verb (or the word it depends on), or the sending verb is in it."""
    marks = word_set("military_units", "condition_marks.words")
    if _inverted_condition(node):
        return True
    if node.i == verb.i and node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in node.children) and (_is_future(verb) or node.i != verb.i)


def _in_denied_account(verb: Token) -> bool:
    """"denied reports that 2,000 soldiers had been sent", "dismissed claims that the army
    had deployed 900 troops", "denying a report that soldiers had received orders to move":
    a sending told inside an account (a report, a claim, a rumour) that the verb over the
    account denies."""
    nouns = word_set("military_units", "denied_accounts.nouns")
    deniers = word_set("military_units", "denied_accounts.verbs")
    # (the denier may be parsed as the account's modifier: "dismissing reports that ...")
    return any(a.pos_ == "NOUN" and a.lemma_.lower() in nouns and (
        a.head.lemma_.lower() in deniers
        or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in deniers for c in a.children))
        for a in verb.ancestors)


def _unreal_past(verb: Token) -> bool:
    """"would have sent 300 troops", "could have deployed peacekeepers earlier": a modal with
    a perfect tells a past that did not happen."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in ("would", "could", "might", "should") for a in auxes)


def _inverted_condition(node: Token) -> bool:
    """"Had the government sent 400 troops in March, the town might not have fallen",
    "Were the alliance to send troops, ...": an auxiliary before its subject opens a
    condition, a clause that hangs on the sentence's main verb (a main clause so opened is
    a question, told by its mark)."""
    words = word_set("military_units", "inverted_conditions.words")
    if node.dep_ == "ROOT":
        return False
    if node.lower_ in words and node.i == node.left_edge.i and node.i < node.head.i:
        return True  # the auxiliary parsed as the clause's head ("Were the alliance to send ...")
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in words and c.i < subject.i for c in node.children)


def _denied_noun(noun: Token) -> bool:
    """"no plans to send", "no intention of sending", "no question of deploying": a noun of
    intent that "no" or "not" denies."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children)


def _approved(noun: Token) -> bool:
    """"approved a request to send", "a proposal to deploy ... was accepted": a request or a
    proposal that an approving verb takes is decided."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in word_set("military_units", "approving_verbs.words") \
        and not _held_short(noun.head)


def _held_short(verb: Token) -> bool:
    """"stopped short of approving", "fell short of endorsing": the approval not given."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lower_ == "short"


def _cancelled(noun: Token) -> bool:
    """"a plan to send 400 soldiers was shelved", "scrapped a proposal to deploy": a noun of
    intent that a cancelling verb takes (as object, or as passive subject)."""
    head = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in word_set("military_units", "cancelling_verbs.words")


def _open_question(node: Token) -> bool:
    """"will decide whether to send", "will vote on whether to send", "argued over whether
    to deploy": a clause opened by "whether" / "if" that a verb asks, straight or through a
    preposition (not "the question whether sending ... means", a noun's clause)."""
    if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
        return False
    asker = node.head.head if node.head.pos_ == "ADP" else node.head
    return asker.pos_ in ("VERB", "AUX")


#: (actor, count, qualifier, a token of its own, the unit when it is said again): one
#: body's share of a sentence that tells several (each record needs its own span)
_Body = tuple[str, int | None, str, int, str | None]


def _each_body(doc: Doc, unit: Token, first: Mention, verb: Token | None) -> list[Mention]:
    """Several bodies' deployments in one sentence, the verb said once: "Britain will send
    500 troops and Canada 450", "France sent 300 soldiers to Mali, Italy 200 and Spain
    150", "Ghelia will deploy 600 police officers and Tarvia a medical battalion",
    "Kestria and Lutavia will each send a battalion"."""
    # (the verb that takes the unit: "have each sent a frigate, where the two vessels are
    # due to arrive" is told its status by the later clause, its senders by "sent")
    sender = unit.head if unit.dep_ == "dobj" and unit.head.pos_ == "VERB" else verb
    if sender is None or _stage_of_a_force(unit) or _numbered_formation(unit):
        # ("..., with a Dutch medical company later in the spring": a later stage, no share;
        # "Sarnova's 2nd Battalion left": one formation, its name no other body)
        return []
    # 1. a count for each nationality before one unit: "1,200 Italian and 800 Spanish soldiers"
    bodies = _counted_nationalities(unit, first)
    # 1b. nationalities joined on one uncounted unit: "Kenyan and Somali troops entered X"
    if not bodies and first.count is None:
        bodies = _joined_nationalities(unit, first)
    # 2. a body and a bare number or a unit of its own after the unit: the verb left out
    if not bodies and first.actor is not None:
        bodies = _gapped_bodies(doc, unit, first) + _counts_from_bodies(unit) + _counted_nationals(unit)
        # (with bodies joined as the subject before it: "X and Y will each send 400 soldiers, and Z 200")
        if bodies and _joined_subject(sender):
            bodies = [(*b, None) for b in _joined_subjects(unit, first, sender)] + bodies
    # 3. bodies joined as the subject: "Kestria and Lutavia will each send", "have both
    #    sent troops", "will send 400 and 150 soldiers respectively"
    if not bodies:
        bodies = [(*b, None) for b in _joined_subjects(unit, first, sender)]
    # 4. one sender's further shares, each to a place of its own: "and another 300 to Y"
    #    (whether or not the sentence names the sender: "Some 1,700 soldiers will fly to X and 300 to Y")
    if not bodies:
        further = _counts_to_other_places(unit, first) or _each_to_places(unit, first, sender)
        if further:
            first.shared = True
            return [first, *further]
    if not bodies:
        return []
    first.shared = True
    out = [first]
    # "Castel sent 60 soldiers to X and Brevia 90 to Y": when the first share names its own
    # place, a later share's "to" names that share's own
    own_places = _place_right_after(unit, ("to", "into", "in")) is not None
    # ("400 Kestrian troops ..., alongside 150 from Y": the other bodies' troops are not Kestrian)
    nationality = doc[unit.i - 1] if unit.i > 0 and _nationality_shaped(doc[unit.i - 1]) else None
    shared_unit = first.unit.removeprefix(nationality.text + " ") if nationality is not None else first.unit
    for actor, count, qualifier, anchor, own_unit in bodies:
        # ("Nigeria's 680 soldiers are based here, Rwanda's 390 in Nyala": a share's own "in" names its place)
        place = (_share_place(doc[anchor]) if own_places or first.status == "stationed" else None) or first.destination
        out.append(Mention(own_unit or shared_unit, anchor, first.status, actor, count, qualifier, place,
                           list(first.spans), None, True))
    # ("to Latvia and Slovakia respectively": the places listed, in the bodies' order)
    places = _respective_places(unit, sender)
    if len(places) == len(out):
        for share, place in zip(out, places, strict=True):
            share.destination = place
    return out


def _respective_places(unit: Token, verb: Token) -> list[str]:
    """"will send 300 and 200 soldiers to Latvia and Slovakia respectively", "will lead the
    battalions in X, Y and Z, respectively": the places joined after "to / in / into" in a
    sentence that says "respectively", in order; empty when any is no place."""
    if not any(t.lower_ == "respectively" for t in unit.sent):
        return []
    for prep in (c for c in (*verb.children, *unit.children) if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "in", "into")):
        listed = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
        places = [_place_of_object(o) for o in listed]
        if len(places) > 1 and all(places):
            return [p for p in places if p]
    return []


def _share_place(share: Token) -> str | None:
    """The place a "to / into" just after a body's share names: "and Brevia 90 to
    neighbouring Y" → Y (the first name before the next comma or "and")."""
    doc = share.doc
    end = share.sent.end
    k = share.i + 1
    if k < end and doc[k].lower_ == "of":
        # ("and Brevia a company of about 150 soldiers to Y": past the group's members)
        members = _members_after_of(doc, k, end)
        k = members + 1 if members is not None else k
    if k + 1 >= end or doc[k].lower_ not in ("to", "into", "in"):
        return None
    for token in doc[k + 1 : end]:
        if token.is_punct or token.lower_ in ("and", "on", "in", "by", "at"):
            return None
        ent = entity_at(token)
        if ent is not None and ent.label_ in (*_PLACE_LABELS, "PERSON") or token.pos_ == "PROPN" and token.is_title:
            return ent.text if ent is not None and ent.label_ in _PLACE_LABELS else noun_phrase(token).text
    return None


def _gapped_bodies(doc: Doc, unit: Token, first: Mention) -> list[_Body]:
    """The conjuncts after the unit that repeat the sentence's verb without saying it:
    "..., Italy 200 and Spain 150" (a name and a number), "... and Tarvia a medical
    battalion" (a name and a unit phrase)."""
    bodies: list[_Body] = []
    units = word_set("military_units", "units")
    pending: list[tuple[str, int]] = []  # "Togo and Senegal 500 each": names (and where) that share the next count
    i = unit.i + 1
    while i < unit.sent.end - 1:
        if doc[i].lower_ in units and doc[i].pos_ == "NOUN" and doc[i].dep_ in ("dobj", "nsubj", "nsubjpass"):
            break  # "offered troops ..., with X providing 800 soldiers, Y 400": the shares of another verb
        ent = _body_at(doc, i)
        if ent is None or ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("to", "into", "in", "at"):
            i += 1  # (", Varda, 250 to Y": a place the verb names, no body)
            continue
        name = _body_name(ent) if ent.label_ else ent.text
        share = _bare_number_share(doc, ent) or _unit_phrase_share(doc, ent)
        if share is None:
            pending = [*pending, (name, ent.root.i)] if ent.end < len(doc) and doc[ent.end].lower_ in ("and", ",") else []
            i = ent.end
            continue
        if share[4] < len(doc) and doc[share[4]].lower_ == "each":
            bodies.extend((other, share[0], share[1], at, share[3]) for other, at in pending)
        pending = []
        bodies.append((name, *share[:4]))
        i = share[4]
    return bodies


def _counted_nationalities(unit: Token, first: Mention) -> list[_Body]:
    """"Some 1,200 Italian and 800 Spanish soldiers arrived", "200 Ghanaian, 150 Nepali and
    120 Uruguayan peacekeepers": a count before each nationality of one unit; ``first``
    takes the first pair, the others are returned. The list may be set off after a group
    noun it spells out: "the first contingents - 200 Ghanaian, 150 Nepali and 120 Uruguayan
    peacekeepers - landed" (each share then has the listed unit)."""
    units = word_set("military_units", "units")
    listed = next((t for c in unit.children if c.dep_ == "appos" for t in c.subtree
                   if t.i > unit.i and t.lower_ in units and t.pos_ == "NOUN"), None)
    pairs = _nationality_counts_before(listed if listed is not None else unit)
    if len(pairs) < 2:
        return []
    own_unit = listed.text if listed is not None else None
    first.actor, first.count, first.qualifier = pairs[0][0], pairs[0][1], pairs[0][2]
    if listed is not None:
        first.unit, first.unit_token = listed.text, listed.i  # (read here, not again at the listed unit)
    last = unit.doc[pairs[-1][3]].text
    if first.unit.startswith(last + " "):
        first.unit = own_unit = first.unit[len(last) + 1 :]  # "Kestrian troops": the last nationality is no unit word
    return [(name, count, qualifier, anchor, own_unit) for name, count, qualifier, anchor in pairs[1:]]


def _joined_nationalities(unit: Token, first: Mention) -> list[_Body]:
    """"Kenyan and Somali government troops entered the town of X", "Chadian, Nigerien and
    Malian soldiers": nationalities joined by "and" or commas on one unit with no count,
    each its country's own force; ``first`` takes the first, the others are returned."""
    doc = unit.doc
    # the unit's own common modifiers between the last nationality and it ("government troops")
    k = _kind_start(unit) - 1
    found: list[Token] = []
    while k >= unit.sent.start and _nationality_shaped(doc[k]) and not doc[k].like_num:
        found.insert(0, doc[k])
        j = k - 1
        # the nationality before it, after "and", a comma or ", and"
        if j >= unit.sent.start and doc[j].lower_ == "and":
            j -= 1
        if j >= unit.sent.start and doc[j].text == ",":
            j -= 1
        if j == k - 1:
            break
        k = j
    if len(found) < 2 or k >= unit.sent.start and (doc[k].like_num or doc[k].pos_ == "NUM"):
        return []
    countries = [_nationality_country(word) or _country_of_demonym(doc, word.text) for word in found]
    first.actor = countries[0]
    first.unit = doc[max(_kind_start(unit), found[-1].i + 1) : unit.i + 1].text
    return [(country, None, "exact", word.i, first.unit) for country, word in zip(countries[1:], found[1:], strict=True)]


def _nationality_counts_before(unit: Token) -> list[tuple[str, int, str, int]]:
    """The list of a count and a nationality written just before the unit ("300 Kenyan,
    200 Rwandan and 100 Malawian troops", "1,200 Italian and 800 Spanish military
    engineers"), read from the words (the parser splits such lists in many ways): each
    (country, count, qualifier, the nationality's token), in the order written."""
    doc = unit.doc
    start = unit.sent.start
    k = unit.i - 1
    # (the unit's own modifiers between the last nationality and it: "military engineers")
    while k > start and unit.i - k <= 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k -= 1
    pairs: list[tuple[str, int, str, int]] = []
    while k > start and _nationality_shaped(doc[k]):
        reading = read_number(doc[k - 1])
        if reading is None or reading.end != k or not reading.is_count:
            break
        ent = entity_at(doc[k])
        name = _body_name(ent) if ent is not None and ent.label_ == "NORP" else _country_of_demonym(doc, doc[k].text)
        pairs.insert(0, (name, int(reading.value), qualifier_of(reading, doc), k))
        # the pair before it, after "and", a comma or ", and"
        j = reading.start - 1
        if j > start and doc[j].lower_ == "and":
            j -= 1
        if j > start and doc[j].text == ",":
            j -= 1
        if j == reading.start - 1:
            break
        k = j
    return pairs


def _nationality_shaped(token: Token) -> bool:
    """"Italian", "Nepali", "Kestrian": a nationality the model tagged, the lexicon lists,
    or a capitalised word of its form."""
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    return token.ent_type_ == "NORP" or token.lower_ in demonyms or token.pos_ in ("ADJ", "PROPN") \
        and token.is_title and token.lower_.endswith(("an", "ese", "ish", "i")) and len(token) > 4


def _counts_to_other_places(unit: Token, first: Mention) -> list[Mention]:
    """One sender's further shares after the unit, the verb and the unit left out, each to a
    place of its own: "is rushing 800 troops to X and another 300 to the capital, Y", "will
    deploy 400 soldiers to X and 250 to Y"; a force kept somewhere, each in a place of its
    own: "keeps 2,000 troops in X and another 700 in Y"."""
    doc = unit.doc
    lead = word_set("military_units", "share_lead_words.words")
    # (where a force stays, "in" names its place as "to" names where one goes)
    # ("will station 1,200 soldiers in X, 1,000 in Y": the first share's own "in" says so)
    kept = first.status == "stationed" or _place_right_after(unit, ("in", "at")) is not None
    preps = ("to", "into", "in") if kept else ("to", "into")
    # ("will leave for X next month and a further 340 for Y": "for" names where a departure goes)
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(_is_place(o) for o in c.children) for c in unit.head.children):
        preps = (*preps, "for")
    out: list[Mention] = []
    for number in doc[unit.i + 1 : unit.sent.end]:
        # ("..., with another 150 based in Y": the count "with" adds, placed by its participle)
        with_count = number.dep_ == "pobj" and number.head.lower_ == "with"
        if number.pos_ != "NUM" or number.dep_ not in ("conj", "appos", "npadvmod", "dobj") and not with_count:
            continue
        reading = read_number(number)
        if reading is None or reading.root != number.i or not reading.is_count:
            continue
        # joined by "and" or a comma, not a body's share ("and Canada 450")
        before = reading.start - 1
        while before > unit.i and doc[before].lower_ in lead:
            before -= 1
        if doc[before].lower_ not in ("and", ",", *(("with",) if with_count else ())) \
                or reading.end < len(doc) and doc[reading.end].pos_ in ("NOUN", "PROPN"):
            continue
        if with_count and _placed_by_participle(number) is None:
            continue  # ("with 150 to follow": a later stage, read elsewhere)
        place, status = _own_place(number, preps) or _place_right_after(number, preps), first.status
        if place is None and (placed := _placed_by_participle(number)) is not None:
            place, status = placed  # "has 1,700 soldiers in X and another 150 stationed at Y"
        if place is None:
            continue
        out.append(Mention(first.unit, number.i, status, first.actor, int(reading.value),
                           qualifier_of(reading, doc), place, list(first.spans), None, True))
    return out


def _placed_by_participle(number: Token) -> tuple[str, str] | None:
    """"and another 150 stationed at X", "and a further 200 based in Y": a bare count whose
    participle places it, with the status the participle says ("deployed in Y": stationed)."""
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    for participle in (c for c in number.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
                       and c.lemma_.lower() in verbs):
        status = verbs[participle.lemma_.lower()]
        for prep in (c for c in participle.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into")):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                ent = entity_at(obj)
                place = ent.text if ent is not None and ent.label_ in _PLACE_LABELS else \
                    noun_phrase(obj).text if obj.pos_ == "PROPN" else \
                    _place_phrase(obj) if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children) else None
                if place is not None:
                    # ("deployed in Y": there now; "deployed to Y": sent there)
                    return place, "stationed" if status == "deploying" and prep.lower_ in ("in", "at") else status
    return None


def _each_to_places(unit: Token, first: Mention, verb: Token) -> list[Mention]:
    """"will send 200 troops each to X and Y": the same count to every place listed, one
    deployment each (``first`` takes the first place)."""
    doc = unit.doc
    if unit.i + 1 >= len(doc) or doc[unit.i + 1].lower_ != "each":
        return []
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
              for o in p.children if o.dep_ == "pobj"]
    listed = [places[0], *places[0].conjuncts] if places else []
    names = [_place_of_object(o) for o in listed]
    if len(listed) < 2 or any(n is None for n in names):
        return []
    first.destination = names[0]
    return [Mention(first.unit, o.i, first.status, first.actor, first.count, first.qualifier, name,
                    list(first.spans), None, True) for o, name in zip(listed[1:], names[1:], strict=True)]


def _own_place(token: Token, preps: tuple[str, ...] = ("to", "into")) -> str | None:
    """The place a "to / into" phrase on ``token`` itself names ("another 300 to the
    capital, Y" → Y), not one of its verb's."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in (*preps, "toward", "towards")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            place = _place_of_object(obj)
            if place is not None:
                return place
    return None


def _place_right_after(unit: Token, preps: tuple[str, ...] = ("to", "into")) -> str | None:
    """"a destroyer to Cape X": the "to / into" phrase just after a unit phrase, whatever
    the parser hung it on."""
    doc = unit.doc
    if unit.i + 2 >= unit.sent.end or doc[unit.i + 1].lower_ not in preps:
        return None
    obj = next((c for c in doc[unit.i + 1].children if c.dep_ == "pobj"), None)
    return _place_of_object(obj) if obj is not None else None


def _place_of_object(obj: Token) -> str | None:
    """The place a preposition's object names: a place's name, an untagged proper noun,
    the name after a common noun of place ("the capital, Y", "the town of Y"), or such a
    noun itself ("the border")."""
    ent = entity_at(obj)
    if ent is not None and ent.label_ in _PLACE_LABELS:
        return ent.text
    for i in range(obj.left_edge.i, obj.i + 1):
        listed = _listed_country_at(obj.doc, i)
        if listed is not None and listed.start <= obj.i < listed.end:
            return listed.text  # "300 in Niger", the name read as a date
    if obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "NORP"):
        return None
    if obj.pos_ == "PROPN" or obj.is_title and obj.pos_ == "NOUN":  # (an untagged name read as a noun)
        return noun_phrase(obj).text
    if obj.pos_ != "NOUN":
        return None
    for appos in (c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        ent = entity_at(appos)
        return ent.text if ent is not None else noun_phrase(appos).text
    if (named := _named_place(obj)) is not None:
        return named
    if obj.lower_ in word_set("military_units", "place_nouns.words"):
        return _place_phrase(obj)
    return None


def _counts_from_bodies(unit: Token) -> list[_Body]:
    """"800 peacekeepers had arrived, along with 650 from Malvado and about 300 from
    Tirenne", "alongside 200 from Y": bare counts after the unit, each from a body of its own."""
    doc = unit.doc
    out: list[_Body] = []
    for number in (t for t in doc[unit.i + 1 : unit.sent.end] if t.pos_ == "NUM" and t.dep_ in ("pobj", "conj", "appos")):
        # (the "from" may hang on the preposition: "alongside 200 from Y")
        holders = (number, number.head) if number.dep_ == "pobj" else (number,)
        source = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        reading = read_number(number)
        if source is None or reading is None or not reading.is_count:
            continue
        ent = entity_at(source)
        name = _body_name(ent) if ent is not None and ent.label_ in ("GPE", "NORP", "ORG") else noun_phrase(source).text
        out.append((name, int(reading.value), qualifier_of(reading, doc), reading.root, None))
    return out


def _counted_nationals(unit: Token) -> list[_Body]:
    """"will bring in 300 Irish troops; 150 Kestrians; and 90 Ostrelians": a count of a
    people's name after the unit, the unit left out, each that people's country's share."""
    doc = unit.doc
    out: list[_Body] = []
    for people in doc[unit.i + 2 : unit.sent.end]:
        if people.ent_type_ != "NORP" or not people.is_title or not people.lower_.endswith("s"):
            continue
        reading = read_number(doc[people.i - 1])
        if reading is None or reading.end != people.i or not reading.is_count:
            continue
        if doc[reading.start - 1].lower_ not in (",", ";", "and"):
            continue  # (joined to the list, not "the 40 Kestrians who live there")
        out.append((_country_of_demonym(doc, people.text), int(reading.value), qualifier_of(reading, doc), people.i, None))
    return out


def _body_at(doc: Doc, i: int) -> Span | None:
    """A body's name starting at token ``i``: an entity of a body, or a proper noun the
    model did not tag ("and Sarnia 450") or tagged as a person (an invented country)."""
    if (listed := _listed_country_at(doc, i)) is not None:
        return listed  # "Togo 500, Burkina Faso 400": a listed country, whatever the model tagged
    ent = entity_at(doc[i])
    tok = doc[i]
    if (ent is None or ent.label_ == "PERSON" and len(ent) == 1) and tok.pos_ == "PROPN" and tok.is_title \
            and tok.ent_type_ not in ("DATE", "TIME") and tok.lower_ not in MONTHS \
            and (i == 0 or doc[i - 1].pos_ != "PROPN"):
        return doc[i : i + 1]
    if ent is not None and ent.label_ in ("GPE", "NORP", "ORG", "FAC") and ent.start == i:
        # "Sarnia 250" tagged as one name: the name without the count that ends it
        end = ent.end
        while end - 1 > i and doc[end - 1].like_num:
            end -= 1
        return ent if end == ent.end else doc[i:end]
    if ent is not None and ent.label_ in ("DATE", "PERSON") and ent.start == i and i > 0 and doc[i - 1].lower_ in ("and", ",") \
            and tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in MONTHS and tok.lower_ not in WEEKDAYS \
            and i + 1 < len(doc) and doc[i + 1].like_num:
        return doc[i : i + 1]  # "and Estrany 450", "and Ombria 350", read by the model as a year or a person
    if ent is not None and ent.start < i and doc[i - 1].lower_ == "and" and tok.pos_ == "PROPN":
        return doc[i : ent.end]  # "in Corvina and Estrany 450", tagged as one place
    return None


def _listed_country_at(doc: Doc, i: int) -> Span | None:
    """The listed country (``_country_spellings``) whose name starts at token ``i``, the
    longest ("South Sudan", not "Sudan"), when ``i`` does not continue a name."""
    if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
        return None
    text, start = doc_text(doc), doc[i].idx
    for name in _countries_by_first_word().get(doc[i].text, ()):
        end = start + len(name)
        if text.startswith(name, start) and (end == len(text) or not text[end].isalnum()):
            span = doc.char_span(start, end)
            if span is not None and not (span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].is_title):
                return span
    return None


@functools.cache
def _countries_by_first_word() -> dict[str, tuple[str, ...]]:
    """Listed country names by their first word as tokens ("Burkina", "South"), longest first."""
    table: dict[str, list[str]] = {}
    for name in _country_spellings():
        first = re.split(r"[\s']", name, maxsplit=1)[0]
        table.setdefault(first, []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in table.items()}


def _bare_number_share(doc: Doc, ent: Span) -> tuple[int | None, str, int, str | None, int] | None:
    """"Italy 200", "Rwanda's 390": the body's count of the same unit (count, qualifier,
    anchor, unit, next)."""
    after_name = ent.end + 1 if ent.end < ent.sent.end and doc[ent.end].text in ("'s", "\u2019s") else ent.end
    reading = _share_count(doc, after_name, ent.sent.end)
    if reading is None or reading.value <= 0 or doc[reading.start].lower_ == "one":
        return None  # ("and Canada one in Latvia": one of the unit, read as a unit phrase)
    after = doc[reading.end] if reading.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") or _unit_ahead(doc, reading.end, ent.sent.end) is not None \
            or _strong_count(doc, reading.start, ent.sent.end) is not None:
        return None  # "Italy 200 soldiers", "Quessia 150 military engineers": told by its own words
    return int(reading.value), qualifier_of(reading, doc), reading.root, None, reading.end


def _share_count(doc: Doc, start: int, end: int) -> NumberReading | None:
    """The number of a body's share, from token ``start``: "Italy 200", "Carsta, 250" (a
    comma after the name), "Spain about 600", "Norway a further 210" (a hedge or "more"
    words before it, at most four)."""
    i = start + 1 if start < end and doc[start].text == "," else start
    lead = word_set("military_units", "share_lead_words.words")
    j = i
    while j < end and j - i < 4 and not doc[j].like_num and doc[j].lower_ in lead:
        j += 1
    if j >= end or not (doc[j].like_num or is_number_word(doc[j].text)) or doc[j].lower_ in ("a", "an"):
        return None
    reading = read_number(doc[j])
    return reading if reading is not None and reading.start >= i and reading.value == int(reading.value) else None


def _strong_count(doc: Doc, start: int, end: int) -> tuple[NumberReading, int] | None:
    """"120-strong" from token ``start``: its number and the token after "strong"."""
    if start >= end or not doc[start].like_num:
        return None
    reading = read_number(doc[start])
    if reading is None or not reading.is_count:
        return None
    k = reading.end + 1 if reading.end < end and doc[reading.end].text in ("-", "\u2011") else reading.end
    return (reading, k + 1) if k < end and doc[k].lower_ in _STRENGTH_WORDS else None


def _unit_ahead(doc: Doc, start: int, end: int) -> int | None:
    """The unit noun within three modifiers from token ``start`` ("military engineers": a
    unit word as a modifier, "military", is one of them; "field-hospital team": the hyphen
    that joins two modifiers is not one)."""
    units = word_set("military_units", "units")
    j, words = start, 0
    while j < end and words < 3 and (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or _joining_hyphen(doc[j])) \
            and not (doc[j].lower_ in units and doc[j].pos_ == "NOUN"):
        words += 0 if _joining_hyphen(doc[j]) else 1
        j += 1
    if not (j < end and doc[j].lower_ in units and doc[j].pos_ == "NOUN"):
        return None
    # ("an infantry battalion of 700": the unit word that qualifies the next is its kind)
    while j + 1 < end and doc[j + 1].lower_ in units and doc[j + 1].pos_ == "NOUN" and doc[j].head.i == j + 1:
        j += 1
    return j


def _joining_hyphen(token: Token) -> bool:
    """The hyphen of "field-hospital", written without spaces between two words."""
    return token.text in ("-", "\u2011") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _of_military_members(doc: Doc, group: int, end: int) -> bool:
    """"a company of about 150 soldiers": a group noun whose "of" names military members,
    what makes a word such as "company" military."""
    if group + 2 >= end or doc[group + 1].lower_ != "of":
        return False
    found = _members_after_of(doc, group + 1, end)
    return found is not None and doc[found].lower_ not in word_set("military_units", "context_only.words")


def _members_after_of(doc: Doc, of: int, end: int) -> int | None:
    """The unit word of the members a group's "of" (token ``of``) names, past a count and its
    hedge: "of about 150 soldiers" → "soldiers"; None when no unit follows."""
    count = _share_count(doc, of + 1, end)
    return _unit_ahead(doc, count.end if count is not None else of + 1, end)


def _count_of_group(doc: Doc, unit: int, end: int) -> tuple[NumberReading, int] | None:
    """"a field-hospital team of 35", "an engineering company of 120 sappers": the number
    after the "of" of a group noun, and the token after it (after its own unit, if any)."""
    if unit + 2 >= end or doc[unit + 1].lower_ != "of" or doc[unit].lower_ not in word_set("military_units", "group_units"):
        return None
    # ("a company of about 150 soldiers": a hedge before the number, kept as its qualifier)
    reading = _share_count(doc, unit + 2, end)
    if reading is None or not reading.is_count:
        return None
    after = _unit_ahead(doc, reading.end, end)
    return reading, (after + 1 if after is not None else reading.end)


def _unit_phrase_share(doc: Doc, ent: Span, *, after_comma: bool = False) -> tuple[int | None, str, int, str | None, int] | None:
    """"and Tarvia a medical battalion", ", Sarnia 300 marines": after "and" or a comma, a
    body's name then a unit phrase of its own, with the verb left out; in a list of shares
    (``after_comma``), after a semicolon or a colon, and a comma after the name ("; Belgium,
    a field-hospital team of 35")."""
    # (past the "the" of a name: "and the Netherlands a frigate")
    before = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ != "the" else ent.start - 2
    if before < 0 or doc[before].lower_ not in ("and", ",", *((";", ":") if after_comma else ())):
        return None
    j = ent.end + 1 if after_comma and ent.end < ent.sent.end and doc[ent.end].text == "," else ent.end
    count: tuple[int | None, str] = (None, "exact")
    plain_number = False
    # "a", "another", "one" or a number; then the unit's modifiers
    if j + 1 < ent.sent.end and doc[j].lower_ == "one" and (doc[j + 1].pos_ in ("ADP", "PUNCT", "CCONJ")):
        return None, "exact", j, None, j + 1  # "and Canada one in Latvia": one of the unit told before
    if j < ent.sent.end and doc[j].lower_ in ("a", "an", "another", "one"):
        j += 1
        if (strong := _strong_count(doc, j, ent.sent.end)) is not None:  # "and Lusmark a 120-strong company"
            count, j = (int(strong[0].value), qualifier_of(strong[0], doc)), strong[1]
    elif j < ent.sent.end and (reading := _share_count(doc, j, ent.sent.end)) is not None and reading.value >= 1:
        # (a hedge before it: "and France about 300 Foreign Legion troops")
        count, j = (int(reading.value), qualifier_of(reading, doc)), reading.end
        plain_number = True
    else:
        return None  # "Army, Navy and Air Force troops": a name that qualifies the unit, no share
    start = j
    found = _unit_ahead(doc, start, ent.sent.end)
    if found is None:
        return None
    j = found
    if doc[j].lower_ in word_set("military_units", "context_only.words") and start == j \
            and not _of_military_members(doc, j, ent.sent.end):
        return None  # "and Tarvia units": no military word says what they are
    if doc[j].lower_ in word_set("military_units", "group_units") and plain_number:
        # "Poland two companies totalling 240": the members' number, not the groups'
        totals = _numbering(doc[j])
        total = read_number(totals[0]) if totals else None
        count = (int(total.value), qualifier_of(total, doc)) if total is not None else (None, "exact")
    elif count[0] is None and (members := _count_of_group(doc, j, ent.sent.end)) is not None:
        # "and Belgium a field-hospital team of 35": the group counted by its members after it
        return int(members[0].value), qualifier_of(members[0], doc), j, doc[start : j + 1].text, members[1]
    elif count[0] is None and (crew := _crew_number(doc[j])) is not None:
        count = (int(crew.value), qualifier_of(crew, doc))  # "and the Netherlands a frigate with its crew of 160"
    return count[0], count[1], j, doc[start : j + 1].text, j + 1


def _joined_subjects(unit: Token, first: Mention, verb: Token) -> list[tuple[str, int | None, str, int]]:
    """The other bodies of a joined subject, each with its count; ``first`` takes the
    first body. With a count, only "each", "both" or "respectively" make the deployments
    several ("Kestria and Lutavia sent 500 troops" may be one joint force)."""
    # (not the unit itself, its word tagged as a name: "The carabinieri will stay")
    subjects = [c for c in _subject_holder(verb).children if c.dep_ == "nsubj" and c.i != unit.i]
    if not subjects:
        return []
    subjects = [_teller_of_they(subjects[0])] + subjects[1:]
    words = {t.lower_ for t in verb.sent}
    respectively = "respectively" in words
    if first.count is not None and not (words & {"each", "both"} or respectively):
        return []
    # (never a unit word: "400 soldiers and airmen flew out" is one force)
    units = word_set("military_units", "units")
    joined = tuple(c for c in (*_listed_before(subjects[0]), subjects[0], *subjects[0].conjuncts) if c.lower_ not in units)
    # "Four member states - A, B, C and D - will each provide": the names a group noun
    # sets off after it are the bodies
    set_off = next((c for c in subjects[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if set_off is not None and subjects[0].is_lower:
        joined = (set_off, *set_off.conjuncts)
    # (a body held by a place or named with a nationality is the place's: "Tarvia's defence ministry")
    named = [(_possessing_country(c) or _armed_body(c) or (_body_name(e) if (e := entity_at(c)) is not None else c.text), c.i)
             for c in joined
             # (a country the model tagged as a region: "Uganda, Burundi and South Sudan")
             if (entity_at(c) is not None and entity_at(c).label_ in ("GPE", "NORP", "ORG", "LOC"))  # type: ignore[union-attr]
             or (entity_at(c) is None and c.pos_ == "PROPN")
             or (len(joined) > 1 and _untitled_name(c) is not None)  # "Kelvaria and Dostrana", one tagged a person
             or (len(joined) > 1 and c.pos_ == "PROPN" and entity_at(c).label_ == "PERSON")]  # type: ignore[union-attr]
    if len(named) < 2:
        if first.actor is None or not named:
            return []
        # (not "guard" of "the Sarnovian coast guard", the sender already read)
        return [(name, first.count, first.qualifier, i) for name, i in named if _other_actors(name, first.actor)]
    counts: list[int | None] = [first.count] * len(named)
    if respectively:
        # "400 and 150 soldiers respectively": the counts before the unit, in order
        listed = _listed_counts(verb, unit)
        if len(listed) == len(named):
            counts = list(listed)
    first.actor, first.count = named[0][0], counts[0]
    return [(name, count, first.qualifier, i) for (name, i), count in zip(named[1:], counts[1:], strict=True)]


def _joined_subject(verb: Token) -> bool:
    """"Kestria and Lutavia will each send": a verb whose subject is several names."""
    subject = next((c for c in _subject_holder(verb).children if c.dep_ == "nsubj"), None)
    if subject is not None:
        subject = _teller_of_they(subject)
    return subject is not None and bool(subject.conjuncts or _listed_before(subject))


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject is the sending verb's: itself, or the verb it completes ("X, Y
    and Z have each promised to send a battalion": the subject of "promised")."""
    node = verb
    while node.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in node.children) and node.head.i != node.i:
        node = node.head
    return node


def _teller_of_they(subject: Token) -> Token:
    """"Kestria and Lutavia said they would send 400 and 150 troops respectively": a "they"
    that is the subject of a clause told by several names stands for those names."""
    teller = subject.head.head
    if subject.lower_ != "they" or subject.head.dep_ != "ccomp" or teller.lemma_.lower() not in word_set("speech_verbs", "verbs"):
        return subject
    names = next((c for c in teller.children if c.dep_ == "nsubj" and (c.conjuncts or _listed_before(c))), None)
    return names if names is not None else subject


def _listed_before(subject: Token) -> list[Token]:
    """The names listed before a subject that the parser left out of it ("Norland and
    Estmark have sent", parsed as "Estmark" alone): each a name before "and" or a comma."""
    doc = subject.doc
    out: list[Token] = []
    # (from the first word of the subject's name: "Kembara, Surat Lemo and Tovania")
    i = min((c.i for c in subject.children if c.dep_ == "compound" and c.i < subject.i), default=subject.i) - 1
    while i >= 1 and doc[i].lower_ in ("and", ",") and doc[i - 1].pos_ == "PROPN" and "\n" not in doc[i - 1].whitespace_ \
            and doc[i - 1].ent_type_ not in ("DATE", "TIME") and not _titled_person(doc[i - 1]) \
            and not (i >= 2 and doc[i - 2].pos_ == "ADP") and subject.i not in {c.i for c in doc[i - 1].conjuncts}:
        out.insert(0, doc[i - 1])
        i -= 2
    return out


def _titled_person(token: Token) -> bool:
    """A person's name, as a title before it or a name of several words says ("President X",
    "Anna Berg"); a one-word name the model tagged a person may be an invented country's."""
    ent = entity_at(token)
    if ent is None or ent.label_ != "PERSON":
        return False
    titles = word_set("titles", "titles") | word_set("titles", "honorifics")
    return len(ent) > 1 or ent.start > 0 and token.doc[ent.start - 1].lower_.rstrip(".") in titles


def _listed_counts(verb: Token, unit: Token) -> list[int | None]:
    """The numbers listed between a verb and its unit: "send 400 and 150 soldiers" → [400, 150]."""
    out: list[int | None] = []
    i = verb.i + 1
    while i < unit.i:
        reading = read_number(unit.doc[i]) if unit.doc[i].like_num else None
        if reading is not None and reading.start == i:
            out.append(int(reading.value))
            i = reading.end
            continue
        i += 1
    return out


def _military_context(token: Token) -> bool:
    """"forces", "units", "personnel" count only when military words are near."""
    context = word_set("military_units", "context_only.context")
    if token.lower_ == "boots":  # "boots on the ground"
        return any(c.lower_ == "on" and any(o.lower_ == "ground" for o in c.children)
                   for c in list(token.children) + list(token.head.children))
    for child in token.children:
        if child.lower_ in context or child.ent_type_ in ("ORG", "GPE", "NORP"):
            return True
        if token.lower_ in ("forces", "force") and child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return True  # "Israel has begun to withdraw its forces"
    if any(t.lower_ in context for t in (*_left_phrase(token)[:-1], *token.doc[min(_kind_start(token), token.left_edge.i) : token.i])):
        # "a 60-member army engineering unit", "a riot-control unit", "a 150-member army
        # search-and-rescue unit": a military word among its modifiers, however they were parsed
        return True
    if token.i > 0 and token.head.i == token.i - 1 and token.head.lower_ in context:
        return True  # "riot police who had been sent ...": the modifier the parser made the unit's head
    if any(t.lower_ == token.lower_ and t.i > 0 and token.doc[t.i - 1].lower_ in context
           for t in token.doc[_previous_sentence(token) : token.i]):
        return True  # "sending police officers to X. The first 200 officers landed": the kind just told
    military_near = any(t.lower_ in word_set("military_units", "military_only")
                        for t in token.doc[_previous_sentence(token) : token.sent.end])
    if _member_numbers(token) and military_near:
        return True  # "soldiers were heading out, while a unit of 430 was returning": counted among troops
    specialists = token.lower_ in word_set("military_units", "context_only.people")
    # (not what an "of" says they are: "troops and 300 units of equipment")
    kind_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if (specialists or not kind_of) and any(c.lower_ in word_set("military_units", "military_only")
                                            for c in (*token.conjuncts, token.head) if c.dep_ == "conj" or token.dep_ == "conj"):
        return True  # "110 engineers and 45 signallers", "a battalion and a medical team": listed with troops
    subject = token.head if token.dep_ == "conj" else token  # ("150 medics and 40 engineers will follow")
    if specialists and military_near and subject.dep_ in ("nsubj", "nsubjpass") and _follows(subject.head):
        return True  # "sent 300 troops ... A further 150 medics will follow": more of the force just told
    if _counted_force(token) and (military_near or any(c.lower_ in word_set("military_units", "staged_words")
                                                       for c in token.children)):
        return True  # "a 150-strong company" among peacekeepers; "a main force of 700" after its advance team
    if any(o.lower_ in context or o.lower_ in word_set("military_units", "military_only")
           or o.lower_ in word_set("military_units", "units") and o.lower_ not in word_set("military_units", "context_only.words")
           or any(c.lower_ in context for c in o.children if c.dep_ in ("compound", "amod"))
           for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        return True  # "a company of infantry", "a force of 900 soldiers", "a unit of 140 gendarmes"
    if token.dep_ == "dobj" and any(t.lower_ in context for c in token.head.children if c.dep_ == "nsubj"
                                    for t in c.subtree):
        return True  # "the Navy has 27 ships in ...": the holder is military
    if _sending_agent(token, armed_only=True) is not None:
        return True  # "40 engineers deployed by the Vestrian army": an armed body sends them
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB" and token.head.lemma_.lower() in word_set(
            "military_units", "posting_verbs.words") and any(c.dep_ == "nummod" for c in token.children):
        return True  # "will second 250 officers to the mission", "40 officers would be seconded": posted to serve
    if specialists and _sent_by_armed_subject(token):
        return True  # "the Pellarian army has flown in 45 medics": an armed body sends them
    if specialists and any(c.dep_ == "nummod" for c in token.children) and _sent_by_a_country(token):
        return True  # "Slovenia will keep 20 officers in X": a counted few a state sends
    if token.lower_ in word_set("military_units", "context_only.formations") and _sent_by_a_country(token):
        return True  # "Norway and Sweden will each send a company to Mali": a state's company is a unit of its army
    return token.lower_ in ("army", "military") and token.dep_ in ("nsubj", "dobj", "nsubjpass")


def _sent_by_armed_subject(token: Token) -> bool:
    """"The army sent 40 engineers", "the Zarkan army has flown in 60 medics": the object of
    a sending verb whose subject is an armed body."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else token.head
    if token.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in _SENDING \
            or token.dep_ == "pobj" and getattr(_particle_object(verb), "i", None) != token.i:
        return False
    context = word_set("military_units", "context_only.context")
    return any(c.dep_ == "nsubj" and (c.lower_ in context or _armed_body(c) is not None) for c in verb.children)


def _sent_by_a_country(token: Token) -> bool:
    """"Ireland will send 12 officers to the mission", "Slovenia will keep 20 officers in
    X", "will contribute 150 personnel": the object of a sending verb (or one of
    ``contributing_verbs``) whose subject is a country."""
    verb = token.head
    lemma = verb.lemma_.lower()
    if token.dep_ != "dobj" or lemma not in _SENDING and lemma not in word_set("military_units", "contributing_verbs.words"):
        return False
    # ("The country will send 90 trainers": the country the sentence before names; "with Togo
    # and Benin sending a company each": a listed country, whatever the model tagged it)
    return any(c.dep_ == "nsubj" and ((ent := entity_at(c)) is not None and ent.label_ == "GPE"
                                      and ent.text.lower().removeprefix("the ") in _country_names()
                                      or _listed_country_at(c.doc, c.left_edge.i + (c.left_edge.lower_ == "the")) is not None
                                      or _country_named_before(c) is not None) for c in verb.children)


def _follows(verb: Token) -> bool:
    """"will follow", "are to follow", "are due to follow": a later stage of a force."""
    return verb.lemma_.lower() == "follow" or any(
        c.dep_ == "xcomp" and (c.lemma_.lower() == "follow" or _follows(c)) for c in verb.children)


def _staged_ahead(unit: Token) -> Token | None:
    """"an advance party arrived ..., ahead of a main body of 850 troops": the "ahead" whose
    "of" names the later stage of a force (the unit, or the group its members are counted in)."""
    node = unit
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a main body of 850 troops"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "ahead":
        return node.head.head
    return None


#: The words of a force's count said as its modifier: "a 150-strong contingent", "a 60-member unit".
_STRENGTH_WORDS = ("strong", "member", "man")


def _strength_word(child: Token) -> bool:
    """"strong" of "a 600-strong contingent", "member" of "a 60-member unit"."""
    return child.dep_ in ("amod", "compound", "nmod") and child.lower_ in _STRENGTH_WORDS \
        and _strength_number(child) is not None


def _strength_number(word: Token) -> Token | None:
    """The number of "600-strong": the word's own, or the one written just before its hyphen
    (the parser may hang it on the unit: "a 140-strong engineering company")."""
    own = next((c for c in word.children if c.like_num), None)
    doc = word.doc
    if own is None and word.i >= 2 and _joining_hyphen(doc[word.i - 1]) and doc[word.i - 2].like_num:
        return doc[word.i - 2]
    return own


def _counted_force(token: Token) -> bool:
    """"a 150-strong company", "a force of 700": a group noun counted by its members."""
    return bool(_member_numbers(token)) or any(_strength_word(c) for c in token.children)


def _held_in_place(unit: Token) -> list[tuple[str, Token | None]]:
    """"the mandate for Germany's 1,100 soldiers in the country", "to extend the mission of
    its 500 troops in Kosovo": a counted force a body holds ("Germany's", "its") with a place
    on the unit itself, and no verb that says what happens to it, is that body's force there
    (stationed); so is one a body holds "with" ("Bangladesh, with about 1,400 troops in the
    mission, is the largest contributor")."""
    if not any(c.dep_ == "nummod" for c in unit.children):
        return []
    if _holder_with(unit) is not None:
        return [("stationed", None)]
    if not any(c.dep_ == "poss" for c in unit.children):
        return []
    placed = any(_place_of_object(o) is not None for p in unit.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "on")
                 for o in p.children if o.dep_ == "pobj")
    return [("stationed", None)] if placed else []


def _statuses(unit: Token) -> list[tuple[str, Token | None]]:
    """What happens to the unit, with the verb that says so."""
    lex = _lexicon()
    verbs: dict[str, str] = lex["status_verbs"]  # type: ignore[assignment]
    nouns: dict[str, str] = lex["status_nouns"]  # type: ignore[assignment]
    sent = unit.sent
    found: list[tuple[str, Token | None]] = []
    # "The army sent troops", "The EU force has kept 1,100 soldiers": the subject of a
    # verb that sends or holds something is the one who deploys, not what is deployed
    # ("troops left Iraq" moves the troops themselves)
    if unit.dep_ == "nsubj" and unit.head.lemma_.lower() in _SENDING and any(
            c.dep_ == "dobj" for c in unit.head.children) or _particle_object(unit.head) is not None:
        return found
    # ("the mission's 9,000 troops have been pulling bodies from the rubble": troops that
    # pull something else do not move themselves)
    if unit.dep_ == "nsubj" and unit.head.lemma_.lower() in ("pull", "haul", "drag") and any(
            c.dep_ == "dobj" and c.lower_ not in word_set("military_units", "units") and not _is_place(c)
            for c in unit.head.children):
        return found
    # "The army announced ...", "The military plans to ...": the body that announces
    if unit.dep_ in ("nsubj", "amod", "compound") and unit.lower_ in _BODIES and unit.i < unit.head.i \
            and unit.head.pos_ == "VERB" and verbs.get(unit.head.lemma_.lower()) == "announced":
        return found
    # "is reinforcing its brigade in X with 1,200 soldiers", "the contingent will be
    # reinforced by 300 troops": the force reinforced is there (a counted one), not sent
    if (reinforcing := _reinforced_by_a_unit(unit)) is not None:
        return [("stationed", reinforcing)] if _count(unit)[0] is not None else []
    # "will join the 500 German soldiers already leading the battlegroup there", "to reinforce
    # the 1,400 soldiers already stationed in the capital": the force joined is there
    if (joining := _force_already_there(unit)) is not None:
        return [("stationed", joining)]
    # "has no troops in X", "no soldiers were sent": a force denied is none; "any of its
    # own forces", "denied that any army units had moved": a force no one has named
    if _unnamed_any(unit):
        return found
    # "brings the X contingent in Y to 1,900": a force's total, there now ("will send 200
    # more, raising its contingent to 1,000": a total still to come is no deployment)
    if _total_number(unit) is not None:
        return [] if _is_future(unit.head.head) and unit.head.dep_ == "advcl" else [("stationed", unit.head)]
    if _number_brought_to(unit) is not None:
        verb = unit.head.head.head  # "bringing to 2,000 the number of troops in X": there now, once they come
        return [] if _is_future(verb) or verb.dep_ == "advcl" and _is_future(verb.head) else [("stationed", verb)]
    # "a convoy carrying 600 troops was on its way", "a plane carrying 120 soldiers landed":
    # the vehicle's movement is theirs
    if (vehicle := _carrier_of(unit)) is not None:
        return [(status, verb if verb is not None else vehicle.head) for status, verb in _statuses(vehicle)]
    # "will shrink its 5,100-strong force in X by about 2,000 soldiers": the number "by"
    # gives is withdrawn, the force cut is there now
    if (cut := _reduced(unit)) is not None:
        return [cut] if cut[0] != "none" else []
    # "1,500 soldiers were aboard transport ships heading for X", "500 troops were still
    # aboard the transport off the coast": people on a vessel are on their way
    if (vessel := _vessel_aboard(unit)) is not None:
        moving = next((c for c in vessel.children if c.dep_ == "acl" and c.pos_ == "VERB"), None) \
            or next((t for t in vessel.subtree if t.lower_ == "bound" and t.i > vessel.i), None)  # "a transport bound for X"
        return [("en_route", moving if moving is not None else unit.head)]
    # "X, Y and Z have each pledged troops": a perfect the parser read as "have" and a
    # participle modifying the unit
    if (perfect := _perfect_taken_for_a_modifier(unit)) is not None:
        return [perfect]
    # 0. "2,400 troops were already in the region": troops that are somewhere (not "in number")
    if unit.dep_ == "nsubj" and unit.head.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "near", "across") and any(_is_place(o) for o in c.children)
            for c in unit.head.children):
        return [("stationed", unit.head)]
    # 1. a phrase in the unit's own clause: "is on its way", "on standby", "ready"
    # (and the words just after the unit: "put 1,200 soldiers on standby to help", where the
    # parser made "standby" a clause of its own)
    clause_text = " " + _clause(unit).text.lower() + " " + unit.doc[unit.i + 1 : min(unit.i + 5, sent.end)].text.lower() + " "
    for phrase, status in _status_phrases():
        if phrase in clause_text and re.search(rf"\b{re.escape(phrase)}\b", clause_text):
            if phrase in ("there", "in the country") and not _existential(unit):
                continue
            found.append((status, None))
            break
    # 2. the verbs above it: "sending troops", "troops left", "the base is home to troops"
    node = unit
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        lemma = head.lemma_.lower()
        if lemma == "have" and node.dep_ != "dobj":
            break  # "has troops": only what is had is stationed
        if head.pos_ == "VERB" and lemma in word_set("military_units", "aspect_verbs") and not found:
            # "began arriving at X", "continued to pull out": the verb the aspect governs
            inner = next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in verbs), None)
            if inner is not None:
                head, lemma = inner, inner.lemma_.lower()
        if lemma == "follow" and any(c.dep_ == "dobj" for c in head.children):
            break  # "troops followed orders": only "will follow" moves them
        if lemma == "serve" and (_served_before(head) or node.dep_ not in ("nsubj", "relcl", "acl")):
            break  # "150,000 soldiers served in X over the mission": a past tour ("are serving there" is now);
            # "serving with the UN force": the force they serve in is not the one moved
        if lemma == "board" and not _boarded_for_a_place(head):
            break  # "the officers boarded armoured vehicles at the airport": no journey told
        if lemma == "reach" and node.dep_ == "dobj":
            break  # "the mission is meant to reach 2,500 officers": a strength to come, no arrival
        if lemma in word_set("military_units", "object_verbs.words") and not _moves_its_object(head, node, unit):
            break  # "put pressure on the soldiers", "put the army under strain", "promised pay rises to soldiers"
        if lemma in word_set("military_units", "subject_verbs.words") and node.dep_ != "nsubj":
            break  # "a second rotation will relieve them": only the subject moves in
        if lemma == "join" and not _joins_a_force(head):
            break  # "soldiers joined hands with residents", "would join the strike"
        if head.pos_ == "VERB" and _receives(head, node, unit):
            break  # "sent letters to 300 soldiers": they receive, nothing moves them
        if head.pos_ == "VERB" and _to_care(head):
            break  # "injured soldiers were airlifted to a hospital": patients, not a deployment
        if head.pos_ == "VERB" and lemma not in verbs and node.dep_ == "prep" and node.lower_ in ("for", "to", "with"):
            break  # "arrived ... to perform for the troops": the unit is another verb's
        if head.pos_ == "NOUN" and node.dep_ == "prep" and node.lower_ in ("for", "to") and head.lower_ not in nouns:
            break  # "whose request for reinforcements has gone unanswered", "the handover of security
            # to Iraqi forces had gone well": what a noun asks for or gives them
        if _pictured(unit, node, head, nouns):
            break  # "posted a video of the frigate": what is sent shows the unit
        if head.pos_ == "VERB" and node.dep_ in ("nsubj", "nsubjpass") and not found \
                and (phrasal := _phrasal_status(head)) is not None:
            found.append((phrasal, head))  # "set off for X", "touched down in X", "will come home"
            break
        if head.pos_ in ("VERB", "AUX") and lemma in verbs and not found:
            status = verbs[lemma]
            if (status in ("deploying", "arrived") or lemma in ("have", "station", "base", "lead", "garrison", "position", "field", "serve")) \
                    and _is_future(head):
                status = "announced"  # "will send", "will have boots on the ground in X", "will station"
            elif status == "deploying" and (_deployed_there_now(head) or _habit_since(head)):
                status = "stationed"  # "are deployed in X", "have been deployed in X since 2019", "has sent ... since 2007"
            if head.dep_ == "xcomp" and head.head.lower_ in ("ready", "prepared", "poised"):
                status = "standby"  # "ready to deploy another 200 troops"
            if (node.dep_ == "dobj" or _particle_object(head) is not None) and head.tag_ != "VBG" \
                    and (phrasal := _phrasal_status(head)):
                status = phrasal  # "has flown in 45 medics": they are there ("is flying in" them)
            if head.tag_ == "VBG" and head.dep_ in ("xcomp", "dobj", "ccomp") \
                    and head.head.lemma_.lower() in word_set("military_units", "approving_verbs.words") \
                    and status in ("deploying", "arrived"):
                status = "announced"  # "the Senate approved sending 1,200 troops": decided, still to go
            if lemma in ("put", "place") and _put_on_readiness(head, node):
                status = "standby"  # "put 2,000 troops on 96-hour alert", "placed them on notice"
            if _leaves_for(head) is not None:
                status = "en_route"  # "troops will leave for Haiti": on their way, not withdrawn
            elif _leaves_home(head):
                status = "announced" if _is_future(head) else "en_route"  # "will leave their barracks"
            elif _sets_off(head) and _is_future(head):
                status = "announced"  # "the contingent could leave by July": a departure still planned
            if _going_home(head):
                status = "withdrawn"  # "a unit ... was returning home": it leaves the place
            if status == "standby" and _readied_to_a_place(head):
                status = "announced" if _is_future(head) else "deploying"  # "mobilised 3,500 troops to its border"
            found.append((status, head))
            # "troops left Iraq ..., then ... returned": conjoined verbs with the same subject
            for conj in head.children:
                if _next_step(conj) and conj.lemma_.lower() in verbs and unit.dep_ in ("nsubj", "nsubjpass"):
                    found.append((verbs[conj.lemma_.lower()], conj))
            break
        if head.pos_ == "NOUN" and head.lower_ in nouns and not found:
            mover = head.head
            if head.dep_ == "nsubj" and mover.pos_ == "VERB" and mover.lemma_.lower() in verbs \
                    and mover.lemma_.lower() not in word_set("military_units", "total_verbs"):
                # "the next rotation of 350 troops will fly to X": the noun's own verb says more
                status = verbs[mover.lemma_.lower()]
                if status in ("deploying", "arrived", "withdrawn", "en_route") and _is_future(mover):
                    status = "announced"
                found.append((status, mover))
                break
            status = nouns[head.lower_]
            if status == "announced" and head.dep_ == "dobj" and head.head.lemma_.lower() in word_set(
                    "military_units", "starting_verbs.words"):
                status = "deploying"  # "will begin today the deployment of 1,000 soldiers"
            found.append((status, head))
            break
        if node.dep_ == "nsubjpass" and lemma in word_set("military_units", "hearsay_verbs.words") and not found:
            hearsay = _hearsay_status(head)
            if hearsay is not None:
                found.append(hearsay)
                break
        if head.pos_ in ("VERB", "AUX") and lemma not in ("be", "have") and node.dep_ in ("nsubj", "dobj", "nsubjpass"):
            break
        if lemma == "be" and not found:
            # "300 soldiers are to be sent": the verb hangs off the copula
            for child in head.children:
                if child.dep_ == "xcomp" and child.lemma_.lower() in verbs:
                    status = verbs[child.lemma_.lower()]
                    found.append(("announced" if status in ("deploying", "arrived") else status, child))
                    break
            if found:
                break
        node = head
    if not found:
        # "peacekeepers who deployed in July", "troops stationed in Iraq": a clause on the unit
        # ("a contingent of 1,900 already stationed there": the clause hangs on the number)
        members = [o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for child in (*unit.children, *(g for n in _member_numbers(unit) for g in n.children),
                      *(g for m in members for g in m.children)):
            if child.dep_ in ("acl", "relcl") and (phrasal := _phrasal_status(child)) is not None:
                # "a contingent of 250 troops set off for X", the verb parsed as the members' clause
                found.append((phrasal, child))
                break
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() == "expect" \
                    and not any(c.dep_ in ("dobj", "xcomp") for c in child.children):
                # "the main body of 900 troops, expected in April", "who are expected in May"
                found.append(("announced", child))
                break
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in verbs \
                    and child.lemma_.lower() not in word_set("military_units", "carrying_verbs.words") \
                    and not _served_before(child) \
                    and (child.lemma_.lower() != "join" or _joins_a_force(child)):
                status = "withdrawn" if _going_home(child) else verbs[child.lemma_.lower()]  # "that is returning home"
                if _leaves_for(child) is not None or _leaves_home(child):
                    status = "en_route"  # "400 soldiers left for Chad", "left" read as the unit's clause
                if status == "deploying" and child.tag_ in ("VBD", "VBN") and _dated_in_a_past_year(child):
                    status = "stationed"  # "peacekeepers who deployed in July 2013": there since
                if status in ("deploying", "arrived", "en_route") and _is_future(child):
                    status = "announced"  # "the battalion that will follow in March", "troops who will be sent later"
                found.append((status, child))
                break
    if not found:
        # "an air base housing U.S. military personnel": a verb just before the unit's
        # phrase, whatever the parser made of it
        left = noun_phrase(unit).start
        for tok in unit.doc[max(sent.start, left - 2) : unit.i]:
            if not tok.lower_.endswith("ing") or _told_force(unit, tok) or unit.doc[tok.i + 1].lower_ == "that":
                continue  # ("adding that the army was not preparing": a clause it reports)
            stem = tok.lower_[:-3]
            known = next((w for w in (tok.lemma_.lower(), stem, stem + "e") if w in verbs), None)
            if known is not None:
                found.append((verbs[known], tok))
                break
    if not found and (joined := _hyphenated_verb_taken_for_a_noun(unit)) is not None:
        found.append(joined)  # "will forward-base 400 personnel in X", parsed as a noun
    if not found and (ahead := _staged_ahead(unit)) is not None:
        found.append(("announced", ahead))  # "arrived ..., ahead of a main body of 850 troops": yet to come
    root = sent.root
    if not found and root.pos_ == "VERB" and root.lemma_.lower() in verbs and unit.i < root.i \
            and unit.dep_ not in ("pobj", "dobj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        # "..., an estimated 20,000 GIs have already massed": a main verb the parser left
        # without a subject takes the unit before it
        found.append((verbs[root.lemma_.lower()], root))
    if not found:
        # "Two thousand troops, police and firefighters already in the area": present there
        for word in [unit] + list(unit.conjuncts):
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside")):
                if any(c.lower_ == "already" for c in prep.children) and any(_is_place(o) for o in prep.children):
                    return [("stationed", prep)]
    return found


def _perfect_taken_for_a_modifier(unit: Token) -> tuple[str, Token] | None:
    """"Ghana, Togo and Benin have each pledged troops": "have" read as the main verb and
    "pledged" as the unit's modifier. The participle's status, with "have" as the verb (its
    subject sends)."""
    have = unit.head
    if unit.dep_ != "dobj" or have.lemma_ != "have" or have.i > unit.i:
        return None
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    participle = next((c for c in unit.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < unit.i
                       and c.lemma_.lower() in verbs), None)
    if participle is None or any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in unit.doc[have.i + 1 : participle.i]):
        return None
    status = verbs[participle.lemma_.lower()]
    return ("stationed" if status == "deploying" and _deployed_there_now(have) else status), have


def _hyphenated_verb_taken_for_a_noun(unit: Token) -> tuple[str, Token] | None:
    """"The army will forward-base 400 personnel in X", "the air force is forward-basing four
    jets and 130 personnel in Y": a hyphenated verb after a modal or a progressive "is" that
    the parser read as a modifier of the unit (or of the noun it is joined to). Its last part
    is a status verb ("base"): a modal makes it announced, else it is that verb's status."""
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    # (the unit the auxiliary's object or complement, or the auxiliary hung on the unit as
    # the sentence's root)
    node = unit.head if unit.dep_ == "conj" else unit
    aux = node.head if node.dep_ in ("dobj", "attr") else next((c for c in node.children if c.dep_ == "aux"), None)
    if aux is None or aux.pos_ != "AUX" or aux.i > unit.i or aux.lower_ not in _FUTURE and aux.lemma_ != "be":
        return None
    doc = unit.doc
    for word in doc[aux.i + 2 : unit.i]:
        if doc[word.i - 1].tag_ == "HYPH" and word.lemma_.lower() in verbs and word.head.i in (node.i, unit.i):
            return "announced" if aux.lower_ in _FUTURE else verbs[word.lemma_.lower()], word
    return None


def _force_already_there(unit: Token) -> Token | None:
    """The verb of "will join the roughly 500 German soldiers already leading the battlegroup
    there", "to reinforce the 1,400 soldiers already stationed in the capital": a counted force
    that a verb of joining or reinforcing takes as its object, said to be there "already"."""
    verbs = word_set("military_units", "joined_force_verbs.words", "reinforcing_verbs.words")
    if unit.dep_ != "dobj" or unit.head.lemma_.lower() not in verbs or _count(unit)[0] is None:
        return None
    # ("the 800 Slovak troops already in Kosovo": "already in" hung on the verb, after the unit)
    after = [c for c in unit.head.children if c.dep_ == "prep" and c.i > unit.i]
    there = any(t.lower_ == "already" for t in (*unit.subtree, *(g for c in after for g in c.children)))
    return unit.head if there else None


def _reinforced_by_a_unit(unit: Token) -> Token | None:
    """The verb of "reinforcing its brigade with 1,200 soldiers", "will be reinforced by 300
    troops": the unit is the force that receives another (``reinforcing_verbs`` in the
    lexicon)."""
    verb, units = unit.head, word_set("military_units", "units")
    if verb.lemma_.lower() not in word_set("military_units", "reinforcing_verbs.words"):
        return None
    prep = {"dobj": "with", "nsubjpass": "by"}.get(unit.dep_)
    givers = [o for p in verb.children if p.lower_ == prep and p.dep_ in ("prep", "agent")
              for o in p.children if o.dep_ == "pobj" and o.lower_ in units]
    return verb if givers else None


def _told_force(unit: Token, participle: Token) -> bool:
    """"The remaining troops will focus on training", "the departing soldiers were
    thanked": a participle before an uncounted unit with "the" names a force told before
    (the rest of it, those leaving), not a deployment of its own."""
    return participle.dep_ == "amod" and participle.head.i == unit.i and _count(unit)[0] is None \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children)


def _carrier_of(unit: Token) -> Token | None:
    """"a convoy carrying 600 troops", "two ships transporting 500 marines": the vehicle that
    carries the unit (the noun a carrying participle describes)."""
    verb = unit.head
    if unit.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "NOUN" \
            and any(c.lower_ in ("aboard", "onboard") for c in unit.children):
        return verb.head  # "an amphibious group, with 600 marines aboard, is sailing for X"
    if unit.dep_ != "dobj" or verb.dep_ != "acl" or verb.lemma_.lower() not in word_set("military_units", "carrying_verbs.words"):
        return None
    return verb.head if verb.head.pos_ == "NOUN" else None


def _reduced(unit: Token) -> tuple[str, Token] | None:
    """The status of a unit a verb of reducing takes: "by 2,000 soldiers" is withdrawn, the
    force cut ("its 5,100-strong force") stationed; None for another verb."""
    reducing = word_set("military_units", "reducing_verbs.words")
    if unit.dep_ == "pobj" and unit.head.lower_ == "by" and unit.head.head.lemma_.lower() in reducing:
        verb, status = unit.head.head, "withdrawn"
    elif unit.dep_ == "dobj" and unit.head.lemma_.lower() in reducing:
        verb, status = unit.head, "stationed"
    else:
        return None
    # (a force somewhere, not an army's size: "cut the army by 20,000 soldiers" moves no one)
    holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    placed = any(p.dep_ == "prep" and p.lower_ in ("in", "at", "from") and any(_is_place(o) for o in p.children)
                 for h in holders for p in h.children)
    return (status, verb) if placed else ("none", verb)


def _vessel_aboard(unit: Token) -> Token | None:
    """The vessel of "1,500 soldiers were aboard transport ships": the object of an "aboard"
    on the copula whose subject the unit is."""
    if unit.dep_ != "nsubj" or unit.head.lemma_ not in ("be", "remain", "stay"):
        return None
    return next((o for p in unit.head.children if p.dep_ == "prep" and p.lower_ in ("aboard", "onboard")
                 for o in p.children if o.dep_ == "pobj"), None)


def _phrasal_status(verb: Token) -> str | None:
    """"set off for X", "set sail", "touched down in X", "will come home": a verb whose
    particle or bare object says the status (``phrasal_statuses`` in the lexicon)."""
    items: list[list[str]] = _lexicon()["phrasal_statuses"]["items"]  # type: ignore[index]
    # ("troops rolled into X": a preposition says it only of a verb without an object;
    # "moved 500 troops into X" is a sending)
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj", "advmod") or c.dep_ == "prep" and not has_object}
    # ("flew its first group of 100 paratroopers home": "home" hung on the object's words)
    words |= {t.lower_ for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "advmod" and t.lower_ == "home"}
    # (only "flew out of X" leaves: "flew out to X" is a sending, "will fly out next week" a departure)
    left = any(c.lower_ in ("of", "from") for c in (*verb.children, *(g for c in verb.children if c.lower_ == "out"
                                                                         for g in c.children)))
    for lemma, word, status in items:
        if verb.lemma_.lower() == lemma and word in words and not (status == "withdrawn" and word == "out" and not left):
            return "announced" if status == "arrived" and _is_future(verb) else status
    return None


def _readied_to_a_place(verb: Token) -> bool:
    """"Mexico has mobilised 3,500 guardsmen to its southern border": a verb that readies
    troops (``mobilise``) sends them when it names a place "to" or "into" which they go."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(_is_place(o) for o in c.children)
               for c in verb.children)


def _deployed_there_now(verb: Token) -> bool:
    """"400 troops are deployed in X", "have been deployed in X since 2019": a passive of
    sending in the present, or the perfect with "since", "in" a place is a state (the troops
    are there), not a move ("were deployed to X on Monday" is one)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    since = _habit_since(verb)
    moved = any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)
    if since and (not moved or verb.lemma_.lower() in ("post", "station", "base", "assign", "garrison")):
        return True  # "have been posted to X since April" ("have been airlifted to X since Friday" still move)
    if moved:
        return False
    present = any(c.dep_ == "auxpass" and c.lower_ in ("are", "is", "'re") for c in verb.children)
    there = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "across", "inside") for c in verb.children)
    return there and (present or since)


def _particle_object(verb: Token) -> Token | None:
    """"has flown in 45 medics", "drafted in 400 officers", "rushed in troops": the object
    of a verb whose particle "in" the parser took for a preposition."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == verb.i + 1
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in word_set("military_units", "units")), None)


def _moves_its_object(verb: Token, obj: Token, unit: Token) -> bool:
    """"promised 1,500 boots on the ground", "put 2,000 troops into X", "90 gendarmes have
    been posted to X": verbs that deploy only the unit as their object, active or passive
    ("promised a pay rise to soldiers" does not), "put" only to a place ("put the army
    under strain" does not)."""
    if not _listed_with(unit, obj) or obj.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "with" and any(c.dep_ == "pobj" for c in p.children) for p in verb.children):
        return False  # "will provide 300 soldiers with new rifles": they receive
    if verb.lemma_.lower() in word_set("military_units", "drawing_verbs.words"):
        return any(p.dep_ == "prep" and p.lower_ == "from" for p in verb.children)  # "draw 1,000 soldiers from X"
    if verb.lemma_.lower() in ("put", "place") and _dated_in_a_past_year(verb):
        return False  # "the force was last put on alert in 2022": history
    return verb.lemma_.lower() not in ("put", "place") or any(
        p.dep_ == "prep" and p.lower_ in ("in", "into", "on", "at") and any(
            _is_place(o) or o.lower_ == "ground" or p.lower_ == "on" and o.lower_ in _readiness_words() for o in p.children)
        for p in (*verb.children, *obj.children))


def _readiness_words() -> frozenset[str]:
    """What "put / placed N troops on ..." readies them for: "on standby", "on notice", "on
    prepare-to-deploy orders" (``readiness_nouns`` in the lexicon)."""
    return word_set("military_units", "readiness_nouns.words", "readiness_nouns.orders")


def _served_before(verb: Token) -> bool:
    """"150,000 soldiers served in X over the mission", "who served with the UN mission": a
    past tour, no force there now ("are serving there" is)."""
    return verb.lemma_.lower() == "serve" and verb.tag_ in ("VBD", "VBN") and not _is_future(verb)


def _boarded_for_a_place(verb: Token) -> bool:
    """"boarded ships bound for X", "boarded a plane to X": a boarding that says where to."""
    return any(t.lower_ in ("for", "to", "toward", "towards") for t in verb.subtree if t.i > verb.i)


def _put_on_readiness(verb: Token, obj: Token) -> bool:
    """"put 2,000 troops on 96-hour alert", "placed them on prepare-to-deploy orders": an
    "on" whose object is a word of readiness."""
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in _readiness_words() for o in p.children)
               for p in (*verb.children, *obj.children))


def _listed_with(unit: Token, obj: Token) -> bool:
    """The unit is the object, an item listed after it ("offered 100 soldiers, 800 troops
    for X and 500 sailors": the parser joins the items as conjuncts or appositions), or the
    force whose part the object counts ("500 of its 9,500 troops")."""
    part = _part_number(unit)
    if part is not None and part.i == obj.i:
        return True  # "will bring home 500 of its 9,500 troops": the part moved
    units = word_set("military_units", "units")
    node = unit
    while node.i != obj.i and node.dep_ in ("conj", "appos") and node.head.lower_ in units:
        node = node.head
    return node.i == obj.i


def _joins_a_force(verb: Token) -> bool:
    """"will join the training mission", "joined the coalition force": "join" moves a unit
    only into a force or a mission (``joined_bodies`` in the lexicon)."""
    bodies = word_set("military_units", "joined_bodies")
    return any(c.dep_ == "dobj" and c.lower_ in bodies for c in verb.children)


def _to_care(verb: Token) -> bool:
    """"were airlifted to a hospital", "flown to a clinic in X": moved to be cared for."""
    care = word_set("military_units", "care_places")
    return any(o.lower_ in care for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
               for o in p.children if o.dep_ == "pobj")


def _receives(verb: Token, prep: Token, unit: Token) -> bool:
    """"sent letters to 300 soldiers", "provided food for the troops", "pledged 200 soldiers
    to the border force": a unit after "to", "for" or "among" of a verb that has an object
    of its own receives it (or them), it is not sent."""
    if prep.dep_ not in ("prep", "dative") or prep.lower_ not in ("to", "for", "among") or unit.head.i != prep.i:
        return False  # (not "two frigates to X and a destroyer to Y", the unit joined to the place)
    if verb.lemma_.lower() in word_set("military_units", "total_verbs"):
        return False  # "boosted its force to 15,200 troops": the force's new total
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in verb.children)


def _pictured(unit: Token, node: Token, head: Token, nouns: dict[str, str]) -> bool:
    """"posted a video of the frigate", "sent photographs of soldiers": an uncounted unit
    in the "of" phrase of a noun that is neither a unit, a group nor a status ("a platoon
    of paratroopers" is made of them, "the deployment of troops" tells of them)."""
    if node.dep_ != "prep" or node.lower_ != "of" or head.pos_ != "NOUN":
        return False
    if head.lower_ in word_set("military_units", "units", "group_nouns.words", "strength_nouns.words") \
            or head.lower_ in nouns:
        return False
    return not any(c.dep_ == "nummod" for c in unit.children)


def _next_step(verb: Token) -> bool:
    """"left X, then returned", "left X and returned": a later finite verb of the same
    subject (a clause "after / when ... returned" is a time, "to reinforce X" a purpose)."""
    times = {"after", "before", "when", "as", "because", "since", "while", "until", "if", "once"}
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in word_set("military_units", "units") for c in verb.children):
        return False  # ("and that two battalions will move": another unit's verb)
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "advcl" and verb.i > verb.head.i and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ == "mark" and c.lower_ in times for c in verb.children)


def _dated_in_a_past_year(verb: Token) -> bool:
    """"deployed in July 2013": the verb carries a date with a year of its own."""
    return any(t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text) for c in verb.children for t in c.subtree)


def _is_place(obj: Token) -> bool:
    """A preposition's object that names a place: a place's name, a proper noun, or a
    common noun of place ("in the region"), not a state ("in number", "in good spirits")."""
    if obj.dep_ != "pobj" or obj.ent_type_ in ("DATE", "TIME"):
        return False
    ent = entity_at(obj)
    if ent is not None:
        return ent.label_ in _PLACE_LABELS
    return obj.pos_ == "PROPN" or obj.lower_ in word_set("military_units", "place_nouns.words") \
        or obj.lower_ in word_set("military_units", "named_place_nouns.words")


def _hearsay_status(verb: Token) -> tuple[str, Token] | None:
    """"are believed to remain", "are said to have arrived", "are thought to be stationed":
    the status of the verb under a passive verb of hearsay ("expected to arrive" is to come)."""
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    for child in (c for c in verb.children if c.dep_ == "xcomp"):
        inner = [child] + [c for c in child.children if c.dep_ in ("xcomp", "acomp", "attr")] \
            if child.lemma_ == "be" else [child]
        for tok in inner:
            if tok.lemma_.lower() in verbs:
                status = verbs[tok.lemma_.lower()]
                if verb.lemma_.lower() == "expect" and status in ("deploying", "arrived"):
                    status = "announced"
                return status, tok
    return None


def _clause(unit: Token) -> Span:
    """The smallest clause around the unit: its verb's subtree without other clauses
    ("sending troops ... and keeping a battalion ready": "ready" is the battalion's)."""
    node = unit
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    other = {t.i for c in node.children if c.dep_ in ("conj", "ccomp", "advcl", "parataxis") and c.i != unit.i
             for t in c.subtree}
    toks = sorted(t.i for t in node.subtree if t.i not in other)
    # keep the run around the unit only
    start = end = unit.i
    while start - 1 in toks:
        start -= 1
    while end + 1 in toks:
        end += 1
    head_i = node.i
    start, end = min(start, head_i), max(end, head_i)
    return unit.doc[start : end + 1]


def _existential(unit: Token) -> bool:
    head = unit.head
    return head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)


def _presence_to_come(unit: Token, verb: Token | None) -> bool:
    """"the contingent should be in place by February", "the gendarmes, who will be based in
    X": a presence told in the future or with a modal, on the unit's verb (or, for a phrase,
    the verb the unit is subject of)."""
    node = verb if verb is not None else (unit.head if unit.dep_ in ("nsubj", "nsubjpass") else None)
    if node is None or node.lemma_.lower() not in ("base", "station", "be"):
        return False  # (not "will maintain its 300 peacekeepers in X", "200 advisers will stay on": there now)
    if any(t.lower_ == "already" for t in (*node.subtree, *unit.subtree)):
        return False  # "the 500 soldiers already in Chad will stay": there now
    return any(c.lower_ in _FUTURE for c in node.children)  # (a modal, not "are believed to remain")


def _is_future(verb: Token) -> bool:
    """"will send", "is to fly", "plans to deploy", and a participle after "with" on such a
    verb: "Britain will send 900 soldiers, with Denmark contributing 300" (the share is as
    much to come as the sending it comes with)."""
    node = verb
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ == "with" and verb.head.head.pos_ == "VERB":
        node = verb.head.head
    for _ in range(2):
        if any(c.lower_ in _FUTURE or (c.dep_ == "aux" and c.lower_ == "to") for c in node.children):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in ("plan", "intend", "be", "decide", "agree"):
            return True
        node = node.head
    return False


def _mention(doc: Doc, unit: Token, status: str, verb: Token | None, proper: frozenset[str]) -> Mention | None:
    if status == "stationed" and _presence_to_come(unit, verb):
        status = "announced"  # "the troops will remain", "should be in place by February": not there yet
    # "four warships": a number of vessels is no number of people
    count, qualifier = (None, "exact") if unit.lower_ in word_set("military_units", "vessel_units.words") \
        or _counts_groups(unit) and not _counted_apposition(unit) else _count(unit)
    if count is None and (crew := _crew_number(unit)) is not None:
        count, qualifier = int(crew.value), qualifier_of(crew, doc)  # "a frigate with its crew of 160"
    # "Valdora has placed 2,000 paratroopers on standby": a phrase's status, the verb's sender
    # "800 paratroopers were on their way, the X army said": the clause's verb leads to the sender
    holder = unit.head if verb is None and unit.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    actor = _actor(unit, verb or holder, proper)
    separate = _own_conjunct(unit) or _reduced(unit) is not None  # ("cut its force in X by 300 troops": two)
    # "two frigates to X and a destroyer to Y": a unit of its own goes to its own place
    destination = (_place_right_after(unit) if separate else None) or _destination(unit, verb)
    sent = unit.sent
    # "2nd Armored Brigade Combat Team", "ground forces": the unit with its own modifiers
    start = _kind_start(unit)
    unit_text = doc[start : unit.i + 1].text
    if unit.lower_ == "boots" and doc[unit.i + 1 : unit.i + 4].text.lower() == "on the ground":
        unit_text = doc[start : unit.i + 4].text  # "2,000 boots on the ground": one idiom
    unit_text = _force_members(unit) or unit_text + _members_named(unit)
    anaphoric = any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in unit.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in unit.children) \
        and not any(c.dep_ in ("compound", "amod", "poss") and entity_at(c) is not None for c in unit.children)
    return Mention(unit_text, unit.i, status, actor, count, qualifier, destination,
                   [trimmed_offsets(sent)], verb.i if verb is not None else None, anaphoric=anaphoric,
                   within=_container(sent, destination) if destination else None, separate=separate,
                   definite=definite, named_again=_named_again(unit, count),
                   future=verb is not None and _is_future(verb), told_again=definite and _told_force_word(unit, count))


def _named_again(unit: Token, count: int | None) -> bool:
    """"The Danish troops will be based in X", "their contingent could leave by July",
    "Austria's troops will guard the headquarters": an uncounted unit named with "the" or a
    possessive, the way news points back to a force it has told."""
    return count is None and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in unit.children)


def _told_force_word(unit: Token, count: int | None) -> bool:
    """"The reinforcements", "the contingent", "the incoming soldiers", "the new troops": an
    uncounted unit whose word or modifier (``told_force_words``) points back to a force told,
    with no sender of its own ("the Jamaican contingent" is Jamaica's)."""
    if count is not None or any(c.dep_ in ("poss", "compound", "amod") and _nationality_shaped(c) for c in unit.children):
        return False
    words = word_set("military_units", "told_force_words.nouns")
    modifiers = word_set("military_units", "told_force_words.modifiers")
    return unit.lower_ in words or any(c.dep_ == "amod" and c.lower_ in modifiers for c in unit.children)


def _crew_number(vessel: Token) -> NumberReading | None:
    """"a frigate with its crew of 160": the number of the crew a vessel comes "with" (the
    "with" on the vessel or just after it on the verb)."""
    if vessel.lower_ not in word_set("military_units", "vessel_units.words"):
        return None
    crews = word_set("military_units", "crew_nouns.words")
    for prep in (c for c in (*vessel.children, *vessel.head.children) if c.dep_ == "prep" and c.lower_ == "with"
                 and (c.head.i == vessel.i or c.i == vessel.i + 1)):
        for crew in (o for o in prep.children if o.dep_ == "pobj" and _crew_word(o, crews)):
            # "with its crew of 160", "with about 200 crew members aboard"
            number = next((n for p in crew.children if p.lower_ == "of" for n in p.children if n.pos_ == "NUM"), None) \
                or next((n for n in crew.children if n.dep_ == "nummod"), None)
            reading = read_number(number) if number is not None else None
            if reading is not None and reading.is_count:
                return reading
    # "two destroyers set sail for X, carrying about 800 crew": the crew its verb's participle carries
    if vessel.dep_ == "nsubj":
        for carrying in (c for c in vessel.head.children if c.dep_ in ("advcl", "xcomp")
                         and c.lemma_.lower() in word_set("military_units", "carrying_verbs.words")):
            for crew in (o for o in carrying.children if o.dep_ == "dobj" and _crew_word(o, crews)):
                number = next((n for n in crew.children if n.dep_ == "nummod"), None)
                reading = read_number(number) if number is not None else None
                if reading is not None and reading.is_count:
                    return reading
    return None


def _crew_word(noun: Token, crews: frozenset[str]) -> bool:
    """"crew", "complement", "crew members": a word for a vessel's people."""
    return noun.lower_ in crews or noun.lower_ == "members" and any(c.lower_ in crews for c in noun.children)


def _kind_start(unit: Token) -> int:
    """Where the unit's name starts with the words of its kind: "2nd Armored Brigade
    Combat Team", "ground forces", "air force personnel", "a field-hospital team", "an
    engineering company" (not its count, "a 150-strong contingent", nor "the remaining
    troops")."""
    doc, start = unit.doc, unit.i
    while start > unit.sent.start:
        prev = doc[start - 1]
        if prev.tag_ == "HYPH" and start - 2 >= unit.sent.start and prev.head.i == doc[start].i \
                and doc[start - 2].head.i == doc[start].i and doc[start - 2].dep_ == "compound" \
                and doc[start - 2].lower_ not in _STRENGTH_WORDS:
            start -= 2  # "mine-clearance", "riot-control": one word in two
            continue
        if prev.pos_ == "PROPN" and not unit.is_title:
            break  # "700 Brelland marines": a name the model left untagged is the sender's
        if unit.head.i == prev.i and prev.pos_ == "NOUN" and prev.lower_ in word_set("military_units", "context_only.context"):
            start -= 1  # "riot police", the parser's head the unit's modifier
            continue
        if not start <= prev.head.i <= unit.i or prev.dep_ not in ("compound", "amod") or entity_at(prev) is not None \
                or prev.like_num or prev.lower_.endswith("ing") and prev.tag_ != "NN" or prev.lower_ in _NOT_UNIT_WORDS \
                or prev.tag_ == "VBN" and prev.dep_ == "amod" and _perfect_taken_for_a_modifier(unit) is not None \
                or prev.lower_ in _STRENGTH_WORDS:  # "a 150-strong contingent": a count, not a kind
            break
        start -= 1
    return start


def _force_members(unit: Token) -> str | None:
    """The unit's phrase when it counts the members of an armed force: "3,500 National Guard
    members", "400 members of the National Force" (``member_nouns`` in the lexicon, with a
    force's head noun of ``armed_bodies``), "the army will deploy 350 members" (the armed
    sender's own): None for "members of parliament"."""
    if unit.lower_ not in word_set("military_units", "member_nouns.words"):
        return None
    forces = word_set("military_units", "armed_bodies.words")
    doc = unit.doc
    # "members of the National Guard": the phrase as written, its force with it
    for force in (o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and o.lemma_.lower() in forces):
        return doc[unit.i : force.i + 1].text
    # "National Guard members": the force's name before the noun
    names = [c for c in unit.children if c.dep_ == "compound" and c.lemma_.lower() in forces]
    if names:
        return doc[min(t.i for t in names[0].subtree) : unit.i + 1].text
    # "The Canadian Armed Forces will deploy approximately 350 members": the sender's own
    if any(c.dep_ == "nummod" for c in unit.children) and (_sent_by_armed_subject(unit)
                                                                or _named_forces_sender(unit) is not None):
        return unit.text
    return None


def _named_forces_sender(unit: Token) -> Token | None:
    """"The Canadian Armed Forces will deploy 350 members": the subject of the sending verb
    whose object the unit is, a name ending in a force's word ("Forces", "Army"), whatever
    the model tagged it."""
    forces = word_set("military_units", "armed_bodies.words")
    verb = unit.head
    if unit.dep_ != "dobj" or verb.lemma_.lower() not in _SENDING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.is_title and (c.ent_type_ or c.pos_ == "PROPN")
                 and c.lower_.removesuffix("s") in forces), None)


def _members_named(unit: Token) -> str:
    """" of marines" for "a company of Brelland marines": a group noun that says no kind
    ("company", "team") is named with the unit its members are."""
    if unit.lower_ not in word_set("military_units", "context_only.words"):
        return ""
    units = word_set("military_units", "units")
    members = [o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.lower_ in units]
    return f" of {members[0].text}" if members else ""


def _own_conjunct(unit: Token) -> bool:
    """"a warship and two patrol boats", "60 gendarmes and a detachment of commandos": a unit
    joined to another with a number or an article of its own (straight, or through the
    group noun whose members it names) is a deployment of its own."""
    node = unit.head.head if unit.dep_ == "pobj" and unit.head.lower_ == "of" else unit
    if _listed_as_modifier(node) or any(_listed_as_modifier(c) for c in node.children):
        return True  # "a frigate and two minesweepers", the first parsed as a modifier of the second
    # ("two frigates to X and a destroyer to Y": joined to the place before, by the parser)
    return node.dep_ == "conj" and (node.head.lower_ in word_set("military_units", "units")
                                    or _place_right_after(node) is not None) \
        and any(c.dep_ in ("det", "nummod") for c in node.children)


def _container(sent: Span, place: str) -> str | None:
    """"to X, a province in Y": the larger place the sentence says ``place`` is in."""
    for tok in sent:
        if tok.text != place.split()[-1]:
            continue
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    ent = entity_at(obj)
                    if ent is not None and ent.label_ in _PLACE_LABELS:
                        return ent.text
    return None


def _left_phrase(noun: Token) -> Span:
    """A noun with the determiners and modifiers just before it: "an Iraqi air base"."""
    start = noun.i
    while start > noun.sent.start and noun.doc[start - 1].dep_ in ("det", "amod", "compound", "nmod", "poss"):
        start -= 1
    return noun.doc[start : noun.i + 1]


def _member_numbers(unit: Token) -> list[Token]:
    """"a contingent of 1,900", "a unit of 430": the number its members are counted by."""
    return [o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NUM"]


def _going_home(verb: Token) -> bool:
    """"returning home", "flew home", "will return to barracks": a move that ends a deployment."""
    if verb.lemma_.lower() not in ("return", "head", "fly", "go", "come", "sail", "leave", "depart", "bring"):
        return False
    homes = word_set("military_units", "home_places")
    if any(o.lower_ == "home" for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children):
        return True  # "will leave for home"
    if verb.lemma_.lower() in ("return", "come") and _place_come_from(verb) is not None:
        return True  # "500 soldiers returned from Afghanistan": back from there
    return any(c.lower_ == "home" and c.dep_ in ("advmod", "dobj", "npadvmod") for c in verb.children) or any(
        o.lower_ in homes for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children)


def _place_come_from(verb: Token) -> Token | None:
    """The place of "returned from Afghanistan": a named place (or a listed country, whatever
    the model tagged it) after "from" on the verb."""
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj" and (_is_named_place(o) or o.lower_ in _country_names())), None)


def _number_brought_to(unit: Token) -> Token | None:
    """"bringing to 2,000 the number of French troops in X", "raising the total of U.S. troops
    in Y to 68,000": the number a verb of totals takes "the number of" the unit to."""
    of = unit.head
    noun = of.head
    if unit.dep_ != "pobj" or of.lower_ != "of" or noun.lower_ not in ("number", "total", "strength") \
            or noun.head.lemma_.lower() not in word_set("military_units", "total_verbs"):
        return None
    verb = noun.head
    return next((o for p in (*verb.children, *noun.children) if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NUM"), None)


def _total_number(unit: Token) -> Token | None:
    """"The arrival of 350 more soldiers brings the contingent to 1,900", "raised its force
    to 2,500": the number a verb of totals takes the unit to."""
    if unit.dep_ != "dobj" or unit.head.lemma_.lower() not in word_set("military_units", "total_verbs"):
        return None
    return next((o for p in unit.head.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "NUM"), None)


def _numbering(unit: Token) -> list[Token]:
    """"peacekeepers, numbering 600", "two companies totalling 240": the number a
    participle after the unit gives its members."""
    return [o for c in unit.children if c.dep_ == "acl" and c.lemma_.lower() in ("number", "total")
            for o in c.children if o.dep_ == "dobj" and o.pos_ == "NUM"]


def _counts_groups(unit: Token) -> bool:
    """"two battalions", "three companies": a number before a group noun counts groups, not
    people ("a battalion of 600", "a 600-strong battalion", "two companies totalling 240" do)."""
    if unit.lower_ not in word_set("military_units", "group_units") or _member_numbers(unit) or _numbering(unit):
        return False
    return any(c.dep_ == "nummod" for c in unit.children) and not any(
        _strength_word(c) for c in unit.children)


def _part_number(unit: Token) -> Token | None:
    """"withdraw 1,000 of its 3,000 troops", "300 of the soldiers will stay": the part of a
    force a verb moves, not the force's total."""
    of = unit.head
    if unit.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NUM":
        return None
    return of.head if of.head.dep_ in ("dobj", "nsubj", "nsubjpass") else None


def _count(unit: Token) -> tuple[int | None, str]:
    # "a contingent of 1,900", "peacekeepers, numbering 600", "brings the contingent to
    # 1,900", "1,000 of its 3,000 troops": a number that stands alone
    total = _total_number(unit) or _part_number(unit) or _number_brought_to(unit)
    alone = ([total] if total is not None else []) + _member_numbers(unit) + _numbering(unit)
    # ("two infantry regiments, about 2,400 men in all": the groups' strength, not their number)
    if _counts_groups(unit):
        alone += [c for a in _counted_apposition(unit) for c in a.children if c.dep_ == "nummod"]
    for number in alone:
        reading = read_number(number)
        if reading is not None and reading.is_count:
            return int(reading.value), qualifier_of(reading, unit.doc)
    if (of_them := _count_of_them(unit)) is not None:
        return int(of_them.value), qualifier_of(of_them, unit.doc)
    children = list(unit.children)
    # "150 Australian special forces soldiers": the parser may hang the number on a noun
    # that qualifies the unit
    children += [g for c in _qualifying_nouns(unit) for g in c.children]
    # "a battalion of 800 paratroopers": the count of the unit's members
    for child in list(children):
        if child.dep_ == "prep" and child.lower_ == "of":
            children += [g for c in child.children if c.dep_ == "pobj" for g in c.children]
    # "the lead brigade of the force, about 5,000 troops, was placed on ...": its strength in apposition
    children += [g for a in _counted_apposition(unit) for g in a.children]
    # "a 600-strong contingent"
    for child in children:
        if _strength_word(child):
            strength = _strength_number(child)
            reading = read_number(strength) if strength is not None else None
            if reading is not None and reading.is_count:
                return int(reading.value), qualifier_of(reading, unit.doc)
    # "By Wednesday 800 peacekeepers had arrived": a count the parser gave to the date before
    left = _left_phrase(unit).start
    if left > 0 and unit.doc[left - 1].like_num and unit.doc[left - 1].head.ent_type_ == "DATE" \
            and unit.doc[left - 1].head.i < left - 1:
        reading = read_number(unit.doc[left - 1])
        if reading is not None and reading.is_count:
            return int(reading.value), qualifier_of(reading, unit.doc)
    for child in children:
        if child.dep_ in ("nummod",) and (child.like_num or is_number_word(child.text)):
            # the one number reader: "7 000", "half a dozen", "2,000-plus", "about 3,500"
            reading = read_number(child)
            if reading is None or not reading.is_count:
                continue
            return int(reading.value), qualifier_of(reading, unit.doc)
    return _misparsed_count(unit)


def _count_of_them(unit: Token) -> NumberReading | None:
    """"French troops, about 1,800 of them, moved into X": the count set off after the unit
    as "N of them"."""
    doc, end = unit.doc, unit.sent.end
    if unit.i + 4 >= end or doc[unit.i + 1].text != ",":
        return None
    reading = _share_count(doc, unit.i + 2, end)
    if reading is None or not reading.is_count or reading.end + 1 >= end \
            or (doc[reading.end].lower_, doc[reading.end + 1].lower_) != ("of", "them"):
        return None
    return reading


def _misparsed_count(unit: Token) -> tuple[int | None, str]:
    """"a frigate and 160 sailors": a number just before the unit that the parser joined to
    a word of its phrase ("frigate" read as the sailors' modifier, "160" as its conjunct)."""
    prev = unit.doc[unit.i - 1] if unit.i > 0 else None
    if prev is None or not prev.like_num or prev.dep_ not in ("conj", "amod", "compound") \
            or not unit.left_edge.i <= prev.head.i <= unit.i:
        return None, "exact"
    reading = read_number(prev)
    if reading is None or not reading.is_count:
        return None, "exact"
    return int(reading.value), qualifier_of(reading, unit.doc)


def _holder_with(unit: Token) -> str | None:
    """"Rwanda, with roughly 3,200 soldiers, remains ...", "Nigeria, with 2,000 troops in
    the mission": the body whose name a "with" phrase of the unit follows, set off by a comma."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ != "with" or prep.i < 2 or unit.doc[prep.i - 1].text != ",":
        return None
    body = _body_at(unit.doc, prep.head.left_edge.i + (prep.head.left_edge.lower_ == "the")) \
        if prep.head.i == prep.i - 2 or prep.head.right_edge.i == prep.i - 2 else None
    if body is None or body.end != prep.i - 1:
        return None
    return _body_name(body) if body.label_ else body.text


def _counted_apposition(unit: Token) -> list[Token]:
    """"The lead brigade of the force, about 5,000 troops, was put on alert", "two more
    infantry regiments, about 2,400 men in all,": a counted unit in apposition to one with
    no count of people tells its strength (one force, not two); "men" counts people there."""
    units = word_set("military_units", "units")
    if unit.lower_ not in units or any(c.dep_ == "nummod" for c in unit.children) and not _counts_groups(unit):
        return []
    doc = unit.doc
    return [a for a in unit.children if a.dep_ == "appos" and (a.lower_ in units or a.lower_ == "men")
            and any(c.dep_ == "nummod" and c.like_num for c in a.children)
            and doc[a.left_edge.i - 1].text == "," and not any(t.like_num for t in doc[unit.i : a.left_edge.i])]


def _actor(unit: Token, verb: Token | None, proper: frozenset[str] = frozenset()) -> str | None:
    # "Mexico has mobilised 3,500 National Guard members": the force names the unit, the
    # one who sends its members is the sender
    if _force_members(unit) is not None and (forces := _named_forces_sender(unit)) is not None:
        return _left_phrase(forces).text.removeprefix("the ").removeprefix("The ")  # a force's name, as written
    if _force_members(unit) is not None and (sender := _verb_subject_body(unit, verb)) is not None:
        return sender
    # "Rwanda, with roughly 3,200 soldiers, remains the backbone of the mission": the body
    # the "with" hangs on holds them
    if (holder := _holder_with(unit)) is not None:
        return holder
    # "the last 390 Australian soldiers of the International Stabilisation Force": their own
    # nationality names the sender before the force they serve in
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in unit.children) \
            and (own := _listed_nationality((unit,), ("amod",))) is not None:
        return own
    # "the 450 soldiers of the Kalvian army": the armed body they belong to ("of the Pellonian
    # navy's Third Fleet": the body that holds their formation)
    for body in (o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        for owner in (body, *(c for c in body.children if c.dep_ == "poss")):
            if (armed := _armed_body(owner)) is not None:
                # (unless a named state moves them: "Velmora's government moved two battalions
                # of the Republican Guard into the capital")
                return _moving_state(unit, verb) or armed
    # "NATO troops", "U.S. troops", "Syrian government troops"; "a team of 40 Sarnian
    # engineers": the members' own body
    inner = _member_nouns(unit) + _qualifying_nouns(unit)
    for child in (c for n in (unit, *inner) for c in n.children):
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < child.head.i:
            ent = entity_at(child)
            if ent is not None and ent.end == unit.i + 1 and (country := _country_before(ent, unit)) is not None:
                return country  # "2,200 U.S. Marines", read as one name
            if ent is not None and ent.end == unit.i + 1:
                continue  # "200 Royal Engineers": the unit's own name, no sender
            # (not "of the 3rd Mountain Battalion": a formation's name is no sender; a
            # nationality the model tagged as a person is one: "of 25 Morvanian engineers")
            if ent is not None and (ent.label_ in (("ORG", "GPE", "NORP") if child.head.i == unit.i else ("GPE", "NORP"))
                                    or _demonym_shaped(ent) and ent.end == child.i + 1):
                if _service_without_country(ent):
                    continue  # "150 Foreign Legion troops", "2,200 Army support troops": their kind
                if len(ent) == 1 and ent.label_ != "GPE" and _model_or_kind_name(child, child.head):
                    continue  # "a Stryker squadron": what the unit is, no sender
                return _body_name(ent)
    # "Coalition forces", "500 ECOWAS troops", "40 Westerholm military planners": a name
    # among the modifiers that the model did not tag
    for noun in (unit, *inner):
        if (name := _untagged_modifier_name(noun, proper)) is not None:
            return name
    # "will bring home 1,000 of its 2,100 soldiers serving with the UN force": "its" is the
    # verb's subject, before the mission they serve in
    # (with no verb of its own, the verb its phrase hangs on: "will extend the mandate for its
    # 500 soldiers in X")
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in unit.children) \
            and (holder := _verb_subject_body(unit, verb or next((a for a in unit.ancestors if a.pos_ == "VERB"), None))) is not None:
        return holder
    # "1,000 troops of the African Union mission": the body whose mission they serve in
    if (mission := _mission_body(unit)) is not None:
        return mission
    # "Velmora's contingent", the name taken for a person's: who holds the unit sends it
    for owner in (c for c in unit.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.is_title):
        ent = entity_at(owner)
        return _body_name(ent) if ent is not None and ent.end == owner.i + 1 else owner.text
    # "a contingent of Bangladeshi peacekeepers": a listed nationality the model left untagged
    if (listed := _listed_nationality((unit, *inner), ("amod", "compound"))) is not None:
        return listed
    # "120 airmen from the Ostmark air force", "troops from Chad": the body they come from;
    # "a team of 40 engineers from Castria": the "from" of the unit's members
    members = [o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    leaving = verb is not None and verb.lemma_.lower() in ("withdraw", "pull", "evacuate", "remove", "leave", "recall",
                                                          "repatriate", "bring")
    # "the force will draw 1,000 soldiers from Kanvara": the "from" of a verb that takes troops from a body
    drawing = (verb,) if verb is not None and verb.lemma_.lower() in word_set("military_units", "drawing_verbs.words") \
        and unit.dep_ == "dobj" and unit.head.i == verb.i else ()
    # ("will pull out its 800 peacekeepers from X": the place left; "soldiers from Fiji's
    # army left X": an armed body is where they come from, whatever the verb)
    # (not where a move starts: "airlifted a battalion of paratroopers from X into Y"; nor a
    # named formation's home: "soldiers of the 24th Infantry Division from X")
    for prep in (c for n in (unit, *members, *drawing) for c in n.children if c.dep_ == "prep" and c.lower_ == "from"
                 and (not leaving or _from_a_force(c)) and not _start_of_a_move(c)
                 and not (n.pos_ == "PROPN" and n.i != unit.i)):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lower_ in word_set("military_units", "home_places"):
                continue  # "120 soldiers from Catterick Garrison": where they are based, no sender
            # ("from Fiji's army": the country that holds the army)
            ent = entity_at(obj) or next((e for c in obj.children if c.dep_ in ("compound", "poss")
                                          and (e := entity_at(c)) is not None), None)
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
                if _service_without_country(ent) or ent[-1].lower_ in word_set("military_units", "home_places"):
                    continue  # "from the division's 2nd Brigade Combat Team", "from X Barracks": where they serve
                return _body_name(ent)
            names = [c for c in obj.children if c.dep_ in ("compound", "amod") and c.is_title
                     and (c.pos_ == "PROPN" or c.ent_type_)]
            if names:
                # "the Ostmark air force": a name the model did not tag; "the Lusarian army": its country
                return _country_of_demonym(unit.doc, names[0].text) if names[0].lower_.endswith(("an", "ese")) \
                    else names[0].text
    # "300 soldiers sent by Tavoria": the agent of a participle that sends the unit
    if (agent := _sending_agent(unit)) is not None:
        return agent
    # "the 4,000 troops Kenya has committed": the subject of a clause that sends the unit
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    for clause in (c for c in unit.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs):
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            ent = entity_at(subj)
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
                return _body_name(ent)
    # "its peacekeeping force", or the one who sends: the verb's subject
    return _verb_subject_body(unit, verb)


def _listed_nationality(nouns: tuple[Token, ...], deps: tuple[str, ...]) -> str | None:
    """The country of a listed nationality ("Bangladeshi", ``nationalities`` in the lexicon)
    that modifies one of ``nouns`` by one of ``deps``, whatever the model tagged it."""
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    return next((demonyms[c.lower_] for n in nouns for c in n.children
                 if c.dep_ in deps and c.is_title and c.lower_ in demonyms), None)


def _verb_subject_body(unit: Token, verb: Token | None) -> str | None:
    """The body the subject of the unit's verb names (or of the verbs above it): "Kenya
    will send 300 troops" → Kenya; None when a news outlet only reports the sending."""
    node = verb
    for _ in range(3):
        if node is None:
            break
        # (the nearest, where the parse gives two: "informs that, ..., the Kingdom shall dispatch")
        here = node.i
        subjects = sorted((c for c in node.children if c.dep_ in ("nsubj",)), key=lambda c: abs(here - c.i))
        if subjects and subjects[0].i != unit.i and not _is_inside(unit, subjects[0]):
            subj = subjects[0]
            if verb is not None and node.i != verb.i and _reports(node, subj):
                return None  # "the state news agency said the military were rushed": it only tells
            return _subject_body(unit, subj, sending=verb is not None and node.i == verb.i)
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in word_set("military_units", "units") for c in node.head.children):
            # "The cabinet approved the plan, and the 130 soldiers will leave": the clause joined
            # to it has a subject of its own, no sender (unless a force: "an advance party of 40
            # Irish soldiers will fly ..., and the main body will follow"); the verb both hang
            # on may name one ("announces that the brigade will be redeployed and that ...")
            node = node.head
        node = node.head if node.head.i != node.i else None
    return None


def _start_of_a_move(prep: Token) -> bool:
    """"from Pskov into South Ossetia", "from the capital, Niamey, to a drone base": a "from"
    followed by the "to / into" of the same move names where it starts, no sender."""
    doc = prep.doc
    after = prep.right_edge.i + 1
    while after < prep.sent.end and doc[after].text == ",":
        after += 1
    return after < prep.sent.end and doc[after].lower_ in ("to", "into", "toward", "towards") \
        and not _from_a_force(prep)


def _from_a_force(prep: Token) -> bool:
    """"from Fiji's army", "from the Kenyan army": a "from" whose object is an armed body's
    head noun (``armed_bodies`` in the lexicon), where troops come from, no place."""
    forces = word_set("military_units", "armed_bodies.words")
    return any(o.dep_ == "pobj" and o.lemma_.lower() in forces for o in prep.children)


def _service_without_country(ent: Span) -> bool:
    """"Army", "Foreign Legion", "Federal Police", "2nd Brigade Combat Team": a name that ends in
    a service or formation word (``armed_bodies.words``, ``group_units``, ``service_words``)
    with only generic words before it, so that it names no country or body of its own ("U.S.
    Army", "Indian Navy", "Kenya Defence Forces" do) — the kind of the unit, or where it comes
    from, but no sender."""
    tokens = [t for t in ent if not t.is_punct]
    kinds = word_set("military_units", "armed_bodies.words", "group_units", "service_words.words")
    if not tokens or tokens[-1].lower_ not in kinds:
        return False
    # every other word a generic one ("Federal", "Foreign", "Combat") or a number ("2nd"):
    # "Royal Estmark Air Force", "U.S. Army" carry a name of their own
    plain = word_set("military_units", "armed_bodies.words", "group_units", "service_words.words",
                     "armed_bodies.generic", "service_words.modifiers")
    return all(t.lower_ in plain or t.like_num or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.lower_) for t in tokens[:-1])


def _qualifying_nouns(unit: Token) -> list[Token]:
    """"150 Australian special forces soldiers": the common nouns before the unit that say
    its kind ("forces"), whose own modifiers (the number, the nationality) the parser may
    have hung on them rather than on the unit."""
    return [c for c in unit.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < unit.i]


def _member_nouns(unit: Token) -> list[Token]:
    """"a team of 40 Sarnian engineers", "a company of marines": the nouns after "of" that
    name what the unit is made of — a unit word, or a counted common noun after a group
    noun ("an advance team of 40 planners"; not "a battalion of the Republican Guard")."""
    units = word_set("military_units", "units")
    groups = word_set("military_units", "group_units") | word_set("military_units", "group_nouns.words")
    return [o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and (o.lower_ in units or unit.lower_ in groups and o.pos_ == "NOUN"
                                     and any(c.dep_ == "nummod" for c in o.children))]


def _mission_body(unit: Token) -> str | None:
    """"1,000 troops of the African Union mission", "200 marines of the NATO mission": a
    unit "of" a mission or a force is sent by the body that names it (a collective body, as
    named; not "of the 3rd Mountain Battalion": a formation names no sender)."""
    missions = word_set("military_units", "joined_bodies") - word_set("military_units", "group_units")
    for mission in (o for p in unit.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.lower_ in missions):
        for child in (c for c in mission.children if c.dep_ in ("compound", "amod", "nmod") and c.i < mission.i):
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
                return _body_name(ent)
            if ent is None and _acronym(child):
                return child.text
    return None


def _untagged_modifier_name(noun: Token, proper: frozenset[str]) -> str | None:
    """A sender's name among a unit's own modifiers that the model left untagged: "Coalition
    forces" (a word the article capitalises inside sentences), "500 ECOWAS troops" (an
    acronym read as a common noun), "40 Westerholm military planners", "350 Kestrian
    troops" (a nationality, for its country), also with other modifiers between."""
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    for child in sorted(noun.children, key=lambda c: -c.i):  # the nearest modifier first
        if child.i > noun.i or child.dep_ not in ("compound", "amod", "nmod"):
            continue
        ent = entity_at(child)
        if ent is not None and child.pos_ == "PROPN" and ent.end == child.i + 1 and ent.label_ in ("LOC", "FAC"):
            return ent.text  # "a 250-strong Hallow Islands contingent": a place's name, tagged as a place
        if ent is not None and (len(ent) > 1 or ent.label_ not in ("PERSON", "ORG")):
            continue  # (a one-word name the model took for a person is read below: "180 Tirmo peacekeepers")
        if ent is not None and _service_without_country(ent):
            continue  # "2,200 Army support troops": the unit's kind
        if _acronym(child):
            return child.text  # "500 ECOWAS troops", "the SADC force": a collective body, as named
        if not child.is_title:
            continue  # "military", "advance": a kind, not a name
        if child.lower_ in demonyms:
            return demonyms[child.lower_]  # "Bangladeshi peacekeepers", a listed nationality
        if child.pos_ == "PROPN" or child.text in proper:
            if _model_or_kind_name(child, noun):
                continue  # "the Type 45 destroyer", "a Stryker squadron": what the unit is, no sender
            # an untagged nationality stands for its country ("Velmoran marines")
            return _country_of_demonym(noun.doc, child.text) if _demonym_ending(child) else child.text
        # an adjective: a sentence's first word is capitalised anyway, a name only when it is one elsewhere
        inside = child.i > noun.sent.start or _capitalised_elsewhere(child)
        if child.pos_ == "ADJ" and inside and child.lower_.endswith("an"):
            return _country_of_demonym(noun.doc, child.text)  # "350 Kestrian troops": a nationality, for its country
        if child.pos_ == "ADJ" and child.i > noun.sent.start and not noun.doc[child.i - 1].is_punct:
            return child.text  # "30 Ostmark military surveyors": an adjective capitalised inside a sentence is a name
    return None


def _model_or_kind_name(word: Token, noun: Token) -> bool:
    """"Type" of "the Type 45 destroyer" (a name with a number: a model), "Stryker" of "a
    Stryker squadron" (a name on a formation's word that is no country, nationality or
    acronym): the name of what the unit is, not of who sends it."""
    doc = word.doc
    if word.i + 1 < noun.i and doc[word.i + 1].like_num:
        return True
    return noun.lower_ in word_set("military_units", "group_units") and not _demonym_ending(word) \
        and word.lower_ not in _country_names() and not _acronym(word)


def _acronym(word: Token) -> bool:
    """"ECOWAS", "SADC": an all-capital word of letters, a body's initials."""
    return 2 <= len(word.text) <= 8 and word.text.isalpha() and word.text.isupper() and word.pos_ in ("NOUN", "PROPN")


def _demonym_ending(word: Token) -> bool:
    """"Velmoran", "Zandari", "Tarvese", "Norvish": a word with a nationality's ending."""
    return word.lower_.endswith(("an", "i", "ese", "ish"))


def _moving_state(unit: Token, verb: Token | None) -> str | None:
    """"Velmora's government moved two battalions", "Ardenia sent 300 soldiers of ...": the
    named state that is the subject of the active verb taking the unit as its object."""
    if verb is None or unit.dep_ != "dobj" or unit.head.i != verb.i:
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        ent = entity_at(subj)
        if ent is not None and ent.label_ == "GPE":
            return _body_name(ent)
        return _possessing_country(subj)
    return None


def _capitalised_elsewhere(word: Token) -> bool:
    """"Lisvanian troops began ...; drones crossed into Lisvanian airspace": a sentence's
    first word that the article also capitalises inside a sentence is a proper word."""
    return any(t.lower_ == word.lower_ and t.is_title and not t.is_sent_start and t.i > 0
               and not t.doc[t.i - 1].is_punct for t in word.doc if t.i != word.i)


def _sending_agent(unit: Token, *, armed_only: bool = False) -> str | None:
    """"About 300 soldiers sent by Farlia arrived", "engineers deployed by the Vestrian
    army": a participle after the unit that sends it, its "by" naming the sender (with
    ``armed_only``, only a state or an armed body: what makes "engineers" troops)."""
    verbs: dict[str, str] = _lexicon()["status_verbs"]  # type: ignore[assignment]
    labels = ("GPE",) if armed_only else ("ORG", "GPE", "NORP")
    for clause in (c for c in unit.children if c.dep_ == "acl" and c.lemma_.lower() in verbs):
        for obj in (o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
            ent = entity_at(obj)
            if ent is not None and ent.label_ in labels:
                return _body_name(ent)
            if (armed := _armed_body(obj)) is not None:
                return armed
            # "sent by Castria": a one-word untitled name, a body as a sender's subject is
            if not armed_only and (name := _untitled_name(obj)) is not None:
                return name
    return None


def _appositive_name(noun: Token) -> str | None:
    """"a West African force, AFISMA,", "the UN mission, MINUSTAH,": the proper name set
    off after a common noun of a force or mission (``joined_bodies``), tagged as a body."""
    if noun.pos_ != "NOUN" or noun.lower_ not in word_set("military_units", "joined_bodies"):
        return None
    for appos in (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        ent = entity_at(appos)
        if ent is not None and ent.label_ == "ORG":
            return ent.text
    return None


def _subject_body(unit: Token, subj: Token, *, sending: bool) -> str | None:
    """The body a subject names, for the unit it sends or announces: "France said it would
    withdraw" (the pronoun's body), "the Kalvian army" (an armed body), "Selva's defence
    ministry" (its country), "Castria has sent" (an invented country the model tags as a
    person, on the sending verb itself), "Velmoran Defence Minister X" (the title's country)."""
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "which", "who"):
        # "France ... said it would withdraw", "France, which has troops": the body
        # the pronoun stands for
        subj = _pronoun_body(subj) or subj
    if (country := _country_named_before(subj)) is not None:
        return country  # "X's defence minister unveiled the mission. The country will send ..."
    if (own_name := _appositive_name(subj)) is not None:
        return own_name  # "A West African force, AFISMA, has 6,300 soldiers in X": the force's own name
    if (body := _armed_body(subj)) is not None:
        return body  # "the Kalvian army has sent": the army, as "the U.S. Navy" is
    if (owner := _possessing_country(subj)) is not None:
        return owner  # "Selva's defence ministry said ... were being sent"
    if sending and (name := _untitled_name(subj)) is not None:
        return name  # "Castria has sent": a sender's name whatever the model tagged it
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "which", "who"):
        # "France ... said it would withdraw", "France, which has troops": the body
        # the pronoun stands for
        subj = _pronoun_body(subj) or subj
    if (body := _armed_body(subj)) is not None:
        return body  # "the Kalvian army has sent": the army, as "the U.S. Navy" is
    ent = entity_at(subj) or next((entity_at(c) for c in subj.subtree if entity_at(c) is not None and entity_at(c).label_ in ("ORG", "GPE", "NORP")), None)  # type: ignore[union-attr]
    if ent is not None and not sending and _unnamed_body(ent):
        return None  # "..., the defence ministry said, though 200 advisers will stay on": it tells, a body named elsewhere sends
    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
        return _body_name(ent)
    if ent is None and subj.lower_ in _BODIES and any(
            c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in subj.children):
        return noun_phrase(subj).text  # "the Bush administration"
    if ent is not None and ent.label_ not in ("ORG", "GPE", "NORP", "PERSON") and len(ent) > 2 \
            and ent[0].is_title and ent[0].lower_.endswith("an"):
        return _country_of_demonym(unit.doc, ent[0].text)  # "Valdoran Defence Minister X", mis-tagged
    if ent is not None and ent.label_ == "PERSON":
        # "Velmoran Defence Minister X said ... would deploy": the country of the title
        title = next((e for c in subj.subtree if (e := entity_at(c)) is not None
                      and e.label_ in ("NORP", "GPE")), None)
        if title is None and ent[0].lower_.endswith("an") and len(ent) > 2:
            # "Valdoran Defence Minister X", tagged as one name: the title's nationality
            return _country_of_demonym(unit.doc, ent[0].text)
        return _body_name(title) if title is not None else None
    if ent is None and sending and _mistagged_name(subj):
        return subj.text  # "Sambara is deploying 2,000 troops": a name read as an adverb
    if ent is None and subj.pos_ == "PROPN":
        phrase = noun_phrase(subj)
        named = phrase[1:] if phrase[0].pos_ == "DET" else phrase  # (not "An" of "An Indian Air Force C-17")
        if len(named) > 2 and named[0].is_title and named[0].lower_.endswith("an"):
            return _country_of_demonym(unit.doc, named[0].text)  # "Valdoran Defence Minister X"
        return phrase.text  # a name the model did not tag ("Ostmark will send")
    if ent is None and subj.pos_ == "NOUN" and (holder := _untagged_holder(subj)) is not None:
        return holder  # "European Union foreign ministers agreed to send": the body they sit for
    return None


def _untagged_holder(noun: Token) -> str | None:
    """"European Union" of "European Union foreign ministers", "NATO" of "NATO defence chiefs":
    the run of proper nouns that opens a common noun's phrase, untagged by the model."""
    names = [c for c in noun.subtree if c.i < noun.i and c.pos_ == "PROPN" and (c.is_title or c.text.isupper() and len(c) > 1)]
    if not names or names[0].i != noun.left_edge.i + (noun.left_edge.lower_ == "the"):
        return None
    run = [names[0]]
    for word in names[1:]:
        if word.i != run[-1].i + 1:
            break
        run.append(word)
    return noun.doc[run[0].i : run[-1].i + 1].text


def _country_named_before(subj: Token) -> str | None:
    """"Senegal's defence minister unveiled the mission on Monday. The country will send 90
    trainers": "the country", "the kingdom", "the island nation" (``country_anaphors`` in
    the lexicon) stand for the country the sentence before names, as the sender it names
    (its subject, a possessor of its subject), else as the one country it names."""
    # (a common noun, not a name: "the Islamic State")
    if subj.lemma_.lower() not in word_set("military_units", "country_anaphors.words") or not subj.is_lower \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or subj.sent.start == 0:
        return None
    doc = subj.doc
    before = doc[subj.sent.start - 1].sent
    senders = {name for token in before if (name := _sentence_sender(token) or _possessor_named(token)) is not None}
    if len(senders) == 1:
        return senders.pop()
    countries = {t.text for t in before if t.pos_ == "PROPN" and t.lower_ in _country_names()}
    return countries.pop() if len(countries) == 1 else None


def _possessor_named(token: Token) -> str | None:
    """"Senegal's defence minister", "Tarvia's foreign ministry": the name that holds the
    subject of a clause, as its sender would be named."""
    if token.dep_ != "poss" or token.pos_ != "PROPN" or token.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    ent = entity_at(token)
    return _body_name(ent) if ent is not None and ent.label_ in ("GPE", "ORG", "NORP") else token.text


def _mistagged_name(subj: Token) -> bool:
    """"Sambara is deploying": a lone capitalised subject the model read as an adverb or an
    adjective (no such word is a subject) is a name, whatever its tag; read as a common
    noun at a sentence's start ("Sambara will contribute"), when the article writes the word
    again, always capitalised, and reads it as a name there ("Sambara's parliament")."""
    if not subj.is_title or any(subj.children) or subj.lower_ in load_lexicon("nationalities")["demonyms"]:
        return False
    if subj.pos_ in ("ADV", "ADJ", "X", "INTJ"):
        return True
    others = [t for t in subj.doc if t.lower_ == subj.lower_ and t.i != subj.i]
    return subj.pos_ == "NOUN" and bool(subj.is_sent_start) and bool(others) and all(t.is_title for t in others) \
        and any(t.pos_ == "PROPN" or bool(t.ent_type_) for t in others)


def _unnamed_body(ent: Span) -> bool:
    """"the defence ministry", "the interior ministry" tagged as a name: a body's kind in
    lower case, with no name in it, stands for a country named elsewhere."""
    words = [t.lower_ for t in ent]
    return ent.label_ == "ORG" and len(words) > 1 and ent.text.islower() \
        and words[-1] in _BODIES | word_set("titles", "body_words") and not any(w in _country_names() for w in words)


def _possessing_country(subj: Token) -> str | None:
    """"Selva's defence ministry", "Ardenia's army", "Brazil's Senate": a body held by a named
    place stands for it."""
    if subj.lower_ not in _BODIES | word_set("military_units", "state_body_words.legislatures") \
            | word_set("titles", "body_words"):
        return None
    for child in (c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        ent = entity_at(child)
        if ent is None or ent.label_ in ("GPE", "PERSON") and len(ent) == 1:
            return child.text
        if ent.label_ in ("GPE", "ORG", "NORP"):
            return _body_name(ent)
    return None


def _untitled_name(subj: Token) -> str | None:
    """"Castria has sent", "Lisnara will put": a one-word name the model tagged as a person
    (or a building, "Norvale is sending"), with no title before it, as the subject of a
    sending verb is a body (a person sends by a title: "President X ordered")."""
    ent = entity_at(subj)
    if ent is not None and ent.label_ in ("PERSON", "FAC") and ent.text.lower() in _country_names():
        return ent.text  # "Burkina Faso will deploy": a country of two words, tagged as a person
    if ent is None or ent.label_ not in ("PERSON", "FAC") or len(ent) != 1 or subj.pos_ != "PROPN":
        return None
    if any(c.dep_ in ("compound", "amod", "appos", "poss") for c in subj.children):
        return None
    return subj.text


def _armed_body(subject: Token) -> str | None:
    """An armed body named with its country's word: "the Kalvian army", "the Kenyan navy" (a
    nationality with the common noun of a state's forces) stand for the country, "Kalvia";
    "the Selvan Air Force", "Vessland police", "the Sarnovian coast guard" are named as the
    article writes them (not "the army", "the Air Force": those stand for a country named
    elsewhere)."""
    if subject.lower_ not in word_set("military_units", "armed_bodies.words"):  # (not "Russian forces")
        return None
    generic = word_set("military_units", "armed_bodies.generic")
    named = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subject.i
             and c.is_title and c.lower_ not in generic]
    if not named:
        return None
    # ("the Kalvian army", the state's own forces, not "the Sarnovian coast guard": a body of its own)
    if subject.is_lower and subject.lower_ in word_set("military_units", "armed_bodies.state") and len(named) == 1 \
            and (country := _nationality_country(named[0])) is not None:
        return country
    phrase = _left_phrase(subject)
    words = phrase.text.split()
    return " ".join(words[1:] if words[0].lower() in ("the", "a", "an") else words)  # (not "An Indian Navy")


def _nationality_country(word: Token) -> str | None:
    """The country a nationality's word names: "Italian" (listed) → "Italy", "Kalvian" →
    "Kalvia", "Zaruki" → "Zaruk"; None for a word of no nationality's form ("Vessland")."""
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    if word.lower_ in demonyms:
        return demonyms[word.lower_]
    if word.lower_ in _country_names() or not _demonym_ending(word):
        return None
    return _country_of_demonym(word.doc, word.text)


def _reports(verb: Token, subject: Token) -> bool:
    """"The state news agency said", "The Daily Courier reported": a news outlet or a
    reporter as the subject of a speech verb."""
    speech = word_set("speech_verbs", "verbs") | {"report"}
    outlets = word_set("military_units", "reporting_words.words")
    return verb.lemma_.lower() in speech and any(t.lower_ in outlets for t in subject.subtree)


def _pronoun_body(pronoun: Token) -> Token | None:
    """The named body a pronoun subject stands for: the relative clause's noun, or the
    subject of the sentence's main verb."""
    if pronoun.lower_ in ("which", "who") and pronoun.head.dep_ == "relcl":
        return pronoun.head.head
    # "Poland said it was ready ...": the subject of the verb the pronoun's clause hangs from
    node = pronoun.head
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        for child in node.children:
            # (or "Velmora says it will send": a name the model left untagged, that "it" stands
            # for; "the Zaruki army said it would deploy": a named body, the nearest subject)
            if child.dep_ == "nsubj" and child.i < pronoun.i and (entity_at(child) is not None or (
                    pronoun.lower_ == "it" and child.pos_ == "PROPN" and child.is_title)
                    or _armed_body(child) is not None or _possessing_country(child) is not None):
                return child
    return None


#: Bodies that send police as a government does ("Sarnovian authorities deployed 1,500 police
#: officers"): the sender, not the ministry that tells of it.
_AUTHORITIES = {"authorities"}


def _body_phrase(unit: Token, verb: Token | None, country: str | None) -> str | None:
    """"the government", "the army": an unnamed body that is the sending verb's subject —
    the country of the dateline where there is one ("PORTO ALEGRE, Brazil"), else the
    body as the article names it."""
    if verb is None and unit.dep_ == "dobj":
        verb = unit.head  # "the army put 1,200 soldiers on standby": a phrase's status, the verb's sender
    if verb is None:
        return None
    teller = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_set("speech_verbs", "verbs") else None
    # "the government approved sending 680 engineers", "agreed to send": the deciding verb's subject
    decider = verb.head if verb.dep_ in ("xcomp", "dobj", "pcomp") and verb.head.pos_ == "VERB" else None
    # "troops were sent to X, the government said": the body that tells of its own sending
    for child in list(verb.children) + [c for v in (teller, decider) if v is not None for c in v.children if c.dep_ == "nsubj"]:
        if child.dep_ == "nsubj" and child.pos_ == "PRON" and child.lower_ in ("it", "they"):
            # "The army said it had sent reinforcements": the body the pronoun stands for
            node = verb
            while node.head.i != node.i and child is not None:
                node = node.head
                child = next((c for c in node.children if c.dep_ == "nsubj" and c.i < unit.i), None)  # type: ignore[assignment]
                if child is not None and _common_noun(child):
                    break
        if child is not None and child.dep_ == "nsubj" and _common_noun(child) and child.lower_ in _BODIES | _AUTHORITIES \
                and child.i != unit.i:
            return country or _left_phrase(child).text.removeprefix("the ").removeprefix("The ")
    return None


def _common_noun(token: Token) -> bool:
    """"the interior ministry said": a common noun, also when the model tagged a lower-case
    word as a name (after "Instead," it often does)."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower


def _fill_destinations(doc: Doc, mentions: list[Mention], dateline_key: str) -> list[Mention]:
    """A deployment whose sentences name no place goes where the article's deployments go.

    News names the theatre once and then lists who else sends what: "Ardenia has sent 2,000
    troops to Kelmar. Brevia also committed ground troops" (Brevia's go to Kelmar); "sending
    700 troops to Kosovo and keeping a battalion ready" (the battalion is for Kosovo). So:
    1. the place of the nearest earlier deployment that names one;
    2. for the first ones, the article's place: the dateline's country ("VESKO, Ardenia"),
       else the country the article names most, never the sender, nor a country named
       just before the unit ("Chad and Niger also committed troops": neither is where),
       nor a body whose share the same sentence lists.
    """
    last_place: str | None = None
    for m in mentions:  # in the order of their first mention
        told = next((o for o in mentions if o.unit_token == m.place_of), None) if m.destination is None else None
        if told is not None and told.destination is not None:
            m.destination = told.destination  # "will join 1,200 already there": where the force told goes
        if m.destination is not None:
            if not _vague_place(m.destination):  # "the region" says no more than before
                last_place = m.destination
            continue
        unit = doc[m.unit_token]
        # a country named just before the unit ("Chad and Niger also committed troops") sends
        text = doc_text(doc)
        lead = text[max(text.rfind("\n", 0, unit.idx) + 1, _previous_sentence_start(unit)) : unit.idx]
        near = {n for n in _country_spellings() if n in lead and re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", lead)}
        # (nor the other bodies whose shares the sentence lists: "Britain will send 500 troops and Canada 450")
        fellows = {o.actor for o in mentions if o.actor and o.spans and m.spans and o.spans[0] == m.spans[0]}
        senders = near | fellows | ({m.actor} if m.actor else set())
        m.destination = last_place or _article_place(doc, unit.sent.start, senders, dateline_key)
    return mentions


def _previous_sentence(token: Token) -> int:
    """The token index where the sentence before ``token``'s starts (its own, if first)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def _previous_sentence_start(token: Token) -> int:
    """The character offset where the sentence before ``token``'s starts (its own, if first)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start_char if start > 0 else token.sent.start_char


def _article_place(doc: Doc, before: int, senders: set[str], dateline_key: str) -> str | None:
    """The place an article is about, as seen from token ``before``: the dateline's country,
    else the country named most so far (else in the whole article); never one of the
    ``senders`` ("Chad and Niger also committed troops": neither is a destination)."""
    dateline = _dateline_country(doc, dateline_key)
    if dateline is not None and not _sends(dateline, senders):
        return dateline
    return _main_place(doc, before, senders, dateline_key) or _main_place(doc, len(doc), senders, dateline_key)


def _sends(place: str, senders: set[str]) -> bool:
    return any(not _other_actors(place, s) for s in senders)


def _main_place(doc: Doc, before: int, senders: set[str], dateline_key: str) -> str | None:
    """The country named most often before token ``before`` (the later on a tie), not one
    of the ``senders``; a name the model tags as a place counts when no listed country is
    named, except the dateline's ("OSLO (Reuters) - Norway will send 200 soldiers": no place).
    Listed countries are counted in the text, whatever the model made of each mention."""
    text = doc_text(doc)[: doc[before - 1].idx + len(doc[before - 1]) if before else 0]
    seen: dict[str, tuple[int, int]] = {}
    for name in _country_spellings():
        if name not in text:
            continue  # (most countries are not named at all: no pattern to run)
        hits = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text)]
        if hits and not _sends(name, senders):
            seen[name] = (len(hits), hits[-1])
    if not seen:
        # (not the dateline's place: where the story was filed, often the sender's capital)
        filed = [(sp.start, sp.end) for sp in doc.spans.get(dateline_key, []) if sp.label_ == "place"]
        for ent in (e for e in doc.ents if e.end <= before and e.label_ == "GPE"):
            if any(start <= ent.start < end for start, end in filed):
                continue
            if ent.root.head.dep_ == "prep" and _in_origin(ent.root.head.head):
                continue  # "moved from bases in Bavaria": where they come from
            if not _sends(ent.text, senders):
                seen[ent.text] = (seen.get(ent.text, (0, 0))[0] + 1, ent.start_char)
    return max(seen, key=lambda n: seen[n]) if seen else None


@functools.cache
def _country_spellings() -> tuple[str, ...]:
    """Country names as written ("Mali", "South Sudan"), from the nationality and capital lists."""
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    capitals: dict[str, str] = load_lexicon("capitals")["capitals"]
    return tuple(sorted({c for c in list(demonyms.values()) + list(capitals.values()) if c[:1].isupper()}))


def _state_of_capital(name: str) -> str | None:
    """"Rome will send 300 police officers", "MADRID": a capital that sends stands for its state."""
    capitals: dict[str, str] = load_lexicon("capitals")["capitals"]
    return capitals.get(name.lower())


def _dateline_state(doc: Doc, dateline_key: str) -> str | None:
    """The state a dateline names: its country ("PORTO ALEGRE, Brazil"), or the country whose
    capital its city is ("TOKYO, Feb. 15 Kyodo -")."""
    if (country := _dateline_country(doc, dateline_key)) is not None:
        return country
    place = next((span.text for span in doc.spans.get(dateline_key, []) if span.label_ == "place"), None)
    return _state_of_capital(place.split(",", 1)[0].strip()) if place is not None else None


def _named_by_its_kind(actor: str) -> bool:
    """"the government", "Defense Ministry", "the Ministry of Defence", "the cabinet": a
    sender named by the kind of body it is, with no name of its own (``state_body_words``)."""
    words = re.sub(r"^the\s+", "", actor.lower()).split()
    allowed = word_set("military_units", "state_body_words.heads", "state_body_words.modifiers")
    # (the last word a head, or the field of "the Ministry of Defence")
    ends = words[-1] in word_set("military_units", "state_body_words.heads") or words[-1] in ("defence", "defense") if words else False
    return ends and all(w in allowed for w in words)


def _dateline_country(doc: Doc, dateline_key: str) -> str | None:
    """"Brazil" of "PORTO ALEGRE, Brazil": the dateline's last place, when it is not a city's
    ("FORT HOOD, Texas": a state or province named there stands for its country)."""
    regions: dict[str, str] = load_lexicon("capitals")["regions"]
    for span in doc.spans.get(dateline_key, []):
        if span.label_ == "place" and "," in span.text:
            last = span.text.rsplit(",", 1)[1].strip()
            return regions.get(last.lower(), last) or None
    return None


def _is_inside(unit: Token, subject: Token) -> bool:
    return any(t.i == unit.i for t in subject.subtree)


def _body_name(ent: Span) -> str:
    """A body's name; a nationality stands for its country ("Russian troops" → Russia)."""
    name = str(ent._.nf_name or ent.text)
    if ent.label_ == "NORP" or _demonym_shaped(ent):
        demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
        return demonyms.get(name.lower()) or _country_of_demonym(ent.doc, name)
    if (titled := _titled_state(ent)) is not None:
        return titled  # "the Kingdom", after "the Kingdom of X"
    if len(ent) == 1 and (place := _named_place_of_demonym(ent.doc, name)) is not None:
        # "the 900 Zandari soldiers", "Zandari" tagged as a place, with "Zandar" named too
        return place
    if ent.label_ == "GPE":
        # "Washington and Tokyo will each send": a capital that sends stands for its country
        capitals: dict[str, str] = load_lexicon("capitals")["capitals"]
        return capitals.get(name.lower(), name)
    return name


def _state_of_service(name: str) -> str | None:
    """"the Indian Navy", "the Australian Defence Force", "the Russian Defence Ministry",
    "the Bundeswehr": a state's armed service or defence body sends for that state. The
    service named with its country (a nationality or the country's name, then words of
    ``state_body_words``: "Navy", "Defence Force", "Air Force") stands for the country as
    the name writes it ("the U.S. Navy" → "U.S."); a service named without one, for the state
    the lexicon gives (``services`` in ``capitals.json``). A body named by its kind alone
    ("the Defence Ministry") is left to the dateline's state."""
    services: dict[str, str] = load_lexicon("capitals")["services"]["names"]
    words = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).split()
    if (state := services.get(" ".join(words).lower())) is not None:
        return state
    if words and words[0].lower() == "royal":
        words = words[1:]  # "the Royal Australian Navy"
    kinds = word_set("military_units", "state_body_words.heads", "state_body_words.modifiers")
    rest = next((k for k in range(1, len(words)) if all(w.lower() in kinds for w in words[k:])), None)
    if rest is None or words[-1].lower() not in word_set("military_units", "state_body_words.heads") | {"defence", "defense"}:
        return None
    country = " ".join(words[:rest])
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    if (state := demonyms.get(country.lower())) is not None:
        return state
    return country if country.lower() in _country_names() or country in ("U.S.", "US", "U.K.", "UK") else None


def _state_of_seat(name: str) -> str | None:
    """"The Pentagon has ordered 3,000 troops to Poland", "the Kremlin has sent 500
    paratroopers": a seat of government that news names for its state sends for that state;
    "the Security Council voted to send": an organ named alone is named with its body."""
    seats: dict[str, str] = load_lexicon("capitals")["seats"]
    organs: dict[str, str] = load_lexicon("capitals")["organs"]  # ("the Security Council voted to send": the UN's)
    key = name.lower().removeprefix("the ")
    return seats.get(key) or organs.get(key)


def _titled_state(ent: Span) -> str | None:
    """"the Kingdom of Lindoria informs ... the Kingdom shall dispatch": a state's title
    alone stands for the state the article named with it before ("Lindoria")."""
    title = ent.text.lower().removeprefix("the ")
    if title not in word_set("nationalities", "state_titles.words"):
        return None
    text = ent.doc.text[: ent.start_char]
    found = re.findall(rf"\b(?i:{re.escape(title)}) of (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)", text)
    return found[-1] if found else None


def _demonym_shaped(ent: Span) -> bool:
    """"Zarkan peacekeepers" with "Zarkan" tagged as a group: one adjective of a nationality's
    form stands for a country whatever its label."""
    word = ent[-1]
    if len(ent) != 1 or not word.is_title or not word.lower_.endswith(("an", "ese", "ish", "i")):
        return False
    # "50 Velmoran soldiers", the nationality read as a name (not "Sudan", a country's own name)
    return word.pos_ == "ADJ" or word.pos_ == "PROPN" and ent.label_ in ("ORG", "PERSON") \
        and word.dep_ in ("compound", "amod", "nmod") and word.lower_ not in _country_names()


#: What a nationality adds to its place's name: "Zandar" → "Zandari", "Mirelle" → "Mirellian".
_DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ean", "ese", "ish")


def _named_place_of_demonym(doc: Doc, demonym: str) -> str | None:
    """The place, named as a proper noun anywhere in the article, that ``demonym`` is the
    nationality of: "Zandar" for "Zandari", "Mirelle" for "Mirellian" (the place's last
    vowel dropped). The longest such name wins ("Ardeshan" over a capital "Ardesh"), the
    first written on a tie; None when the article names none."""
    word = demonym.lower().removesuffix("s")
    best: str | None = None
    dateline = [(sp.start, sp.end) for sp in doc.spans.get("nf_dateline", []) if sp.label_ == "place"]
    for token in tokens_where(doc, POS, PROPN):
        name = token.text
        if len(name) < 4 or not name[:1].isupper() or name.lower() == word:
            continue
        if any(start <= token.i < end for start, end in dateline):
            continue  # "KELVAR CITY, Sept 19": the dateline's city, not the country of "Kelvaran"
        base = name.lower()
        # the place's own spelling, or its spelling without a final vowel ("Mirelle" → "Mirell-")
        stems = (base, base[:-1]) if base[-1] in "aeiouy" else (base,)
        if any(word.startswith(stem) and word[len(stem):] in _DEMONYM_ENDINGS for stem in stems) \
                and (best is None or len(name) > len(best)):
            best = name if not name.isupper() else name.title()
    return best


def _country_of_demonym(doc: Doc, demonym: str) -> str:
    """A nationality the lexicon does not list: the place of the article it derives from
    ("Sarnian" → "Sarnia" named elsewhere), else the regular derivation "-an" → "-a"; a
    listed one ("Ghanaian") is its listed country, whatever the model tagged it."""
    listed: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    if demonym.lower() in listed:
        return listed[demonym.lower()]
    if (place := _named_place_of_demonym(doc, demonym)) is not None:
        return place
    stem = demonym.lower().removesuffix("s")
    for ent in doc.ents:
        if ent.label_ == "GPE" and len(ent.text) > 3 and stem.startswith(ent.text.lower()[:-1]) \
                and len(stem) - len(ent.text) <= 3 and ent.text.lower() != demonym.lower():
            return ent.text  # (not the nationality itself, tagged as a place: "Ostrian troops")
    if stem.endswith("ese"):
        # "Tarvese" → "Tarve", "Nepalese" → "Nepal": only a place the article names
        root = stem[:-3]
        return next((t.text for t in doc if t.pos_ == "PROPN" and t.lower_ in (root, root + "e")), demonym)
    if stem.endswith("i") and len(stem) > 5 and stem[-2] not in "aeiouh":  # (not "Houthi": a group's name)
        return demonym[: len(stem) - 1]  # "Quelmari" → "Quelmar", "Ardeshani" → "Ardeshan"
    if stem.endswith(("ayan", "aian")):
        return demonym[: len(stem) - (2 if stem.endswith("ayan") else 3)]  # "Uruguayan" → "Uruguay", "Ghanaian" → "Ghana"
    if stem.endswith("ian") or (stem.endswith("an") and len(stem) > 3 and stem[-3] not in "aeiou"):
        return demonym[: len(stem) - 1]  # "Kestrian" → "Kestria", "Kenyan" → "Kenya"
    return demonym


def _destination(unit: Token, verb: Token | None) -> str | None:
    place = _place(unit, verb)
    if place is None and verb is not None:
        if verb.lower_ == "home" and verb.head.lemma_ == "be":
            # "The base is home to U.S. troops": the place is the subject
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            place = noun_phrase(subjects[0]).text if subjects else None
        elif verb.lower_.endswith("ing") and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
                and verb.doc[verb.i - 1].dep_ != "nsubj":  # (not "with X providing 800 soldiers")
            # "an air base housing U.S. personnel": the place is what the verb describes
            place = _left_phrase(verb.doc[verb.i - 1]).text
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
            place = _place_of_main_clause(verb.head)
    return place


def _place_of_main_clause(main: Token) -> str | None:
    """"Britain will lead the new force in Kabul, sending 1,500 troops": a sending told by a
    participle after its main clause goes where that clause is, the place "in", "to" or
    "into" on its verb or on its object (a named place)."""
    holders = [main, *(c for c in main.children if c.dep_ == "dobj"),
               *(o for c in main.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj")]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                ent = entity_at(obj)
                if ent is not None and ent.label_ in _PLACE_LABELS:
                    return ent.text
    return None


def _place_inside(noun: Token) -> str | None:
    """"the mission in Tarsa", "the UN force on the Golan Heights": the named place a noun is
    in; for a force or a mission (``joined_bodies``) also the place it is "for" ("the
    intervention force for the Solomon Islands")."""
    preps = ("in", "at", "on", "for") if noun.lower_ in word_set("military_units", "joined_bodies") else ("in", "at", "on")
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                ent = entity_at(obj)
                if obj.dep_ == "pobj" and ent is not None and ent.label_ in _PLACE_LABELS:
                    return ent.text
    return None


def _place_phrase(noun: Token) -> str:
    """"its eastern border", "places of worship": the noun, its left words and an "of" phrase."""
    span = _left_phrase(noun)
    doc, start, end = noun.doc, span.start, span.end
    while start - 2 >= noun.sent.start and doc[start - 1].tag_ == "HYPH":
        start -= 2  # "the flood-hit south": a modifier in two words
        while start > noun.sent.start and doc[start - 1].dep_ in ("det", "amod", "compound", "nmod", "poss", "npadvmod"):
            start -= 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            end = max(t.i for t in child.subtree) + 1
    return doc[start:end].text


def _named_place(noun: Token) -> str | None:
    """The name behind a common noun of place: "the southern city of X" → X; "the
    country" → the country last named before its sentence (else the dateline's)."""
    if noun.lower_ in word_set("military_units", "named_place_nouns.words"):
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        ent = entity_at(obj)
                        return ent.text if ent is not None else noun_phrase(obj).text
    if noun.lower_ == "country" and any(c.lower_ in ("the", "this") for c in noun.children):
        return _last_country(noun.doc, noun.sent.start) or _dateline_country(noun.doc, "nf_dateline")
    if noun.lower_ in word_set("military_units", "named_place_nouns.words"):
        return _apposed_name(noun) or _dateline_city(noun)
    return None


def _apposed_name(noun: Token) -> str | None:
    """"in the capital, Kessa", "to the port town, Lesk": the name set beside a common noun
    of place (straight after its comma, whatever the parser hung it on)."""
    doc = noun.doc
    beside = [doc[noun.i + 2]] if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," \
        and doc[noun.i + 2].dep_ in ("appos", "npadvmod") else []
    for child in (c for c in [*noun.children, *beside] if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"):
        ent = entity_at(child)
        if ent is None or ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
            return ent.text if ent is not None and ent.label_ in _PLACE_LABELS else noun_phrase(child).text
    return None


def _dateline_city(noun: Token) -> str | None:
    """"deployed in the city" in a story datelined "PELLA CITY, Ulmo": "the city" or "the
    town" with nothing of its own that names it is the dateline's place."""
    if noun.lower_ not in ("city", "town") or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        return None
    if any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl") for c in noun.children):
        return None  # "the northern city", "the city of X", "the city where ...": another place
    return _dateline_place(noun.doc)


def _last_country(doc: Doc, before: int) -> str | None:
    """The country the article is about so far: the one named most often before token
    ``before``, the later on a tie; else the last nationality's country."""
    countries = _country_names()
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    seen: dict[str, tuple[int, int]] = {}
    nationality: str | None = None
    for ent in (e for e in doc.ents if e.end <= before):
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if name.lower() in countries:  # whatever label the model gave it: the name is a country's
            seen[name] = (seen.get(name, (0, 0))[0] + 1, ent.start)
        elif ent.label_ == "NORP" and name.lower() in demonyms:
            nationality = demonyms[name.lower()]
    if seen:
        return max(seen, key=lambda n: seen[n])
    return nationality


@functools.cache
def _country_names() -> frozenset[str]:
    demonyms: dict[str, str] = load_lexicon("nationalities")["demonyms"]
    capitals: dict[str, str] = load_lexicon("capitals")["capitals"]
    return frozenset(c.lower() for c in list(demonyms.values()) + list(capitals.values()))


def _leaves_for(verb: Token) -> Token | None:
    """The place of "left for Lebanon", "will head for the coast", "left the port of X on
    Saturday, bound for Y"."""
    if (bound := _bound_for(verb)) is not None:
        return bound
    if verb.lemma_.lower() not in word_set("military_units", "departing_verbs") and verb.lower_ != "bound":
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            # (not "for good", nor "will leave in October for six months": how long, not where)
            objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ not in ("ADJ", "ADV") and c.ent_type_ != "DATE"]
            if objs:
                return objs[0]
    # "left its barracks in X for Y": a "for" the parser hung on the place left, if it names a place
    left = [c for c in verb.children if c.dep_ == "dobj"]
    left += [o for c in verb.children if c.dep_ == "prep" and c.lower_ != "for" for o in c.children if o.dep_ == "pobj"]
    left += [o for n in list(left) for c in n.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
    return next((o for n in left for c in n.children if c.dep_ == "prep" and c.lower_ == "for"
                 for o in c.children if _is_place(o)), None)


def _leaves_home(verb: Token) -> bool:
    """"will leave their barracks", "left their base in X on Tuesday": a departing verb whose
    place left is the unit's own home — it sets off for its mission, no withdrawal."""
    if verb.lemma_.lower() not in word_set("military_units", "departing_verbs"):
        return False
    homes = word_set("military_units", "home_places")
    left = [c for c in verb.children if c.dep_ == "dobj"]
    left += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
    return any(o.lower_ in homes and any(d.dep_ == "poss" or d.lower_ == "the" for d in o.children) for o in left)


def _sets_off(verb: Token) -> bool:
    """"the contingent will leave next week", "could leave by mid-July": "leave" with no place
    left (no object, no "from") tells a departure toward the place already told."""
    if verb.lemma_.lower() != "leave":
        return False
    return not any(c.dep_ in ("dobj", "obj", "prt") or c.dep_ == "prep" and c.lower_ in ("from", "behind")
                   for c in verb.children)


def _bound_for(verb: Token) -> Token | None:
    """"left X on Saturday, bound for Y", "boarded a flight bound for Y", "sailed, headed for
    Y": the place of a participle of destination hung on the verb or on its object."""
    words = ("bound", "headed", "destined")
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "acl", "conj", "xcomp", "oprd") and c.lower_ in words]
    clauses += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl" and g.lower_ in words]
    for obj in (o for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"):
        if _is_place(obj) or obj.pos_ == "PROPN":
            return obj
        # "bound for the peacekeeping mission in X": the place the mission is in
        return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and (_is_place(o) or o.pos_ == "PROPN")), None)
    return None


def _is_named_place(token: Token) -> bool:
    ent = entity_at(token)
    return ent is not None and ent.label_ in _PLACE_LABELS


def _said_here(unit: Token, verb: Token) -> bool:
    """"arrived here", "has 1,500 troops stationed here", "troops based here": "here" on the
    deployment's verb or on a clause that describes the unit."""
    clauses = [verb] + [c for c in unit.children if c.dep_ in ("acl", "relcl")]
    return any(c.lower_ == "here" and c.dep_ == "advmod" for v in clauses for c in v.children)


def _dateline_place(doc: Doc) -> str | None:
    """"MOGADISHU, Somalia": the dateline's first place, as a name."""
    for span in doc.spans.get("nf_dateline", []):
        if span.label_ == "place":
            city = span.text.split(",", 1)[0].strip()
            return city.title() if city.isupper() else city or None
    return None


def _place(unit: Token, verb: Token | None) -> str | None:
    if verb is not None and verb.pos_ == "ADP":
        # "troops already in the area": the preposition's own place
        pobj = next(c for c in verb.children if c.dep_ == "pobj")
        ent = entity_at(pobj)
        return ent.text if ent is not None else _place_phrase(pobj)
    if verb is not None and (obj := _leaves_for(verb)) is not None and not _going_home(verb):
        ent = entity_at(obj)
        named = _named_place(obj) if ent is None and obj.pos_ == "NOUN" else None
        return ent.text if ent is not None else named or _left_phrase(obj).text  # "for the border town of X"
    if verb is not None and (verb.lemma_.lower() in ("withdraw", "pull", "evacuate") or _withdrawal_noun(verb)
                             or verb.pos_ == "VERB" and _phrasal_status(verb) == "withdrawn"):  # "sailed out of X"
        # "withdraw its forces from Lebanon", "the withdrawal of 1,300 troops from X": the place they leave
        outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep")]
        for child in list(verb.children) + [g for c in outs for g in c.children] + list(unit.children):
            if child.dep_ == "prep" and (child.lower_ in ("from", "out") or child.lower_ == "of" and child.i > 0
                                         and child.doc[child.i - 1].lower_ == "out"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and (ent := entity_at(objs[0])) is not None and ent.label_ in _PLACE_LABELS:
                    return ent.text
                if objs and _left_a_name(verb, objs[0], leaving=True):
                    return noun_phrase(objs[0]).text  # "pulled out of X": whatever the model tagged X
                if objs and objs[0].pos_ == "NOUN" and (named := _named_place(objs[0])) is not None:
                    return named  # "pulled out of the town of X"
    if verb is not None and _called_home(verb):
        # "police who had been sent to X were recalled to the capital": where they were
        # sent; the place a recall takes them to is home, no deployment's
        sent = next((c for c in unit.children if c.dep_ in ("relcl", "acl") and _sending_verb(c)), None)
        if sent is not None and (there := _place(unit, sent)) is not None:
            return there
    if verb is not None and _going_home(verb):
        # "will leave X for home": the place left; "will return to barracks": told before
        left = [c for c in verb.children if c.dep_ == "dobj" and (_left_a_name(verb, c) or _is_named_place(c))]
        if not left and (come_from := _place_come_from(verb)) is not None:
            left = [come_from]  # "returned from Afghanistan": the place they were
        return noun_phrase(left[0]).text if left else None
    if (readied_for := _readied_for(unit)) is not None:
        return readied_for
    if verb is not None and _said_here(unit, verb):
        # "arrived here", "has 1,500 troops stationed here": the place of the dateline
        return _dateline_place(verb.doc)
    candidates = [unit] + ([verb] if verb is not None else [])
    if verb is not None:
        candidates += [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    # "700 troops is on its way to Kosovo": the place may hang off the clause's other words
    # (not the nouns of where they come from, unless they leave it: "recall its soldiers from
    # the mission in X" leaves X)
    leaving = verb is not None and (_lexicon()["status_verbs"].get(verb.lemma_.lower()) == "withdrawn"  # type: ignore[attr-defined]
                                    or _phrasal_status(verb) == "withdrawn")
    candidates += [t for t in _clause(_carrier_of(unit) or unit) if t.pos_ in ("NOUN", "AUX", "VERB") and t.i != unit.i
                   and (leaving or not _in_origin(t))]
    for node in candidates:
        for child in node.children:
            # "at" only on the deployment's own verb ("stationed at X", "landed at X"); elsewhere
            # it is often the home a unit leaves ("soldiers based at X will deploy to Y")
            # (or on its object: "will station a squadron and 300 airmen at X")
            at_ok = child.lower_ == "at" and verb is not None and (node.i == verb.i or node.dep_ == "dobj"
                                                                   and node.head.i == verb.i)
            if child.lower_ in ("to", "into") and verb is not None and node.i == verb.i and _called_home(verb):
                continue  # "were recalled to the capital": home, no deployment's place
            if child.dep_ == "prep" and child.lower_ == "along" and verb is not None and node.i in (verb.i, unit.i):
                # "massed 12,000 soldiers along its border with X": the line they hold, as written
                line = next((o for o in child.children if o.dep_ == "pobj"), None)
                if line is not None and line.ent_type_ not in ("DATE", "TIME"):
                    return unit.doc[line.left_edge.i : line.right_edge.i + 1].text
            if child.dep_ in ("prep", "dative") and (
                    child.lower_ in ("to", "into", "in", "toward", "towards", "inside", "across", "throughout") or at_ok):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        ent = entity_at(obj)
                        if ent is not None and ent.label_ in _PLACE_LABELS:
                            return ent.text
                        if obj.ent_type_ in ("DATE", "TIME"):
                            continue  # "arrive in June"
                        if obj.pos_ == "PROPN":
                            if ent is not None and ent.label_ in ("PERSON", "NORP") and not _said_a_place(obj) \
                                    and not _sent_to_a_name(child, obj, verb, node):
                                continue  # "an order by Admiral X": a person is no place
                            return noun_phrase(obj).text
                        if obj.pos_ == "NOUN" and (named := _named_place(obj)) is not None:
                            return named  # "the southern city of X", "in the country"
                        inner = _place_inside(obj) if obj.pos_ == "NOUN" else None
                        if inner is not None and verb is not None and node.i == verb.i:
                            return inner  # "to the (UN) peacekeeping mission in Tarsa"
                        if obj.pos_ == "NOUN" and obj.i != unit.i and any(
                                c.dep_ == "compound" and c.pos_ == "PROPN" and not (c.ent_type_ == "ORG" and c.text.isupper())
                                for c in obj.children):
                            # "at X air base", "to the disputed X shoals" (not "the UN mission")
                            return _place_phrase(obj)
                        if obj.pos_ == "NOUN" and obj.i != unit.i and verb is not None and node.i == verb.i \
                                and (child.lower_ in ("at", "in") or at_ok) and (site := _site_named_before(obj)) is not None:
                            return site  # "remained at the airport", after "Kabul's airport"
                        if obj.pos_ == "NOUN" and obj.i != unit.i and child.lower_ in ("to", "into") and verb is not None \
                                and node.i == verb.i and obj.lower_ in word_set("military_units", "place_nouns.words"):
                            # "to its eastern border", "to places of worship"; not "to a lesser extent"
                            return _place_phrase(obj)
            # "leaving Syria", "left Iraq"
            if verb is not None and node.i == verb.i and child.dep_ == "dobj" and (ent := entity_at(child)) is not None and ent.label_ in _PLACE_LABELS:
                return ent.text
            if verb is not None and node.i == verb.i and child.dep_ == "dobj" and _left_a_name(verb, child):
                return noun_phrase(child).text
            if verb is not None and node.i == verb.i and child.dep_ == "dobj" and child.i != unit.i \
                    and child.lower_ in word_set("military_units", "named_place_nouns.words") \
                    and (named := _named_place(child)) is not None:
                return named  # "troops entered the town of X", "reached the port city of Y"
    # "is beefing up its border with X with 10,000 troops": the place reinforced
    return _purpose_place(verb) or _place_reinforced(unit, verb) if verb is not None else None


def _in_origin(noun: Token) -> bool:
    """"moved by rail from bases in Bavaria": a noun inside a "from" phrase is where they come
    from; its own "in" names no place they go."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "from"


def _site_named_before(noun: Token) -> str | None:
    """"the airport" after "Kabul's airport" or "Pristina airport": the site a definite
    ``facility_nouns`` noun names again, as the story named it before; the noun's own
    phrase when the story named none ("the airport")."""
    if noun.lower_ not in word_set("military_units", "facility_nouns.words") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside") for c in noun.children) \
            or noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in ("in", "at", "near", "outside", "of"):
        return None  # ("the base in Helmand", however parsed: the place it is in says where)
    doc = noun.doc
    for earlier in reversed(tokens_where(doc, LOWER, noun.lower)):
        if earlier.i >= noun.i:
            continue
        owner = next((c for c in earlier.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        if owner is not None:
            return doc[owner.left_edge.i : earlier.i + 1].text.removeprefix("the ")
    return _place_phrase(noun)


def _called_home(verb: Token) -> bool:
    """"recalled to the capital", "withdrew to their barracks", "were repatriated to X":
    a verb of withdrawal, whose "to" is the way home."""
    return verb.lemma_.lower() in ("withdraw", "pull", "recall", "repatriate")


def _withdrawal_noun(word: Token) -> bool:
    """"the withdrawal of 1,300 troops", "the pullout of 900 soldiers": a noun that says
    the unit leaves (``status_nouns`` with the status ``withdrawn``)."""
    nouns: dict[str, str] = _lexicon()["status_nouns"]  # type: ignore[assignment]
    return word.pos_ == "NOUN" and nouns.get(word.lower_) == "withdrawn"


def _sent_to_a_name(prep: Token, name: Token, verb: Token | None, node: Token) -> bool:
    """"will send 450 troops to Ostrava": the name after "to" or "into" on the sending verb
    itself is a place, whatever the model tagged it (an invented town reads as a person's
    name); a name with a title before it ("to General X") stays a person."""
    on_verb = verb is not None and (node.i == verb.i or node.dep_ == "dobj" and node.head.i == verb.i)
    if not on_verb or prep.lower_ not in ("to", "into"):
        return False  # ("deploy its next rotation to X": "to" on the verb's object too)
    ent = entity_at(name)
    first = ent[0] if ent is not None else name
    titles = word_set("titles", "titles") | word_set("titles", "honorifics")
    return first.i == 0 or name.doc[first.i - 1].lower_.rstrip(".") not in titles


def _readied_for(unit: Token) -> str | None:
    """"put 1,200 paratroopers on standby for X", "troops on alert for a move into X": the
    place a force is held ready for."""
    ready = word_set("military_units", "readiness_nouns.words")
    # (and a readiness word the parser made a clause of its own: "remain on standby at X")
    words = list(_clause(unit))
    for tok in words + [c for t in words for c in t.children if c.dep_ == "advcl" and c.lower_ in ready]:
        if tok.lower_ not in ready:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = entity_at(obj)
                if ent is not None and ent.label_ in _PLACE_LABELS or obj.pos_ == "PROPN" and ent is None:
                    return ent.text if ent is not None else noun_phrase(obj).text
                if ent is None and obj.pos_ == "NOUN" and obj.lower_ in word_set("military_units", "place_nouns.words"):
                    return _place_phrase(obj)
        if (held_at := _readied_at(tok)) is not None:
            return held_at
        # "put 2,000 paratroopers on alert to deploy to X", "on standby to move into X"
        holder = tok.head.head if tok.dep_ == "pobj" else tok.head
        for clause in (c for c in (*holder.children, *tok.children) if c.dep_ in ("advcl", "xcomp", "acl") and _sending_verb(c)):
            if (place := _place_moved_to(clause)) is not None:
                return place
    return None


def _readied_at(readiness: Token) -> str | None:
    """"a further 300 remained on standby at X airbase", "troops on alert at X": the place
    where a force is held ready, named after "at" on the word of readiness."""
    for obj in (o for p in readiness.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children
                if o.dep_ == "pobj"):
        ent = entity_at(obj)
        if ent is not None and ent.label_ in _PLACE_LABELS or obj.pos_ == "PROPN":
            return ent.text if ent is not None else noun_phrase(obj).text
        if obj.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
            return _place_phrase(obj)  # "at X air base"
    return None


def _place_reinforced(unit: Token, verb: Token) -> str | None:
    """"is beefing up its border with Belarus with 10,000 troops": the place a reinforcing
    verb's object names, for the unit it is reinforced "with"."""
    if unit.dep_ != "pobj" or unit.head.lower_ != "with" or unit.head.head.i != verb.i \
            or verb.lemma_.lower() not in word_set("military_units", "reinforcing_verbs.words"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lower_ not in word_set("military_units", "place_nouns.words"):
        return None
    if (inside := _place_inside(obj)) is not None:
        return inside  # "reinforced the garrison in X with 500 soldiers"
    return noun_phrase(obj).text if any(p.lower_ == "with" for p in obj.children) else _place_phrase(obj)


def _place_moved_to(verb: Token) -> str | None:
    """The named place or place noun of a verb's "to" / "into": "to deploy to X"."""
    for obj in (o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
                for o in p.children if o.dep_ == "pobj"):
        ent = entity_at(obj)
        if ent is not None and ent.label_ in _PLACE_LABELS:
            return ent.text
        if obj.pos_ == "NOUN" and (named := _named_place(obj)) is not None:
            return named
        if obj.pos_ == "NOUN" and obj.lower_ in word_set("military_units", "place_nouns.words"):
            return _place_phrase(obj)
    return None


def _left_a_name(verb: Token, obj: Token, *, leaving: bool = False) -> bool:
    """"the contingent left Velka", "pulled out of Emsa", "reached Barra", "entered Kessa": the proper noun a
    leaving or reaching verb takes is the place, whatever the model tagged it (not a person
    with a title, a date or a number); ``leaving`` when the caller knows the verb is one of
    withdrawal."""
    if not leaving and verb.lemma_.lower() not in ("leave", "quit", "vacate", "evacuate", "reach", "enter") or obj.pos_ != "PROPN":
        return False
    ent = entity_at(obj)
    titles = word_set("titles", "titles") | word_set("titles", "honorifics")
    if ent is not None and ent.label_ == "PERSON" and len(ent) == 1 \
            and (obj.i == 0 or obj.doc[obj.i - 1].lower_.rstrip(".") not in titles):
        return True  # "pulling out of Barra": a one-word name the model took for a person's
    return ent is None or ent.label_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "NORP")


def _said_a_place(name: Token) -> bool:
    """"X, a province in Y": a name whose appositive calls it a kind of place."""
    kinds = word_set("military_units", "named_place_nouns.words")
    return any(c.dep_ == "appos" and c.lower_ in kinds for c in name.children)


def _purpose_place(verb: Token) -> str | None:
    """The place a purpose clause names: "sent reinforcements to protect the districts of
    X and Y", "massed to defend X", "deployed to help rescue efforts in the southwest"."""
    purposes = word_set("military_units", "purpose_verbs.words")
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in purposes):
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        objects += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                    for o in p.children if o.dep_ == "pobj"]
        objects += [o for c in clause.children if c.dep_ == "dobj" for p in c.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children if o.dep_ == "pobj"]
        for obj in objects:
            ent = entity_at(obj)
            if ent is not None and ent.label_ in _PLACE_LABELS:
                return ent.text
            if obj.pos_ == "NOUN" and (named := _named_place(obj)) is not None:
                return named  # "to secure the port of X"
            if obj.pos_ == "NOUN" and obj.lower_ in word_set("military_units", "place_nouns.words"):
                return _place_phrase(obj)  # "to protect the districts of X and Y"
    return None


_FAMILIES = {w: "troops" for w in ("troop", "troops", "soldier", "soldiers", "forces", "force", "personnel",
                                    "servicemen", "servicemembers", "military", "army", "boots",
                                    # a contingent is the troops a body sends, under a collective name
                                    "contingent", "contingents", "peacekeepers", "peacekeeper")}


def _family(unit: str) -> str:
    """Units that may name the same people: "troops", "soldiers", "ground forces" are one family."""
    last = unit.lower().removesuffix(" on the ground").split()[-1]  # "boots on the ground"
    return _FAMILIES.get(last, last)


def _merge(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    departures: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        target = None
        force = departures.get(m.spans[0]) if m.step else _departing_from_home(m, out)
        if force is not None:
            # "The Pentagon will send 700 soldiers to X. The soldiers will leave Fort Y in the
            # coming weeks and will be based at Z": a force still to go leaves its home base,
            # and the next step of that sentence is its own way there; told, not new
            force.spans.extend(s for s in m.spans if s not in force.spans)
            departures[m.spans[0]] = force
            continue
        if m.shared:
            out.append(m)
            continue
        group = _shared_group(out)
        if m.definite and len(group) > 1 and m.count in (None, len(group)):
            # "Brelland and Ostravia have each sent a frigate, where the two vessels are due":
            # the several deployments just told, told again; each moves on, none is added
            for o in group:
                _advance(o, m)
            continue
        if (uncounted := _uncounted_force_counted(m, out)) is not None:
            # "Ireland is to send a new contingent to X ... the 130 soldiers will leave in
            # October": "the" and a count give the size of the one force its sender told
            _absorb(uncounted, m)
            continue
        if (told := _told_force_again(m, out)) is not None:
            # "Britain will send a further 900 soldiers to X. The reinforcements will begin
            # leaving their barracks": the force just told, named by what it is to the story
            _absorb(told, m)
            continue
        if _told_just_before(m, out):
            # "Ghaldan is sending 1,200 soldiers to Anza. The troops will be based in its
            # capital": "the troops", uncounted, are the force just told, wherever they go on to
            _absorb(out[-1], m)
            continue
        # "boosted its peacekeeping force to 15,200 troops": one verb, one deployment
        # ("a warship and two patrol boats": two kinds of unit, two deployments)
        same_verb = [o for o in out if m.verb_token is not None and o.verb_token == m.verb_token
                     and (o.count is None or m.count is None) and not m.separate]
        if same_verb:
            _absorb(same_verb[-1], m)
            continue
        if (again := _the_senders_one_force(m, out)) is not None:
            # "Norway will send 300 soldiers to Chad ... The Norwegian troops will be based in
            # X": the one force of that sender told, moving on
            _absorb(again, m)
            continue
        if (named_by_place := _named_by_its_place(m, out)) is not None:
            # "Italy will send 1,900 soldiers to Lebanon ... The Lebanon contingent will sail":
            # a force named after the place it goes to is the deployment told there
            _absorb(named_by_place, m)
            continue
        if m.count is None and m.anaphoric:
            # "these military and police officers sent to X": the latest deployment, whatever
            # word it was told with
            same = [o for o in out if (o.actor == m.actor or m.actor is None or o.actor is None)
                    and (o.status == "withdrawn") == (m.status == "withdrawn")]
            if same:
                _absorb(same[-1], m)
                continue
        if m.count is None and (m.destination is None or _vague_place(m.destination)):
            # "they are sending troops", "peacekeepers would be deployed to the region": a
            # mention without a count or a named place is the latest deployment of its kind
            # (a force with no sender takes a sender's later mention only close by: "600
            # soldiers crossed into X ... [paragraphs later] Serbian troops were heading north"
            # names other troops)
            same = [o for o in out if _family(o.unit) == _family(m.unit)
                    and (o.actor == m.actor or m.actor is None or o.actor is None and _told_close_before(o, m))]
            same = [o for o in same if (o.status == "withdrawn") == (m.status == "withdrawn")]
            if same:
                _absorb(same[-1], m)
                continue
        for o in out:
            if o.step or _family(o.unit) != _family(m.unit) and not (m.count is not None and m.count == o.count):
                continue
            if o.shared and m.actor is not None and o.actor is not None and o.actor != m.actor:
                continue
            if (o.status == "withdrawn") != (m.status == "withdrawn"):
                continue
            if m.count is not None and o.count is not None:
                if m.count == o.count:
                    target = o
                continue
            if _other_actors(m.actor, o.actor):
                continue  # "coalition forces are in X" and "U.S. troops in X": two bodies' troops
            if m.destination and o.destination and _same_place(m.destination, o.destination):
                target = o
            elif m.count is None and o.count is None and m.destination == o.destination and m.status == o.status:
                target = o
            elif m.count is not None and o.count is None and m.destination == o.destination and m.destination:
                target = o
            elif m.count is not None and o.count is None and o.destination and m.destination \
                    and _vague_place(m.destination) and m.spans[0] in o.spans:
                target = o  # "boots on the ground in X ..., confirming that 900 soldiers would deploy to the region"
        if target is None:
            out.append(m)
            continue
        _absorb(target, m)
    # a bare mention before the one that gives count or place ("sending troops" in a
    # subheadline, then "700 troops to Kosovo"): the same deployment, when only one fits
    for bare in [o for o in out if o.count is None and o.destination is None]:
        fits = [o for o in out if o is not bare and _family(o.unit) == _family(bare.unit)
                and (o.count is not None or o.destination is not None)
                and (o.status == "withdrawn") == (bare.status == "withdrawn")
                and (bare.actor is None or bare.actor == o.actor
                     or o.actor is None and (o.spans[0] >= bare.spans[0] or _told_close_before(o, bare)))]
        if len(fits) == 1:
            target = fits[0]
            _absorb(target, bare)
            target.spans.sort()
            out.remove(bare)
    return _merge_same_counts(out)


def _told_close_before(told: Mention, m: Mention) -> bool:
    """``told`` was last reported at most a sentence or so (``_CLOSE`` characters) before ``m``."""
    return bool(told.spans and m.spans) and m.spans[0][0] - max(end for _, end in told.spans) <= _CLOSE


#: How far back, in characters, a mention reaches for the force it names again without a
#: count or a place: about one sentence of news copy.
_CLOSE = 250


def _departing_from_home(m: Mention, out: list[Mention]) -> Mention | None:
    """The force an uncounted "the soldiers will leave Fort Y" names again: a future withdrawal read
    from a force still only announced for another place, which it cannot have reached; the
    place it leaves is its home. Only when that sender has one such force told."""
    if not m.definite or not m.future or m.status != "withdrawn" or m.actor is None or m.destination is None:
        return None
    told = [o for o in out if o.actor == m.actor and o.count is not None and o.status == "announced"
            and not o.step and o.destination and not _same_place(o.destination, m.destination)
            and _family(o.unit) == _family(m.unit)]
    return told[0] if len(told) == 1 else None


def _the_senders_one_force(m: Mention, out: list[Mention]) -> Mention | None:
    """The deployment an uncounted "the Danish troops" / "their contingent" names again: the
    one counted force of its kind its sender was told to send, when there is exactly one."""
    if not m.named_again or m.actor is None or m.separate:
        return None
    told = [o for o in out if o.actor == m.actor and o.count is not None and not o.step
            and _family(o.unit) == _family(m.unit) and (o.status == "withdrawn") == (m.status == "withdrawn")]
    return told[0] if len(told) == 1 else None


def _named_by_its_place(m: Mention, out: list[Mention]) -> Mention | None:
    """"The Lebanon contingent", "the Kosovo force": an uncounted unit whose read sender is the
    destination of one deployment told before, of its kind — the force named after where it goes."""
    if m.count is not None or m.actor is None:
        return None
    told = [o for o in out if o.destination and not o.step and _family(o.unit) == _family(m.unit)
            and o.actor != m.actor and _same_place(o.destination, m.actor)]
    return told[-1] if len(told) == 1 else None


def _uncounted_force_counted(m: Mention, out: list[Mention]) -> Mention | None:
    """The deployment that "the 130 soldiers" counts: the one uncounted force told before by
    the same sender (or none named), to the same place or none, when that sender has no
    counted one."""
    if not m.definite or m.count is None or m.separate or m.shared or m.step:
        return None
    same = [o for o in out if not o.step and not o.shared and not _other_actors(o.actor, m.actor)
            and (o.status == "withdrawn") == (m.status == "withdrawn")]
    if any(o.count is not None for o in same):
        return None
    fits = [o for o in same if o.destination is None or m.destination is None or _same_place(o.destination, m.destination)]
    return fits[0] if len(fits) == 1 else None


def _told_force_again(m: Mention, out: list[Mention]) -> Mention | None:
    """The deployment "the reinforcements", "the contingent" or "the incoming soldiers" names
    again: the last one told (not a later step of a move), when no other sender is named."""
    if not m.told_again or m.separate:
        return None
    last = next((o for o in reversed(out) if not o.step), None)
    return last if last is not None and not _other_actors(m.actor, last.actor) else None


def _told_just_before(m: Mention, out: list[Mention]) -> bool:
    """"The troops", "the soldiers": an uncounted unit named with "the" and no sender of its
    own, after a counted deployment of its kind by the same sender, the last one told."""
    if not out or m.count is not None or not m.definite or m.separate or m.anaphoric:
        return False
    last = out[-1]
    return last.count is not None and not last.step and not last.shared and _family(last.unit) == _family(m.unit) \
        and m.actor in (None, last.actor) and (last.status == "withdrawn") == (m.status == "withdrawn")


def _merge_same_counts(out: list[Mention]) -> list[Mention]:
    """"a contingent ... consisting of 1,960 servicemen" gets its count only once its
    mentions are folded: a record whose count equals an earlier one of a body that may be
    the same is that deployment again."""
    kept: list[Mention] = []
    for m in out:
        same = [o for o in kept if m.count is not None and o.count == m.count and not (o.shared or m.shared)
                and not _other_actors(o.actor, m.actor) and (o.status == "withdrawn") == (m.status == "withdrawn")]
        if same:
            _absorb(same[0], m)
            same[0].spans.sort()
            continue
        kept.append(m)
    return kept


def _vague_place(place: str) -> bool:
    """"the region", "the scene", "its eastern border": a place named by common nouns only,
    which points back to a place named before."""
    words = place.split()
    if words and words[0].lower() in ("the", "its", "their", "a", "an"):
        words = words[1:]
    return bool(words) and not any(w[:1].isupper() for w in words)


def _other_actors(a: str | None, b: str | None) -> bool:
    """Both actors named, and not the same body."""
    if not a or not b:
        return False
    a, b = (re.sub(r"^the\s+", "", x.lower()).replace(".", "") for x in (a, b))
    return a not in b and b not in a


def _same_place(a: str, b: str) -> bool:
    """"The base" and "an Iraqi air base" name the same place; so do equal names."""
    return a == b or a.lower().split()[-1] == b.lower().split()[-1]


def _shared_group(out: list[Mention]) -> list[Mention]:
    """The several bodies' deployments read last from one sentence ("Britain will send 500
    troops and Canada 450"): the run of shared records at the end of ``out``."""
    group: list[Mention] = []
    for o in reversed(out):
        if not o.shared or o.step or group and o.spans[0] != group[0].spans[0]:
            break
        group.append(o)
    return group[::-1]


def _advance(target: Mention, m: Mention) -> None:
    """A later word on a deployment that tells no count or sender of its own: its span, and
    how far it has got ("are due to arrive")."""
    target.spans.extend(s for s in m.spans if s not in target.spans)
    if STATUS_ORDER.index(m.status) > STATUS_ORDER.index(target.status) and "withdrawn" not in (m.status, target.status) \
            and not (m.future and target.status == "announced"):
        target.status = m.status


def _absorb(target: Mention, m: Mention) -> None:
    """Fold a later mention into the deployment it repeats."""
    target.spans.extend(s for s in m.spans if s not in target.spans)
    # "military personnel" and "troops" for the same people: the plainer military word
    plain = word_set("military_units", "military_only")
    if m.unit.lower().split()[-1] in plain and target.unit.lower().split()[-1] not in plain:
        target.unit = m.unit
    if m.count is not None and target.count is None:
        target.count, target.qualifier = m.count, m.qualifier
    target.actor = target.actor or m.actor
    if m.within and target.destination and not _other_actors(m.within, target.destination):
        target.destination = m.destination  # "to Y" then "to X, a province in Y": the nearer place
    target.destination = target.destination or m.destination
    # a later mention may say how far it has got ("is on its way"), not what is still to come
    # ("Neither country has said how long the troops will remain")
    if STATUS_ORDER.index(m.status) > STATUS_ORDER.index(target.status) and "withdrawn" not in (m.status, target.status) \
            and not (m.future and target.status == "announced"):
        target.status = m.status


@Language.factory(
    "newsfacts_deployments",
    assigns=["doc.spans", "span._.nf_deployment"],
    requires=["token.dep", "token.lemma", "doc.ents", "span._.nf_name"],
    default_config={"spans_key": "nf_deployments", "dateline_key": "nf_dateline"},
)
def make_deployments(nlp: Language, name: str, spans_key: str, dateline_key: str) -> DeploymentFinder:
    return DeploymentFinder(nlp, name, spans_key=spans_key, dateline_key=dateline_key)
