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
