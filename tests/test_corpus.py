"""A corpus built from the fixture corpus (tests/fixtures/corpus, in our own words, plus a PDF
and a .docx made by the test), in this process (``workers=0``): what goes into the database,
the indexes across articles, incremental re-runs, a killed run resumed, and Datasette.

Every expected value is read off the fixture texts by hand: which article cites which
archival file in which note, which works they share, which figure is off.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from borderlands.corpus import build_corpus, connect, metadata_path, queries
from borderlands.corpus import store as store_module
from borderlands.errors import InputError
from corpus_helpers import BROKEN, READABLE, count, dump, make_corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fixture corpus built once, read by the tests that only ask questions."""
    base = tmp_path_factory.mktemp("corpus")
    root = make_corpus(base / "files")
    db = base / "corpus.sqlite"
    build_corpus([root], db, workers=0)
    return root, db


def by_title(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(r["title"]): r for r in rows}


def test_every_file_found_read_or_recorded_as_error(built: tuple[Path, Path]) -> None:
    root, db = built
    connection = connect(db)
    files = dict(connection.execute("SELECT path, status FROM files"))
    names = {Path(p).name: s for p, s in files.items()}
    assert names == {**dict.fromkeys(READABLE, "ok"), **dict.fromkeys(BROKEN, "error")}
    errors = {Path(e["path"]).name: e["message"] for e in queries.errors(connection)}
    assert errors["empty.txt"].endswith("empty.txt: is empty")
    assert "broken.pdf: is not a readable PDF" in errors["broken.pdf"]
    titles = by_title(queries.articles(connection))
    assert set(titles) == {
        "Sidings on the Northern Line",
        "A Frontier District and Its Files",
        "Grain and Settlers on the Steppe",
        "The Harbor Ledger",
        "Ferry Tolls on the Lower River",
        "A Memorandum on Schools",
    }
    railway = titles["Sidings on the Northern Line"]
    assert railway["authors"] == ["Mara Lind"]  # the institute on the byline is no author
    assert (railway["first_page"], railway["last_page"], railway["n_notes"]) == (201, 202, 7)
    assert titles["Ferry Tolls on the Lower River"]["authors"] == ["Nils Aberg"]
    assert titles["A Memorandum on Schools"]["authors"] == ["Ruth Ek"]
    assert (root / "README.md").exists()
    assert not any(p.endswith("README.md") for p in files)
    assert oct(db.stat().st_mode & 0o777) == "0o644"


def test_archival_index_names_every_article_note_and_folio(built: tuple[Path, Path]) -> None:
    _root, db = built
    connection = connect(db)
    index = {r["label"]: r for r in queries.archival_index(connection)}
    assert set(index) == {
        "GARF f. 1235, op. 141, d. 1531",
        "GARF f. 3316, op. 64, d. 760",
        "RGASPI f. 17, op. 3, d. 1001",
        "RGASPI f. 82, op. 2, d. 540",
        "TsDAHO f. 1, op. 16, d. 12",
    }
    busiest = index["GARF f. 1235, op. 141, d. 1531"]
    # railway notes 1, 3 and 4 (an ibid), frontier note 1
    assert (busiest["articles"], busiest["notes"], busiest["citations"]) == (2, 4, 4)
    file = queries.archival_file(connection, busiest["id"])
    cited = [(r["title"], r["note"], r["kind"], r["folios"]) for r in file["citations"]]
    assert cited == [
        ("A Frontier District and Its Files", 1, "archival", "3"),
        ("Sidings on the Northern Line", 1, "archival", "12–14"),
        ("Sidings on the Northern Line", 3, "archival", "20"),
        ("Sidings on the Northern Line", 4, "ibid", "22ob"),
    ]
    assert [r["note_page"] for r in file["citations"]] == [57, 201, 201, 202]
    # three articles cite fond 3316, opis 64, delo 760, one of them twice and by ibid
    assert index["GARF f. 3316, op. 64, d. 760"]["articles"] == 2
    assert index["GARF f. 3316, op. 64, d. 760"]["citations"] == 4


def test_archival_index_filters_by_archive_and_fond(built: tuple[Path, Path]) -> None:
    connection = connect(built[1])
    garf = queries.archival_index(connection, archive="garf")
    assert {r["fond"] for r in garf} == {"1235", "3316"}
    assert [r["label"] for r in queries.archival_index(connection, "GARF", " 1235 ")] == [
        "GARF f. 1235, op. 141, d. 1531"
    ]
    assert queries.archival_index(connection, "GARF", "9401") == []
    with pytest.raises(InputError, match="no archival file 9999"):
        queries.archival_file(connection, 9999)


