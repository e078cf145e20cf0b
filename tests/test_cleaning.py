from newsfacts.cleaning import clean

PAGE = """Accessibility links

Breaking News

Storm kills 12 in coastal towns

Map of the coast
Map of the coast

At least 12 people were killed when a storm hit the coast on Monday, officials said.
Rescue teams reached the worst-hit villages late in the day and began clearing roads.
RelatedFloods close schools
SOURCE:Wire services
A police officer speaks with residents in Portsmouth, England, Feb. 21, 2016.
Explore
Minister says 40 arrested after protests
Three killed in unrelated crash
Contact us
"""


def test_cleaning_keeps_length_and_offsets():
    cleaned = clean(PAGE)
    assert len(cleaned.text) == len(PAGE)
    assert cleaned.text.count("\n") == PAGE.count("\n")
    i = PAGE.index("At least 12 people")
    assert cleaned.text[i : i + 18] == "At least 12 people"


def test_cleaning_blanks_page_furniture():
    text = clean(PAGE).text
    for furniture in ["Accessibility links", "Breaking News", "RelatedFloods", "SOURCE:",
                      "speaks with residents", "Explore", "40 arrested", "Three killed", "Contact us"]:
        assert furniture not in text, furniture


def test_cleaning_keeps_one_of_a_repeated_line():
    assert clean(PAGE).text.count("Map of the coast") == 1


def test_cleaning_keeps_the_article():
    text = clean(PAGE).text
    assert "Storm kills 12 in coastal towns" in text
    assert "Rescue teams reached the worst-hit villages" in text


def test_cleaning_an_end_marker_before_any_article_text_ends_nothing():
    body = "Troops were sent to the border on Monday after days of clashes, the ministry said."
    assert body in clean("Explore\n\n" + body + "\n").text


def test_cleaning_plain_text_is_unchanged():
    text = "A plain article.\n\nWith two paragraphs, nothing else.\n"
    assert clean(text).text == text and clean(text).furniture == ()


def test_cleaning_keeps_a_bulleted_sentence_as_news():
    text = ("Floods hit the north\n\n"
            "\u2022 At least 30 people were killed and 1,200 injured, the disaster agency said.\n"
            "\u2022 Rescue teams reached the valley on Tuesday.\n")
    cleaned = clean(text).text
    assert "At least 30 people were killed" in cleaned and "Rescue teams reached" in cleaned


def test_cleaning_blanks_a_bulleted_link_list():
    text = ("Rescue teams reached the valley on Tuesday after the floods, officials said.\n\n"
            "\u2022 World\n\u2022 Minister says 40 arrested after protests\n- Reuters\n")
    cleaned = clean(text).text
    for link in ("World", "40 arrested", "Reuters"):
        assert link not in cleaned, link


def test_cleaning_blanks_a_byte_order_mark_at_the_start():
    text = "\ufeffStorm kills 12\n\nThe storm hit on Monday."
    cleaned = clean(text).text
    assert "\ufeff" not in cleaned and len(cleaned) == len(text)
    assert clean("\ufeffAccessibility links\n\n" + "The storm hit on Monday.").text.split() == [
        "The", "storm", "hit", "on", "Monday."]
