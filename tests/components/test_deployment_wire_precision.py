"""Wire-story habits that must not add or change deployments.

Each class is a construction of agency copy: the dateline, a force named again with "the",
a force's overall strength, a verb of fighting or handing over that only mentions forces.
"""

import pytest


def deployments(extractor, text):
    f = extractor.extract(text, published="2023-06-01")
    return [(d.actor, d.count, d.unit, d.destination, d.status) for d in f.deployments]


# The dateline names where the story was filed, often the sender's own capital: it is
# no destination unless the body says "here" or "the city".
@pytest.mark.parametrize("text, expected", [
    ("OSLO (Reuters) - Norway will send 200 soldiers to join the UN force, the defence ministry "
     "said on Tuesday. The mandate runs for a year.",
     [("Norway", 200, "soldiers", None, "announced")]),
    ("NAIROBI, March 3 (AP) — Kenya is ready to send 400 troops, the army chief said on Friday. "
     "Parliament must approve the plan.",
     [("Kenya", 400, "troops", None, "standby")]),
    ("ACCRA — Ghana will deploy 150 engineers next month, officials said. The engineers will "
     "repair roads and bridges.",
     [("Ghana", 150, "engineers", None, "announced")]),
    ("LISBON — Portugal will send 120 paratroopers to the Central African Republic in May, the "
     "ministry said on Monday.",
     [("Portugal", 120, "paratroopers", "the Central African Republic", "announced")]),
])
def test_dateline_city_is_no_fallback_destination(extractor, text, expected):
    assert deployments(extractor, text) == expected


# "here" still means the dateline's place.
def test_here_still_means_the_dateline_place(extractor):
    text = "GAO, Mali — About 300 Estonian troops arrived here on Sunday, a spokesman said."
    assert deployments(extractor, text) == [("Estonia", 300, "troops", "Gao", "arrived")]


# "The reinforcements", "the contingent", "the new arrivals", "the incoming soldiers": a
# definite, uncounted word for a force, with no sender of its own, right after a deployment
# is told, is that force again, whatever noun the first mention used.
@pytest.mark.parametrize("text, expected", [
    ("Britain will send a further 900 soldiers to Kosovo, the ministry said. The reinforcements "
     "will begin leaving their barracks at the weekend.",
     [("Britain", 900, "soldiers", "Kosovo", "announced")]),
    ("Three hundred Czech soldiers left for Mali on Monday. The contingent, flown out of Prague, "
     "will be based at Gao.",
     [("Czech Republic", 300, "soldiers", "Mali", "en_route")]),
    ("Ghana flew in 700 troops on Sunday, a UN spokesman said. The reinforcements are to be based "
     "in Goma.",
     [("Ghana", 700, "troops", "Goma", "arrived")]),
    ("Senegal has rotated a battalion of 650 peacekeepers into Darfur. The incoming soldiers were "
     "flown from Dakar to El Fasher.",
     [("Senegal", 650, "battalion", "Darfur", "deploying")]),
    ("Kenya has sent 400 police officers to Haiti. The new arrivals will patrol the capital.",
     [("Kenya", 400, "police officers", "Haiti", "deploying")]),
])
def test_force_named_again_by_a_collective_word(extractor, text, expected):
    assert deployments(extractor, text) == expected


# ... but a collective word with a sender of its own is that sender's force.
def test_collective_word_with_its_own_sender_is_another_force(extractor):
    text = "Kenya has sent 400 police officers to Haiti. The Jamaican contingent will follow in May."
    assert deployments(extractor, text) == [("Kenya", 400, "police officers", "Haiti", "deploying"),
                                            ("Jamaica", None, "contingent", "Haiti", "announced")]


