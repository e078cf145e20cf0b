"""Extra records a force told once must not give: the same force named again later."""

import pytest

HEAD = "Test headline\n\n"


def deployments(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return [(d.actor, d.count, d.unit, d.destination, d.status) for d in f.deployments]


# A force told with a count, then named again as "the <demonym> contingent", "their
# contingent", "the <demonym> troops": one deployment.
@pytest.mark.parametrize("body, expected", [
    ("Norway will send 300 soldiers to Chad, officials said. The Norwegian contingent will leave in May.",
     [("Norway", 300, "soldiers", "Chad", "announced")]),
    ("Kenya and Ghana will each send 400 troops to Sudan. Kenyan officers said their contingent "
     "could leave by July.",
     [("Kenya", 400, "troops", "Sudan", "announced"), ("Ghana", 400, "troops", "Sudan", "announced")]),
    ("Tarvia has sent a 250-strong contingent to Gao, the ministry said. The Tarvian troops will be "
     "based at the airport.",
     [("Tarvia", 250, "contingent", "Gao", "deploying")]),
    ("Brazil has sent 300 more troops to Haiti to reinforce its contingent in the UN mission.",
     [("Brazil", 300, "troops", "Haiti", "deploying")]),
])
def test_force_named_again_is_one_deployment(extractor, body, expected):
    assert deployments(extractor, body) == expected


# "The Lebanon contingent": a force named after the place it goes to is no sender's.
@pytest.mark.parametrize("body, expected", [
    ("Portugal will send 500 soldiers to Mali and 200 to Niger. The Mali contingent will sail next week.",
     [("Portugal", 500, "soldiers", "Mali", "announced"), ("Portugal", 200, "soldiers", "Niger", "announced")]),
    ("Spain is to send 600 troops to Kosovo, the minister said. The Kosovo contingent will fly from Zaragoza.",
     [("Spain", 600, "troops", "Kosovo", "announced")]),
    ("Vestria will deploy 900 soldiers to Ostrava this year. The Ostrava contingent, mostly engineers, "
     "will be the largest it has sent abroad.",
     [("Vestria", 900, "soldiers", "Ostrava", "announced")]),
])
def test_force_named_after_its_destination_is_that_deployment(extractor, body, expected):
    assert deployments(extractor, body) == expected


# A future "leave" with no place left is a planned departure, not a withdrawal.
@pytest.mark.parametrize("body, status", [
    ("The 400 troops will leave in early October, the army said.", "announced"),
    ("About 150 Kestrian marines could leave by mid-July, the navy said.", "announced"),
    ("Officials said 90 Irish soldiers would leave next week.", "announced"),
])
def test_leaving_with_no_place_left_is_a_departure(extractor, body, status):
    assert [d[4] for d in deployments(extractor, body)] == [status]


def test_leaving_a_named_place_is_still_a_withdrawal(extractor):
    assert [d[4] for d in deployments(extractor, "The last 300 British troops left Basra on Sunday.")] == ["withdrawn"]


# "drawn from", "built around", "formed from" a standing unit: where the force comes from,
# not a second deployment.
@pytest.mark.parametrize("body, expected", [
    ("Chile will send 250 soldiers to Haiti. Chilean officers said their contingent, built around a marine "
     "battalion, could sail in June.", [("Chile", 250, "soldiers", "Haiti", "announced")]),
    ("Poland will send 400 troops to Kosovo, the ministry said. The force, formed from an airborne brigade, "
     "will be ready in March.", [("Poland", 400, "troops", "Kosovo", "announced")]),
    ("Kenya will send 400 troops to Sudan. Officers said the force, built around an infantry battalion, "
     "could leave by July.", [("Kenya", 400, "troops", "Sudan", "announced")]),
])
def test_unit_a_force_is_drawn_from_is_no_deployment(extractor, body, expected):
    assert deployments(extractor, body) == expected


# Peacekeepers, troops and a contingent may name the same people.
@pytest.mark.parametrize("body, expected", [
    ("About 300 Uruguayan peacekeepers arrived in Goma on Monday, officials said. The troops, who flew in "
     "from the coast, will guard the airport.", [("Uruguay", 300, "peacekeepers", "arrived")]),
    ("Nepal has sent 850 peacekeepers to Abyei. The Nepalese troops will be based in the town's north.",
     [("Nepal", 850, "peacekeepers", "deploying")]),
    ("Ghana is to send 600 peacekeepers to Juba. The Ghanaian contingent will fly out next week.",
     [("Ghana", 600, "peacekeepers", "announced")]),
])
def test_peacekeepers_named_again_as_troops_are_one_deployment(extractor, body, expected):
    assert [(a, c, u, s) for a, c, u, _, s in deployments(extractor, body)] == expected


# A force still to go, named again as leaving its home base and where it will be based:
# its departure, not a withdrawal nor a second deployment.
@pytest.mark.parametrize("body, expected", [
    ("The Pentagon will send 700 more soldiers to Romania, an official said. The soldiers will leave Fort "
     "Campbell in the coming weeks and will be based at an air base near the Black Sea.",
     [("United States", 700, "soldiers", "Romania", "announced")]),
    ("Canada will deploy 450 soldiers to Latvia next month. The troops will leave Petawawa on Monday and will "
     "be based at a camp near Riga.", [("Canada", 450, "soldiers", "Latvia", "announced")]),
    ("Spain is to send 300 marines to Mali, the ministry said. The marines will leave Cartagena in June.",
     [("Spain", 300, "marines", "Mali", "announced")]),
])
def test_announced_force_leaving_its_home_base_is_one_deployment(extractor, body, expected):
    assert deployments(extractor, body) == expected


def test_withdrawal_of_another_force_is_kept(extractor):
    deps = deployments(extractor, "Britain will send 500 troops to Estonia, officials said. The last British "
                                  "troops left Helmand on Sunday.")
    assert ("Britain", None, "troops", "Helmand", "withdrawn") in deps


# "countries willing to commit troops": the sending describes a kind of sender sought or
# counted, not a sending by any body.
@pytest.mark.parametrize("body", [
    "The U.N. has struggled to find countries willing to commit troops since March.",
    "Diplomats said nations able to send peacekeepers to Darfur were few.",
    "The alliance is still looking for members willing to deploy soldiers to the border.",
])
def test_kind_of_sender_described_is_no_deployment(extractor, body):
    assert deployments(extractor, body) == []


@pytest.mark.parametrize("body, expected", [
    ("Kestria is ready to send 200 troops to Ostrava.", [("Kestria", 200, "troops", "Ostrava", "standby")]),
    ("Ghana said it was willing to send 400 troops to Juba.", [("Ghana", 400, "troops", "Juba", "announced")]),
])
def test_sender_ready_to_send_is_still_read(extractor, body, expected):
    assert deployments(extractor, body) == expected


# "to reinforce the U.N. force": the force a sending goes to strengthen is where it goes,
# not a second deployment; one counted with its own status is a force told of its own.
@pytest.mark.parametrize("body, expected", [
    ("Pakistan will send another 1,000 soldiers to Mogadishu to reinforce the U.N. force there, a spokesman said.",
     [("Pakistan", 1000, "soldiers", "Mogadishu", "announced")]),
    ("Chad has flown 300 troops to Gao to bolster the African force.", [("Chad", 300, "troops", "Gao", "deploying")]),
    ("Rwanda has sent 450 more troops to Bangui to reinforce its contingent in the UN mission.",
     [("Rwanda", 450, "troops", "Bangui", "deploying")]),
    ("Britain will reinforce its garrison in Belize with 200 troops.", [("Britain", 200, "troops", "Belize", "announced")]),
])
def test_force_reinforced_is_no_deployment_of_its_own(extractor, body, expected):
    assert deployments(extractor, body) == expected


def test_counted_force_reinforced_is_kept(extractor):
    deps = deployments(extractor, "Tarvian forces airlifted 150 commandos to Ostrava overnight to reinforce the "
                                  "1,400 soldiers already stationed in the city.")
    assert [c for _, c, _, _, _ in deps] == [150, 1400]
