"""Speaker resolution by construction class: invented news sentences, each with the
speaker a careful reader gives every statement and the speakers list it implies.

A case is (body, [(speaker, kind, text), ...]); the body follows a headline line and a
blank line, published 2023-06-01. Speakers and texts are compared as the gold scorer does.
"""

from __future__ import annotations

import pytest

from .statement_cases import HEAD, check


def speakers_of(extractor, body: str) -> list[str]:
    return [s.name for s in extractor.extract(HEAD + body, published="2023-06-01").speakers]


# 1. pronouns: gender learned from the article's own pronouns; "they" and "many of them"
#    go to the group named before; an unnamed person keeps the floor; a pronoun inside its
#    sentence's subordinate clause goes to that sentence's subject
PRONOUNS = [
    ('Union chair Petra Lund and dock owner Arvid Sten met in Molde on Friday. "We are close," she said '
     'afterwards.\n\n"Nothing is agreed," he said.',
     [("Petra Lund", "direct", "We are close,"), ("Arvid Sten", "direct", "Nothing is agreed,")]),
    ('Coach Lars Eide wanted a replay, but referee Mona Frisk ruled the goal valid. She said the ball had '
     'crossed the line.',
     [("Mona Frisk", "indirect", "the ball had crossed the line")]),
    ('About 60 fishermen blocked the harbour at Varna on Monday. Many of them said the new quotas would ruin them.',
     [("fishermen", "indirect", "the new quotas would ruin them")]),
    ('Hundreds of nurses marched through Tolby on Saturday. Some of them said wages had not risen in ten years.',
     [("nurses", "indirect", "wages had not risen in ten years")]),
    ('Forty striking miners occupied the pit head at Harlo. They said the mine owed them three months of pay.',
     [("miners", "indirect", "the mine owed them three months of pay")]),
    ('One teacher said classes had been cancelled. "We have no heating," she said.',
     [("one teacher", "indirect", "classes had been cancelled"), ("one teacher", "direct", "We have no heating,")]),
    ('A local doctor said the clinic had run out of insulin. "We are turning people away," she said.',
     [("local doctor", "indirect", "the clinic had run out of insulin"),
      ("local doctor", "direct", "We are turning people away,")]),
    ('The visiting trade envoy expressed concern on Monday about the border, where she said tensions had risen.',
     [("The visiting trade envoy", "indirect", "tensions had risen")]),
    ('Dozens of residents gathered outside the town hall in Ferrow. They said the water had been brown for a week.',
     [("residents", "indirect", "the water had been brown for a week")]),
    # never a person inside a reported clause or a quotation, a possessor or a nationality word
    ('Senator Ivo Marek said Governor Tess Aldo had misled voters. "The numbers do not add up," he added.',
     [("Ivo Marek", "indirect", "Governor Tess Aldo had misled voters"),
      ("Ivo Marek", "direct", "The numbers do not add up,")]),
    ('"I spoke to Maria Lund last week," Governor Piet Haas said. "She agreed with the plan," he said.',
     [("Piet Haas", "direct", "I spoke to Maria Lund last week,"), ("Piet Haas", "direct", "She agreed with the plan,")]),
    ('Nurse Clara Beyer treated Tomas Wenk\'s wounds at the scene. She said the bus had been travelling too fast.',
     [("Clara Beyer", "indirect", "the bus had been travelling too fast")]),
    ('Kavian officials met Mayor Rhona Pell on Monday. "We will rebuild the school," she said.',
     [("Rhona Pell", "direct", "We will rebuild the school,")]),
    ('The Velmar Farmers Union met ministers on Tuesday. They said the talks had failed.',
     [("Velmar Farmers Union", "indirect", "the talks had failed")]),
]

