"""Casualty constructions of news, each with several invented sentences (published 2023-06-01)."""

import pytest

HEAD = "Test headline\n\n"


def _figures(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted((x.kind, x.count, x.qualifier) for c in f.casualties for x in c.figures)


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Militants executed three hostages on Friday.", [("killed", 3, "exact")]),
        ("Four fishermen lost their lives when the trawler sank.", [("killed", 4, "exact")]),
        ("Twenty-six people were hospitalised after the gas leak.", [("injured", 26, "exact")]),
        ("Nine workers were treated for injuries at the scene.", [("injured", 9, "exact")]),
        ("The killing of five aid workers drew wide condemnation.", [("killed", 5, "exact")]),
        ("The 12 miners who were killed in the blast were buried on Monday.", [("killed", 12, "exact")]),
        ("Gunmen shot dead two police officers at a checkpoint.", [("killed", 2, "exact")]),
        ("Two guards were beheaded by the rebels.", [("killed", 2, "exact")]),
        ("Masked men gunned down four farmers near the border post.", [("killed", 4, "exact")]),
        ("Three shopkeepers were gunned down outside the market.", [("killed", 3, "exact")]),
        ("A truck mowed down seven cyclists on the coast road.", [("killed", 7, "exact")]),
        ("Thirty survivors were hospitalised after the sinking.", [("injured", 30, "exact")]),
        ("Eight survivors were treated for burns at the scene.", [("injured", 8, "exact")]),
        ("Two hikers were treated for frostbite in Tarnby.", [("injured", 2, "exact")]),
        ("Rescuers pulled 40 survivors from the rubble.", []),
    ],
)
def test_casualties_harm_phrasing_beyond_the_lexicon(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Officials put the death toll at 41 on Sunday.", [("killed", 41, "exact")]),
        ("The storm pushed to 80 the number of people killed this week.", [("killed", 80, "exact")]),
        ("The death toll rose to 73 on Monday, up from 60 a day earlier.", [("killed", 73, "exact")]),
        ("By Friday the toll had exceeded 500.", [("killed", 500, "more_than")]),
        ("The number of dead climbed from 14 to 31 overnight.", [("killed", 31, "exact")]),
    ],
)
def test_casualties_death_toll_is_one_figure_the_latest(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("A teacher and a nurse were killed in the blast.", [("killed", 1, "exact"), ("killed", 1, "exact")]),
        ("A farmer and his son were wounded by the shelling.", [("injured", 1, "exact"), ("injured", 1, "exact")]),
        ("One guard was killed and another wounded in the raid.", [("injured", 1, "exact"), ("killed", 1, "exact")]),
        ("A second hiker was found dead on Tuesday.", [("killed", 1, "exact")]),
        ("Three soldiers, two police officers and a civilian were killed in the raid.",
         [("killed", 1, "exact"), ("killed", 2, "exact"), ("killed", 3, "exact")]),
        ("Six pilgrims, four drivers and a cook were injured when the bus overturned.",
         [("injured", 1, "exact"), ("injured", 4, "exact"), ("injured", 6, "exact")]),
        ("Two nurses and a driver were killed when the ambulance was hit.",
         [("killed", 1, "exact"), ("killed", 2, "exact")]),
        ("Twelve people were killed, including four children.", [("killed", 12, "exact")]),
        ("Nine soldiers died in the ambush, three of them officers.", [("killed", 9, "exact")]),
        ("All but one of the 15 passengers died.", [("killed", 14, "exact")]),
    ],
)
def test_casualties_counts_carried_by_group_syntax(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Rescuers pulled 20 people from the rubble; three of them later died. The toll from the collapse stands "
         "at 31.", [("killed", 31, "exact")]),
        ("Five of the injured later died in hospital, bringing the death toll to 17.", [("killed", 17, "exact")]),
        ("Two of the rescued miners later died. In all, 22 miners were killed in the blast.", [("killed", 22, "exact")]),
    ],
)
def test_casualties_part_of_a_total_is_not_a_second_figure(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Three soldiers, two border guards and a civilian were killed in the shelling.",
         [("killed", 1, "exact"), ("killed", 2, "exact"), ("killed", 3, "exact")]),
        ("Four soldiers were killed and the same number wounded in the ambush.",
         [("injured", 4, "exact"), ("killed", 4, "exact")]),
        ("Two guards were wounded and the same number killed.", [("injured", 2, "exact"), ("killed", 2, "exact")]),
    ],
)
def test_casualties_lists_and_the_same_number(extractor, body, figures):
    assert _figures(extractor, body) == figures


