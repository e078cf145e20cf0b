"""Not English: say so."""

import warnings

import pytest

from newsfacts import Extractor, NotEnglishError, NotEnglishWarning, extract, extract_many

GERMAN = ("Schwere Unruhen im Norden\n\n"
          "Der Verteidigungsminister sagte am Montag, dass weitere 300 Soldaten in die Region "
          "geschickt würden. Die Lage sei angespannt, hieß es aus Regierungskreisen.")
ENGLISH = ("Unrest in the north\n\n"
           "The defence minister said on Monday that another 300 soldiers would be sent to the "
           "region. The situation was tense, government sources said.")


def test_a_german_text_warns_naming_the_language():
    with pytest.warns(NotEnglishWarning, match="German") as caught:
        facts = extract(GERMAN, published="2023-06-01")
    assert caught[0].message.language == "de"
    assert facts.language == "de"
    assert issubclass(NotEnglishWarning, UserWarning)


def test_an_english_text_is_recorded_as_english_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        facts = extract(ENGLISH, published="2023-06-01")
    assert facts.language == "en"


def test_a_text_too_short_to_tell_has_no_language_and_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert extract("Troops sent north").language is None
        assert extract("").language is None


def test_strict_raises_instead_of_warning(extractor: Extractor):
    with pytest.raises(NotEnglishError, match="German") as err:
        extract(GERMAN, strict=True)
    assert err.value.language == "de" and isinstance(err.value, ValueError)
    with pytest.raises(NotEnglishError):
        extractor.extract(GERMAN, strict=True)
    assert extract(ENGLISH, strict=True).language == "en"


def test_extract_many_warns_for_the_one_article_by_its_id():
    items = [ENGLISH, (GERMAN, {"id": "de-1"}), ENGLISH]
    with pytest.warns(NotEnglishWarning, match="'de-1'"):
        results = list(extract_many(items))
    assert [f.language for f in results] == ["en", "de", "en"]
    with pytest.raises(NotEnglishError):
        list(extract_many(items, strict=True))


def test_an_english_article_is_known_at_a_glance_without_loading_the_model():
    from newsfacts import language

    language._identifier.cache_clear()
    assert language.detect_language(ENGLISH) == "en"
    assert language._identifier.cache_info().currsize == 0
    assert language.detect_language(GERMAN) == "de"
