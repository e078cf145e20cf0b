"""Deployments news tells in constructions the reader used to miss: the sender named by an
anaphor, demonyms joined on one unit, a second count left elliptical, a participial sending
clause, and units and verbs of the lexicon's margins."""

import pytest

HEAD = "Test headline\n\n"


def records(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.unit, d.destination or "", d.status) for d in f.deployments)


# 1. The sender named in the sentence before, taken up by "the country", "the kingdom", ...

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Senegal's defence minister unveiled the mission on Monday. The country will send 90 trainers to Mali.",
         ("Senegal", 90, "trainers", "Mali", "announced")),
        ("Tarvia's foreign ministry confirmed the plan on Tuesday. The kingdom will deploy 300 soldiers to Velmora.",
         ("Tarvia", 300, "soldiers", "Velmora", "announced")),
        ("Officials in Mauritius approved the request late on Friday. The island nation has sent 40 police officers "
         "to Comoros.",
         ("Mauritius", 40, "police officers", "Comoros", "deploying")),
        ("Norway announced on Wednesday that it would join the mission. The country will dispatch 120 soldiers "
         "to Latvia.",
         ("Norway", 120, "soldiers", "Latvia", "announced")),
        ("Qatar's emir approved the request on Sunday. The Gulf state will send 200 soldiers to Lebanon.",
         ("Qatar", 200, "soldiers", "Lebanon", "announced")),
        ("Kenya's president signed the order on Monday. The East African nation will deploy 1,000 police officers "
         "to Haiti.",
         ("Kenya", 1000, "police officers", "Haiti", "announced")),
    ],
)
def test_the_country_named_before_sends(extractor, body, expected):
    assert expected in records(extractor, body)


def test_the_country_is_the_sender_not_the_place_named_before(extractor):
    body = ("Ghana's defence minister unveiled the training mission to Niger on Monday. "
            "The country will send 90 trainers to Niger.")
    assert [a for a, *_ in records(extractor, body)] == ["Ghana"]


def test_the_country_after_two_countries_is_neither(extractor):
    body = "Italy and France signed the accord on Monday. The country will send 200 soldiers to Chad."
    assert all(a not in ("Italy", "France") for a, *_ in records(extractor, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 250 soldiers from Fiji's army left Suva for Lebanon on Sunday.",
         ("Fiji", 250, "soldiers", "Lebanon", "en_route")),
        ("Some 400 soldiers from the Kenyan army arrived in Mogadishu on Monday.",
         ("Kenya", 400, "soldiers", "Mogadishu", "arrived")),
        ("Around 180 troops from Tarvia's army were deployed to Velmora last week.",
         ("Tarvia", 180, "troops", "Velmora", "deploying")),
    ],
)
def test_troops_from_a_countrys_army_are_the_countrys(extractor, body, expected):
    assert expected in records(extractor, body)


# 2. Demonyms joined on one unit: each country's own deployment

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenyan and Somali government troops entered the town of Baidoa on Monday.",
         [("Kenya", 0, "government troops", "Baidoa", "arrived"),
          ("Somalia", 0, "government troops", "Baidoa", "arrived")]),
        ("Chadian and Nigerien soldiers moved into the town of Diffa on Tuesday.",
         [("Chad", 0, "soldiers", "Diffa", "arrived"), ("Niger", 0, "soldiers", "Diffa", "arrived")]),
        ("Tarvian and Velmoran troops rolled into Kessa early on Sunday.",
         [("Tarvia", 0, "troops", "Kessa", "arrived"), ("Velmora", 0, "troops", "Kessa", "arrived")]),
        ("Polish and Czech troops marched into the town of Ostrava on Monday.",
         [("Poland", 0, "troops", "Ostrava", "arrived"), ("Czech Republic", 0, "troops", "Ostrava", "arrived")]),
    ],
)
def test_joined_demonyms_give_one_deployment_each(extractor, body, expected):
    got = records(extractor, body)
    for e in expected:
        assert e in got