def test_casualties_range_in_one_word_with_an_en_dash(extractor):
    f = extractor.extract(HEAD + "The mudslide buried a hamlet, killing 25\u201330 people.", published="2023-06-01")
    assert [(x.count, x.count_max, x.qualifier) for c in f.casualties for x in c.figures] == [(25, 30, "at_least")]


def _groups(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted((x.kind, x.group, x.count) for c in f.casualties for x in c.figures)


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Up to 30 miners were killed in the blast at the pit. At least 12 others were injured.",
         [("injured", "miners", 12), ("killed", "miners", 30)]),
        ("Masked men stopped a van carrying nurses near the border. Six were killed and 11 injured.",
         [("injured", "nurses", 11), ("killed", "nurses", 6)]),
        ("A lorry ploughed into a crowd of shoppers on Saturday. Four were killed.",
         [("killed", "shoppers", 4)]),
    ],
)
def test_casualties_a_bare_number_counts_the_previous_sentence_s_people(extractor, body, figures):
    assert _groups(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("A sniper killed a border guard and wounded three others near the crossing.",
         [("injured", "border guard", 3), ("killed", "border guard", 1)]),
        ("The mine blast killed a Veltrian medic and wounded two others on Tuesday.",
         [("injured", "Veltrian medic", 2), ("killed", "Veltrian medic", 1)]),
        ("A truck bomb hit the convoy, killing a driver and wounding another.",
         [("injured", "driver", 1), ("killed", "driver", 1)]),
        ("In Pelmont, soldiers killed a farmer who failed to stop at a checkpoint.",
         [("killed", "farmer", 1)]),
        ("Rebels ambushed the patrol, wounding a sergeant and two privates.",
         [("injured", "privates", 2), ("injured", "sergeant", 1)]),
    ],
)
def test_casualties_a_counted_object_and_the_others_after_it(extractor, body, figures):
    assert _groups(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("The fire at the depot killed 11 people. Four firefighters were among the dead.",
         [("killed", "firefighters", 4), ("killed", "people", 11)]),
        ("A bus overturned near Dosk, injuring 23 passengers. Two nurses were among the injured.",
         [("injured", "nurses", 2), ("injured", "passengers", 23)]),
        ("The shelling killed 14 people on Monday. Three aid workers were among those killed.",
         [("killed", "aid workers", 3), ("killed", "people", 14)]),
    ],
)
def test_casualties_a_group_among_the_dead_is_its_own_figure(extractor, body, figures):
    assert _groups(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Twelve villagers were wounded, as were three each from the army and the border police.",
         [("injured", "army", 3), ("injured", "border police", 3), ("injured", "villagers", 12)]),
        ("Officials said two each from the navy and the coast guard were injured in the blast.",
         [("injured", "coast guard", 2), ("injured", "navy", 2)]),
        ("In the brawl, four each from the ruling party and the opposition were hurt.",
         [("injured", "opposition", 4), ("injured", "ruling party", 4)]),
        ("Medics said 31 protesters were hurt, as were six from the riot police, and three each from the fire "
         "brigade and the ambulance service.",
         [("injured", "ambulance service", 3), ("injured", "fire brigade", 3), ("injured", "protesters", 31),
          ("injured", "riot police", 6)]),
        ("The blast injured two each from the navy and the coast guard.",
         [("injured", "coast guard", 2), ("injured", "navy", 2)]),
    ],
)
def test_casualties_a_count_for_each_of_several_groups(extractor, body, figures):
    assert _groups(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("The number of Veltrian soldiers killed in the conflict now stands at 2,314.",
         [("killed", "Veltrian soldiers", 2314, "exact")]),
        ("The ambush brought the number of peacekeepers to have died in the mission to at least 96.",
         [("killed", "peacekeepers", 96, "at_least")]),
        ("The deaths along with three Ostlanders killed in a raid on Monday brought the number of Ostland soldiers "
         "to have died since the war began in May 2019 to at least 412, according to a count by the agency.",
         [("killed", "Ostland soldiers", 412, "at_least"), ("killed", "Ostlanders", 3, "exact")]),
        ("The number of miners killed in the region this year rose to 58 on Friday.",
         [("killed", "miners", 58, "exact")]),
        ("The tally of journalists killed since the war began stands at 41.",
         [("killed", "journalists", 41, "exact")]),
        ("Officials put the number of miners killed in the blast at 14.", [("killed", "miners", 14, "exact")]),
        ("Police put the number of students hurt in the clashes at 22.", [("injured", "students", 22, "exact")]),
        ("Medics put the number of pilgrims who died in the crush at 40.", [("killed", "pilgrims", 40, "exact")]),
    ],
)
def test_casualties_a_toll_counts_the_people_it_names(extractor, body, figures):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert sorted((x.kind, x.group, x.count, x.qualifier) for c in f.casualties for x in c.figures) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("The bombing was the latest of four deadly attacks in the province this year, including one in Sorvel "
         "that killed nine.", [("killed", 9, "exact")]),
        ("The crash followed three fatal shootings in the town that week, one of them killing two.",
         [("killed", 2, "exact")]),
        ("The Sept. 14 blast killed 32 people.", [("killed", 32, "exact")]),
        ("ORLAVA, 21 March - Two porters were killed when a bridge gave way, police said.",
         [("killed", 2, "exact")]),
        ("DRESKO, 4 November - A landslide on Saturday killed six villagers, officials said.",
         [("killed", 6, "exact")]),
        ("Three guards were wounded in the 9 June attack on the depot.", [("injured", 3, "exact")]),
        ("PELVIN, 30 August - Five hikers were injured in a rockfall on the north face.",
         [("injured", 5, "exact")]),
        ("A strike on a clinic on Aug. 3 killed at least 11 people.", [("killed", 11, "at_least")]),
        ("Not a single soldier was killed in the operation.", []),
        ("Among the dead was Tomas Velk, 52, a farmer from Orsk.", []),
        ("The missing include Ada Rusk, 34, and her brother Emil, 29, the coastguard said.", []),
        ("The agency counts any attack in which four or more people are killed as a massacre.", []),
        ("Not one passenger was hurt, the airline said.", []),
        ("Four shootings killed nine people in the city last weekend.", [("killed", 9, "exact")]),
        ("The floods have displaced more than 9,000 people and injured 31, officials said.",
         [("injured", 31, "exact")]),
        ("Eleven climbers were rescued and treated for injuries.", [("injured", 11, "exact")]),
        ("Three gunmen killed two guards at the gate.", [("killed", 2, "exact")]),
        ("Two stabbings left three people dead.", [("killed", 3, "exact")]),
        ("Police recorded four shootings in the city that week, killing nine.", [("killed", 9, "exact")]),
        ("The region saw three raids by gunmen killing 14 villagers.", [("killed", 14, "exact")]),
    ],
)
def test_casualties_events_dates_and_denials_are_no_victims(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Half a dozen people were killed and about 30 hurt when a bus overturned.",
         [("injured", "people", 30, "about"), ("killed", "people", 6, "exact")]),
        ("Three porters died and 12 hurt in the crash.",
         [("injured", "porters", 12, "exact"), ("killed", "porters", 3, "exact")]),
        ("Two soldiers were killed and roughly 15 wounded at the post.",
         [("injured", "soldiers", 15, "about"), ("killed", "soldiers", 2, "exact")]),
        ("Seven miners were killed and some 40 injured in the blast.",
         [("injured", "miners", 40, "about"), ("killed", "miners", 7, "exact")]),
        ("The blast left 12-15 people dead and 80-100 injured.",
         [("injured", "people", 80, "at_least"), ("killed", "people", 12, "at_least")]),
        ("The storm left four villagers dead and 25 injured.",
         [("injured", "villagers", 25, "exact"), ("killed", "villagers", 4, "exact")]),
        ("The crash left 3-5 passengers dead and 10-20 hurt.",
         [("injured", "passengers", 10, "at_least"), ("killed", "passengers", 3, "at_least")]),
    ],
)
def test_casualties_a_bare_participle_after_a_count_shares_the_group(extractor, body, figures):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert sorted((x.kind, x.group, x.count, x.qualifier) for c in f.casualties for x in c.figures) == figures


