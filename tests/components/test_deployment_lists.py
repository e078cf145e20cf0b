"""Several deployments in one sentence or list: each body's share, each source's count, each
stage and each move of one sender its own record (invented and real countries, published
2023-06-01)."""

import pytest

HEAD = "Test headline\n\n"


def _shares(extractor, body):
    """(actor, count, unit) of each deployment: what a reader matches a record by (the unit
    as written, whatever its case at a sentence's start)."""
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.unit.lower()) for d in f.deployments)


def _records(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted(((d.actor or ""), d.count or 0, d.destination or "", d.status) for d in f.deployments)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a later share that is a unit phrase counted by "of": its own count, not the first body's
        ("Spain will contribute 250 soldiers, Portugal 90 and Belgium a field-hospital team of 35.",
         [("Belgium", 35, "field-hospital team"), ("Portugal", 90, "soldiers"), ("Spain", 250, "soldiers")]),
        ("Kelvaria has 450 troops in Ostrava, Dunmark 200 and Tessaly a field-hospital team of 40.",
         [("Dunmark", 200, "troops"), ("Kelvaria", 450, "troops"), ("Tessaly", 40, "field-hospital team")]),
        ("France is sending 400 troops to Mali, Chad 300 and Niger an engineering company of 120.",
         [("Chad", 300, "troops"), ("France", 400, "troops"), ("Niger", 120, "engineering company")]),
        ("Norway will deploy 120 soldiers to Kesh, Sweden 80 and Denmark a medical unit of 25.",
         [("Denmark", 25, "medical unit"), ("Norway", 120, "soldiers"), ("Sweden", 80, "soldiers")]),
        # a name with "the" ("the Philippines", "the Netherlands")
        ("France will send 300 soldiers, Italy 200 and the Philippines a medical team of 40.",
         [("France", 300, "soldiers"), ("Italy", 200, "soldiers"), ("Philippines", 40, "medical team")]),
    ],
)
def test_a_gapped_share_counted_by_of(extractor, body, expected):
    assert _shares(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the first share a bare count, its unit the force the sentence before tells of
        ("Soldiers from four nations now patrol the Dren valley. Norway has 300 there, Sweden 150 and "
         "Finland a signals company.",
         [("Finland", 0, "signals company"), ("Norway", 300, "soldiers"), ("Sweden", 150, "soldiers")]),
        ("Peacekeepers from three countries are already in Lamba. Kelvaria has 400 there, Dunmark 250 "
         "and Ostrel a medical team of 30.",
         [("Dunmark", 250, "peacekeepers"), ("Kelvaria", 400, "peacekeepers"), ("Ostrel", 30, "medical team")]),
        ("Troops from several allies are stationed along the border. Poland has 800 there and Lithuania 300.",
         [("Lithuania", 300, "troops"), ("Poland", 800, "troops")]),
    ],
)
def test_gapped_shares_of_a_force_told_before(extractor, body, expected):
    assert _shares(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bulletin's list after a heading of pledges: "body, count unit; body, count; ..."
        ("Contributions confirmed so far for the force in Lamba: Kelvaria, 300 troops; Dunmark, 120; "
         "Ostrel, an engineering company of 90.",
         [("Dunmark", 120, "troops"), ("Kelvaria", 300, "troops"), ("Ostrel", 90, "engineering company")]),
        ("Pledges so far: Ireland, 150 soldiers; Austria, 80; Malta, a medical team of 12.",
         [("Austria", 80, "soldiers"), ("Ireland", 150, "soldiers"), ("Malta", 12, "medical team")]),
        ("Troop offers received by noon: Ghana, 600 peacekeepers; Senegal, 400; Benin, 250.",
         [("Benin", 250, "peacekeepers"), ("Ghana", 600, "peacekeepers"), ("Senegal", 400, "peacekeepers")]),
    ],
)
def test_a_bulletin_list_of_contributions(extractor, body, expected):
    assert _shares(extractor, body) == expected


