"""Other works' figures in the explorer (issue #15): the event page's "what the sources say"
table, /disagreements largest first, /works and /works/<id>, the events CSV's estimates.

The fixture KB (tests/fixtures/web/data) is copied and given two invented works and two
invented events whose counts disagree by known amounts (our own numbers and words)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from borderlands.kb import load
from borderlands.kb.estimates import disagreements
from borderlands.kb.export import estimate_text
from borderlands.web.app import create_app
from borderlands.web.explorer import Explorer
from borderlands.web.sources_pages import value_text

WEB_DATA = Path(__file__).parent / "fixtures" / "web" / "data"

WORKS = """\
- id: fix-survey-2001
  kind: book
  authors: [Ada Invented]
  title: An Invented Survey of Removals
  year: 2001
  language: en
  note: Invented for the explorer tests.
- id: fix-web-2020
  kind: web page
  title: An Invented Encyclopedia Page
  container: Invented Encyclopedia
  url: https://example.org/invented-page
  language: en
  draws_on: [fix-survey-2001]
"""

EVENTS = """\
- id: ev-fix-src-1938
  title: Fixture removal counted by two works
  kind: deportation
  start: 1938
  end: 1938
  state: USSR
  soviet: true
  groups: [grp-fix-islanders]
  origin: [pl-fix-islands]
  destination: [pl-fix-steppe]
  counts:
    - {value: 12000, unit: persons, stated: "12,000", quantity: deported,
       sources: [{page: 817, note: 4}]}
    - {value: 12400, unit: persons, stated: "12,400", quantity: deported,
       sources: [{work: fix-survey-2001, page: 33}]}
    - {value: 2000, unit: persons, approx: true, stated: "about 2,000", quantity: died,
       sources: [{page: 818}]}
    - {value: 2040, unit: persons, stated: "2,040", quantity: died,
       sources: [{work: fix-survey-2001, page: 34, note: 7}]}
  estimates:
    - quantity: deported
      what: islanders removed in 1938
      status: carried_out
      unit: persons
      agree: false
      explanation: The survey counts a later train the article leaves out.
      explained_by: [{work: fix-survey-2001, page: 35}]
    - quantity: died
      what: islanders who died on the way
      status: died
      unit: persons
      agree: true
  scope: partial
  context: peace
  summary: An invented removal that two works count differently.
  sources: [{page: 817}, {work: fix-web-2020, section: lead}]
