"""``newsfacts_statements``: direct quotations and reported speech, with their speakers.

Direct speech is found from the quotation marks outwards; reported speech from the
speech verbs inwards. Each statement becomes a span in ``doc.spans[spans_key]`` whose
``span._.nf_statement`` holds its kind, text, speaker and the offsets of its cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from newsfacts._data import extra_words, load_lexicon, per_extra_words, word_set
from newsfacts._doctext import doc_text
from newsfacts.extensions import register_extensions
from newsfacts.mentions import Referent, SpeakerResolver, entity_at, ents_within, org_in

_OPENERS = {"\u201c", "\u00ab", "\u201e"}
_CLOSERS = {"\u201d", "\u00bb"}
_STRAIGHT = '"'
#: Tokens that open a quotation (the tokenizer keeps typewriter marks whole) and that close one.
_OPENING_TOKENS = _OPENERS | {_STRAIGHT, "``", "''"}
_CLOSING_TOKENS = _CLOSERS | {_STRAIGHT, "''"}
_LEAD_PUNCT = ":;,\u2014\u2013-"
_SENT_END = re.compile(r"[.!?](?=\s|$)")
_CONCESSIVE = {"despite", "although", "though", "whereas"}
_AFTER_END = re.compile(r"[\n\u201c\u00ab\"`]|[.!?](?=\s)")


@dataclass
class Quotation:
    """One pair of quotation marks: offsets of the marks and of the words inside."""

    open: int
    close: int  # one past the closing mark (or the paragraph's end when unclosed)
    inner_start: int
    inner_end: int
    paragraph: int
    continues: bool = False  # unclosed: runs on into the next paragraph


@dataclass
class Found:
    kind: str
    parts: list[tuple[int, int]]
    speaker: Referent | None
    cue: tuple[int, int] | None
    paragraph: int = 0
    attribution_after: int | None = None  # token index of a verb after the quote
    extra: dict[str, object] = field(default_factory=dict)


@per_extra_words
def _verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (
        word_set("speech_verbs", "verbs"),
        word_set("speech_verbs", "participles"),
        word_set("speech_verbs", "needs_quote"),
        word_set("speech_verbs", "quote_only"),
    )


def find_quotations(text: str) -> list[Quotation]:
    """Pair the quotation marks of ``text``, paragraph by paragraph.

    Curly marks say which way they face; a straight mark faces by its neighbours (after a
    space it opens, before one it closes). Typewriter marks count too: two backticks open
    (``like this''), two apostrophes face by their neighbours as a straight mark does.
    Marks nested inside an open quotation are part of it. A quotation still open at the
    end of its paragraph runs on when the next paragraph opens with a mark (news
    convention), else it ends with its paragraph.
    """
    out: list[Quotation] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        depth = 0
        start = -1
        for mark in _QUOTE_MARK.finditer(text, p_start, p_end):
            i, after = mark.start(), mark.end()
            opens = _mark_opens(mark.group(), text[i - 1] if i > p_start else " ",
                                text[after] if after < p_end else " ", depth)
            if opens and depth == 1 and _reopens_after_sentence(text, mark.group(), p_start, i):
                # '``A. ``B.'' : a paragraph break lost in flattened copy: the open quotation
                # ends with its sentence and a new one starts
                out.append(_quotation(text, start, i, p_index, unclosed=True))
                depth = 0
            if opens:
                if depth == 0:
                    start = i
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    out.append(_quotation(text, start, after, p_index))
        if depth > 0 and start >= 0:
            q = _quotation(text, start, p_end, p_index, unclosed=True)
            nxt_p = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            q.continues = nxt_p is not None and _opens_with_mark(text, nxt_p[0])
            out.append(q)
    return out


#: A quotation mark: typewriter pairs first, so that ``''`` is one mark, not two.
_QUOTE_MARK = re.compile("``|''|[\u201c\u201d\u00ab\u00bb\u201e\"]")


def _mark_opens(mark: str, prev: str, nxt: str, depth: int) -> bool:
    """Whether a quotation mark opens a quotation: curly marks and two backticks by their
    shape, a straight mark or two apostrophes by the characters beside them."""
    if mark in _OPENERS or mark == "``":
        return True
    if mark in _CLOSERS:
        return False
    if prev.isspace() or prev in "([{\u2014-:":
        return not (nxt.isspace() and depth > 0)
    if nxt.isspace() or nxt in ".,;:!?)]}\u2014-":
        return False
    return depth == 0


def _reopens_after_sentence(text: str, mark: str, p_start: int, i: int) -> bool:
    """An opening mark of unambiguous shape (curly, two backticks) right after a full
    stop, "!" or "?" while a quotation is open: in copy whose paragraphs were run
    together, the open quotation ran to the end of its paragraph and this one starts the next."""
    if mark not in _OPENERS and mark != "``":
        return False
    j = i - 1
    while j > p_start and text[j] in " \t":
        j -= 1
    return j > p_start and j < i - 1 and text[j] in ".!?"


def _opens_with_mark(text: str, offset: int) -> bool:
    """Whether a quotation mark stands at ``offset``."""
    m = _QUOTE_MARK.match(text, offset)
    return m is not None and m.group() not in _CLOSERS


def _quotation(text: str, open_: int, close: int, paragraph: int, unclosed: bool = False) -> Quotation:
    opening = _QUOTE_MARK.match(text, open_)
    inner_start = open_ + (len(opening.group()) if opening else 1)
    inner_end = close
    if not unclosed:
        inner_end -= 2 if text[close - 2 : close] in ("''", "``") else 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quotation(open_, close, inner_start, inner_end, paragraph)


class StatementFinder:
    """Write statements to ``doc.spans[spans_key]``, details in ``span._.nf_statement``."""

    def __init__(self, nlp: Language, name: str = "newsfacts_statements", *, spans_key: str = "nf_statements",
                 extra_speech_verbs: list[str] | None = None, extra_titles: list[str] | None = None) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.extra_speech_verbs = list(extra_speech_verbs or [])
        self.extra_titles = list(extra_titles or [])

    def __call__(self, doc: Doc) -> Doc:
        # the config's words join the shipped lists while this component runs
        with extra_words({("speech_verbs", "verbs"): self.extra_speech_verbs,
                          ("speech_verbs", "participles"): self.extra_speech_verbs,
                          ("titles", "titles"): self.extra_titles}):
            return self._annotate(doc)

    def _annotate(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            doc.spans[self.spans_key] = []  # nothing to read without a parse
            return doc
        resolver = SpeakerResolver(doc, quoted=[(q.open, q.close) for q in _body_quotations(doc)])
        found = find_statements(doc, resolver)
        text = doc_text(doc)
        spans: list[Span] = []
        used: set[tuple[int, int]] = set()
        for f in found:
            start, end = f.parts[0][0], f.parts[-1][1]
            sp = f.speaker
            # the group's span covers what was said and, within its sentence, who said it:
            # two speakers of one clause ("Both he and Stephen Mold urged ...") get two spans,
            # as extension values are stored per character range
            lo, hi = start, end
            if sp is not None and len(sp.span) and abs(sp.span.start_char - start) < 400:
                lo, hi = min(lo, sp.span.start_char), max(hi, sp.span.end_char)
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is None or (span.start_char, span.end_char) in used:
                continue
            used.add((span.start_char, span.end_char))
            said = " ".join(text[s:e] for s, e in f.parts)
            span = Span(doc, span.start, span.end, label=f.kind)
            span._.nf_statement = {
                "kind": f.kind,
                "text": " ".join(said.split()),
                "parts": [list(p) for p in f.parts],
                "start": start,
                "end": end,
                "speaker": sp.name if sp else None,
                "speaker_named": bool(sp and sp.named),
                "speaker_person": bool(sp and sp.person),
                "speaker_span": [sp.span.start_char, sp.span.end_char] if sp else None,
                "speaker_title": list(resolver.titles.get(sp.name, (None, None))) if sp and sp.person else None,
                "speaker_role": sp.role if sp else None,
                "speaker_role_organization": org_in(sp.span) if sp and sp.role else None,
                "speaker_members": [[m.name, m.person] for m in sp.members] if sp else [],
                "cue": list(f.cue) if f.cue else None,
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def find_statements(doc: Doc, resolver: SpeakerResolver | None = None) -> list[Found]:
    """Every statement in ``doc``, in text order: the quotations that stand as what somebody
    said, then the reported speech outside them, read together in text order so that the
    resolver knows who spoke last."""
    quotes = _body_quotations(doc)
    resolver = resolver or SpeakerResolver(doc, quoted=[(q.open, q.close) for q in quotes])
    reported = _ReportedInOrder(doc, resolver, [t for t in _body_tokens(doc) if _may_cue(t, _cue_words())])
    direct = _direct_statements(doc, quotes, resolver, reported)
    reported.catch_up(len(doc_text(doc)))
    found = direct + [f for f in _reported_outside_quotations(doc, reported, direct)
                      if not _cued_inside_a_quotation(f, quotes)]
    found.sort(key=lambda f: f.parts[0][0])
    # the speaker of a direct quotation resolved before a later indirect one is kept
    return _dedupe(found)


#: The lists of verbs ``_reported_at`` reads besides the speech verbs: "urged X to ...",
#: "called X "Y"", "described X as Y", "ranked the storm the worst since ...".
_OBJECT_CUE_LISTS = ("urge_verbs", "predicate_verbs", "judge_as_verbs", "superlative_verbs")


@per_extra_words
def _object_cue_words() -> frozenset[str]:
    return word_set("speech_verbs", *_OBJECT_CUE_LISTS)


@per_extra_words
def _cue_words() -> frozenset[str]:
    """Every lemma ``_reported_at`` reads as a cue: the speech verbs and ``_OBJECT_CUE_LISTS``."""
    return _verbs()[0] | _object_cue_words()


def _may_cue(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether ``_reported_at`` can find anything at ``token`` (the tests it makes first, and
    nothing else): "according", "per", or a verb whose lemma is a cue. Reading only these
    tokens finds the same statements at a fraction of the cost."""
    return token.lower_ in ("according", "per") or (
        token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lemmas)


