import pytest

HEAD = "Test headline\n\n"


def deployments(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return [(d.actor, d.count, d.unit, d.destination, d.status) for d in f.deployments], f


def test_deployments_sent_with_count_actor_destination(extractor):
    deps, _ = deployments(extractor, "NATO is sending additional 700 NATO troops to Kosovo.")
    assert deps == [("NATO", 700, "troops", "Kosovo", "deploying")]


def test_deployments_on_their_way_and_standby(extractor):
    deps, _ = deployments(extractor, "He said the first batch of 700 NATO troops is on its way to Kosovo. "
                                     "A battalion is on standby.")
    assert ("NATO", 700, "troops", "Kosovo", "en_route") in deps
    assert any(unit == "battalion" and status == "standby" for _, _, unit, _, status in deps)


def test_deployments_repeated_mention_is_one_record_with_two_spans(extractor):
    deps, f = deployments(extractor, "The alliance is sending 700 NATO troops to Kosovo.\n\n"
                                     "The 700 troops are on their way, officials said.")
    assert len(f.deployments) == 1
    assert len(f.deployments[0].spans) == 2 and f.deployments[0].status == "en_route"


def test_deployments_withdrawn(extractor):
    deps, _ = deployments(extractor, "U.S. troops were withdrawn from Syria last year.")
    assert [(u, s) for _, _, u, _, s in deps] == [("troops", "withdrawn")]


def test_deployments_stationed(extractor):
    deps, _ = deployments(extractor, "About 5,000 U.S. troops are stationed in Iraq.")
    assert deps == [("U.S.", 5000, "troops", "Iraq", "stationed")]


def test_deployments_to_be_sent_is_announced(extractor):
    deps, _ = deployments(extractor, "Germany will send 300 soldiers to Lithuania.")
    assert deps == [("Germany", 300, "soldiers", "Lithuania", "announced")]


def test_deployments_equipment_and_clashes_are_not_deployments(extractor):
    deps, _ = deployments(extractor, "Protesters and security forces clashed in the north. "
                                     "The army sent tanks and warplanes to the border.")
    assert deps == []


# Several deployments in one sentence (class 6) and the lexicon of units and verbs (class 7):
# invented sentences, each with the records a reader takes from it.

def records(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.unit, d.destination or "", d.status) for d in f.deployments)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body's share after a comma, a semicolon or a hedge, the verb left out
        ("Velmora is sending 400 soldiers to Dunholm; Carsta, 250; and Brekka, 100.",
         [("Brekka", 100, "soldiers", "Dunholm", "deploying"), ("Carsta", 250, "soldiers", "Dunholm", "deploying"),
          ("Velmora", 400, "soldiers", "Dunholm", "deploying")]),
        ("Ostrel already has 900 soldiers in Lamba, Kelmark 600 and Brevia about 300.",
         [("Brevia", 300, "soldiers", "Lamba", "stationed"), ("Kelmark", 600, "soldiers", "Lamba", "stationed"),
          ("Ostrel", 900, "soldiers", "Lamba", "stationed")]),
        ("Sarnia is deploying 250 peacekeepers and Tovania a further 180 to the mission in Lamba.",
         [("Sarnia", 250, "peacekeepers", "Lamba", "deploying"), ("Tovania", 180, "peacekeepers", "Lamba", "deploying")]),
        ("Lutavo will contribute 300 police officers, Sarnia 250 and Merovia 150 to the civilian mission in Port Ameo.",
         [("Lutavo", 300, "police officers", "Port Ameo", "announced"),
          ("Merovia", 150, "police officers", "Port Ameo", "announced"),
          ("Sarnia", 250, "police officers", "Port Ameo", "announced")]),
        # a body's own unit after its count ("120 military engineers"): its own unit, read once
        ("Kelmark is contributing 300 police officers, Ostrel 120 military engineers and Brevia a signals "
         "battalion to the mission in Lamba.",
         [("Brevia", 0, "signals battalion", "Lamba", "deploying"), ("Kelmark", 300, "police officers", "Lamba", "deploying"),
          ("Ostrel", 120, "military engineers", "Lamba", "deploying")]),
        # each share with a place of its own, the verb left out
        ("Castel sent 60 soldiers to Dunholm and Brevia about 90 to neighbouring Varda on Monday.",
         [("Brevia", 90, "soldiers", "Varda", "deploying"), ("Castel", 60, "soldiers", "Dunholm", "deploying")]),
        ("Castel flew 60 troops into Dunholm on Monday and Brevia 90 into Varda.",
         [("Brevia", 90, "troops", "Varda", "deploying"), ("Castel", 60, "troops", "Dunholm", "deploying")]),
        ("Sarnia has deployed 500 peacekeepers to Kesh, Ostrel 300 to Lamba and Brevia 250 to Varda.",
         [("Brevia", 250, "peacekeepers", "Varda", "deploying"), ("Ostrel", 300, "peacekeepers", "Lamba", "deploying"),
          ("Sarnia", 500, "peacekeepers", "Kesh", "deploying")]),
        # another body's count "from" it, after "alongside" / "along with"
        ("Velmora will send 350 soldiers to Kesh, alongside 200 from Sarnia.",
         [("Sarnia", 200, "soldiers", "Kesh", "announced"), ("Velmora", 350, "soldiers", "Kesh", "announced")]),
        ("Some 400 Kestrian troops arrived in Lamba on Friday, alongside about 150 from Ostrel.",
         [("Kestria", 400, "Kestrian troops", "Lamba", "arrived"), ("Ostrel", 150, "troops", "Lamba", "arrived")]),
        ("Some 400 Kestrian troops arrived in Lamba on Friday, along with 150 from Ostrel and 100 from Brevia.",
         [("Brevia", 100, "troops", "Lamba", "arrived"), ("Kestria", 400, "Kestrian troops", "Lamba", "arrived"),
          ("Ostrel", 150, "troops", "Lamba", "arrived")]),
        # the first sender named by "it" after an untagged name, and a live report's time before it
        ("14:32 - Velmora says it will send 120 soldiers, Sarnia 80 and Brevia 100 to the force in Lamba.",
         [("Brevia", 100, "soldiers", "Lamba", "announced"), ("Sarnia", 80, "soldiers", "Lamba", "announced"),
          ("Velmora", 120, "soldiers", "Lamba", "announced")]),
        ("Kestria said on Monday it had sent 200 troops to Kesh and Ostrel 150.",
         [("Kestria", 200, "troops", "Kesh", "deploying"), ("Ostrel", 150, "troops", "Kesh", "deploying")]),
        ("Ostrel will deploy 300 soldiers to Kesh and Sarnia a medical battalion to the port of Lamba.",
         [("Ostrel", 300, "soldiers", "Kesh", "announced"), ("Sarnia", 0, "medical battalion", "Lamba", "announced")]),
    ],
)
def test_several_bodies_shares_after_the_verb_left_out(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Marenia is rushing 600 troops to the border town of Kesh and another 200 to the capital, Lurio.",
         [("Marenia", 200, "troops", "Lurio", "deploying"), ("Marenia", 600, "troops", "Kesh", "deploying")]),
        ("Ostrel will deploy 400 soldiers to Varda, 250 to Menlo and 100 to Sarno.",
         [("Ostrel", 100, "soldiers", "Sarno", "announced"), ("Ostrel", 250, "soldiers", "Menlo", "announced"),
          ("Ostrel", 400, "soldiers", "Varda", "announced")]),
        ("The Brevian navy sent two frigates to Port Halm and a destroyer to Cape Dorn.",
         [("Brevia", 0, "destroyer", "Cape Dorn", "deploying"),
          ("Brevia", 0, "frigates", "Port Halm", "deploying")]),
        # a force kept in several places, each count "in" a place of its own
        ("Kelmark keeps about 2,000 troops in Lamba and another 700 in neighbouring Varda.",
         [("Kelmark", 700, "troops", "Varda", "stationed"), ("Kelmark", 2000, "troops", "Lamba", "stationed")]),
        ("Velmora has 900 soldiers stationed in Kesh and 400 in Dunholm.",
         [("Velmora", 400, "soldiers", "Dunholm", "stationed"), ("Velmora", 900, "soldiers", "Kesh", "stationed")]),
        ("Some 1,500 Ostrel troops are based in Kesh, 600 in Lamba and another 300 in Port Halm.",
         [("Ostrel", 300, "troops", "Port Halm", "stationed"), ("Ostrel", 600, "troops", "Lamba", "stationed"),
          ("Ostrel", 1500, "troops", "Kesh", "stationed")]),
        ("Brevia maintains 800 soldiers in Varda and a further 250 in the capital, Kesh.",
         [("Brevia", 250, "soldiers", "Kesh", "stationed"), ("Brevia", 800, "soldiers", "Varda", "stationed")]),
        # "in reserve" names no place
        ("Sarnia has 400 troops in Kesh and 120 in reserve.", [("Sarnia", 400, "troops", "Kesh", "stationed")]),
    ],
)
def test_one_sender_to_several_places(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count before each nationality of one unit, listed with commas and "and"
        ("Some 300 Kenyan, 200 Rwandan and 100 Malawian troops arrived in Lamba.",
         [("Kenya", 300, "troops", "Lamba", "arrived"), ("Malawi", 100, "troops", "Lamba", "arrived"),
          ("Rwanda", 200, "troops", "Lamba", "arrived")]),
        ("About 500 Zandari and 300 Kestrian troops were flown to Lamba.",
         [("Kestria", 300, "troops", "Lamba", "deploying"), ("Zandar", 500, "troops", "Lamba", "deploying")]),
        ("About 400 Kestrian and 250 Velmoran military engineers will reach Lamba next week.",
         [("Kestria", 400, "military engineers", "Lamba", "announced"),
          ("Velmora", 250, "military engineers", "Lamba", "announced")]),
        # the list set off after the group noun it spells out
        ("The first contingents - 200 Ghanaian, 150 Nepali and 120 Uruguayan peacekeepers - landed at Port Halm "
         "on Saturday.",
         [("Ghana", 200, "peacekeepers", "Port Halm", "arrived"), ("Nepal", 150, "peacekeepers", "Port Halm", "arrived"),
          ("Uruguay", 120, "peacekeepers", "Port Halm", "arrived")]),
        ("Two battalions, 400 Kestrian and 350 Velmoran soldiers, arrived in Lamba on Friday.",
         [("Kestria", 400, "soldiers", "Lamba", "arrived"), ("Velmora", 350, "soldiers", "Lamba", "arrived")]),
        # a people's name counted after the unit, the unit left out
        ("Velmora sent 200 Kestrian soldiers, 100 Ostrelians and 50 Brevians to Lamba.",
         [("Brevia", 50, "soldiers", "Lamba", "deploying"), ("Kestria", 200, "soldiers", "Lamba", "deploying"),
          ("Ostrelia", 100, "soldiers", "Lamba", "deploying")]),
        ("About 400 Kestrian troops landed in Lamba, where some 2,000 Ostrelians live.",
         [("Kestria", 400, "Kestrian troops", "Lamba", "arrived")]),
        # one nationality: one deployment
        ("Sarnia has sent 300 Kestrian troops to Lamba.", [("Kestria", 300, "troops", "Lamba", "deploying")]),
    ],
)
def test_a_count_for_each_listed_nationality(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the bodies a group noun sets off after it, each sending the same
        ("Four member states - Velmora, Sarnia, Kestria and Brevia - will each provide a company of 150 troops to "
         "the training mission in Lamba, the bloc's foreign policy chief announced.",
         [("Brevia", 150, "company of troops", "Lamba", "announced"), ("Kestria", 150, "company of troops", "Lamba", "announced"),
          ("Sarnia", 150, "company of troops", "Lamba", "announced"), ("Velmora", 150, "company of troops", "Lamba", "announced")]),
        ("Three allies, Kestria, Ostrel and Brevia, have each pledged 250 soldiers to the force in Lamba.",
         [("Brevia", 250, "soldiers", "Lamba", "announced"), ("Kestria", 250, "soldiers", "Lamba", "announced"),
          ("Ostrel", 250, "soldiers", "Lamba", "announced")]),
        ("Two neighbours - Sarnia and Velmora - will both send 100 police officers to Kesh.",
         [("Sarnia", 100, "police officers", "Kesh", "announced"), ("Velmora", 100, "police officers", "Kesh", "announced")]),
    ],
)
def test_bodies_set_off_after_a_group_noun_each_send(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # specialists that follow a force, or are listed with troops, are troops
        ("The defence ministry of Kestria said 240 soldiers of the 2nd Brigade departed for Lamba this morning. "
         "A further 110 engineers and 45 signallers will follow by air on Friday.",
         [("Kestria", 45, "signallers", "Lamba", "announced"), ("Kestria", 110, "engineers", "Lamba", "announced"),
          ("Kestria", 240, "soldiers", "Lamba", "en_route")]),
        ("Ostrel sent 300 troops to Kesh on Monday. A further 150 medics and 40 engineers are to follow.",
         [("Ostrel", 40, "engineers", "Kesh", "announced"), ("Ostrel", 150, "medics", "Kesh", "announced"),
          ("Ostrel", 300, "troops", "Kesh", "deploying")]),
        ("Kestria will send 200 soldiers and 40 medics to Lamba.",
         [("Kestria", 40, "medics", "Lamba", "announced"), ("Kestria", 200, "soldiers", "Lamba", "announced")]),
        ("Velmora flew 70 sappers into Kesh on Sunday.", [("Velmora", 70, "sappers", "Kesh", "deploying")]),
        # civilian crews and equipment are none
        ("Kestria has deployed 1,200 peacekeepers and 300 units of equipment to Lamba.",
         [("Kestria", 1200, "peacekeepers", "Lamba", "deploying")]),
        ("The city sent 40 engineers and 20 medics to repair the bridge.", []),
        ("Crews cleared the road on Monday. A further 40 engineers will follow.", []),
    ],
)
def test_specialists_that_follow_or_join_troops(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the shares of a collective pledge: the collective's countless force is their sum
        ("Six countries have offered troops for the force in Lamba, with Norvania providing 800 soldiers, "
         "Castel 400 and Tovania a 90-strong engineering company.",
         [("Castel", 400, "soldiers", "Lamba", "announced"), ("Norvania", 800, "soldiers", "Lamba", "announced"),
          ("Tovania", 90, "engineering company", "Lamba", "announced")]),
        # several bodies joined as the subject, one a name of two words
        ("Kembara, Surat Lemo and Tovania have each sent an infantry battalion to the border zone.",
         [("Kembara", 0, "infantry battalion", "the border zone", "deploying"),
          ("Surat Lemo", 0, "infantry battalion", "the border zone", "deploying"),
          ("Tovania", 0, "infantry battalion", "the border zone", "deploying")]),
    ],
)
def test_several_bodies_listed_or_joined(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a staged force is two deployments: the advance element and the main force
        ("Kelmark will send an advance team of 50, followed by a main force of 700, to Dunholm.",
         [("Kelmark", 50, "advance team", "Dunholm", "announced"), ("Kelmark", 700, "main force", "Dunholm", "announced")]),
        ("An advance party of 60 Tovanian engineers arrived in Lamba on Monday, ahead of a main body of 850 "
         "troops due next month.",
         [("Tovania", 60, "advance party of engineers", "Lamba", "arrived"), ("Tovania", 850, "troops", "Lamba", "announced")]),
    ],
)
def test_a_staged_force_is_two_deployments(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Castel airlifted 200 paratroopers to Dunholm on Monday.", ("Castel", 200, "paratroopers", "Dunholm", "deploying")),
        ("Ostrel will post 120 sailors to Port Halm.", ("Ostrel", 120, "sailors", "Port Halm", "announced")),
        ("Kelmark will beef up its contingent in Lamba with 400 more soldiers.",
         ("Kelmark", 400, "soldiers", "Lamba", "announced")),
        ("Sarnia reinforced the garrison in Kesh with 500 soldiers on Tuesday.", ("Sarnia", 500, "soldiers", "Kesh", "deploying")),
        ("Brevia dispatched 300 marines to Port Halm.", ("Brevia", 300, "marines", "Port Halm", "deploying")),
        ("Norvania will fly in 150 special forces to Lamba.", ("Norvania", 150, "special forces", "Lamba", "announced")),
        ("Velmora has committed 1,000 troops to the force in Lamba.", ("Velmora", 1000, "troops", "Lamba", "announced")),
        ("Kelmark is flying in a company of infantry to Lamba.", ("Kelmark", 0, "company of infantry", "Lamba", "deploying")),
        ("Norvania rushed reinforcements to Varda on Friday.", ("Norvania", 0, "reinforcements", "Varda", "deploying")),
        ("A 120-strong Tovanian contingent arrived in Lamba on Sunday.", ("Tovania", 120, "contingent", "Lamba", "arrived")),
        ("About 300 Velmoran soldiers will join the mission in Lamba next month.",
         ("Velmora", 300, "soldiers", "Lamba", "announced")),
        ("Kelmark will maintain its 300 peacekeepers in Lamba until June.",
         ("Kelmark", 300, "peacekeepers", "Lamba", "stationed")),
        ("Korvia will send 60 coastguards to the Lomar Strait next week.",
         ("Korvia", 60, "coastguards", "the Lomar Strait", "announced")),
        ("Velmora will have 500 boots on the ground in Lamba by June.",
         ("Velmora", 500, "boots on the ground", "Lamba", "announced")),
    ],
)
def test_verbs_and_units_of_the_lexicon(extractor, body, expected):
    assert records(extractor, body) == [expected]