def test_published_works_matched_across_articles(built: tuple[Path, Path]) -> None:
    connection = connect(built[1])
    shared = {(r["authors"], r["year"]): r for r in queries.works(connection, min_articles=2)}
    # cited with and without its subtitle, and by a short form that resolves to it
    petrova = shared[("Anna Petrova", 1999)]
    assert (petrova["articles"], petrova["notes"]) == (3, 4)
    places = [
        (r["article_title"], r["note"], r["kind"], r["pages"])
        for r in queries.work(connection, petrova["id"])["citations"]
    ]
    assert places == [
        ("A Frontier District and Its Files", 2, "published", "61–62"),
        ("Sidings on the Northern Line", 2, "published", "44"),
        ("Sidings on the Northern Line", 5, "published", "50"),
        ("The Harbor Ledger", 3, "published", "70"),
    ]
    assert shared[("Tom Kell", 1990)]["articles"] == 2
    assert len(shared) == 2


def test_inconsistent_figures_across_the_corpus(built: tuple[Path, Path]) -> None:
    connection = connect(built[1])
    bad = queries.checks(connection, "inconsistent")
    assert [(r["title"], r["stated"], r["formula"]) for r in bad] == [
        ("Sidings on the Northern Line", "24.9 percent", "2214 / 9350 * 100")
    ]
    assert bad[0]["page"] == 201
    consistent = queries.checks(connection, "consistent")
    assert {r["stated"] for r in consistent} >= {"40 percent", "60 percent"}


def test_search_paragraphs_and_notes(built: tuple[Path, Path]) -> None:
    connection = connect(built[1])
    hits = queries.search(connection, "sidings registers")
    assert hits and {h["title"] for h in hits} == {"Sidings on the Northern Line"}
    assert hits[0]["kind"] == "paragraph"
    assert "[sidings]" in hits[0]["snippet"].lower()
    notes = queries.search(connection, "harbors north")
    assert {(h["kind"], h["title"], h["place"]) for h in notes} == {
        ("note", "Sidings on the Northern Line", "2"),
        ("note", "A Frontier District and Its Files", "2"),
        ("note", "The Harbor Ledger", "3"),
    }
    assert queries.search(connection, '"toll book"')[0]["title"] == (
        "Ferry Tolls on the Lower River"
    )
    assert queries.search(connection, 'river AND "NEAR( OR') == []  # FTS syntax is literal
    with pytest.raises(InputError, match="at least one word"):
        queries.search(connection, "*** ---")


def test_article_reader_data(built: tuple[Path, Path]) -> None:
    connection = connect(built[1])
    ids = {r["title"]: r["id"] for r in queries.articles(connection)}
    article = queries.article(connection, ids["A Frontier District and Its Files"])
    assert [n["n"] for n in article["notes"]] == [0, 1, 2, 3, 4, 5]
    note3 = next(n for n in article["notes"] if n["n"] == 3)
    assert [(c["archive"], c["fond"]) for c in note3["citations"]] == [
        ("TsDAHOU", "1"),
        ("GARF", "3316"),
    ]
    # 5,000 households: 2,000 (40 percent) and 3,000 (60 percent); the 3,000 is also the rest
    assert sorted((c["kind"], c["verdict"]) for c in article["checks"]) == [
        ("remainder", "consistent"),
        ("share", "consistent"),
        ("share", "consistent"),
        ("sum", "consistent"),
    ]
    assert article["paragraphs"][0]["pid"] == "p1"
    with pytest.raises(InputError, match="no article 999"):
        queries.article(connection, 999)


def test_datasette_serves_the_corpus_with_its_metadata(built: tuple[Path, Path]) -> None:
    from datasette.app import Datasette

    _root, db = built
    meta = json.loads(metadata_path(db).read_text(encoding="utf-8"))
    assert metadata_path(db).name == "corpus.metadata.json"

    async def ask() -> tuple[dict[str, object], dict[str, object]]:
        datasette = Datasette([str(db)], metadata=meta)
        await datasette.invoke_startup()
        found = await datasette.client.get("/corpus/paragraphs.json?_search=sidings&_shape=objects")
        index = await datasette.client.get("/corpus/archival_index.json?_shape=objects")
        faceted = await datasette.client.get("/corpus/checks.json?_shape=objects")
        assert faceted.status_code == 200, faceted.text
        verdicts = {
            item["value"]: item["count"]
            for item in faceted.json()["facet_results"]["verdict"]["results"]
        }
        assert verdicts["inconsistent"] == 1
        assert found.status_code == 200, found.text
        assert index.status_code == 200, index.text
        return found.json(), index.json()

    found, index = asyncio.run(ask())
    assert len(found["rows"]) == 1  # type: ignore[arg-type]
    top = index["rows"][0]  # type: ignore[index]
    assert (top["archive"], top["fond"], top["articles"]) in {
        ("GARF", "1235", 2),
        ("GARF", "3316", 2),
        ("TsDAHO", "1", 2),
    }


