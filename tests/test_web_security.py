"""Hostile text in query strings and in data comes out escaped and harmless.

The fixture KB holds an event whose title carries a <script> element and whose summary
carries an <img onerror> and an SQL fragment (tests/fixtures/web/data/events/fixture.yaml).
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from borderlands.web.app import create_app
from borderlands.web.explorer import Explorer

DATA = Path(__file__).parent / "fixtures" / "web" / "data"
OUR_SCRIPT = '<script src="/static/app.js" defer></script>'
HOSTILE_QUERIES = [
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "'; DROP TABLE events; --",
    "x' OR '1'='1",
    "</title><script>alert(2)</script>",
]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Explorer.open(DATA, None)))


def assert_inert(html: str) -> None:
    """Parsed as a browser would: no script element but our own, no event-handler
    attribute, no svg or img element carried in from the input, no javascript: URL."""
    tree = lxml.html.fromstring(html)
    scripts = tree.xpath("//script")
    assert [s.get("src") for s in scripts] == ["/static/app.js"]
    assert OUR_SCRIPT in html
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert not value.strip().lower().startswith("javascript:")
    assert tree.xpath("//img") == []


def test_hostile_record_text_is_escaped_on_every_page_showing_it(client: TestClient) -> None:
    for path in ("/events/ev-fix-hostile", "/events", "/timeline", "/search?q=fixture"):
        html = client.get(path).text
        assert_inert(html)
    page = client.get("/events/ev-fix-hostile").text
    assert "Fixture &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; event" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&#39;; DROP TABLE events; --" in page


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_search_queries_are_escaped(client: TestClient, query: str) -> None:
    response = client.get("/search", params={"q": query})
    assert response.status_code == 200
    assert_inert(response.text)
    api = client.get("/api/search", params={"q": query})
    assert api.headers["content-type"] == "application/json"
    assert api.json()["query"] == query


def test_sql_in_a_query_finds_the_record_that_holds_it_and_nothing_breaks(
    client: TestClient,
) -> None:
    hits = client.get("/api/search", params={"q": "DROP TABLE"}).json()["hits"]
    assert [h["id"] for h in hits] == ["ev-fix-hostile"]
    # the knowledge base is unchanged afterwards
    assert client.get("/api/events").json()["records"][0]["id"] == "ev-fix-clearing-1935"


@pytest.mark.parametrize(
    "query",
    [
        {"group": "<script>alert(1)</script>"},
        {"kind": "'; DROP TABLE events; --"},
        {"from": "1937 OR 1=1"},
        {"lanes": "<b>"},
    ],
)
def test_hostile_filter_values_are_rejected_and_echoed_escaped(
    client: TestClient, query: dict[str, str]
) -> None:
    response = client.get("/timeline", params=query)
    assert response.status_code == 400
    assert_inert(response.text)


def test_hostile_path_segments(client: TestClient) -> None:
    for path in ("/events/<script>alert(1)</script>", "/%3Cscript%3E", "/api/events/'%20OR%201=1"):
        response = client.get(path)
        assert response.status_code == 404
        if not path.startswith("/api/"):
            assert_inert(response.text)


def test_overlong_query_is_refused(client: TestClient) -> None:
    assert client.get("/search", params={"q": "a" * 500}).status_code == 400