def test_a_second_rotation_that_relieves_the_first_is_a_deployment(extractor):
    got = records(extractor, "A 250-strong contingent of Kavarian engineers landed in Marovo on Monday. "
                             "A second rotation will relieve them in July.")
    assert [(a, c, u, s) for a, c, u, _, s in got] == [("Kavaria", 0, "rotation", "announced"),
                                                       ("Kavaria", 250, "contingent", "arrived")]


@pytest.mark.parametrize(
    "body",
    [
        "The firm sent letters to 300 soldiers.",
        "The charity provided food for 300 soldiers.",
        "The ministry offered condolences to the families of the soldiers.",
        "The general relieved 30 soldiers of their duties.",
        "Lawmakers joined the soldiers at the ceremony.",
        "The company said 300 workers had been sent to the plant.",
        "The ruling party sent 40 delegates to the talks.",
        "Troops patrolled the streets of Lamba on Monday.",
        "The navy posted a video of the frigate on social media.",
        "Soldiers joined hands with residents to clear the rubble.",
        "The ministry will provide 300 soldiers with new rifles.",
        "Veterans who served as peacekeepers in Lamba posted photos online.",
        "The army posted a statement on its website.",
        "A company of actors arrived in Lamba to perform for the troops.",
        "Ten injured soldiers were airlifted to a hospital in Varda.",
        "President Kaya thanked the troops who joined the rescue.",
        "Military advisers told the president that the plan was risky.",
        "The airline said its aircrew would join the strike.",
    ],
)
def test_a_sentence_that_only_mentions_troops_has_no_deployment(extractor, body):
    assert records(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Orvania, Pelmark and Stravia will contribute 120, 90 and 60 military instructors respectively to the "
         "training mission in Lamba.",
         [("Orvania", 120, "military instructors", "Lamba", "announced"),
          ("Pelmark", 90, "military instructors", "Lamba", "announced"),
          ("Stravia", 60, "military instructors", "Lamba", "announced")]),
        # a number of groups is no number of people; their members' total is
        ("Kelmark is deploying a battalion of 600 soldiers to Varda, Brevia two companies totalling 240.",
         [("Brevia", 240, "companies", "Varda", "deploying"), ("Kelmark", 600, "battalion", "Varda", "deploying")]),
        ("Tirsa sent 1,200 soldiers into the Bandor region last week, and Ravello 900, officials said.",
         [("Ravello", 900, "soldiers", "the Bandor region", "deploying"),
          ("Tirsa", 1200, "soldiers", "the Bandor region", "deploying")]),
        # a later share with a sender of its own
        ("Velmora will deploy 2,000 troops to Orsa and 1,500 to Marel, while Britain will station a further "
         "800 in Marel.",
         [("Britain", 800, "troops", "Marel", "announced"), ("Velmora", 1500, "troops", "Marel", "announced"),
          ("Velmora", 2000, "troops", "Orsa", "announced")]),
    ],
)
def test_several_deployments_with_respectively_group_counts_and_own_senders(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Quelmar has bolstered its garrison in Yelda with two more battalions.",
         [("Quelmar", 0, "battalions", "Yelda", "deploying")]),
        ("Ardesh will pull out its 800 peacekeepers from Tamora by the end of the year.",
         [("Ardesh", 800, "peacekeepers", "Tamora", "withdrawn")]),
        ("The Sarnovian coast guard has deployed six patrol boats to Lake Ilmo.",
         [("Sarnovian coast guard", 0, "patrol boats", "Lake Ilmo", "deploying")]),
    ],
)
def test_group_counts_places_left_and_one_sender_read_once(extractor, body, expected):
    assert records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        # a capital that sends stands for its country
        ("Ottawa and Canberra will each send 150 military engineers to Port Lissa.", ["Australia", "Canada"]),
        # a nationality the article derives from a name it writes, or a listed one the model left untagged
        ("A 250-strong Dostrelian contingent landed in Port Amsel, Dostrela's defence ministry said.", ["Dostrela"]),
        ("A 150-strong contingent of Bangladeshi peacekeepers arrived in Ulmara on Tuesday.", ["Bangladesh"]),
        ("The mission in Orsa will be reinforced by 1,500 Ethiopian and 900 Burundian troops.", ["Burundi", "Ethiopia"]),
    ],
)
def test_the_sender_named_by_its_capital_or_its_nationality(extractor, body, actors):
    assert [r[0] for r in records(extractor, body)] == actors


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Velmora will send 200 troops each to Port Ysel and Lindo early next year.",
         [("Velmora", 200, "troops", "Lindo", "announced"), ("Velmora", 200, "troops", "Port Ysel", "announced")]),
        # a nationality and its unit read by the model as one name; the ship that carries them is no deployment
        ("Some 2,200 U.S. Marines aboard the assault ship Kestrel are heading for the Gulf of Orvan.",
         [("U.S.", 2200, "Marines", "the Gulf of Orvan", "en_route")]),
        ("Kelmark dispatched a 60-member army engineering unit to the town of Marsel on Thursday.",
         [("Kelmark", 60, "army engineering unit", "Marsel", "deploying")]),
        ("Lutavia dispatched a 40-man commando team to Port Ysel.", [("Lutavia", 40, "commando team", "Port Ysel", "deploying")]),
        ("Some 400 Dutch marines came ashore in Port Avel on Friday.", [("Netherlands", 400, "marines", "Port Avel", "arrived")]),
    ],
)
def test_counts_said_as_modifiers_places_each_and_landings(extractor, body, expected):
    assert records(extractor, body) == expected


