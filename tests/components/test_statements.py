from newsfacts.components.statements import find_quotations

HEAD = "Test headline\n\n"


def facts(extractor, body, published="2023-06-01"):
    return extractor.extract(HEAD + body, published=published)


def by_kind(f, kind):
    return [s for s in f.statements if s.kind == kind]


def test_statements_quotation_marks_pair_by_direction():
    text = 'He said: \u201cOne.\u201d Then "two," she said, "and three."'
    quotes = find_quotations(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["One.", "two,", "and three."]


def test_statements_straight_quotes_nested_inside_a_quotation():
    text = '"The "United States" is not holding them," he wrote.'
    quotes = find_quotations(text)
    assert len(quotes) == 1
    assert text[quotes[0].inner_start : quotes[0].inner_end] == 'The "United States" is not holding them,'


def test_statements_unclosed_quotation_runs_into_next_paragraph():
    text = '"First paragraph of the quote.\n\n"Second paragraph," he said.'
    quotes = find_quotations(text)
    assert quotes[0].continues and len(quotes) == 2


def test_statements_direct_quote_after_colon(extractor):
    f = facts(extractor, 'Foreign Minister Sergey Lavrov said: "We will not accept these terms."')
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Sergey Lavrov" and s.text == "We will not accept these terms."
    assert s.cue is not None and s.cue.text == "said"


def test_statements_pronoun_resolves_to_the_last_person(extractor):
    f = facts(extractor, 'Jens Stoltenberg met ministers in Oslo.\n\n"Our message is clear," he urged.')
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Jens Stoltenberg" and s.speaker_span.text == "he"


def test_statements_split_quote_is_one_statement(extractor):
    f = facts(extractor, '"This is the worst case," said Sheriff Bill Brown. "You have a vessel on the open sea."')
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Bill Brown"
    assert s.text == "This is the worst case, You have a vessel on the open sea."
    assert len(s.parts) == 2


def test_statements_quote_interrupted_by_attribution(extractor):
    f = facts(extractor, '"What is so sad for me", Hatice Cengiz said, "is not seeing the punishment."')
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Hatice Cengiz" and "is not seeing the punishment" in s.text


def test_statements_quote_over_several_paragraphs(extractor):
    body = ('Mayor Anna Berg said the city would rebuild. "We lost homes and we lost friends.\n\n'
            '"But we will build again, street by street," she said.')
    f = facts(extractor, body)
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Anna Berg"
    assert "lost friends" in s.text and "street by street" in s.text


def test_statements_speaker_named_after_the_quote(extractor):
    f = facts(extractor, '"The search and rescue operation is complete," Deputy Minister Alexander Chupriyan told reporters on Wednesday.')
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Alexander Chupriyan"


def test_statements_reported_speech_with_that(extractor):
    f = facts(extractor, "Prime Minister Boris Johnson said that the case would be resolved very shortly.")
    (s,) = by_kind(f, "indirect")
    assert s.speaker == "Boris Johnson" and s.text == "the case would be resolved very shortly"


def test_statements_spokesman_apposition(extractor):
    f = facts(extractor, "Alex Lagakos, a spokesman for the Greek Energy Forum, said the project was unlikely to be financed.")
    (s,) = by_kind(f, "indirect")
    assert s.speaker == "Alex Lagakos"
    speaker = next(sp for sp in f.speakers if sp.name == "Alex Lagakos")
    assert speaker.organization == "Greek Energy Forum"


def test_statements_title_before_name(extractor):
    f = facts(extractor, "U.N. Secretary-General Ban Ki-moon said the attacks may constitute war crimes.")
    (speaker,) = f.speakers
    assert speaker.name == "Ban Ki-moon" and speaker.title is not None and "Secretary-General" in speaker.title


def test_statements_according_to(extractor):
    f = facts(extractor, "Clashes broke out in the north.\n\nMore than 53 civilians were injured by tear gas, according to hospital sources.")
    (s,) = by_kind(f, "indirect")
    assert s.speaker == "hospital sources"
    assert s.text == "More than 53 civilians were injured by tear gas"
    # an anonymous source is no speaker
    assert f.speakers == []


def test_statements_role_phrase_resolves_to_the_person(extractor):
    body = ("NATO Secretary General Jens Stoltenberg spoke in Oslo on Thursday.\n\n"
            "The NATO chief said that additional troops will be stationed in Kosovo.")
    f = facts(extractor, body)
    (s,) = by_kind(f, "indirect")
    assert s.speaker == "Jens Stoltenberg" and s.speaker_span.text == "The NATO chief"


def test_statements_tweets(extractor):
    f = facts(extractor, 'Former ambassador Nikki Haley wrote on Twitter, "Leaving them to die is a big mistake."')
    (s,) = by_kind(f, "direct")
    assert s.speaker == "Nikki Haley"


def test_statements_scare_quotes_stay_inside_reported_speech(extractor):
    f = facts(extractor, 'Kerry said the Syrian civil war is a "humanitarian catastrophe" that must end.')
    assert by_kind(f, "direct") == []
    (s,) = by_kind(f, "indirect")
    assert "humanitarian catastrophe" in s.text


def test_statements_a_question_to_a_speaker_is_not_a_statement(extractor):
    f = facts(extractor, "Responding to a question on whether the talks would fail, the minister smiled.")
    assert f.statements == []
