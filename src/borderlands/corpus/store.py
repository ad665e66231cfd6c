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
from borderlands.corpus.process import (
    CHECK_COLUMNS,
    CITATION_COLUMNS,
    NOTE_COLUMNS,
    PAGE_COLUMNS,
    PARAGRAPH_COLUMNS,
    QUANTITY_COLUMNS,
    ArchivalKey,
    ArticleResult,
    FileResult,
    WorkRow,
)
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
    if path.is_dir():
        raise InputError("is a folder, not a corpus database file (name the .sqlite file)", path)
    if not create and not path.exists():
        raise InputError(
            "no such file: no corpus database here (build one with: borderlands corpus build)",
            path,
        )
    if not create and not path.is_file():
        raise InputError("is not a regular file, so not a corpus database", path)
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _insert(table: str, columns: tuple[str, ...]) -> str:
    """The INSERT of a row of ``table``: the article's id, then ``columns``."""
    names = ", ".join(f'"{c}"' for c in ("article_id", *columns))
    return f"INSERT INTO {table}({names}) VALUES ({', '.join('?' * (len(columns) + 1))})"


_PAGES = _insert("pages", PAGE_COLUMNS)
_PARAGRAPHS = _insert("paragraphs", PARAGRAPH_COLUMNS)
_NOTES = _insert("notes", NOTE_COLUMNS)
_CITATIONS = _insert("citations", (*CITATION_COLUMNS, "archival_file_id", "work_id"))
_QUANTITIES = _insert("quantities", QUANTITY_COLUMNS)
_CHECKS = _insert("checks", CHECK_COLUMNS)
_WARNINGS = _insert("warnings", ("message",))
#: The full-text rows of one article's paragraphs and notes, in one statement each: FTS5
#: indexes a batch of rows far faster than one row per trigger (5 ms instead of 17 ms for the
#: founding article's text).
_PARAGRAPHS_FTS = (
    "INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs WHERE article_id = ?"
)
_NOTES_FTS = "INSERT INTO notes_fts(rowid, text) SELECT id, text FROM notes WHERE article_id = ?"


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
    article_id = connection.execute(
        "INSERT INTO articles(file_id, seq, title, authors, first_page, last_page, characters, "
        "text_sha256, n_pages, n_notes, n_citations, n_quantities, n_checks, n_inconsistent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            file_id,
            a.seq,
            a.title,
            json.dumps(a.authors, ensure_ascii=False),
            a.first_page,
            a.last_page,
            a.characters,
            a.text_sha256,
            len(a.pages),
            len(a.notes),
            len(a.citations),
            len(a.quantities),
            len(a.checks),
            a.inconsistent,
        ),
    ).lastrowid
    connection.executemany(_PAGES, [(article_id, *row) for row in a.pages])
    connection.executemany(_PARAGRAPHS, [(article_id, *row) for row in a.paragraphs])
    connection.execute(_PARAGRAPHS_FTS, (article_id,))
    connection.executemany(_NOTES, [(article_id, *row) for row in a.notes])
    connection.execute(_NOTES_FTS, (article_id,))
    file_ids = _archival_file_ids(connection, {key for key, _ in a.cited if key is not None})
    work_ids = _work_ids(connection, a.works)
    connection.executemany(
        _CITATIONS,
        [
            (article_id, *row, file_ids.get(key), work_ids.get(work))  # type: ignore[arg-type]
            for row, (key, work) in zip(a.citations, a.cited, strict=True)
        ],
    )
    connection.executemany(_QUANTITIES, [(article_id, *row) for row in a.quantities])
    connection.executemany(_CHECKS, [(article_id, *row) for row in a.checks])
    connection.executemany(_WARNINGS, [(article_id, w) for w in a.warnings])


def _archival_file_ids(
    connection: sqlite3.Connection, keys: set[ArchivalKey]
) -> dict[ArchivalKey, int]:
    """The row id of every archival file named (made where missing), each looked up once."""
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


def _work_ids(connection: sqlite3.Connection, works: list[WorkRow]) -> dict[str, int]:
    """The row id of every published work named (made where missing). Articles cite one work
    under a short and a full title: the work keeps the longest (the smaller of two as long),
    so that the stored title does not depend on which article came first."""
    connection.executemany(
        "INSERT INTO works(key, authors, title, year) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET authors = excluded.authors, title = excluded.title, "
        "year = excluded.year WHERE length(excluded.title) > length(works.title) "
        "OR (length(excluded.title) = length(works.title) AND excluded.title < works.title)",
        works,
    )
    return {
        key: connection.execute("SELECT id FROM works WHERE key = ?", (key,)).fetchone()[0]
        for key, *_ in works
    }
