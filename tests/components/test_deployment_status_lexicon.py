"""Deployments: the words of units and verbs, the status said, and what is no deployment.

Invented sentences (published 2023-06-01), several per construction, real and invented
countries mixed.
"""

import pytest

HEAD = "Test headline\n\n"


def _deps(extractor, body, head=HEAD):
    f = extractor.extract(head + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.status, d.destination or "") for d in f.deployments)


def _units(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return [(d.count or 0, d.unit) for d in f.deployments]


# Class 1: units and verbs of the lexicon.

@pytest.mark.parametrize(
    ("body", "count", "unit"),
    [
        ("Italy has sent 200 carabinieri to Lumeria to train the local police.", 200, "carabinieri"),
        ("Rome will deploy 150 carabinieri to Kosovo next week.", 150, "carabinieri"),
        ("Norway will send 20 military observers to the demilitarised zone.", 20, "military observers"),
        ("Kaldoria sent 120 staff officers to the headquarters in Ostra City.", 120, "staff officers"),
        ("Poland has deployed 250 border guards to the crossing at Terespol.", 250, "border guards"),
        ("Tarvia confirmed that it had sent 300 border guards to the Vask crossing.", 300, "border guards"),
        ("Germany will station 300 air force personnel at the Kelm air base.", 300, "air force personnel"),
        ("Belgium is sending a 35-member field-hospital team to Halvany.", 35, "field-hospital team"),
        ("Luxembourg has deployed a reconnaissance platoon to the Varn river.", 0, "reconnaissance platoon"),
        ("Denmark will send two platoons of paratroopers to Gao.", 0, "platoons"),
        ("Poland will send an engineering company to Amsel.", 0, "engineering company"),
        ("Norway will send a mine-clearance unit to the port of Vell.", 0, "mine-clearance unit"),
        ("Pellaria sent a riot-control unit to Belmar on Sunday.", 0, "riot-control unit"),
        ("Two ships carried 700 Brelland marines to Orr Island on Monday.", 700, "marines"),
    ],
)
def test_units_of_the_lexicon(extractor, body, count, unit):
    assert (count, unit) in _units(extractor, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Zarkan army has flown in 60 medics to the flood-hit town of Emsel.", [("Zarka", 60, "arrived", "Emsel")]),
        ("Kenya flew in 300 police officers to Haiti on Monday.", [("Kenya", 300, "arrived", "Haiti")]),
        ("The Essland police have drafted in 400 officers to Bramford ahead of the match.",
         [("Essland", 400, "deploying", "Bramford")]),
        ("Ghana will shift 500 troops to the northern border.", [("Ghana", 500, "announced", "the northern border")]),
        ("Brazil shifted 400 soldiers to the state of Roraima on Friday.", [("Brazil", 400, "deploying", "Roraima")]),
        ("Some 90 gendarmes have been posted to the border town of Vask since Tarvia began its crackdown in April.",
         [("Tarvia", 90, "stationed", "Vask")]),
        ("About 1,000 Russian troops have poured into the region this week.", [("Russia", 1000, "arrived", "the region")]),
        ("Estonia will beef up its garrison in Narva with 200 troops.", [("Estonia", 200, "announced", "Narva")]),
    ],
)
def test_verbs_of_the_lexicon(extractor, body, expected):
    # the count, status and place the verb tells (the sender is read elsewhere)
    assert [d[1:] for d in _deps(extractor, body)] == [e[1:] for e in expected]


@pytest.mark.parametrize(
    ("body", "count", "unit"),
    [
        ("Nuvolo will contribute an 850-member infantry battalion to the UN force in Tesh.", 850, "battalion"),
        ("Tarvia will send an infantry battalion of 850 to Oskar.", 850, "battalion"),
        ("Chile is sending a 600-strong marine battalion to Haiti.", 600, "battalion"),
        ("A company of 140 Brenmark army engineers arrived in Dessa on Sunday.", 140, "company"),
    ],
)
def test_a_counted_group_keeps_its_head(extractor, body, count, unit):
    assert any(c == count and u.split()[-1] == unit or u.startswith(unit) for c, u in _units(extractor, body))


