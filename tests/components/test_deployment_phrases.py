"""Deployments read from the shape of the unit's phrase and of the list it stands in,
whatever the parser made of them: a count or a nationality hung on a noun before the
unit, a gapped share counted by "of about N", "one" for the unit told, a perfect read as a
modifier, items of a list read as appositions, a frigate parsed as a modifier of the next
unit, a service's name counted by a number, and the verbs and units of the lexicon.

Invented sentences (published 2023-06-01), several per construction, real and invented
countries mixed.
"""

import pytest

HEAD = "Test headline\n\n"


@pytest.fixture(scope="module")
def rows(extractor):
    """(actor, count, destination, status) of each deployment, sorted."""

    def read(body: str, head: str = HEAD) -> list[tuple[str, int, str, str]]:
        facts = extractor.extract(head + body, published="2023-06-01")
        return sorted(((d.actor or ""), d.count or 0, d.destination or "", d.status) for d in facts.deployments)

    return read


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 150 Australian special forces soldiers have arrived in the Gulf region, the Defence "
         "Department confirmed on Saturday.", [("Australia", 150, "the Gulf region", "arrived")]),
        ("Some 300 Dutch air force personnel were flown to Jordan on Monday.",
         [("Netherlands", 300, "Jordan", "deploying")]),
        ("Nearly 2,000 Kenyan special forces troops crossed into Somalia overnight.",
         [("Kenya", 2000, "Somalia", "deploying")]),
        ("About 400 Tarvian special forces commandos landed in Ostra on Friday.",
         [("Tarvia", 400, "Ostra", "arrived")]),
    ],
)
def test_a_count_and_a_nationality_hung_on_a_noun_before_the_unit(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Austria will send 250 more soldiers to Bosnia, Finland 200 to Kosovo and Sweden a company of "
         "about 130 soldiers to Latvia.",
         [("Austria", 250, "Bosnia", "announced"), ("Finland", 200, "Kosovo", "announced"),
          ("Sweden", 130, "Latvia", "announced")]),
        ("Kelvaria will deploy 400 troops to Ostra and Dunmark a platoon of some 40 marines to Vell.",
         [("Dunmark", 40, "Vell", "announced"), ("Kelvaria", 400, "Ostra", "announced")]),
        ("Chile is sending 300 soldiers to Haiti and Peru a company of nearly 120 soldiers to Les Cayes.",
         [("Chile", 300, "Haiti", "deploying"), ("Peru", 120, "Les Cayes", "deploying")]),
    ],
)
def test_a_gapped_share_counted_by_of_about_n_goes_to_its_own_place(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Spain will lead a battalion in Latvia and Italy one in Bulgaria.",
         [("Italy", 0, "Bulgaria", "announced"), ("Spain", 0, "Latvia", "announced")]),
        ("Under the plan, Norway will lead a battalion in Lithuania, Canada one in Latvia and Poland one "
         "in Estonia.",
         [("Canada", 0, "Latvia", "announced"), ("Norway", 0, "Lithuania", "announced"),
          ("Poland", 0, "Estonia", "announced")]),
        ("Dunmark will station an infantry company in Vell, and Kelvaria one in Ostra.",
         [("Dunmark", 0, "Vell", "announced"), ("Kelvaria", 0, "Ostra", "announced")]),
    ],
)
def test_one_stands_for_the_unit_just_told(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ghana, Togo and Benin have each pledged troops to the regional force for northern Mali.",
         [("Benin", 0, "Mali", "announced"), ("Ghana", 0, "Mali", "announced"), ("Togo", 0, "Mali", "announced")]),
        ("Chad and Niger have each sent troops to the border.",
         [("Chad", 0, "the border", "deploying"), ("Niger", 0, "the border", "deploying")]),
        ("Kelvaria and Dunmark have both pledged soldiers to the new force in Ostra.",
         [("Dunmark", 0, "Ostra", "announced"), ("Kelvaria", 0, "Ostra", "announced")]),
    ],
)
def test_have_each_pledged_is_a_perfect_whatever_the_parse(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "The rebels have trained soldiers in the camp for years.",
    "The army has 25,000 soldiers, the minister said.",
])
def test_what_a_body_has_is_still_no_deployment(rows, body):
    assert rows(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Germany's cabinet on Wednesday offered 100 special forces soldiers, 800 chemical-defence troops "
         "and some 500 sailors to the campaign.", [100, 500, 800]),
        ("Kelvaria will offer 60 medics, 200 combat engineers and 300 infantrymen to the UN mission.", [60, 200, 300]),
        ("Kelvaria will provide 250 soldiers, 90 military police and 40 staff officers to the force.",
         [40, 90, 250]),
    ],
)
def test_each_item_of_a_list_of_units_is_a_deployment(extractor, body, expected):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert sorted(d.count for d in facts.deployments) == expected


