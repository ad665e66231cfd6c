"""`build` compiles the fixture KB into SQLite atomically; search and event queries read it."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from borderlands.errors import InputError
from borderlands.kb import build, find_events, search
from borderlands.kb.store import ensure_db, recorded_fingerprint

GOOD = Path(__file__).parent / "fixtures" / "kb" / "good"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "kb.sqlite"
    build(path, GOOD)
    return path


def test_tables_rows_and_links(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 3
    assert conn.execute(
        "SELECT place_id, role FROM event_places WHERE event_id = 'ev-korean-removal-1937' "
        "ORDER BY role"
    ).fetchall() == [("pl-kazakhstan", "destination"), ("pl-far-east", "origin")]
    assert conn.execute(
        "SELECT value, unit, stated FROM counts WHERE event_id = 'ev-korean-removal-1937'"
    ).fetchall() == [(171781.0, "persons", "171,781")]
    assert conn.execute(
        "SELECT page, note FROM sources WHERE record_id = 'ev-finn-border-1935' ORDER BY part"
    ).fetchall() == [(847, None), (847, 160)]
    assert conn.execute("SELECT file, line FROM records WHERE id = 'per-yezhov'").fetchone() == (
        "persons/core.yaml",
        1,
    )
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_full_text_search(db: Path) -> None:
    hits = search("Kazakhstan", db=db)
    assert [h.id for h in hits][:1] == ["pl-kazakhstan"]
    assert "ev-korean-removal-1937" in [h.id for h in hits]
    train = search("train", db=db)
    assert [(h.id, h.type) for h in train] == [("ev-korean-removal-1937", "event")]
    assert "<mark>train</mark>" in train[0].snippet
    assert search("households Finnish", db=db)[0].id == "ev-finn-border-1935"
    assert search('"unbalanced: -quotes', db=db) == []
    assert search("   ", db=db) == []


def test_events_query_filters(db: Path) -> None:
    assert [e["id"] for e in find_events(db=db)] == [
        "ev-exchange-1923",
        "ev-finn-border-1935",
        "ev-korean-removal-1937",
    ]
    assert [e["id"] for e in find_events(group="Finnish", db=db)] == ["ev-finn-border-1935"]
    assert [e["id"] for e in find_events(year=1924, db=db)] == ["ev-exchange-1923"]
    assert [e["id"] for e in find_events(soviet=False, db=db)] == ["ev-exchange-1923"]
    assert [e["id"] for e in find_events(kind="population exchange", db=db)] == ["ev-exchange-1923"]
    with pytest.raises(InputError, match="no group named 'Martians'"):
        find_events(group="Martians", db=db)
    with pytest.raises(InputError, match="unknown event kind 'picnic'"):
        find_events(kind="picnic", db=db)


def test_a_failed_build_leaves_the_previous_database_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    target = tmp_path / "kb.sqlite"
    build(target, data)
    before = target.read_bytes()
    path = data / "events" / "core.yaml"
    path.write_text(path.read_text().replace("[pl-kazakhstan]", "[pl-atlantis]"))
    with pytest.raises(InputError) as info:
        build(target, data)
    assert info.value.line().startswith(f"{path}:11: event ev-korean-removal-1937: destination")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "kb.metadata.json", "kb.sqlite"]


def test_ensure_db_rebuilds_when_data_changes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    target = tmp_path / "kb.sqlite"
    ensure_db(target, data)
    first = recorded_fingerprint(target)
    assert first is not None
    assert ensure_db(target, data) == target and recorded_fingerprint(target) == first
    path = data / "persons" / "core.yaml"
    path.write_text(path.read_text().replace("head of the NKVD", "chief gendarme"))
    ensure_db(target, data)
    assert recorded_fingerprint(target) != first
    assert search("gendarme", db=target)[0].id == "per-yezhov"


def test_datasette_opens_it_with_the_metadata(db: Path) -> None:
    from datasette.app import Datasette

    metadata = json.loads(db.with_name("kb.metadata.json").read_text())
    assert metadata["databases"]["kb"]["tables"]["events"]["label_column"] == "title"
    ds = Datasette([str(db)], metadata=metadata)

    async def query() -> list[tuple[str, str]]:
        result = await ds.get_database("kb").execute(
            "SELECT e.title, g.name FROM events e JOIN event_groups eg ON eg.event_id = e.id "
            "JOIN groups g ON g.id = eg.group_id ORDER BY e.id"
        )
        return [tuple(r) for r in result.rows]

    assert asyncio.run(query()) == [
        ("Exchange of populations between Greece and Turkey", "Greeks"),
        ("Border clearing near Leningrad", "Finns"),
        ("Removal of the Far Eastern Koreans", "Koreans"),
    ]


def test_no_article_no_citations(db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM note_citations").fetchone()[0] == 0


@pytest.mark.article
def test_build_with_the_article_records_note_citations(article_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("borderlands.sources")
    report = build(tmp_path / "kb.sqlite", GOOD, article_path)
    assert report.citations > 100
    conn = sqlite3.connect(report.db)
    # DESIGN.md's example: note 8 (p. 815) cites GARF fond 5446, opis 20a, delo 493 (1937)
    assert conn.execute(
        "SELECT page, archive, fond, opis, delo, year FROM note_citations "
        "WHERE note = 8 AND kind = 'archival'"
    ).fetchall() == [(815, "GARF", "5446", "20a", "493", 1937)]


def test_broken_data_keeps_the_last_good_database_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    target = tmp_path / "kb.sqlite"
    ensure_db(target, data)
    before = target.read_bytes()
    (data / "persons" / "core.yaml").write_text("- id: per-x\n  name: [unclosed\n")
    assert ensure_db(target, data) == target
    assert target.read_bytes() == before
    assert "data changed but does not build" in caplog.text
    assert "persons/core.yaml:3: broken YAML" in caplog.text
    fresh = tmp_path / "fresh.sqlite"
    with pytest.raises(InputError, match="broken YAML"):
        ensure_db(fresh, data)


def test_an_exact_title_comes_first(db: Path) -> None:
    # "Finns" also occurs in a longer event title and a short figure text
    assert search("finns", db=db)[0].id == "grp-finns"
    assert search("Leningrad oblast", db=db)[0].id == "pl-leningrad-oblast"


def test_the_documented_datasette_command_serves_the_database(db: Path) -> None:
    """docs/kb.md's `datasette <db> -m <metadata>` run as written (with --get instead of a
    server): the metadata's labels and the FTS index reach Datasette."""
    pytest.importorskip("datasette")
    docs = (Path(__file__).parent.parent / "docs" / "kb.md").read_text(encoding="utf-8")
    documented = next(
        line.split() for line in docs.splitlines() if line.startswith("datasette build/")
    )
    assert documented[2] == "-m"
    command = [sys.executable, "-m", "datasette", str(db), "-m",
               str(db.with_name("kb.metadata.json"))]  # fmt: skip

    def get(path: str) -> object:
        done = subprocess.run([*command, "--get", path], capture_output=True, text=True,
                              timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    metadata = get("/-/metadata.json")
    assert metadata["title"] == "borderlands knowledge base"  # type: ignore[index]
    found = get("/kb/search.json?_shape=array&_search=koreans")
    assert "ev-korean-removal-1937" in {r["id"] for r in found}  # type: ignore[union-attr]
