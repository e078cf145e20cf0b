"""merge(): the rules that make facts of two articles one fact, on hand-built articles."""

from __future__ import annotations

import pytest

from newsfacts import InvalidInputError
from newsfacts.story import Story, merge

from .story_builders import article


def src(story: Story, name: str) -> str:
    """The id of the article built as ``article(name)``, checked to be among the story's sources."""
    assert name in [s.id for s in story.sources]
    return name


# --- speakers ------------------------------------------------------------------------

def test_story_speakers_surname_and_full_name_are_one_person_with_the_fullest_name():
    story = merge([article("a", speakers=[("Maria Kowalczyk", "foreign minister")]),
                   article("b", speakers=[("Kowalczyk", None)])])
    assert [s.name for s in story.speakers] == ["Maria Kowalczyk"]
    assert story.speakers[0].names == ["Kowalczyk", "Maria Kowalczyk"]
    assert story.speakers[0].title == "foreign minister"
    assert sorted(story.speakers[0].sources) == sorted([src(story, "a"), src(story, "b")])


def test_story_speakers_with_one_surname_and_different_first_names_are_two_people():
    story = merge([article("a", speakers=[("Maria Kowalczyk", None)]),
                   article("b", speakers=[("Piotr Kowalczyk", None)])])
    assert sorted(s.name for s in story.speakers) == ["Maria Kowalczyk", "Piotr Kowalczyk"]


def test_story_a_surname_that_fits_two_people_equally_is_not_guessed():
    story = merge([article("a", speakers=[("Maria Kowalczyk", None)]),
                   article("b", speakers=[("Piotr Kowalczyk", None)]),
                   article("c", speakers=[("Kowalczyk", None)])])
    assert sorted(s.name for s in story.speakers) == ["Kowalczyk", "Maria Kowalczyk", "Piotr Kowalczyk"]


def test_story_a_speaker_named_by_role_is_the_person_with_that_title():
    story = merge([article("a", speakers=[("Maria Kowalczyk", "UN envoy")]),
                   article("b", speakers=[("the UN envoy", None)])])
    assert [s.name for s in story.speakers] == ["Maria Kowalczyk"]


def test_story_statements_follow_the_speakers_story_name():
    story = merge([
        article("a", speakers=[("Maria Kowalczyk", None)],
                statements=[("Maria Kowalczyk", "direct", "The border will stay open to aid convoys.")]),
        article("b", speakers=[("Kowalczyk", None)],
                statements=[("Kowalczyk", "indirect", "the border will stay open to aid convoys")]),
    ])
    assert [(s.speaker, len(s.mentions)) for s in story.statements] == [("Maria Kowalczyk", 2)]


# --- statements ----------------------------------------------------------------------

def test_story_two_wordings_of_one_act_are_one_statement_direct_first():
    story = merge([
        article("a", statements=[("Ana Ruiz", "indirect", "the talks would resume on Monday in Geneva")]),
        article("b", statements=[("Ana Ruiz", "direct", "The talks will resume on Monday in Geneva.")]),
    ])
    [statement] = story.statements
    assert statement.kind == "direct"
    assert statement.text == "The talks will resume on Monday in Geneva."
    assert [x.record.kind for x in statement.mentions] == ["direct", "indirect"]
    assert story.conflicts == []


def test_story_different_acts_of_one_speaker_stay_apart():
    story = merge([
        article("a", statements=[("Ana Ruiz", "direct", "The talks will resume on Monday in Geneva.")]),
        article("b", statements=[("Ana Ruiz", "direct", "We have sent two field hospitals to the north.")]),
    ])
    assert len(story.statements) == 2


def test_story_the_same_words_from_two_speakers_are_a_conflict_of_speaker():
    words = "Our forces will leave the valley before the end of the month."
    story = merge([article("a", statements=[("Ana Ruiz", "direct", words)]),
                   article("b", statements=[("Tomas Berg", "direct", words)])])
    [statement] = story.statements
    [conflict] = story.conflicts
    assert conflict.fact == "statement" and conflict.field == "speaker"
    assert sorted(v.value for v in conflict.values) == ["Ana Ruiz", "Tomas Berg"]
    assert statement.speaker in ("Ana Ruiz", "Tomas Berg")


def test_story_an_unattributed_copy_of_a_statement_joins_it_without_conflict():
    words = "Our forces will leave the valley before the end of the month."
    story = merge([article("a", statements=[("Ana Ruiz", "direct", words)]),
                   article("b", statements=[(None, "direct", words)])])
    assert [(s.speaker, len(s.mentions)) for s in story.statements] == [("Ana Ruiz", 2)]
    assert story.conflicts == []


# --- deployments ---------------------------------------------------------------------