# 3. A sender's second count, the unit left out: "and another 150 stationed at B"

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("France has about 1,700 soldiers in Chad and another 150 stationed at Faya.",
         [("France", 1700, "soldiers", "Chad", "stationed"), ("France", 150, "soldiers", "Faya", "stationed")]),
        ("Tarvia keeps some 900 troops in Velmora and another 200 based in Kessa.",
         [("Tarvia", 900, "troops", "Velmora", "stationed"), ("Tarvia", 200, "troops", "Kessa", "stationed")]),
        ("Britain has roughly 600 soldiers in Estonia and a further 120 stationed in Poland.",
         [("Britain", 600, "soldiers", "Estonia", "stationed"), ("Britain", 120, "soldiers", "Poland", "stationed")]),
        ("Britain has 800 troops in Estonia, with another 150 based in Poland.",
         [("Britain", 800, "troops", "Estonia", "stationed"), ("Britain", 150, "troops", "Poland", "stationed")]),
        ("Tarvia has deployed 800 troops to Velmora and another 200 stationed in Kessa.",
         [("Tarvia", 800, "troops", "Velmora", "deploying"), ("Tarvia", 200, "troops", "Kessa", "stationed")]),
    ],
)
def test_elliptical_second_count_of_one_sender(extractor, body, expected):
    got = records(extractor, body)
    for e in expected:
        assert e in got


# 4. A participial clause whose subject is the main clause's: "..., sending 1,500 troops"

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain will lead the new force in Kabul, sending 1,500 troops, with Germany contributing 800.",
         ("Britain", 1500, "troops", "Kabul", "announced")),
        ("Tarvia will command the mission in Kessa, deploying 900 soldiers, officials said.",
         ("Tarvia", 900, "soldiers", "Kessa", "announced")),
        ("Italy took charge of the force in Lebanon on Monday, sending 1,100 troops.",
         ("Italy", 1100, "troops", "Lebanon", "deploying")),
    ],
)
def test_participial_sending_clause_takes_the_main_subject(extractor, body, expected):
    assert expected in records(extractor, body)


# 5. Units and verbs at the lexicon's margins

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Belgium will send 200 paracommandos to Niger.", ("Belgium", 200, "paracommandos", "Niger", "announced")),
        ("About 60 Belgian paracommandos arrived in Kinshasa on Friday.",
         ("Belgium", 60, "paracommandos", "Kinshasa", "arrived")),
        ("Tarvia has deployed 150 paracommandos to Kessa.", ("Tarvia", 150, "paracommandos", "Kessa", "deploying")),
        ("The governor sent 300 guardsmen to the border.", ("", 300, "guardsmen", "the border", "deploying")),
        ("Some 120 guardsmen arrived in Kessa on Monday.", ("", 120, "guardsmen", "Kessa", "arrived")),
        ("The governor said 400 National Guard members would be deployed to Kessa.",
         ("", 400, "National Guard members", "Kessa", "announced")),
        ("Peru has mobilised 2,000 National Guard members to its northern border.",
         ("Peru", 2000, "National Guard members", "its northern border", "deploying")),
        ("Velmora will send 250 members of the National Guard to Kessa.",
         ("Velmora", 250, "members of the National Guard", "Kessa", "announced")),
        ("Tarvia sent 80 members of the Republican Guard to Kessa on Friday.",
         ("Tarvia", 80, "members of the Republican Guard", "Kessa", "deploying")),
    ],
)
def test_units_missing_from_the_lexicon(extractor, body, expected):
    assert expected in records(extractor, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Spain will second 250 officers to the EU mission in Mali.", ("Spain", 250, "officers", "Mali", "announced")),
        ("Tarvia will second 40 police officers to the UN mission in Kessa.",
         ("Tarvia", 40, "police officers", "Kessa", "announced")),
        ("The Indian Army has inducted an additional mountain division into Sikkim.",
         ("India", 0, "mountain division", "Sikkim", "arrived")),
        ("India will induct an additional mountain division into Ladakh.",
         ("India", 0, "mountain division", "Ladakh", "announced")),
        ("Tarvia has inducted a fresh infantry brigade into Kessa.",
         ("Tarvia", 0, "infantry brigade", "Kessa", "arrived")),
        ("Velmora will mobilise 3,000 reservists to the border region of Kessa.",
         ("Velmora", 3000, "reservists", "Kessa", "announced")),
        ("Tarvia mobilized 500 soldiers to the border on Friday.",
         ("Tarvia", 500, "soldiers", "the border", "deploying")),
        ("The army will forward-base 400 personnel in Kessa.", ("", 400, "personnel", "Kessa", "announced")),
        ("The US will forward-base 1,200 troops in Poland.", ("US", 1200, "troops", "Poland", "announced")),
        ("Britain will forward-station 400 soldiers in Estonia.", ("Britain", 400, "soldiers", "Estonia", "announced")),
        ("The Royal Navy is forward-basing two frigates and about 300 sailors in Bahrain.",
         ("Britain", 300, "sailors", "Bahrain", "stationed")),
        ("About 300 Tarvian troops remained on standby at Kessa.", ("Tarvia", 300, "troops", "Kessa", "standby")),
        ("About 500 Dutch soldiers remain on standby at Volkel airbase.",
         ("Netherlands", 500, "soldiers", "Volkel airbase", "standby")),
        ("Spain said 40 officers would be seconded to the EU mission in Greece.",
         ("Spain", 40, "officers", "Greece", "announced")),
        ("Some 200 Belgian soldiers remained on standby at Kamina air base.",
         ("Belgium", 200, "soldiers", "Kamina air base", "standby")),
        ("The Pentagon put 2,000 troops on alert for possible deployment to Kuwait.",
         ("United States", 2000, "troops", "Kuwait", "standby")),
        ("Tarvia has put 1,500 soldiers on alert for possible deployment to Velmora.",
         ("Tarvia", 1500, "soldiers", "Velmora", "standby")),
    ],
)
def test_verbs_missing_from_the_lexicon(extractor, body, expected):
    assert expected in records(extractor, body)


