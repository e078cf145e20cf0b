"""``newsfacts_entities``: correct the statistical NER with what the article itself says.

- Once "Jens Stoltenberg" is a person, every "Stoltenberg" is that person, whatever label
  the model gave it (a surname is often tagged GPE or ORG).
- A paragraph's place dateline ("OSLO, Norway (AA) :") names places, never an organisation.
- Possessive endings and a trailing comma are not part of a name ("Stoltenberg's" → "Stoltenberg",
  "Bosnia," → "Bosnia").
- Every entity gets a canonical name in ``span._.nf_name``: a person's fullest name, an
  organisation's longest mention that ends with the same word.
"""

from __future__ import annotations

from spacy.attrs import IS_TITLE, ORTH, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsfacts._data import extra_words, load_lexicon, word_set
from newsfacts._doctokens import tokens_among
from newsfacts.extensions import register_extensions

_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_LEADING = {"the", "The"}
_TRAILING = {",", ";", ":"}
_NAME_PARTICLES = {"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn",
                   "al", "el", "la", "le", "mac", "mc", "jr", "jr.", "sr", "sr."}
NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


class EntityCorrector:
    """Relabel and trim ``doc.ents``; set ``span._.nf_name`` on each entity."""

    def __init__(self, nlp: Language, name: str = "newsfacts_entities", *, dateline_key: str = "nf_dateline",
                 extra_titles: list[str] | None = None) -> None:
        register_extensions()
        self.name = name
        self.dateline_key = dateline_key
        self.extra_titles = list(extra_titles or [])

    def __call__(self, doc: Doc) -> Doc:
        # the config's titles join the shipped list while this component runs
        with extra_words({("titles", "titles"): self.extra_titles}):
            return self._annotate(doc)

    def _annotate(self, doc: Doc) -> Doc:
        trimmed = [_trim(e) for e in doc.ents]
        ents = [e for e in trimmed if e is not None]
        ents = self._dateline_places(doc, ents)
        ents = _capitals(doc, ents)
        ents = _untagged_people(doc, ents)
        ents = _titled_people(doc, ents)
        ents = _tidy_people(doc, ents)
        ents = _propagate_person_names(doc, ents)
        doc.ents = filter_spans(ents)
        _set_canonical_names(doc)
        return doc

    def _dateline_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        places = [s for s in doc.spans.get(self.dateline_key, []) if s.label_ == "place"]
        if not places:
            return ents
        kept = [e for e in ents if not any(e.start < p.end and p.start < e.end for p in places)]
        for place in places:
            # "OSLO, Norway": each comma-separated part is a place of its own
            start = place.start
            for tok in list(place) + [None]:
                if tok is None or tok.text == ",":
                    end = tok.i if tok is not None else place.end
                    if end > start:
                        kept.append(Span(doc, start, end, label="GPE"))
                    start = end + 1
        return kept


def _trim(ent: Span) -> Span | None:
    """Drop a possessive ending, a trailing comma or colon ("Bosnia," as the model may tag
    it) and a leading "the" from a name."""
    start, end = ent.start, ent.end
    while end > start and (ent.doc[end - 1].text in _POSSESSIVE or ent.doc[end - 1].text in _TRAILING):
        end -= 1
    if ent.label_ == "PERSON":
        while start < end and ent.doc[start].text in _LEADING:
            start += 1
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_)