def test_story_the_same_deployment_in_two_articles_is_one_with_both_sources():
    d = {"actor": "Norway", "count": 400, "unit": "soldiers", "destination": "Latvia"}
    story = merge([article("a", deployments=[d]), article("b", deployments=[{**d, "unit": "troops"}])])
    [deployment] = story.deployments
    assert (deployment.actor, deployment.count, deployment.destination) == ("Norway", 400, "Latvia")
    assert len(deployment.sources) == 2 and story.conflicts == []


def test_story_a_deployment_without_count_joins_the_counted_one_to_the_same_place():
    story = merge([
        article("a", deployments=[{"actor": "Norway", "count": 400, "unit": "troops", "destination": "Latvia"}]),
        article("b", deployments=[{"actor": "Norway", "unit": "troops", "destination": "Latvia"}]),
    ])
    assert [(d.count, len(d.mentions)) for d in story.deployments] == [(400, 2)]


def test_story_a_battalion_is_not_the_troops():
    story = merge([
        article("a", deployments=[{"actor": "Norway", "count": 400, "unit": "troops", "destination": "Latvia"}]),
        article("b", deployments=[{"actor": "Norway", "unit": "battalion", "destination": "Latvia",
                                   "status": "standby"}]),
    ])
    assert sorted(d.unit for d in story.deployments) == ["battalion", "troops"]


def test_story_stages_of_one_course_are_no_conflict_the_furthest_shows():
    d = {"actor": "Norway", "count": 400, "unit": "troops", "destination": "Latvia"}
    story = merge([article("a", deployments=[{**d, "status": "deploying"}]),
                   article("b", deployments=[{**d, "status": "en_route"}])])
    assert [d.status for d in story.deployments] == ["en_route"]
    assert story.conflicts == []


def test_story_standby_against_on_the_way_is_a_conflict_of_status():
    d = {"actor": "Norway", "count": 400, "unit": "troops", "destination": "Latvia"}
    story = merge([article("a", published="2024-03-02", deployments=[{**d, "status": "standby"}]),
                   article("b", published="2024-03-02", deployments=[{**d, "status": "en_route"}])])
    assert [(c.fact, c.field) for c in story.conflicts] == [("deployment", "status")]


def test_story_the_same_troops_to_two_places_are_a_conflict_of_destination():
    d = {"actor": "Norway", "count": 400, "unit": "troops"}
    story = merge([article("a", deployments=[{**d, "destination": "Latvia"}]),
                   article("b", deployments=[{**d, "destination": "Estonia"}])])
    [conflict] = story.conflicts
    assert conflict.field == "destination"
    assert sorted(v.value for v in conflict.values) == ["Estonia", "Latvia"]


def test_story_a_more_specific_destination_is_no_conflict():
    d = {"actor": "Norway", "count": 400, "unit": "troops"}
    story = merge([article("a", deployments=[{**d, "destination": "Latvia"}]),
                   article("b", deployments=[{**d, "destination": "eastern Latvia"}])])
    assert [d.destination for d in story.deployments] == ["eastern Latvia"]
    assert story.conflicts == []


def test_story_two_actors_never_share_a_deployment():
    d = {"count": 400, "unit": "troops", "destination": "Latvia"}
    story = merge([article("a", deployments=[{**d, "actor": "Norway"}]),
                   article("b", deployments=[{**d, "actor": "Denmark"}])])
    assert len(story.deployments) == 2


# --- casualties ----------------------------------------------------------------------

def test_story_one_figure_from_two_articles_is_one_with_both_sources():
    f = {"kind": "injured", "group": "firefighters", "count": 14, "qualifier": "at_least"}
    story = merge([article("a", figures=[f]), article("b", figures=[f])])
    [casualty] = story.casualties
    assert (casualty.group, casualty.count, casualty.qualifier) == ("firefighters", 14, "at_least")
    assert len(casualty.sources) == 2 and story.conflicts == []


def test_story_soldiers_and_troops_of_one_country_are_one_group():
    story = merge([article("a", figures=[{"kind": "killed", "group": "Danish soldiers", "count": 3}]),
                   article("b", figures=[{"kind": "killed", "group": "Danish troops", "count": 3}])])
    assert len(story.casualties) == 1


def test_story_different_tolls_on_one_day_are_a_conflict_with_each_value_sourced():
    story = merge([
        article("a", published="2024-03-02", figures=[{"kind": "killed", "group": "people", "count": 20}]),
        article("b", published="2024-03-02", figures=[{"kind": "killed", "group": "people", "count": 28}]),
    ])
    [conflict] = story.conflicts
    assert (conflict.fact, conflict.field) == ("casualty", "count")
    assert {v.value: v.sources for v in conflict.values} == {"20": [src(story, "a")], "28": [src(story, "b")]}
    assert story.updates == []