def test_a_status_phrase_just_after_the_unit_whatever_the_parse(extractor):
    got = records(extractor, "The navy is dispatching two frigates to the Strait of Kessel, while the army has put "
                             "1,200 paratroopers on standby for a possible evacuation of citizens from Dravonia.")
    assert [(c, u, s) for _, c, u, _, s in got] == [(0, "frigates", "deploying"), (1200, "paratroopers", "standby")]



# --- class 8: demands, refusals, conditions, proposals and civilian crews are no deployments ---

def _records(extractor, body, head=HEAD):
    f = extractor.extract(head + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.status, d.destination or "") for d in f.deployments)


@pytest.mark.parametrize(
    "body",
    [
        # demands, wishes and recommendations
        "The opposition urged Belmar to send troops to the Ostra border.",
        "Lawmakers asked the government to dispatch 1,000 soldiers to the flooded districts.",
        "The governor requested that 500 National Guard troops be sent to Hallam.",
        "Critics say the army should send more soldiers to the frontier.",
        "Neighbouring states have been asked to contribute 3,000 troops to the force in Ulmo.",
        # refusals and denials
        "Velmar has no plans to send troops to Ostra, the defence minister said.",
        "The prime minister ruled out sending ground troops to Dravo.",
        "Kelmar has ruled out deploying combat troops to Ostra.",
        "Tarvia declined to commit troops to the mission in Ulmo.",
        "Tarvia said it was not sending troops to Ulmo.",
        "Tarvia will not send troops to Ulmo, the minister said.",
        "Tarvia never sent combat troops to Ulmo, the minister insisted.",
        "The government said it had no intention of sending soldiers to Kessa.",
        "There is no question of sending troops to Ulmo, the minister said.",
        "The government has decided against sending troops to Ulmo.",
        # proposals dropped or rejected, open questions
        "A plan to send 400 soldiers to Ulmo was shelved on Monday.",
        "Parliament rejected a proposal to deploy 600 troops to Kessa.",
        "Tarvia has yet to decide whether to send troops to Ulmo.",
        "Tarvia is expected to decide on Friday whether it will send 800 troops to Ulmo.",
        # conditions
        "Norland would send troops to Pell if the regional bloc asked, the foreign minister said.",
        "Tarvia would be ready to send peacekeepers if a ceasefire is agreed, the minister said.",
        "Tarvia will only send peacekeepers to Ulmo if both sides sign the accord.",
        # civilian crews
        "The health ministry sent 40 doctors to Ulmo on Monday.",
        "The construction firm dispatched 50 engineers to repair the dam at Orvik.",
        "The charity flew 25 surgeons and 60 nurses to the quake zone.",
        "The utility company deployed 500 line workers and 80 repair teams across the county.",
    ],
)
def test_class_8_not_deployments(extractor, body):
    assert _records(extractor, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Norvia is considering sending 500 soldiers to Kessa, a government source said.",
        "Officials are discussing the possible deployment of 2,000 troops to Kessa.",
        "Tarvia might deploy up to 2,000 troops to Ulmo, officials said.",
    ],
)
def test_class_8_undecided_plans_are_at_most_announced(extractor, body):
    assert all(status == "announced" for _, _, status, _ in _records(extractor, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tarvia sent 300 troops to Ulmo on Monday after the opposition called for action.",
         [("Tarvia", 300, "deploying", "Ulmo")]),
        ("Tarvia, which had refused to send troops last year, deployed 500 soldiers to Ulmo on Friday.",
         [("Tarvia", 500, "deploying", "Ulmo")]),
        ("Tarvia said it would send 200 soldiers to Ulmo next month.", [("Tarvia", 200, "announced", "Ulmo")]),
        ("Tarvia's army sent 250 engineers to rebuild bridges in Ulmo.", [("Tarvia", 250, "deploying", "Ulmo")]),
    ],
)
def test_class_8_a_decided_sending_beside_a_demand_stays(extractor, body, expected):
    assert _records(extractor, body) == expected


