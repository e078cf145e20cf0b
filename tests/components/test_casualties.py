import pytest

HEAD = "Test headline\n\n"


def figures(extractor, body):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    return [(x.kind, x.group, x.count, x.qualifier) for c in f.casualties for x in c.figures], f


def test_casualties_groups_and_qualifiers(extractor):
    figs, f = figures(extractor, "During the clashes, at least 30 NATO soldiers were injured. "
                                 "Meanwhile, more than 53 civilians were injured by shock bombs and tear gas, "
                                 "according to hospital sources.")
    assert figs == [("injured", "NATO soldiers", 30, "at_least"), ("injured", "civilians", 53, "more_than")]
    (incident,) = f.casualties
    assert incident.injured == {"NATO soldiers": 30, "civilians": 53}
    assert incident.cause == "shock bombs and tear gas"
    assert incident.source == "hospital sources"


def test_casualties_number_words(extractor):
    figs, _ = figures(extractor, "The night's incidents injured fourteen police officers.")
    assert figs == [("injured", "police officers", 14, "exact")]


def test_casualties_group_named_once(extractor):
    figs, f = figures(extractor, "Two civilians were killed and more than 40 were wounded during the clashes.")
    assert figs == [("killed", "civilians", 2, "exact"), ("injured", "civilians", 40, "more_than")]
    (incident,) = f.casualties
    # one group both killed and injured keeps both figures
    assert incident.counts == {("civilians", "killed"): 2, ("civilians", "injured"): 40}
    assert (incident.killed, incident.injured, incident.missing) == ({"civilians": 2}, {"civilians": 40}, {})


def test_casualties_others_take_the_group_before(extractor):
    figs, _ = figures(extractor, "A peacekeeper was killed and four others wounded when their vehicle hit a mine.")
    assert ("injured", "peacekeeper", 4, "exact") in figs


def test_casualties_death_toll(extractor):
    figs, _ = figures(extractor, "The death toll from the earthquake has climbed to at least 113 people.")
    assert figs == [("killed", "people", 113, "at_least")]


def test_casualties_repeated_figure_is_one(extractor):
    figs, _ = figures(extractor, "Officials said 12 miners were killed in the blast.\n\n"
                                 "Rescuers worked through the night.\n\nThe 12 miners killed were all local men.")
    assert figs == [("killed", "miners", 12, "exact")]


def test_casualties_vague_counts_and_arrests_are_not_casualties(extractor):
    figs, _ = figures(extractor, "Dozens were killed in the fighting. Police said 71 people were arrested.")
    assert figs == []


