"""The corpus database's tables, indexes, full-text indexes and the triggers that take deleted
rows out of them.

One row of ``files`` per file found; ``articles`` (several for a volume) hang from it, and
everything else from an article. Deleting a file's row deletes all it holds (foreign keys
with ``ON DELETE CASCADE``; the full-text indexes follow through triggers), which is how a
changed or vanished file leaves the corpus.
"""

from __future__ import annotations

import sqlite3

#: Bumped when the tables change; a database of another version is refused, not mixed.
SCHEMA_VERSION = 2

TABLES = """
CREATE TABLE IF NOT EXISTS corpus_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    articles INTEGER NOT NULL,
    seconds REAL NOT NULL,
    processed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    title TEXT,
    authors TEXT NOT NULL,
    first_page INTEGER,
    last_page INTEGER,
    characters INTEGER NOT NULL,
    text_sha256 TEXT NOT NULL,
    n_pages INTEGER NOT NULL,
    n_notes INTEGER NOT NULL,
    n_citations INTEGER NOT NULL,
    n_quantities INTEGER NOT NULL,
    n_checks INTEGER NOT NULL,
    n_inconsistent INTEGER NOT NULL,
    UNIQUE (file_id, seq)
);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    pid TEXT NOT NULL,
    page INTEGER,
    line INTEGER,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    page INTEGER,
    line INTEGER,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS archival_files (
    id INTEGER PRIMARY KEY,
    archive TEXT NOT NULL,
    fond TEXT NOT NULL,
    opis TEXT NOT NULL,
    delo TEXT NOT NULL,
    reel TEXT NOT NULL,
    UNIQUE (archive, fond, opis, delo, reel)
);
CREATE TABLE IF NOT EXISTS works (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    authors TEXT NOT NULL,
    title TEXT NOT NULL,
    year INTEGER
);
CREATE TABLE IF NOT EXISTS citations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    note INTEGER NOT NULL,
    note_page INTEGER,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    raw TEXT NOT NULL,
    line INTEGER,
    archive TEXT,
    fond TEXT,
    opis TEXT,
    delo TEXT,
    reel TEXT,
    folios TEXT NOT NULL,
    date TEXT,
    year INTEGER,
    authors TEXT NOT NULL,
    editors TEXT NOT NULL,
    title TEXT,
    container TEXT,
    short INTEGER NOT NULL,
    refers_note INTEGER,
    refers_idx INTEGER,
    flags TEXT NOT NULL,
    archival_file_id INTEGER REFERENCES archival_files(id),
    work_id INTEGER REFERENCES works(id)
);
CREATE TABLE IF NOT EXISTS quantities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    line INTEGER,
    page INTEGER,
    text TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    unit TEXT NOT NULL,
    subject TEXT,
    approx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    "where" TEXT NOT NULL,
    paragraph TEXT,
    note INTEGER
);
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    line INTEGER,
    page INTEGER,
    stated TEXT NOT NULL,
    stated_value REAL,
    formula TEXT,
    computed REAL,
    verdict TEXT NOT NULL,
    kind TEXT NOT NULL,
    gap REAL,
    explanation TEXT NOT NULL,
    "where" TEXT NOT NULL,
    paragraph TEXT,
    note INTEGER,
    alternatives INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS warnings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file_id);
CREATE INDEX IF NOT EXISTS pages_article ON pages(article_id);
CREATE INDEX IF NOT EXISTS paragraphs_article ON paragraphs(article_id);
CREATE INDEX IF NOT EXISTS notes_article ON notes(article_id, n);
CREATE INDEX IF NOT EXISTS citations_article ON citations(article_id, note);
CREATE INDEX IF NOT EXISTS citations_archival_file ON citations(archival_file_id);
CREATE INDEX IF NOT EXISTS citations_work ON citations(work_id);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id);
CREATE INDEX IF NOT EXISTS checks_article ON checks(article_id);
CREATE INDEX IF NOT EXISTS checks_verdict ON checks(verdict);
CREATE INDEX IF NOT EXISTS warnings_article ON warnings(article_id);
CREATE INDEX IF NOT EXISTS errors_file ON errors(file_id);
CREATE INDEX IF NOT EXISTS archival_files_fond ON archival_files(archive, fond);
"""


def _fts(table: str) -> str:
    """An FTS5 index over ``table.text`` (external content) and the trigger that takes a
    deleted row out of it. Rows go in by the writer, one statement per article
    (``store._write_article``), which FTS5 does far faster than a trigger row by row."""
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {table}_fts USING fts5(
    text, content='{table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS {table}_fts_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""


def create(connection: sqlite3.Connection) -> None:
    """Create what is missing (an existing corpus is left as it is)."""
    connection.executescript(TABLES + _fts("paragraphs") + _fts("notes"))
    connection.execute(
        "INSERT OR IGNORE INTO corpus_info(key, value) VALUES ('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )
    connection.commit()
