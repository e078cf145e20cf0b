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
