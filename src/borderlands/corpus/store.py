"""The corpus database: opening it, what it holds of each file, and the one writer.

Each file goes in with all its articles in one transaction (its ``files`` row included), in
WAL mode: a reader sees a file whole or not at all, and a run killed at any moment leaves the
last complete state, from which the next run goes on (a file whose work was lost is simply
done again; no file is ever there twice, as its path is unique).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from borderlands.corpus import schema
from borderlands.corpus.process import ArticleResult, FileResult
from borderlands.errors import InputError


@dataclass(frozen=True, slots=True)
class Known:
    """What the database holds of a file: enough to tell whether it changed."""

    id: int
    size: int
    mtime_ns: int
    sha256: str
    failed: bool  # recorded as an error


def connect(path: str | Path, create: bool = False) -> sqlite3.Connection:
    """Open a corpus database (``create``: make it and its tables if missing). A missing file
    or one that is no corpus is an InputError."""
    path = Path(path)
    if not create and not path.is_file():
        raise InputError("no corpus database here (build one with: borderlands corpus build)", path)
    if path.is_dir():
        raise InputError("is a folder, not a corpus database file", path)
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"cannot open the corpus database ({reason})", path) from None
    try:
        _open(connection, path, create)
    except BaseException:
        connection.close()
        raise
    return connection


def _open(connection: sqlite3.Connection, path: Path, create: bool) -> None:
    """Check that the database is a corpus of this schema (making it first if asked to, but
    never adding corpus tables to another program's database)."""
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        if create and not tables:
            connection.execute("PRAGMA journal_mode = WAL")
            schema.create(connection)
            path.chmod(0o644)
        elif "corpus_info" not in tables:
            raise InputError("is not a corpus database (no corpus_info table)", path)
        version = connection.execute(
            "SELECT value FROM corpus_info WHERE key = 'schema_version'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"is not a corpus database ({exc})", path) from None
    if version is None or version[0] != str(schema.SCHEMA_VERSION):
        found = version[0] if version else "none"
        raise InputError(
            f"is a corpus database of schema version {found}, this program writes "
            f"{schema.SCHEMA_VERSION}; build it afresh",
            path,
        )
    connection.execute("PRAGMA synchronous = NORMAL")


def known_files(connection: sqlite3.Connection) -> dict[str, Known]:
    return {
        path: Known(id, size, mtime_ns, sha256, status == "error")
        for id, path, size, mtime_ns, sha256, status in connection.execute(
            "SELECT id, path, size, mtime_ns, sha256, status FROM files"
        )
    }


def touch(connection: sqlite3.Connection, file_id: int, size: int, mtime_ns: int) -> None:
    """A file whose content is unchanged but whose stat changed (touched, copied back)."""
    with connection:
        connection.execute(
            "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (size, mtime_ns, file_id)
        )


def remove(connection: sqlite3.Connection, paths: list[str]) -> None:
    """Take vanished files (and all they hold) out of the corpus, one transaction."""
    with connection:
        connection.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in paths])


def prune(connection: sqlite3.Connection) -> None:
    """Drop archival files and works no citation names any more."""
    with connection:
        connection.execute(
            "DELETE FROM archival_files WHERE id NOT IN "
            "(SELECT archival_file_id FROM citations WHERE archival_file_id IS NOT NULL)"
        )
        connection.execute(
            "DELETE FROM works WHERE id NOT IN "
            "(SELECT work_id FROM citations WHERE work_id IS NOT NULL)"
        )


def _json(value: object) -> str:
    """A list as JSON text; most lists here are empty, and ``json.dumps`` is slow on them."""
    return json.dumps(value, ensure_ascii=False) if value else "[]"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_file(
    connection: sqlite3.Connection, result: FileResult, size: int, mtime_ns: int, sha256: str
) -> None:
    """Put one file's result in the corpus in one transaction, replacing what it held."""
    with connection:
        connection.execute("DELETE FROM files WHERE path = ?", (result.path,))
        file_id = connection.execute(
            "INSERT INTO files(path, size, mtime_ns, sha256, status, articles, seconds, "
            "processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                result.path,
                size,
                mtime_ns,
                sha256,
                "error" if result.error else "ok",
                len(result.articles),
                round(result.seconds, 4),
                _now(),
            ),
        ).lastrowid
        if result.error:
            connection.execute(
                "INSERT INTO errors(file_id, message) VALUES (?, ?)", (file_id, result.error)
            )
        for article in result.articles:
            _write_article(connection, file_id, article)  # type: ignore[arg-type]