# Leaving for a place is going there, however the parser reads "left"; leaving one's own
# barracks or base is setting off, no withdrawal.
@pytest.mark.parametrize("text, status", [
    ("Four hundred Polish soldiers left for Chad on Sunday.", "en_route"),
    ("About 250 Dutch marines left for Aruba on Friday, the navy said.", "en_route"),
    ("Some 120 Estonian troops left for Lebanon overnight to join the UN force.", "en_route"),
    ("The 300 Tarvian soldiers left their barracks in Rivna on Monday.", "en_route"),
    ("The 300 Tarvian soldiers will leave their barracks on Monday.", "announced"),
    ("About 200 Kenyan troops left their base in Nakuru on Tuesday.", "en_route"),
])
def test_leaving_for_a_place_or_from_home_is_no_withdrawal(extractor, text, status):
    assert [d[4] for d in deployments(extractor, text)] == [status]


# What a body "has" with no place is its strength, told in passing: no deployment.
@pytest.mark.parametrize("text", [
    "The army, which has about 25,000 soldiers, said it was acting under a state of emergency.",
    "The Swedish Armed Forces has around 24,000 full-time personnel.",
    "Tarvia's navy has 3,000 sailors and a dozen frigates, the ministry said.",
    "The country has about 40,000 troops, most of them conscripts, and a small air force.",
])
def test_a_bodys_strength_is_no_deployment(extractor, text):
    assert deployments(extractor, text) == []


# ... but what it has somewhere is stationed there.
@pytest.mark.parametrize("text, expected", [
    ("Norway has 200 soldiers in Mali, the ministry said.", [("Norway", 200, "soldiers", "Mali", "stationed")]),
    ("France already has 3,000 troops in the Sahel.", [("France", 3000, "troops", "the Sahel", "stationed")]),
])
def test_what_a_body_has_somewhere_is_stationed(extractor, text, expected):
    assert deployments(extractor, text) == expected


# Forces that fight, or that receive something, are not moved: no deployment.
@pytest.mark.parametrize("text", [
    "The South's defence ministry said its forces had returned fire.",
    "Government troops opened fire on protesters near the palace on Tuesday.",
    "Commanders said the handover of security to Iraqi forces in two provinces had gone better than expected.",
    "Officials said training for Malian soldiers would go ahead in June.",
])
def test_forces_that_fight_or_receive_are_not_moved(extractor, text):
    assert deployments(extractor, text) == []


# A withdrawal that leaves a count "stationed in X" leaves that many there.
@pytest.mark.parametrize("text, expected", [
    ("Britain will pull 1,000 troops out of Basra by the end of the year, leaving about 6,100 stationed "
     "in Iraq, aides said.",
     [("Britain", 1000, "troops", "Basra", "withdrawn"), ("Britain", 6100, "troops", "Iraq", "stationed")]),
    ("Kestria pulled 200 troops out of Lanza, leaving 150 there.",
     [("Kestria", 200, "troops", "Lanza", "withdrawn"), ("Kestria", 150, "troops", "Lanza", "stationed")]),
])
def test_what_a_withdrawal_leaves_stationed(extractor, text, expected):
    assert deployments(extractor, text) == expected


# The counted force a new one joins or reinforces, "already" there, is stationed there.
@pytest.mark.parametrize("text, expected", [
    ("Germany is sending an additional 270 soldiers to Lithuania, the minister said. The new troops "
     "will join the roughly 500 German soldiers already leading the battlegroup there.",
     [("Germany", 270, "soldiers", "Lithuania", "deploying"), ("Germany", 500, "soldiers", "Lithuania", "stationed")]),
    ("France will send 150 more troops to Bangui to reinforce the 1,400 soldiers already stationed in the capital.",
     [("France", 150, "troops", "Bangui", "announced"), ("France", 1400, "soldiers", "Bangui", "stationed")]),
    ("The 300 Czech soldiers will join the 800 Slovak troops already in Kosovo.",
     [("Czech Republic", 300, "soldiers", "Kosovo", "announced"), ("Slovakia", 800, "troops", "Kosovo", "stationed")]),
])
def test_the_force_joined_already_there_is_stationed(extractor, text, expected):
    assert deployments(extractor, text) == expected