def test_casualties_the_other_one_is_a_second_person(extractor):
    body = ("Two guards were killed in separate attacks on Sunday. One guard was killed and another wounded "
            "near the bridge. The other guard was killed by a sniper in the old town.")
    assert _figures(extractor, body) == [("injured", 1, "exact"), ("killed", 1, "exact"), ("killed", 1, "exact"),
                                         ("killed", 2, "exact")]


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Some 35 villagers were taken to hospital after the explosion.", [("injured", 35, "about")]),
        ("Eight pupils were rushed to hospital with smoke inhalation.", [("injured", 8, "exact")]),
        ("The 14 wounded were taken to three hospitals in the capital.", [("injured", 14, "exact")]),
        ("Rescuers pulled 50 people from the water, 12 of whom were admitted to hospital.",
         [("injured", 12, "exact")]),
        ("Police found a second hiker dead near the summit on Friday.", [("killed", 1, "exact")]),
        ("Some 30 people were pulled from the river alive and taken to hospital.", [("injured", 30, "about")]),
        ("Border guards shot dead three suspected smugglers near the town after they refused to stop.",
         [("killed", 3, "exact")]),
        ("All but one of the six people on board a small plane were killed when it hit a ridge.",
         [("killed", 5, "exact")]),
        ("A fourth fisherman is still missing, the coastguard said.", [("missing", 1, "exact")]),
    ],
)
def test_casualties_hospital_and_found_dead_phrasing(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Of the 25 miners rescued from the shaft, four later died, bringing the number of dead to nine.",
         [("killed", 9, "exact")]),
        ("Six of the 40 passengers pulled from the sea later died, raising the toll to 31, officials said.",
         [("killed", 31, "exact")]),
        ("Two of the guards taken to hospital died overnight, the firm said, putting the final toll from the fire "
         "at its Plant 3 depot at 15.", [("killed", 15, "exact")]),
        ("The discovery of three more bodies pushed to 52 the number killed in the flood, officials said.",
         [("killed", 52, "exact")]),
        ("The toll from the storm that hit the coast rose to 140, up from 96 a day earlier, the agency said.",
         [("killed", 140, "exact")]),
        ("The death toll from the storm that struck Varno province rose to 96, up from 51 a day earlier, as "
         "rescuers searched the ruins, the agency said.", [("killed", 96, "exact")]),
        ("The fire at the Block 9 tower killed 12 residents.", [("killed", 12, "exact")]),
    ],
)
def test_casualties_a_toll_after_its_parts_is_the_figure(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Boats picked up 40 survivors, nine of whom were taken to hospital with burns.",
         [("injured", "survivors", 9)]),
        ("Of the 25 miners rescued from the shaft, four later died, bringing the number of dead to nine.",
         [("killed", "miners", 9)]),
        ("Three of the climbers who were brought down alive died later in hospital, putting the final toll at 11.",
         [("killed", "climbers", 11)]),
        ("Nine of the 20 passengers rescued from the bus later died, raising the toll to 35, police said.",
         [("killed", "people", 35)]),
        ("Four of the miners lifted out alive died in hospital, putting the final toll from its Shaft 6 mine at 19.",
         [("killed", "miners", 19)]),
    ],
)
def test_casualties_a_part_and_its_toll_name_the_whole_s_people(extractor, body, figures):
    assert _groups(extractor, body) == figures


