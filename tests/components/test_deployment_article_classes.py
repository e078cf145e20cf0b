"""Deployment constructions that reach across an article: where a deployment goes when its
sentence names no place, who sends it when the sentence's subject only reports it, and
when a later mention repeats an earlier deployment. Invented sentences, published 2023-06-01."""

import pytest

HEAD = "Test headline\n\n"


def _deps(extractor, body, head=HEAD):
    f = extractor.extract(head + body, published="2023-06-01")
    return [((d.actor or ""), d.count or 0, d.status, d.destination or "") for d in f.deployments]


# -- a deployment whose sentence names no place goes where the article's deployments go --

@pytest.mark.parametrize(
    ("body", "unit", "destination"),
    [
        ("Norland is sending 300 troops to Vessa and keeping a battalion ready in case of need.",
         "battalion", "Vessa"),
        ("Sending 40 sailors to Port Ilse and holding a brigade on standby shows resolve, Ardo said.",
         "brigade", "Port Ilse"),
        ("Ardenia has sent 2,000 troops to Kelmar. Brevia and Corland also committed ground troops.",
         "ground troops", "Kelmar"),
        ("Some 900 Tovan soldiers have massed in Dellin. Ruthia has also pledged reinforcements.",
         "reinforcements", "Dellin"),
    ],
)
def test_a_deployment_without_a_place_goes_where_the_last_one_went(extractor, body, unit, destination):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    got = {d.destination for d in f.deployments if d.unit.endswith(unit)}
    assert got == {destination}


@pytest.mark.parametrize(
    ("head", "body", "destination"),
    [
        ("Test headline\n\nVESKO, Ardenia (Wire) — ",
         "Rebels have gained ground since the withdrawal of foreign troops last year.", "Ardenia"),
        ("Test headline\n\nPORT ILSE, Tarvia (Wire) — ",
         "Since the pullout of peacekeepers in May, looting has spread.", "Tarvia"),
        (HEAD, "A bomb hit a convoy in northern Tarvia on Sunday. Peacekeepers who deployed in 2015 "
               "have often been targeted.", "Tarvia"),
    ],
)
def test_a_deployment_without_a_place_is_in_the_article_s_country(extractor, head, body, destination):
    assert [d for *_, d in _deps(extractor, body, head=head)] == [destination]


@pytest.mark.parametrize(
    "body",
    [
        "Chad and Niger also committed ground troops, to a lesser extent.",
        "The council boosted its peacekeeping force to 9,000 troops.",
        "Kenya has pledged 1,000 troops, Kenya's president said.",
    ],
)
def test_the_sender_s_own_country_is_no_destination(extractor, body):
    assert {d for *_, d in _deps(extractor, body)} == {""}


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("The government has sent reinforcements from Vell to protect the districts of Arn and Bole.",
         "the districts of Arn and Bole"),
        ("About 2,000 Tovan soldiers have massed to defend Ardenia.", "Ardenia"),
        ("Kestria rushed 500 troops to secure the port of Haldane.", "Haldane"),
    ],
)
def test_a_purpose_clause_names_the_place(extractor, body, destination):
    assert [d for *_, d in _deps(extractor, body)] == [destination]


# -- who sends: not the one who reports it, not the last actor of another sentence --

@pytest.mark.parametrize(
    "body",
    [
        "The state news agency said the military were rushed to the scene.",
        "The Daily Courier reported that troops had been sent to the border.",
        "Vell Radio said soldiers were deployed to the flooded valley.",
    ],
)
def test_a_news_outlet_that_reports_a_deployment_does_not_send_it(extractor, body):
    actors = [a for a, *_ in _deps(extractor, body)]
    assert actors and not any(w in a.lower() for a in actors for w in ("agency", "courier", "radio"))


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("VESKO, Ardenia — Rebels attacked the town of Arn on Monday. The government has sent "
         "reinforcements to Arn.", "Ardenia"),
        ("Rebels have stepped up pressure since the withdrawal of foreign troops. The government "
         "has sent reinforcements to Bole.", "government"),
    ],
)
def test_the_sending_verb_s_own_subject_comes_before_an_earlier_actor(extractor, body, actor):
    got = [a for a, _, s, _ in _deps(extractor, body) if s != "withdrawn"]
    assert len(got) == 1 and actor in got[0] and "Rebels" not in got[0]


