"""Who sends a deployment: the sender named in the unit's own phrase, a nationality with a
common body noun, a sender named in an earlier sentence, a force drawn from a country."""

import pytest

HEAD = "Test headline\n\n"


def senders(extractor, body, *, head=HEAD):
    f = extractor.extract(head + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0) for d in f.deployments)


# 1. The sender inside the unit's own phrase: a nationality or a name modifying the members
# of a group noun, an acronym read as a common noun, an untagged name with other modifiers
# between it and the unit.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("An advance team of 40 Kenyan military planners arrived in Juba on Monday.", [("Kenya", 40)]),
        ("An advance team of 25 Morvanian military engineers landed at Port Hesk on Monday.", [("Morvania", 25)]),
        ("A detachment of 60 Ghanaian medics has arrived in Bamako.", [("Ghana", 60)]),
        ("An advance party of 30 Westerholm military surveyors reached Vantry on Tuesday.", [("Westerholm", 30)]),
        ("Two hundred Italian carabinieri arrived in Lendova on Monday.", [("Italy", 200)]),
        ("About 150 French gendarmes were on their way to Noumea on Sunday.", [("France", 150)]),
        ("About 500 ECOWAS troops were on their way to Banjul.", [("ECOWAS", 500)]),
        ("The first 300 SADC soldiers arrived in Pemba on Thursday.", [("SADC", 300)]),
        ("Some 120 Quessan military police officers arrived in Drelle on Monday.", [("Quessa", 120)]),
        ("A 250-strong Hallow Islands contingent left Port Ennis on Monday for Marobia.", [("Hallow Islands", 250)]),
        ("The last 240 Tirmo peacekeepers pulled out of Dorra on Sunday.", [("Tirmo", 240)]),
        ("About 1,000 troops of the African Union mission arrived in Mogadishu on Monday.", [("African Union", 1000)]),
        ("Some 600 peacekeepers of the ECOWAS operation arrived in Bissau.", [("ECOWAS", 600)]),
        ("About 300 soldiers of the 3rd Mountain Battalion arrived in Vantry.", [("", 300)]),
    ],
)
def test_sender_inside_the_units_phrase(extractor, body, expected):
    assert senders(extractor, body) == expected


def test_a_formations_name_after_of_is_no_sender_of_a_counted_team(extractor):
    # "of the Presidential Guard": a formation, not the team's members
    got = senders(extractor, "Two companies of the Republican Guard were moved into the capital, Drelle, overnight.")
    assert all(actor != "Republican" for actor, _ in got)


def test_the_units_word_tagged_as_a_name_is_no_second_sender(extractor):
    # "The carabinieri" tagged as an organisation: the same force told again
    body = ("Three hundred Italian carabinieri arrived in Tavira on Monday. "
            "The carabinieri will stay for at least a year, the Italian embassy said.")
    assert senders(extractor, body) == [("Italy", 300)]


# 2. A nationality with a common body noun stands for the country; a body's proper name is
# kept as the article writes it.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Kenyan army deployed 3,000 soldiers to the border on Monday.", [("Kenya", 3000)]),
        ("The Morvanian army has placed 3,000 soldiers on standby to deploy to the south.", [("Morvania", 3000)]),
        ("Some 600 sailors of the Nigerian navy were on their way to Lagos.", [("Nigeria", 600)]),
        ("About 90 marines deployed by the Ebranian navy reached Port Rook overnight.", [("Ebrania", 90)]),
        ("The Torvaldan coast guard has deployed 40 officers to Lake Ilmo.", [("Torvaldan coast guard", 40)]),
        ("Bavarian police sent 300 officers to the border crossing on Friday.", [("Bavarian police", 300)]),
        ("Nearly 1,500 sailors of the Pellonian navy's Second Fleet sailed from Tirmo on Tuesday.", [("Pellonia", 1500)]),
        ("About 900 soldiers of the Kenyan army's 3rd Brigade arrived in Kismayo on Monday.", [("Kenya", 900)]),
        ("The Kenya Defence Forces deployed 500 soldiers to Lamu.", [("Kenya", 500)]),
        ("The Riskan Air Force sent 80 airmen to Vantry air base.", [("Riskan Air Force", 80)]),
        ("Marnland police deployed 2,000 officers to the city centre on Saturday.", [("Marnland police", 2000)]),
    ],
)
def test_a_nationalitys_body_stands_for_its_country(extractor, body, expected):
    assert senders(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The European Union will send 120 observers to Tarsk, and the Zaruki army said on Friday it "
         "would deploy 4,000 soldiers to polling stations in the east.", [("Zaruk", 4000)]),
        ("NATO will hold talks on Monday, and the Polish army said it would send 800 troops to the border.",
         [("Poland", 800)]),
        ("Quillia's foreign ministry protested, and Dorvia's army said it would move 1,200 soldiers to the "
         "frontier.", [("Dorvia", 1200)]),
    ],
)
def test_it_stands_for_the_nearest_named_body_that_says_it(extractor, body, expected):
    assert senders(extractor, body) == expected


