"""The CLI and the web explorer are two shells over one read API (issue #11): for the same
data they give the same record, the same lists and byte-identical exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from borderlands.cli import app as cli
from borderlands.kb.recordtypes import RECORD_TYPES
from borderlands.web.app import create_app
from borderlands.web.explorer import Explorer

DATA = Path(__file__).parent / "fixtures" / "web" / "data"
runner = CliRunner()


@pytest.fixture(scope="module")
def web() -> TestClient:
    return TestClient(create_app(Explorer.open(DATA, None)))


def cli_out(*args: str) -> str:
    result = runner.invoke(cli, [*args, "--data", str(DATA)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("record_type", RECORD_TYPES)
def test_csv_download_is_the_cli_export_byte_for_byte(web: TestClient, record_type: str) -> None:
    download = web.get(f"/download/{record_type}.csv")
    assert download.status_code == 200
    exported = cli_out("export", record_type, "--format", "csv")
    assert download.content == exported.encode("utf-8")
    assert exported.count("\n") >= 2  # a header and at least one record


def test_places_geojson_download_is_the_cli_export(web: TestClient) -> None:
    download = web.get("/download/places.geojson")
    assert download.content == cli_out("export", "places", "--format", "geojson").encode()
    assert len(download.json()["features"]) == 4


@pytest.mark.parametrize(
    ("record_type", "fmt"),
    [*((t, "json") for t in RECORD_TYPES), ("events", "geojson"), ("places", "geojson")],
)
def test_every_download_is_the_cli_export(web: TestClient, record_type: str, fmt: str) -> None:
    download = web.get(f"/download/{record_type}.{fmt}")
    assert download.status_code == 200, download.text
    assert download.content == cli_out("export", record_type, "--format", fmt).encode()
    assert web.head(f"/download/{record_type}.{fmt}").headers["content-length"] == str(
        len(download.content)
    )


def test_downloads_that_do_not_exist(web: TestClient) -> None:
    assert web.get("/download/groups.geojson").status_code == 404
    assert web.get("/download/events.xml").status_code == 404
    assert web.get("/download/nothing.json").status_code == 404


def every_record(web: TestClient) -> list[tuple[str, str]]:
    return [
        (record_type, row["id"])
        for record_type in RECORD_TYPES
        for row in web.get(f"/api/{record_type}").json()["records"]
    ]


def test_record_json_lists_what_show_lists(web: TestClient) -> None:
    records = every_record(web)
    assert len(records) >= 15
    for record_type, rid in records:
        page = web.get(f"/api/{record_type}/{rid}").json()
        shown = json.loads(cli_out("show", rid, "--format", "json"))
        assert page["title"] == shown["title"], rid
        assert {
            label: [(r["id"], r["type"], r["title"]) for r in rows]
            for label, rows in page["related"].items()
        } == {
            label: [(r["id"], r["type"], r["title"]) for r in rows]
            for label, rows in shown["related"].items()
        }, rid
        html = web.get(f"/{record_type}/{rid}").text
        for rows in page["related"].values():
            for r in rows:
                assert f'href="{r["href"]}"' in html, (rid, r)


def test_the_typology_title_reads_the_same_everywhere(web: TestClient) -> None:
    page = web.get("/api/typology/typ-fix-total").json()
    shown = json.loads(cli_out("show", "typ-fix-total", "--format", "json"))
    assert page["title"] == shown["title"] == "Typology: Fixture total removal of the Islanders"
    assert "<h1>Typology: Fixture total removal of the Islanders</h1>" in web.get(
        "/typology/typ-fix-total"
    ).text


def test_record_json_carries_the_facts_the_page_shows(web: TestClient) -> None:
    page = web.get("/api/events/ev-fix-clearing-1935").json()
    labels = [fact["label"] for fact in page["facts"]]
    assert "Summary" in labels and "From" in labels
    html = web.get("/events/ev-fix-clearing-1935").text
    for fact in page["facts"]:
        assert f"<dt>{fact['label']}</dt>" in html
        for item in fact["items"]:
            if item["href"]:
                assert f'<a href="{item["href"]}">' in html


def test_event_list_is_the_cli_event_list(web: TestClient) -> None:
    listed = [row["id"] for row in web.get("/api/events").json()["records"]]
    printed = [e["id"] for e in json.loads(cli_out("events", "--format", "json"))]
    assert sorted(listed) == sorted(printed) and len(printed) >= 3


def test_the_bundled_korean_deportation_reads_the_same_in_both_shells() -> None:
    """The record the issue found listed with 28 related records by `show` and 19 links
    plus 13 back-links on its web page: both now list the same related records."""
    rid = "ev-1937-korean-deportation"
    result = runner.invoke(cli, ["show", rid, "--format", "json"])
    if result.exit_code != 0:
        pytest.skip(f"the bundled data has no {rid} right now")
    shown = json.loads(result.stdout)
    page = TestClient(create_app(Explorer.open(None, None))).get(f"/api/events/{rid}").json()
    assert page["title"] == shown["title"]
    listed = {label: [r["id"] for r in rows] for label, rows in page["related"].items()}
    assert listed == {label: [r["id"] for r in rows] for label, rows in shown["related"].items()}
    assert sum(map(len, listed.values())) >= 20