def test_members_of_no_force_are_no_unit(extractor):
    assert records(extractor, "The party sent 40 members of parliament to Kessa to observe the vote.") == []


def test_participial_sender_kept_beside_the_shares_of_others(extractor):
    body = ("Spain will lead the new mission in Lebanon, sending 1,200 soldiers, with Portugal contributing 600 "
            "and Greece about 300, officials said.")
    got = records(extractor, body)
    assert ("Spain", 1200, "soldiers", "Lebanon", "announced") in got
    assert {(a, c) for a, c, *_ in got} == {("Spain", 1200), ("Portugal", 600), ("Greece", 300)}


def test_members_a_verb_does_not_move_are_no_deployment(extractor):
    body = "A spokesman said the ambush had been directed at members of the Republican Guard."
    assert records(extractor, body) == []


def test_officers_seconded_by_a_named_force(extractor):
    body = "The Bundesheer will second up to 60 officers to the UN mission in Lebanon, the ministry said."
    assert [(c, u, d, s) for _, c, u, d, s in records(extractor, body)] == [(60, "officers", "Lebanon", "announced")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain will pull 800 troops out of Basra by March, leaving about 4,000 stationed in Iraq.",
         ("Britain", 4000, "troops", "Iraq", "stationed")),
        ("Tarvia withdrew 300 soldiers from Kessa on Monday, leaving some 500 based in Velmora.",
         ("Tarvia", 500, "soldiers", "Velmora", "stationed")),
        ("France will withdraw 600 soldiers from Mali, leaving roughly 2,400 deployed in Niger.",
         ("France", 2400, "soldiers", "Niger", "stationed")),
    ],
)
def test_count_left_by_a_withdrawal_placed_by_its_participle(extractor, body, expected):
    assert expected in records(extractor, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Spain is sending 200 more soldiers to Latvia. The new troops will join the roughly 400 Spanish soldiers "
         "already leading the battlegroup there.",
         ("Spain", 400, "soldiers", "Latvia", "stationed")),
        ("A further 200 soldiers will join the 800 Italian troops already serving in Lebanon.",
         ("Italy", 800, "troops", "Lebanon", "stationed")),
        ("Tarvia will send a battalion to reinforce the 600 Tarvian soldiers already deployed in Kessa.",
         ("Tarvia", 600, "soldiers", "Kessa", "stationed")),
    ],
)
def test_counted_force_already_there_is_stationed(extractor, body, expected):
    assert expected in records(extractor, body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Ethiopian and Kenyan troops entered the town of Luuq on Sunday.", "Luuq"),
        ("Tarvian soldiers entered Kessa early on Monday.", "Kessa"),
        ("About 300 Chadian troops reached the town of Mongo on Friday.", "Mongo"),
    ],
)
def test_the_place_entered_is_the_object(extractor, body, place):
    got = records(extractor, body)
    assert got and all(d == place and s == "arrived" for _, _, _, d, s in got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Australian Defence Force will deploy about 200 members to northern Queensland to help with the floods.",
         (200, "members", "announced")),
        ("The Kenyan army has sent 120 members to the flooded district of Garissa.", (120, "members", "deploying")),
    ],
)
def test_members_counted_by_an_armed_sender(extractor, body, expected):
    assert [(c, u, s) for _, c, u, _, s in records(extractor, body)] == [expected]


def test_members_sent_by_a_civil_body_are_no_unit(extractor):
    assert records(extractor, "The union will send 300 members to the rally in Perth.") == []


def test_members_of_a_named_national_force_are_its_country_s(extractor):
    got = records(extractor, "The Irish Defence Forces will deploy about 90 members to Lebanon.")
    assert got == [("Ireland", 90, "members", "Lebanon", "announced")]