# Class 2: the status and place said.

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A battalion of 600 Tarvian soldiers left the port of Skell on Saturday, bound for Ostra.",
         [("Tarvia", 600, "en_route", "Ostra")]),
        ("Some 300 Kenyan police officers boarded a flight in Nairobi on Monday bound for Haiti.",
         [("Kenya", 300, "en_route", "Haiti")]),
        ("The frigate Kestrel and 180 Danish sailors sailed from Aarhus on Friday, bound for the Red Sea.",
         [("Denmark", 180, "en_route", "the Red Sea")]),
        ("A contingent of 250 Velmoran troops set off for Lake Ismara on Sunday.", [(250, "en_route", "Lake Ismara")]),
        ("The 400 Brazilian peacekeepers will leave for Haiti next week.", [("Brazil", 400, "en_route", "Haiti")]),
        ("A company of 150 Tarvian soldiers left Skell aboard a ferry on Friday, bound for the UN mission in Ulmo.",
         [(150, "en_route", "Ulmo")]),
    ],
)
def test_bound_for_and_set_off_for_are_on_the_way(extractor, body, expected):
    got = _deps(extractor, body)
    assert len(got) == len(expected)
    assert [d if len(e) == 4 else d[1:] for d, e in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The first 200 Kenyan police officers touched down in Port-au-Prince on Tuesday.",
         [("Kenya", 200, "arrived", "Port-au-Prince")]),
        ("A plane with 90 Chilean soldiers landed in Ostra City on Friday.", [("Chile", 90, "arrived", "Ostra City")]),
        ("Kenya flew in 300 police officers to Haiti on Monday.", [("Kenya", 300, "arrived", "Haiti")]),
    ],
)
def test_touched_down_landed_and_flown_in_have_arrived(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The lead brigade of the alliance's rapid response force, about 5,000 troops, was placed on heightened "
         "readiness on Monday.", 5000),
        ("Germany has put 2,000 soldiers on high alert to deploy to Lithuania.", 2000),
        ("Some 800 Tarvian paratroopers are on standby for a deployment to Ulmo.", 800),
        ("The army is holding 1,500 troops ready to move to the border.", 1500),
    ],
)
def test_readiness_alert_and_standby_hold_a_force_ready(extractor, body, count):
    got = _deps(extractor, body)
    assert [(c, s) for _, c, s, _ in got] == [(count, "standby")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("DESSA, Lumeria — A company of 140 Tarvian army engineers arrived here on Sunday from Holm.",
         [(140, "arrived", "Dessa")]),
        ("KANO, Nigeria (Reuters) - About 300 Chadian soldiers arrived here on Monday to help fight the insurgents.",
         [(300, "arrived", "Kano")]),
        ("OSTRA, Velmora — Some 450 Brelland peacekeepers are stationed here under the UN flag.",
         [(450, "stationed", "Ostra")]),
    ],
)
def test_here_after_a_dateline_is_the_datelines_place(extractor, body, expected):
    f = extractor.extract(body, published="2023-06-01")
    assert sorted((d.count, d.status, d.destination) for d in f.deployments) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ardessan riot police who had been sent to Semik in March to contain protests were recalled to the capital "
         "on Saturday.", [(0, "withdrawn", "Semik")]),
        ("The 300 Tarvian gendarmes who were deployed to Vask last year were recalled to their barracks on Monday.",
         [(300, "withdrawn", "Vask")]),
        ("Brazil withdrew 200 soldiers from Haiti to their bases in Rio on Friday.", [(200, "withdrawn", "Haiti")]),
    ],
)
def test_a_recall_is_from_where_they_were_sent(extractor, body, expected):
    assert [d[1:] for d in _deps(extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Canada's contingent of 310 arrived in Riga overnight, bringing the battlegroup to 1,200 troops.",
         [("Canada", 310, "arrived", "Riga")]),
        ("A further 200 Irish soldiers arrived in Naqoura on Friday, raising the battalion's strength to 650.",
         [("Ireland", 200, "arrived", "Naqoura")]),
        ("The last 90 Irish soldiers left Golan on Friday, ending the country's 40-year mission.",
         [("Ireland", 90, "withdrawn", "Golan")]),
    ],
)
def test_new_arrivals_not_the_total_they_make(extractor, body, expected):
    assert _deps(extractor, body) == expected


