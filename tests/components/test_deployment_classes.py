"""Deployment constructions of news, each with several invented sentences (published 2023-06-01)."""

import pytest

HEAD = "Test headline\n\n"


def _deps(extractor, body, head=HEAD):
    f = extractor.extract(head + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.status, d.destination or "") for d in f.deployments)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain will send 500 troops to Estonia and Canada 450.",
         [("Britain", 500, "announced", "Estonia"), ("Canada", 450, "announced", "Estonia")]),
        ("France sent 300 soldiers to Mali, Italy 200 and Spain 150.",
         [("France", 300, "deploying", "Mali"), ("Italy", 200, "deploying", "Mali"), ("Spain", 150, "deploying", "Mali")]),
        ("Germany will deploy 1,000 troops and Poland 800 to Lithuania.",
         [("Germany", 1000, "announced", "Lithuania"), ("Poland", 800, "announced", "Lithuania")]),
    ],
)
def test_deployments_verb_left_out_in_later_conjuncts(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Japan sent a 120-strong contingent to South Sudan.", "contingent"),
        ("Washington is sending reinforcements to Guam.", "reinforcements"),
        ("Australia deployed 60 airmen to the Philippines.", "airmen"),
        ("Norway dispatched a warship to the Red Sea.", "warship"),
        ("Chile sent an advance team to Haiti on Tuesday.", "advance team"),
        ("India deployed two patrol boats to the Maldives.", "patrol boats"),
    ],
)
def test_deployments_lexicon_of_units(extractor, body, unit):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert [d.unit.split()[-len(unit.split()):] for d in f.deployments] == [unit.split()]


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leaders called for troops to be sent to the border.",
        "The cabinet will decide whether to send soldiers to the region.",
        "The utility deployed 300 repair crews after the storm.",
        "Lawmakers urged the government to deploy peacekeepers to the island.",
        "Should Brazil send troops to Haiti?",
    ],
)
def test_deployments_demands_questions_and_civilians_are_not_deployments(extractor, body):
    assert _deps(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Officials said troops may be sent to the border.", "announced"),
        ("Up to 400 soldiers could be deployed to Kosovo, the ministry said.", "announced"),
    ],
)
def test_deployments_undecided_plans_are_at_most_announced(extractor, body, status):
    assert [d[2] for d in _deps(extractor, body)] == [status]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The 300 Kenyan troops will leave for Haiti on Monday.", ("Kenya", 300, "en_route", "Haiti")),
        ("Some 250 Finnish soldiers left for Lebanon on Sunday.", ("Finland", 250, "en_route", "Lebanon")),
    ],
)
def test_deployments_leaving_for_a_place_is_en_route(extractor, body, expected):
    assert _deps(extractor, body) == [expected]


def test_deployments_here_is_the_dateline_place(extractor):
    head = "Test headline\n\nMOGADISHU, Somalia (Wire) — "
    got = _deps(extractor, "Some 400 Ugandan soldiers arrived here on Tuesday.", head=head)
    assert [(c, s, d) for _, c, s, d in got] == [(400, "arrived", "MOGADISHU")] or \
        [(c, s, d) for _, c, s, d in got] == [(400, "arrived", "Mogadishu")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Morovia has begun to withdraw its forces from Sudan.", ("withdrawn", "Sudan")),
        ("Portugal pulled its troops out of Iraq last year.", ("withdrawn", "Iraq")),
        ("Nepal has committed 900 troops to the mission.", ("announced", "")),
        ("About 300 soldiers will arrive in July, the ministry said.", ("announced", "")),
    ],
)
def test_deployments_withdrawals_name_the_place_left_and_commitments(extractor, body, expected):
    assert [(s, d) for _, _, s, d in _deps(extractor, body)][:1] == [expected]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("About 250 Moravanian soldiers arrived in Tarsa on Friday.", "Moravania"),
        ("Some 90 Ostrelian troops left Kessa on Monday, ending the mission Ostrelia began in 2019.", "Ostrelia"),
        ("The 60 Kelvarian marines will remain stationed in Port Amelin.", "Kelvaria"),
    ],
)
def test_deployments_unlisted_nationality_stands_for_its_country(extractor, body, actor):
    assert [a for a, *_ in _deps(extractor, body)] == [actor]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Velmora will send 300 troops and Ostrava 200 to the mission in Kessa.",
         [("Ostrava", 200, "announced", "Kessa"), ("Velmora", 300, "announced", "Kessa")]),
        ("Fighting spread on Monday. Dravia and Kolmar each sent 150 soldiers to Port Ilse on Tuesday.",
         [("Dravia", 150, "deploying", "Port Ilse"), ("Kolmar", 150, "deploying", "Port Ilse")]),
    ],
)
def test_deployments_bodies_the_model_does_not_know(extractor, body, expected):
    got = _deps(extractor, body)
    assert [(a, c, s) for a, c, s, _ in got] == [(a, c, s) for a, c, s, _ in expected]