# --- class 9: status and destination ---------------------------------------------------------

DATELINE = "Test headline\n\nDESSA, Ulmo (Wire) — "


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # leaving for a place is on the way there; leaving for home is a withdrawal
        (HEAD, "The 300 Ostrian soldiers departed for Ulmo on Sunday.", [("Ostria", 300, "en_route", "Ulmo")]),
        (HEAD, "About 350 Ostrian soldiers headed for the border town of Lesk on Monday.",
         [("Ostria", 350, "en_route", "Lesk")]),
        (DATELINE, "Some 500 Tarvian troops will leave here for Port Kalla on Friday.",
         [("Tarvia", 500, "en_route", "Port Kalla")]),
        (DATELINE, "The 400 Tarvian troops stationed in the town since 2019 will leave for home next month.",
         [("Tarvia", 400, "withdrawn", "Ulmo")]),
        # withdrawals, returns home, pull-outs: the place left
        (HEAD, "Tarvia's 800 soldiers in Ulmo will begin returning home next week, the ministry said.",
         [("Tarvia", 800, "withdrawn", "Ulmo")]),
        (HEAD, "The last 200 Tarvian soldiers flew home from Ulmo on Monday.", [("Tarvia", 200, "withdrawn", "Ulmo")]),
        (HEAD, "Ostrian troops began pulling out of Barra on Sunday.", [("Ostria", 0, "withdrawn", "Barra")]),
        (HEAD, "Tarvia's 900 peacekeepers pulled out of the town of Lesk on Sunday.",
         [("Tarvia", 900, "withdrawn", "Lesk")]),
        (HEAD, "Tarvia said on Monday it would withdraw 1,000 of its 3,000 troops from Ulmo.",
         [("Tarvia", 1000, "withdrawn", "Ulmo")]),
        (HEAD, "Tarvia will withdraw 500 of its 1,500 soldiers from Ulmo by June.", [("Tarvia", 500, "withdrawn", "Ulmo")]),
        # arrived and stationed; a city named beside a common noun; "here" and "the city"
        (HEAD, "The first 150 Ostrian soldiers reached Barra on Monday.", [("Ostria", 150, "arrived", "Barra")]),
        (HEAD, "Some 900 Tarvian troops are stationed in the capital, Kessa.", [("Tarvia", 900, "stationed", "Kessa")]),
        (HEAD, "Tarvia has deployed 600 police officers to the capital, Kessa, after the protests.",
         [("Tarvia", 600, "deploying", "Kessa")]),
        (DATELINE, "About 300 Tarvian police officers arrived in the city on Sunday.", [("Tarvia", 300, "arrived", "Dessa")]),
        (DATELINE, "About 300 Tarvian soldiers were deployed in the city on Monday, the army said.",
         [("Tarvia", 300, "deploying", "Dessa")]),
        # new arrivals, not the force's total
        (HEAD, "Ostria will send another 200 soldiers to Barra, raising its contingent there to 1,000.",
         [("Ostria", 200, "announced", "Barra")]),
        (DATELINE, "Kelmar has 1,500 troops stationed here, and will send 400 more next month.",
         [("Kelmar", 400, "announced", "Dessa"), ("Kelmar", 1500, "stationed", "Dessa")]),
    ],
)
def test_class_9_status_and_destination(extractor, head, body, expected):
    assert _records(extractor, body, head=head) == expected


