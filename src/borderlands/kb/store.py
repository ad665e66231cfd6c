"""Finding and opening the built database, rebuilding it when data/ has changed.

Readers (the CLI, the web explorer) open the SQLite file rather than parsing YAML: a query
answers in milliseconds. ``ensure_db`` compares the fingerprint recorded at build time with
the data files' current one and rebuilds first if they differ.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from borderlands.errors import InputError
from borderlands.kb.freshness import data_fingerprint
from borderlands.paths import data_dir as default_data_dir
from borderlands.paths import default_db

LOG = logging.getLogger("borderlands.kb")


def _cache_db() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "borderlands" / "borderlands.sqlite"


def recorded_fingerprint(db: Path) -> str | None:
    """The data fingerprint stored in a built database, or None if it cannot be read."""
    if not db.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM meta WHERE key = 'data_fingerprint'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def ensure_db(db: Path | None = None, data_dir: Path | None = None) -> Path:
    """A database built from the current ``data_dir`` (default: the bundled data/).

    Builds (or rebuilds) it when missing or when data/ changed since. When the default
    location is not writable, falls back to the user's cache folder.
    """
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    target = Path(db) if db is not None else default_db()
    current = data_fingerprint(directory)
    if recorded_fingerprint(target) == current:
        return target
    if db is None:
        cached = _cache_db()
        if recorded_fingerprint(cached) == current:
            return cached
    from borderlands.kb.builder import build  # only now: building needs the pydantic schema

    try:
        build(target, directory)
    except OSError:  # not writable (an installed copy, a read-only checkout): use the cache
        if db is not None:
            raise InputError("cannot write the database", target) from None
        target = _cache_db()
        build(target, directory)
    except InputError as exc:
        if recorded_fingerprint(target) is None:
            raise
        # data/ is mid-edit and broken: keep answering from the last good build, and say so
        LOG.warning(
            "borderlands: warning: data changed but does not build (%s); using the database "
            "built earlier at %s",
            exc.line(),
            target,
        )
    return target


def connect(db: Path | None = None, data_dir: Path | None = None) -> sqlite3.Connection:
    """A read-only connection with rows as ``sqlite3.Row``.

    With no ``db``, the default database is used and rebuilt first if data/ changed. An
    explicit ``db`` is opened as it is (it must exist).
    """
    if db is None:
        path = ensure_db(None, data_dir)
    else:
        path = Path(db)
        if not path.is_file():
            raise InputError("no such database; run `borderlands build`", path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("SELECT 1 FROM records LIMIT 1")
    except sqlite3.DatabaseError:
        conn.close()
        raise InputError("not a borderlands database", path) from None
    return conn
