"""Each explorer page is one entry of ``web.pages.PAGES`` with one handler: the data its
template draws is exactly the JSON its ``/api`` twin returns (issue #11)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.encoders import jsonable_encoder
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from borderlands.corpus.build import build_corpus
from borderlands.web.app import create_app
from borderlands.web.corpus_pages import Corpus
from borderlands.web.explorer import Explorer
from borderlands.web.pages import PAGES
from corpus_helpers import make_corpus

FIXTURES = Path(__file__).parent / "fixtures" / "web"
URLS = [
    ("/", "/api/home"),
    ("/timeline?soviet=yes&from=1930", "/api/timeline?soviet=yes&from=1930"),
    ("/map?year=1937", "/api/map?year=1937"),
    ("/article", "/api/article"),
    ("/archives", "/api/archives"),
    ("/checks", "/api/checks"),
    ("/search?q=islanders", "/api/search?q=islanders"),
    ("/groups", "/api/groups"),
    ("/events/ev-fix-clearing-1935", "/api/events/ev-fix-clearing-1935"),
    ("/typology/typ-fix-total", "/api/typology/typ-fix-total"),
    ("/disagreements", "/api/disagreements"),
    ("/works", "/api/works"),
    ("/works/martin-1998", "/api/works/martin-1998"),
    ("/corpus", "/api/corpus"),
    ("/corpus/articles/1", "/api/corpus/articles/1"),
    ("/corpus/archives", "/api/corpus/archives"),
    ("/corpus/archives/1", "/api/corpus/archives/1"),
    ("/corpus/works", "/api/corpus/works"),
    ("/corpus/works/1", "/api/corpus/works/1"),
    ("/corpus/checks", "/api/corpus/checks"),
    ("/corpus/search?q=toll", "/api/corpus/search?q=toll"),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = make_corpus(tmp_path_factory.mktemp("corpus") / "texts")
    build_corpus([folder], folder.parent / "corpus.sqlite", workers=0)
    explorer = Explorer.open(FIXTURES / "data", FIXTURES / "article.txt")
    return TestClient(create_app(explorer, corpus=Corpus.open(folder.parent / "corpus.sqlite")))


def test_every_page_of_the_table_is_tested_here() -> None:
    paths = [html.split("?")[0] for html, _ in URLS]
    for entry in PAGES:
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", entry.path)
        assert any(re.fullmatch(pattern, p) for p in paths), entry.path


@pytest.mark.parametrize(("html", "api"), URLS)
def test_the_page_draws_what_its_json_says(client: TestClient, html: str, api: str) -> None:
    page = client.get(html)
    assert page.status_code == 200 and page.template.name.endswith(".html")  # type: ignore[attr-defined]
    drawn = jsonable_encoder(page.context["data"])  # type: ignore[attr-defined]
    assert drawn == client.get(api).json()


def test_routes_come_from_the_table(client: TestClient) -> None:
    routes = {r.name: r.path for r in client.app.routes if isinstance(r, APIRoute)}  # type: ignore[attr-defined]
    for entry in PAGES:
        assert routes[f"page:{entry.path}"] == entry.path
        assert routes[f"api:{entry.path}"] == entry.api