def test_story_a_later_articles_toll_is_an_update_not_a_conflict():
    story = merge([
        article("a", published="2024-03-02", figures=[{"kind": "killed", "group": "people", "count": 20}]),
        article("b", published="2024-03-03", figures=[{"kind": "killed", "group": "people", "count": 28}]),
    ])
    assert story.conflicts == []
    [update] = story.updates
    assert [v.value for v in update.values] == ["20", "28"]
    assert story.casualties[0].count == 28


def test_story_same_count_different_qualifier_is_a_conflict_of_qualifier():
    story = merge([
        article("a", figures=[{"kind": "injured", "group": "miners", "count": 9, "qualifier": "at_least"}]),
        article("b", figures=[{"kind": "injured", "group": "miners", "count": 9, "qualifier": "about"}]),
    ])
    assert [(c.field, sorted(str(v.value) for v in c.values)) for c in story.conflicts] == [
        ("qualifier", ["about 9", "at least 9"])]


def test_story_counts_far_apart_or_groups_apart_are_different_figures():
    story = merge([
        article("a", figures=[{"kind": "killed", "group": "people", "count": 4},
                              {"kind": "injured", "group": "civilians", "count": 12}]),
        article("b", figures=[{"kind": "killed", "group": "people", "count": 400},
                              {"kind": "injured", "group": "soldiers", "count": 12}]),
    ])
    assert len(story.casualties) == 4 and story.conflicts == []


def test_story_figures_of_incidents_on_different_dates_with_different_counts_stay_apart():
    story = merge([
        article("a", figures=[{"kind": "killed", "group": "people", "count": 6, "date": "2024-03-01"}]),
        article("b", figures=[{"kind": "killed", "group": "people", "count": 8, "date": "2024-03-02"}]),
    ])
    assert len(story.casualties) == 2 and story.conflicts == []


def test_story_the_same_figure_dated_differently_is_a_conflict_of_date():
    story = merge([
        article("a", figures=[{"kind": "killed", "group": "people", "count": 6, "date": "2024-03-01"}]),
        article("b", figures=[{"kind": "killed", "group": "people", "count": 6, "date": "2024-03-02"}]),
    ])
    assert [c.field for c in story.conflicts] == ["date"]


# --- dates, sources, input -----------------------------------------------------------

def test_story_dates_are_merged_by_value_with_every_wording():
    story = merge([article("a", dates=[("Tuesday", "2024-03-05")]),
                   article("b", dates=[("March 5", "2024-03-05"), ("2023", "2023")])])
    assert [(d.value, d.texts, len(d.sources)) for d in story.dates] == [
        ("2024-03-05", ["Tuesday", "March 5"], 2), ("2023", ["2023"], 1)]


def test_story_sources_are_ordered_by_publication():
    story = merge([article("late", published="2024-03-05"), article("early", published="2024-03-01")])
    assert [s.id for s in story.sources] == ["early", "late"]


def test_story_of_no_articles_is_empty():
    assert merge([]) == Story()


def test_story_rejects_what_is_not_facts():
    with pytest.raises(TypeError, match="Facts"):
        merge(["some text"])  # type: ignore[list-item]


def test_story_an_article_given_twice_counts_once():
    a = article("a", figures=[{"kind": "killed", "group": "people", "count": 6}])
    b = article("b", figures=[{"kind": "killed", "group": "people", "count": 6}])
    assert merge([a, b, a]) == merge([a, b])
    assert len(merge([a, a]).casualties[0].sources) == 1


def test_story_two_different_articles_under_one_id_are_an_error():
    with pytest.raises(InvalidInputError, match="same-id"):
        merge([article("same-id", title="One"), article("same-id", title="Two")])


def test_story_an_article_without_id_gets_one_from_its_text():
    a = article(None, title="Report on the floods")
    [source] = merge([a]).sources
    assert source.id.startswith("article-") and source.title == "Report on the floods"
    assert merge([a]).sources[0].id == source.id


def test_story_survives_a_json_round_trip():
    story = merge([
        article("a", published="2024-03-02", statements=[("Ana Ruiz", "direct", "We stay.")],
                figures=[{"kind": "killed", "group": "people", "count": 20}],
                deployments=[{"actor": "Norway", "count": 400, "unit": "troops", "destination": "Latvia"}]),
        article("b", published="2024-03-03", figures=[{"kind": "killed", "group": "people", "count": 28}],
                deployments=[{"actor": "Norway", "count": 400, "unit": "troops", "destination": "Estonia"}]),
    ])
    assert story.conflicts and story.updates
    assert Story.model_validate_json(story.model_dump_json()) == story