def test_class_9_a_unit_returning_home_in_a_clause_is_withdrawn(extractor):
    body = ("Some 450 Varnese peacekeepers left their base on Monday for Ilvar, where they will take over "
            "from a Tarvian battalion that is returning home.")
    got = [(a, s) for a, _, s, _ in _records(extractor, body)]
    assert ("Tarvia", "withdrawn") in got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A convoy carrying 600 Tarvian troops was on its way to Ulmo on Wednesday.",
         [("Tarvia", 600, "en_route", "Ulmo")]),
        ("A plane carrying 120 Tarvian soldiers landed in Ulmo on Monday.", [("Tarvia", 120, "arrived", "Ulmo")]),
        ("Two ships carrying 500 Tarvian marines arrived in Port Kalla on Friday.",
         [("Tarvia", 500, "arrived", "Port Kalla")]),
        ("A convoy of trucks carrying 300 Tarvian soldiers left Ulmo on Sunday.", [("Tarvia", 300, "withdrawn", "Ulmo")]),
        ("A helicopter carrying 12 soldiers crashed near Ulmo.", []),
    ],
)
def test_class_9_a_vehicle_carrying_a_unit_moves_it(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Tarvia last sent troops abroad in 1998, when its soldiers served with a mission in Ulmo.",
        "In 2011, Tarvia sent 300 soldiers to Ulmo to guard the elections.",
        "Ostria deployed a battalion to the Barra valley in 2009, the first mission in its history.",
    ],
)
def test_class_8_a_sending_dated_years_back_is_background(extractor, body):
    assert _records(extractor, body) == []


