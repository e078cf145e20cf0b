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
         [("Brevian navy", 0, "destroyer", "Cape Dorn", "deploying"),
          ("Brevian navy", 0, "frigates", "Port Halm", "deploying")]),
    ],
)
def test_one_sender_to_several_places(extractor, body, expected):
    assert records(extractor, body) == expected