# 2. re-mentioned bodies: "the company", "the firm", "the club", "police", "the statement"
#    go to the body named before, not to the last person who spoke
BODIES = [
    ('Corvan Foods will close its Dunmore bakery, the food maker said on Monday. The company said demand for '
     'white bread had fallen. Union rep Olga Brandt said members were angry. The firm added that staff would '
     'be offered jobs elsewhere.',
     [("Corvan Foods", "indirect", "Corvan Foods will close its Dunmore bakery"),
      ("Corvan Foods", "indirect", "demand for white bread had fallen"),
      ("Olga Brandt", "indirect", "members were angry"),
      ("Corvan Foods", "indirect", "staff would be offered jobs elsewhere")]),
    ('Halcyon Energy Group said on Friday that a valve had failed at its Rigg-4 platform. Operations chief Liam Pardo '
     'said the leak was small. "No one was hurt," he said.\n\nA statement from the company said repairs had '
     'begun. The statement said output would resume next week.',
     [("Halcyon Energy Group", "indirect", "a valve had failed at its Rigg-4 platform"),
      ("Liam Pardo", "indirect", "the leak was small"), ("Liam Pardo", "direct", "No one was hurt,"),
      ("Halcyon Energy Group", "indirect", "repairs had begun"), ("Halcyon Energy Group", "indirect", "output would resume next week")]),
    ('Harrow Athletic have dismissed coach Emil Sorge after five defeats. Sorge said he was "sad to go".\n\n'
     'The club said in a statement that Tom Reiss would lead the team on Sunday.',
     [("Emil Sorge", "indirect", 'he was "sad to go"'),
      ("Harrow Athletic", "indirect", "Tom Reiss would lead the team on Sunday")]),
    ('Kentmoor police arrested two men on Tuesday. The men were released later. Police said the inquiry was '
     'continuing.',
     [("Kentmoor police", "indirect", "the inquiry was continuing")]),
    ('Ten crew members were rescued, the Coastal Rescue Service said. Captain Ina Holt said the sea had been '
     'rough. "We reached them in time," Holt said.\n\n"Our crews will keep searching through the night," '
     'the statement added.',
     [("Coastal Rescue Service", "indirect", "Ten crew members were rescued"),
      ("Ina Holt", "indirect", "the sea had been rough"), ("Ina Holt", "direct", "We reached them in time,"),
      ("Coastal Rescue Service", "direct", "Our crews will keep searching through the night,")]),
    ('In a letter to the council, Mayor Edvin Larsen wrote that the budget was short. "We cannot pay for the '
     'bridge," said the letter.',
     [("Edvin Larsen", "indirect", "the budget was short"),
      ("Edvin Larsen", "direct", "We cannot pay for the bridge,")]),
    # a body whose name reads like a person's: "The <Name>" or "<Name> ... its founder"
    ('The Northern Valley Alliance claimed the raid on Tuesday. In a statement, the group said its members had '
     'seized two trucks.',
     [("Northern Valley Alliance", "indirect", "its members had seized two trucks")]),
    ('Kestrel Robotics is recalling 8,500 e-bikes after reports of overheating, its founder Nora Lind said on '
     'Friday. "We are sorry," Lind said.\n\nThe firm said buyers would get a full refund.',
     [("Nora Lind", "indirect", "Kestrel Robotics is recalling 8,500 e-bikes after reports of overheating"),
      ("Nora Lind", "direct", "We are sorry,"),
      ("Kestrel Robotics", "indirect", "buyers would get a full refund")]),
    ('The Ostrander Collective said on Sunday that its volunteers had planted 3,000 trees. Later the group said '
     'it would ask the city for land.',
     [("Ostrander Collective", "indirect", "its volunteers had planted 3,000 trees"),
      ("Ostrander Collective", "indirect", "it would ask the city for land")]),
]

# 3. unnamed sources keep their own words: a long office title is no named person whose
#    title shares only its head noun, nor the last speaker; "X's spokesman" is not X
UNNAMED = [
    ('Floodwater covered the lower town of Brisk on Sunday, the regional minister for civil defence said. '
     'She said 500 homes were empty.\n\nThe deputy head of the county fire and rescue service said the water '
     'would fall by Friday.',
     [("the regional minister for civil defence", "indirect", "Floodwater covered the lower town of Brisk on Sunday"),
      ("the regional minister for civil defence", "indirect", "500 homes were empty"),
      ("the deputy head of the county fire and rescue service", "indirect", "the water would fall by Friday")]),
    ('Interior Minister Jorge Salles said the border was calm. The regional minister for transport said roads '
     'were open.',
     [("Jorge Salles", "indirect", "the border was calm"),
      ("the regional minister for transport", "indirect", "roads were open")]),
    ('Governor Alma Reyes visited the camp on Monday. Reyes\'s spokesman said the visit was private.',
     [("Reyes's spokesman", "indirect", "the visit was private")]),
    ('Police chief Ivan Tomic said two men were held. The head of the city\'s fraud unit said more arrests would '
     'follow.',
     [("Ivan Tomic", "indirect", "two men were held"),
      ("the head of the city's fraud unit", "indirect", "more arrests would follow")]),
    ('Defence official Marek Zielny said the base was secure. A second official said the guards had fled. '
     'That official said the gates were left open.',
     [("Marek Zielny", "indirect", "the base was secure"), ("a second official", "indirect", "the guards had fled"),
      ("a second official", "indirect", "the gates were left open")]),
    ('Mayor Oona Lusk said the bridge was safe. A city engineer said cracks had been found. The engineer said '
     'repairs would take a month.',
     [("Oona Lusk", "indirect", "the bridge was safe"), ("a city engineer", "indirect", "cracks had been found"),
      ("a city engineer", "indirect", "repairs would take a month")]),
    ('Economist Rhea Lind said prices would rise. The chief executive of the national grid operator said '
     'supply was secure.',
     [("Rhea Lind", "indirect", "prices would rise"),
      ("the chief executive of the national grid operator", "indirect", "supply was secure")]),
]