def _dated(extractor, body, published="2024-05-08"):
    f = extractor.extract(HEAD + body, published=published)
    return sorted(((c.date, tuple(sorted((x.kind, x.count) for x in c.figures))) for c in f.casualties), key=repr)


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        # a date that owns the event ("Saturday's crash") is the incident's, not the day of saying
        ("Saturday's bus crash near Ostrel killed nine people, police said on Monday.",
         [("2024-05-04", (("killed", 9),))]),
        # a toll counted on one day for an event of another: the event's day
        ("The death toll from Sunday's landslide in Kerrow rose to 31 on Tuesday, officials said.",
         [("2024-05-05", (("killed", 31),))]),
        # the date attached to the harm word beats a nearer date of another verb
        ("A hearing opened on Wednesday into the killing of four miners at Belko on April 2.",
         [("2024-04-02", (("killed", 4),))]),
        # two incidents on two days, one sentence after the other: each keeps its own date
        ("A bomb killed seven people in Darsk on Friday. Another blast, on Sunday, wounded 12 shoppers in Veln.",
         [("2024-05-03", (("killed", 7),)), ("2024-05-05", (("injured", 12),))]),
        ("Friday's ambush on the Tarvo road killed three soldiers, the army said. A second attack, on Saturday, "
         "wounded five guards at a checkpoint.",
         [("2024-05-03", (("killed", 3),)), ("2024-05-04", (("injured", 5),))]),
    ],
)
def test_casualties_the_incident_date_is_the_harm_s_own(extractor, body, dated):
    assert _dated(extractor, body) == dated


