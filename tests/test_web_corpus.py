"""The corpus in the explorer (issue #18, ``serve --corpus``): every corpus page and its JSON
over a corpus built from tests/fixtures/corpus, bad ids, no corpus, and bad corpus files."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient

from borderlands.corpus.build import build_corpus
from borderlands.web.app import app_from_environment, create_app
from borderlands.web.corpus_pages import Corpus
from borderlands.web.explorer import Explorer
from corpus_helpers import make_corpus
from test_web_cli import run_main
from test_web_security import assert_inert

WEB_DATA = Path(__file__).parent / "fixtures" / "web" / "data"

PAGES = [
    "/corpus",
    "/corpus/articles/1",
    "/corpus/archives",
    "/corpus/archives/1",
    "/corpus/works",
    "/corpus/works/1",
    "/corpus/checks",
    "/corpus/search?q=toll",
    "/corpus/search",
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_corpus(tmp_path_factory.mktemp("corpus") / "texts")
    db = folder.parent / "corpus.sqlite"
    build_corpus([folder], db, workers=0)
    return db


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> TestClient:
    explorer = Explorer.open(WEB_DATA)
    return TestClient(create_app(explorer, corpus=Corpus.open(corpus_db)))


def api(url: str) -> str:
    return "/api" + url


@pytest.mark.parametrize("url", PAGES)
def test_every_corpus_page_draws_what_its_json_says(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200, url
    assert page.template.name.startswith("corpus_")  # type: ignore[attr-defined]
    drawn = jsonable_encoder(page.context["data"])  # type: ignore[attr-defined]
    assert drawn == client.get(api(url)).json()
    assert 'href="/corpus/archives"' in page.text  # the corpus's own navigation
    assert 'href="/corpus"' in page.text  # and the site's, now with the corpus


def titles(client: TestClient) -> dict[str, int]:
    return {a["title"]: a["id"] for a in client.get("/api/corpus").json()["articles"]}


def test_articles_list_every_readable_article_and_the_unreadable_files(
    client: TestClient,
) -> None:
    data = client.get("/api/corpus").json()
    found = titles(client)
    # titles of the fixture texts and of the PDF and .docx make_corpus writes
    assert "A Frontier District and Its Files" in found
    assert "Ferry Tolls on the Lower River" in found
    assert "A Memorandum on Schools" in found
    failed = {Path(e["path"]).name for e in data["errors"]}
    assert failed == {"empty.txt", "broken.pdf"}
    html = client.get("/corpus").text
    for title, number in found.items():
        assert f'href="/corpus/articles/{number}"' in html and title in html


def test_article_reader_links_each_citation_to_its_file_and_work(client: TestClient) -> None:
    number = titles(client)["A Frontier District and Its Files"]
    data = client.get(f"/api/corpus/articles/{number}").json()
    notes = {n["n"]: n for n in data["notes"]}
    # note 1 cites GARF 1235/141/1531; note 2 a book by Anna Petrova; note 3 two files
    (first,) = notes[1]["citations"]
    assert (first["archive"], first["fond"], first["delo"]) == ("GARF", "1235", "1531")
    assert notes[2]["citations"][0]["work_href"].startswith("/corpus/works/")
    assert len([c for c in notes[3]["citations"] if c["file_href"]]) == 2
    html = client.get(f"/corpus/articles/{number}").text
    assert f'href="{first["file_href"]}"' in html
    assert 'id="n-3"' in html
    # the 40 and 60 percent shares of 5,000 households are checked in the reader
    assert any(c["stated"] == "40 percent" for c in data["checks"])
    assert "40 percent" in html


def test_archival_file_page_lists_every_article_citing_it(client: TestClient) -> None:
    files = client.get("/api/corpus/archives").json()["files"]
    garf = next(f for f in files if f["label"] == "GARF f. 1235, op. 141, d. 1531")
    # the frontier and railway texts both cite this file
    assert garf["articles"] == 2
    page = client.get(garf["href"])
    assert page.status_code == 200 and "GARF f. 1235, op. 141, d. 1531" in page.text
    cited_in = {c["title"] for c in client.get(api(garf["href"])).json()["citations"]}
    assert "A Frontier District and Its Files" in cited_in and len(cited_in) == 2
    index = client.get("/corpus/archives").text
    assert f'href="{garf["href"]}"' in index


def test_works_across_articles_and_one_work(client: TestClient) -> None:
    works = client.get("/api/corpus/works").json()["works"]
    harbors = next(w for w in works if w["title"].startswith("Harbors of the North"))
    assert harbors["articles"] >= 2
    cites = client.get(api(harbors["href"])).json()["citations"]
    assert "A Frontier District and Its Files" in {c["article_title"] for c in cites}
    assert all(c["article_href"].startswith("/corpus/articles/") for c in cites)


def test_checks_across_articles_count_their_verdicts(client: TestClient) -> None:
    data = client.get("/api/corpus/checks").json()
    assert sum(data["verdicts"].values()) == len(data["checks"]) > 0
    frontier = [c for c in data["checks"] if c["title"] == "A Frontier District and Its Files"]
    assert {c["stated"] for c in frontier} >= {"5,000", "40 percent"}
    assert all(c["verdict"] == "consistent" for c in frontier if c["stated"] == "5,000")


def test_search_finds_words_and_links_into_the_reader(client: TestClient) -> None:
    hits = client.get("/api/corpus/search?q=toll").json()["hits"]
    assert [h["title"] for h in hits] == ["Ferry Tolls on the Lower River"]
    target, anchor = hits[0]["href"].split("#")
    assert f'id="{anchor}"' in client.get(target).text
    assert client.get("/api/corpus/search?q=zzzqqq").json()["hits"] == []
    assert client.get("/api/corpus/search?q=%22%22").json()["hits"] == []  # no word at all
    assert client.get("/api/corpus/search?q=" + "x" * 201).status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/corpus/articles/999",
        "/corpus/articles/abc",
        "/corpus/articles/99999999999999999999999",
        "/corpus/archives/0",
        "/corpus/archives/-1",
        "/corpus/works/999",
    ],
)
def test_bad_ids_are_404_pages(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 404 and "<title>Not found" in page.text
    answer = client.get(api(url))
    assert answer.status_code == 404 and answer.json()["error"].startswith("not found")


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("/corpus/articles/999", "article 999 in the corpus corpus.sqlite"),
        ("/corpus/articles/abc", "article abc (an id is a whole number)"),
        ("/corpus/archives/0", "archival file 0 in the corpus corpus.sqlite"),
        ("/corpus/archives/-1", "archival file -1 (an id is a whole number)"),
        ("/corpus/works/999", "work 999 in the corpus corpus.sqlite"),
    ],
)
def test_a_404_says_what_was_not_found(client: TestClient, url: str, said: str) -> None:
    """The page and its JSON name the kind of thing and the id that were not found."""
    page = client.get(url)
    assert page.status_code == 404
    assert f"Not found: {said}." in page.text
    assert "There is no such page" not in page.text
    answer = client.get(api(url))
    assert answer.json() == {"error": f"not found: {said}"}


def test_without_a_corpus_its_pages_are_404_and_not_in_the_menu() -> None:
    bare = TestClient(create_app(Explorer.open(WEB_DATA)))
    for url in ("/corpus", "/corpus/archives", "/corpus/articles/1"):
        assert bare.get(url).status_code == 404
    assert "--corpus" in bare.get("/api/corpus").json()["error"]
    assert 'href="/corpus"' not in bare.get("/").text


def test_missing_or_invalid_corpus_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    for path, words in (
        (missing, "no corpus database here"),
        (text, "is not a corpus database"),
        (other, "is not a corpus database"),
        (tmp_path, "is a folder, not a corpus database file"),
        (Path("/dev/null"), "is not a regular file"),
    ):
        status, err = run_main(["--port", "0", "--corpus", str(path)], capsys)
        lines = err.strip().splitlines()
        assert status == 2 and len(lines) == 1, err
        assert re.match(rf"borderlands: {re.escape(str(path))}: .*{words}", lines[0]), err


@pytest.mark.parametrize("url", ["/corpus", "/corpus/articles/1", "/api/corpus/archives/1"])
def test_head_answers_like_get(client: TestClient, url: str) -> None:
    got, head = client.get(url), client.head(url)
    assert (got.status_code, head.status_code, head.content) == (200, 200, b"")
    assert head.headers["content-type"] == got.headers["content-type"]


HOSTILE_ARTICLE = """\
 The <script>alert(1)</script> District Files