@pytest.mark.parametrize(
    ("body", "units"),
    [
        ("The navy dispatched a frigate and two minesweepers to the Gulf.", ["frigate", "minesweepers"]),
        ("Tarvia has sent a destroyer and two patrol boats to the strait.", ["destroyer", "patrol boats"]),
    ],
)
def test_a_vessel_parsed_as_the_next_ones_modifier_is_its_own_deployment(extractor, body, units):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert sorted(d.unit for d in facts.deployments) == units


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain will bring home the 600 Royal Marines who have been guarding the port.",
         [("Britain", 600, "", "withdrawn")]),
        ("LONDON - Some 200 Royal Engineers arrived at the base in Helmand last week, the Ministry of "
         "Defence said.", [("Britain", 200, "Helmand", "arrived")]),
        ("Paris will fly 300 Foreign Legion troops to Abidjan.", [("France", 300, "Abidjan", "announced")]),
    ],
)
def test_a_service_counted_by_a_number_is_people_not_a_sender(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Norway will lead a second battalion in Latvia, officials said.", [("Norway", 0, "Latvia", "announced")]),
        ("Britain will despatch 400 soldiers to Cyprus.", [("Britain", 400, "Cyprus", "announced")]),
        ("France has lent 200 soldiers to the UN mission in Chad.", [("France", 200, "Chad", "deploying")]),
        ("Kenya will garrison 500 troops in the port of Kismayo.", [("Kenya", 500, "Kismayo", "announced")]),
        ("Tarvia will bring home its 300 soldiers from Mali.", [("Tarvia", 300, "Mali", "withdrawn")]),
        ("About 400 Gurkhas were flown to Kabul.", [("", 400, "Kabul", "deploying")]),
        ("Dunmark shipped 350 riflemen to the island on Monday.", [("Dunmark", 350, "the island", "deploying")]),
        ("Kelvaria has activated 2,000 reservists for the border.", [("Kelvaria", 2000, "", "standby")]),
    ],
)
def test_verbs_and_units_of_the_lexicon(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chile and Peru said they would send 400 and 250 troops respectively to Haiti.",
         [("Chile", 400, "Haiti", "announced"), ("Peru", 250, "Haiti", "announced")]),
        ("Dunmark and Kelvaria said they would deploy 90 and 60 soldiers respectively to Vell.",
         [("Dunmark", 90, "Vell", "announced"), ("Kelvaria", 60, "Vell", "announced")]),
    ],
)
def test_they_of_several_tellers_sends_respectively(rows, body, expected):
    assert rows(body) == expected


def test_a_place_the_model_tagged_with_its_comma_is_named_without_it(extractor):
    text = HEAD + "Austria will send 250 more soldiers to Bosnia, Finland 200 to Kosovo."
    facts = extractor.extract(text, published="2023-06-01")
    places = {d.destination for d in facts.deployments}
    assert places == {"Bosnia", "Kosovo"}
    assert all(not e.text.endswith(",") for e in facts.entities)


@pytest.mark.parametrize("word", ["An", "Ans", "Han", "Ban"])
def test_a_short_word_shaped_as_a_nationality_is_read_without_error(nlp, word):
    # ("An", "Ans": too short for the "-an" rule's look at the letter before)
    from newsfacts.components.deployments import _country_of_demonym

    assert _country_of_demonym(nlp("A test."), word) in (word, word[:-1])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 1,500 Australian soldiers were aboard navy transport ships heading for East Timor on Sunday.",
         [("Australia", 1500, "East Timor", "en_route")]),
        ("Some 400 Tarvian marines were aboard two landing ships heading for Ostra.",
         [("Tarvia", 400, "Ostra", "en_route")]),
        ("LONDON - An amphibious group led by HMS Ocean, with 600 Royal Marines aboard, is sailing for "
         "West Africa, the Ministry of Defence said.", [("Britain", 600, "West Africa", "en_route")]),
    ],
)
def test_people_aboard_a_vessel_under_way_are_en_route(rows, body, expected):
    assert rows(body) == expected


def test_people_aboard_a_vessel_that_no_unit_names_are_no_deployment(rows):
    assert rows("Three hostages remained aboard the ship.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Army has placed about 2,000 troops on prepare-to-deploy orders.", [("Army", 2000, "", "standby")]),
        ("Canada has put about 3,400 troops on notice to move, the minister said.",
         [("Canada", 3400, "", "standby")]),
        ("Kelvaria put 800 soldiers on 48-hour alert on Monday for possible deployment to Ostra.",
         [("Kelvaria", 800, "Ostra", "standby")]),
    ],
)
def test_troops_put_on_notice_or_alert_are_on_standby(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "The strike put the army under strain.",
    "Britain has no plans to send troops, the minister said on Friday, dismissing reports that 600 "
    "paratroopers had been put on notice to deploy.",
])
def test_no_readiness_where_none_is_told(rows, body):
    assert rows(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Spanish troops, about 900 of them, moved into Herat on Sunday.", [("Spain", 900, "Herat", "arrived")]),
        ("Kenyan police officers, 400 of them, landed in Port-au-Prince.",
         [("Kenya", 400, "Port-au-Prince", "arrived")]),
    ],
)
def test_a_count_set_off_as_n_of_them(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Russia said on Saturday it had airlifted a battalion of paratroopers from Pskov into South Ossetia.",
         "Russia"),
        ("The United States is moving about 1,000 personnel from the capital, Niamey, to a drone base in "
         "Agadez, officials said.", "United States"),
        ("Kelvaria has flown 300 soldiers from its northern garrison to Ostra.", "Kelvaria"),
    ],
)
def test_where_a_move_starts_is_no_sender(extractor, body, actor):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert [d.actor for d in facts.deployments] == [actor]


