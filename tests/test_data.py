"""The word lists shipped beside the code."""

import pytest

from newsfacts._data import LEXICONS, load_lexicon, parse_lexicon


@pytest.mark.parametrize("name", LEXICONS)
def test_every_lexicon_loads_with_unique_keys(name):
    assert isinstance(load_lexicon(name), dict)


def test_a_repeated_key_is_an_error_not_a_lost_list():
    text = '{"verbs": {"words": ["send"]}, "nouns": [], "verbs": {"words": ["join"]}}'
    with pytest.raises(ValueError, match="'military_units' repeats the key.*verbs"):
        parse_lexicon(text, "military_units")


def test_unknown_lexicon_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown lexicon 'nope'"):
        load_lexicon("nope")