def test_deployments_here_with_a_dateline_on_its_own_line(extractor):
    head = "Test headline\n\nKESSARA, Sept 13 (Wire) -\n\n"
    got = _deps(extractor, "About 400 Velmoran troops arrived here on Wednesday.", head=head)
    assert [(c, s, d) for _, c, s, d in got] == [(400, "arrived", "Kessara")]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Two hundred Velmoran marines landed at Port Ilse on Wednesday.", "Velmora"),
        ("Dutch Defence Minister Anna Vos said 300 soldiers would deploy to the region.", "Netherlands"),
    ],
)
def test_deployments_actor_from_an_untagged_nationality_or_a_minister_s_title(extractor, body, actor):
    got = [a for a, *_ in _deps(extractor, body)]
    assert got == [actor] or got == ["the " + actor]


@pytest.mark.parametrize(
    "body",
    [
        "Chad and Niger also committed ground troops, to a lesser extent.",
        "The 4,000 troops Kenya has committed to the mission will arrive next month.",
        "The council boosted its peacekeeping force to 9,000 troops.",
    ],
)
def test_deployments_a_destination_is_a_place(extractor, body):
    assert [d for *_, d in _deps(extractor, body)] in ([""], ["", ""])


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("Japan keeps 600 troops based in the southern city of Mombasa.", "Mombasa"),
        ("Italy sent 200 soldiers to the northern town of Bergamo.", "Bergamo"),
        ("France sent 300 soldiers to its eastern border.", "its eastern border"),
        ("The army deployed 500 soldiers to places of worship.", "places of worship"),
    ],
)
def test_deployments_a_named_place_after_the_city_of(extractor, body, destination):
    assert [d for *_, d in _deps(extractor, body)] == [destination]


@pytest.mark.parametrize(
    "body",
    [
        "Mali's president met the envoy on Monday. About 3,000 French troops are now in the country.",
        "Mali held elections in July. The council sent 2,000 more peacekeepers to the country.",
        "Mali held elections in July, and Mali's president thanked France. The council sent 2,000 more "
        "peacekeepers to the country.",
    ],
)
def test_deployments_the_country_is_the_one_the_article_names_most(extractor, body):
    assert [d for *_, d in _deps(extractor, body)] == ["Mali"]