def test_troops_from_a_country_are_still_its_own(rows):
    assert rows("About 300 troops from Chad arrived in Mali.") == [("Chad", 300, "Mali", "arrived")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("France will shrink its 5,100-strong force in the Sahel by about 2,000 soldiers by early next year.",
         [("France", 2000, "the Sahel", "withdrawn"), ("France", 5100, "the Sahel", "stationed")]),
        ("Britain will cut its contingent in Cyprus by 300 troops.",
         [("Britain", 0, "Cyprus", "stationed"), ("Britain", 300, "Cyprus", "withdrawn")]),
        ("Kelvaria will reduce its 900-strong force in Ostra by 250 soldiers.",
         [("Kelvaria", 250, "Ostra", "withdrawn"), ("Kelvaria", 900, "Ostra", "stationed")]),
    ],
)
def test_a_force_cut_by_a_number(rows, body, expected):
    assert rows(body) == expected


def test_an_army_cut_by_a_number_moves_no_one(rows):
    assert rows("The government plans to cut the army by 20,000 soldiers.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain will send 800 soldiers to Estonia. They will join 900 already stationed at Tapa.",
         [("Britain", 800, "Estonia", "announced"), ("Britain", 900, "Tapa", "stationed")]),
        ("France is flying 1,000 extra gendarmes to Corsica, joining 1,700 already on the island.",
         [("France", 1000, "Corsica", "deploying"), ("France", 1700, "Corsica", "stationed")]),
        ("Kenya sent 300 police officers to Haiti, where they will join 400 already there.",
         [("Kenya", 300, "Haiti", "deploying"), ("Kenya", 400, "Haiti", "stationed")]),
    ],
)
def test_a_bare_count_already_there_that_a_new_force_joins(rows, body, expected):
    assert rows(body) == expected


def test_a_bare_count_already_in_a_state_is_no_force(rows):
    assert rows("Kenya will send 300 soldiers to Haiti, who will join 300 already in training.") == [
        ("Kenya", 300, "Haiti", "announced")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 250 troops flew out of Kandahar on Tuesday.", [("", 250, "Kandahar", "withdrawn")]),
        ("The last 90 Kelvarian soldiers pulled out of Ostra on Sunday.", [("Kelvaria", 90, "Ostra", "withdrawn")]),
        ("About 250 Dutch troops flew out to Mali on Tuesday.", [("Netherlands", 250, "Mali", "deploying")]),
        ("Britain flew out 300 soldiers to Cyprus.", [("Britain", 300, "Cyprus", "deploying")]),
    ],
)
def test_flying_out_leaves_a_place_unless_it_goes_somewhere(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("The last Dutch soldiers have left Afghanistan. About 250 troops flew out of Kandahar on Tuesday "
         "evening, the ministry said.", "Netherlands"),
        ("Kenya has begun sending police officers to Haiti. The first 200 officers landed in Port-au-Prince on "
         "Tuesday, the government said.", "Kenya"),
        ("Kenya has begun sending troops to Somalia. The first 200 soldiers landed in Mogadishu on Tuesday, the "
         "government said.", "Kenya"),
    ],
)
def test_a_sender_named_by_its_kind_is_the_state_told_just_before(extractor, body, actor):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    counted = [d for d in facts.deployments if d.count is not None]
    assert [d.actor for d in counted] == [actor]


def test_a_sender_named_by_its_kind_stays_after_an_armed_group(rows):
    # (an armed group is no state: its reinforcements are not the government's)
    body = ("The Taliban sent reinforcements to the district. Government reinforcements arrived in Gereshk "
            "on Monday, the government said.")
    assert ("Taliban", 0, "Gereshk", "arrived") not in rows(body)
    assert ("government", 0, "Gereshk", "arrived") in rows(body)


@pytest.mark.parametrize("body", [
    "North Korea keeps about 1.2 million troops under arms, against some 600,000 in the South.",
    "Kelvaria has 40,000 soldiers on active duty.",
    "Tarvia maintains about 90,000 troops under arms along its borders.",
])
def test_an_army_kept_under_arms_is_its_size_not_a_deployment(rows, body):
    assert rows(body) == []