def test_casualties_a_toll_counted_on_a_later_day_is_the_same_incident(extractor):
    body = ("A landslide buried four homes in Kessel on Sunday, killing six people.\n\n"
            "On Tuesday the death toll rose to 19, rescuers said.")
    f = extractor.extract(HEAD + body, published="2024-05-08")
    assert len(f.casualties) == 1
    assert f.casualties[0].date == "2024-05-05"


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        # a verb of dying by way of its object: "succumbed to injuries", "drowned"
        ("Three hikers succumbed to their injuries in hospital on Monday.", [("killed", 3, "exact")]),
        ("Six swimmers drowned off the coast of Belmora on Sunday.", [("killed", 6, "exact")]),
        # "<verb> to death": the manner verb kills
        ("Nine villagers were crushed to death when the wall collapsed.", [("killed", 9, "exact")]),
        ("Two traders were beaten to death by a mob in Ostrava Lane.", [("killed", 2, "exact")]),
        # a copula whose complement is a harm word: "who remain unaccounted for"
        ("Divers searched for five crew members who remain unaccounted for.", [("missing", 5, "exact")]),
        ("Eleven campers remained missing on Tuesday.", [("missing", 11, "exact")]),
        # treatment sought or needed for a harm noun
        ("About 200 people sought treatment for injuries after the blast.", [("injured", 200, "about")]),
        ("Forty residents needed treatment for burns after the fire.", [("injured", 40, "exact")]),
    ],
)
def test_casualties_harm_by_way_of_a_complement(extractor, body, figures):
    assert _figures(extractor, body) == figures


