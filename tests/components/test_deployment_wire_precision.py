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