# Class 3: what is no deployment, and the later stages of a force.

@pytest.mark.parametrize(
    "body",
    [
        "Brenmark has so far ruled out sending any of its own forces.",
        "Germany will send tanks to Kyiv but says it will keep its own forces out of the war.",
        "Denmark denied that any of its soldiers had been moved to the border.",
        "The general, whose request for reinforcements has gone unanswered for months, resigned.",
        "The arrival of reinforcements could change the balance in the north, analysts said.",
        "Commanders on the front say they urgently need reinforcements.",
        "The opposition demanded that the government send 2,000 troops to the border.",
        "Lumeria refused to send troops to the mission in Tesh.",
        "Velmora has contributed troops to the mission since its creation in 2011.",
        "Velmora has rotated troops through the mission since 2011.",
        "Ghana has sent soldiers to UN missions since the 1960s.",
    ],
)
def test_forces_talked_of_in_general_refused_or_asked_for_are_none(extractor, body):
    assert _deps(extractor, body) == []


def test_a_denied_move_beside_a_confirmed_one(extractor):
    body = ("Sorinth confirmed that it had sent 250 border guards to the Kar crossing but denied that any regular "
            "army units had been moved there.")
    assert [d[1:] for d in _deps(extractor, body)] == [(250, "deploying", "the Kar crossing")]