def test_incremental_rerun(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "files")
    db = tmp_path / "corpus.sqlite"
    first = build_corpus([root], db, workers=0)
    assert (first.found, first.processed, first.errors, first.articles) == (8, 8, 2, 6)
    before = dump(db, root)

    again = build_corpus([root], db, workers=0)
    assert (again.unchanged, again.processed, again.removed) == (8, 0, 0)
    assert dump(db, root) == before

    # touched but the same content: hashed on the worker, not read again
    ledger = root / "south" / "more" / "harbor-ledger.txt"
    os.utime(ledger, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    touched = build_corpus([root], db, workers=0)
    assert (touched.unchanged, touched.processed) == (8, 0)

    # changed: one file read again, its old rows replaced
    steppe = root / "south" / "steppe.txt"
    steppe.write_text(steppe.read_text(encoding="utf-8").replace("Ilse Varga", "Ilse Vargova"))
    changed = build_corpus([root], db, workers=0)
    assert (changed.unchanged, changed.processed) == (7, 1)
    rows = sqlite3.connect(db).execute("SELECT authors FROM articles").fetchall()
    assert ('["Ilse Vargova"]',) in rows and ('["Ilse Varga"]',) not in rows
    assert count(db, "articles") == 6

    # vanished: gone with all it held; an archival file no one cites any more leaves the index
    steppe.unlink()
    gone = build_corpus([root], db, workers=0)
    assert (gone.removed, gone.processed) == (1, 0)
    labels = {r["label"] for r in queries.archival_index(connect(db))}
    assert "RGASPI f. 82, op. 2, d. 540" not in labels
    assert count(db, "archival_files") == 4
    assert count(db, "articles") == 5

    # new: read; a build of another folder leaves this one's files alone
    (root / "north" / "copy.txt").write_text(
        (root / "north" / "railway.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    added = build_corpus([root / "north"], db, workers=0)
    assert (added.found, added.processed, added.removed) == (4, 1, 0)
    assert count(db, "files") == 8


def _indexed(db: Path, table: str, word: str) -> tuple[int, int, int]:
    """Rows of ``table``, rows in its full-text index, and rows the index finds ``word`` in."""
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        indexed = connection.execute(f"SELECT count(*) FROM {table}_fts_docsize").fetchone()[0]
        found = connection.execute(
            f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", (word,)
        ).fetchone()[0]
        return rows, indexed, found
    finally:
        connection.close()


def test_full_text_index_follows_every_change(tmp_path: Path) -> None:
    """The writer indexes each article's paragraphs and notes in one statement (no insert
    trigger): a file read again or gone takes its old text out of the index, and a failed
    file leaves none of it there."""
    root = make_corpus(tmp_path / "files")
    db = tmp_path / "corpus.sqlite"
    build_corpus([root], db, workers=0)
    paragraphs, indexed, _ = _indexed(db, "paragraphs", "x")
    notes, notes_indexed, _ = _indexed(db, "notes", "x")
    assert paragraphs == indexed > 0 and notes == notes_indexed > 0
    steppe = root / "south" / "steppe.txt"
    text = steppe.read_text(encoding="utf-8")
    assert "Quokkaville" not in text
    steppe.write_text(text.replace("steppe", "Quokkaville"), encoding="utf-8")
    build_corpus([root], db, workers=0)
    rows, indexed, found = _indexed(db, "paragraphs", "Quokkaville")
    assert rows == indexed == paragraphs and found > 0
    steppe.unlink()
    build_corpus([root], db, workers=0)
    rows, indexed, found = _indexed(db, "paragraphs", "Quokkaville")
    assert rows == indexed < paragraphs and found == 0
    notes_now = count(db, "notes")
    assert _indexed(db, "notes", "x")[:2] == (notes_now, notes_now) and notes_now < notes


def test_redo_errors_or_all(tmp_path: Path) -> None:
    """Unchanged files recorded as errors are read again on demand (after an upgrade of the
    reader, say), or every file."""
    root = make_corpus(tmp_path / "files")
    db = tmp_path / "corpus.sqlite"
    build_corpus([root], db, workers=0)
    before = dump(db, root)
    (root / "south" / "empty.txt").write_text("")  # same content, new mtime: still unchanged
    errors = build_corpus([root], db, workers=0, redo="errors")
    assert (errors.processed, errors.errors, errors.unchanged) == (2, 2, 6)
    everything = build_corpus([root], db, workers=0, redo="all")
    assert (everything.processed, everything.unchanged) == (8, 0)
    assert dump(db, root) == before
    with pytest.raises(InputError, match="redo is changed, errors or all"):
        build_corpus([root], db, workers=0, redo="some")  # type: ignore[arg-type]


def test_failure_inside_a_file_leaves_nothing_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_corpus(tmp_path / "files")
    db = tmp_path / "corpus.sqlite"
    real = store_module._write_article

    def fail_on_frontier(connection: sqlite3.Connection, file_id: int, a: object) -> None:
        real(connection, file_id, a)  # type: ignore[arg-type]
        if getattr(a, "title", "") == "A Frontier District and Its Files":
            raise OSError("disk full (simulated)")

    monkeypatch.setattr(store_module, "_write_article", fail_on_frontier)
    with pytest.raises(OSError, match="simulated"):
        build_corpus([root], db, workers=0)
    paths = [p for (p,) in sqlite3.connect(db).execute("SELECT path FROM files")]
    assert not any(p.endswith("frontier.txt") for p in paths)
    assert sqlite3.connect(db).execute(
        "SELECT count(*) FROM articles WHERE title LIKE 'A Frontier%'"
    ).fetchone() == (0,)
    assert sqlite3.connect(db).execute(
        "SELECT count(*) FROM citations WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone() == (0,)


KILLER = """
import os, signal, sys
from pathlib import Path
from borderlands.corpus import build_corpus

def stop_after_three(progress):
    if progress.files_done == 3:
        os.kill(os.getpid(), signal.SIGKILL)

build_corpus([Path(sys.argv[1])], Path(sys.argv[2]), workers=0, progress=stop_after_three)
"""


def test_killed_run_resumes_without_duplicates(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "files")
    db = tmp_path / "corpus.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, str(root), str(db)], env=env, timeout=120
    )
    assert killed.returncode == -9
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM files").fetchone() == (3,)
    connection.close()

    resumed = build_corpus([root], db, workers=0)
    assert (resumed.unchanged, resumed.processed) == (3, 5)
    fresh = tmp_path / "fresh.sqlite"
    build_corpus([root], fresh, workers=0)
    assert dump(db, root) == dump(fresh, root)


INTERRUPTED = """
import os, signal, sys
from pathlib import Path
from borderlands.cli import main

def interrupt_after_two(progress):
    if progress.files_done == 2:
        os.kill(os.getpid(), signal.SIGINT)

import borderlands.corpus.build as build
real = build.build_corpus
build.build_corpus = lambda *a, **k: real(*a, **{**k, "progress": interrupt_after_two})
import borderlands.corpus
borderlands.corpus.build_corpus = build.build_corpus
sys.argv = ["borderlands", "corpus", "build", sys.argv[1], "--out", sys.argv[2], "--workers", "0",
            "--quiet"]
main()
"""


def test_ctrl_c_stops_with_status_130_and_keeps_what_was_done(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "files")
    db = tmp_path / "corpus.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    stopped = subprocess.run(
        [sys.executable, "-c", INTERRUPTED, str(root), str(db)],
        env=env, timeout=120, capture_output=True, text=True,
    )  # fmt: skip
    assert stopped.returncode == 130, stopped.stderr
    assert "Traceback" not in stopped.stderr
    assert count(db, "files") == 2
    resumed = build_corpus([root], db, workers=0)
    assert (resumed.unchanged, resumed.processed) == (2, 6)
    assert count(db, "files") == 8


def test_bad_arguments_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        build_corpus([tmp_path / "absent"], tmp_path / "c.sqlite", workers=0)
    with pytest.raises(InputError, match="no paths given"):
        build_corpus([], tmp_path / "c.sqlite", workers=0)
    not_a_corpus = tmp_path / "other.sqlite"
    sqlite3.connect(not_a_corpus).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(InputError, match=r"other\.sqlite: is not a corpus database"):
        connect(not_a_corpus)
    with pytest.raises(InputError, match="is not a corpus database"):
        build_corpus([tmp_path], not_a_corpus, workers=0)  # never adds tables to it
    assert count(not_a_corpus, "sqlite_master") == 1
    text = tmp_path / "text.sqlite"
    text.write_text("just words, no database\n" * 100)
    with pytest.raises(InputError, match="not a corpus database"):
        connect(text)
