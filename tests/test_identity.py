"""The article's identity (id, url, title, source) travels with its facts."""

import pytest

from newsfacts import Extractor, Facts, extract, extract_many

BODY = "Officials said on Monday that 40 troops were sent to the border.\n\nThe army confirmed it."
TITLE = "Troops sent to the border"


def test_extract_carries_the_identity_the_caller_gives():
    facts = extract(BODY, id="a-1", url="https://example.org/a-1", title=TITLE, source="Example News",
                    published="2023-06-01")
    assert (facts.id, facts.url, facts.title, facts.source) == ("a-1", "https://example.org/a-1", TITLE, "Example News")


def test_identity_defaults_to_none_and_survives_json():
    plain = extract(BODY)
    assert (plain.id, plain.url, plain.title, plain.source) == (None, None, None, None)
    facts = extract(BODY, id="a-2", title=TITLE)
    assert Facts.model_validate_json(facts.model_dump_json()) == facts


def test_blank_text_keeps_its_identity():
    facts = extract("  ", id="empty-1", url="https://example.org/e")
    assert facts.id == "empty-1" and facts.url == "https://example.org/e"


def test_a_given_title_makes_the_text_all_body():
    text = "Aid convoy reaches the city\n\nThe convoy arrived on Monday, officials said."
    assert extract(text).headline is not None
    facts = extract(text, title="Relief arrives after a week")
    assert facts.headline is None and facts.title == "Relief arrives after a week"


def test_extractor_extract_takes_the_same_keywords(extractor: Extractor):
    facts = extractor.extract(BODY, id="x", url="u", title=TITLE, source="s", published="2023-06-01")
    assert (facts.id, facts.url, facts.title, facts.source) == ("x", "u", TITLE, "s")
    assert str(facts.published) == "2023-06-01"


def test_extract_many_items_carry_their_metadata_in_order():
    items = [
        (BODY, {"id": "first", "published": "2023-06-01", "title": TITLE, "url": "https://example.org/1"}),
        BODY,
        ("", {"id": "third", "source": "Wire"}),
    ]
    results = list(extract_many(items, batch_size=1))
    assert [f.id for f in results] == ["first", None, "third"]
    assert results[0].title == TITLE and results[0].url == "https://example.org/1"
    assert str(results[0].published) == "2023-06-01" and results[2].source == "Wire"


@pytest.mark.parametrize("key", ["id", "title", "url", "source"])
def test_identity_values_must_be_strings(key):
    with pytest.raises(TypeError, match=key):
        extract(BODY, **{key: 7})
    with pytest.raises(TypeError, match=key):
        list(extract_many([(BODY, {key: 7})]))


def test_unknown_item_keys_are_refused_naming_the_known_ones():
    with pytest.raises(ValueError, match="'id'"):
        list(extract_many([(BODY, {"identifier": "a"})]))


def test_facts_still_refuse_unknown_fields_and_stay_frozen():
    with pytest.raises(ValueError):
        Facts(text="x", identifier="a")
    facts = Facts(text="x", id="a")
    with pytest.raises(ValueError):
        facts.id = "b"  # type: ignore[misc]