- id: ev-fix-src-1939
  title: Fixture removal the works disagree on widely
  kind: deportation
  start: 1939
  end: 1939
  state: USSR
  soviet: true
  origin: [pl-fix-islands]
  destination: [pl-fix-steppe]
  counts:
    - {value: 1000, unit: persons, quantity: deported, sources: [{page: 819}]}
    - {value: 1500, unit: persons, quantity: deported,
       sources: [{work: fix-survey-2001, page: 40}]}
  estimates:
    - {quantity: deported, what: removed in 1939, status: carried_out, unit: persons,
       agree: false}
  scope: partial
  context: peace
  summary: An invented removal; one work counts half as many again.
  sources: [{page: 819}]
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("kb") / "data"
    shutil.copytree(WEB_DATA, data)
    (data / "works" / "invented.yaml").write_text(WORKS, encoding="utf-8")
    (data / "events" / "estimates.yaml").write_text(EVENTS, encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def client(data_dir: Path) -> TestClient:
    return TestClient(create_app(Explorer.open(data_dir)))


def rows_of(html: str, caption_word: str) -> str:
    start = html.index(caption_word)
    return html[start : html.index("</table>", start)]


def test_event_page_says_what_each_work_says(client: TestClient) -> None:
    data = client.get("/api/events/ev-fix-src-1938").json()
    deported, died = data["estimates"]
    assert (deported["quantity"], deported["agree"], deported["difference"]) == (
        "deported",
        False,
        400,
    )
    assert [(v["work"], v["text"], v["locators"]) for v in deported["values"]] == [
        ("martin-1998", "12,000", ["p. 817 n. 4"]),
        ("fix-survey-2001", "12,400", ["p. 33"]),
    ]
    assert deported["values"][1]["work_ref"]["href"] == "/works/fix-survey-2001"
    assert deported["explained_by_labels"] == ["fix-survey-2001 p. 35"]
    # about 2,000 allows 1,500-2,500: the 2,040 agrees with it
    assert died["agree"] is True
    html = client.get("/events/ev-fix-src-1938").text
    table = rows_of(html, "islanders removed in 1938")
    assert "the works differ</strong> by 400 persons (3.3%)" in table
    assert '<a href="/works/fix-survey-2001">An Invented Survey of Removals</a>' in table
    assert "p. 33" in table and "p. 817 n. 4" in table
    assert "The survey counts a later train the article leaves out." in html
    assert "the works agree" in rows_of(html, "islanders who died")


def test_event_without_estimates_has_no_table(client: TestClient) -> None:
    assert client.get("/api/events/ev-fix-clearing-1935").json()["estimates"] == []
    assert "What the sources say" not in client.get("/events/ev-fix-clearing-1935").text


def test_disagreements_largest_first_and_agreeing_estimates_left_out(
    client: TestClient,
) -> None:
    data = client.get("/api/disagreements").json()["disagreements"]
    # 1,000 against 1,500 is 50 % apart; 12,000 against 12,400 is 3.3 %
    assert [(d["event"], d["quantity"]) for d in data] == [
        ("ev-fix-src-1939", "deported"),
        ("ev-fix-src-1938", "deported"),
    ]
    assert [d["relative_difference"] for d in data] == [0.5, 0.0333]
    html = client.get("/disagreements").text
    first = html.index("Fixture removal the works disagree on widely")
    assert first < html.index("Fixture removal counted by two works")
    assert '<a href="/events/ev-fix-src-1939">' in html
    assert "2 estimates whose works differ" in html


def test_works_list_and_counts_their_citations(client: TestClient) -> None:
    works = {w["id"]: w for w in client.get("/api/works").json()["works"]}
    assert set(works) == {"martin-1998", "fix-survey-2001", "fix-web-2020"}
    # the survey: two counts of the 1938 event, its explanation, one count of the 1939 event
    assert works["fix-survey-2001"]["citations"] == 4
    assert works["fix-web-2020"]["citations"] == 1
    html = client.get("/works").text
    assert '<a href="/works/fix-web-2020">An Invented Encyclopedia Page</a>' in html


def test_work_page_lists_details_lineage_and_everything_citing_it(client: TestClient) -> None:
    web = client.get("/api/works/fix-web-2020").json()
    assert web["work"]["url"] == "https://example.org/invented-page"
    assert web["draws_on"] == [
        {
            "id": "fix-survey-2001",
            "title": "An Invented Survey of Removals",
            "href": "/works/fix-survey-2001",
        },
    ]
    (citing,) = web["citing"]
    assert (citing["record_id"], citing["where"], citing["locator"]) == (
        "ev-fix-src-1938",
        "sources[1]",
        "§ lead",
    )
    html = client.get("/works/fix-web-2020").text
    assert '<a href="https://example.org/invented-page" rel="noreferrer">' in html
    assert '<a href="/events/ev-fix-src-1938">Fixture removal counted by two works</a>' in html
    survey = client.get("/api/works/fix-survey-2001").json()
    assert [w["id"] for w in survey["drawn_on_by"]] == ["fix-web-2020"]
    assert [(c["record_id"], c["where"], c["locator"]) for c in survey["citing"]] == [
        ("ev-fix-src-1938", "counts[1].sources[0]", "p. 33"),
        ("ev-fix-src-1938", "counts[3].sources[0]", "p. 34 n. 7"),
        ("ev-fix-src-1938", "estimates[0].explained_by[0]", "p. 35"),
        ("ev-fix-src-1939", "counts[1].sources[0]", "p. 40"),
    ]
    assert "Cited by (4)" in client.get("/works/fix-survey-2001").text


@pytest.mark.parametrize("url", ["/works/no-such-work", "/works/<script>"])
def test_unknown_work_is_404(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 404 and "<title>Not found" in page.text
    assert client.get("/api" + url).status_code == 404


def test_events_csv_carries_each_estimate_readably(client: TestClient) -> None:
    rows = {
        r["id"]: r for r in csv.DictReader(io.StringIO(client.get("/download/events.csv").text))
    }
    assert rows["ev-fix-src-1938"]["estimates"] == (
        "deported (carried out): 12,000–12,400 persons, 2 works, differ; "
        "died (died): 2,000–2,040 persons, 2 works, agree"
    )
    assert rows["ev-fix-clearing-1935"]["estimates"] == ""


def test_estimate_text_of_a_range_and_a_single_value() -> None:
    table = {
        "quantity": "planned",
        "status": "planned",
        "unit": "households",
        "agree": True,
        "works": ["a-1"],
        "values": [{"value": None, "low": 15000, "high": 16000}],
    }
    assert estimate_text(table) == "planned (planned): 15,000–16,000 households, 1 work, agree"
    table["values"] = [{"value": 15000, "low": None, "high": None}]
    assert estimate_text(table) == "planned (planned): 15,000 households, 1 work, agree"


def test_bundled_kb_disagreements_page_is_the_kbs_order() -> None:
    """On the real curated data: the page lists exactly ``disagreements(kb)``, in order, and
    every event with estimates renders its table."""
    explorer = Explorer.open()
    bundled = TestClient(create_app(explorer))
    listed = bundled.get("/api/disagreements").json()["disagreements"]
    expected = disagreements(load())
    assert [(d["event"], d["quantity"]) for d in listed] == [
        (d["event"], d["quantity"]) for d in expected
    ]
    shares = [d["relative_difference"] for d in listed]
    assert shares == sorted(shares, reverse=True) and len(listed) > 0
    for event in {d["event"] for d in listed}:
        page = bundled.get(f"/events/{event}")
        assert page.status_code == 200 and "What the sources say" in page.text


def flow_of(client: TestClient, query: str, event: str) -> dict[str, object]:
    flows = client.get(f"/api/map?{query}").json()["flows"]
    return next(f for f in flows if f["event"]["id"] == event)


@pytest.mark.parametrize(
    ("choice", "persons", "count"),
    [
        ("", 12000, "12,000 persons"),  # the map's usual count: the first carried out
        ("article", 12000, "12,000 persons"),
        ("low", 12000, "12,000 persons"),
        ("high", 12400, "12,400 persons"),
    ],
)
def test_map_draws_the_chosen_estimate_and_shows_its_range(
    client: TestClient, choice: str, persons: int, count: str
) -> None:
    flow = flow_of(client, f"year=1938&estimate={choice}", "ev-fix-src-1938")
    assert (flow["persons"], flow["count"]) == (persons, count)
    assert flow["estimate_range"] == "12,000–12,400 persons, 2 works"
    html = client.get(f"/map?year=1938&estimate={choice}").text
    assert "(the works: 12,000–12,400 persons, 2 works)" in html
    if choice:
        assert f'<option value="{choice}" selected>' in html


def test_map_estimate_choice_leaves_events_without_estimates_alone(client: TestClient) -> None:
    for choice in ("low", "high", "article"):
        flow = flow_of(client, f"year=1935&estimate={choice}", "ev-fix-clearing-1935")
        assert (flow["persons"], flow["estimate_range"]) == (10000, None)
    assert client.get("/api/map?estimate=median").status_code == 400


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"value": 12400, "stated": "12,400"}, "12,400"),
        ({"value": 2000, "approx": True}, "about 2,000"),
        ({"value": 93000, "qualifier": "over"}, "over 93,000"),
        ({"value": None, "low": 20000, "high": 30000}, "20,000–30,000"),
        ({"value": None, "low": 5000, "high": None}, "from 5,000"),
        ({"value": None, "low": None, "high": 800}, "up to 800"),
    ],
)
def test_a_value_without_its_printed_words_is_written_out(
    value: dict[str, object], text: str
) -> None:
    assert value_text(value) == text
