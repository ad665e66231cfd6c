"""Every route of the explorer through FastAPI's TestClient, on the fixture KB and article."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from borderlands.web.app import WARM_PATHS, create_app, record_paths
from borderlands.web.cache import PageCache
from borderlands.web.explorer import Explorer

FIXTURES = Path(__file__).parent / "fixtures" / "web"
DATA = FIXTURES / "data"
ARTICLE = FIXTURES / "article.txt"

RECORD_PAGES = {
    "events": "ev-fix-clearing-1935",
    "decrees": "dec-fix-order-1",
    "groups": "grp-fix-borderfolk",
    "places": "pl-fix-steppe",
    "concepts": "con-fix-border-logic",
    "persons": "per-fix-commissar",
    "organisations": "org-fix-police",
    "figures": "fig-fix-10000",
    "typology": "typ-fix-total",
    "regime": "reg-fix-strip",
}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Explorer.open(DATA, ARTICLE)))


@pytest.fixture(scope="module")
def bare() -> TestClient:
    """The explorer without an article file."""
    return TestClient(create_app(Explorer.open(DATA, None)))


def hrefs(html: str) -> set[str]:
    return set(re.findall(r'href="([^"#]*)', html))


def test_home_says_what_it_is_and_links_every_page_type(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "<h1>Ethnic deportation in the Eurasian borderlands, 1912–1953</h1>" in page.text
    links = hrefs(page.text)
    for path in ("/timeline", "/map", "/article", "/archives", "/checks", "/search", "/api"):
        assert path in links
    for collection, rid in RECORD_PAGES.items():
        assert f"/{collection}" in links
        assert f"/{collection}/{rid}" in links or any(
            h.startswith(f"/{collection}/") for h in links
        )
    # the headline figure is the fixture's only figure in persons
    assert "about 10,000 persons" in page.text


@pytest.mark.parametrize(("collection", "rid"), sorted(RECORD_PAGES.items()))
def test_every_record_page_and_its_json(client: TestClient, collection: str, rid: str) -> None:
    page = client.get(f"/{collection}/{rid}")
    assert page.status_code == 200
    assert '<h2 id="prov-h">Provenance</h2>' in page.text
    data = client.get(f"/api/{collection}/{rid}").json()
    assert data["id"] == rid and data["type"] == collection
    assert data["record"]["id"] == rid
    assert all("page" in p for p in data["provenance"])
    listing = client.get(f"/{collection}")
    assert listing.status_code == 200 and f'href="/{collection}/{rid}"' in listing.text


def test_event_page_shows_facts_links_and_provenance_from_the_article(client: TestClient) -> None:
    page = client.get("/events/ev-fix-clearing-1935").text
    assert "February 1935 (known only to the month)" in page
    assert "about 10,000 persons" in page and "printed as “10,000”" in page
    assert 'href="/groups/grp-fix-borderfolk">Borderfolk</a>' in page
    assert 'href="/decrees/dec-fix-order-1"' in page
    # note 3 of the fixture article, and its archival reference parsed
    assert "GARF 5446/1/13 (1935): 9." in page
    assert 'href="/archives#archive-GARF">GARF</a> f. 5446, op. 1, d. 13' in page
    # the passage of page 814 (paragraph p3 starts there)
    assert "The reasons given changed over time." in page


def test_figure_page_reads_its_quantity_once(client: TestClient) -> None:
    page = client.get("/figures/fig-fix-10000").text
    assert "<dt>Quantity</dt>" in page
    assert "about 10,000 persons" in page and "printed as “10,000”" in page
    assert "<dt>Low</dt>" not in page


def test_missing_note_is_said_not_hidden(client: TestClient) -> None:
    data = client.get("/api/events/ev-fix-exchange-1923").json()
    (prov,) = data["provenance"]
    assert (prov["page"], prov["note"], prov["note_missing"]) == (816, 20, True)
    assert "Note 20 is missing from this copy" in client.get("/events/ev-fix-exchange-1923").text


def test_without_article_pages_say_the_feature_is_unavailable(bare: TestClient) -> None:
    reader = bare.get("/article")
    assert reader.status_code == 200
    assert "no article file was given" in reader.text
    assert "no article file was given" in bare.get("/archives").text
    assert "no article file was given" in bare.get("/checks").text
    record = bare.get("/api/events/ev-fix-clearing-1935").json()
    assert "note_text" not in record["provenance"][0]
    assert bare.get("/api/article").json() == {
        "available": False,
        "missing": "no article file was given (start the server with --article FILE)",
    }


def test_reader_pages_markers_notes_and_checks(client: TestClient) -> None:
    page = client.get("/article").text
    for number in (813, 814, 815):
        assert f'id="page-{number}"' in page
    # marker 3 in paragraph p2 links to note 3, which sits in a <details> on page 814
    assert '<a href="#note-3" id="ref-3" aria-label="note 3">3</a>' in page
    assert re.search(r'<details class="note"><summary>Note 3 .*?id="note-3"', page)
    assert "GARF f. 5446, op. 1, d. 13, l. 9, 1935" in page
    # note 3 lists the records resting on it
    assert re.search(
        r'id="note-3".*?citing this note: <a href="/events/ev-fix-clearing-1935">', page, re.S
    )
    # the fixture's share (1,200 of 5,000 = 24 percent) is checked and highlighted
    assert re.search(r'<a class="check verdict-consistent" [^>]*href="/checks#check-0"', page)
    data = client.get("/api/article").json()
    assert [p["number"] for p in data["pages"]] == [813, 814, 815]
    assert [n["n"] for n in data["notes"]] == [0, 1, 2, 3, 4, 5]


def test_finding_aid_groups_files_by_archive_and_fond(client: TestClient) -> None:
    data = client.get("/api/archives").json()
    archives = {a["archive"]: a for a in data["archives"]}
    assert set(archives) == {"GARF", "RTsKhIDNI"}
    garf = {f["fond"]: f["files"] for f in archives["GARF"]["fond_files"]}
    assert set(garf) == {"1235", "5446"}
    deloes = {(f["opis"], f["delo"]): f for f in garf["5446"]}
    assert set(deloes) == {("1", "12"), ("1", "13")}
    # the fixture decree cites note 1 (GARF 5446/1/12); the clearing event cites note 3
    assert [c["id"] for c in deloes[("1", "12")]["claims"]] == ["dec-fix-order-1"]
    assert {c["id"] for c in deloes[("1", "13")]["claims"]} == {
        "ev-fix-clearing-1935",
        "fig-fix-10000",
    }
    page = client.get("/archives").text
    assert 'id="archive-GARF"' in page and "Fond 5446" in page


def test_checks_page_links_back_to_the_reader(client: TestClient) -> None:
    data = client.get("/api/checks").json()
    (check,) = data["checks"]
    assert (check["stated"], check["verdict"], check["paragraph"]) == (
        "24 percent",
        "consistent",
        "p1",
    )
    page = client.get("/checks").text
    assert 'id="check-0"' in page and 'href="/article#p1"' in page
    assert "not a finding" in page  # what a verdict is worth, as in the HTML report


def test_timeline_filters_via_query_string(client: TestClient) -> None:
    page = client.get("/timeline?soviet=no").text
    # the exchange, and the undated non-Soviet fixture listed below the chart
    assert "2 of 4 events shown" in page
    assert 'href="/events/ev-fix-hostile"' in page
    assert 'href="/events/ev-fix-exchange-1923"' in page
    assert 'href="/events/ev-fix-clearing-1935"' not in page
    data = client.get("/api/timeline?soviet=yes&scope=total").json()
    assert [r["event"]["id"] for r in data["rows"]] == ["ev-fix-total-1937"]
    assert data["rows"][0]["precision"] == "year"
    zoomed = client.get("/timeline?from=1930&to=1938&kind=deportation").text
    assert "Timeline 1930–1938" in zoomed
    assert '<option value="deportation" selected>' in zoomed
    # empty form fields mean "any"
    assert client.get("/api/timeline?soviet=&kind=&group=&from=&to=").json()["shown"] == 4


def test_map_draws_routes_and_says_borders_are_modern(client: TestClient) -> None:
    page = client.get("/map").text
    assert "Borders drawn are today" in page
    assert page.count('class="flow ') == 3
    assert 'class="country"' in page
    one_year = client.get("/api/map?year=1937").json()
    assert [f["event"]["id"] for f in one_year["flows"]] == ["ev-fix-total-1937"]
    geo = client.get("/download/flows.geojson?group=grp-fix-borderfolk")
    assert geo.headers["content-type"] == "application/geo+json"
    assert geo.json()["features"][0]["properties"]["event"] == "ev-fix-clearing-1935"
    places = client.get("/download/places.geojson").json()
    assert len(places["features"]) == 4  # the unplaced village has no point


def test_search_with_facets(client: TestClient) -> None:
    data = client.get("/api/search?q=border").json()
    assert data["engine"] == "SQLite FTS5 (borderlands.kb.search)"
    assert data["facets"]["events"] >= 1 and data["facets"]["places"] == 1
    ids = {h["id"] for h in data["hits"]}
    assert {"pl-fix-border-district", "ev-fix-clearing-1935"} <= ids
    only_places = client.get("/api/search?q=border&type=places").json()
    assert [h["id"] for h in only_places["hits"]] == ["pl-fix-border-district"]
    assert only_places["facets"] == data["facets"]
    page = client.get("/search?q=islanders").text
    assert 'href="/groups/grp-fix-islanders"' in page
    assert client.get("/api/search").json()["hits"] == []


def test_csv_downloads(client: TestClient) -> None:
    response = client.get("/download/events.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    by_id = {r["id"]: r for r in rows}
    # the events contract's columns, as `borderlands export events --format csv` (issue #11)
    total = by_id["ev-fix-total-1937"]
    assert (total["count_low"], total["count_high"], total["count_unit"]) == (
        "20000", "30000", "persons",
    )
    assert total["precision"] == "year"
    assert by_id["ev-fix-clearing-1935"]["sources"] == "814 n. 3"
    decrees = list(csv.DictReader(io.StringIO(client.get("/download/decrees.csv").text)))
    assert decrees[0]["number"] == "00123"  # leading zeros kept
    assert decrees[0]["date"] == "1935-01-15" and decrees[0]["sources"] == "813 n. 1"
    groups = {
        r["id"]: r for r in csv.DictReader(io.StringIO(client.get("/download/groups.csv").text))
    }
    assert json.loads(groups["grp-fix-borderfolk"]["fate"])[0]["year"] == 1935
    assert groups["grp-fix-borderfolk"]["aliases"] == "Border people"
    assert client.get("/download/nothing.csv").status_code == 404


def test_openapi_is_local_and_documents_the_api(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
    schema = client.get("/openapi.json").json()
    for path in ("/api/timeline", "/api/map", "/api/search", "/api/{collection}/{record_id}"):
        assert path in schema["paths"]
    assert "/timeline" not in schema["paths"]  # HTML pages are not API
    viewer = client.get("/api").text
    assert "<code>GET /api/timeline</code>" in viewer
    assert "cdn" not in viewer.lower()


def test_unknown_records_and_bad_queries(client: TestClient) -> None:
    assert client.get("/events/ev-nope").status_code == 404
    assert client.get("/events/grp-fix-borderfolk").status_code == 404  # wrong type
    assert client.get("/nowhere").status_code == 404
    assert client.get("/api/events/ev-nope").json() == {"error": "not found: ev-nope"}
    bad = client.get("/timeline?kind=bogus&from=1800")
    assert bad.status_code == 400
    assert "kind" in bad.text and "from" in bad.text
    assert client.get("/api/map?year=abc").status_code == 400


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/static/style.css", "/api/home", "/nowhere"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_pages_reference_no_external_origin(client: TestClient) -> None:
    for path in ("/", "/timeline", "/map", "/article", "/events/ev-fix-clearing-1935", "/api"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html), path


def test_search_marks_matches_and_escapes_the_rest(client: TestClient) -> None:
    data = client.get("/api/search?q=Islanders").json()
    parts = data["hits"][0]["snippet_parts"]
    assert {"text": "Islanders", "match": True} in parts
    assert "<mark>Islanders</mark>" in client.get("/search?q=Islanders").text


def test_repeated_requests_are_served_from_the_page_cache() -> None:
    app = create_app(Explorer.open(DATA, None))
    client = TestClient(app)
    first = client.get("/timeline?soviet=yes")
    second = client.get("/timeline?soviet=yes")
    assert first.content == second.content
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert second.headers.get_list("x-content-type-options") == ["nosniff"]
    cache = find_cache(app)
    assert (cache.hits, cache.misses) == (1, 1)
    client.get("/events/ev-nope")
    client.get("/events/ev-nope")
    assert cache.misses == 3  # a 404 is never cached
    # what the filter form sends (empty fields, another order) is the same page
    assert client.get("/timeline?kind=&soviet=yes&group=").content == first.content
    assert cache.hits == 2


def find_cache(app: object) -> PageCache:
    layer = app.middleware_stack  # type: ignore[attr-defined]
    while layer is not None and not isinstance(layer, PageCache):
        layer = getattr(layer, "app", None)
    assert isinstance(layer, PageCache)
    return layer


def test_warm_start_renders_main_pages_first_then_every_record() -> None:
    explorer = Explorer.open(DATA, ARTICLE)
    app = create_app(explorer, warm=True)
    with TestClient(app) as client:  # entering runs the lifespan, which warms the cache
        cache = find_cache(app)
        for path in WARM_PATHS:  # rendered before the first request is accepted
            assert path.encode() + b"?" in cache.entries
        every = len(WARM_PATHS) + len(record_paths(explorer))
        # lists, fixture records, five zoom presets, the map of each year 1912-1953
        assert len(record_paths(explorer)) == 10 + 19 + 5 + 42
        deadline = time.monotonic() + 30
        while cache.misses < every and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cache.misses == every and cache.hits == 0
        assert b"/map?year=1937" in cache.entries  # a warmed page with a query string
        assert client.get("/regime/reg-fix-strip").status_code == 200
        assert client.get("/article").status_code == 200
        assert cache.hits == 2 and cache.misses == every


def test_search_reaches_the_article_when_given(client: TestClient, bare: TestClient) -> None:
    data = client.get("/api/search?q=Islanders&type=article").json()
    assert [(h["id"], h["href"]) for h in data["hits"]] == [("p2", "/article#p2")]
    assert data["facets"]["article"] == 1 and data["facets"]["groups"] == 1
    notes = client.get("/api/search?q=RTsKhIDNI").json()
    assert ("note-5", "article") in {(h["id"], h["type"]) for h in notes["hits"]}
    assert "article" not in bare.get("/api/search?q=Islanders").json()["facets"]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/timeline",
        "/map",
        "/events",
        "/events/ev-fix-clearing-1935",
        "/article",
        "/archives",
        "/checks",
        "/search?q=fixture",
        "/api",
        "/nowhere",
    ],
)
def test_page_structure_for_assistive_technology(client: TestClient, path: str) -> None:
    tree = lxml.html.fromstring(client.get(path).text)
    assert tree.get("lang") == "en"
    assert len(tree.xpath("//h1")) == 1
    assert tree.xpath("//a[@class='skip-link']/@href") == ["#main"]
    assert len(tree.xpath("//main[@id='main']")) == 1
    ids = [e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for field in tree.xpath("//input|//select"):
        assert tree.xpath(f"//label[@for='{field.get('id')}']"), field.get("id")
