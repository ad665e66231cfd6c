"""Finding and opening the built database, rebuilding it when data/ has changed.

Readers (the CLI, the web explorer) open the SQLite file rather than parsing YAML: a query
answers in milliseconds. ``ensure_db`` compares the fingerprint recorded at build time with
the data files' current one and rebuilds first if they differ.

Which database belongs to which data: the bundled data/ of this checkout has the shared
database (``build/borderlands.sqlite`` or ``BORDERLANDS_DB``); any other folder, whether
named by ``--data`` or by ``BORDERLANDS_DATA``, gets a private one in the user's cache, named
after the folder's resolved path, so that querying a copy of data/ never rebuilds (and then
answers from) the shared one. Each database records the resolved data folder it was built
from beside the fingerprint, and is answered from only for that folder.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from borderlands.errors import InputError
from borderlands.kb.freshness import data_fingerprint
from borderlands.paths import REPO_DIR, default_db
from borderlands.paths import data_dir as default_data_dir

T = TypeVar("T")

#: The logger a rebuild that fails reports to (logging itself is imported only then).
LOG_NAME = "borderlands.kb"


def _cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "borderlands"


def _cache_db() -> Path:
    return _cache_folder() / "borderlands.sqlite"


def private_db(data_dir: Path) -> Path:
    """The cached database of a data folder other than the default one, keyed by its
    resolved path (two spellings of one folder share it; two folders never do)."""
    import hashlib  # here only: the default database's readers need no hash

    resolved = str(Path(data_dir).resolve())
    key = hashlib.sha1(resolved.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    return _cache_folder() / f"data-{key}.sqlite"


def bundled_data_dir() -> Path:
    """The data/ folder of this checkout: the only one the shared database is built from."""
    return REPO_DIR / "data"


def db_for(data_dir: Path | None = None) -> Path:
    """Where the database built from ``data_dir`` (default: ``BORDERLANDS_DATA`` or the
    bundled data/) lives when no ``db`` is given."""
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    if directory.resolve() == bundled_data_dir().resolve():
        return default_db()
    return private_db(directory)


def _meta(db: Path, key: str) -> str | None:
    if not db.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def recorded_fingerprint(db: Path) -> str | None:
    """The data fingerprint stored in a built database, or None if it cannot be read."""
    return _meta(db, "data_fingerprint")


def recorded_data_dir(db: Path) -> str | None:
    """The resolved data folder a database was built from, or None if it cannot be read."""
    return _meta(db, "data_dir")


def built_from(db: Path, data_dir: Path) -> bool:
    """Whether ``db`` was built from ``data_dir`` (at any state of its files)."""
    return recorded_data_dir(db) == str(Path(data_dir).resolve())


def is_current(db: Path, data_dir: Path, fingerprint: str) -> bool:
    """Whether ``db`` was built from ``data_dir`` as its files are now."""
    return built_from(db, data_dir) and recorded_fingerprint(db) == fingerprint


def ensure_db(
    db: Path | None = None, data_dir: Path | None = None, *, keep_last_good: bool = True
) -> Path:
    """A database built from the current ``data_dir`` (default: the bundled data/).

    Builds (or rebuilds) it when missing or when the data changed since. Without ``db`` the
    database is the one ``db_for(data_dir)`` names; when the shared default location is not
    writable, the user's cache folder is used instead.

    Data that does not build raises InputError. With ``keep_last_good`` (for data/ being
    edited) a database built earlier *from the same folder* keeps answering instead, with a
    warning; a caller that was handed a data folder explicitly passes
    ``keep_last_good=False``. A database built from another folder never answers.
    """
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    target = Path(db) if db is not None else db_for(directory)
    shared = db is None and target == default_db()
    current = data_fingerprint(directory)
    if is_current(target, directory, current):
        return target
    if shared:
        cached = _cache_db()
        if is_current(cached, directory, current):
            return cached
    from borderlands.kb.builder import build  # only now: building needs the pydantic schema

    try:
        try:
            build(target, directory)
        except OSError:  # not writable (an installed copy, a read-only checkout)
            if not shared:
                raise
            target = _cache_db()
            build(target, directory)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(f"cannot write the database ({reason})", target) from None
    except InputError as exc:
        if not keep_last_good or not built_from(target, directory):
            raise
        import logging

        logging.getLogger(LOG_NAME).warning(
            "borderlands: warning: data changed but does not build (%s); using the database "
            "built earlier at %s",
            exc.line(),
            target,
        )
    return target


def connect(db: Path | None = None, data_dir: Path | None = None) -> sqlite3.Connection:
    """A read-only connection with rows as ``sqlite3.Row``.

    With no ``db``, the database of ``data_dir`` (see ``db_for``) is used, built or rebuilt
    first if the data changed. An explicit ``db`` is opened as it is (it must exist).
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


class StoreReader:
    """One read-only connection to the store of a data folder, for a long-running reader
    (the web explorer) that queries it from several threads.

    ``run(query)`` calls ``query(conn)`` under a lock. A store that breaks while the reader
    runs (the file truncated, replaced or removed) is reopened once per failing query,
    which rebuilds it from the data folder; if that fails too the error is raised.
    """

    def __init__(self, data_dir: Path | None, keep_last_good: bool) -> None:
        import threading  # here only: the CLI's one-shot readers need no lock

        self.data_dir = data_dir
        self.keep_last_good = keep_last_good
        self.path: Path | None = None
        self.conn: sqlite3.Connection | None = None
        self.lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path | None) -> StoreReader:
        """The store of ``data_dir`` (built now if missing or stale); InputError when the
        data does not build. Only the default data may answer from its last good build."""
        reader = cls(data_dir, keep_last_good=data_dir is None)
        with reader.lock:
            reader._reopen()
        return reader

    def _reopen(self) -> sqlite3.Connection:
        self._close()
        self.path = ensure_db(None, self.data_dir, keep_last_good=self.keep_last_good)
        self.conn = connect(self.path)
        return self.conn

    def _close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def run(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self.lock:
            try:
                return query(self.conn if self.conn is not None else self._reopen())
            except sqlite3.Error:
                self._close()
            return query(self._reopen())