def test_casualties_figures_carry_their_words(extractor):
    _, f = figures(extractor, "At least 20 people were killed in the attack.")
    (fig,) = f.casualties[0].figures
    assert "20" in fig.span.text and f.text[fig.span.start : fig.span.end] == fig.span.text


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("A dozen aid workers were killed when their convoy was ambushed.", [("killed", "aid workers", 12, "exact")]),
        ("Police said a dozen protesters were injured in the clashes.", [("injured", "protesters", 12, "exact")]),
        ("A hundred villagers were wounded and a teacher was killed.",
         [("injured", "villagers", 100, "exact"), ("killed", "teacher", 1, "exact")]),
    ],
)
def test_casualties_an_article_that_opens_a_number_counts_no_one(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert figs == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # an earlier toll is superseded by the latest one
        ("Overnight shelling pushed to 31 the number of civilians killed in Varnel since Friday. "
         "Officials had earlier put the toll at 24.", [("killed", "civilians", 31, "exact")]),
        ("The army first put the toll at six. By Monday the death toll had risen to 11.",
         [("killed", "people", 11, "exact")]),
        # a count told before a toll that a part then raised is held in the toll
        ("Five miners were killed in the blast on Tuesday. Nine others were hurt; two of them later died, "
         "raising the death toll to seven.", [("injured", "miners", 9, "exact"), ("killed", "miners", 7, "exact")]),
    ],
)
def test_casualties_the_latest_toll_is_the_figure(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert sorted(figs) == sorted(want)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Three more of the people hurt in the stampede died overnight, raising the toll to 12.",
         [("killed", "people", 12, "exact")]),
        ("The bodies of four more were pulled from the river, bringing the number of dead to ten.",
         [("killed", "people", 10, "exact")]),
        ("Two firefighters who were burned in the blaze died on Sunday, taking the death toll to eight.",
         [("killed", "firefighters", 8, "exact")]),
    ],
)
def test_casualties_deaths_that_raise_a_toll_are_part_of_it(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert [(k, n) for k, _, n, _ in figs] == [(k, n) for k, _, n, _ in want]


def test_casualties_a_count_beside_a_larger_toll_it_was_not_raised_into_stays(extractor):
    figs, _ = figures(extractor, "Forty students were injured on Tuesday, while police put the number of "
                                 "officers hurt at 60.")
    assert sorted((k, n) for k, _, n, _ in figs) == [("injured", 40), ("injured", 60)]


def _dated(extractor, body, published="2024-11-04"):
    f = extractor.extract(HEAD + body, published=published)
    return [(c.date, [(x.kind, x.count) for x in c.figures]) for c in f.casualties]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a year or month that names the harm's event dates it when no day does
        ("Lawyers said families of the 14 workers killed in the 2019 blast would be paid.",
         [("2019", [("killed", 14)])]),
        ("Mourners gathered on Sunday to mark the anniversary of the 2016 stampede at Orlo, which killed 61 people.",
         [("2016", [("killed", 61)])]),
        ("Survivors of the 2002 Tessin floods, which killed 300-plus people, laid wreaths on Monday.",
         [("2002", [("killed", 300)])]),
        ("Relatives of the 17 climbers who died in the avalanche in 2014 met the minister on Friday.",
         [("2014", [("killed", 17)])]),
        ("It was the worst blast at the port since 2008, when an explosion killed 12 dockers.",
         [("2008", [("killed", 12)])]),
        # a day still wins, and the start of a period is no date of the harm
        ("A bomb killed seven people on Saturday, the deadliest attack since 2016.", [("2024-11-02", [("killed", 7)])]),
        ("Nine reporters have been killed since the fighting began in March 2020.", [(None, [("killed", 9)])]),
    ],
)
def test_casualties_a_year_that_names_the_harm_s_event_dates_it(extractor, body, want):
    assert _dated(extractor, body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # an ordinal after a counted group: one more of that group
        ("Two guards were killed in the raid, police said, and a third was seriously wounded.",
         [("injured", "guards", 1, "exact"), ("killed", "guards", 2, "exact")]),
        ("Four miners were crushed to death and a fifth was critically injured.",
         [("injured", "miners", 1, "exact"), ("killed", "miners", 4, "exact")]),
        # "both": two
        ("Both pilots were killed when the trainer crashed.", [("killed", "pilots", 2, "exact")]),
        ("Gunmen shot dead both guards at the gate.", [("killed", "guards", 2, "exact")]),
        ("Both drivers and a passenger were injured.",
         [("injured", "drivers", 2, "exact"), ("injured", "passenger", 1, "exact")]),
    ],
)
def test_casualties_ordinals_and_both_count_people(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert sorted(figs) == sorted(want)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("A tram derailed on Monday and 11 passengers were treated in hospital.", [("injured", "passengers", 11, "exact")]),
        ("Six firefighters were treated at a clinic for smoke inhalation.", [("injured", "firefighters", 6, "exact")]),
        ("Officials said 20-25 workers had been admitted with burns.", [("injured", "workers", 20, "at_least")]),
        ("Rescuers are searching for seven divers who went missing on Friday.", [("missing", "divers", 7, "exact")]),
        # no place of care, no injury
        ("Nine people were treated to a free concert.", []),
    ],
)
def test_casualties_care_and_going_missing(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert figs == want


def test_casualties_a_toll_said_again_as_it(extractor):
    figs, f = figures(extractor, "A ferry capsized off Orlen on Friday. The coastguard first put the toll at eight, "
                                 "but on Saturday the governor put it at 14.")
    assert figs == [("killed", "people", 14, "exact")]
    assert f.casualties[0].date == "2023-05-26"  # the event's day, told in the sentence before


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "from A to B" on a harm verb is one range; on a change verb it is a change
        ("Floods killed from 20 to 25 people in the valley.", [("killed", "people", 20, "at_least")]),
        ("The toll rose from 14 to 31 overnight.", [("killed", "people", 31, "exact")]),
        # an age or an age range is no count
        ("Three students, aged 19-22, were killed in the fire.", [("killed", "students", 3, "exact")]),
        ("A nurse died and a porter was hurt. The injured man, 41, was in a stable condition.",
         [("killed", "nurse", 1, "exact"), ("injured", "porter", 1, "exact")]),
    ],
)
def test_casualties_ranges_changes_and_ages(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert figs == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the day a figure was estimated is not the incident's
        ("Floods have killed 40-50 people since the weekend, the agency estimated on Wednesday.",
         [(None, [("killed", 40)])]),
        ("Storms have killed at least 30 people this week, officials warned on Tuesday.", [(None, [("killed", 30)])]),
        # "a second <event>" is an incident of its own, with its own day
        ("A guard was shot dead at the depot on Monday, police said. A second shooting on Wednesday left a driver "
         "injured.", [("2023-05-29", [("killed", 1)]), ("2023-05-31", [("injured", 1)])]),
    ],
)
def test_casualties_dates_of_estimates_and_second_events(extractor, body, want):
    assert _dated(extractor, body, "2023-06-01") == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("A police officer was shot dead and a fellow officer wounded during the raid.",
         [("injured", "fellow officer", 1, "exact"), ("killed", "police officer", 1, "exact")]),
        ("A soldier was killed and a medic injured in the blast.",
         [("injured", "medic", 1, "exact"), ("killed", "soldier", 1, "exact")]),
        ("Two guards were killed and a driver wounded.", [("injured", "driver", 1, "exact"), ("killed", "guards", 2, "exact")]),
    ],
)
def test_casualties_a_second_subject_with_its_auxiliary_left_out(extractor, body, want):
    figs, _ = figures(extractor, body)
    assert sorted(figs) == want


