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


# A group noun counted by its members: "a unit of 140 gendarmes"


def test_unit_of_counted_gendarmes(extractor):
    deps = deployments(extractor, "Niger will deploy a unit of 140 gendarmes to northern Mali.")
    assert [(a, c, d) for a, c, _, d, _ in deps] == [("Niger", 140, "northern Mali")]


def test_unit_of_counted_paratroopers_sent(extractor):
    deps = deployments(extractor, "Senegal has sent a unit of 90 paratroopers to Gambia.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("Senegal", 90, "deploying")]


def test_unit_of_counted_carabinieri_arriving(extractor):
    deps = deployments(extractor, "A unit of 60 carabinieri arrived in Kosovo on Monday.")
    assert [(c, d, s) for _, c, _, d, s in deps] == [(60, "Kosovo", "arrived")]


def test_units_of_equipment_are_no_troops(extractor):
    assert deployments(extractor, "The factory produced 300 units of ammunition for the army.") == []


# A country of two words that the model tags as a person sends by its name


def test_two_word_country_sends(extractor):
    deps = deployments(extractor, "Sierra Leone has sent 850 soldiers to Somalia.")
    assert [(a, c) for a, c, *_ in deps] == [("Sierra Leone", 850)]


def test_two_word_country_withdraws(extractor):
    deps = deployments(extractor, "Sri Lanka will withdraw its 120 peacekeepers from Haiti next month.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("Sri Lanka", 120, "withdrawn")]


def test_two_word_country_with_a_group_noun(extractor):
    deps = deployments(extractor, "Burkina Faso will deploy a unit of 140 gendarmes to Niger.")
    assert [(a, c) for a, c, *_ in deps] == [("Burkina Faso", 140)]


# The rest of a force told just before, the unit left out: "the remaining 400 are on their way"


def test_remaining_count_on_its_way(extractor):
    deps = deployments(extractor, "The first 200 Dutch marines landed in Cyprus on Monday. "
                                  "The remaining 300 are on their way.")
    assert ("Netherlands", 300, "marines", "Cyprus", "en_route") in deps


def test_other_count_due_next_week(extractor):
    deps = deployments(extractor, "The first 120 Kenyan soldiers arrived in Port-au-Prince on Friday. "
                                  "The other 280 are due next week.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("Kenya", 120, "arrived"), ("Kenya", 280, "en_route")]


def test_remaining_count_that_is_no_deployment(extractor):
    deps = deployments(extractor, "Italy has 500 troops in Lebanon. The remaining 40 were killed in 2019.")
    assert [c for _, c, *_ in deps] == [500]


# A counted few specialists ("officers", "medics") that a country sends or keeps


def test_country_keeps_counted_officers(extractor):
    deps = deployments(extractor, "Austria will keep 20 officers at the headquarters of the EU force in Tuzla.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("Austria", 20, "stationed")]


def test_country_sends_counted_officers(extractor):
    deps = deployments(extractor, "Ireland will send 12 officers to the UN mission in Mali.")
    assert [(a, c, d) for a, c, _, d, _ in deps] == [("Ireland", 12, "Mali")]


def test_country_deploys_counted_medics(extractor):
    deps = deployments(extractor, "Norway has deployed 15 medics to the border with Ukraine.")
    assert [(a, c, s) for a, c, _, _, s in deps] == [("Norway", 15, "deploying")]


def test_a_company_or_a_state_of_a_federation_sends_no_specialists(extractor):
    assert deployments(extractor, "The company will send 40 engineers to Texas.") == []
    assert deployments(extractor, "Texas will send 40 engineers to repair the bridge.") == []
