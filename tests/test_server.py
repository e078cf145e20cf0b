import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from fastapi.testclient import TestClient

from newsfacts.server import create_app

TEXT = "Headline\n\nAt least 30 NATO soldiers were injured in Kosovo on Thursday, officials said."


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(max_body_bytes=50_000))


def test_server_health_and_schema(client):
    assert client.get("/health").json()["status"] == "ok"
    assert client.get("/schema").json()["title"] == "Facts"
    assert "/extract" in client.get("/openapi.json").json()["paths"]


def test_server_extract(client):
    r = client.post("/extract", json={"text": TEXT, "published": "2023-06-01"})
    assert r.status_code == 200
    body = r.json()
    assert body["casualties"][0]["figures"][0]["count"] == 30
    assert body["dates"][0]["value"] == "2023-06-01"


def test_server_batch_keeps_order(client):
    r = client.post("/extract/batch", json={"items": [{"text": TEXT}, {"text": ""}, {"text": TEXT, "published": "2023-06-01"}]})
    assert r.status_code == 200
    items = r.json()
    assert [i["text"] for i in items] == [TEXT, "", TEXT]
    assert items[2]["published"] == "2023-06-01"


def test_server_html(client):
    page = "<html><body><article><h1>Storm</h1><p>At least 12 people were killed when a storm hit the coast, officials said.</p></article></body></html>"
    r = client.post("/extract/html", json={"html": page})
    assert r.status_code == 200
    assert r.json()["casualties"][0]["figures"][0]["count"] == 12


def test_server_malformed_input_names_the_field(client):
    r = client.post("/extract", json={"txt": TEXT})
    assert r.status_code == 422
    assert ["body", "text"] in [e["loc"] for e in r.json()["detail"]]
    r = client.post("/extract", json={"text": TEXT, "published": "last week"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "published"]
    r = client.post("/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_server_body_over_the_limit_is_413(client):
    r = client.post("/extract", json={"text": "x" * 60_000})
    assert r.status_code == 413


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--max-body-bytes", "50000"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/health", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the server did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _post(url: str, payload: object) -> tuple[int, object]:
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read() or b"null")


def test_server_real_uvicorn_over_http(live_server):
    status, body = _post(f"{live_server}/extract", {"text": TEXT, "published": "2023-06-01"})
    assert status == 200 and body["casualties"][0]["figures"][0]["count"] == 30
    status, _ = _post(f"{live_server}/extract", {"text": "x" * 60_000})
    assert status == 413
    status, body = _post(f"{live_server}/extract", {"published": "2023-06-01"})
    assert status == 422 and body["detail"][0]["loc"] == ["body", "text"]


def test_server_concurrent_clients_get_their_own_answers(live_server):
    from concurrent.futures import ThreadPoolExecutor

    from newsfacts import extract

    from .conftest import FIXTURES

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    expected = [json.loads(extract(t, published="2023-06-01").model_dump_json()) for t in texts]

    def client(n: int) -> list[bool]:
        ok = []
        for r in range(20):
            i = (n + r) % len(texts)
            status, body = _post(f"{live_server}/extract", {"text": texts[i], "published": "2023-06-01"})
            ok.append(status == 200 and body == expected[i])
        return ok

    with ThreadPoolExecutor(max_workers=20) as pool:
        outcomes = [ok for result in pool.map(client, range(20)) for ok in result]
    assert len(outcomes) == 400 and all(outcomes)


def test_server_malformed_json_over_http(live_server):
    req = urllib.request.Request(f"{live_server}/extract", data=b'{"text": "unterminated',
                                 headers={"content-type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=30)
    with err.value:
        assert err.value.code == 422


def test_server_slow_request_does_not_block_health(live_server):
    import threading

    slow_text = "Headline\n\n" + ("At least 30 NATO soldiers were injured in Kosovo on Thursday, officials said. " * 500)
    done = threading.Event()

    def slow() -> None:
        _post(f"{live_server}/extract", {"text": slow_text[:49_000], "published": "2023-06-01"})
        done.set()

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    with urllib.request.urlopen(f"{live_server}/health", timeout=10) as r:
        assert r.status == 200
    health_seconds = time.monotonic() - started
    still_running = not done.is_set()
    thread.join(timeout=120)
    assert still_running, "the slow request finished too soon to tell"
    assert health_seconds < 1.0
