"""Deployments the reader used to miss or misread: who sends, as news prose names it."""

HEAD = "Test headline\n\n"


def deployments(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return [(d.actor, d.count, d.unit, d.destination, d.status) for d in f.deployments]


# A seat of government named for its state: "the Pentagon", "the Kremlin", "the White House"


def test_seat_of_government_sends_for_its_state(extractor):
    deps = deployments(extractor, "The Pentagon will send 700 more soldiers to Romania.")
    assert [(a, c) for a, c, *_ in deps] == [("United States", 700)]


def test_seat_of_government_in_the_perfect(extractor):
    deps = deployments(extractor, "The Kremlin has sent 500 paratroopers to Belarus.")
    assert [(a, c) for a, c, *_ in deps] == [("Russia", 500)]


def test_seat_of_government_withdrawing_through_a_pronoun(extractor):
    deps = deployments(extractor, "The Kremlin said it had pulled 1,200 troops out of Armenia.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("Russia", 1200, "withdrawn")]


def test_seat_of_government_as_a_modifier_of_officials(extractor):
    deps = deployments(extractor, "Pentagon officials said 2,000 Marines were on standby for Liberia.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("United States", 2000, "standby")]


def test_a_named_ministry_is_no_seat(extractor):
    # a named department is kept as named: only the seats news uses for a state are read as it
    deps = deployments(extractor, "The Department of the Army will deploy 1,100 soldiers to Qatar.")
    assert deps and all(a != "United States" for a, *_ in deps)