def test_a_force_kept_somewhere_is_stationed_there(rows):
    assert rows("The United States keeps 28,500 troops in South Korea.") == [
        ("United States", 28500, "South Korea", "stationed")]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Two Chinese navy destroyers set sail from Hainan on Friday for the Gulf of Aden, carrying about 800 crew.",
         800),
        ("The destroyer Takanami, with about 200 crew members aboard, left Yokosuka on Sunday for the Middle East.",
         200),
        ("Britain is sending a frigate with its crew of 180 to the Gulf.", 180),
    ],
)
def test_a_vessel_counts_the_crew_it_carries(extractor, body, count):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert [d.count for d in facts.deployments] == [count]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("FORT HOOD, Texas — About 4,000 soldiers will rotate into South Korea this summer, the Army announced "
         "Tuesday.", "United States"),
        ("HALIFAX, Nova Scotia — About 300 sailors will leave for the Baltic next week, the navy said.", "Canada"),
        ("DARWIN, Northern Territory — About 200 soldiers will fly to Dili on Monday, the Defence Department "
         "said.", "Australia"),
    ],
)
def test_a_datelines_state_or_province_stands_for_its_country(extractor, text, actor):
    facts = extractor.extract(text, published="2023-06-01")
    assert [d.actor for d in facts.deployments] == [actor]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("About 2,000 paratroopers have been put on alert for possible deployment to Haiti, Pentagon officials "
         "said on Monday.", "United States"),
        ("About 2,000 paratroopers have been put on alert for possible deployment to Haiti, U.S. officials said "
         "on Monday.", "U.S."),
        ("About 500 marines were on their way to the island, Kelvarian officials said.", "Kelvaria"),
    ],
)
def test_the_officials_who_tell_of_a_readied_force_name_its_sender(extractor, body, actor):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert [d.actor for d in facts.deployments] == [actor]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Belgium flew some 400 paratroopers into Kigali on Thursday and France about 300 Foreign Legion troops.",
         [("Belgium", 400, "Kigali", "deploying"), ("France", 300, "Kigali", "deploying")]),
        ("Ghana will contribute 850 peacekeepers, Nepal 650 and China an infantry battalion of 700.",
         [("China", 700, "", "announced"), ("Ghana", 850, "", "announced"), ("Nepal", 650, "", "announced")]),
        ("The African Union said on Tuesday that Uganda, Burundi and Djibouti have each promised to send a "
         "further battalion to Mogadishu.",
         [("Burundi", 0, "Mogadishu", "announced"), ("Djibouti", 0, "Mogadishu", "announced"),
          ("Uganda", 0, "Mogadishu", "announced")]),
        ("Kelvaria and Dunmark have each agreed to deploy an infantry company to Ostra.",
         [("Dunmark", 0, "Ostra", "announced"), ("Kelvaria", 0, "Ostra", "announced")]),
    ],
)
def test_more_shares_of_one_sentence(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("An Indian Air Force C-17 airlifted a 90-strong army medical team to Kathmandu on Sunday.",
         [("India", 90, "Kathmandu", "deploying")]),
        ("Chad will recall its 850 soldiers from the African Union peacekeeping mission in the Central African "
         "Republic.", [("Chad", 850, "the Central African Republic", "withdrawn")]),
        ("Brazil's Senate on Thursday approved sending 1,200 troops to Haiti.", [("Brazil", 1200, "Haiti", "announced")]),
        ("Germany's parliament voted to send 500 soldiers to Mali.", [("Germany", 500, "Mali", "announced")]),
        ("A Stryker squadron of about 1,000 troops already based in Germany will move to Romania.",
         [("", 1000, "Romania", "announced")]),
    ],
)
def test_senders_read_past_articles_bodies_and_model_names(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "Kenya sent 200 police officers to Haiti last month. The officers boarded armoured vehicles at the airport.",
    "The multinational police mission is meant to reach 2,500 officers eventually, after 200 police officers "
    "arrived from Kenya.",
    "About 5,000 troops were placed on heightened readiness on Monday. The force was last put on alert in 2022.",
])
def test_no_second_deployment_from_a_boarding_a_target_or_history(extractor, body):
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert len(facts.deployments) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Some 1,700 soldiers will fly from Fort Bragg to Poland and 300 to Germany.",
         [("", 300, "Germany", "announced"), ("", 1700, "Poland", "announced")]),
        ("Some 130 Irish troops will leave for the Golan Heights next month and a further 340 for Lebanon in "
         "November.", [("Ireland", 130, "the Golan Heights", "en_route"), ("Ireland", 340, "Lebanon", "en_route")]),
        ("About 400 marines will sail to Cyprus on Monday and 150 to Crete.",
         [("", 150, "Crete", "announced"), ("", 400, "Cyprus", "announced")]),
    ],
)
def test_one_forces_shares_to_other_places_whether_or_not_a_sender_is_named(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The United States currently has about 60,000 troops in the region.",
         [("United States", 60000, "", "stationed")]),
        ("About 1,300 South African troops are already serving there.", [("South Africa", 1300, "", "stationed")]),
        ("Some 500 Kelvarian soldiers are serving with the UN mission in Ostra.",
         [("Kelvaria", 500, "Ostra", "stationed")]),
    ],
)
def test_a_force_had_or_serving_somewhere_is_stationed(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "Sixty soldiers who served with the UN mission in Tesh received medals from the president on Friday.",
    "More than 150,000 German soldiers served in Afghanistan over the course of the mission.",
    "The army has 25,000 soldiers in its ranks.",
])
def test_a_past_tour_or_an_armys_ranks_are_no_deployment(rows, body):
    assert rows(body) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KIGALI — A plane carrying 140 Rwandan police officers took off from here late on Wednesday bound for "
         "Bangui, a police spokeswoman said.", [("Rwanda", 140, "Bangui", "en_route")]),
        ("About 2,200 U.S. Marines are standing by on ships in the eastern Mediterranean to help evacuate "
         "Americans.", [("U.S.", 2200, "Mediterranean", "standby")]),
        ("Some 300 Kelvarian marines were aboard a transport bound for Ostra.", [("Kelvaria", 300, "Ostra", "en_route")]),
    ],
)
def test_taking_off_bound_for_and_standing_by(rows, text, expected):
    assert rows(text, head="") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EL FASHER, Sudan — Nigeria's 680 soldiers are based here, Rwanda's 390 in Nyala and Senegal's 535 in "
         "Kutum, officers said.",
         [("Nigeria", 680, "El Fasher", "stationed"), ("Rwanda", 390, "Nyala", "stationed"),
          ("Senegal", 535, "Kutum", "stationed")]),
        ("Kenya's 400 soldiers are based in Kismayo, Uganda's 1,200 in Mogadishu and Burundi's 800 in Baidoa.",
         [("Burundi", 800, "Baidoa", "stationed"), ("Kenya", 400, "Kismayo", "stationed"),
          ("Uganda", 1200, "Mogadishu", "stationed")]),
    ],
)
def test_possessed_shares_each_in_its_own_place(rows, text, expected):
    assert rows(text, head="") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Another 400 French soldiers landed in Bamako overnight, bringing to 2,000 the number of French troops "
         "on the ground in Mali.", [("France", 400, "Bamako", "arrived"), ("France", 2000, "Mali", "stationed")]),
        ("About 800 U.S. Marines arrived on Tuesday, bringing the number of American troops in Afghanistan to "
         "about 68,000.", [("U.S.", 800, "Afghanistan", "arrived"), ("United States", 68000, "Afghanistan", "stationed")]),
    ],
)
def test_the_number_of_troops_brought_to_a_total_is_the_force_there(rows, body, expected):
    assert rows(body) == expected