def _range_figures(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return sorted((x.kind, x.group, x.count, x.qualifier, x.count_max) for c in f.casualties for x in c.figures)


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        # a range in one word keeps the noun it counts
        ("Police said 25–30 protesters were injured in the clashes.",
         [("injured", "protesters", 25, "at_least", 30)]),
        ("Medics said 12–15 miners were killed in the collapse at Dorna.",
         [("killed", "miners", 12, "at_least", 15)]),
        # "anywhere from A to B" is a range, not a change from A to B
        ("Anywhere from eight to 12 fishermen were missing after the storm.",
         [("missing", "fishermen", 8, "at_least", 12)]),
        ("Somewhere from 30 to 40 villagers were killed, elders said.",
         [("killed", "villagers", 30, "at_least", 40)]),
    ],
)
def test_casualties_a_range_keeps_its_group(extractor, body, figures):
    assert _range_figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        # "the toll of wounded": a toll counts the harm its "of" names
        ("The ministry put the toll of wounded at 210 on Monday.", [("injured", 210, "exact")]),
        ("Officials put the toll of injured at 75 after the quake.", [("injured", 75, "exact")]),
        ("Officials put the toll of dead at 75 after the quake.", [("killed", 75, "exact")]),
    ],
)
def test_casualties_a_toll_of_the_wounded_counts_injured(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        # "killed in the fire of <date>": the event's own date, not the day of the ceremony
        ("Mourners gathered on Friday to remember the 41 passengers killed in the ferry fire of 12 February 2015.",
         [("2015-02-12", (("killed", 41),))]),
        ("Relatives met on Tuesday to honour the 17 miners killed in the blast of March 3, 2019.",
         [("2019-03-03", (("killed", 17),))]),
        ("Veterans gathered in Orsk on Sunday to remember the 60 soldiers killed in the ambush of 4 June 2011.",
         [("2011-06-04", (("killed", 60),))]),
    ],
)
def test_casualties_the_date_of_the_event_noun(extractor, body, dated):
    assert _dated(extractor, body) == dated


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        # the sentence after the figures dates the event it names
        ("Gunmen killed seven farmers in a raid on Dunmore, police said on Thursday. The attack happened on Tuesday.",
         [("2024-05-07", (("killed", 7),))]),
        ("A bus plunged into a ravine near Orvo, killing 12 passengers, officials said. The crash took place on Sunday.",
         [("2024-05-05", (("killed", 12),))]),
        # a later sentence about something else gives no date
        ("Gunmen killed seven farmers in a raid on Dunmore, police said. The governor will visit on Friday.",
         [(None, (("killed", 7),))]),
    ],
)
def test_casualties_the_next_sentence_dates_the_event(extractor, body, dated):
    assert _dated(extractor, body) == dated


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        # "by <date>" is when a count stood: the toll stays with its incident
        ("A gas blast killed four people in Orsk on Monday. By Tuesday the death toll had risen to 11.",
         [("2024-05-06", (("killed", 4), ("killed", 11)))]),
        ("Six people were killed in a collapse at Velno on Sunday. By Wednesday the death toll had climbed to nine.",
         [("2024-05-05", (("killed", 6), ("killed", 9)))]),
        ("A bus crash near Tarn killed five people on Saturday. By Monday the death toll had reached eight.",
         [("2024-05-04", (("killed", 5), ("killed", 8)))]),
    ],
)
def test_casualties_a_count_by_a_later_date_is_the_same_incident(extractor, body, dated):
    assert _dated(extractor, body) == dated


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        # "another <noun>": one more person, not the one counted before
        ("A bus driver and a cyclist were killed and another cyclist was hurt in the crash at Velm.",
         [("injured", "cyclist", 1), ("killed", "bus driver", 1), ("killed", "cyclist", 1)]),
        ("A nurse was killed and another nurse wounded when the shell hit the clinic.",
         [("injured", "nurse", 1), ("killed", "nurse", 1)]),
        ("Two guards were killed and another guard was injured in the raid on the depot.",
         [("injured", "guard", 1), ("killed", "guards", 2)]),
        # "a third", "a fifth": one more of the group counted before
        ("Two climbers died on the ridge above Orsk. A third was flown to hospital with a broken leg.",
         [("injured", "climbers", 1), ("killed", "climbers", 2)]),
        ("Four miners were killed and a fifth was badly hurt when the roof gave way.",
         [("injured", "miners", 1), ("killed", "miners", 4)]),
        # "the same number" opening the next sentence
        ("Nine pilgrims drowned when their boat capsized near Tavo. The same number were rescued and taken to "
         "hospital.", [("injured", "pilgrims", 9), ("killed", "pilgrims", 9)]),
        ("Six workers died in the blast at the Dorno plant. The same number were injured, the company said.",
         [("injured", "workers", 6), ("killed", "workers", 6)]),
        # "a girl of seven": an age, one person
        ("A girl of seven who was swept away by the river is still missing, police said.",
         [("missing", "girl", 1)]),
        ("Three people were killed and a boy of 12 was injured when the wall fell.",
         [("injured", "boy", 1), ("killed", "people", 3)]),
        # but a count after "of": "a total of 39"
        ("A house collapsed in Varn on Monday. A total of 39 are confirmed dead, officials said.",
         [("killed", "people", 39)]),
    ],
)
def test_casualties_one_more_person_by_group_syntax(extractor, body, figures):
    assert _groups(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        # a bare count opening a sentence counts the group of the figure before it, not a
        # word of a title ("the regional police chief")
        ("Bandits raided the Osso market on Friday, killing 12 people, the regional police chief said. Another 15 "
         "were wounded.", [("injured", "people", 15), ("killed", "people", 12)]),
        ("Raiders burned a village near Kasso, killing nine farmers, the district police commander said. Another "
         "six were wounded.", [("injured", "farmers", 6), ("killed", "farmers", 9)]),
        # the people a sentence is about, though they are its subject
        ("Refugees sheltering in the school took the worst of the shelling. Seven were killed and at least 20 "
         "wounded.", [("injured", "Refugees", 20), ("killed", "Refugees", 7)]),
        ("Fishermen working off the cape were caught by the storm. Four were drowned.",
         [("killed", "Fishermen", 4)]),
        # the people counted earlier in the sentence
        ("The captain and four others were winched to safety, and two were treated for hypothermia.",
         [("injured", "others", 2)]),
        ("Police pulled 14 miners from the shaft, and three were taken to hospital.", [("injured", "miners", 3)]),
        # but not the doers of the harm
        ("Gunmen attacked the village of Pesk on Monday. Six were killed.", [("killed", "people", 6)]),
        # a toll is no one person's group
        ("A man wounded in the attack on the Velo cafe died on Sunday, raising the toll to seven.",
         [("killed", "people", 7)]),
    ],
)
def test_casualties_a_bare_count_takes_the_group_before(extractor, body, figures):
    got = _groups(extractor, body)
    assert [g for g in got if g[2] > 1] == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("The crew were winched to safety and two were treated for hypothermia.", [("injured", 2, "exact")]),
        ("Five swimmers were treated for hypothermia after the race.", [("injured", 5, "exact")]),
        ("Rescuers found 11 more bodies on Monday, taking the number of confirmed dead to 40.",
         [("killed", 40, "exact")]),
        ("The number of confirmed dead rose to 23 overnight.", [("killed", 23, "exact")]),
        # the whole a part is taken from, when its own clause tells a harm, is a figure too
        ("Three of the 28 passengers taken to hospital after the crash died, bringing the toll to nine.",
         [("injured", 28, "exact"), ("killed", 9, "exact")]),
    ],
)
def test_casualties_harm_phrasing_of_care_and_tolls(extractor, body, figures):
    assert _figures(extractor, body) == figures


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("The toll from the floods stands at 80, officials said. That figure includes 12 children who drowned in "
         "a school.", [("killed", 80, "exact")]),
        ("The death toll rose to 61, a number that includes nine rescuers.", [("killed", 61, "exact")]),
    ],
)
def test_casualties_what_a_toll_includes_is_a_part(extractor, body, figures):
    assert _figures(extractor, body) == figures