def test_deployments_two_bodies_troops_in_one_place_stay_two(extractor):
    body = ("Coalition forces are in Iraq at the invitation of the government. "
            "About 5,000 American troops are now in the country.")
    got = _deps(extractor, body, head="Head\n\n")
    assert got == [("Coalition", 0, "stationed", "Iraq"), ("United States", 5000, "stationed", "Iraq")]


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("About 80 Danish soldiers are now stationed at Vellan air base.", "Vellan air base"),
        ("Two hundred marines landed at Port Ilse on Wednesday.", "Port Ilse"),
        ("Denmark sent 40 sailors to the disputed Orsa shoals.", "Orsa shoals"),
        ("About 300 soldiers based at Camp Vorn will deploy to Estonia next month.", "Estonia"),
    ],
)
def test_deployments_at_a_place_and_a_named_common_noun(extractor, body, destination):
    assert [d.removeprefix("the disputed ") for *_, d in _deps(extractor, body)] == [destination]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # bodies joined as the subject, no count: one deployment each
        ("Norland and Estmark have both sent troops to the Sarn frontier after the raids.",
         [("Estmark", 0, "deploying", "the Sarn frontier"), ("Norland", 0, "deploying", "the Sarn frontier")]),
        ("On Monday, Velia and Oskaria sent soldiers to the Tarn valley.",
         [("Oskaria", 0, "deploying", "the Tarn valley"), ("Velia", 0, "deploying", "the Tarn valley")]),
        ("Both Kovia and Sarnland have sent peacekeepers to the Tarn valley, officials said.",
         [("Kovia", 0, "deploying", "the Tarn valley"), ("Sarnland", 0, "deploying", "the Tarn valley")]),
        # "respectively": the counts go to the bodies in order
        ("Tarvania and Meridia will contribute 300 and 250 troops respectively to Lagash.",
         [("Meridia", 250, "announced", "Lagash"), ("Tarvania", 300, "announced", "Lagash")]),
        ("Kestria and Norvania will deploy 400 and 150 soldiers respectively to Varn.",
         [("Kestria", 400, "announced", "Varn"), ("Norvania", 150, "announced", "Varn")]),
    ],
)
def test_deployments_bodies_joined_as_the_subject(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        # "a <unit> of N <members> from <body>": the members' "from" names the sender
        ("An advance team of 40 engineers from Castria arrived in Veyra on Sunday.", "Castria"),
        ("A battalion of 500 troops from Lutavia has been stationed in Dorsk since May.", "Lutavia"),
        ("A contingent of 90 medics from Norvania reached Tarn on Monday.", "Norvania"),
    ],
)
def test_deployments_the_members_come_from_the_sender(extractor, body, actor):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert [d.actor for d in f.deployments] == [actor]


# --- several deployments in one sentence, lexicon, non-deployments, status and totals ------

NEWS_HEAD = "Regional news\n\n"


def _records(extractor, body, head=NEWS_HEAD):
    f = extractor.extract(head + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.unit, d.status) for d in f.deployments)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ghelia will deploy 600 police officers to Port Amsel and Tarvia a medical battalion.",
         [("Ghelia", 600, "police officers", "announced"), ("Tarvia", 0, "medical battalion", "announced")]),
        ("Kelmar will send 450 troops to Ostrava, Belmont 300 and Varnia 120.",
         [("Belmont", 300, "troops", "announced"), ("Kelmar", 450, "troops", "announced"),
          ("Varnia", 120, "troops", "announced")]),
        ("Orsk sent 200 soldiers to Kovno on Friday, and Lutavia an engineering battalion.",
         [("Lutavia", 0, "engineering battalion", "deploying"), ("Orsk", 200, "soldiers", "deploying")]),
    ],
)
def test_deployments_a_body_s_share_after_the_verb_left_out(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Some 800 Spanish soldiers arrived in Velka on Monday.", "Spain"),
        ("Poland's 400 military engineers remain in Drevna.", "Poland"),
        ("Sarnia's 300 peacekeepers have arrived in Lomba, officials said.", "Sarnia"),
        ("Some 200 Nepalese peacekeepers arrived in Ularu on Sunday.", "Nepal"),
        ("The Kalvian army has sent 450 soldiers to Port Lissa.", "Kalvia"),
        ("The Lusarian army said 800 paratroopers were on their way to Ardel.", "Lusaria"),
        ("The 450 soldiers of the Kalvian army will leave for Port Sabine on Friday.", "Kalvia"),
        ("Castria has sent an advance team of 40 engineers to Veyra.", "Castria"),
        ("Velmora dispatched a squadron of airmen to Port Casco.", "Velmora"),
        ("Selva's defence ministry said reinforcements were being sent to Kessel province.", "Selva"),
        ("An advance team of 30 Tarvian medics is due in Olmec on Friday.", "Tarvia"),
    ],
)
def test_deployments_the_sender_by_nationality_possessor_or_armed_body(extractor, body, actor):
    assert [r[0] for r in _records(extractor, body)] == [actor]


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("The Ostrian Defence Force will deploy its next rotation to Kelbo in the autumn.", "rotation"),
        ("A squadron of mobile gendarmes was sent to the Arvane region, the government said.", "squadron"),
        ("Lisnara will put 2,000 boots on the ground in Amara, the defence minister said.", "boots on the ground"),
        ("Tarsen has promised 1,500 boots on the ground in Lemara by June.", "boots on the ground"),
        ("Dravonia sent 300 marines to Port Ysel.", "marines"),
        ("A 150-strong contingent of peacekeepers from Bangora arrived in Ulanga on Friday.", "contingent"),
    ],
)
def test_deployments_more_of_the_lexicon(extractor, body, unit):
    assert [r[2] for r in _records(extractor, body)] == [unit]