def test_a_number_still_to_be_reached_is_no_force_there(rows):
    body = "Britain will send 300 more soldiers, bringing the number of British troops in Estonia to 1,200."
    assert rows(body) == [("Britain", 300, "Estonia", "announced")]


def test_several_hundred_troops_have_no_count(extractor):
    facts = extractor.extract(HEAD + "Russia has flown several hundred naval infantry troops to Latakia.",
                              published="2023-06-01")
    assert [(d.actor, d.count) for d in facts.deployments] == [("Russia", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Germany also pulled two frigates and some 550 sailors out of NATO operations in the Mediterranean.",
         [("Germany", 550, "Mediterranean", "withdrawn")]),
        ("Denmark is sending a frigate and 160 sailors to the Gulf.", [("Denmark", 160, "Gulf", "deploying")]),
    ],
)
def test_vessels_listed_with_their_counted_sailors_are_one_deployment(rows, body, expected):
    assert rows(body) == expected


def test_vessels_listed_with_other_vessels_stay_apart(extractor):
    facts = extractor.extract(HEAD + "Tarvia has sent a destroyer and two patrol boats to the strait.",
                              published="2023-06-01")
    assert len(facts.deployments) == 2


@pytest.mark.parametrize("body", [
    "No government has so far offered soldiers for such a force.",
    '"Not a single Rwandan soldier is in the Congo," the spokeswoman said.',
    "Not a single soldier has been redeployed, he said.",
    "No member state has offered troops for the mission.",
])
def test_a_force_no_one_sends_is_no_deployment(rows, body):
    assert rows(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Brazil's Chamber of Deputies on Thursday approved sending 1,200 soldiers to Haiti.",
         [("Brazil", 1200, "Haiti", "announced")]),
        ("The last 390 Australian soldiers of the International Stabilisation Force will leave Dili by March.",
         [("Australia", 390, "Dili", "withdrawn")]),
        ("About 800 Kenyan soldiers of the African Union mission arrived in Mogadishu.",
         [("Kenya", 800, "Mogadishu", "arrived")]),
        ("The 450 soldiers of the Kalvian army arrived in Ostra.", [("Kalvia", 450, "Ostra", "arrived")]),
    ],
)
def test_senders_of_legislatures_and_of_nationals_in_a_force(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain will bring home 500 of its 9,500 troops in Afghanistan by the end of next year.",
         [("Britain", 500, "Afghanistan", "withdrawn")]),
        ("Italy will bring home about 1,000 of its 2,100 soldiers serving with the United Nations force in "
         "Lebanon by the end of the year.", [("Italy", 1000, "Lebanon", "withdrawn")]),
        ("Some 1,200 Indian soldiers sailed out of the port of Trincomalee today.",
         [("India", 1200, "Trincomalee", "withdrawn")]),
        ("The last Syrian soldiers rolled out of the Bekaa Valley on Tuesday.",
         [("Syria", 0, "the Bekaa Valley", "withdrawn")]),
    ],
)
def test_a_part_of_its_force_and_leaving_by_sea_or_road(rows, body, expected):
    assert [r for r in rows(body) if r[1] or r[3] == "withdrawn"] == expected


