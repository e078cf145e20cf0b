"""Statements by construction class, with the kind a reader gives each one: invented news
sentences, several per class, each with the speaker, kind and words a careful reader takes.

A case is (body, [(speaker, kind, text), ...]); the body follows a headline line and a
blank line, published 2023-06-01. Speakers and texts are compared as the gold scorer does,
and each expected statement's kind must be that of the statement matched to it.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsfacts.evaluation import token_f1

from ..statement_cases import HEAD
from ..statement_cases import check_with_kinds as check


def _ids(cases: list[Any]) -> list[str]:
    return [case[0][:40] for case in cases]


# Typewriter quotation marks: two backticks open, two apostrophes close (``...''), as wire
# copy set on ASCII-only systems; two apostrophes may open too (''...'').
TYPEWRITER_QUOTES = [
    ("``The levee will hold through the weekend,'' said Mayor Tobias Renn.",
     [("Tobias Renn", "direct", "The levee will hold through the weekend,")]),
    ("``We have no fuel left,'' pilot Ines Varga told reporters. ``The tanks are empty.''",
     [("Ines Varga", "direct", "We have no fuel left, The tanks are empty.")]),
    ("The storm flattened the harbour on Monday. Replied spokeswoman Dora Feld, ``We have not "
     "seen the damage report yet and cannot say when the port reopens.''",
     [("Dora Feld", "direct", "We have not seen the damage report yet and cannot say when the port reopens.")]),
    ("''Nobody told us anything about the closure,'' said farmer Piotr Lasko.",
     [("Piotr Lasko", "direct", "Nobody told us anything about the closure,")]),
    ("``The farmers' market stays open all winter,'' Councillor Mina Holt said on Tuesday.",
     [("Mina Holt", "direct", "The farmers' market stays open all winter,")]),
    ("Engineer Saul Brandt said the pumps had failed twice. ``It's the third time this year,'' he said.",
     [("Saul Brandt", "indirect", "the pumps had failed twice"),
      ("Saul Brandt", "direct", "It's the third time this year,")]),
]


# Quotations in copy whose paragraphs were run together (old wire copy): a quotation left
# open before a new opening mark ends at its sentence; a quoted phrase that opens a clause
# ("Very few" of the ...) is part of a reported clause; an abbreviation after a quotation
# does not cut its attribution short.
RUN_TOGETHER = [
    ("Mayor Lena Ostrova said, ``The water is safe to drink. ``We tested it twice this morning.'' "
     "The council met for six hours on Monday.",
     [("Lena Ostrova", "direct", "The water is safe to drink. We tested it twice this morning.")]),
    ("``Almost none'' of the 300 ferries left port on Sunday, a harbour official, Greta Lund, said.",
     [("Greta Lund", "indirect", "``Almost none'' of the 300 ferries left port on Sunday")]),
    ('"Only a handful" of the 40 wells still pump water, engineer Tomasz Wielgos said on Friday.',
     [("Tomasz Wielgos", "indirect", '"Only a handful" of the 40 wells still pump water')]),
    ('"We saw no boats at all," one U.N. observer, Rafael Ortun, said.',
     [("Rafael Ortun", "direct", "We saw no boats at all,")]),
    ("``I will not resign,'' Minister Hedda Krall said on Monday. The vote is set for June. Rescue "
     "crews worked through the night in the north. ``The crews need rest,'' fire chief Arno Pelt said.",
     [("Hedda Krall", "direct", "I will not resign,"), ("Arno Pelt", "direct", "The crews need rest,")]),
]


@pytest.mark.parametrize(("body", "expected"), RUN_TOGETHER, ids=_ids(RUN_TOGETHER))
def test_statements_quotations_in_run_together_copy(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize(("body", "expected"), TYPEWRITER_QUOTES, ids=_ids(TYPEWRITER_QUOTES))
def test_statements_typewriter_quotation_marks(extractor, body, expected):
    check(extractor, body, expected)


# An abbreviated rank or title before a name ("Sgt.", "Lt. Col.", "Cmdr.") ends no sentence:
# the attribution after it stays with the words it attributes.
ABBREVIATED_RANKS = [
    ("The convoy reached the border before dawn, Lt. Col. Brandon Oyelaran said.",
     [("Brandon Oyelaran", "indirect", "The convoy reached the border before dawn")]),
    ('"We will not leave the valley," Sgt. Dana Kowalczyk said.',
     [("Dana Kowalczyk", "direct", "We will not leave the valley,")]),
    ("A mortar round struck the depot, wounding two guards, Master Sgt. Ravi Ostrander said.",
     [("Ravi Ostrander", "indirect", "A mortar round struck the depot, wounding two guards")]),
    ("Cmdr. Ilse Moreau told reporters the frigate would sail on Friday.",
     [("Ilse Moreau", "indirect", "the frigate would sail on Friday")]),
    ("The road to the airport stays closed, police Insp. Kofi Adeyemi-Lind said on Sunday.",
     [("Kofi Adeyemi-Lind", "indirect", "The road to the airport stays closed")]),
    ('"The pass is open again," Capt. Juno Halvard of the border guard said.',
     [("Juno Halvard", "direct", "The pass is open again,")]),
    ("Schools will stay shut until Thursday, Gov. Marla Entwhistle said.",
     [("Marla Entwhistle", "indirect", "Schools will stay shut until Thursday")]),
]


@pytest.mark.parametrize(("body", "expected"), ABBREVIATED_RANKS, ids=_ids(ABBREVIATED_RANKS))
def test_statements_abbreviated_rank_before_a_name(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize("rank", ["Sgt.", "Lt. Col.", "Cmdr.", "Capt.", "Maj. Gen.", "Pvt.", "Insp."])
def test_sentences_do_not_end_at_an_abbreviated_rank(nlp, rank):
    doc = nlp(f"The bridge was shelled twice overnight, {rank} Tamsin Okafor said.")
    assert len(list(doc.sents)) == 1


# Verb + object + predicate in the shapes the parser gives them: the predicate as a second
# object ('branded the plan "a disaster"'), as a quoted apposition to the object ('called the
# order "grave"'), with phrases that run on after it ('as essential for jobs in the region');
# and verbs that judge with "as" ('dismissed the report as "nonsense"').
PREDICATE_SHAPES = [
    ('Campaign group Clearwater Now branded the planned gravel pit "an open wound" on Tuesday.',
     [("Clearwater Now", "indirect", "an open wound")]),
    ("Harbour master Eskil Brun called the order ``rash and dangerous.''",
     [("Eskil Brun", "indirect", "the order rash and dangerous.")]),
    ("The mill's owner, Tarrow Paper, described the closure as essential for the survival of the firm.",
     [("Tarrow Paper", "indirect", "essential for the survival of the firm")]),
    ("The Fishermen's Guild called them theft by another name.",
     [("Fishermen's Guild", "indirect", "theft by another name")]),
    ('The ministry dismissed the report as "pure invention," and officials declined to comment further.',
     [("the ministry", "indirect", 'the report as "pure invention,"')]),
    ('Councillor Ebba Strand rejected the charges as "baseless and insulting."',
     [("Ebba Strand", "indirect", 'the charges as "baseless and insulting."')]),
    ("Union leader Piet Mostert denounced the offer as an insult to every nurse in the region.",
     [("Piet Mostert", "indirect", "the offer as an insult to every nurse in the region")]),
]


@pytest.mark.parametrize(("body", "expected"), PREDICATE_SHAPES, ids=_ids(PREDICATE_SHAPES))
def test_statements_verb_object_predicate_shapes(extractor, body, expected):
    check(extractor, body, expected)


# '"...," VERB Name ...' after an opening mark that starts the paragraph: the parse keeps the
# quotation and its attribution in one sentence, so any verb in that slot attributes it.
SHAPE_AFTER_OPENING_MARK = [
    ('"We have lost the whole harvest," lamented farmer Joris Appel as the rain kept falling.',
     [("Joris Appel", "direct", "We have lost the whole harvest,")]),
    ('"Nobody listens to us," grumbled ferry captain Nils Oberg after the meeting.',
     [("Nils Oberg", "direct", "Nobody listens to us,")]),
    ('"Sales doubled in a single year," boasted Kasia Drozd, head of the Drozd bakery chain.',
     [("Kasia Drozd", "direct", "Sales doubled in a single year,")]),
]


@pytest.mark.parametrize(("body", "expected"), SHAPE_AFTER_OPENING_MARK, ids=_ids(SHAPE_AFTER_OPENING_MARK))
def test_statements_attribution_by_shape_after_an_opening_mark(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize("body", [s for s, _ in SHAPE_AFTER_OPENING_MARK])
def test_sentences_do_not_start_inside_an_opening_quotation_mark(nlp, body):
    doc = nlp(HEAD + body)
    assert [s.text for s in doc.sents][-1] == body


# '"A, then B," VERB Name': the parser may take the quotation's last words for the verb's
# subject; a speaker is never inside the quotation it attributes, so the name after the verb is.
SPEAKER_NOT_INSIDE_THE_QUOTATION = [
    ('"We ran to the car first, then the shelter," recounted Ilona Varga, 64, a retired teacher.',
     [("Ilona Varga", "direct", "We ran to the car first, then the shelter,")]),
    ('"First the bridge, then the school," pleaded resident Tomas Lind at the council meeting.',
     [("Tomas Lind", "direct", "First the bridge, then the school,")]),
    ('"He promises that every spring," countered his rival, Pia Lund.',
     [("Pia Lund", "direct", "He promises that every spring,")]),
]


@pytest.mark.parametrize(("body", "expected"), SPEAKER_NOT_INSIDE_THE_QUOTATION,
                         ids=_ids(SPEAKER_NOT_INSIDE_THE_QUOTATION))
def test_statements_speaker_is_never_inside_its_quotation(extractor, body, expected):
    check(extractor, body, expected)


# 'X said the court had "finally said what everyone knew"': a speech verb inside a partial
# quotation is the quoted words, not another act of saying the article reports.
VERB_INSIDE_A_PARTIAL_QUOTATION = [
    ('Opposition leader Mira Holt wrote that the ruling had "finally said what voters knew".',
     [("Mira Holt", "indirect", 'the ruling had "finally said what voters knew"')]),
    ('Farm union leader Ines Baptista said the minister had "told us the water would come".',
     [("Ines Baptista", "indirect", 'the minister had "told us the water would come"')]),
    ('Coach Rui Amaral said the referee "announced that the goal stood" before he checked the screen.',
     [("Rui Amaral", "indirect", 'the referee "announced that the goal stood" before he checked the screen')]),
]


@pytest.mark.parametrize(("body", "expected"), VERB_INSIDE_A_PARTIAL_QUOTATION,
                         ids=_ids(VERB_INSIDE_A_PARTIAL_QUOTATION))
def test_statements_no_act_inside_a_partial_quotation(extractor, body, expected):
    check(extractor, body, expected)


# 'said that more rain was forecast for Friday and that ...': a passive speech verb's subject
# is what was forecast or announced, never a speaker; the clause stays the one speaker's.
PASSIVE_SPEECH_VERB = [
    ('Fire chief Lena Moss said on Monday that strong wind was forecast for Thursday and that hikers should '
     'stay off the ridge.',
     [("Lena Moss", "indirect", "strong wind was forecast for Thursday and that hikers should stay off the ridge")]),
    ('Mayor Otto Brandt said in an interview that a curfew was announced for Friday and that shops would close '
     'early.',
     [("Otto Brandt", "indirect", "a curfew was announced for Friday and that shops would close early")]),
    ('Port director Sami Kallio told reporters that more snow was predicted for the weekend and that ferries '
     'might be cancelled.',
     [("Sami Kallio", "indirect", "more snow was predicted for the weekend and that ferries might be cancelled")]),
]


@pytest.mark.parametrize(("body", "expected"), PASSIVE_SPEECH_VERB, ids=_ids(PASSIVE_SPEECH_VERB))
def test_statements_passive_speech_verb_has_no_speaker(extractor, body, expected):
    check(extractor, body, expected)


# '..., according to police, who said ...': the relative pronoun stands for the source of
# "according to", wherever the parser hangs its clause.
ACCORDING_TO_WHO_SAID = [
    ('The fire started at 9 a.m., according to police, who said crews arrived ten minutes later.',
     [("police", "indirect", "crews arrived ten minutes later")]),
    ('The road reopened at noon, according to firefighters, who said the tanker had been towed away.',
     [("firefighters", "indirect", "the tanker had been towed away")]),
    ('Two boats sank near the pier. The storm began at dawn, according to police, who said the harbour was '
     'closed an hour later.',
     [("police", "indirect", "the harbour was closed an hour later")]),
]


@pytest.mark.parametrize(("body", "expected"), ACCORDING_TO_WHO_SAID, ids=_ids(ACCORDING_TO_WHO_SAID))
def test_statements_according_to_source_who_said(extractor, body, expected):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    for speaker, _, text in expected:
        best = max(facts.statements, key=lambda s: token_f1(s.text, text))
        assert token_f1(best.text, text) >= 0.8 and (best.speaker or "").lower() == speaker


# "appealed to X to ...": the one urged in a prepositional phrase, the infinitive the parser
# hangs on the verb as an adverbial clause.
APPEALED_TO = [
    ("Police in Tarnow appealed to motorists to avoid the ring road after a gas main burst.",
     [("Police in Tarnow", "indirect", "to avoid the ring road")]),
    ("The coast guard appealed to sailors to stay in port until Friday.",
     [("the coast guard", "indirect", "sailors to stay in port until Friday")]),
    ("Health minister Aino Pekkala appealed to the public to give blood this week.",
     [("Aino Pekkala", "indirect", "the public to give blood this week")]),
]


# An event the writer gives after the infinitive ("... after a tanker overturned") tells
# why the appeal was made; it is no part of what was urged.
URGED_AFTER_AN_EVENT = [
    ("The water board told residents of Elmsby to boil their drinking water after bacteria were found in a reservoir.",
     [("The water board", "indirect", "to boil their drinking water")]),
    ("Police urged drivers to stay off the motorway after a tanker overturned near Kell on Friday.",
     [("Police", "indirect", "to stay off the motorway")]),
    ("Mayor Ines Carvalho called on shop owners to close early following a night of looting in the old town.",
     [("Ines Carvalho", "indirect", "to close early")]),
]


@pytest.mark.parametrize(("body", "expected"), URGED_AFTER_AN_EVENT, ids=_ids(URGED_AFTER_AN_EVENT))
def test_statements_urged_after_an_event(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize(("body", "expected"), APPEALED_TO, ids=_ids(APPEALED_TO))
def test_statements_appealed_to_someone_to_act(extractor, body, expected):
    check(extractor, body, expected)


# "X, say economists, Y": the attribution set off inside the clause it reports; the parser
# may take the clause's own subject for the subject of "say".
SAY_INSIDE_THE_CLAUSE = [
    ("The decline, say analysts, is mostly due to higher fuel prices.",
     [("analysts", "indirect", "The decline is mostly due to higher fuel prices")]),
    ("The outbreak, say health officials, is now under control in the capital.",
     [("health officials", "indirect", "The outbreak is now under control in the capital")]),
    ("This year's harvest, say farmers, will be the smallest in a decade.",
     [("farmers", "indirect", "This year's harvest will be the smallest in a decade")]),
]


@pytest.mark.parametrize(("body", "expected"), SAY_INSIDE_THE_CLAUSE, ids=_ids(SAY_INSIDE_THE_CLAUSE))
def test_statements_attribution_inside_the_clause(extractor, body, expected):
    check(extractor, body, expected)


# A long clause that opens the sentence and ends ", <source> said <time>." or ", <source>
# reported, citing <source>.": the clause is what was said, however the parser attached it.
FRONTED_CLAUSE = [
    ("The ferry service to Holm will resume on Monday after a two-week strike, the operator "
     "Baltline reported on Friday, citing union officials.",
     [("Baltline", "indirect", "The ferry service to Holm will resume on Monday after a two-week strike")]),
    ("Rebels have seized two border posts and a fuel depot near Tarsk, the news agency Verin "
     "reported on Tuesday, citing military sources.",
     [("Verin", "indirect", "Rebels have seized two border posts and a fuel depot near Tarsk")]),
    ("Marovia has flown 800 soldiers and 90 armoured vehicles by cargo planes to Port Selen, KNA "
     "reported on Wednesday, citing the Marovian army.",
     [("KNA", "indirect", "Marovia has flown 800 soldiers and 90 armoured vehicles by cargo planes to Port Selen")]),
    ("The Kessel line, shut since a flood washed away a bridge in March, will reopen in June, "
     "the rail operator Nordbahn said on Tuesday.",
     [("Nordbahn", "indirect", "The Kessel line, shut since a flood washed away a bridge in March, will reopen in June")]),
    ("The Dunmore tunnel, closed since a rockfall blocked the entrance in February, will reopen to lorries "
     "from May 3 and to cars a week later, the road agency Vialta said on Monday.",
     [("Vialta", "indirect", "The Dunmore tunnel, closed since a rockfall blocked the entrance in February, "
       "will reopen to lorries from May 3 and to cars a week later")]),
    ("Three villages near the dam, cut off since the storm, were reached by boat late on Sunday, "
     "the regional governor, Hanne Volk, said.",
     [("Hanne Volk", "indirect", "Three villages near the dam, cut off since the storm, were reached by boat late on Sunday")]),
]


@pytest.mark.parametrize(("body", "expected"), FRONTED_CLAUSE, ids=_ids(FRONTED_CLAUSE))
def test_statements_fronted_clause_before_its_attribution(extractor, body, expected):
    check(extractor, body, expected)


# "said X, but only if Y": the condition the speaker set is part of what was said, though
# the parser coordinates it with the speech verb.
CONDITION_AFTER_THE_CLAUSE = [
    ("The dockers' union has said it will end the strike, but only if the company restores the night bonus "
     "and drops its claims against the ten stewards it dismissed in May.",
     [("dockers' union", "indirect", "it will end the strike, but only if the company restores the night bonus "
       "and drops its claims against the ten stewards it dismissed in May")]),
    ("The rebels said they would free the hostages, but only if the army pulls back from the valley and "
     "the government releases the prisoners taken at the northern checkpoint.",
     [("The rebels", "indirect", "they would free the hostages, but only if the army pulls back from the valley "
       "and the government releases the prisoners taken at the northern checkpoint")]),
    ("Mayor Edda Lunde said the market could reopen, but only when the river falls below the warning mark.",
     [("Edda Lunde", "indirect", "the market could reopen, but only when the river falls below the warning mark")]),
]


@pytest.mark.parametrize(("body", "expected"), CONDITION_AFTER_THE_CLAUSE, ids=_ids(CONDITION_AFTER_THE_CLAUSE))
def test_statements_condition_after_the_reported_clause(extractor, body, expected):
    check(extractor, body, expected)


# "suggested the most likely reason ... is fear": the parser takes the clause's subject for
# the verb's object and leaves the clause without one; the subject is still said.
SUBJECT_TAKEN_FOR_OBJECT = [
    ("Novak suggested the most likely reason the villagers stay is fear of reprisals.",
     [("Novak", "indirect", "the most likely reason the villagers stay is fear of reprisals")]),
    ("The inspector suggested the main cause of the fire was a faulty heater in the basement.",
     [("The inspector", "indirect", "the main cause of the fire was a faulty heater in the basement")]),
    ("Economist Pavel Dusek argued the real problem facing the farms is a lack of water.",
     [("Pavel Dusek", "indirect", "the real problem facing the farms is a lack of water")]),
]


@pytest.mark.parametrize(("body", "expected"), SUBJECT_TAKEN_FOR_OBJECT, ids=_ids(SUBJECT_TAKEN_FOR_OBJECT))
def test_statements_clause_subject_taken_for_the_object(extractor, body, expected):
    check(extractor, body, expected)
