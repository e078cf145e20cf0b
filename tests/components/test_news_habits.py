"""News habits the rules must handle, each on sentences written for the test."""

import pytest

HEAD = "Test headline\n\n"


def run(extractor, body, published="2023-06-01"):
    return extractor.extract(HEAD + body, published=published)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("OSLO, Norway (AA) : ", "OSLO, Norway"),
        ("LONDON, Feb 26 (Reuters) - ", "LONDON"),
        ("WASHINGTON \u2014 ", "WASHINGTON"),
        ("KYIV, Ukraine (AP) \u2014 ", "KYIV, Ukraine"),
        ("BEIRUT (Reuters) - ", "BEIRUT"),
        ("SARAJEVO, Bosnia and Herzegovina - ", "SARAJEVO, Bosnia and Herzegovina"),
    ],
)
def test_datelines_of_common_shapes(extractor, opening, place):
    f = run(extractor, opening + "The minister said on Monday that talks would resume.")
    assert f.dateline is not None and f.dateline.text == place
    (s,) = f.statements
    assert s.speaker == "minister" or s.speaker.endswith("minister")
    assert s.text == "talks would resume"
    assert all(place.split(",")[0] not in (x.speaker or "") for x in f.statements)


def test_dateline_date_with_year_gives_publication_date(extractor):
    f = extractor.extract("Headline\n\nLONDON, Feb 26, 2024 (Reuters) - Talks resumed on Monday, officials said.")
    assert f.published is not None and f.published.isoformat() == "2024-02-26"
    assert "2024-02-26" in {d.value for d in f.dates}


def test_said_x_inversion(extractor):
    f = run(extractor, '"We will rebuild," said Mayor Anna Berg.')
    (s,) = f.statements
    assert (s.kind, s.speaker) == ("direct", "Anna Berg")


def test_spokesman_for_body(extractor):
    f = run(extractor, "Ned Price, a spokesman for the State Department, said the talks had been useful.")
    (s,) = f.statements
    assert s.speaker == "Ned Price"


def test_un_secretary_general_title(extractor):
    f = run(extractor, 'U.N. Secretary-General Ban Ki-moon said: "Attacks on peacekeepers may constitute war crimes."')
    (s,) = f.statements
    assert s.speaker == "Ban Ki-moon"
    (sp,) = f.speakers
    assert "Secretary" in (sp.title or "")


def test_nested_quotation_stays_one_statement(extractor):
    f = run(extractor, 'McGurk wrote: "The "United States" is not holding any detainees. They are held by others."')
    (s,) = f.statements
    assert s.kind == "direct" and '"United States"' in s.text and s.text.endswith("held by others.")


def test_quote_without_attribution_in_a_later_paragraph_is_the_same_speaker(extractor):
    f = run(extractor, 'Senator Lindsey Graham said: "This is a big mistake."\n\n"It will lead to chaos."')
    assert [(s.speaker, s.text) for s in f.statements] == [
        ("Lindsey Graham", "This is a big mistake."), ("Lindsey Graham", "It will lead to chaos.")]


def test_according_to_a_statement_by_an_office(extractor):
    f = run(extractor, "According to a statement released by the president's office, the border will stay closed.")
    (s,) = f.statements
    assert s.text == "the border will stay closed"


def test_death_toll_rose_is_one_figure(extractor):
    f = run(extractor, "Three people were killed in the blast on Monday, officials said.\n\n"
                       "By Tuesday the death toll rose to 28.")
    figures = [(x.kind, x.count) for c in f.casualties for x in c.figures]
    assert ("killed", 28) in figures and len([k for k, _ in figures if k == "killed"]) == 2
    assert len(f.casualties) == 1  # the same incident


def test_one_killed_four_wounded(extractor):
    f = run(extractor, "One soldier was killed and four wounded in the ambush.")
    figures = {(x.kind, x.group, x.count) for c in f.casualties for x in c.figures}
    assert figures == {("killed", "soldier", 1), ("injured", "soldier", 4)}


def test_a_dozen_and_number_words(extractor):
    f = run(extractor, "A dozen civilians were killed and seven hundred were injured.")
    figures = {(x.kind, x.count) for c in f.casualties for x in c.figures}
    assert figures == {("killed", 12), ("injured", 700)}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The United States withdrew 2,000 troops from Syria.", "withdrawn"),
        ("About 5,000 U.S. troops are stationed in Iraq.", "stationed"),
        ("Germany said 300 soldiers are to be sent to Lithuania.", "announced"),
        ("Britain will send 200 troops to Estonia.", "announced"),
        ("The first 150 Canadian soldiers arrived in Latvia on Monday.", "arrived"),
        ("A battalion of 800 paratroopers is on standby.", "standby"),
    ],
)
def test_deployment_statuses(extractor, sentence, status):
    f = run(extractor, sentence)
    assert [d.status for d in f.deployments] == [status]


@pytest.mark.parametrize(
    ("text", "value"),
    [("on Monday", "2023-05-29"), ("on Thursday", "2023-06-01"), ("next Tuesday", "2023-06-06"), ("on Saturday", "2023-05-27")],
)
def test_weekdays_before_publication(extractor, text, value):
    f = run(extractor, f"Officials met {text}.")
    assert [d.value for d in f.dates] == ([value] if value else [])


def test_weekday_after_publication_in_the_future_tense(extractor):
    f = run(extractor, "The ministers will meet on Saturday.")
    assert [d.value for d in f.dates] == ["2023-06-03"]


@pytest.mark.parametrize(
    "body",
    [
        "Brightwell Optics is withdrawing 4,000 headsets, its chief executive said on Friday.",
        "Marrowfield Dairies is closing two plants, the company said on Monday.",
        "Harlan Freight was fined $2 million, the regulator said.",
        "Osterby Mills will cut 300 jobs by March, a union official said.",
        "Quillon Labs has recalled a blood test, its founder told reporters.",
    ],
)
def test_a_sentence_after_a_line_break_is_not_cut_after_its_first_word(extractor, body):
    """A name at the start of a paragraph stays in its sentence: no sentence starts after a
    word of the same line."""
    doc = extractor.nlp(HEAD + body)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[-1] == body