def test_a_bulletin_list_is_announced_to_the_force_it_names(extractor):
    body = "Pledges so far for the mission in Lamba: Ireland, 150 soldiers; Austria, 80."
    assert _records(extractor, body) == [("Austria", 80, "Lamba", "announced"), ("Ireland", 150, "Lamba", "announced")]


@pytest.mark.parametrize(
    "body",
    [
        # a list of counts after a colon that pledges nothing is no deployment
        "Results so far: Kelvaria, 300 votes; Dunmark, 120; Ostrel, 90.",
        "Casualties reported so far: Kelvaria, 30 soldiers; Dunmark, 12.",
    ],
)
def test_a_colon_list_without_pledges_is_no_deployment(extractor, body):
    assert _shares(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a force made of bodies' shares, each "from" the body that gives it; "each" shares a count
        ("The regional force will draw 1,000 soldiers from Kenya and 750 each from Ghana and Togo.",
         [("Ghana", 750), ("Kenya", 1000), ("Togo", 750)]),
        ("The brigade will include 600 soldiers from Kelvaria and 300 each from Dunmark and Ostrel.",
         [("Dunmark", 300), ("Kelvaria", 600), ("Ostrel", 300)]),
        ("The mission will be made up of 800 troops from Nigeria, 400 from Senegal and 250 from Benin.",
         [("Benin", 250), ("Nigeria", 800), ("Senegal", 400)]),
        ("The new force will comprise 500 peacekeepers each from Kelvaria and Dunmark.",
         [("Dunmark", 500), ("Kelvaria", 500)]),
    ],
)
def test_shares_each_from_the_body_that_gives_them(extractor, body, expected):
    assert [(a, c) for a, c, _ in _shares(extractor, body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a list of the dead or of what a force holds, not of who sends troops
        "The dead include 12 soldiers from Kenya and three each from Ghana and Togo.",
        "The convoy will draw fuel from Kenya and water from Ghana.",
    ],
)
def test_shares_from_bodies_of_no_force_are_no_deployments(extractor, body):
    assert _shares(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "each" on joined senders, with a later body's share after the verb left out
        ("Kelvaria and Dunmark will each contribute 400 soldiers, and Ostrel 200.",
         [("Dunmark", 400), ("Kelvaria", 400), ("Ostrel", 200)]),
        ("Ghana and Togo will each send 750 troops and Benin 500.",
         [("Benin", 500), ("Ghana", 750), ("Togo", 750)]),
        # the unit told the sentence before, the count bare
        ("The force will need 3,000 troops by June. Ghana and Togo will each send 750, and Benin 500.",
         [("Benin", 500), ("Ghana", 750), ("Togo", 750)]),
    ],
)
def test_joined_senders_each_and_a_later_share(extractor, body, expected):
    assert [(a, c) for a, c, _ in _shares(extractor, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one sender, two moves: each its own deployment, to the place after "to", never the "from" one
        ("Germany will move 800 troops from Bavaria to Lithuania and send another 400 from Munster to Latvia.",
         [("Germany", 400, "Latvia", "announced"), ("Germany", 800, "Lithuania", "announced")]),
        ("The United States will shift 2,000 soldiers from bases in Germany to Poland and send another 1,000 "
         "from Fort Bragg to Romania.",
         [("United States", 1000, "Romania", "announced"), ("United States", 2000, "Poland", "announced")]),
        ("The Pentagon will relocate 3,000 Marines from Okinawa to Guam and shift another 1,500 from Japan to Hawaii.",
         [("United States", 1500, "Hawaii", "announced"), ("United States", 3000, "Guam", "announced")]),
        ("Kelvaria will redeploy 1,200 soldiers from the northern border to Ostrava and send 500 more from the "
         "capital to Dunholm.",
         [("Kelvaria", 500, "Dunholm", "announced"), ("Kelvaria", 1200, "Ostrava", "announced")]),
        ("Britain is transferring 400 soldiers from Cyprus to Estonia.",
         [("Britain", 400, "Estonia", "deploying")]),
    ],
)
def test_one_sender_two_moves_from_one_place_to_another(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a force's later stages in the sentence of the first, each with its time and the verb left out
        ("An advance team of 40 arrived in Lamba on Monday, with 600 troops to follow and a 150-strong "
         "logistics company later in the month.",
         [("", 40, "Lamba", "arrived"), ("", 150, "Lamba", "announced"), ("", 600, "Lamba", "announced")]),
        ("The first 90 Kelvarian police officers landed in Lamba on Tuesday, with 140 gendarmes from Dunmark "
         "expected on Thursday and an Ostrelian riot-control unit later in the month.",
         [("Dunmark", 140, "Lamba", "announced"), ("Kelvaria", 90, "Lamba", "arrived"),
          ("Ostrelia", 0, "Lamba", "announced")]),
        ("Germany sent 200 soldiers to Lithuania last week, with 400 more due next month and a Dutch medical "
         "company later in the spring.",
         [("Germany", 200, "Lithuania", "deploying"), ("Germany", 400, "Lithuania", "announced"),
          ("Netherlands", 0, "Lithuania", "announced")]),
        # a second move of the same sender, its own verb
        ("Kaldoria has committed an infantry battalion of 650 to the mission in Ostra and will add a helicopter "
         "unit of 80 airmen in the spring.",
         [("Kaldoria", 80, "Ostra", "announced"), ("Kaldoria", 650, "Ostra", "announced")]),
        ("Kelvaria deployed 500 troops to Lamba in May and added another 200 in July.",
         [("Kelvaria", 200, "Lamba", "deploying"), ("Kelvaria", 500, "Lamba", "deploying")]),
    ],
)
def test_a_force_and_its_later_stages(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # "added" that reports speech moves no one
        "The minister added that the talks with Kelvaria would resume next week.",
        '"We will not send troops," the minister added.',
    ],
)
def test_added_as_a_speech_verb_is_no_deployment(extractor, body):
    assert _shares(extractor, body) == []