@pytest.mark.parametrize(
    ("body", "age"),
    [
        # "who was N" on one person is an age, not a count of the harmed
        ("The pilot, who was 47, died at the scene.", 47),
        ("Its driver, who was 63, was killed instantly, police said.", 63),
        ("A cyclist, who is 29, was seriously injured in the crash.", 29),
        ("The ferry's captain, who was 55, is missing.", 55),
    ],
)
def test_casualties_an_age_in_a_relative_clause_is_no_count(extractor, body, age):
    figs, _ = figures(extractor, body)
    assert all(count != age for _, _, count, _ in figs)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # "at least N and possibly as many as M": one figure, its lower bound, the upper kept apart
        ("At least nine and possibly as many as 14 people drowned when the ferry sank.",
         [("killed", 9, "at_least", 14)]),
        ("At least four and perhaps as many as seven climbers died in the avalanche.",
         [("killed", 4, "at_least", 7)]),
    ],
)
def test_casualties_a_lower_bound_and_a_hedged_upper_one_are_one_figure(extractor, body, want):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert [(x.kind, x.count, x.qualifier, x.count_max) for c in f.casualties for x in c.figures] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a smaller toll told after a larger count of its kind recalls an earlier count
        ("Officials now say 12-15 people are dead after the coach left the road. "
         "Earlier reports had put the toll at eight.", [("killed", 12, "at_least", 15)]),
        ("At least 21 people were killed in the blast, police said. Initial reports had put the death toll at 9.",
         [("killed", 21, "at_least", None)]),
        ("Thirty people died in the collapse. An early count had put the toll at 17, officials said.",
         [("killed", 30, "exact", None)]),
    ],
)
def test_casualties_an_earlier_smaller_toll_is_no_figure(extractor, body, want):
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert [(x.kind, x.count, x.qualifier, x.count_max) for c in f.casualties for x in c.figures] == want


def test_casualties_a_smaller_toll_claimed_by_another_side_stays(extractor):
    # a toll one side puts now is a claim of its own, not an earlier count
    body = ("More than 900 people have died in the war. The army says it killed 400 rebels, "
            "while the rebels put the toll at about 60.")
    f = extractor.extract(HEAD + body, published="2023-06-01")
    assert ("killed", 60) in [(x.kind, x.count) for c in f.casualties for x in c.figures]
