import pytest

from newsfacts.numbers import is_vague_count, parse_number, qualifier_before


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
