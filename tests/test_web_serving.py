"""How the explorer serves (issue #16): the page cache keys on the request as the app reads
it, a broken store or a failing handler fails soft with the security headers, HEAD works
like GET, redirects never echo a Host, and SIGTERM stops the server cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from borderlands.web.app import create_app
from borderlands.web.explorer import Explorer
from borderlands.web.security import HEADERS

FIXTURES = Path(__file__).parent / "fixtures" / "web"
DATA = FIXTURES / "data"
ARTICLE = FIXTURES / "article.txt"
SECURITY = {name.decode(): value.decode() for name, value in HEADERS}


@pytest.fixture(scope="module")
def explorer() -> Explorer:
    return Explorer.open(DATA, ARTICLE)


def has_security_headers(response: httpx.Response) -> bool:
    return all(response.headers.get(name) == value for name, value in SECURITY.items())


@pytest.mark.parametrize(
    "sequence",
    [
        # repeated values: the app reads the last one
        ["/api/search?q=islanders", "/api/search?q=islanders&q=borderfolk"],
        ["/api/search?q=borderfolk&q=islanders", "/api/search?q=islanders&q=borderfolk"],
        # an empty value after a real one: the app reads no query at all
        ["/api/search?q=islanders", "/api/search?q=islanders&q="],
        # reordered names are one page; empty fields are absent ones
        ["/api/timeline?soviet=yes&kind=deportation", "/api/timeline?kind=deportation&soviet=yes"],
        ["/api/timeline?soviet=yes", "/api/timeline?group=&soviet=yes&kind="],
        ["/api/map?year=1935&year=1950", "/api/map?year=1950&year=1935", "/api/map?year=1935"],
    ],
)
def test_cached_answers_equal_what_the_app_answers(
    explorer: Explorer, sequence: list[str]
) -> None:
    cached = TestClient(create_app(explorer))
    for url in sequence:
        fresh = TestClient(create_app(explorer)).get(url)  # a new cache: always rendered
        answer = cached.get(url)
        assert answer.status_code == fresh.status_code == 200, url
        assert answer.json() == fresh.json(), url


def test_repeated_parameters_read_as_the_last_value(explorer: Explorer) -> None:
    client = TestClient(create_app(explorer))
    assert client.get("/api/search?q=islanders&q=borderfolk").json()["query"] == "borderfolk"
    assert client.get("/api/search?q=borderfolk&q=islanders").json()["query"] == "islanders"


def test_a_truncated_store_is_reopened_and_search_keeps_answering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    explorer = Explorer.open(DATA, None)
    assert explorer.store is not None and explorer.store.path is not None
    assert explorer.store.path.is_relative_to(tmp_path)
    client = TestClient(create_app(explorer))
    before = client.get("/api/search?q=islanders").json()
    explorer.store.path.write_bytes(b"")  # truncated under the running server
    after = client.get("/api/search?q=islanders&type=events")
    assert after.status_code == 200 and has_security_headers(after)
    data = after.json()
    assert data["engine"] == before["engine"] == "SQLite FTS5 (borderlands.kb.search)"
    assert data["facets"] == before["facets"] and data["facets"]["events"] >= 1


def test_a_store_that_cannot_answer_falls_back_to_the_word_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    explorer = Explorer.open(data, None)
    client = TestClient(create_app(explorer))
    fts = client.get("/api/search?q=islanders").json()
    assert explorer.store is not None and explorer.store.path is not None
    (data / "groups" / "fixture.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    explorer.store.path.write_bytes(b"not a database")  # and the data no longer builds
    page = client.get("/search?q=islanders")
    assert page.status_code == 200 and has_security_headers(page)
    assert "/groups/grp-fix-islanders" in page.text  # the fallback answers the page
    memory = client.get("/api/search?q=islanders&type=groups").json()  # not cached yet
    assert memory["engine"] == "in-memory word match"
    assert [h["id"] for h in memory["hits"]] == [
        h["id"] for h in fts["hits"] if h["type"] == "groups"
    ] == ["grp-fix-islanders"]


class FailingExplorer(Explorer):
    def checks(self) -> dict[str, object]:
        raise RuntimeError("a bug in a page")


def test_a_failing_page_is_a_500_with_the_security_headers() -> None:
    client = TestClient(create_app(FailingExplorer.open(DATA, None)))
    for path, kind in (("/checks", "text/html"), ("/api/checks", "application/json")):
        response = client.get(path)
        assert response.status_code == 500, path
        assert response.headers["content-type"].startswith(kind)
        assert has_security_headers(response), path
        assert "RuntimeError" not in response.text
    assert client.get("/").status_code == 200  # the rest keeps working


def test_head_answers_like_get_on_every_route(explorer: Explorer) -> None:
    app = create_app(explorer)
    client = TestClient(app)
    samples = {
        "collection": "events",
        "record_id": "ev-fix-clearing-1935",
        "fmt": "csv",
        "work_id": "martin-1998",
    }
    paths = [  # the corpus pages need a corpus: test_web_corpus.py checks their HEAD
        route.path.format(**samples)
        for route in app.routes
        if isinstance(route, APIRoute) and "/corpus" not in route.path
    ]
    assert len(paths) >= 20
    for path in [*paths, "/static/style.css"]:
        got = client.get(path)
        head = client.head(path)
        assert (path, head.status_code) == (path, got.status_code == 200 and 200), path
        assert head.content == b"" and has_security_headers(head), path
        assert head.headers.get("content-type") == got.headers.get("content-type"), path


def test_redirects_are_relative_whatever_the_host(explorer: Explorer) -> None:
    client = TestClient(create_app(explorer), base_url="http://evil.example")
    response = client.get("/events/", follow_redirects=False)
    assert response.status_code in (301, 302, 307, 308)
    assert response.headers["location"] == "/events"
    assert has_security_headers(response)


def serve(tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "TMPDIR": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "borderlands", "serve", "--no-browser", "--no-warm",
         "--port", "0", "--data", str(DATA)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    url = line.split(" at ")[1].split()[0]
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url, timeout=5)
            return proc, url
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.1)


def test_the_real_server_400_has_headers_and_sigterm_exits_cleanly(tmp_path: Path) -> None:
    proc, url = serve(tmp_path)
    try:
        host, port = url.split("//")[1].rstrip("/").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"GET /\x01bad HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        head = answer.split(b"\r\n\r\n")[0].decode("latin-1").lower()
        assert head.startswith("http/1.1 400")
        for name, value in SECURITY.items():
            assert f"\r\n{name}: {value.lower()}" in head
        assert httpx.head(url + "events").status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        status = proc.wait(timeout=20)
    assert status == 0
    assert not list(tmp_path.glob("borderlands-web-*"))


class SlowExplorer(Explorer):
    def checks(self) -> dict[str, object]:
        time.sleep(1.0)  # a long render, as a page of a large knowledge base might be
        return super().checks()


def test_a_slow_render_does_not_hold_up_other_requests() -> None:
    """Handlers run in the thread pool: while one page renders for a second, the event loop
    keeps answering other requests."""
    import asyncio

    app = create_app(SlowExplorer.open(DATA, None))

    async def race() -> tuple[float, float]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            began = time.perf_counter()

            async def timed(path: str) -> float:
                assert (await client.get(path)).status_code == 200
                return time.perf_counter() - began

            slow = asyncio.create_task(timed("/checks"))
            await asyncio.sleep(0.1)
            fast = await timed("/api/home")
            return fast, await slow

    fast, slow = asyncio.run(race())
    assert slow >= 1.0 and fast < 0.9, (fast, slow)