# 4. A force drawn from, provided by or contributed by a country: that country sends.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The force will draw 1,000 soldiers from Kenya.", [("Kenya", 1000)]),
        ("The regional intervention force for Lendova will draw 1,000 soldiers from Kanvara, commanders said.",
         [("Kanvara", 1000)]),
        ("The mission would draw 800 troops from Quillia, officials said.", [("Quillia", 800)]),
        ("About 600 troops provided by Ghana arrived in Bamako on Monday.", [("Ghana", 600)]),
        ("Some 450 soldiers contributed by Norvia will arrive in Vantry next month.", [("Norvia", 450)]),
        ("Rwanda's contingent of 310 arrived in Bangui on Sunday.", [("Rwanda", 310)]),
    ],
)
def test_a_force_drawn_from_a_country(extractor, body, expected):
    assert senders(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    ["The protest drew 500 police officers to the square.", "The reforms drew criticism from 300 soldiers."],
)
def test_drawing_without_a_source_deploys_nothing(extractor, body):
    assert senders(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sambara is deploying 2,000 troops along its border with Okkel, the army said on Wednesday.",
         [("Sambara", 2000)]),
        ("Korvalia is sending 500 troops to the border, the army said.", [("Korvalia", 500)]),
        ("Ambrosi has deployed 1,200 soldiers to the north, the defence ministry said.", [("Ambrosi", 1200)]),
    ],
)
def test_a_name_opening_the_article_sends_not_the_body_that_tells(extractor, body, expected):
    # the article's first word, the model often reads a name there as an adverb
    assert senders(extractor, body, head="") == expected