# -- a later mention repeats an earlier deployment --

@pytest.mark.parametrize(
    "body",
    [
        "Tovia has deployed 1,200 peacekeepers to Arnhold. Tovian peacekeepers would be deployed to "
        "the region, the president said.",
        "Kestria deployed more than 800 soldiers to Dellin on Sunday. The agency said the military "
        "were rushed to the scene.",
        "Ruthia will send 600 soldiers and police officers to Vessa. These military and police "
        "officers sent to Vessa will work with local forces.",
    ],
)
def test_a_later_vague_mention_is_the_same_deployment(extractor, body):
    assert len(_deps(extractor, body)) == 1


# -- lexicon: capitalised unit words, GIs, carriers, ships a navy holds --

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Officials said the administration plans to deploy 12,000 Marines to the region.",
         (12000, "announced")),
        ("An estimated 9,000 American GIs have already massed in Tovia.", (9000, "arrived")),
        ("The Velmoran Marines sent 300 Marines to Port Ilse on Monday.", (300, "deploying")),
    ],
)
def test_capitalised_marines_and_gis_are_units(extractor, body, expected):
    assert [(c, s) for _, c, s, _ in _deps(extractor, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "unit", "status"),
    [
        ("Fighter planes and the aircraft carrier Ostrava are also headed to Tovia.", "carrier", "en_route"),
        ("The Velmoran Navy has 12 ships in the blockade of Port Ilse.", "ships", "stationed"),
        ("Kestria has sent four warships to the Strait of Arn.", "warships", "deploying"),
    ],
)
def test_ships_are_deployed_but_not_counted_as_people(extractor, body, unit, status):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert [(d.unit.split()[-1], d.count, d.status) for d in f.deployments] == [(unit, None, status)]


# -- not deployments: a hope; the body that announces is not what is sent --

@pytest.mark.parametrize(
    "body",
    [
        "Ardo said he had no hope that Tovia would withdraw its army from Kelmar.",
        "Villagers hope the government will send soldiers to the valley.",
        "The army announced that it had opened an inquiry.",
        "The military plans to review its budget next year.",
    ],
)
def test_hopes_and_announcing_bodies_are_not_deployments(extractor, body):
    assert _deps(extractor, body) == []


# -- status: hearsay verbs over the status verb; a place after "in" is a place --

@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Some 200 Tovan military personnel are believed to remain at the Arn base.", "stationed"),
        ("About 300 Kestrian soldiers are said to have arrived in Vell.", "arrived"),
        ("Some 1,500 Ruthian troops are thought to be stationed in Dellin.", "stationed"),
    ],
)
def test_hearsay_over_a_status_verb(extractor, body, status):
    assert [s for _, _, s, _ in _deps(extractor, body)] == [status]


@pytest.mark.parametrize(
    "body",
    [
        "The Ruthian troops are larger in number than they used to be.",
        "Tovan soldiers were in good spirits, their commander said.",
    ],
)
def test_being_in_a_state_is_not_being_somewhere(extractor, body):
    assert _deps(extractor, body) == []


# -- a force's total and its planned total --

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Tovan military plans to increase its troop strength in Vell from 8,000 to about 9,500 by March.",
         [(8000, "stationed"), (9500, "announced")]),
        ("Kestria will raise its troop levels in Arn from 1,200 to 2,000.",
         [(1200, "stationed"), (2000, "announced")]),
    ],
)
def test_troop_strength_from_one_total_to_another(extractor, body, expected):
    assert sorted((c, s) for _, c, s, _ in _deps(extractor, body)) == expected


# -- who sends: where they come from, an untagged nationality, a minister's title --