def _body_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` outside its headline that may be cues (`_may_cue`): its
    verbs and auxiliaries, "according" and "per", found in the Doc's arrays rather than by
    building every token."""
    headline = doc._.nf_headline
    pos, lower = doc.to_array([POS, LOWER]).T
    maybe = numpy.isin(pos, _CUE_POS) | numpy.isin(lower, _CUE_WORDS)
    return [t for t in (doc[i] for i in maybe.nonzero()[0].tolist())
            if not (headline and headline[0] <= t.idx < headline[1])]


_CUE_POS = numpy.array([VERB, AUX], dtype=numpy.uint64)
_CUE_WORDS = numpy.array([get_string_id("according"), get_string_id("per")], dtype=numpy.uint64)


@dataclass
class _ReportedInOrder:
    """Reported speech read token by token in text order, interleaved with the quotations:
    before each quotation, the speech verbs that come before it."""

    doc: Doc
    resolver: SpeakerResolver
    candidates: list[Token]
    cursor: int = 0
    found: list[tuple[int, Found]] = field(default_factory=list)  # (cue token index, statement)
    quote_verbs: set[int] = field(default_factory=set)  # verbs that attribute a quotation

    def catch_up(self, limit: int) -> None:
        """Read the reported speech cued by every token before character offset ``limit``."""
        while self.cursor < len(self.candidates) and self.candidates[self.cursor].idx < limit:
            token = self.candidates[self.cursor]
            self.cursor += 1
            if token.i not in self.quote_verbs:
                self.found.extend((token.i, f) for f in _reported_at(self.doc, token, self.resolver))


def _direct_statements(doc: Doc, quotes: list[Quotation], resolver: SpeakerResolver,
                       reported: _ReportedInOrder) -> list[Found]:
    """The quotations that stand as what somebody said, one statement per act of saying.

    A quotation that runs on into the next paragraph, or that its attribution interrupts
    ("A," he said, "B."), joins the statement before it; one with no attribution of its own
    goes to a signature, a lead-in paragraph, a person named in its paragraph or whoever
    spoke last.
    """
    verbs, _, needs_quote, quote_only = _verbs()
    attributing = verbs | quote_only | needs_quote
    text = doc_text(doc)
    paragraphs = _paragraph_index(text)
    found: list[Found] = []
    pending: Found | None = None  # a multi-paragraph quotation still running
    for q in quotes:
        reported.catch_up(q.open)
        if not _stands_alone(doc, text, q, verbs):
            continue
        if pending is not None and _runs_on(pending, q):
            pending.parts.append((q.inner_start, q.inner_end))
            pending.paragraph = q.paragraph
            pending.extra["continues"] = q.continues
            continue
        verb, position = _attribution(doc, text, q, attributing)
        if verb is None and _led_in_by(text, q, ","):
            continue  # ', "neutralizing the threat" is an aim': a phrase, not speech
        speaker: Referent | None = None
        cue = None
        if verb is not None:
            reported.quote_verbs.add(verb.i)
            cue = (verb.idx, verb.idx + len(verb.text))
            speaker = _speaker_of_attribution(doc, verb, position, q, resolver)
        previous = found[-1] if found else None
        if previous is not None and _same_act(previous, q, verb):
            # "A," he said, "B."  /  "A," he said. "B."  → one statement
            previous.parts.append((q.inner_start, q.inner_end))
            previous.extra["continues"] = q.continues
            pending = previous if q.continues else None
            continue
        if verb is None:
            speaker = _unattributed_speaker(doc, q, paragraphs, resolver, attributing)
        if speaker is not None and speaker.span is not None and len(speaker.span):
            resolver.remember(speaker)
        f = Found("direct", [(q.inner_start, q.inner_end)], speaker, cue, q.paragraph,
                  attribution_after=verb.i if verb is not None and position in ("after", "inverted", "shaped") else None)
        f.extra["continues"] = q.continues
        pending = f if q.continues else None
        found.append(f)
    return found


def _runs_on(pending: Found, q: Quotation) -> bool:
    """A quotation that opens the paragraph after an unclosed one continues it."""
    return q.paragraph == pending.paragraph + 1 and bool(pending.extra.get("continues"))


def _same_act(previous: Found, q: Quotation, verb: Token | None) -> bool:
    """"A," he said, "B." (one verb after the first part) and "A," he said. "B." (no verb of
    its own, same paragraph): the second quotation is the same act of saying."""
    if previous.kind != "direct":
        return False
    if verb is not None:
        return previous.attribution_after == verb.i
    return previous.paragraph == q.paragraph


def _speaker_of_attribution(doc: Doc, verb: Token, position: str, q: Quotation,
                            resolver: SpeakerResolver) -> Referent | None:
    """The subject of the verb that attributes a quotation ('Said the mayor, "..."' has it
    after the verb)."""
    if position == "inverted":
        # '"…," lamented farmer Joris Appel': the person named after the verb
        person = _person_after(doc, verb)
        if person is not None:
            return Referent(person._.nf_name or person.text, person, True, True)
    if position == "shaped":
        # '"…," her coach, Efua Boateng, chimed in.': the name beside the verb
        named = _name_in_attribution(doc, q)
        if named is not None:
            return Referent(named._.nf_name or named.text, named, True, True)
    subject = (_inverted_subject(doc, verb, q) if position == "before" else None) or _subject_of(verb)
    if subject is not None and q.open <= subject.idx < q.close:
        # '"A, then B," recounted Ilona Varga': the parser took the quotation's last words
        # for the subject; a speaker is never inside the quotation, so the name after the verb is
        person = _person_after(doc, verb) if position == "after" else None
        return Referent(person._.nf_name or person.text, person, True, True) if person is not None else None
    return resolver.resolve(subject) if subject is not None else None


def _person_after(doc: Doc, verb: Token) -> Span | None:
    """The person named within six words after ``verb`` ('countered his rival, Pia Lund')."""
    return next((e for e in doc.ents if e.label_ == "PERSON" and verb.i < e.start <= verb.i + 6), None)


def _unattributed_speaker(doc: Doc, q: Quotation, paragraphs: list[tuple[int, int]],
                          resolver: SpeakerResolver, verbs: frozenset[str]) -> Referent | None:
    """A quotation with no attribution: a signature after a dash, the lead-in paragraph that
    ends with a colon, the person just named in this paragraph, else whoever spoke last."""
    speaker = _signed(doc, doc_text(doc), q, resolver) or _echoed_after(doc, q, resolver) \
        or _according_to_lead_in(doc, q, resolver) or _led_in_by_colon_paragraph(doc, q, paragraphs, resolver, verbs)
    if speaker is not None:
        return speaker
    name = _person_in_paragraph(doc, resolver, q, paragraphs)
    if name is not None:
        return Referent(name, doc[0:0], True, True)
    last = resolver.last_speaker
    if last is not None:
        return Referent(last.name, doc[0:0], last.named, last.person)
    return None


def _reported_outside_quotations(doc: Doc, reported: _ReportedInOrder, direct: list[Found]) -> list[Found]:
    """The reported speech that is a statement of its own: not cued by a verb that
    attributes a quotation, and not a reported clause lying mostly inside a quotation."""
    direct_ranges = [(f.parts[0][0], f.parts[-1][1]) for f in direct]
    quote_cues = {doc[i].idx for i in reported.quote_verbs}
    out: list[Found] = []
    for verb_i, f in reported.found:
        if verb_i in reported.quote_verbs or (f.cue is not None and f.cue[0] in quote_cues):
            continue
        start, end = f.parts[0]
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in direct_ranges)
        if inside <= 0.5 * (end - start):
            out.append(f)
    return out


def _cued_inside_a_quotation(found: Found, quotes: list[Quotation]) -> bool:
    """'X said the court had "finally said what everyone knew"': a speech verb inside a
    quotation is part of the quoted words, not an act of saying the article reports."""
    if found.cue is None:
        return False
    start = found.cue[0]
    return any(q.inner_start <= start < q.inner_end for q in quotes)


def _reported_at(doc: Doc, token: Token, resolver: SpeakerResolver) -> list[Found]:
    """Reported speech cued by ``token``: "according to X", a speech verb with its clause,
    "urged X to ...", "called X "Y""."""
    verbs, participles, needs_quote, _ = _verbs()
    if token.lower_ == "according" or (token.lower_ == "per" and token.i > 0 and doc[token.i - 1].lower_ == "as"):
        # "according to X", "as per X"
        one = _according_to(doc, token, resolver)
        return [one] if one is not None else []
    if _is_speech_verb(token, verbs) and (token.lemma_.lower() not in needs_quote or _phrasal(token)):
        return _reported(doc, token, resolver, participles)
    if token.pos_ == "VERB" and token.lemma_.lower() in _object_cue_words():
        # "urged X to ...", "called on X to ..."; else "called X "Y"", "described X as Y",
        # "ranked the storm the worst since ..."
        one = _urged(doc, token, resolver) or _predicated(doc, token, resolver) or _ranked(doc, token, resolver)
        return [one] if one is not None else []
    return []


def _body_quotations(doc: Doc) -> list[Quotation]:
    """The quotations of ``doc`` outside its headline."""
    headline = doc._.nf_headline
    return [q for q in find_quotations(doc_text(doc)) if not (headline and headline[0] <= q.open < headline[1])]


def _dedupe(found: list[Found]) -> list[Found]:
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for f in found:
        key = (f.parts[0][0], f.parts[-1][1], f.speaker.name if f.speaker else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _paragraph_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _is_speech_verb(token: Token, verbs: frozenset[str]) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs and token.tag_ != "MD"


def _stands_alone(doc: Doc, text: str, q: Quotation, verbs: frozenset[str]) -> bool:
    """A quotation is direct speech when it is not a phrase quoted inside a clause.

    It must open its sentence, follow a colon, comma or dash, or follow a speech verb
    straight away ("adding "We call on ..."").
    """
    if _phrase_inside_clause(doc, text, q, verbs):
        return False
    i = _before(text, q)
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in _LEAD_PUNCT:
        return True
    if text[i] in ".!?" or _after_closed_sentence(text, i):
        return True
    before = doc.char_span(max(0, i - 30), i + 1, alignment_mode="contract")
    if before is not None and len(before):
        last = before[-1]
        return _is_speech_verb(last, verbs | {"read", "write", "tweet", "post"}) or last.lower_ in ("saying", "adding")
    return False


def _phrase_inside_clause(doc: Doc, text: str, q: Quotation, verbs: frozenset[str]) -> bool:
    """'"Very few" of the 2,500 residents left': a quoted phrase with no punctuation of its
    own, which the clause runs on from (a preposition, a conjunction or a verb that is no
    speech verb follows the closing mark), is part of that clause, not a quotation that
    stands as what was said."""
    if q.inner_end <= q.inner_start or not text[q.inner_end - 1].isalnum():
        return False
    after = doc.char_span(q.close, min(len(text), q.close + 40), alignment_mode="contract")
    words = [t for t in after or () if not t.is_space]
    if not words or not words[0].is_lower:
        return False
    nxt = words[0]
    return nxt.pos_ in ("ADP", "CCONJ", "AUX", "PART") or (nxt.pos_ == "VERB" and not _is_speech_verb(nxt, verbs))


def _after_closed_sentence(text: str, i: int) -> bool:
    """A closing quotation mark ending at offset ``i`` after a full stop, "!" or "?"."""
    width = 2 if text[i - 1 : i + 1] == "''" else 1
    return (text[i] in _CLOSERS | {_STRAIGHT, "'"} and i - width >= 0 and text[i - width] in ".!?")


def _before(text: str, q: Quotation) -> int:
    """Offset of the last character before a quotation's opening mark that is not a space
    or tab on its line, -1 at the start of the text."""
    i = q.open - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i


def _led_in_by(text: str, q: Quotation, marks: str) -> bool:
    i = _before(text, q)
    return i >= 0 and text[i] in marks


def _attribution(doc: Doc, text: str, q: Quotation, verbs: frozenset[str]) -> tuple[Token | None, str]:
    """The speech verb that attributes a quotation: first after it, then before it; a
    quotation led in by a comma or colon ("X said, "...") looks before it first."""
    if _led_in_by(text, q, ",:"):
        verb = _attribution_before(doc, text, q, verbs)
        if verb is not None:
            return verb, "before"
    # after: up to the next quotation mark, full stop or line break
    end = q.close
    after = doc.char_span(end, _end_of_words_after(doc, end), alignment_mode="contract")
    if after is not None:
        for tok in after:
            if _is_speech_verb(tok, verbs) or (tok.lemma_ == "continue" and tok.pos_ == "VERB"):
                if _next_sentence_verb(text, q, tok):
                    break
                first = _verb_before_name(text, q, after)
                if _subject_of(tok) is None and first is not None and first.i == tok.i:
                    return tok, "inverted"  # the parser gave the verb no subject
                return tok, "after"
        shaped = _attribution_by_shape(text, q, after)
        if shaped is not None:
            return shaped, "after"
        verb_first = _verb_before_name(text, q, after)
        if verb_first is not None:
            return verb_first, "inverted"
        placed = _verb_by_position(text, q, after)
        if placed is not None:
            return placed, "shaped"
    verb = _attribution_before(doc, text, q, verbs)
    return (verb, "before") if verb is not None else (None, "")


def _next_sentence_verb(text: str, q: Quotation, verb: Token) -> bool:
    """'"The pitch is perfect." Groundsman X said the covers had stayed on.': after a
    quotation that ends its own sentence, a speech verb with a reported clause of its own
    starts the next statement; it does not attribute the quotation ('"..." he said.' does)."""
    if q.inner_end <= q.inner_start or text[q.inner_end - 1] not in ".!?" or text[q.close : q.close + 1] == ",":
        return False
    return any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children) or _hung_that_clause(verb) is not None


def _end_of_words_after(doc: Doc, start: int) -> int:
    """One past the next quotation mark, sentence-ending mark or line break from ``start``;
    the full stop of an abbreviation ("U.S.", "Gen.") ends no sentence."""
    text = doc_text(doc)
    pos = start
    while (m := _AFTER_END.search(text, pos)) is not None:
        if m.group() == "." and _abbreviation_dot(doc, m.start()):
            pos = m.end()
            continue
        return m.start() + 1
    return len(text)


def _abbreviation_dot(doc: Doc, offset: int) -> bool:
    """Whether the full stop at ``offset`` belongs to a word token ("U.S.", "Sgt.")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) == 1 and len(span[0].text) > 1 and not span[0].is_punct


def _attribution_by_shape(text: str, q: Quotation, after: Span) -> Token | None:
    """"…," Name VERB.  /  "…," VERB Name.: any verb in that slot attributes the quotation.

    The quotation must end its words with a comma, "!" or "?" (or be followed by a comma),
    and what follows it up to the sentence's end must be short: a finite verb whose
    subject names someone, on either side of it.
    """
    closing = text[q.inner_end - 1 : q.inner_end] if q.inner_end > q.inner_start else ""
    follows = text[q.close : q.close + 1]
    if closing not in (",", "!", "?", "—") and follows != ",":
        return None
    words = [t for t in after if not t.is_punct and not t.is_space]
    if not words or len(words) > 16:
        return None  # a long clause after the quotation is a sentence of its own
    for tok in words[:6]:
        if tok.pos_ != "VERB" or not _finite_or_bare_past(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i >= after.start]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN", "PRON"):
            return tok
    return None


def _finite_or_bare_past(verb: Token) -> bool:
    """A finite verb, or a past participle with no auxiliary: the tagger often reads an
    uncommon past tense ("chimed in", "beamed") as a participle."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _verb_by_position(text: str, q: Quotation, after: Span) -> Token | None:
    """'"…," her coach, Efua Boateng, chimed in.'  /  '"…," beamed Nadia Okafor after the race.':
    read by position where the parser tangled the sentence. After a quotation that ends its
    words with a comma, "!" or "?", a short attribution that names a person, with a past
    tense verb (or one the tagger reads as a participle) right before the name or closing
    the attribution (a particle may follow it), attributes the quotation."""
    closing = text[q.inner_end - 1 : q.inner_end] if q.inner_end > q.inner_start else ""
    if closing not in (",", "!", "?", "\u2014") and text[q.close : q.close + 1] != ",":
        return None
    words = [t for t in after if not t.is_punct and not t.is_space]
    name = _name_in_attribution(after.doc, q)
    if not words or len(words) > 14 or name is None:
        return None

    def past(tok: Token) -> bool:
        return tok.is_lower and tok.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children)

    # the verb first, the name straight after it
    if past(words[0]) and name.start <= words[0].i + 3:
        return words[0]
    # the name first, the verb last (a particle may close the sentence: "chimed in")
    last = words[-2] if len(words) > 1 and words[-1].tag_ in ("RP", "IN", "RB") else words[-1]
    if past(last) and name.end <= last.i:
        return last
    return None


def _name_in_attribution(doc: Doc, q: Quotation) -> Span | None:
    """The first person the words after a quotation name, up to the sentence's end: a
    PERSON entity, else a run of two or more capitalised proper nouns."""
    span = doc.char_span(q.close, _end_of_words_after(doc, q.close), alignment_mode="contract")
    if span is None or not len(span):
        return None
    people = [e for e in span.ents if e.label_ == "PERSON"]
    if people:
        return people[0]
    runs = [t for t in span if t.pos_ == "PROPN" and t.is_title]
    for tok in runs:
        if tok.i + 1 < span.end and doc[tok.i + 1] in runs:
            end = tok.i + 1
            while end < span.end and doc[end] in runs:
                end += 1
            return doc[tok.i : end]
    return None


def _verb_before_name(text: str, q: Quotation, after: Span) -> Token | None:
    """'"…," lamented farmer Joris Appel as ...': a past-tense word straight after the
    quotation and a person named within the next few words attribute it, whatever part of
    speech the tagger gave the verb (it often reads "lamented farmer" as an adjective and
    its noun)."""
    closing = text[q.inner_end - 1 : q.inner_end] if q.inner_end > q.inner_start else ""
    if closing not in (",", "!", "?", "\u2014") and text[q.close : q.close + 1] != ",":
        return None
    words = [t for t in after if not t.is_punct and not t.is_space]
    if not words or not words[0].is_lower or not words[0].lower_.endswith("ed") \
            or words[0].tag_ not in ("VBD", "VBN", "JJ"):
        return None
    first = words[0]
    if any(e.label_ == "PERSON" and first.i < e.start <= first.i + 6 for e in after.doc.ents):
        return first
    return None


def _attribution_before(doc: Doc, text: str, q: Quotation, verbs: frozenset[str]) -> Token | None:
    """A speech verb between the sentence start and the quotation's opening mark."""
    p_start = text.rfind("\n", 0, q.open) + 1
    segment = text[p_start : q.open]
    ends = [m.end() for m in _SENT_END.finditer(segment)]
    b_start = p_start + (ends[-1] if ends else 0)
    before = doc.char_span(b_start, q.open, alignment_mode="contract")
    if before is not None:
        for tok in reversed(list(before)):
            if _is_speech_verb(tok, verbs | {"speak", "criticize", "defend"}) or tok.lemma_ in ("speak", "defend", "write"):
                return tok
        # 'Answered Minister X, "..."': a speech verb that opens the sentence, whatever
        # part of speech the tagger gave it
        words = [t for t in before if not t.is_space]
        if words and words[0].is_title and words[0].lower_ in _past_forms(verbs):
            return words[0]
    return None


def _past_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The simple past of regular speech verbs ("replied", "answered") and of "say", "tell", "write"."""
    forms = {"said", "told", "wrote"}
    for v in verbs:
        if v.endswith("e"):
            forms.add(v + "d")
        elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
            forms.add(v[:-1] + "ied")
        else:
            forms.add(v + "ed")
    return frozenset(forms)


def _inverted_subject(doc: Doc, verb: Token, q: Quotation) -> Token | None:
    """'Replied spokesman X, "..."', 'Said the mayor, X: "..."': a speech verb that opens its
    sentence has its speaker in the words between it and the quotation."""
    previous = verb.i - 1
    while previous >= 0 and doc[previous].is_space:
        previous -= 1
    if previous >= 0 and not (doc[previous].text in ".!?" or "\n" in doc[previous + 1 : verb.i].text):
        return None
    words = [t for t in doc[verb.i + 1 :] if t.idx < q.open]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if not words or len(words) > 12 or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    phrase = doc[words[0].i : words[-1].i + 1]
    # the tagger may take the verb for an adjective and the title for the head: a name wins
    people = [e for e in ents_within(phrase) if e.label_ == "PERSON"]
    return people[-1].root if people else phrase.root


def _subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb, through participles and conjunctions."""
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            break
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            source = _according_to_source_before(subjects[0])
            if source is not None:
                return source
            # "Minister X, who said ...": the relative pronoun stands for its antecedent
            if subjects[0].tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                return node.head
            # "association chair Bill Okafor voiced": a named person among two subjects;
            # "Another co-author, ... professor Julian Marshall, said": else the fullest one
            return max(subjects, key=lambda t: (t.ent_type_ == "PERSON", sum(1 for _ in t.subtree), -t.i))
        # "said the plan was ready and added that ...": a speech verb coordinated inside
        # another one's reported clause is that speaker's next act
        if node.dep_ == "conj" and node.head.dep_ == "ccomp" and node.head.head.lemma_.lower() in _verbs()[0]:
            node = node.head.head
            continue
        if _next_speech_act(node):
            node = node.head
            continue
        # "<outlet> quoted the fire service as saying ...", "cited sources as saying": the one quoted spoke
        if node.dep_ == "pcomp" and node.head.lower_ == "as" \
                and node.head.head.lemma_.lower() in word_set("speech_verbs", "quoting_verbs"):
            quoted = [c for c in node.head.head.children if c.dep_ == "dobj"]
            if quoted:
                return quoted[0]
        # "ended the speculation by saying that ...": through the preposition to its verb
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            node = node.head.head
            continue
        if node.dep_ in ("conj", "advcl", "acl", "xcomp", "pcomp", "relcl") and node.head.i != node.i:
            node = node.head
            continue
        # "released a statement saying ...": the statement's issuer
        if node.pos_ == "NOUN" and node.dep_ in ("dobj", "pobj") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def _according_to_source_before(pronoun: Token) -> Token | None:
    """'..., according to police, who said ...': a relative pronoun just after the source of
    "according to" and its comma stands for that source, wherever the parser hangs the clause."""
    if pronoun.tag_ not in ("WP", "WDT") or pronoun.i < 2:
        return None
    doc = pronoun.doc
    comma, source = doc[pronoun.i - 1], doc[pronoun.i - 2]
    if comma.text != "," or source.dep_ != "pobj" or source.head.lower_ != "to" \
            or source.head.head.lower_ != "according":
        return None
    return source


_SIGNATURE_DASH = re.compile(r"[ \t]*[-\u2013\u2014]+[ \t]*")


def _signed(doc: Doc, text: str, q: Quotation, resolver: SpeakerResolver) -> Referent | None:
    """"…" - Name, title: a signature after a dash on the quotation's own line."""
    m = _SIGNATURE_DASH.match(text, q.close)
    if m is None or m.end() == q.close:
        return None
    line_end = text.find("\n", m.end())
    line = doc.char_span(m.end(), line_end if line_end >= 0 else len(text), alignment_mode="contract")
    if line is None or not len(line):
        return None
    # the person the signature names before any comma, else its named body ("Ministry
    # spokesman NAME" is the spokesman), else its last run of proper nouns ("- NAME, town")
    upto = next((t.i for t in line if t.text == ","), line.end)
    ents = [e for e in ents_within(doc[line.start : upto]) if e.label_ in ("PERSON", "ORG")]
    ent = next((e for e in ents if e.label_ == "PERSON"), ents[0] if ents else None)
    if ent is not None:
        return Referent(ent._.nf_name or ent.text, ent, True, ent.label_ == "PERSON")
    name = _last_proper_name(doc[line.start : upto])
    return Referent(name.text, name, True, True) if name is not None else None


def _last_proper_name(span: Span) -> Span | None:
    """The last run of two or more capitalised proper nouns in ``span`` ("Fire chief Ana
    Brook" → "Ana Brook"), else None."""
    runs: list[list[Token]] = []
    for tok in span:
        if tok.pos_ == "PROPN" and tok.is_title:
            if runs and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    named = [r for r in runs if len(r) >= 2]
    return span.doc[named[-1][0].i : named[-1][-1].i + 1] if named else None


def _according_to_lead_in(doc: Doc, q: Quotation, resolver: SpeakerResolver) -> Referent | None:
    """'According to prosecutor X, the letter could help the case: "..."': a quotation led in
    by a colon in a sentence attributed with "according to" is that source's."""
    text = doc_text(doc)
    if not _led_in_by(text, q, ":"):
        return None
    lead = doc.char_span(text.rfind("\n", 0, q.open) + 1, q.open, alignment_mode="contract")
    if lead is None or not len(lead):
        return None
    sent_start = lead[-1].sent.start
    for tok in doc[max(lead.start, sent_start) : lead.end]:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if source is not None and source.pos_ != "PRON":
                named = _apposed_name(doc, max(t.i for t in source.subtree) + 1)
                return resolver.resolve(named.root if named is not None else _issuer(source))
    return None


def _echoed_after(doc: Doc, q: Quotation, resolver: SpeakerResolver) -> Referent | None:
    """'"Stay off the roads." That was the message from police chief X on Friday.': the
    sentence after the quotation points back at it ("That/This was ...") and names its
    source after "from"."""
    after = doc.char_span(q.close, _end_of_words_after(doc, q.close), alignment_mode="contract")
    words = [t for t in after or () if not t.is_space]
    if len(words) < 4 or words[0].lower_ not in ("that", "this") or words[1].lemma_ != "be":
        return None
    source = next((c for t in words if t.lower_ == "from" for c in t.children if c.dep_ == "pobj"), None)
    return resolver.resolve(source) if source is not None else None


def _led_in_by_colon_paragraph(doc: Doc, q: Quotation, paragraphs: list[tuple[int, int]],
                               resolver: SpeakerResolver, verbs: frozenset[str]) -> Referent | None:
    """A quotation that opens its paragraph after one ending with a colon ("Minister X said:",
    "And from Minister X:", "She added:") belongs to whoever that paragraph introduces."""
    if q.paragraph == 0 or q.paragraph >= len(paragraphs) or paragraphs[q.paragraph][0] != q.open:
        return None
    p_start, p_end = paragraphs[q.paragraph - 1]
    if not doc_text(doc)[p_start:p_end].rstrip().endswith(":"):
        return None
    lead = doc.char_span(p_start, p_end, alignment_mode="contract")
    if lead is None or not len(lead):
        return None
    for tok in reversed(list(lead)):
        if _is_speech_verb(tok, verbs | {"post", "write", "tweet"}) or tok.lemma_.lower() in ("post", "write", "tweet"):
            subject = _subject_of(tok)
            if subject is not None:
                return resolver.resolve(subject)
    # "And from Finance Minister X:": the last person or body the lead-in names
    ents = [e for e in ents_within(lead) if e.label_ in ("PERSON", "ORG")]
    if ents:
        return Referent(ents[-1]._.nf_name or ents[-1].text, ents[-1], True, ents[-1].label_ == "PERSON")
    return None


def _name_just_before(verb: Token) -> Token | None:
    """"..., Helmand's police chief, Abdul Rahman Sarjang, said.": the parser may leave the
    verb without a subject; a person or body named right before it, set off by a comma, is it."""
    doc = verb.doc
    i = verb.i - 1
    sent_start = verb.sent.start
    while i > sent_start and doc[i].is_punct:
        i -= 1
    if i == verb.i - 1 or i <= sent_start:
        return None
    ent = entity_at(doc[i])
    if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.end != i + 1:
        return None
    return ent.root


def _person_in_paragraph(doc: Doc, resolver: SpeakerResolver, q: Quotation, paragraphs: list[tuple[int, int]]) -> str | None:
    p_start = paragraphs[q.paragraph][0] if q.paragraph < len(paragraphs) else 0
    start_token = doc.char_span(p_start, q.open, alignment_mode="contract")
    if start_token is None or not len(start_token):
        return None
    name = resolver.person_before(start_token.end)
    # only a person named in this same paragraph
    for ent in ents_within(start_token):
        if ent.label_ == "PERSON" and (ent._.nf_name or ent.text) == name:
            return name
    return None


def _phrasal(verb: Token) -> bool:
    """"pointed out that ...": a phrasal verb that reports speech with its particle."""
    particle = load_lexicon("speech_verbs")["phrasal"].get(verb.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _hung_that_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on a noun after the speech verb: "told reporters at the
    harbour that ...", "has warned for years that ...", "said in a statement that ...".

    The clause follows a noun that is the verb's object or the object of one of its
    prepositions, starts with "that" and has a subject of its own, so "that" is no relative
    pronoun standing for the noun."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nouns += [n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    nouns += [n for o in list(nouns) for p in o.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    for noun in sorted(nouns, key=lambda t: t.i):
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.i < noun.i:
                continue
            that = _first_of(clause)
            if that.lower_ != "that" or that.i <= noun.i or that.i - noun.i > 2:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != that.i for c in clause.children):
                return clause
    return _that_clause_further_on(verb)


def _stance_that_clause(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"voiced concern that ...", "expressed surprise that ...", "reiterated its position
    that ...": a speech verb, a noun of stance and a that-clause with a subject of its own.
    Read by position, as the parser often takes the verb for an adjective of the noun."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBG") or any(c.dep_ == "neg" for c in verb.children):
        return None
    i = verb.i + 1
    if i < len(doc) and doc[i].tag_ == "PRP$":
        i += 1
    if i + 2 >= len(doc) or doc[i].lower_ not in word_set("speech_verbs", "stance_nouns") \
            or doc[i + 1].lower_ != "that":
        return None
    that = doc[i + 1]
    clause = that.head if that.head.i > that.i else doc[i + 2].head
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in clause.children):
        return None
    subject = _subject_of(verb) or next((t for t in doc[verb.sent.start : verb.i]
                                         if t.dep_ == "nsubj" and t.head.i == verb.i), None)
    if subject is None:
        return None
    start, end = _trim_clause(doc, that.i + 1, max(t.i for t in clause.subtree) + 1)
    if end - start < 2:
        return None
    speaker = resolver.resolve(subject)
    if speaker is not None and len(speaker.span):
        resolver.remember(speaker)
    span = doc[start:end]
    return Found("indirect", [(span.start_char, span.end_char)], speaker, (verb.idx, verb.idx + len(verb.text)))


def _that_clause_further_on(verb: Token) -> Token | None:
    """"said at a hospital filled with victims that ...": the parser hung the clause deeper,
    on a noun inside a participle phrase. By position: the first "that" after the verb in
    its own subtree opens a clause with a subject of its own, and no finite clause with
    its own subject, and no punctuation, stands between."""
    inside = {t.i for t in verb.subtree}
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.i not in inside or tok.is_punct or tok.i - verb.i > 15:
            return None
        if tok.lower_ == "that":
            clause = tok.head
            if clause.i > tok.i and _first_of(clause).i == tok.i and clause.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > tok.i for c in clause.children):
                return clause
            return None
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None
    return None


def _first_of(token: Token) -> Token:
    """The first token of ``token``'s subtree."""
    return token.doc[min(t.i for t in token.subtree)]


_OCCASION_WORDS = ("after", "following", "since")
#: words opening a clause of the moment the writer sets the request in ("as the river rose")
_MOMENT_MARKS = ("as", "while", "when")


def _before_the_occasion(infinitive: Token) -> int:
    """The last token of what was urged: the infinitive's phrase up to an event the writer
    gives as its occasion ('to stay off the motorway [after a tanker overturned]') or the
    moment of the request ('to move to higher ground [as the river rose]')."""
    cut = [_first_of(c).i for c in infinitive.children
           if c.i > infinitive.i and (_first_of(c).lower_ in _OCCASION_WORDS or _day_of_the_act(c) or (
               c.dep_ == "advcl" and _first_of(c).lower_ in _MOMENT_MARKS))]
    last = max(t.i for t in infinitive.subtree)
    return min(cut) - 1 if cut else last


def _day_of_the_act(prep: Token) -> bool:
    """"urged residents to move [on Thursday night]": "on" and a date closing the request
    dates the request, as news gives the day of the act."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _only_the_day_between(doc: Doc, start: int, end: int) -> bool:
    """"called on X [on Tuesday] to ...": nothing but the day of the act (or nothing) lies
    between the one urged and the infinitive."""
    return all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", ",") for t in doc[start:end])


def _only_adjuncts_between(verb: Token, start: int, end: int) -> bool:
    """"advised women [in Calder] to ...", "called on X [on Tuesday] to ...": what lies
    between the one urged and the infinitive is the verb's own prepositional phrases."""
    adjuncts = {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i >= start for t in c.subtree}
    return all(i in adjuncts for i in range(start, end))


def _urged(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"urged residents to leave", "called on states to reopen": the one urged and the
    infinitive are what was said; the speaker is the verb's subject."""
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [n for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
                for n in p.children if n.dep_ == "pobj"]
    # "appealed to sailors to stay in port": the parser may hang the infinitive on the verb
    # as an adverbial clause; right after the one urged, it is still what was urged
    after_object = max(t.i for t in objects[0].subtree) + 1 if objects else -1
    infinitives = [c for c in verb.children if c.pos_ in ("VERB", "AUX")
                   and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and after_object >= 0
                                              and _first_of(c).i >= after_object
                                              and _only_adjuncts_between(verb, after_object, _first_of(c).i)
                                              and verb.tag_ in ("VBD", "VBZ", "VBP")))
                   and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if not infinitives or not objects or objects[0].i > infinitives[0].i:
        return None
    subject = _subject_of(verb)
    if subject is None:
        return None
    first = min(t.i for t in objects[0].subtree)
    last = _before_the_occasion(infinitives[0])
    start, end = _trim_clause(doc, first, last + 1)
    if end - start < 3:
        return None
    speaker = resolver.resolve(subject)
    if speaker is not None and len(speaker.span):
        resolver.remember(speaker)
    cue = (verb.idx, verb.idx + len(verb.text))
    infinitive_start = _first_of(infinitives[0]).i
    if start < after_object < infinitive_start < end and _only_the_day_between(doc, after_object, infinitive_start):
        # "called on X [on Tuesday] to ...": the day of the act is no part of what was urged
        one, two = doc[start:after_object], doc[infinitive_start:end]
        return Found("indirect", [(one.start_char, one.end_char), (two.start_char, two.end_char)], speaker, cue)
    span = doc[start:end]
    return Found("indirect", [(span.start_char, span.end_char)], speaker, cue)


def _reported(doc: Doc, verb: Token, resolver: SpeakerResolver, participles: frozenset[str]) -> list[Found]:
    """"X said (that) ...": the verb's clausal complement is what was said."""
    # "said X and added that Y": a coordinated speech verb the parser made a second clause
    # is the speaker's next act, not part of what was said
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _next_speech_act(c)]
    if not clauses:
        hung = _hung_that_clause(verb)
        clauses = [hung] if hung is not None else []
    if not clauses:
        stance = _stance_that_clause(doc, verb, resolver)
        if stance is not None:
            return [stance]
        if verb.lemma_.lower() in word_set("speech_verbs", "urge_verbs"):
            urged = _urged(doc, verb, resolver)
            return [urged] if urged is not None else []
        aside = _parenthetical(doc, verb, resolver) or _fronted_clause(doc, verb, resolver) \
            or _ranked(doc, verb, resolver)
        return [aside] if aside is not None else []
    clause = clauses[0]
    if _not_speech(verb):
        return []
    inside = _attribution_inside_clause(doc, verb, clause, resolver)
    if inside is not None:
        return [inside]
    if verb.tag_ == "VBG" and verb.lemma_.lower() not in participles:
        return []  # "calling it ...": only saying-participles report speech
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i > verb.i and _is_speech_verb(verb.head, _verbs()[0]):
        return []  # "Noting that ..., he said: ...": the lead-in of the one act the sentence reports
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "did not say he had ordered it" reports nothing said
    subject = _subject_of(verb) or _name_just_before(verb)
    if subject is None or (subject.dep_ == "nsubjpass" and subject.head.i == verb.i):
        # "more rain was forecast ... that ...": a passive speech verb's subject is what was
        # forecast or announced, not who spoke
        return []
    # "despite ...", "although ..." closing the clause is the writer's, not the speaker's
    cut = {t.i for c in clause.children if c.i > verb.i and (c.lower_ in _CONCESSIVE or any(
        g.lower_ in _CONCESSIVE and g.dep_ == "mark" for g in c.children)) for t in c.subtree}
    # "said he was "deeply pained" and announced compensation": a verb in the speech verb's
    # simple past, with no subject of its own, coordinated with a clause in another form,
    # is the speaker's next act, not part of what was said
    for c in clause.children:
        # "said the plan was ready and added that ...": a coordinated speech verb is always the next act
        if clause.tag_ != "VBD" or c.lemma_.lower() in _verbs()[0]:
            if c.dep_ == "conj" and c.tag_ == verb.tag_ == "VBD" and c.lemma_ != "be" \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                cut |= {t.i for t in c.subtree}
                cut |= {g.i for g in clause.children if g.dep_ == "cc" and g.i < c.i}
    tokens = sorted(t.i for t in clause.subtree if t.i not in cut)
    start, end = tokens[0], tokens[-1] + 1
    subject_as_object = _subject_taken_for_object(verb, clause, start)
    if subject_as_object is not None:
        start = subject_as_object
    condition = _condition_after(verb, end)
    if condition is not None:
        end = condition
    if clause.i < verb.i:
        # "The cost is six billion euros, but ..., he noted.": all that comes before the
        # attribution in its sentence
        first = min([verb.i] + [t.i for t in verb.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i])
        subject_start = min(t.i for t in doc[first].subtree) if first != verb.i else verb.i
        start, end = min(start, verb.sent.start), max(start, subject_start)
    # the clause must be a finite one with its own subject or a "that"; one that opens the
    # sentence before its attribution may have lent its subject to an aside the parser
    # made the head ("The line, closed since ..., will reopen ..., X said"): a tense will do
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "csubj") for c in clause.children) \
            and subject_as_object is None \
            and not (clause.i < verb.i and _tensed(clause) and doc[end - 1].text == ","):
        return []
    while start < end and (_that_opening(doc[start], clause) or doc[start].is_punct and doc[start].text not in _OPENING_TOKENS):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in _CLOSING_TOKENS
                           or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    # a quotation mark the clause opens but does not close is not part of what was said
    if doc[start].text in _OPENING_TOKENS and not any(
            t.text in _CLOSING_TOKENS for t in doc[start + 1 : end]):
        start += 1
    if end - start < 2:
        return []
    speaker = resolver.resolve(subject)
    if speaker is not None and len(speaker.span):
        resolver.remember(speaker)
    span = doc[start:end]
    cue = (verb.idx, verb.idx + len(verb.text))
    found = [Found("indirect", [(span.start_char, span.end_char)], speaker, cue)]
    if speaker is not None and speaker.members:
        return found  # "Britain and France said": one joint act
    # "Both he and Commissioner Stephen Mold urged ...": one statement per speaker
    for other in (c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON")):
        also = resolver.resolve(other)
        if also is not None and also.named and (speaker is None or also.name != speaker.name):
            found.append(Found("indirect", [(span.start_char, span.end_char)], also, cue))
    return found


def _that_opening(token: Token, clause: Token) -> bool:
    """The "that" that opens a reported clause and is no word of it: a complementizer, which
    the parser may also take for a relative pronoun or an object ("voiced concern that
    prices would rise"); a "that" the clause's verb has for its subject is a word said."""
    if token.lower_ != "that":
        return False
    if token.dep_ == "mark" or (token.head.i == clause.i and clause.dep_ == "relcl"):
        return True
    return token.dep_ not in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > token.i for c in token.head.children)


def _attribution_inside_clause(doc: Doc, verb: Token, clause: Token, resolver: SpeakerResolver) -> Found | None:
    """"The harbour, say most pilots polled by the Gazette, will stay closed": the parser made
    "say" the head, the clause's subject its subject and the speakers the clause's subject.
    By shape: SUBJECT, say SPEAKERS, REST: the speakers speak, what was said is SUBJECT REST."""
    if verb.tag_ not in ("VBP", "VBZ", "VBD") or verb.i == 0 or doc[verb.i - 1].text != "," or clause.i < verb.i:
        return None
    before = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    speakers = next((c for c in clause.children if c.dep_ == "nsubj" and c.i == verb.i + 1 + sum(
        1 for t in doc[verb.i + 1 : c.i] if t.dep_ in ("det", "amod", "compound", "nummod"))), None)
    if before is None or speakers is None:
        return None
    comma = max(t.i for t in speakers.subtree if not t.is_punct) + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    said_of = _trim_clause(doc, min(t.i for t in before.subtree), verb.i)
    rest = _trim_clause(doc, comma + 1, max(t.i for t in clause.subtree) + 1)
    if said_of[1] <= said_of[0] or rest[1] - rest[0] < 2:
        return None
    parts = [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)) for lo, hi in (said_of, rest)]
    return Found("indirect", parts, resolver.resolve(speakers), (verb.idx, verb.idx + len(verb.text)))


def _next_speech_act(clause: Token) -> bool:
    """"said the squad was tired and added that ...": a speech verb after "and"/"but", with
    no subject of its own, that the parser made a clause of the speech verb before it."""
    doc = clause.doc
    first = _first_of(clause)
    return clause.dep_ == "ccomp" and clause.i > clause.head.i and first.i > 0 \
        and doc[first.i - 1].lower_ in ("and", "but") and clause.tag_ in ("VBD", "VBZ", "VBP") \
        and _is_speech_verb(clause, _verbs()[0]) and _is_speech_verb(clause.head, _verbs()[0]) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _fronted_clause(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"Marovia has flown 800 soldiers to Port Selen, KNA reported on Wednesday, citing the
    army.": a clause that opens the sentence, then a comma and the attribution, which runs
    to the sentence's end. Read by position, as the parser may hang the clause anywhere
    (or cut the sentence inside it)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _not_speech(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    first = min(t.i for t in subject.subtree)
    if first == 0 or doc[first - 1].text != ",":
        return None
    # the attribution runs from its subject to the sentence's end: the verb's own phrases only
    tail = doc[verb.i + 1 :]
    end = next((t.i for t in tail if t.text in (".", "!", "?") or "\n" in t.text), len(doc))
    if any(t.i not in {x.i for x in verb.subtree} for t in doc[verb.i + 1 : end]):
        return None
    start = first - 1
    while start > 0 and not (doc[start - 1].text in (".", "!", "?") or "\n" in doc[start - 1].text
                             or doc[start - 1].text in _CLOSING_TOKENS):
        start -= 1
    lo, hi = _trim_clause(doc, start, first - 1)
    clause = doc[lo:hi]
    if len(clause) < 4 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in clause):
        return None
    speaker = resolver.resolve(subject)
    if speaker is not None and len(speaker.span):
        resolver.remember(speaker)
    return Found("indirect", [(clause.start_char, clause.end_char)], speaker, (verb.idx, verb.idx + len(verb.text)))


def _subject_taken_for_object(verb: Token, clause: Token, start: int) -> int | None:
    """"suggested [the most likely reason ...] is fear": the parser made the reported clause's
    subject the speech verb's object and left the clause, right after it, with no subject of
    its own. The first token of that object, else None. "saying [merger talks between A and
    its rival] B had collapsed": "say" takes no object before a clause, so an object right
    before the clause is the start of its subject, whatever subject the parser gave it."""
    if clause.i < verb.i:
        return None
    says = verb.lemma_.lower() == "say" and not any(c.dep_ == "mark" for c in clause.children)
    if not says and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and verb.i < c.i < clause.i and max(t.i for t in c.subtree) + 1 == start \
                and _tensed(clause):
            return min(t.i for t in c.subtree)
    return None


def _condition_after(verb: Token, end: int) -> int | None:
    """"said it would end the strike, but only if the company ...": a condition the parser
    coordinated with the speech verb is the speaker's. One past its last token, else None."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.i < end:
            continue
        # the words that open the conjunct, after its comma and "but"
        words = [t.lower_ for t in doc[end : c.i + 1] if not t.is_punct and t.lower_ != "but"][:2]
        if words[:1] == ["unless"] or (words[:1] == ["only"] and words[1:2] and words[1] in ("if", "when", "after", "once")):
            return max(t.i for t in c.subtree) + 1
    return None


def _tensed(verb: Token) -> bool:
    """A verb in a tense of its own, or with a modal or tensed auxiliary ("will reopen")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


def _not_speech(verb: Token) -> bool:
    """"results suggest ...", "data indicate ...": evidence shows, it does not say; "as if to
    say ...": a gesture, not a speech act."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in word_set("speech_verbs", "evidence_nouns"):
        return True
    marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "aux")]
    if "to" in marks and ("if" in marks or "though" in marks):
        return True
    # "declined to say how many ...": a refusal to speak
    # ("declined to speculate on ... or say how many ..."): a bare infinitive with no
    # subject of its own under a verb of refusal
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ == "MD" for c in verb.children) \
        and any(a.lemma_.lower() in word_set("speech_verbs", "refusal_verbs") for a in verb.ancestors)


def _parenthetical(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"The slowdown, say economists, is largely ...": an attribution set off by commas
    inside the clause it reports; what was said is the sentence around it."""
    if verb.dep_ != "parataxis" or verb.tag_ not in ("VBP", "VBZ", "VBD"):
        return None
    if verb.head.dep_ != "ROOT" or verb.head.i < verb.i:
        return None  # it must interrupt the main clause before its verb
    # "say economists": the subject after the verb; the parser may also take the reported
    # clause's own subject ("The slowdown, say ...") for one of "say", and it stays said
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subject = next((c for c in subjects if c.i > verb.i), subjects[0] if subjects else None)
    if subject is None:
        return None
    if subject.i < verb.i:
        inner = sorted(t.i for t in verb.subtree)
    else:
        inner = sorted({verb.i} | {t.i for c in verb.children if c.i > verb.i for t in c.subtree})
    lo, hi = inner[0], inner[-1] + 1
    sent = verb.sent
    while lo > sent.start and doc[lo - 1].is_punct:
        lo -= 1
    while hi < sent.end and doc[hi].text in (",", "\u2014", "\u2013", "-"):
        hi += 1
    before = _trim_clause(doc, verb.sent.start, lo)
    after = _trim_clause(doc, hi, verb.sent.end)
    if before[1] - before[0] < 1 or after[1] - after[0] < 2:
        return None
    speaker = resolver.resolve(subject)
    parts = [(doc[before[0]].idx, doc[before[1] - 1].idx + len(doc[before[1] - 1].text)),
             (doc[after[0]].idx, doc[after[1] - 1].idx + len(doc[after[1] - 1].text))]
    return Found("indirect", parts, speaker, (verb.idx, verb.idx + len(verb.text)))


def _predicated(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"called the decision "reckless"", "described the accord as a turning point": the
    object and what the speaker predicated of it are what was said ("the decision
    "reckless"", "the accord as a turning point")."""
    if verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "is called X" is a name; "was described by X as Y" is X's word on the subject
        return _predicated_in_passive(doc, verb, resolver)
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(t.tag_ in ("WDT", "WP") for o in objects for t in o.subtree):
        return _what_it_calls(doc, verb, resolver)
    predicates = _predicates_of(verb, objects)
    if not predicates or (not objects and predicates[0].dep_ != "ccomp"):
        return None
    if verb.lemma_.lower() not in word_set("speech_verbs", "predicate_verbs") and predicates[0].lower_ != "as":
        return None  # "dismissed the report": a judging verb says something only with "as"
    if _as_saying(predicates[0]):
        return None  # "cited two officials as saying ...": the one cited spoke, see `_subject_of`
    subject = _subject_of(verb) or _subject_of_coordinated_past(verb)
    if subject is None:
        return None
    # what was said: the object, what was said of it ("as" included) and what runs on from it
    first = min(t.i for t in (objects[0] if objects else predicates[0]).subtree)
    last = _predicate_run_on(verb, max(t.i for p in predicates for t in p.subtree))
    return _predicate_statement(doc, verb, subject, [(first, last + 1)], resolver)


def _as_saying(predicate: Token) -> bool:
    """"as saying", "as stating": an "as" whose complement is a speech verb's participle
    introduces someone's words, not a judgement of the object."""
    return predicate.lower_ == "as" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and _is_speech_verb(c, _verbs()[0]) for c in predicate.children)


def _what_it_calls(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"the raid, or what the general calls a "necessary correction" of the border": the
    subject gave the thing that name; what was said is the name. Inside another speaker's
    reported clause ("Russia said it would strike what it calls terrorist targets") it is
    part of that statement."""
    if any(a.lemma_.lower() in _verbs()[0] and a.pos_ == "VERB" for a in verb.ancestors):
        return None
    name = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if name is None or subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    last = _predicate_run_on(verb, max(t.i for t in name.subtree))
    return _predicate_statement(doc, verb, subject, [(min(t.i for t in name.subtree), last + 1)], resolver)


def _subject_of_coordinated_past(verb: Token) -> Token | None:
    """"The board described X as unsafe and characterised Y as ...": a past-tense verb after
    "and" that the parser hung on a noun shares the subject of the sentence's main verb."""
    doc = verb.doc
    root = verb.sent.root
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.head.pos_ not in ("NOUN", "PROPN") \
            or root.i >= verb.i or doc[verb.i - 1].lower_ not in ("and", "but"):
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _predicates_of(verb: Token, objects: list[Token]) -> list[Token]:
    """What ``verb`` predicates of its object: an object complement, a clause with its own
    subject, or "as ..."; on the verb, else where the parser hung it on the object."""
    after = objects[0].i if objects else verb.i
    predicates = [c for c in verb.children if c.i > after and (
        c.dep_ in ("oprd", "xcomp", "acomp") or (c.dep_ == "ccomp" and (
            any(g.dep_ == "nsubj" for g in c.children) or _quoted_from_start(c)))
        or (c.dep_ == "prep" and c.lower_ == "as"))]
    # "as" may hang on the object: "described [the accord as ...]"
    if objects and not predicates:
        predicates = [c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "as"]
    if objects and not predicates:
        predicates = _predicate_in_object_shape(objects)
    if objects and not predicates:
        # "described conditions at the Lea care home as unsafe", "described the idea that ...
        # as absurd": "as" hung deeper, on a word of the object or a clause after it
        # ("a flat being used as a depot": the "as" of a passive verb in the object is not it)
        predicates = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > objects[0].i
                      and not any(a.dep_ == "relcl" and a.i > verb.i for a in t.ancestors)
                      and not any(c.dep_ == "auxpass" for c in t.head.children)][:1]
    return predicates


def _quoted_from_start(clause: Token) -> bool:
    """'termed his remarks "surprisingly dovish"': a quotation mark opens the words the
    parser took for a clause, so they are the quoted predicate, not a clause."""
    first = _first_of(clause)
    return _opening_mark(first) or (first.i > 0 and _opening_mark(clause.doc[first.i - 1]))


def _opening_mark(token: Token) -> bool:
    """A token that opens a quotation; the tokenizer may split two backticks in two."""
    return token.text in _OPENING_TOKENS or token.text == "`"