def test_class_8_a_sending_of_this_year_stays(extractor):
    assert _records(extractor, "Tarvia sent 300 soldiers to Ulmo in 2023.") == [("Tarvia", 300, "deploying", "Ulmo")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The power company sent 200 repair crews to Ulmo, and the army put 900 soldiers on standby to help "
         "clear roads.", [("army", 900, "standby", "Ulmo")]),
        ("Valdora has put 1,500 paratroopers on alert to reinforce the border.", [("Valdora", 1500, "standby", "")]),
    ],
)
def test_class_9_standby_said_just_after_the_unit(extractor, body, expected):
    got = _records(extractor, body)
    assert [(a, c, s) for a, c, s, _ in got] == [(a, c, s) for a, c, s, _ in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The 500 Tarvian peacekeepers will leave Ulmo for home next month.", [("Tarvia", 500, "withdrawn", "Ulmo")]),
        ("Some 300 Ostrian soldiers left Barra for home on Sunday.", [("Ostria", 300, "withdrawn", "Barra")]),
    ],
)
def test_class_9_leaving_a_place_for_home_names_the_place_left(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "actor"),
    [
        # a nationality in "-i" is its country without it; the dateline's city is not its country
        (HEAD, "Some 150 Zentari peacekeepers arrived in Ulmo on Monday.", "Zentar"),
        (HEAD, "The 400 Belkani troops in Ulmo will stay until May.", "Belkan"),
        ("Test headline\n\nDORVAL CITY, May 2 (Wire) - ",
         "The first 200 Dorvalan soldiers will leave for Port Emsa on Friday.", "Dorvala"),
    ],
)
def test_class_9_the_sender_of_a_nationality(extractor, head, body, actor):
    assert [a for a, *_ in _records(extractor, body, head=head)] == [actor]


