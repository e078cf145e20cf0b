import pytest

from newsfacts.numbers import (
    is_vague_count,
    parse_number,
    qualifier_at,
    qualifier_before,
    qualifier_of,
    read_number,
    split_glued_unit,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("700", 700), ("1,200", 1200), ("2.5 million", 2_500_000), ("seven hundred", 700),
        ("a dozen", 12), ("twenty-five", 25), ("three-and-a-half million", 3_500_000),
        ("seven hundred thousand", 700_000), ("one hundred and twenty", 120), ("fourteen", 14),
    ],
)
def test_numbers_parse_digits_and_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "hundreds", "scores", "a", "several", "the"])
def test_numbers_vague_or_no_number_has_no_value(text):
    assert parse_number(text) is None


def test_numbers_vague_counts_are_known():
    assert is_vague_count("Dozens") and not is_vague_count("dozen")


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("at least", "at_least"), ("killing more than", "more_than"), ("no more than", "less_than"),
        ("nearly", "about"), ("as many as", "up_to"), ("fewer than", "less_than"), ("the", "exact"),
    ],
)
def test_numbers_qualifier_before_a_number(before, qualifier):
    assert qualifier_before(before)[0] == qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half a million", 500_000), ("half a dozen", 6), ("two hundred and fifty", 250),
        ("7 000", 7000), ("1 000 000", 1_000_000), ("3m", 3_000_000), ("1.2bn", 1_200_000_000),
        ("-5", -5), ("one thousand and one", 1001),
    ],
)
def test_numbers_parse_news_forms(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["20 and 30", "two and three"])
def test_numbers_two_numbers_joined_by_and_are_not_summed(text):
    assert parse_number(text) is None


def _read(sentence: str, word: str):
    import spacy

    doc = spacy.blank("en")(sentence)
    i = next(t.i for t in doc if t.text == word)
    return doc, read_number(doc[i])


@pytest.mark.parametrize(
    ("sentence", "word", "value", "value_max", "qualifier", "text"),
    [
        ("Between 20 and 30 people were killed.", "30", 20, 30, "at_least", "20 and 30"),
        ("Some 40 to 50 were wounded.", "40", 40, 50, "about", "40 to 50"),
        ("The 20-30 men were missing.", "30", 20, 30, "at_least", "20-30"),
        ("Officials counted 100-120 bodies.", "100", 100, 120, "at_least", "100-120"),
        ("Police said 2,000-plus were hurt.", "2,000", 2000, None, "more_than", "2,000-plus"),
        ("Half a dozen people died.", "dozen", 6, None, "exact", "Half a dozen"),
        ("Nearly half a million fled.", "half", 500_000, None, "about", "half a million"),
        ("It will send 7 000 troops.", "000", 7000, None, "exact", "7 000"),
        ("Two hundred and fifty people were hurt.", "fifty", 250, None, "exact", "Two hundred and fifty"),
        ("At least twenty-five were killed.", "five", 25, None, "at_least", "twenty-five"),
    ],
)
def test_numbers_read_number_in_a_sentence(sentence, word, value, value_max, qualifier, text):
    doc, reading = _read(sentence, word)
    assert reading is not None
    assert (reading.value, reading.value_max, reading.qualifier) == (value, value_max, qualifier)
    assert doc[reading.start : reading.end].text == text


@pytest.mark.parametrize(
    ("sentence", "word"),
    [("The 787-9 jet landed.", "787"), ("An A320-200 was grounded.", "200"), ("Temperatures fell to -5 overnight.", "-5")],
)
def test_numbers_model_names_and_negative_numbers_are_no_count(sentence, word):
    _, reading = _read(sentence, word)
    assert reading is None or reading.value < 0


def test_numbers_one_qualifier_lookup_for_the_words_before():
    import spacy

    doc = spacy.blank("en")("Officials said no fewer than 12 people died.")
    assert qualifier_at(doc, 5) == "at_least"
    assert qualifier_at(doc, 2) == "exact"


@pytest.mark.parametrize(
    ("text", "parts"),
    [("-5C", ("-5", "c")), ("30C", ("30", "c")), ("12.5°C", ("12.5", "°c")), ("-3F", ("-3", "f")),
     ("\u22128C", ("-8", "c"))],
)
def test_numbers_a_unit_glued_to_a_number_is_split_off(text, parts):
    assert split_glued_unit(text) == parts


@pytest.mark.parametrize("text", ["5", "C5", "787-9", "3m", "G7", "ABC"])
def test_numbers_no_glued_temperature_unit(text):
    assert split_glued_unit(text) is None