def _capitals(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Kigali said": a country's capital is a place, never a person or an organisation."""
    capitals = load_lexicon("capitals")["capitals"]
    return [Span(doc, e.start, e.end, label="GPE") if e.label_ in ("PERSON", "ORG") and e.text.lower() in capitals
            else e for e in ents]


def _untagged_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two or three capitalised proper nouns that the model left untagged, standing as a
    clause's subject or after a title, are a person ("Jens Stoltenberg met ministers")."""
    if not doc.has_annotation("DEP"):
        return ents
    titles = word_set("titles", "titles")
    people = word_set("titles", "people_nouns", "role_heads")
    covered = {t.i for e in ents for t in e}
    out = list(ents)
    # a name starts at a title-case proper noun (found in the Doc's arrays) and runs on from it
    title, pos = doc.to_array([IS_TITLE, POS]).T
    after = 0
    for i in ((title == 1) & (pos == PROPN)).nonzero()[0].tolist():
        if i < after:
            continue  # inside the name just read
        j, parts = i, 0
        while parts < 3 and _name_word(doc, j, covered):
            j = _end_of_name_part(doc, j, covered)
            parts += 1
        if parts >= 2 and not (i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title):
            root = Span(doc, i, j).root
            after_title = i > 0 and doc[i - 1].lower_ in titles
            # "her challenger, Felipe Ruiz-Olmo": a name set beside a noun for a person
            beside_person = root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in people
            if root.dep_ in ("nsubj", "nsubjpass") or after_title or beside_person:
                out.append(Span(doc, i, j, label="PERSON"))
            after = j
    return out


def _name_word(doc: Doc, i: int, covered: set[int]) -> bool:
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and i not in covered


def _end_of_name_part(doc: Doc, i: int, covered: set[int]) -> int:
    """The end of the name part at token ``i``: one capitalised word, or two joined by a
    hyphen with no space ("Nwosu-Park")."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and _name_word(doc, i + 2, covered) and i + 1 not in covered:
        return i + 3
    return i + 1


def _titled_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two or three capitalised proper nouns right after a personal title ("Dr Nkechi Obi",
    "Mayor Ines Varga") are a person, whatever other label the model gave them."""
    honorifics = word_set("titles", "honorifics", "role_heads")
    people = word_set("titles", "people_nouns", "role_heads")
    bodies = word_set("titles", "body_words")
    out = []
    for ent in ents:
        words = [t for t in ent if t.text != "-"]
        # "her challenger, Felipe Ruiz-Olmo": a name set beside a noun for a person
        beside_person = ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" \
            and ent.root.head.lemma_.lower() in people
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and 2 <= len(words) <= 3 and ent.start > 0 \
                and (doc[ent.start - 1].lower_.rstrip(".") in honorifics or beside_person) \
                and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in bodies for t in words):
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif ent.label_ == "ORG" and 3 <= len(words) <= 4 and ent[0].lower_ in people \
                and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in bodies for t in words[1:]):
            # "Hydrologist Amaru Quispe" tagged as one organisation: a job word, then a name
            out.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _tidy_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Superintendent Graciano" + "Mijares" → "Graciano Mijares": titles off the front, the
    rest of the name (untagged proper nouns) on the end."""
    titles = word_set("titles", "titles")
    people = word_set("titles", "people_nouns")
    taken = {t.i for e in ents for t in e}
    out = []
    for ent in ents:
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        start, end = ent.start, ent.end
        # "Chef Ada Park" at a sentence's start: a capitalised title or job word is no part of the name
        while end - start > 1 and (doc[start].lower_ in titles or (end - start > 2 and doc[start].lower_ in people)):
            start += 1
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and end not in taken and doc[end].ent_iob_ == "O":
            end += 1
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON"))
    return out


def _propagate_person_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A surname (or single given name) of a known full name is that person."""
    full_names = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    surnames = {e[-1].text for e in full_names if e[-1].text[:1].isupper()}
    # "Lula" for "Luiz Inacio Lula da Silva": a capitalised inner part of a full name
    surnames |= {t.text for e in full_names for t in e[1:-1]
                 if t.text[:1].isupper() and t.lower_ not in _NAME_PARTICLES and len(t.text) > 2}
    if not surnames:
        return ents
    out = [e for e in ents if not (len(e) == 1 and e.label_ != "PERSON" and e[0].text in surnames)]
    covered = {t.i for e in out for t in e}
    for token in tokens_among(doc, ORTH, surnames):
        if token.i in covered:
            continue
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "X") and not token.text[:1].isupper():
            continue
        out.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return out


def _person_name(ent: Span, full_names: list[Span]) -> str:
    """A person's fullest name: a full name as it stands (unless a longer one contains it),
    a single name by the full name it belongs to, the nearest one before it first
    ("Silva" after "Marcos Silva" is Marcos Silva; "Lula" is "Luiz Inacio Lula da Silva")."""
    words = [t.text for t in ent]
    if len(words) > 1:
        longer = [f for f in full_names if len(f) > len(ent) and _has_run([t.text for t in f], words)]
        return max(longer, key=len).text if longer else ent.text
    word = words[0]
    holders = [f for f in full_names if f[-1].text == word] or [
        f for f in full_names if word in {t.text for t in f} and word.lower() not in _NAME_PARTICLES]
    if not holders:
        return ent.text
    before = [f for f in holders if f.start < ent.start]
    chosen = max(before, key=lambda f: f.start) if before else min(holders, key=lambda f: f.start)
    return _person_name(chosen, full_names)


def _has_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _set_canonical_names(doc: Doc) -> None:
    ents = doc.ents
    full_names = [e for e in ents if e.label_ == "PERSON" and len(e) > 1]
    others: dict[str, list[str]] = {}
    for e in ents:
        if e.label_ in NAMED_LABELS and e.label_ != "PERSON":
            others.setdefault(e.label_, []).append(_strip_article(e.text))
    for e in ents:
        if e.label_ == "PERSON":
            e._.nf_name = _person_name(e, full_names)
        elif e.label_ in NAMED_LABELS:
            e._.nf_name = _longest_form(_strip_article(e.text), others.get(e.label_, []))
        else:
            e._.nf_name = e.text


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _longest_form(name: str, forms: list[str]) -> str:
    """The longest mention that ends with ``name`` or holds it as a later word."""
    best = name
    single = len(name.split()) == 1
    if single and (name.isupper() or "." in name):
        return name  # an acronym ("UN", "U.S.") is not the head of a longer name
    for form in forms:
        # "the Observatory" → "the Syrian Observatory for Human Rights"; a word that opens
        # the longer name ("U.S." in "U.S. Geological Survey") is a modifier, not its head
        if len(form) > len(best) and (form.endswith(" " + name) or (single and name in form.split()[1:])):
            best = form
    return best


@Language.factory(
    "newsfacts_entities",
    assigns=["doc.ents", "span._.nf_name"],
    requires=["doc.ents"],
    default_config={"dateline_key": "nf_dateline", "extra_titles": []},
)
def make_entities(nlp: Language, name: str, dateline_key: str, extra_titles: list[str]) -> EntityCorrector:
    return EntityCorrector(nlp, name, dateline_key=dateline_key, extra_titles=extra_titles)