def test_a_share_read_from_two_units_of_one_sentence_is_one_share(extractor):
    body = ("Italy will bring home about 1,000 of its 2,100 soldiers serving with the United Nations force in "
            "southern Lebanon by the end of the year, and Spain some 400.")
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    assert [d.actor for d in facts.deployments if d.count == 400] == ["Spain"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 90 soldiers - 50 from Norway, 25 from Sweden and 15 from Iceland - arrived in Kabul on Sunday.",
         [("Iceland", 15, "Kabul", "arrived"), ("Norway", 50, "Kabul", "arrived"),
          ("Sweden", 25, "Kabul", "arrived")]),
        ("Some 600 peacekeepers arrived in Kinshasa on Friday: 300 from India, 200 from Nepal and about 100 "
         "from Ghana.",
         [("Ghana", 100, "Kinshasa", "arrived"), ("India", 300, "Kinshasa", "arrived"),
          ("Nepal", 200, "Kinshasa", "arrived")]),
        ("The 75 military observers of the monitoring team, 40 from Norway, 20 from Sweden and 15 from "
         "Finland, reached Batticaloa on Monday.",
         [("Finland", 15, "Batticaloa", "arrived"), ("Norway", 40, "Batticaloa", "arrived"),
          ("Sweden", 20, "Batticaloa", "arrived")]),
        ("A force of 1,200 troops (700 from Tarvia and 500 from Ostrel) will deploy to Vell in May.",
         [("Ostrel", 500, "Vell", "announced"), ("Tarvia", 700, "Vell", "announced")]),
    ],
)
def test_a_force_broken_down_by_where_its_members_come_from(rows, body, expected):
    # each share is its body's deployment; the whole force, whose sender is no one body, may
    # stand beside them with no sender
    assert [r for r in rows(body) if r[0]] == expected
    assert all(r[1] == sum(e[1] for e in expected) for r in rows(body) if not r[0])


def test_numbers_from_places_that_are_not_shares_of_a_force(rows):
    # "from" on numbers that count something else (dates, kilometres) is no breakdown
    found = rows("About 300 Malian soldiers arrived in Gao on Monday, 200 kilometres from Mopti and 40 from "
                 "the border, the army said.")
    assert [(actor, count) for actor, count, *_ in found] == [("Mali", 300)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police units from Jordan and Senegal, 140 officers each, have arrived in Darfur, the mission said.",
         [("Jordan", 140, "Darfur", "arrived"), ("Senegal", 140, "Darfur", "arrived")]),
        ("Two battalions from Ghana and Togo, about 650 soldiers each, will deploy to northern Mali next month.",
         [("Ghana", 650, "Mali", "announced"), ("Togo", 650, "Mali", "announced")]),
        ("Engineering companies from Tarvia, Ostrel and Vell, some 120 troops each, reached Kalmar on Friday.",
         [("Ostrel", 120, "Kalmar", "arrived"), ("Tarvia", 120, "Kalmar", "arrived"),
          ("Vell", 120, "Kalmar", "arrived")]),
    ],
)
def test_units_from_several_bodies_counted_each_after_them(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Norway and Sweden will each send a company to Mali next year.",
         [("Norway", 0, "Mali", "announced"), ("Sweden", 0, "Mali", "announced")]),
        ("Ghana sent 900 troops to Mali, with Togo and Benin sending a company each.",
         [("Benin", 0, "Mali", "deploying"), ("Ghana", 900, "Mali", "deploying"), ("Togo", 0, "Mali", "deploying")]),
        ("Ireland will send a company to Lebanon in the spring, the minister said.",
         [("Ireland", 0, "Lebanon", "announced")]),
    ],
)
def test_a_company_a_country_sends_is_a_unit_of_its_army(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "Siemens will send a company of engineers to Egypt.",
    "The company will send 40 technicians to Norway next year.",
])
def test_a_company_no_country_sends_is_a_business(rows, body):
    assert rows(body) == []


def test_a_body_that_sends_a_share_is_no_place_of_the_sentence(rows):
    # the model may read a sender as a place; a body whose share the sentence tells sends
    assert rows("Ghana sent 900 troops, with Togo and Benin sending a company each.") == [
        ("Benin", 0, "", "deploying"), ("Ghana", 900, "", "deploying"), ("Togo", 0, "", "deploying")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Spain and Italy will send 300 and 200 soldiers to Latvia and Slovakia respectively, officials said.",
         [("Italy", 200, "Slovakia", "announced"), ("Spain", 300, "Latvia", "announced")]),
        ("Spain, Italy and Greece will lead the battalions in Latvia, Slovakia and Romania respectively.",
         [("Greece", 0, "Romania", "announced"), ("Italy", 0, "Slovakia", "announced"),
          ("Spain", 0, "Latvia", "announced")]),
        ("The United States and Britain will station 900 and 600 troops in Poland and Estonia, respectively.",
         [("Britain", 600, "Estonia", "announced"), ("United States", 900, "Poland", "announced")]),
    ],
)
def test_places_listed_respectively_go_to_the_bodies_in_order(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Denmark brought home its 600 troops from Helmand in 2021, Norway pulled its 400 out of Faryab a year "
         "later and Estonia withdrew its last 150 from Helmand in May.",
         [("Denmark", 600, "Helmand", "withdrawn"), ("Estonia", 150, "Helmand", "withdrawn"),
          ("Norway", 400, "Faryab", "withdrawn")]),
        ("Britain has 800 troops in Estonia, and Denmark is withdrawing its 200 from Tapa.",
         [("Britain", 800, "Estonia", "stationed"), ("Denmark", 200, "Tapa", "withdrawn")]),
    ],
)
def test_a_body_s_own_count_of_the_force_just_told_with_a_verb_of_its_own(rows, body, expected):
    assert rows(body) == expected