def _predicated_in_passive(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"The plan was described by the bar council as "an attack on the courts"": the agent
    after "by" spoke; what was said is the subject and the predicate ("as" left out, as the
    speaker said it: "the plan "an attack on the courts""). With no agent, a name: None."""
    if verb.lemma_.lower() not in word_set("speech_verbs", "predicate_verbs", "judge_as_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
    if subject is None or agent is None or as_ is None or subject.tag_ in ("WDT", "WP"):
        return None
    said_of = (min(t.i for t in subject.subtree), max(t.i for t in subject.subtree) + 1)
    predicate = [t.i for t in as_.subtree if t.i != as_.i]
    if not predicate:
        return None
    last = _predicate_run_on(verb, max(predicate))
    return _predicate_statement(doc, verb, _issuer(agent), [said_of, (min(predicate), last + 1)], resolver)


def _predicate_statement(doc: Doc, verb: Token, subject: Token, ranges: list[tuple[int, int]],
                         resolver: SpeakerResolver) -> Found | None:
    """The statement of a verb of predication: token ranges trimmed of punctuation (a
    quotation mark the words open is closed), spoken by the one ``subject`` stands for."""
    parts: list[tuple[int, int]] = []
    for lo, hi in ranges:
        start, end = _closing_mark_kept(doc, *_trim_clause(doc, lo, hi))
        if end > start:
            parts.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    if not parts or sum(1 for lo, hi in ranges for t in doc[lo:hi] if not t.is_punct) < 2:
        return None
    speaker = resolver.resolve(subject)
    if speaker is not None and len(speaker.span):
        resolver.remember(speaker)
    return Found("indirect", parts, speaker, (verb.idx, verb.idx + len(verb.text)))


def _closing_mark_kept(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'called the tolls "a tax on sailors".': the parser hangs the closing quotation mark
    on the verb; a range that opens a quotation and does not close it takes the mark after it."""
    marks = sum(1 for t in doc[start:end] if t.text in _OPENING_TOKENS | _CLOSING_TOKENS)
    if marks % 2 == 0 or end >= len(doc):
        return start, end
    if doc[end].text in _CLOSING_TOKENS:
        return start, end + 1
    # 'as "plainly absurd."': the full stop inside the quotation comes with it
    if doc[end].text in (".", ",", "!", "?") and end + 1 < len(doc) and doc[end + 1].text in _CLOSING_TOKENS:
        return start, end + 2
    return start, end


def _ranked(doc: Doc, verb: Token, resolver: SpeakerResolver) -> Found | None:
    """"Local radio reported the turnout the lowest in two decades, at 31 percent": a verb that
    ranks its object with a superlative says so; what was said is the object, the superlative
    and what it is measured against."""
    if verb.lemma_.lower() not in word_set("speech_verbs", "superlative_verbs") \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    after = max(t.i for t in objects[0].subtree)
    # the parser makes the superlative a second object, an object complement or an adverb
    rank = next((c for c in verb.children if c.i > after and _superlative(c) and c.dep_ in (
        "dobj", "npadvmod", "oprd", "attr", "acomp", "xcomp", "advmod")), None)
    subject = _subject_of(verb)
    if rank is None or subject is None:
        return None
    last = _ranking_run_on(verb, max(t.i for t in rank.subtree))
    return _predicate_statement(doc, verb, subject, [(min(t.i for t in objects[0].subtree), last + 1)], resolver)


def _superlative(token: Token) -> bool:
    """"the lowest", "the most damaging", "the worst flooding": a superlative, or a word it modifies."""
    return token.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") and c.dep_ in ("amod", "advmod") for c in token.children)


def _ranking_run_on(verb: Token, last: int) -> int:
    """The last token of a ranking with what it is measured against, which the parser hangs
    on the verb: "the worst [since 1954]", "the lowest in decades[, at 31 percent]"; a
    coordinated clause or anything else ends it."""
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= last or (c.dep_ == "punct" and c.text == ","):
            continue
        if c.dep_ not in ("prep", "npadvmod", "advmod"):
            break
        last = max(t.i for t in c.subtree)
    return last


def _predicate_in_object_shape(objects: list[Token]) -> list[Token]:
    """The predicate where the parser took it for part of the objects: a second object
    ('branded the plan "a disaster"') or a quoted apposition or adjective after the object
    ('called the order "grave and sinister."', 'called the plan "unworkable"')."""
    if len(objects) > 1:
        return [objects[1]]
    doc = objects[0].doc
    for c in objects[0].children:
        first = _first_of(c)
        if c.dep_ in ("appos", "amod") and c.i > objects[0].i and first.i > 0 and (
                _opening_mark(first) or _opening_mark(doc[first.i - 1])):
            return [c]
    return []


def _predicate_run_on(verb: Token, last: int) -> int:
    """The last token of a predicate with the phrases that run on from it and that the parser
    hung on the verb: 'described the project as essential [for jobs in the region]', 'called
    them protectionism [by another name]'; a date ('on Monday') or punctuation ends it."""
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= last:
            continue
        if c.i != last + 1 or c.dep_ != "prep" or c.lower_ in ("on", "during", "after", "before", "at") \
                or any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            break
        last = max(t.i for t in c.subtree)
    return last


def _trim_clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without leading or trailing punctuation, quotation marks kept."""
    quotes = _OPENING_TOKENS | _CLOSING_TOKENS
    while start < end and (doc[start].is_punct and doc[start].text not in quotes or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in quotes or doc[end - 1].is_space):
        end -= 1
    return start, end


def _issuer(source: Token) -> Token:
    """"a statement released by Erdogan's office", "figures from the weather service",
    "Erdogan's statement": the body behind a statement or a body of evidence, else ``source``."""
    if source.lemma_.lower() not in word_set("speech_verbs", "cue_nouns", "evidence_nouns"):
        return source
    for tok in source.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from"):
            return tok
    return next((c for c in source.children if c.dep_ == "poss"), source)


def _apposed_name(doc: Doc, after: int) -> Span | None:
    """A person's name between commas at token ``after`` (", NAME,"), else None."""
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    ent = entity_at(doc[after + 1])
    if ent is None or ent.label_ != "PERSON" or ent.start != after + 1 or ent.end >= len(doc) \
            or doc[ent.end].text != ",":
        return None
    return ent


def _according_to(doc: Doc, according: Token, resolver: SpeakerResolver) -> Found | None:
    """"..., according to hospital sources": the rest of the sentence is what was said."""
    if according.lower_ == "per":
        # "as per the ministry": "per" is the preposition itself
        nxt: Token | None = according
        according = doc[according.i - 1]
    else:
        nxt = doc[according.i + 1] if according.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in ("to", "per"):
        return None
    objects = [c for c in nxt.children if c.dep_ == "pobj"]
    if not objects or objects[0].pos_ == "PRON" or objects[0].lower_ in ("which", "whom"):
        return None
    source = objects[0]
    source = _issuer(source)
    phrase_tokens = sorted({according.i, nxt.i} | {t.i for t in objects[0].subtree})
    # "according to the city's mayor, NAME, ...": a name in apposition the parser left
    # outside the phrase names the source and belongs to the attribution
    named = _apposed_name(doc, phrase_tokens[-1] + 1)
    if named is not None:
        source = named.root
        phrase_tokens.append(named.end)
    p_start, p_end = phrase_tokens[0], phrase_tokens[-1] + 1
    sent = according.sent
    # what was said: the sentence without the attribution phrase, up to a colon that opens a
    # quotation ("According to X, the letter could help the case: "..."" - the quotation is
    # a statement of its own)
    sent_end = next((t.i for t in doc[p_end : sent.end] if t.text == ":" and t.i + 1 < len(doc)
                     and _opening_mark(doc[t.i + 1])), sent.end)
    left = doc[sent.start : p_start]
    right = doc[p_end : sent_end]
    pieces = [s for s in (left, right) if len(s) and any(not t.is_punct and not t.is_space for t in s)]
    if not pieces:
        return None
    content = max(pieces, key=len)
    # "..., fire chief X said, according to the Herald": the attribution inside is the act
    verbs = _verbs()[0]
    if any(_is_speech_verb(t, verbs) and any(c.dep_ == "nsubj" for c in t.children)
           and (t.lemma_.lower() == "say" or any(c.dep_ == "ccomp" for c in t.children)) for t in content):
        return None
    start, end = content.start, content.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 3:
        return None
    speaker = resolver.resolve(source)
    span = doc[start:end]
    return Found("indirect", [(span.start_char, span.end_char)], speaker,
                 (according.idx, nxt.idx + len(nxt.text)))


@Language.factory(
    "newsfacts_statements",
    assigns=["doc.spans", "span._.nf_statement"],
    requires=["doc.ents", "doc._.nf_headline", "token.dep", "token.lemma", "span._.nf_name"],
    default_config={"spans_key": "nf_statements", "extra_speech_verbs": [], "extra_titles": []},
)
def make_statements(nlp: Language, name: str, spans_key: str, extra_speech_verbs: list[str],
                    extra_titles: list[str]) -> StatementFinder:
    return StatementFinder(nlp, name, spans_key=spans_key, extra_speech_verbs=extra_speech_verbs,
                           extra_titles=extra_titles)