Ida <img src=x onerror=alert(2)> Stone

The office kept a file on each family <b onmouseover=alert(3)>crossing</b> the river
in 1931.1 Of 300 families, 100 families (one third) came from the hills.2

1 GARF 1235/141/1531 (1931): 3; see "<script>alert(4)</script>".
2 Anna Petrova, <svg onload=alert(5)> Harbors (Moscow, 1999), 61.
"""


def test_hostile_corpus_text_is_escaped_on_every_corpus_page(tmp_path: Path) -> None:
    """An article whose title, byline, text and notes carry markup: every page shows it as
    text (our words; the same checks as tests/test_web_security.py)."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    build_corpus([tmp_path / "texts"], tmp_path / "c.sqlite", workers=0)
    hostile = TestClient(
        create_app(Explorer.open(WEB_DATA), corpus=Corpus.open(tmp_path / "c.sqlite"))
    )
    (article,) = hostile.get("/api/corpus").json()["articles"]
    assert "<script>" in article["title"]  # stored as written, shown as text
    for url in [
        "/corpus",
        article["href"],
        "/corpus/archives/1",
        "/corpus/works",
        "/corpus/checks",
        "/corpus/search?q=script",
        "/corpus/search?q=%3Cscript%3Ealert(9)%3C/script%3E",
    ]:
        page = hostile.get(url)
        assert page.status_code == 200, url
        assert_inert(page.text)
        assert "&lt;script&gt;" in page.text or url == "/corpus/works", url


def test_uvicorn_factory_reads_the_corpus_from_the_environment(
    corpus_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BORDERLANDS_DATA", str(WEB_DATA))
    monkeypatch.setenv("BORDERLANDS_WEB_CORPUS", str(corpus_db))
    factory = TestClient(app_from_environment())
    assert factory.get("/api/corpus").json()["articles"]
    monkeypatch.setenv("BORDERLANDS_WEB_CORPUS", "")
    assert TestClient(app_from_environment()).get("/api/corpus").status_code == 404