def _write_article(connection: sqlite3.Connection, file_id: int, a: ArticleResult) -> None:
    inconsistent = sum(1 for c in a.checks if c.get("verdict") == "inconsistent")
    article_id = connection.execute(
        "INSERT INTO articles(file_id, seq, title, authors, first_page, last_page, characters, "
        "text_sha256, n_pages, n_notes, n_citations, n_quantities, n_checks, n_inconsistent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            a.seq,
            a.title,
            _json(a.authors),
            a.first_page,
            a.last_page,
            a.characters,
            a.text_sha256,
            len(a.pages),
            len(a.notes),
            len(a.citations),
            len(a.quantities),
            len(a.checks),
            inconsistent,
        ),
    ).lastrowid
    connection.executemany(
        "INSERT INTO pages(article_id, number, start_line, end_line) VALUES (?, ?, ?, ?)",
        [(article_id, p["number"], p["start_line"], p["end_line"]) for p in a.pages],
    )
    connection.executemany(
        "INSERT INTO paragraphs(article_id, pid, page, line, text) VALUES (?, ?, ?, ?, ?)",
        [(article_id, p["pid"], p["page"], p["line"], p["text"]) for p in a.paragraphs],
    )
    connection.executemany(
        "INSERT INTO notes(article_id, n, page, line, text) VALUES (?, ?, ?, ?, ?)",
        [(article_id, n["n"], n["page"], n["line"], n["text"]) for n in a.notes],
    )
    file_ids = _archival_file_ids(connection, a.citations)
    work_ids = _work_ids(connection, a.citations)
    connection.executemany(
        "INSERT INTO citations(article_id, note, note_page, idx, kind, raw, line, archive, fond, "
        "opis, delo, reel, folios, date, year, authors, editors, title, container, short, "
        "refers_note, refers_idx, flags, archival_file_id, work_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                c["note"],
                c["note_page"],
                c["idx"],
                c["kind"],
                c["raw"],
                c["line"],
                c["archive"],
                c["fond"],
                c["opis"],
                c["delo"],
                c["reel"],
                c["folios"],
                c["date"],
                c["year"],
                _json(c["authors"]),
                _json(c["editors"]),
                c["title"],
                c["container"],
                int(bool(c["short"])),
                c["refers_note"],
                c["refers_idx"],
                _json(c["flags"]),
                file_ids.get(_archival_key(c)),  # type: ignore[arg-type]
                work_ids.get(_work_key(c)),  # type: ignore[arg-type]
            )
            for c in a.citations
        ],
    )
    connection.executemany(
        "INSERT INTO quantities(article_id, line, page, text, value, low, high, unit, subject, "
        'approx, kind, "where", paragraph, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (
                article_id,
                q.get("line"),
                q.get("page"),
                q.get("text"),
                q.get("value"),
                q.get("low"),
                q.get("high"),
                q.get("unit", ""),
                q.get("subject"),
                int(bool(q.get("approx"))),
                q.get("kind", ""),
                q.get("where", ""),
                q.get("paragraph"),
                q.get("note"),
            )
            for q in a.quantities
        ],
    )
    connection.executemany(
        "INSERT INTO checks(article_id, line, page, stated, stated_value, formula, computed, "
        'verdict, kind, gap, explanation, "where", paragraph, note, alternatives) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                c.get("line"),
                c.get("page"),
                c.get("stated"),
                c.get("stated_value"),
                c.get("formula"),
                c.get("computed"),
                c.get("verdict"),
                c.get("kind", ""),
                c.get("gap"),
                c.get("explanation", ""),
                c.get("where", ""),
                c.get("paragraph"),
                c.get("note"),
                c.get("alternatives", 0),
            )
            for c in a.checks
        ],
    )
    connection.executemany(
        "INSERT INTO warnings(article_id, message) VALUES (?, ?)",
        [(article_id, w) for w in a.warnings],
    )


def _archival_file_ids(
    connection: sqlite3.Connection, citations: list[dict[str, object]]
) -> dict[tuple[str, ...], int]:
    """The row id of every archival file the citations name (made where missing), each
    distinct file looked up once."""
    keys = {key for key in map(_archival_key, citations) if key is not None}
    connection.executemany(
        "INSERT OR IGNORE INTO archival_files(archive, fond, opis, delo, reel) "
        "VALUES (?, ?, ?, ?, ?)",
        sorted(keys),
    )
    return {
        key: connection.execute(
            "SELECT id FROM archival_files WHERE archive = ? AND fond = ? AND opis = ? "
            "AND delo = ? AND reel = ?",
            key,
        ).fetchone()[0]
        for key in keys
    }


def _work_ids(connection: sqlite3.Connection, citations: list[dict[str, object]]) -> dict[str, int]:
    """The row id of every published work the citations name (made where missing). Articles
    cite one work under a short and a full title: the work keeps the longest (the smaller
    of two as long), so that the stored title does not depend on which article came first."""
    works = {w["key"]: w for w in (c["work"] for c in citations) if isinstance(w, dict)}
    connection.executemany(
        "INSERT INTO works(key, authors, title, year) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET authors = excluded.authors, title = excluded.title, "
        "year = excluded.year WHERE length(excluded.title) > length(works.title) "
        "OR (length(excluded.title) = length(works.title) AND excluded.title < works.title)",
        [(key, w["authors"], w["title"], w["year"]) for key, w in sorted(works.items())],
    )
    return {
        key: connection.execute("SELECT id FROM works WHERE key = ?", (key,)).fetchone()[0]
        for key in works
    }


def _archival_key(citation: dict[str, object]) -> tuple[str, ...] | None:
    key = citation["archival_file"]
    if not isinstance(key, dict):
        return None
    return tuple(key[part] for part in ("archive", "fond", "opis", "delo", "reel"))


def _work_key(citation: dict[str, object]) -> str | None:
    work = citation["work"]
    return work["key"] if isinstance(work, dict) else None