def test_adding_that_reports_a_clause_and_moves_no_one(extractor):
    body = ('"If the talks fail, we would have to consider sending troops," the minister said, '
            "adding that Kelvaria's army was not preparing for war.")
    assert _shares(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another body's bare count in a clause joined to the first deployment's verb: the same unit
        ("Belgium will withdraw its 300 troops from Kessa by June while Spain sends 250 to take over their checkpoints.",
         [("Belgium", 300, "troops"), ("Spain", 250, "troops")]),
        ("France is pulling 400 soldiers out of Mali, while Chad will deploy 300.",
         [("Chad", 300, "soldiers"), ("France", 400, "soldiers")]),
        ("Britain sent 600 troops to Estonia, whereas Canada sent 300.",
         [("Britain", 600, "troops"), ("Canada", 300, "troops")]),
        ("Kelvaria will pull its 500 peacekeepers out of Lamba in March, and Dunmark will send 350 to replace them.",
         [("Dunmark", 350, "peacekeepers"), ("Kelvaria", 500, "peacekeepers")]),
    ],
)
def test_another_senders_bare_count_in_a_joined_clause(extractor, body, expected):
    assert _shares(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a count of something else in the joined clause is no share
        "Britain sent 600 troops to Estonia, whereas Canada sent 300 tents.",
        "Britain sent 600 troops to Estonia, while Canada offered 300 million euros in aid.",
    ],
)
def test_a_joined_clause_of_other_things_adds_no_share(extractor, body):
    assert [a for a, _, _ in _shares(extractor, body)] == ["Britain"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the same number": a conjunct that repeats the count before it, the verb left out
        ("Kelvaria will send 800 soldiers to Lamba in May and the same number in September.",
         [("Kelvaria", 800, "Lamba", "announced"), ("Kelvaria", 800, "Lamba", "announced")]),
        ("Kelvaria sent 400 troops to Lamba, and Dunmark the same number.",
         [("Dunmark", 400, "Lamba", "deploying"), ("Kelvaria", 400, "Lamba", "deploying")]),
        ("France deployed 300 soldiers to Chad in June, and Italy roughly the same number to Niger.",
         [("France", 300, "Chad", "deploying"), ("Italy", 300, "Niger", "deploying")]),
        ("Twelve hundred Ghanaian soldiers will move into Tesh next week, and the same number of "
         "Kenyan troops the week after.",
         [("Ghana", 1200, "Tesh", "announced"), ("Kenya", 1200, "Tesh", "announced")]),
    ],
)
def test_the_same_number_repeats_the_count_before(extractor, body, expected):
    assert _records(extractor, body) == expected