def test_deployments_two_kinds_of_vessel_are_two_deployments(extractor):
    got = _records(extractor, "The Kessarian navy deployed a warship and two patrol boats to Brava Reef on Monday.")
    assert [r[2] for r in got] == ["patrol boats", "warship"]


@pytest.mark.parametrize(
    "body",
    [
        "Opposition lawmakers demanded that 500 troops be sent to the border.",
        "Many residents wish the army would send soldiers to the valley.",
        "Will Tarvia send peacekeepers to Ulmo?",
        "Officials are still weighing whether to send 300 soldiers to Kessa.",
        "The power company dispatched 250 repair crews to the flooded districts.",
        "Marvel called on Brenland to send 2,000 troops to Ostia.",
        "The president recommended sending a battalion to the island.",
        "The soldiers followed orders and stayed calm.",
        "The new sanctions put pressure on the soldiers guarding the border.",
        "The drought has put the army under strain.",
        "The minister promised a pay rise to soldiers.",
    ],
)
def test_deployments_demands_wishes_questions_and_crews_are_none(extractor, body):
    assert _records(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Kalvian army said 450 soldiers were heading to Port Sabine, while a unit of 430 that had "
         "served there was returning home.",
         [("Kalvia", 430, "unit", "withdrawn"), ("Kalvia", 450, "soldiers", "en_route")]),
        ("Zarka has 600 peacekeepers in Lombarda and will send 400 more next month.",
         [("Zarka", 400, "peacekeepers", "announced"), ("Zarka", 600, "peacekeepers", "stationed")]),
        ("About 600 Ostrian peacekeepers arrived in Belo on Monday. A further 400 are to follow by the end "
         "of the year, an army spokesman said.",
         [("Ostria", 400, "peacekeepers", "announced"), ("Ostria", 600, "peacekeepers", "arrived")]),
        ("Merva completed the withdrawal of its last 2,300 troops from the Ost region. Officials said 800 "
         "of them would be moved to the northern border.",
         [("Merva", 800, "troops", "announced"), ("Merva", 2300, "troops", "withdrawn")]),
        ("The arrival of 350 more soldiers on Tuesday brings the Varenian contingent in Doruma to 1,900, "
         "the spokesman said.",
         [("Varenia", 350, "soldiers", "arrived"), ("Varenia", 1900, "contingent", "stationed")]),
        ("About 350 Varenian soldiers arrived in Doruma on Monday, joining a contingent of 1,900 already "
         "stationed in the country.",
         [("Varenia", 350, "soldiers", "arrived"), ("Varenia", 1900, "contingent", "stationed")]),
        ("About 600 Zarkan peacekeepers arrived in Lomba on Monday, the first foreign troops in the city "
         "since the ceasefire.",
         [("Zarka", 600, "peacekeepers", "arrived")]),
        ("Umbia will send 7,000 troops to the Lowveld, and a further 250 military police will follow "
         "next month.",
         [("Umbia", 250, "military police", "announced"), ("Umbia", 7000, "troops", "announced")]),
    ],
)
def test_deployments_new_arrivals_totals_and_more_to_come(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("Norsland put 1,200 paratroopers on standby for Dravonia.", "Dravonia"),
        ("The Dutch contingent left Velka last week.", "Velka"),
        ("Some 300 Tarvian troops pulled out of Emsa on Sunday.", "Emsa"),
        ("Kelmar will send 450 troops to Ostrava.", "Ostrava"),
    ],
)
def test_deployments_places_whatever_the_model_tagged_them(extractor, body, destination):
    f = extractor.extract(NEWS_HEAD + body, published="2023-06-01")
    assert [d.destination for d in f.deployments] == [destination]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Some 1,200 Kestrian and 800 Lutavian soldiers arrived in Vessa on Monday.",
         [("Kestria", 1200, "soldiers", "arrived"), ("Lutavia", 800, "soldiers", "arrived")]),
        ("By Friday 700 Orsavian peacekeepers had arrived in Dunmore, along with 450 from Kelvania and about "
         "200 from Tarsis.",
         [("Kelvania", 450, "peacekeepers", "arrived"), ("Orsavia", 700, "peacekeepers", "arrived"),
          ("Tarsis", 200, "peacekeepers", "arrived")]),
        ("Dravonia will send 500 troops to the mission in Kessa and Ombria 350, officials said.",
         [("Dravonia", 500, "troops", "announced"), ("Ombria", 350, "troops", "announced")]),
    ],
)
def test_deployments_counts_for_each_body_of_one_unit(extractor, body, expected):
    assert _records(extractor, body) == expected