def test_casualties_a_dateline_does_not_cut_the_first_sentence(extractor):
    text = "Kesto flood\n\nVARNA, Oct 12 - Four people were killed and 20 injured when floods hit villages.\n"
    f = extractor.extract(text, published="2023-10-13")
    assert sorted((x.kind, x.count) for c in f.casualties for x in c.figures) == [("injured", 20), ("killed", 4)]


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        # a date that starts a period ("since ...") is not the day of the harm
        ("The number of soldiers killed since the war began in March 2003 rose to 412, the ministry said.",
         [(None, (("killed", 412),))]),
        ("Four journalists have been killed since the conflict began in May 2021.", [(None, (("killed", 4),))]),
        ("Nine people have died in the camps since January 3, officials said.", [(None, (("killed", 9),))]),
        # a month of another act (the kidnapping) is not the harm's
        ("Militants beheaded a teacher they had kidnapped in April.", [(None, (("killed", 1),))]),
        # a date of another act about the harm: a march, a memorial
        ("Students marched through Orvo on Tuesday to protest against the killing of four classmates by police.",
         [(None, (("killed", 4),))]),
        ("Hundreds gathered on Sunday to remember the 12 soldiers who were killed when a bomb hit their base on "
         "Thursday.", [("2024-05-02", (("killed", 12),))]),
    ],
)
def test_casualties_dates_that_are_not_the_harm_s_day(extractor, body, dated):
    assert _dated(extractor, body) == dated


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        # a toll told on a day is counted that day: the toll's date is not the incident's
        ("The toll from the floods in Varno exceeded 500 on Friday, officials said.", [(None, (("killed", 500),))]),
        ("The agency put the toll from the landslide at 41 on Thursday.", [(None, (("killed", 41),))]),
        # a late death that raises a toll dates that death, not the incident
        ("A man wounded in an attack on a cafe in Velo died on Sunday, raising the toll to seven.",
         [(None, (("killed", 7),))]),
        # the parts told before a toll date its incident
        ("Twelve people were pulled alive from the rubble on Monday, but two of them later died. Officials put "
         "the toll at 30 on Tuesday.", [("2024-05-06", (("killed", 30),))]),
        ("Two of the miners rescued after Friday's blast at the Orsk pit later died. The company said on Tuesday "
         "that 31 miners had died in all.", [("2024-05-03", (("killed", 31),))]),
    ],
)
def test_casualties_a_toll_is_dated_by_its_incident(extractor, body, dated):
    assert _dated(extractor, body) == dated


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        ("Five soldiers were killed in an ambush in the hills, the army said. In a separate attack on Monday, three "
         "police officers were killed in Orsk.", [(None, (("killed", 5),)), ("2024-05-06", (("killed", 3),))]),
        ("Gunmen killed two guards at a mine, police said. In another attack on Saturday, four farmers were "
         "wounded near Tavo.", [(None, (("killed", 2),)), ("2024-05-04", (("injured", 4),))]),
    ],
)
def test_casualties_a_separate_attack_is_another_incident(extractor, body, dated):
    assert _dated(extractor, body) == sorted(dated, key=repr)