def test_a_sending_since_a_date_to_a_named_place_is_a_presence(extractor):
    assert _deps(extractor, "Kenya has sent peacekeepers to Somalia since 2007.") == [("Kenya", 0, "stationed", "Somalia")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("An advance team of 25 Tarvian military engineers landed at Port Amsel on Monday to prepare a camp for the "
         "700-strong battalion that will follow in March.", [(25, "arrived"), (700, "announced")]),
        ("The first 120 Chilean soldiers reached Ostra on Friday; another 300 troops who will be sent later are "
         "training at home.", [(120, "arrived"), (300, "announced")]),
        ("Some 200 Tarvian soldiers arrived in Ulmo on Monday to prepare for the arrival of 600 more.",
         [(200, "arrived"), (600, "announced")]),
        ("An advance party of 30 Danish engineers reached Gao on Sunday to prepare for the deployment of 400 more in "
         "June.", [(30, "arrived"), (400, "announced")]),
        ("A first group of 150 Kenyan police officers landed in Port-au-Prince on Tuesday, ahead of the arrival of a "
         "further 250.", [(150, "arrived"), (250, "announced")]),
    ],
)
def test_later_stages_in_relative_and_purpose_clauses_are_still_to_come(extractor, body, expected):
    assert sorted((c, s) for _, c, s, _ in _deps(extractor, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sorinth will station a squadron of fighter jets and roughly 300 air force personnel at Kelm air base.",
         [(300, "announced", "Kelm air base")]),
        ("Tarvia sent a squadron of F-16 jets and 120 airmen to Amari.", [(120, "deploying", "Amari")]),
        ("Germany will deploy a company of Leopard tanks to Lithuania.", []),
        ("Norway will station a squadron of 200 airmen at the Orland base.", [(200, "announced", "Orland")]),
    ],
)
def test_a_unit_made_of_weapons_is_no_deployment(extractor, body, expected):
    assert [d[1:] for d in _deps(extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ghaldan is sending 1,200 soldiers to its restive Anza province, the defence ministry said on Friday. "
         "The troops will be based in the provincial capital, Marr Junction.", [(1200, "deploying", "Anza province")]),
        ("Kenya will deploy 1,000 police officers to Haiti, the government said. The officers will be stationed in "
         "the capital, Port-au-Prince.", [(1000, "announced", "Haiti")]),
        ("Brazil sent 500 soldiers to the state of Roraima on Monday. The troops will guard the border town of "
         "Pacaraima.", [(500, "deploying", "Roraima")]),
    ],
)
def test_the_troops_said_again_are_the_force_just_told(extractor, body, expected):
    assert [d[1:] for d in _deps(extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The division has put 2,000 paratroopers on alert to deploy to Europe.", [(2000, "standby", "Europe")]),
        ("Japan is holding 500 soldiers ready to move to the quake zone.", [(500, "standby", "the quake zone")]),
        ("The Kaldorian army has placed 3,000 soldiers on standby to deploy to the flood-hit south, a spokesman said.",
         [(3000, "standby", "the flood-hit south")]),
        ("Some 800 Tarvian paratroopers are on standby to fly to Ulmo.", [(800, "standby", "Ulmo")]),
    ],
)
def test_the_place_a_force_is_held_ready_to_move_to(extractor, body, expected):
    assert [d[1:] for d in _deps(extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Germany is reinforcing its brigade in Lithuania with 1,200 additional soldiers.",
         [("Germany", 1200, "deploying", "Lithuania")]),
        ("Canada's 1,000-strong contingent in Latvia will be reinforced by 300 soldiers next year.",
         [("Canada", 300, "announced", "Latvia"), ("Canada", 1000, "stationed", "Latvia")]),
        ("Poland is beefing up its border with Belarus with 10,000 more troops.",
         [("Poland", 10000, "deploying", "its border with Belarus")]),
        ("Finland will strengthen its eastern border with 500 conscripts and 300 border guards.",
         [("Finland", 300, "announced", "its eastern border"), ("Finland", 500, "announced", "its eastern border")]),
    ],
)
def test_the_force_reinforced_is_there_the_one_it_gets_is_sent(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The general declined to speculate on when the Iraqi forces would be ready.",
        "Officials would not say whether the 300 marines were on standby.",
        "The minister refused to say when the 500 Tarvian soldiers would be on their way.",
    ],
)
def test_a_status_phrase_in_a_question_left_open_is_none(extractor, body):
    assert _deps(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Some 3,000 Indian troops have been airlifted to Kashmir since Friday.", [("India", 3000, "deploying", "Kashmir")]),
        ("Hundreds of Tarvian soldiers have been sent to Ulmo since Monday.", [("Tarvia", 0, "deploying", "Ulmo")]),
        ("Some 400 Tarvian gendarmes have been posted to Vask since April.", [("Tarvia", 400, "stationed", "Vask")]),
    ],
)
def test_a_move_since_a_day_of_this_week_is_under_way_a_posting_since_long_is_a_presence(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Any deployment of foreign troops would need parliamentary approval, the minister said.",
        "The treaty says no deployment of foreign soldiers is allowed on the islands.",
        "President Sorel said he could not rule out sending Velmoran troops to Tesh.",
    ],
)
def test_any_or_no_deployment_is_none(extractor, body):
    assert _deps(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The Netherlands will contribute a frigate and 160 sailors to the mission.", 160),
        ("Norway will send a corvette and 70 sailors to the Gulf of Guinea.", 70),
        ("Tarvia will contribute a frigate and 210 sailors to the task force.", 210),
    ],
)
def test_the_count_of_sailors_listed_after_their_ship(extractor, body, count):
    assert count in [c for _, c, _, _ in _deps(extractor, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Britain withdrew 500 of its 900 soldiers from Estonia, leaving 400 there.",
         [("Britain", 400, "stationed", "Estonia"), ("Britain", 500, "withdrawn", "Estonia")]),
        ("Tarvia pulled 300 troops out of Ulmo on Monday, leaving about 150 behind to guard the airport.",
         [("Tarvia", 150, "stationed", "Ulmo"), ("Tarvia", 300, "withdrawn", "Ulmo")]),
        ("The last 90 Irish soldiers left Golan on Friday, leaving the base empty.",
         [("Ireland", 90, "withdrawn", "Golan")]),
    ],
)
def test_a_withdrawal_and_the_part_of_the_force_it_leaves_there(extractor, body, expected):
    assert _deps(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ardessan riot police who had been sent to Semik in March to contain protests over the new dam were recalled to "
        "the capital on Saturday, the interior ministry said.",
        "Tarvian riot police who had been deployed to Ulmo last month were withdrawn on Sunday.",
    ],
)
def test_riot_police_the_parser_split_are_one_unit(extractor, body):
    f = extractor.extract(body, published="2023-06-01")
    assert [(d.unit, d.status) for d in f.deployments] == [("riot police", "withdrawn")]