def test_the_same_number_without_a_deployment_before_is_none(extractor):
    assert _shares(extractor, "The same number of soldiers died in the attack on Lamba last year.") == []


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        # a formation named by its number moves as a unit
        ("Kelvaria will move the 3rd Mountain Battalion to the border.", "mountain battalion"),
        ("The 12th Mechanised Brigade will be redeployed from Orlan to the eastern district of Semik.", "brigade"),
        ("Kelvaria said the 82nd Airborne Division will deploy to Lamba next month.", "division"),
    ],
)
def test_a_numbered_formation_is_a_unit_sent(extractor, body, unit):
    assert [u for _, _, u in _shares(extractor, body)] == [unit]


def test_a_numbered_formations_name_is_not_its_sender(extractor):
    assert _shares(extractor, "Kelvaria will move the 3rd Mountain Battalion to the border.") == [
        ("Kelvaria", 0, "mountain battalion")]


def test_a_numbered_formation_only_mentioned_is_no_deployment(extractor):
    assert _shares(extractor, "Soldiers of the 3rd Mountain Battalion clashed with protesters in Lamba.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a colon that spells out the forces there, each a nationality's unit
        ("Three contingents are already in place in Lamba: 300 Kenyan troops, 200 Ghanaian police officers and "
         "120 Nigerian soldiers.",
         [("Ghana", 200, "Lamba", "stationed"), ("Kenya", 300, "Lamba", "stationed"),
          ("Nigeria", 120, "Lamba", "stationed")]),
        ("The little port of Amsel had become a crossroads of other people's armies: a Polish engineering company "
         "rebuilding the quays, two hundred Romanian military police billeted in the old cannery and the 1,500 "
         "American soldiers of a rotational brigade.",
         [("Poland", 0, "Amsel", "stationed"), ("Romania", 200, "Amsel", "stationed"),
          ("United States", 1500, "Amsel", "stationed")]),
        ("Four armies now share the Dren valley: 400 Kelvarian soldiers, a Dunmarkian engineering company and "
         "120 Ostrelian military police.",
         [("Dunmarkia", 0, "the Dren valley", "stationed"), ("Kelvaria", 400, "the Dren valley", "stationed"),
          ("Ostrelia", 120, "the Dren valley", "stationed")]),
    ],
)
def test_forces_a_colon_spells_out(extractor, body, expected):
    assert _records(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Soldiers killed so far: 30 Kenyan troops, 12 Ghanaian police officers and nine Nigerian soldiers.",
        "Results so far: Kelvaria, 300 votes; Dunmark, 120; Ostrel, 90.",
    ],
)
def test_a_colon_list_of_a_toll_or_votes_is_no_deployment(extractor, body):
    assert _shares(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # units joined under one verb, each counted by its own "N-strong" / "N-member": one deployment each
        ("Kelvaria will send a 600-strong battalion and a 90-member medical team to Lamba.",
         [("Kelvaria", 90, "medical team"), ("Kelvaria", 600, "battalion")]),
        ("Dunmark has deployed a 300-strong infantry battalion and a 45-strong signals unit to Kesh.",
         [("Dunmark", 45, "signals unit"), ("Dunmark", 300, "infantry battalion")]),
        ("Ghana will contribute an 850-member infantry battalion and a 140-strong engineering company to the force "
         "in Mali, its ambassador said on Monday.",
         [("Ghana", 140, "engineering company"), ("Ghana", 850, "infantry battalion")]),
    ],
)
def test_joined_units_each_with_its_own_strength(extractor, body, expected):
    assert _shares(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a platoon is a unit; "cross into" moves troops
        ("Soldiers from three nations now patrol the Dren valley. Norway has 300 there, Sweden 150 and Finland a "
         "reconnaissance platoon.",
         [("Finland", 0, "reconnaissance platoon"), ("Norway", 300, "soldiers"), ("Sweden", 150, "soldiers")]),
        ("Twelve hundred Ghanaian soldiers will cross into Tesh next week.", [("Ghana", 1200, "soldiers")]),
    ],
)
def test_platoons_and_crossing_into_a_place(extractor, body, expected):
    assert _shares(extractor, body) == expected