def test_its_count_of_no_force_told_is_no_deployment(rows):
    # "its 400" counts what the sentence counts: no unit told, no deployment
    assert rows("Tarvia sold 30 tanks to Ostrel in 2014, and Vell withdrew its 400 from the stock exchange.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ireland will contribute 150 personnel to the UN mission in Lebanon.",
         [("Ireland", 150, "Lebanon", "announced")]),
        ("Norway will commit 60 personnel to the mission in Mali, the defence ministry said.",
         [("Norway", 60, "Mali", "announced")]),
        ("Slovenia will withdraw its 20 officers from Kosovo.", [("Slovenia", 20, "Kosovo", "withdrawn")]),
    ],
)
def test_specialists_a_country_contributes_or_takes_back(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "The company will provide 300 engineers to build the bridge.",
    "The university will contribute 20 researchers to the study.",
])
def test_specialists_no_country_gives_are_no_force(rows, body):
    assert rows(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Australia will provide about 1,500 soldiers and police to the intervention force for the Solomon "
         "Islands, with New Zealand contributing 230 personnel, Fiji 120 and Tonga 80.",
         [("Australia", 1500, "the Solomon Islands", "announced"), ("Fiji", 120, "the Solomon Islands", "announced"),
          ("New Zealand", 230, "the Solomon Islands", "announced"),
          ("Tonga", 80, "the Solomon Islands", "announced")]),
        ("Britain will send 900 soldiers to the force in Kosovo, with Denmark contributing 300 troops.",
         [("Britain", 900, "Kosovo", "announced"), ("Denmark", 300, "Kosovo", "announced")]),
        ("Britain sent 900 soldiers to Kosovo last week, with Denmark contributing 300 troops.",
         [("Britain", 900, "Kosovo", "deploying"), ("Denmark", 300, "Kosovo", "deploying")]),
    ],
)
def test_shares_after_with_are_as_much_to_come_as_the_sending(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 200 Fijian soldiers will leave for Lebanon next week, joining some 300 compatriots already "
         "serving with the UN force there.",
         [("Fiji", 200, "Lebanon", "en_route"), ("Fiji", 300, "Lebanon", "stationed")]),
        ("About 250 French soldiers arrived in Bangui overnight, joining some 650 already guarding the airport.",
         [("France", 250, "Bangui", "arrived"), ("France", 650, "Bangui", "stationed")]),
        ("Some 400 Brazilian peacekeepers are due in Haiti on Saturday. They will join the 1,200 of their "
         "compatriots already serving with the mission.",
         [("Brazil", 400, "Haiti", "en_route"), ("Brazil", 1200, "Haiti", "stationed")]),
        ("Nepal flew 150 more soldiers to Juba on Monday to reinforce 850 already stationed in the city.",
         [("Nepal", 150, "Juba", "deploying"), ("Nepal", 850, "Juba", "stationed")]),
    ],
)
def test_a_count_already_there_is_the_sender_s_force_in_place(rows, body, expected):
    assert rows(body) == expected


def test_a_count_already_done_is_no_force(rows):
    # "already" with no presence after it ("already killed", "already evacuated") counts no troops there
    assert rows("Some 300 Dutch soldiers arrived in Bamako on Monday, after 40 civilians already evacuated "
                "from the town.") == [("Netherlands", 300, "Bamako", "arrived")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lawmakers in Oslo will vote next week on the mandate for Norway's 300 soldiers in Mali.",
         [("Norway", 300, "Mali", "stationed")]),
        ("Germany will extend the mandate for its 500 soldiers in Kosovo until June.",
         [("Germany", 500, "Kosovo", "stationed")]),
        ("The cost of Britain's 800 troops in Estonia has risen sharply, auditors said.",
         [("Britain", 800, "Estonia", "stationed")]),
    ],
)
def test_a_counted_force_a_body_holds_in_a_place(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize("body", [
    "Italy's 40 players in the league earn more than their rivals.",
    "Britain's 300 students in Spain will return home.",
])
def test_counted_people_a_country_holds_that_are_no_force(rows, body):
    assert rows(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Thai army has sent two infantry regiments, about 2,400 men in all, to the southern provinces.",
         [("Thailand", 2400, "the southern provinces", "deploying")]),
        ("Kenya will deploy three battalions, some 2,000 soldiers, to Kismayo next month.",
         [("Kenya", 2000, "Kismayo", "announced")]),
    ],
)
def test_groups_counted_then_their_strength_in_apposition(rows, body, expected):
    # the number before the group noun counts groups; the apposition counts the people
    assert rows(body) == expected