@pytest.mark.parametrize(
    ("sentence", "word", "qualifier"),
    [
        ("By Friday the toll had exceeded 500.", "500", "more_than"),
        ("The crowd topped 20,000 on the second night.", "20,000", "more_than"),
        ("The force surpassed 3,000 troops by June.", "3,000", "more_than"),
        ("At least 30 soldiers were injured.", "30", "at_least"),
        ("The army sent 400 troops.", "400", "exact"),
    ],
)
def test_numbers_one_qualifier_function_reads_words_and_verbs(nlp, sentence, word, qualifier):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert qualifier_of(read_number(token), doc) == qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [("a quarter of a million", 250_000), ("three quarters of a million", 750_000),
     ("a quarter of a billion", 250_000_000), ("one quarter of a million", 250_000)],
)
def test_numbers_a_share_of_a_scale_word(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "word", "text"),
    [
        ("Donors pledged a quarter of a million doses.", "million", "a quarter of a million"),
        ("Three quarters of a million people fled the floods.", "quarters", "Three quarters of a million"),
    ],
)
def test_numbers_a_share_of_a_scale_is_one_number(sentence, word, text):
    doc, reading = _read(sentence, word)
    assert reading is not None and doc[reading.start : reading.end].text == text


def test_numbers_a_quarter_alone_is_no_number():
    assert parse_number("a quarter") is None


@pytest.mark.parametrize(
    ("sentence", "word", "value", "value_max"),
    [
        ("Landslides killed from 12 to 15 people.", "12", 12, 15),
        ("The storm left from 40 to 60 families homeless.", "40", 40, 60),
        ("The toll rose from 14 to 31.", "14", 14, None),
        ("Officials revised the figure from 200 to 250.", "200", 200, None),
    ],
)
def test_numbers_from_a_to_b_is_a_range_unless_a_change(nlp, sentence, word, value, value_max):
    doc = nlp(sentence)
    reading = read_number(next(t for t in doc if t.text == word))
    assert reading is not None and (reading.value, reading.value_max) == (value, value_max)


@pytest.mark.parametrize(
    ("sentence", "word", "value", "value_max", "qualifier", "text"),
    [
        # a lower bound and a hedged upper one are one range, read from either bound
        ("At least eight and possibly as many as 11 people died.", "11", 8, 11, "at_least",
         "eight and possibly as many as 11"),
        ("At least eight and possibly as many as 11 people died.", "eight", 8, 11, "at_least",
         "eight and possibly as many as 11"),
        ("Some 40, perhaps up to 60, villagers are missing.", "60", 40, 60, "about", "40, perhaps up to 60"),
        ("Rescuers found 12 or as many as 15 survivors.", "12", 12, 15, "at_least", "12 or as many as 15"),
    ],
)
def test_numbers_a_lower_bound_and_a_hedged_upper_one_are_one_range(sentence, word, value, value_max, qualifier, text):
    doc, reading = _read(sentence, word)
    assert reading is not None
    assert (reading.value, reading.value_max, reading.qualifier) == (value, value_max, qualifier)
    assert doc[reading.start : reading.end].text == text


def test_numbers_two_qualified_figures_of_two_harms_stay_two():
    doc, reading = _read("At least 30 people died and as many as 50 were injured.", "50")
    assert reading is not None and (reading.value, reading.value_max, reading.qualifier) == (50, None, "up_to")


@pytest.mark.parametrize(("text", "is_count"), [("300 troops", True), ("one soldier", True), ("2.5 tonnes", False),
                                                ("0 people", False), ("half a dozen", True)])
def test_a_reading_is_a_count_when_whole_and_at_least_one(nlp, text, is_count):
    doc = nlp(text)
    reading = read_number(doc[0])
    assert reading is not None and reading.is_count is is_count


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Russia has flown several hundred naval infantry troops to the airfield.", "hundred"),
        ("A few thousand soldiers arrived in the capital.", "thousand"),
        ("Many thousand people fled the fighting.", "thousand"),
    ],
)
def test_a_scale_word_after_several_or_a_few_counts_nothing_exact(sentence, word):
    _, reading = _read(sentence, word)
    assert reading is None


@pytest.mark.parametrize(("sentence", "word", "value"), [
    ("Two hundred soldiers arrived in the capital.", "hundred", 200),
    ("Some three thousand people fled.", "thousand", 3000),
])
def test_a_scale_word_after_a_number_still_counts(sentence, word, value):
    _, reading = _read(sentence, word)
    assert reading is not None and reading.value == value
