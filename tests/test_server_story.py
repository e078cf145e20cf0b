"""POST /story: the reports of one story merged by the service."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsfacts.server import create_app

FIRST = "Denmark to send 300 troops\n\nDenmark will send 300 troops to Latvia, Defence Minister Karin Holm said."
SECOND = "Danish troops head east\n\nDefence Minister Karin Holm said Denmark would send 300 troops to Latvia."


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(max_body_bytes=50_000))


def test_server_story_merges_the_articles(client):
    r = client.post("/story", json={"articles": [
        {"text": FIRST, "id": "one", "published": "2024-05-06", "source": "Nordic Wire"},
        {"text": SECOND, "id": "two", "published": "2024-05-06"}]})
    assert r.status_code == 200, r.text
    story = r.json()
    assert [s["id"] for s in story["sources"]] == ["one", "two"]
    assert story["sources"][0]["publisher"] == "Nordic Wire"
    assert [(d["count"], d["sources"]) for d in story["deployments"]] == [(300, ["one", "two"])]
    assert "/story" in client.get("/openapi.json").json()["paths"]


def test_server_story_bad_input_is_422_naming_the_problem(client):
    assert client.post("/story", json={"articles": []}).status_code == 422
    assert client.post("/story", json={"articles": [{"txt": FIRST}]}).status_code == 422
    r = client.post("/story", json={"articles": [{"text": FIRST, "id": "x"}, {"text": SECOND, "id": "x"}]})
    assert r.status_code == 422 and "'x'" in r.json()["detail"][0]["msg"]
