"""``newsfacts_lemmatizer``: spaCy's English rule lemmatizer, its answers kept per word form.

The English models' ``lemmatizer`` (mode ``rule``) finds each token's lemma from its text,
its part of speech and its morphology ("troops" NOUN Number=Plur → "troop"): a pure function
of those three. spaCy keeps the answers of its suffix rules only, and asks Python for each
token's text, part of speech and morphology one by one; the rules read every verb, harm
and unit word by lemma, so the lemmatizer ran over every token of every article. This one is
spaCy's own class (same tables, same ``rule_lemmatize``, same serialisation): it reads the
three values of the whole Doc at once (``Doc.to_array``), keeps every answer by (text, part of
speech, morphology) and writes the lemmas back at once, so a word form seen before costs a
lookup. A token without a part of speech is still asked every time (spaCy warns about it),
and a lemma another component set is kept unless ``overwrite`` is on, as in spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from thinc.types import Ints2d


#: Word forms whose lemmas are kept at most; past it the kept answers start over, so a
#: process reading an endless feed of new words holds a bounded table.
MAX_KEPT_LEMMAS = 200_000


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's ``EnglishLemmatizer``, every (text, part of speech, morphology) answered once.

    >>> nlp = newsfacts.load()          # the model's lemmatizer is replaced by this one
    >>> [t.lemma_ for t in nlp("Troops were sent.")]
    ['troop', 'be', 'send', '.']
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: (orth, pos, morph) → the lemma's hash, for every token with a part of speech.
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
            lemmas = [self._lemma_of(doc, i, orth, pos, morph) if self.overwrite or lemma == 0 else lemma
                      for i, (orth, pos, morph, lemma) in enumerate(rows)]
            if lemmas:
                column = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)
                doc.from_array([LEMMA], cast("Ints2d", column))
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc

    def _lemma_of(self, doc: Doc, i: int, orth: int, pos: int, morph: int) -> int:
        """The hash of spaCy's lemma of token ``i`` (``lemmatize(token)[0]``, as its
        ``__call__`` sets it), kept for the next token of the same form."""
        key = (orth, pos, morph)
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            if pos != 0:  # no part of speech: spaCy warns at each call, so ask each time
                if len(self._lemmas) >= MAX_KEPT_LEMMAS:
                    self._lemmas.clear()
                self._lemmas[key] = lemma
        return lemma

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        self._lemmas.clear()

    def from_disk(self, *args: Any, **kwargs: Any) -> FastLemmatizer:
        super().from_disk(*args, **kwargs)
        self._lemmas.clear()
        return self

    def from_bytes(self, *args: Any, **kwargs: Any) -> FastLemmatizer:
        super().from_bytes(*args, **kwargs)
        self._lemmas.clear()
        return self


def use_fast_lemmatizer(nlp: Language) -> Language:
    """Replace each spaCy English ``lemmatizer`` in mode ``rule`` of ``nlp`` by a
    ``newsfacts_lemmatizer`` with the same name, place, config and tables."""
    for name in list(nlp.pipe_names):
        old = nlp.get_pipe(name)
        if type(old) is not EnglishLemmatizer or old.mode != "rule":
            continue
        config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
        new = nlp.replace_pipe(name, "newsfacts_lemmatizer", config=config)
        new.initialize(lookups=old.lookups)  # type: ignore[attr-defined]
    return nlp


@Language.factory(
    "newsfacts_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool,
                    scorer: Any) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