# 3. The sender named only in the sentence before: its one named subject, or the nationality
# of the troops it tells of; never a guess when it names none or several.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain's defence ministry said on Monday that parliament had approved the mission. "
         "The 600-strong battalion will leave for Tallinn on Friday.", [("Britain", 600)]),
        ("The Dravian government confirmed the plan on Tuesday. The 300 soldiers will arrive in Dorra next week.",
         [("Dravia", 300)]),
        ("Spain's cabinet approved the mission on Friday.\n\nAbout 250 soldiers will leave for Carrodel next month.",
         [("Spain", 250)]),
        ("The first planeload of Spanish soldiers has touched down in Carrodel, the defence ministry says. "
         "In total 250 are due to arrive over the next three days.", [("Spain", 250)]),
        ("The first Kenyan peacekeepers arrived in Juba on Sunday. In total 700 will be deployed by March.",
         [("Kenya", 700)]),
        ("Heavy rain hit the capital on Monday. The 500 soldiers will leave for Dorra on Friday.", [("", 500)]),
        ("Mali's junta expelled the envoy on Monday. About 300 soldiers will leave for Mali on Friday.", [("", 300)]),
        ("Italy and France signed a trade deal on Monday. The 500 soldiers will leave for Dorra on Friday.",
         [("", 500)]),
    ],
)
def test_sender_named_in_the_sentence_before(extractor, body, expected):
    assert senders(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sambara will contribute an 850-member infantry battalion to the UN force in Okkel, the ambassador said "
         "on Monday. Sambara's parliament must still approve the funding.", [("Sambara", 850)]),
        ("Quessa's contingent returned home in May after a year-long tour in Okkel.", [("Quessa", 0)]),
        ("Officials will send 300 soldiers to the border. Officials said the move was temporary.", [("", 300)]),
    ],
)
def test_a_name_the_model_read_as_a_common_word_or_a_persons(extractor, body, expected):
    assert senders(extractor, body, head="") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a named state moves a formation's units: the state sends them
        ("Quessa's government moved two battalions of the Presidential Guard into the capital, Drelle, overnight.",
         [("Quessa", 0)]),
        ("Quillia's defence ministry deployed a battalion of the Republican Guard to the border on Friday.",
         [("Quillia", 0)]),
        ("Quillia's defence ministry deployed a battalion to the border on Friday.", [("Quillia", 0)]),
        # no state as the verb's subject: the armed body they belong to
        ("The 450 soldiers of the Kalvian army will leave for Port Aster on Friday.", [("Kalvia", 450)]),
    ],
)
def test_a_state_that_moves_a_formations_units_sends_them(extractor, body, expected):
    assert senders(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Kingdom of Norvalia said on Monday that the Kingdom will send 300 soldiers to Fennick.", [("Norvalia", 300)]),
        ("The Ministry of Defence of the Kingdom of Lindoria informs that, in accordance with the treaty, the "
         "Kingdom shall dispatch a contingent of 120 military observers to Zell.", [("Lindoria", 120)]),
        ("The Sultanate of Oman said the Sultanate would send 150 soldiers to the border.", [("Oman", 150)]),
    ],
)
def test_a_states_title_alone_stands_for_the_state_named_with_it(extractor, body, expected):
    assert senders(extractor, body) == expected


# A service's or formation's own name inside the unit phrase ("Army support troops",
# "Foreign Legion troops", "from the 2nd Brigade Combat Team") is their kind or origin, not
# who sends them; a name with a country's word ("U.S. Army", "Kenya Defence Forces") is, and
# stands for that country as the name writes it.
@pytest.mark.parametrize("text, actor", [
    ("French forces airlifted 150 Foreign Legion troops from Libreville to Bangui overnight.", "France"),
    ("The Pentagon said on Thursday it will send another 2,200 Army support troops to Saudi Arabia.", "United States"),
    ("About 3,500 soldiers from the 1st Cavalry Division's 2nd Brigade Combat Team will deploy to Kuwait "
     "this fall, the U.S. Army announced Tuesday.", "U.S."),
    ("The Pentagon will send 500 U.S. Army troops to Poland.", "U.S."),
    ("Kenya will send 300 Kenya Defence Forces troops to Somalia.", "Kenya"),
])
def test_a_service_name_in_the_unit_is_no_sender(extractor, text, actor):
    assert [d.actor for d in extractor.extract(text, published="2023-06-01").deployments] == [actor]


# An organ named alone is named with its body.
@pytest.mark.parametrize("text", [
    "The Security Council voted on Tuesday to send 2,000 more peacekeepers to Mali.",
    "UNITED NATIONS — The Security Council agreed to deploy 1,500 police officers to Haiti.",
])
def test_an_organ_is_named_with_its_body(extractor, text):
    assert [d.actor for d in extractor.extract(text, published="2023-06-01").deployments] == ["UN Security Council"]


# A model's or a formation's own name in the unit ("a Stryker squadron", "the Type 45
# destroyer") says what the unit is, not who sends it; a nationality still does.
@pytest.mark.parametrize("text, actor", [
    ("The Pentagon will shift about 1,000 soldiers of a Stryker squadron from Vilseck to Romania.", "United States"),
    ("Britain will send a Gurkha company of 120 soldiers to East Timor.", "Britain"),
    ("Kestria will send 300 Velmoran troops to Orsk.", "Velmora"),
])
def test_a_models_or_formations_name_is_no_sender(extractor, text, actor):
    assert [d.actor for d in extractor.extract(text, published="2023-06-01").deployments] == [actor]