# Coming back from a place is leaving it: withdrawn from there, not arrived.
@pytest.mark.parametrize("text, expected", [
    ("About 500 Dutch soldiers returned from Afghanistan on Monday.",
     [("Netherlands", 500, "soldiers", "Afghanistan", "withdrawn")]),
    ("Some 200 Estonian troops returned from Mali on Friday after a six-month tour, the army said.",
     [("Estonia", 200, "troops", "Mali", "withdrawn")]),
    ("The last 90 Irish peacekeepers returned home from Lebanon last week.",
     [("Ireland", 90, "peacekeepers", "Lebanon", "withdrawn")]),
])
def test_coming_back_from_a_place_is_withdrawn(extractor, text, expected):
    assert deployments(extractor, text) == expected


# "for six months" says how long, never where; "from Catterick Garrison" is where they are
# based, no sender; "as part of Britain's contribution" names the sender.
@pytest.mark.parametrize("text, expected", [
    ("The 200 Irish soldiers will leave for Lebanon on Monday for a six-month tour.",
     [("Ireland", 200, "soldiers", "Lebanon", "en_route")]),
    ("Some 120 soldiers from Catterick Garrison will fly to Estonia later this month as part of "
     "Britain's contribution.",
     [("Britain", 120, "soldiers", "Estonia", "announced")]),
    ("About 300 soldiers will leave for Mali next week as part of Ghana's commitment to the UN mission.",
     [("Ghana", 300, "soldiers", "Mali", "en_route")]),
    ("Fiji will send 200 soldiers to the peacekeeping force on the Sinai Peninsula.",
     [("Fiji", 200, "soldiers", "the Sinai Peninsula", "announced")]),
])
def test_duration_origin_and_contribution(extractor, text, expected):
    assert deployments(extractor, text) == expected


def test_a_duration_is_no_destination(extractor):
    text = "Norway will send 130 soldiers to Chad. The soldiers will leave in early October for six months."
    assert [d[3] for d in deployments(extractor, text)] == ["Chad"]


# A force told without a count, then "the N soldiers": the count of that force, whatever the
# clause around it ("the cabinet approved the plan, and ..." sends nobody).
@pytest.mark.parametrize("text, expected", [
    ("Ireland is to send a new contingent to the UN force on the Golan Heights. The cabinet approved "
     "the deployment yesterday, and the 130 soldiers will leave in early October.",
     [("Ireland", 130, "contingent", "the Golan Heights", "announced")]),
    ("Ghana will deploy troops to Mali, the ministry said. The 300 soldiers will leave next week.",
     [("Ghana", 300, "troops", "Mali", "announced")]),
])
def test_the_counted_mention_of_an_uncounted_force(extractor, text, expected):
    assert deployments(extractor, text) == expected


def test_a_counted_force_elsewhere_is_another(extractor):
    text = "France has sent troops to Mali. The 500 soldiers already in Chad will stay."
    assert deployments(extractor, text) == [("France", None, "troops", "Mali", "deploying"),
                                            ("France", 500, "soldiers", "Chad", "stationed")]


# A presence still to come ("should be in place by", "who will be based in", "how long the
# troops will remain") leaves an announced force announced.
@pytest.mark.parametrize("text", [
    "Denmark and Norway will each send 200 soldiers to Mali, the governments said. Neither country has "
    "said how long the troops will remain.",
    "The Netherlands will contribute 240 soldiers to the force in Kabul. The Dutch contingent should be "
    "in place by early February.",
    "Burkina Faso will deploy a unit of 140 gendarmes to northern Mali. The gendarmes, who will be based "
    "in Timbuktu, are due to leave within three weeks.",
])
def test_a_presence_to_come_is_announced(extractor, text):
    assert {d[4] for d in deployments(extractor, text)} == {"announced"}


def test_those_who_stay_on_after_a_withdrawal_are_there(extractor):
    text = "The last 900 Kestrian troops left Lamba on Thursday, though 200 military advisers will stay on."
    assert ("Kestria", 200, "military advisers", "Lamba", "stationed") in deployments(extractor, text)