@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Some 90 airmen from the Tovan air force are now stationed at Arn air base.", "Tova"),  # its country, or the force by name
        ("About 300 troops from Ruthia arrived in Vell on Monday.", "Ruthia"),
        ("The next rotation of 250 Kestrian troops will fly to Dellin in May.", "Kestria"),
        ("Velmora has placed 1,500 paratroopers on standby for possible deployment to Arn.", "Velmora"),
    ],
)
def test_actor_from_origin_nationality_or_the_verb_of_a_phrase(extractor, body, actor):
    got = [a for a, *_ in _deps(extractor, body)]
    assert len(got) == 1 and actor[:5] in got[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A 450-strong Tovan contingent arrived in Dellin on Friday.", (450, "arrived")),
        ("The next rotation of 250 Kestrian troops will fly to Dellin in May.", (250, "announced")),
        ('"We will have boots on the ground in Arn by Friday," the minister said.', (0, "announced")),
    ],
)
def test_strength_rotation_and_boots_on_the_ground(extractor, body, expected):
    assert [(c, s) for _, c, s, _ in _deps(extractor, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "destination"),
    [
        ("Ruthia will send 400 troops to the UN peacekeeping mission in Dellin.", "Dellin"),
        ("Kestria has sent 90 soldiers to the EU training mission in Arn.", "Arn"),
    ],
)
def test_the_place_of_a_named_mission(extractor, body, destination):
    assert [d for *_, d in _deps(extractor, body)] == [destination]


def test_boots_on_the_ground_and_the_soldiers_told_after_are_one_deployment(extractor):
    body = ('"We will have boots on the ground in Arn by Friday," the minister said, confirming that '
            "900 soldiers would deploy to the region.")
    assert [(c, s, d) for _, c, s, d in _deps(extractor, body)] == [(900, "announced", "Arn")]


# -- status and place from the rest of the sentence --

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two thousand troops, police and medics already in the area have rescued 40 people.",
         (2000, "stationed", "the area")),
        ("About 500 soldiers already in Dellin have begun clearing roads.", (500, "stationed", "Dellin")),
    ],
)
def test_troops_already_somewhere_are_stationed_there(extractor, body, expected):
    assert [(c, s, d) for _, c, s, d in _deps(extractor, body)] == [expected]


def test_a_deployment_dated_years_back_is_stationed(extractor):
    body = "A bomb hit a convoy of Ruthian peacekeepers who deployed in May 2016 in northern Tarvia."
    assert [s for _, _, s, _ in _deps(extractor, body)] == ["stationed"]


def test_received_reinforcements_have_arrived(extractor):
    body = ('The government has sent reinforcements to Arn, the police chief said. "We have received '
            'some reinforcements," he said.')
    assert [s for _, _, s, _ in _deps(extractor, body)] == ["arrived"]


def test_returning_troops_return_to_the_place_they_left(extractor):
    body = "Kestrian troops left Dellin in 2015, then at the government's request returned two years later."
    assert sorted((s, d) for _, _, s, d in _deps(extractor, body)) == [("arrived", "Dellin"), ("withdrawn", "Dellin")]


def test_a_place_said_to_be_inside_the_first_one_is_the_destination(extractor):
    body = ("Velmora announced the dispatch of 800 soldiers to Kestria. The 800 soldiers will go to Arnvale, "
            "a province in Kestria, officials said.")
    assert [d for *_, d in _deps(extractor, body)] == ["Arnvale"]


@pytest.mark.parametrize(
    "body",
    [
        "Three hundred Kestrian troops arrived in Dellin on Monday to reinforce the border mission.",
        "About 400 soldiers landed at Port Ilse to secure the harbour after the storm.",
    ],
)
def test_a_purpose_clause_is_no_second_step(extractor, body):
    assert len(_deps(extractor, body)) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kestria will begin today the deployment of 600 soldiers to Dellin.", (600, "deploying")),
        ("Tovia launched the deployment of 300 troops to Arn on Monday.", (300, "deploying")),
    ],
)
def test_beginning_a_deployment_is_deploying(extractor, body, expected):
    assert [(c, s) for _, c, s, _ in _deps(extractor, body)] == [expected]


def test_no_hope_of_a_withdrawal_is_no_withdrawal(extractor):
    body = "Ardo said he came away without any feeling of hope that Tovia would withdraw its army from Arn."
    assert _deps(extractor, body) == []


def test_a_main_verb_without_a_subject_takes_the_unit_before_it(extractor):
    body = ("In the largest operation since the war, an estimated 9,000 American GIs have already massed "
            "to defend Ardenia.")
    assert [(c, s, d) for _, c, s, d in _deps(extractor, body)] == [(9000, "arrived", "Ardenia")]
