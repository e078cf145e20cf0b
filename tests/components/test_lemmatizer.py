"""newsfacts_lemmatizer sets exactly the lemmas spaCy's English rule lemmatizer sets."""

from __future__ import annotations

import spacy
from spacy.language import Language

import newsfacts
from newsfacts.components.lemmatizer import FastLemmatizer

#: Sentences of our own: plural nouns and inflected verbs (the suffix rules), irregular forms
#: (the exception tables), base forms, words whose lemma the attribute ruler already set
#: ("'s", "were", "'d"), proper nouns, numbers, and the same forms twice (the kept answers).
SENTENCES = [
    "Troops were sent to the border after militias attacked two villages.",
    "She's said the wounded were being flown out; the children had fled.",
    "Geese, mice and oxen drowned as the rivers rose higher and faster.",
    "Torvald Ennis told reporters he'd gone to Brellin twice, and went again on Sunday.",
    "Troops were sent again: 1,200 soldiers, 30 helicopters and better-armed units.",
]


def test_same_lemmas_as_spacy(bare: Language) -> None:
    stock = bare.get_pipe("lemmatizer")
    fast = FastLemmatizer(bare.vocab, None, "lemmatizer", mode="rule", overwrite=False)
    fast.initialize(lookups=stock.lookups)  # type: ignore[attr-defined]
    with bare.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(bare.pipe(SENTENCES * 2))
    for doc in docs:
        theirs, ours = stock(doc.copy()), fast(doc.copy())
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert ours.to_bytes() == theirs.to_bytes()
    assert [t.lemma_ for t in fast(docs[0].copy())][:3] == ["troop", "be", "send"]


def test_overwrite_replaces_a_lemma_already_set(bare: Language) -> None:
    stock = bare.get_pipe("lemmatizer")
    for overwrite in (False, True):
        fast = FastLemmatizer(bare.vocab, None, "lemmatizer", mode="rule", overwrite=overwrite)
        fast.initialize(lookups=stock.lookups)  # type: ignore[attr-defined]
        with bare.select_pipes(disable=["lemmatizer", "ner"]):
            doc = bare("The convoys arrived.")
        doc[1].lemma_ = "lorry"
        assert fast(doc)[1].lemma_ == ("convoy" if overwrite else "lorry")


def test_load_swaps_the_lemmatizer_and_the_pipeline_saves_and_loads(tmp_path) -> None:
    nlp = newsfacts.load()
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    nlp.to_disk(tmp_path)
    again = spacy.load(tmp_path)
    assert isinstance(again.get_pipe("lemmatizer"), FastLemmatizer)
    assert again(SENTENCES[1]).to_bytes() == nlp(SENTENCES[1]).to_bytes()


def test_kept_answers_are_bounded_and_start_over_with_the_same_lemmas(bare: Language, monkeypatch) -> None:
    from newsfacts.components import lemmatizer

    monkeypatch.setattr(lemmatizer, "MAX_KEPT_LEMMAS", 5)
    stock = bare.get_pipe("lemmatizer")
    fast = FastLemmatizer(bare.vocab, None, "lemmatizer", mode="rule", overwrite=False)
    fast.initialize(lookups=stock.lookups)  # type: ignore[attr-defined]
    with bare.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(bare.pipe(SENTENCES))
    for doc in docs:
        assert [t.lemma_ for t in fast(doc.copy())] == [t.lemma_ for t in stock(doc.copy())]
        assert len(fast._lemmas) <= 5