def test_crossing_a_square_near_soldiers_is_no_deployment(extractor):
    assert _shares(extractor, "Protesters crossed the square in Lamba as soldiers watched.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a vessel counted by the crew it comes with
        ("The Netherlands is contributing a frigate with its crew of 160 to the mission in Vell.",
         [("Netherlands", 160, "frigate")]),
        ("Kelvaria will send a destroyer with a crew of 220 to the Gulf of Lamba.", [("Kelvaria", 220, "destroyer")]),
        ("Britain is sending 500 marines to Vell, and the Netherlands a frigate with its crew of 160.",
         [("Britain", 500, "marines"), ("Netherlands", 160, "frigate")]),
    ],
)
def test_a_vessel_counted_by_its_crew(extractor, body, expected):
    assert _shares(extractor, body) == expected


# Lists whose names are several words or that the model mistags ("Burkina Faso 400" as a
# person, "Niger" as a date, "South Sudan" as a region): listed countries are read as such.
@pytest.mark.parametrize("text, expected", [
    ("Nigeria will send 900 troops, Togo 500, Burkina Faso 400 and Niger 300, the bloc said.",
     [("Nigeria", 900), ("Togo", 500), ("Burkina Faso", 400), ("Niger", 300)]),
    ("Britain will send 500 troops and South Africa 450.", [("Britain", 500), ("South Africa", 450)]),
    ("Uganda, Burundi and South Sudan have each pledged troops to the regional force.",
     [("Uganda", None), ("Burundi", None), ("South Sudan", None)]),
])
def test_listed_countries_of_several_words(extractor, text, expected):
    assert [(d.actor, d.count) for d in extractor.extract(text, published="2023-06-01").deployments] == expected


# "X and Y 500 each": two bodies share one count.
@pytest.mark.parametrize("text, expected", [
    ("Nigeria will send 900 troops, Togo and Senegal 500 each, and Niger 300.",
     [("Nigeria", 900), ("Togo", 500), ("Senegal", 500), ("Niger", 300)]),
    ("Britain will send 500 troops, and Norway and Denmark 200 each.",
     [("Britain", 500), ("Norway", 200), ("Denmark", 200)]),
])
def test_two_bodies_share_a_count_each(extractor, text, expected):
    assert [(d.actor, d.count) for d in extractor.extract(text, published="2023-06-01").deployments] == expected


# One sender stationing shares "in" several places.
@pytest.mark.parametrize("text, expected", [
    ("France will station 1,200 soldiers in Chad, 1,000 in Mali and 300 in Niger.",
     [(1200, "Chad"), (1000, "Mali"), (300, "Niger")]),
    ("Tarvia will base 400 marines in Lanza and 200 in Orsk, the ministry said.", [(400, "Lanza"), (200, "Orsk")]),
])
def test_one_sender_stations_shares_in_several_places(extractor, text, expected):
    assert [(d.count, d.destination) for d in extractor.extract(text, published="2023-06-01").deployments] == expected


# "... and Y pledged 2,100": another body's bare count in a joined clause whose subject the
# parser hung elsewhere ("Senegal" read as a second destination).
@pytest.mark.parametrize("text, expected", [
    ("Sudan said it would send 6,000 soldiers to Yemen and Senegal pledged 2,100.",
     [("Sudan", 6000), ("Senegal", 2100)]),
    ("Kenya will send 1,000 police officers to Haiti and Jamaica has promised 200, officials said.",
     [("Kenya", 1000), ("Jamaica", 200)]),
    ("Britain sent 600 troops to Estonia, whereas Canada sent 300.", [("Britain", 600), ("Canada", 300)]),
])
def test_another_bodys_bare_count_in_a_joined_clause(extractor, text, expected):
    assert [(d.actor, d.count) for d in extractor.extract(text, published="2023-06-01").deployments] == expected