def test_deployments_a_name_that_qualifies_the_unit_is_no_share(extractor):
    got = _records(extractor, "Kelvar plans to deploy 4,000 marines to back up the Army, Navy and Air Force "
                              "troops already in the gulf.")
    assert [(r[1], r[2]) for r in got] == [(4000, "marines")]


def test_deployments_a_nationality_s_forces_are_its_country_s(extractor):
    got = _records(extractor, "He said Ostrian forces had turned the plant into a base and stationed about 500 "
                              "soldiers there.")
    assert [(r[0], r[1]) for r in got] == [("Ostria", 500)]


@pytest.mark.parametrize(
    "body",
    [
        "The senate in Farlia will vote on Tuesday on whether to send 200 soldiers to the Omra mission.",
        "Ministers argued over whether to deploy 500 troops to the northern border.",
        "Korvath's defence ministry denied that it planned to send troops to the Pell enclave.",
        "The government denied it would deploy soldiers to the island of Tesk.",
        "Villagers in Umbra begged the army to send soldiers to protect them.",
        "Farmers pleaded with the government to deploy troops along the river.",
    ],
)
def test_deployments_open_votes_denials_and_pleas_are_not_deployments(extractor, body):
    assert _deps(extractor, body) == []


@pytest.mark.parametrize(
    "body",
    [
        ("Villagers in Umbra begged the army to send soldiers. Instead, the interior ministry said "
         "it would send 40 riot police to Umbra."),
        "Instead, the interior ministry said it would send 40 riot police to Umbra.",
        "On Monday, the interior ministry said it would send 40 riot police to Umbra.",
    ],
)
def test_deployments_the_sender_after_a_plea_is_its_own_subject(extractor, body):
    assert [(d.actor, d.count, d.destination) for d in extractor.extract(HEAD + body, published="2023-06-01").deployments] \
        == [("interior ministry", 40, "Umbra")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 300 soldiers sent by Farlia arrived in Omra on Sunday.", [("Farlia", 300, "arrived", "Omra")]),
        ("Some 120 police officers dispatched by Norland landed in Pell on Friday.",
         [("Norland", 120, "arrived", "Pell")]),
        ("Some 40 engineers deployed by the Vestrian army reached Tarn overnight.", [("Vestria", 40, "arrived", "Tarn")]),
    ],
)
def test_deployments_a_unit_sent_by_a_body_has_that_sender(extractor, body, expected):
    # the sender, count and status (the destination is read by the place rules)
    assert [d[:3] for d in _deps(extractor, body)] == [e[:3] for e in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Farlia and Dostrel will each deploy 300 soldiers to the Omra valley, mediators said.",
         [("Dostrel", 300, "announced", "the Omra valley"), ("Farlia", 300, "announced", "the Omra valley")]),
        ("Norland and Vestrel have both sent 200 troops to Tarn.",
         [("Norland", 200, "deploying", "Tarn"), ("Vestrel", 200, "deploying", "Tarn")]),
        ("Ministers said Estmark, Kolvar and Lindora will each send a battalion to the border.",
         [("Estmark", 0, "announced", "the border"), ("Kolvar", 0, "announced", "the border"),
          ("Lindora", 0, "announced", "the border")]),
    ],
)
def test_deployments_joined_subjects_each_send_whatever_the_names_were_tagged(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Farlia will send 500 troops to Omra and Norland 450. The first contingents are expected to arrive by June.",
         [("Farlia", 500, "announced", "Omra"), ("Norland", 450, "announced", "Omra")]),
        ("Norland and Vestrel have each sent a frigate to Tarn, where the two vessels are due to arrive on Monday.",
         [("Norland", 0, "en_route", "Tarn"), ("Vestrel", 0, "en_route", "Tarn")]),
        ("Estmark sent 300 soldiers to Pell and Kolvar 200. The troops will guard the airport.",
         [("Estmark", 300, "deploying", "Pell"), ("Kolvar", 200, "deploying", "Pell")]),
    ],
)
def test_deployments_several_told_then_named_again_add_no_record(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Farlia is flying 60 gendarmes and a detachment of commandos to the island of Pell.",
         [("Farlia", 0, "deploying", "Pell"), ("Farlia", 60, "deploying", "Pell")]),
        ("About 120 Farlian airmen and a company of marines arrived at the Tarn air base on Monday.",
         [("Farlia", 0, "arrived", "the Tarn air base"), ("Farlia", 120, "arrived", "the Tarn air base")]),
        ("Norland rushed 300 soldiers and a platoon of paratroopers to Tarn.",
         [("Norland", 0, "deploying", "Tarn"), ("Norland", 300, "deploying", "Tarn")]),
    ],
)
def test_deployments_a_joined_group_of_members_is_its_own_deployment(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a nationality in "-i" tagged as a place, its country named in the same article
        ("Zandar to keep troops in Orvik\n\nThe 900 Zandari soldiers in Orvik will remain in the town "
         "until March, Zandar's defence ministry said on Wednesday.", "Zandar"),
        # the country's final vowel dropped before "-ian"
        ("Mirelle to keep troops in the north\n\nSome 4,500 Mirellian troops are stationed in the "
         "breakaway region of Tosk, the defence ministry said on Friday.", "Mirelle"),
        # "-i" after a name in "-an"; the longer name wins over a capital it starts with
        ("OSKAR, May 2 (Wire) - Ardeshan's government said 500 Ardeshani peacekeepers had arrived in "
         "Tamaru.", "Ardeshan"),
        # no country named: the regular derivation
        ("Test headline\n\nAbout 350 Kestrian troops arrived in Vessa on Monday.", "Kestria"),
    ],
)
def test_deployments_nationality_names_the_country_the_article_names(extractor, text, actor):
    f = extractor.extract(text, published="2023-06-01")
    assert [d.actor for d in f.deployments] == [actor]
