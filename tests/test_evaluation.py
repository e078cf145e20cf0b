import json
import subprocess
import sys

import pytest

from newsfacts.evaluation import compare, evaluate, load_gold_dir, name_match
from newsfacts.testing import assert_facts_match
from tests.conftest import SHARED_CORPUS

GOLD = {
    "id": "unit",
    "speakers": [{"name": "Jens Stoltenberg"}],
    "statements": [
        {"speaker": "Jens Stoltenberg", "kind": "direct", "text": "This does not mean that we give up."},
        {"speaker": "Jens Stoltenberg", "kind": "indirect", "text": "the alliance is committed", "optional": True},
    ],
    "deployments": [{"actor": "NATO", "count": 700, "unit": "troops"}],
    "casualties": [{"kind": "injured", "group": "NATO soldiers", "count": 30, "qualifier": "at_least"}],
    "dates": [{"value": "2023-06-01"}, {"value": "2023-06-01"}],
}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Stoltenberg", "Jens Stoltenberg"), ("NATO", "North Atlantic Treaty Organization"),
     ("U.S.", "the United States"), ("UK", "Britain"), ("hospital sources", "sources at the hospital")],
)
def test_evaluation_names_that_match(a, b):
    assert name_match(a, b)


@pytest.mark.parametrize(("a", "b"), [("Jens Stoltenberg", "Recep Tayyip Erdogan"), ("NATO", "EU"), ("", "NATO")])
def test_evaluation_names_that_do_not_match(a, b):
    assert not name_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Tony Blair", "Tony Blair's official spokesman"), ("Marta Ilves's office", "Marta Ilves"),
     ("the Interior Ministry", "the Defence Ministry"), ("Northwind Corp.", "Southgate Corp."),
     ("the minister", "the spokesman")],
)
def test_evaluation_possessors_generic_last_words_and_roles_are_other_speakers(a, b):
    assert not name_match(a, b) and not name_match(b, a)


def test_evaluation_bare_role_matches_its_own_words():
    assert name_match("the minister", "minister") and name_match("The President", "the president")


def test_evaluation_details_on_matched_pairs():
    predicted = {
        "statements": [{"speaker": "Stoltenberg", "kind": "indirect", "text": "This does not mean that we give up."}],
        "casualties": [{"kind": "injured", "group": "soldiers", "count": 30, "qualifier": "exact"}],
    }
    result = compare(predicted, GOLD)
    assert result["statements"].details == {"statements.kind": (0, 1)}
    assert result["casualties"].details == {"casualties.qualifier": (0, 1)}


def test_evaluation_perfect_prediction_scores_one():
    result = compare(GOLD, GOLD)
    assert all(c.score.f1 == 1.0 for c in result.values())
    # the optional statement, predicted, costs nothing; each date value counts once
    assert result["statements"].score.predicted == 1 and result["dates"].score.gold == 1


def test_evaluation_missing_and_extra_are_listed():
    predicted = {
        "statements": [{"speaker": "Erdogan", "kind": "direct", "text": "This does not mean that we give up."}],
        "deployments": [{"actor": "NATO", "count": 700, "unit": "troops"}, {"actor": "NATO", "count": 19, "unit": "soldiers"}],
        "casualties": [{"figures": [{"kind": "injured", "group": "soldiers", "count": 30}]}],
    }
    result = compare(predicted, GOLD)
    assert result["statements"].score.matched == 0 and len(result["statements"].missing) == 1
    assert result["statement_texts"].score.matched == 1
    assert result["deployments"].score == type(result["deployments"].score)(1, 2, 1)
    assert [d["count"] for d in result["deployments"].extra] == [19]
    assert result["casualties"].score.matched == 1


def test_testing_assert_facts_match_reports_a_readable_diff():
    predicted = dict(GOLD, casualties=[], deployments=GOLD["deployments"] + [{"actor": "EU", "count": 5, "unit": "troops"}])
    with pytest.raises(AssertionError) as err:
        assert_facts_match(predicted, GOLD)
    message = str(err.value)
    assert "missing casualty" in message and '"count": 30' in message
    assert "extra   deployment" in message and '"count": 5' in message
    assert_facts_match(predicted, GOLD, kinds=["statements", "dates"])
    assert_facts_match(dict(GOLD, deployments=predicted["deployments"]), GOLD, allow_extra=["deployments"])


def test_evaluation_over_a_gold_directory(tmp_path):
    text = "Clashes\n\nJune 1, 2023\n\nAt least 30 NATO soldiers were injured in Kosovo on Thursday."
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    gold = {"id": "one", "published": "2023-06-01",
            "casualties": [{"kind": "injured", "group": "NATO soldiers", "count": 30, "qualifier": "at_least"}],
            "dates": [{"value": "2023-06-01"}]}
    (tmp_path / "one.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate(tmp_path)
    assert result.totals["casualties"].f1 == 1.0 and result.totals["dates"].f1 == 1.0
    assert result.table().splitlines()[-1].startswith("facts F1: ")
    assert result.to_dict()["articles"]["one"]["casualties"]["matched"] == 1


def test_evaluation_empty_directory_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path)


@pytest.mark.skipif(not (SHARED_CORPUS.parent / "tools" / "score.py").is_file(), reason="shared corpus not beside the checkout")
def test_evaluation_agrees_with_the_shared_scorer_on_the_whole_corpus(tmp_path, extractor):
    # one prediction per article, scored by both: every count and every detail the same
    by_text = {}
    for gold, text in load_gold_dir(SHARED_CORPUS):
        facts = json.loads(extractor.extract(text, published=gold.get("published")).model_dump_json())
        by_text[text] = facts
        (tmp_path / f"{gold['id']}.json").write_text(json.dumps(facts), encoding="utf-8")
    ours = evaluate(SHARED_CORPUS, predict=lambda text, published: by_text[text])
    shared = subprocess.run(
        [sys.executable, str(SHARED_CORPUS.parent / "tools" / "score.py"), "--gold", str(SHARED_CORPUS),
         "--pred", str(tmp_path), "--json"], capture_output=True, text=True, check=True)
    theirs = json.loads(shared.stdout.strip().splitlines()[-2])
    for kind, score in ours.totals.items():
        assert (score.matched, score.predicted, score.gold) == tuple(theirs[kind].values()), kind
    assert {k: tuple(v.values()) for k, v in theirs["fields"].items()} == ours.details
    assert ours.table().splitlines() == [line for line in shared.stdout.splitlines() if line.strip() and not line.startswith("{")]