@pytest.mark.parametrize(
    "body",
    [
        "Tarvia's parliament voted against sending troops to Ulmo.",
        "Tarvia is under pressure to send troops to Ulmo.",
        "Tarvia insisted it had no troops in Ulmo.",
        "There are no foreign troops in Ulmo, the minister said.",
        "Tarvia has been reluctant to send troops to Ulmo.",
        "Tarvia is unwilling to deploy soldiers to Ulmo.",
        "Sending troops to Ulmo would be a mistake, the minister said.",
    ],
)
def test_class_8_reluctance_pressure_and_forces_denied(extractor, body):
    assert _records(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tarvia recalled its 200 troops from Ulmo on Monday.", [("Tarvia", 200, "withdrawn", "Ulmo")]),
        ("Tarvia repatriated 150 soldiers from Ulmo on Friday.", [("Tarvia", 150, "withdrawn", "Ulmo")]),
        ("Tarvia will station 1,000 troops in Ulmo next year.", [("Tarvia", 1000, "announced", "Ulmo")]),
        ("About 400 Tarvian troops are deployed in Ulmo.", [("Tarvia", 400, "stationed", "Ulmo")]),
        ("About 400 Tarvian troops have been deployed in Ulmo since 2019.", [("Tarvia", 400, "stationed", "Ulmo")]),
        ("About 400 Tarvian troops were deployed to Ulmo on Monday.", [("Tarvia", 400, "deploying", "Ulmo")]),
        ("Some 200 Tarvian soldiers remain deployed in Ulmo.", [("Tarvia", 200, "stationed", "Ulmo")]),
    ],
)
def test_class_9_recalled_stationed_and_deployed_there_now(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        ("Norvian authorities deployed 900 police officers in Ulmo on Tuesday, the interior ministry said.",
         ("Norvia", "Norvian authorities")),
        ("Authorities deployed 900 police officers in Ulmo on Tuesday, the interior ministry said.",
         ("Authorities",)),
    ],
)
def test_class_8_authorities_sending_police_are_the_sender_not_the_ministry_that_tells(extractor, body, actors):
    got = _records(extractor, body)
    assert [c for _, c, _, _ in got] == [900] and got[0][0] in actors


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The first 150 Ostrian soldiers reached Barra on Monday, while 250 more are en route.",
         [("Ostria", 150, "arrived", "Barra"), ("Ostria", 250, "en_route", "Barra")]),
        ("The first 90 Tarvian police officers landed in Dessa on Friday, while a second group of 60 is on its way "
         "by road.", [("Tarvia", 60, "en_route", "Dessa"), ("Tarvia", 90, "arrived", "Dessa")]),
        ("About 300 Tarvian troops arrived in Ulmo on Monday. Another group of 200 is on standby.",
         [("Tarvia", 200, "standby", "Ulmo"), ("Tarvia", 300, "arrived", "Ulmo")]),
        ("Tarvia has sent an additional 500 troops to Ulmo, bringing its total deployment to 3,000.",
         [("Tarvia", 500, "deploying", "Ulmo")]),
    ],
)
def test_class_9_new_arrivals_and_the_batches_still_to_come(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The president approved a request to send 500 troops to Ulmo.", [("", 500, "announced", "Ulmo")]),
        ("Parliament approved a plan to send 300 troops to Ulmo.", [("Parliament", 300, "announced", "Ulmo")]),
        ("Tarvia will send 300 troops to Ulmo, the minister said, rejecting calls for a larger force.",
         [("Tarvia", 300, "announced", "Ulmo")]),
    ],
)
def test_class_8_a_request_granted_is_decided(extractor, body, expected):
    got = _records(extractor, body)
    assert [(c, s, d) for _, c, s, d in got] == [(c, s, d) for _, c, s, d in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Some 400 Kelvarian marines set off for Port Dessa on Monday.", [("Kelvaria", 400, "en_route", "Port Dessa")]),
        ("Two Tarvian frigates set sail for the Gulf of Orsa on Friday.", [("Tarvia", 0, "en_route", "the Gulf of Orsa")]),
        ("The first 120 Tarvian soldiers touched down in Ulmo on Sunday.", [("Tarvia", 120, "arrived", "Ulmo")]),
        ("The 800 Tarvian soldiers serving in Ulmo will come home in June.", [("Tarvia", 800, "withdrawn", "Ulmo")]),
        ("The soldiers set up a checkpoint near Ulmo.", []),
        ("Tarvian troops came under fire in Ulmo.", []),
    ],
)
def test_class_9_a_status_said_by_a_verb_and_its_particle(extractor, body, expected):
    assert _records(extractor, body) == expected


def test_class_8_a_hope_that_the_army_sends_troops_is_none(extractor):
    body = 'The mayor of Vessburg said she hoped the army would send troops "as soon as possible."'
    assert _records(extractor, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The ministry denied reports that 600 soldiers had been sent to the frontier.",
        "Officials dismissed claims that the army had deployed 900 troops to the coast.",
        "The navy rejected rumours that 300 marines were on their way to the island of Fenn.",
        "The army said on Monday, denying a radio report that 900 soldiers had already received orders to move.",
    ],
)
def test_class_8_a_sending_in_a_denied_report_is_none(extractor, body):
    assert _records(extractor, body) == []


