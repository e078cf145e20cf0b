import datetime as dt

import pytest

import newsfacts
from newsfacts import Facts, InvalidInputError, ModelNotFoundError, extract, extract_many
from newsfacts.extractor import Extractor, split_text

from .conftest import ROOT

EXAMPLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["a list"]])
def test_extract_rejects_non_text_naming_the_type(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        extract(value)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t "])
def test_extract_blank_text_gives_empty_facts(text):
    facts = extract(text)
    assert facts.text == text
    assert facts.statements == [] and facts.entities == [] and facts.dates == []


@pytest.mark.parametrize("published", ["yesterday", "2023-13-45", "June 1"])
def test_extract_unreadable_published_is_a_value_error(published):
    with pytest.raises(ValueError, match="ISO date"):
        extract("Some text.", published=published)
    assert issubclass(InvalidInputError, ValueError)


def test_extract_published_as_date_string_or_datetime():
    for value in ("2023-06-07", dt.date(2023, 6, 7), dt.datetime(2023, 6, 7, 12, 0)):
        assert extract(EXAMPLE, published=value).published == dt.date(2023, 6, 7)


def test_extract_unknown_model_says_how_to_install_one():
    with pytest.raises(ModelNotFoundError, match="pip install"):
        extract("Some text.", model="no_such_pipeline_xyz")


def test_extract_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="pip install"):
        newsfacts.load(tmp_path / "missing")


def test_extract_same_input_same_json():
    first = extract(EXAMPLE).model_dump_json()
    assert all(extract(EXAMPLE).model_dump_json() == first for _ in range(2))


def test_extract_json_round_trip():
    facts = extract(EXAMPLE)
    assert Facts.model_validate_json(facts.model_dump_json()) == facts


def test_extract_records_are_frozen():
    facts = extract(EXAMPLE)
    with pytest.raises(Exception):
        facts.statements[0].speaker = "someone else"  # type: ignore[misc]


def test_extract_schema_is_available():
    schema = Facts.model_json_schema()
    assert {"statements", "deployments", "casualties", "dates"} <= set(schema["properties"])
    assert "description" in schema["$defs"]["Span"]["properties"]["start"]


def test_extract_many_keeps_order_and_takes_pairs():
    texts = [EXAMPLE, ("Troops were sent on Monday.\n\nNothing else.", {"published": "2023-06-01"}), ""]
    results = list(extract_many(texts, batch_size=2))
    assert len(results) == 3
    assert results[0].model_dump_json() == extract(EXAMPLE).model_dump_json()
    assert results[1].published == dt.date(2023, 6, 1)
    assert results[2].text == ""


def test_extract_many_rejects_unknown_options():
    with pytest.raises(ValueError, match="published"):
        list(extract_many([("text", {"date": "2023-06-01"})]))


def test_load_gives_a_new_pipeline_each_call():
    assert newsfacts.load() is not newsfacts.load()
    nlp = newsfacts.load()
    assert "newsfacts_statements" in nlp.pipe_names and nlp.pipe_names.index("newsfacts_sentence_starts") < nlp.pipe_names.index("parser")


def test_split_text_covers_the_text_at_paragraph_breaks():
    text = ("A sentence of the article. " * 40 + "\n\n") * 30
    pieces = split_text(text, 2000)
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces).strip() == text.strip()
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= 2000
        assert piece.endswith("\n\n") or offset + len(piece) == len(text)


def test_long_text_is_chunked_with_offsets_right():
    extractor = Extractor(chunk_chars=5_000)
    paragraph = ("At least 30 NATO soldiers were injured in Kosovo on Monday, officials said. "
                 "Jens Stoltenberg said that 700 troops are on their way.\n\n")
    text = "Long article\n\n" + paragraph * 200  # ~28,000 characters, six pieces
    facts = extractor.extract(text, published="2023-06-01")
    assert len(facts.statements) >= 200
    # a statement from the last piece points at the right characters
    last = facts.statements[-1]
    assert last.span.start > 20_000 and text[last.span.start : last.span.end] == last.span.text
    # the repeated figure is one figure per piece at most: nothing is lost, nothing invented
    assert all(f.count == 30 for c in facts.casualties for f in c.figures)


def test_text_longer_than_spacys_max_length_is_processed():
    extractor = Extractor()
    nlp = extractor.nlp
    text = "Long article\n\n" + ("Officials said 12 miners were killed in the blast on Monday.\n\n" * 18_000)
    assert len(text) > nlp.max_length
    facts = extractor.extract(text, published="2023-06-01")
    assert facts.text == text
    assert facts.statements[-1].span.end > nlp.max_length


def test_extract_many_in_two_processes_gives_the_same_facts():
    texts = [EXAMPLE, "Headline\n\nAt least 30 NATO soldiers were injured in Kosovo on Thursday, officials said."] * 2
    one = [f.model_dump_json() for f in extract_many(texts, published="2023-06-01")]
    two = [f.model_dump_json() for f in extract_many(texts, published="2023-06-01", n_process=2, batch_size=1)]
    assert one == two