@pytest.mark.parametrize(
    ("body", "published", "dated"),
    [
        # a date that names the harm's event stays, whatever verb the event is the subject of
        ("Saturday's bombing of the market in Orsk, which killed nine people and wounded 27, was claimed on Monday "
         "by a little-known group.", "2006-10-31", [("2006-10-28", (("injured", 27), ("killed", 9)))]),
        # ... or whatever "since" it follows
        ("The flood that hit the Velka valley on March 3 killed seven people, officials said. It was the worst "
         "disaster in the valley since the Aug. 14, 2009 landslide that killed 212 people.", "2022-03-15",
         [("2009-08-14", (("killed", 212),)), ("2022-03-03", (("killed", 7),))]),
        # the harm told in a clause on the date itself
        ("The bombing was the third in the city since March 4, when 12 people were killed.", "2024-05-08",
         [("2024-03-04", (("killed", 12),))]),
        # a toll from an event named by its day, counted on later days: the latest toll alone
        ("The death toll from Sunday's ferry sinking off Kessa rose to 64 on Thursday, the agency said. By Friday "
         "evening the toll had exceeded 70, an official said.", "2013-12-27",
         [("2013-12-22", (("killed", 70),))]),
    ],
)
def test_casualties_a_date_that_names_the_harm_s_event(extractor, body, published, dated):
    assert _dated(extractor, body, published) == dated