def test_class_8_a_sending_in_a_confirmed_report_stays(extractor):
    body = "Ministry officials confirmed reports that 600 Tarvian soldiers had been sent to Ulmo."
    assert _records(extractor, body) == [("Tarvia", 600, "deploying", "Ulmo")]


@pytest.mark.parametrize(
    "body",
    [
        "Had the council deployed 300 troops in April, the village might have been saved.",
        "Had Velmora sent peacekeepers earlier, the massacre could have been prevented, the report says.",
        "Were the alliance to send 2,000 soldiers, the rebels would retreat.",
        "Had 500 more soldiers been sent to the valley, the rebels would have fled.",
        "Should the council deploy 400 peacekeepers, the truce could hold, diplomats said.",
        "Had the council agreed, Velmora would have sent 300 troops to Dovra, he said.",
        "Without the vote, the alliance could have deployed 900 soldiers to the border months ago.",
    ],
)
def test_class_8_an_inverted_condition_or_an_unreal_past_is_none(extractor, body):
    assert _records(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the vessel after "aboard" is where the marines are, not a unit sent
        ("About 300 Kestrian marines landed at Dovra on Monday. Another 150 remain aboard the landing ship Fen offshore.",
         [("Kestria", 150, "stationed", "Dovra"), ("Kestria", 300, "arrived", "Dovra")]),
        ("The navy has sent the assault ship Orla to Tarn.", [("navy", 0, "deploying", "Tarn")]),
        # "the remaining troops", uncounted: the rest of the force just told, no record of its own
        ("Kestria will pull 800 of its 2,000 soldiers out of Lamba. The remaining soldiers will train the local police.",
         [("Kestria", 800, "withdrawn", "Lamba")]),
        ("Velmora withdrew 300 troops from Dovra in May. The remaining troops guard the airport.",
         [("Velmora", 300, "withdrawn", "Dovra")]),
        ("Velmora withdrew 300 troops from Dovra in May. The remaining 700 troops guard the airport.",
         [("Velmora", 300, "withdrawn", "Dovra"), ("Velmora", 700, "stationed", "Dovra")]),
    ],
)
def test_class_9_a_carrying_ship_and_the_rest_of_a_force(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the place of a withdrawal named by a noun is the place left
        ("The pullout of 900 Kestrian troops from Lamba ended on Friday.", [("Kestria", 900, "withdrawn", "Lamba")]),
        ("Velmora completed the withdrawal of 700 soldiers from Dovra on Monday.",
         [("Velmora", 700, "withdrawn", "Dovra")]),
        ("The withdrawal of Velmoran peacekeepers from the town of Orsk began on Monday.",
         [("Velmora", 0, "withdrawn", "Orsk")]),
        # a lower-case body that only tells ("the defence ministry said") is not the sender of
        # the force that stays; the sentence's own sender is
        ("The withdrawal of 1,300 Dastrian troops from Kellam was completed on Thursday, the defence ministry said, "
         "though 200 military advisers will stay on.",
         [("Dastria", 200, "stationed", "Kellam"), ("Dastria", 1300, "withdrawn", "Kellam")]),
        ("The defence ministry has sent 300 troops to Kellam.", [("The defence ministry", 300, "deploying", "Kellam")]),
    ],
)
def test_class_9_the_place_left_and_the_sender_of_those_who_stay(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare number later in the sentence of an uncounted force counts it; a sentence's
        # first nationality word that the article capitalises elsewhere names the sender
        ("Dastrian troops began deploying to the northern border on Monday, and officials said 700 would be in "
         "place by Friday. The move follows raids on Dastrian villages.",
         [("Dastria", 700, "deploying", "the northern border")]),
        ("Kestria began moving troops to Lamba on Monday, and officials said 400 would be in position by Friday.",
         [("Kestria", 400, "deploying", "Lamba")]),
        ("Velmoran troops began arriving in Dovra on Monday, and about 400 had arrived by Wednesday. "
         "Crowds waved Velmoran flags.",
         [("Velmora", 400, "arrived", "Dovra")]),
        # a counted force keeps its own count
        ("Kestria is sending 300 troops to Lamba, and 150 arrived on Monday.", [("Kestria", 300, "deploying", "Lamba")]),
    ],
)
def test_class_9_a_bare_count_of_a_force_told_in_its_sentence(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "left <the place left> for <place>": on the way there, also when the parser hangs the
        # "for" on the place left; "for good" is no place
        ("A Velmoran battalion left its barracks in Dovra for Tarn on Monday.", [("Velmora", 0, "en_route", "Tarn")]),
        ("Some 300 Kestrian soldiers left their base near Lamba for the frontier town of Orsk on Friday.",
         [("Kestria", 300, "en_route", "Orsk")]),
        ("The 4th Brigade left its base in Dovra for the border on Monday.", [("", 0, "en_route", "the border")]),
        ("A Velmoran battalion left Dovra for good on Monday.", [("Velmora", 0, "withdrawn", "Dovra")]),
    ],
)
def test_class_9_leaving_one_place_for_another_is_en_route(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a request is no deployment; a bare count a body commits in answer to it is one
        ("Velmora has asked the United Nations for 3,000 peacekeepers. The UN has so far committed 800, "
         "a spokesman said.", [("UN", 800, "announced", "")]),
        ("Tarnia requested 500 police officers from its neighbours; Kestria has offered 120.",
         [("Kestria", 120, "announced", "Tarnia")]),
        ("Velmora has asked the alliance for 2,000 troops. The alliance has so far received 600 applications.", []),
        ("Velmora has asked the alliance for 2,000 troops. The alliance will not send 600.", []),
    ],
)
def test_class_8_a_share_committed_in_answer_to_a_request(extractor, body, expected):
    assert _records(extractor, body) == expected
