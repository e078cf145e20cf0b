import json

import pytest

from newsfacts.evaluation import compare, evaluate, name_match
from newsfacts.testing import assert_facts_match

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
