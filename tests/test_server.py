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


#: The live server: two worker processes, a time limit, a body limit above the text limit.
MAX_BODY = 2_000_000
MAX_TEXT = 1_800_000
TIME_LIMIT = 20
LIVE_OPTIONS = ["--max-body-bytes", str(MAX_BODY), "--max-text-chars", str(MAX_TEXT), "--workers", "2",
                "--time-limit", str(TIME_LIMIT)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server():
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts", "serve", "--host", "127.0.0.1", "--port", str(port),
                             *LIVE_OPTIONS], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
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
    # a declared length over the limit: refused before a byte of the body is sent
    assert _declared_length_status(live_server, MAX_BODY + 1) == 413
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
            for _attempt in range(5):  # a busy service says 503: try again, as its Retry-After asks
                status, body = _post(f"{live_server}/extract", {"text": texts[i], "published": "2023-06-01"})
                if status != 503:
                    break
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


def _declared_length_status(url: str, length: int) -> int:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"POST /extract HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {length}\r\n\r\n".encode())
        return int(sock.recv(4096).decode("latin-1").split()[1])


def _raw_chunked_post(url: str, path: str, chunk: bytes, max_chunks: int) -> tuple[int, int]:
    """POST a chunked body chunk by chunk until the server answers; (status, bytes sent)."""
    import select

    host, port = url.removeprefix("http://").split(":")
    sent = 0
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n".encode())
        for _ in range(max_chunks):
            if select.select([sock], [], [], 0)[0]:
                break  # the server has answered
            try:
                sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        head = sock.recv(4096).decode("latin-1")
    return int(head.split()[1]), sent


def test_server_refuses_a_chunked_body_while_it_streams(live_server):
    # 100 MB offered in 64 KB chunks: the answer comes at the limit, not after the whole body
    status, sent = _raw_chunked_post(live_server, "/extract", b"x" * 65_536, max_chunks=1_600)
    assert status == 413
    assert sent < 4 * MAX_BODY


def test_server_text_limit_is_separate_from_the_body_limit(live_server):
    status, body = _post(f"{live_server}/extract", {"text": "x" * (MAX_TEXT + 10)})
    assert status == 422
    (item,) = body["detail"]
    assert item["type"] == "string_too_long" and item["loc"] == ["body", "text"]


def test_server_long_text_holds_one_worker_and_is_cut_at_the_time_limit(live_server):
    import threading

    sentence = "At least 30 NATO soldiers were injured in Kosovo on Thursday, officials said. "
    long_text = "Headline\n\n" + sentence * (1_500_000 // len(sentence))
    answers: list[tuple[int, object]] = []

    def long_request() -> None:
        answers.append(_post_slow(f"{live_server}/extract", {"text": long_text}))

    thread = threading.Thread(target=long_request)
    thread.start()
    time.sleep(1.0)
    # the other worker answers meanwhile
    status, body = _post(f"{live_server}/extract", {"text": TEXT, "published": "2023-06-01"})
    assert status == 200 and body["casualties"][0]["figures"][0]["count"] == 30
    assert not answers, "the long request finished too soon to tell"
    thread.join(timeout=120)
    ((status, body),) = answers
    assert status == 504 and body["detail"][0]["type"] == "timeout"
    # the ended worker is replaced: the service goes on answering
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status, _ = _post(f"{live_server}/extract", {"text": TEXT})
        assert status in (200, 503)
        if status == 200:
            break


def _post_slow(url: str, payload: object) -> tuple[int, object]:
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read() or b"null")


def test_server_openapi_carries_the_whole_facts_schema(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"Facts", "Statement", "Casualty", "CasualtyFigure", "Span"} <= set(schemas)
    ok = spec["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Facts"}
    batch = spec["paths"]["/extract/batch"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert batch["items"] == {"$ref": "#/components/schemas/Facts"}


def _one_shape(r) -> dict:
    body = r.json()
    assert set(body) == {"detail"} and isinstance(body["detail"], list) and body["detail"]
    for item in body["detail"]:
        assert set(item) == {"type", "loc", "msg"}
    return body


def test_server_every_error_has_one_shape_and_echoes_no_input(client):
    secret = "An unpublished sentence that must not come back. " * 20
    answers = [
        client.get("/nowhere"),
        client.get("/extract"),
        client.post("/extract", json={"text": "x" * 60_000}),
        client.post("/extract", json={"text": secret, "published": secret}),
        client.post("/extract", json={"text": 42, "extra": secret}),
        client.post("/extract", content=b'{"text": "' + secret.encode() + b'"', headers={"content-type": "application/json"}),
        client.post("/extract", content=b'{"text": "Headline\\n\\nA lone \\ud800 surrogate."}',
                    headers={"content-type": "application/json"}),
    ]
    assert [r.status_code for r in answers] == [404, 405, 413, 422, 422, 422, 422]
    for r in answers:
        _one_shape(r)
        assert "unpublished sentence" not in r.text
        assert "errors=" not in r.text and "Extractor(" not in r.text and "NEWSFACTS_" not in r.text


def test_server_docs_work_offline(client):
    import re

    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text) + re.findall(r"url: ?'([^']+)'", page.text)
    assert sources and not [s for s in sources if "//" in s]
    for source in sources:
        assert client.get(source).status_code == 200, source
