"""The explorer on the real article (read at run time, never stored) and the bundled KB."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from borderlands.errors import InputError
from borderlands.kb import load
from borderlands.web.app import create_app
from borderlands.web.catalog import COLLECTIONS
from borderlands.web.explorer import Explorer

pytestmark = pytest.mark.article

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "web" / "data"


@pytest.fixture(scope="module")
def client(article_path: Path) -> TestClient:
    return TestClient(create_app(Explorer.open(FIXTURE_DATA, article_path)))


def test_reader_has_every_printed_page(client: TestClient) -> None:
    data = client.get("/api/article").json()
    assert [p["number"] for p in data["pages"]] == list(range(813, 862))
    page = client.get("/article").text
    assert 'id="page-813"' in page and 'id="page-861"' in page


def test_first_markers_open_the_first_notes(client: TestClient) -> None:
    page = client.get("/article").text
    # notes 1-3 (Maclean's memoir and the British Foreign Office reel) are called on p. 813
    for n in (1, 2, 3):
        assert f'<a href="#note-{n}" id="ref-{n}" aria-label="note {n}">{n}</a>' in page
        assert f'id="note-{n}"' in page
    notes = {n["n"]: n for n in client.get("/api/article").json()["notes"]}
    assert notes[1]["page"] == 813 and "Eastern Approaches" in notes[1]["text"]


def test_markers_of_notes_absent_from_the_copy_are_not_links(client: TestClient) -> None:
    page = client.get("/article").text
    missing = client.get("/api/article").json()["missing_notes"]
    assert len(missing) == 60 and 157 in missing  # the copy lacks 60 notes, from note 157
    assert page.count('<sup class="marker absent" id="ref-') == 60
    assert 'href="#note-157"' not in page
    assert "note 157 is missing from this copy" in page
    assert '<a href="#note-156"' in page  # the note before is present and linked


def test_finding_aid_lists_files_from_the_notes(client: TestClient) -> None:
    archives = {a["archive"]: a for a in client.get("/api/archives").json()["archives"]}
    assert "GARF" in archives and "RTsKhIDNI" in archives
    garf = {f["fond"]: f["files"] for f in archives["GARF"]["fond_files"]}
    # note 8 (p. 815): GARF 5446/20a/493; note 60 (p. 825): GARF 1235/128/2 (1933)
    assert any(f["opis"] == "20a" and f["delo"] == "493" and 8 in f["notes"] for f in garf["5446"])
    assert any(
        f["opis"] == "128"
        and f["delo"] == "2"
        and f["notes"] == [60]
        and f["article_pages"] == [825]
        for f in garf["1235"]
    )


def test_figure_checks_link_into_the_reader(client: TestClient) -> None:
    data = client.get("/api/checks").json()
    assert data["checks"], "the article states derived percentages"
    reader = client.get("/article").text
    linked = [c for c in data["checks"] if c["paragraph"]]
    assert linked
    for check in linked:
        assert f'id="{check["paragraph"]}"' in reader


def test_every_bundled_record_page_renders() -> None:
    try:
        kb = load()
    except InputError as exc:
        pytest.skip(f"the bundled data/ does not load right now ({exc}); see the KB's tests")
    app = create_app(Explorer.open(None, None))
    paths = [f"/{c}/{r.id}" for c in COLLECTIONS for r in getattr(kb, c)]
    paths += ["/", "/timeline", "/map", "/search?q=Korean", *(f"/{c}" for c in COLLECTIONS)]

    async def fetch_all() -> dict[str, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return {path: (await client.get(path)).status_code for path in paths}

    statuses = asyncio.run(fetch_all())
    assert {path: code for path, code in statuses.items() if code != 200} == {}
    assert len(paths) == sum(len(getattr(kb, c)) for c in COLLECTIONS) + 14


def test_finding_aid_lists_microfilm_reels_under_their_reel(client: TestClient) -> None:
    archives = {a["archive"]: a for a in client.get("/api/archives").json()["archives"]}
    # notes 2-5 cite the British Foreign Office's Russia Correspondence, reel 7 (p. 813-814)
    reels = {g["reel"]: g["files"] for g in archives["BFORC"]["fond_files"] if g["reel"]}
    assert "7" in reels and any(2 in f["notes"] for f in reels["7"])
    page = client.get("/archives").text
    assert "<h3>Reel 7</h3>" in page and "<h3>Fond —</h3>" not in page