# 11. the speakers list: every named speaker, tagged by the model or not; anonymous
#     sources never cut down to the body they belong to
IN_SPEAKERS = [
    ("Friends of Tarn Meadow said the new road would cut the meadow in two.", "Friends of Tarn Meadow"),
    ("The regional water board, known as AquaNord, said supplies were safe.", "AquaNord"),
    ("The Ombudsman for Rural Housing said it had received 90 complaints.", "Ombudsman for Rural Housing"),
    ("Two cars were stolen overnight, according to police Sgt. Ramon Oduya.", "Ramon Oduya"),
    ("Shots were fired at a checkpoint near the bridge, according to army Maj. Idris Kalu.", "Idris Kalu"),
    ("According to figures from the Harbour Safety Council, 12 boats sank last year.", "Harbour Safety Council"),
    ('"The border is quiet," Ostrian Interior Minister Ilse Varga said.', "Ilse Varga"),
    # "the ministry" for "the Ministry of ...": the head noun of a name with "of"/"for"
    ('The Ministry of Coastal Affairs closed three beaches on Saturday. Deputy director Mara Quist said the water '
     'was unsafe. "Stay out of the sea," she said.\n\nThe ministry said the beaches would reopen on Tuesday.',
     "Ministry of Coastal Affairs"),
    ('The Department of Rural Roads shut the Arnfell pass on Monday. Engineer Tomas Vide said a wall had '
     'cracked. "It is not safe," Vide said.\n\nThe department said a detour would open within a week.',
     "Department of Rural Roads"),
    # "<Place>'s <body noun>": a named body, whatever part of speech the tagger gives its noun
    ("Norvia's transport ministry said the bridge would reopen in May.", "Norvia's transport ministry"),
    ("Vastland's interior ministry said on Friday that two border posts had been closed.",
     "Vastland's interior ministry"),
]
NOT_IN_SPEAKERS = [
    ("Kestrel Airways sources said the merger talks had stalled.", "Kestrel Airways"),
    ("Velmar Navy sailors said the ship had been damaged.", "Velmar Navy"),
    ('Governor Alma Reyes visited the camp on Monday. Reyes\'s spokesman said the visit was private.', "Alma Reyes"),
]


@pytest.mark.parametrize(("body", "expected"), PRONOUNS)
def test_pronouns_agree_and_reach_their_antecedent(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize(("body", "expected"), BODIES)
def test_re_mentioned_bodies_are_the_body_named_before(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize(("body", "expected"), UNNAMED)
def test_unnamed_sources_keep_their_own_words(extractor, body, expected):
    check(extractor, body, expected)


@pytest.mark.parametrize(("body", "name"), IN_SPEAKERS)
def test_every_named_speaker_is_in_the_speakers_list(extractor, body, name):
    assert name in speakers_of(extractor, body)


@pytest.mark.parametrize(("body", "name"), NOT_IN_SPEAKERS)
def test_anonymous_sources_are_not_cut_down_to_a_name(extractor, body, name):
    assert name not in speakers_of(extractor, body)


# 11. one body, one speaker: a short name that is the fuller name's head noun, or the
#     fuller name less its common words, is the same speaker
ONE_BODY = [
    ("The Velmar Observatory for Coastal Erosion said the cliff had moved two metres. The Observatory said "
     "more falls were likely.", ["Velmar Observatory for Coastal Erosion"]),
    ("The Ministry of Fisheries said quotas would fall. The ministry said talks would resume in May.",
     ["Ministry of Fisheries"]),
    ("Norvane news agency said the bridge had collapsed. Norvane reported later that 12 cars fell into the river.",
     ["Norvane"]),
    # a body's organ is another speaker
    ("The UN Security Council said it would meet on Friday. The UN said aid was on its way.",
     ["UN Security Council", "UN"]),
]


@pytest.mark.parametrize(("body", "names"), ONE_BODY)
def test_one_body_is_one_speaker(extractor, body, names):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert [s.name for s in facts.speakers] == names
    listed = {s.name for s in facts.speakers}
    assert all(st.speaker in listed for st in facts.statements)


def test_unnamed_group_is_no_speaker(extractor):
    body = "About 60 fishermen blocked the harbour at Varna on Monday. Many of them said the quotas would ruin them."
    assert speakers_of(extractor, body) == []


# --- the cheaper readings of entities and text agree with spaCy's own ---------------------

ENTITY_SENTENCES = [
    "Mayor Ines Varga of Lunden met Tomas Orrin in Kessel on Friday, the Kessel Tribune said.",
    "The Dravan Relief Agency sent 40 trucks to Porvik and Elm Harbor, Lise Amundt told Radio Fjell.",
    "\"We will rebuild,\" said Petra Lund, head of the Norvik Port Authority, in Oslo.",
]


@pytest.mark.parametrize("text", ENTITY_SENTENCES)
def test_entities_read_from_the_tags_are_spacys_entities(nlp, text):
    from newsfacts._doctext import doc_text
    from newsfacts.mentions import NAMED, entity_at, ents_within

    doc = nlp(text)
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None) \
            if token.ent_type_ in NAMED else None
        found = entity_at(token)
        assert found == expected
        if found is not None:
            assert found._.nf_name == expected._.nf_name
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert ents_within(doc[start:end]) == list(doc[start:end].ents)