def test_groups_counted_alone_have_no_count_of_people(rows):
    assert rows("Kenya sent two battalions to Somalia on Monday.") == [("Kenya", 0, "Somalia", "deploying")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Israel's military said a 150-member army search-and-rescue unit was on its way to southern Turkey.",
         [("Israel", 150, "Turkey", "en_route")]),
        ("Greece sent a 40-member navy bomb-disposal unit to Cyprus on Friday.",
         [("Greece", 40, "Cyprus", "deploying")]),
    ],
)
def test_a_unit_named_military_by_a_word_deep_among_its_modifiers(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("More than 600 soldiers crossed into Kosovo on Saturday, among the first British troops to enter "
         "the province.", [("Britain", 600, "Kosovo", "deploying")]),
        ("About 600 peacekeepers arrived in Juba on Monday, the first Chinese troops in the city.",
         [("China", 600, "Juba", "arrived")]),
    ],
)
def test_a_phrase_that_says_again_what_the_unit_is_names_its_sender(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Rwanda, with roughly 3,200 soldiers, remains the backbone of the mission in Darfur.",
         [("Rwanda", 3200, "Darfur", "stationed")]),
        ("Bangladesh, with about 1,400 troops in Mali, is the largest contributor.",
         [("Bangladesh", 1400, "Mali", "stationed")]),
    ],
)
def test_a_body_with_a_counted_force(rows, body, expected):
    assert rows(body) == expected


def test_a_convoy_with_soldiers_is_no_sender(rows):
    assert [actor for actor, *_ in rows("The convoy, with 300 soldiers, left Gao at dawn.")] != ["convoy"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Indian Navy has deployed a frigate to the Gulf of Aden.", [("India", 0, "the Gulf of Aden", "deploying")]),
        ("The Bundeswehr will send 150 soldiers to Lithuania.", [("Germany", 150, "Lithuania", "announced")]),
        ("About 150 Australian Defence Force personnel will deploy to Banda Aceh.",
         [("Australia", 150, "Banda Aceh", "announced")]),
        ("The Royal Navy will send a destroyer to the Gulf.", [("Britain", 0, "Gulf", "announced")]),
        ("The U.S. Navy has sent two destroyers to the eastern Mediterranean.",
         [("U.S.", 0, "Mediterranean", "deploying")]),
    ],
)
def test_a_state_s_armed_service_sends_for_the_state(rows, body, expected):
    assert rows(body) == expected


def test_a_service_named_by_its_kind_alone_keeps_its_name(rows):
    # no country in the name, none in a dateline: nothing to resolve it to
    assert [actor for actor, *_ in rows("The Department of the Army will deploy 800 soldiers to Korea.")] == [
        "Department of the Army"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The UN mission in Somalia now has about 28,000 peacekeepers from more than 20 nations.",
         [("UN", 28000, "Somalia", "stationed")]),
        ("Some 40,000 Yugoslav soldiers and special police must leave Kosovo within 11 days.",
         [("Yugoslavia", 40000, "Kosovo", "withdrawn")]),
    ],
)
def test_what_a_mission_has_and_senders_of_former_states(rows, body, expected):
    assert rows(body) == expected


def test_an_army_s_strength_is_no_deployment(rows):
    assert rows("The army has about 28,000 soldiers and 300 tanks.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("France flew its first group of around 100 paratroopers home from Bamako on Tuesday.",
         [("France", 100, "Bamako", "withdrawn")]),
        ("Britain will send 500 troops home from Iraq by Christmas.", [("Britain", 500, "Iraq", "withdrawn")]),
        ("The last 300 Dutch soldiers will head home from Uruzgan next week.",
         [("Netherlands", 300, "Uruzgan", "withdrawn")]),
    ],
)
def test_moved_home_is_withdrawn(rows, body, expected):
    assert rows(body) == expected


def test_troops_pulling_something_else_do_not_move(rows):
    assert rows("The mission's roughly 9,000 troops have been pulling bodies from the rubble in Port-au-Prince.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A West African force, AFISMA, has around 6,300 soldiers in Mali.", [("AFISMA", 6300, "Mali", "stationed")]),
        ("The UN mission, MINUSTAH, has about 9,000 troops in Haiti.", [("MINUSTAH", 9000, "Haiti", "stationed")]),
    ],
)
def test_a_force_s_own_name_set_off_after_it_is_the_sender(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("India massed some 500,000 troops along the border.", [("India", 500000, "the border", "arrived")]),
        ("Russia has deployed 80,000 troops along the frontier, officials said.",
         [("Russia", 80000, "the frontier", "deploying")]),
    ],
)
def test_the_line_troops_are_massed_along_is_their_place(rows, body, expected):
    assert rows(body) == expected


def test_a_place_inside_where_they_come_from_is_not_where_they_go(rows):
    assert rows("Around 450 German troops have been moved by rail and road from bases in Bavaria over the past "
                "three weeks.") == [("Germany", 450, "", "deploying")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The evacuation from Kabul's airport went on on Friday. Some 5,400 U.S. troops remained at the airport, "
         "officials said.", [("U.S.", 5400, "Kabul's airport", "stationed")]),
        ("Some 5,400 U.S. troops remained at the airport, officials said.", [("U.S.", 5400, "the airport", "stationed")]),
    ],
)
def test_the_site_named_again_is_the_site_named_before(rows, body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Pentagon has about 40,000 troops spread across the Middle East.",
         [("United States", 40000, "the Middle East", "stationed")]),
        ("About 3,000 French soldiers are spread across the Sahel.", [("France", 3000, "the Sahel", "stationed")]),
    ],
)
def test_troops_spread_across_a_region_are_there(rows, body, expected):
    assert rows(body) == expected