# A sender named by its kind alone ("the government", "the Defense Ministry") in a story
# datelined in a capital is that capital's state; a deciding verb's subject sends.
@pytest.mark.parametrize("text, actor", [
    ("NAIROBI (Reuters) - The government will send 400 police officers to Haiti, the interior minister said.", "Kenya"),
    ("TOKYO, Feb. 15 Kyodo - The government on Friday approved sending 680 Ground Self-Defense Force engineers "
     "to East Timor.", "Japan"),
    ("TOKYO - A 350-member Ground Self-Defense Force unit will leave for South Sudan on Sunday, the Defense "
     "Ministry said.", "Japan"),
    ("OSLO - The cabinet decided on Friday to deploy 120 soldiers to Mali.", "Norway"),
    ("BRUSSELS, Jan 20 (Reuters) - European Union foreign ministers agreed on Monday to send around 500 troops "
     "to the Central African Republic.", "European Union"),
])
def test_the_sender_a_capital_dateline_or_a_deciding_subject_names(extractor, text, actor):
    assert [d[0] for d in deployments(extractor, text)] == [actor]


def test_a_body_named_by_kind_without_a_capital_dateline_stays_as_written(extractor):
    text = "The government will send 400 police officers to Haiti, the interior minister said."
    assert [d[0] for d in deployments(extractor, text)] == ["government"]


# Plans weighed, approvals withheld and tolls left are no deployments.
@pytest.mark.parametrize("text", [
    "The Pentagon is weighing a plan to send up to 5,000 additional troops to the Middle East, but no "
    "decision has been made.",
    "The cabinet is considering a proposal to deploy 300 soldiers to the border.",
    "Nigeria's Senate stopped short of approving a request to deploy Nigerian troops there.",
    "Clashes with protesters left 30 peacekeepers injured, the ministry said.",
])
def test_plans_weighed_approvals_withheld_and_tolls_are_no_deployments(extractor, text):
    assert deployments(extractor, text) == []


def test_an_approved_plan_is_announced(extractor):
    assert deployments(extractor, "The Pentagon approved a plan to send 3,000 troops to Poland.") == [
        ("United States", 3000, "troops", "Poland", "announced")]


def test_units_joined_under_one_count_are_one_force(extractor):
    text = "About 400 Estonian soldiers and airmen flew to Mali on Sunday, the ministry said."
    assert [(d[0], d[1]) for d in deployments(extractor, text)] == [("Estonia", 400)]


# A capital that sends stands for its state; a service named by its kind alone ("Force" of a
# hyphenated name) in a capital's dateline is that state's.
@pytest.mark.parametrize("text, actor", [
    ("Rome will send 300 police officers to Lampedusa, the interior ministry said.", "Italy"),
    ("Officials said Nairobi would deploy 1,000 police officers to Haiti in January.", "Kenya"),
    ("TOKYO - The Maritime Self-Defense Force will dispatch two destroyers to waters off Somalia.", "Japan"),
])
def test_a_capital_or_a_kind_of_force_stands_for_its_state(extractor, text, actor):
    assert [d[0] for d in deployments(extractor, text)] == [actor]


# Arrival verbs of a force that moves itself: "jetted into", "flew into", "took up positions";
# "already on the ground" is there.
@pytest.mark.parametrize("text, status", [
    ("The first 400 Kenyan police officers jetted into Port-au-Prince on Tuesday.", "arrived"),
    ("About 200 Estonian soldiers flew into Bamako on Tuesday.", "arrived"),
    ("Some 200 Russian paratroopers took up positions at the airport outside Pristina.", "arrived"),
    ("Some 800 French troops are already on the ground.", "stationed"),
])
def test_arrival_and_presence_phrases(extractor, text, status):
    assert [d[4] for d in deployments(extractor, text)] == [status]


def test_flying_a_force_into_a_place_sends_it(extractor):
    assert [d[4] for d in deployments(extractor, "Britain flew 300 soldiers into Kabul on Monday.")] == ["deploying"]


# The force a new one replaces ("replacing troops who have served there") is no second
# deployment, and does not make the new one "stationed".
def test_the_force_replaced_is_not_the_new_one(extractor):
    text = ("DUBLIN — The next rotation of 340 Irish peacekeepers will leave for southern Lebanon in April, "
            "the Defence Forces said, replacing troops who have served there since October.")
    assert [(d[0], d[1], d[4]) for d in deployments(extractor, text)] == [("Ireland", 340, "announced")]
