"""Reading a corpus database: plain data (lists of dicts) for the CLI, the web explorer and
anyone's script. Each function answers one question; none writes.

The explorer's pages are thin shells over these: the list of articles (:func:`articles`), one
article's reader (:func:`article`), the archival index (:func:`archival_index`) and one page
per archival file (:func:`archival_file`), published works across articles (:func:`works`,
:func:`work`), the checks across articles (:func:`checks`) and search (:func:`search`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from borderlands.corpus.process import normalise_number
from borderlands.errors import InputError
from borderlands.sources.registry import load_archives

Row = dict[str, Any]


def _rows(connection: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    cursor = connection.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _decode(row: Row, *names: str) -> Row:
    for name in names:
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    return row


def file_label(row: Row) -> str:
    """An archival file as printed in the index: "GARF f. 9401, op. 1, d. 4" or a reel."""
    if row["reel"]:
        return f"{row['archive']} reel {row['reel']}"
    opis = f", op. {row['opis']}" if row["opis"] else ""
    return f"{row['archive']} f. {row['fond']}{opis}, d. {row['delo']}"


def articles(connection: sqlite3.Connection) -> list[Row]:
    """Every article, by file and place in the file, with its counts."""
    rows = _rows(
        connection,
        "SELECT a.id, f.path, a.seq, a.title, a.authors, a.first_page, a.last_page, "
        "a.n_pages, a.n_notes, a.n_citations, a.n_quantities, a.n_checks, a.n_inconsistent "
        "FROM articles a JOIN files f ON f.id = a.file_id ORDER BY f.path, a.seq",
    )
    return [_decode(r, "authors") for r in rows]


def errors(connection: sqlite3.Connection) -> list[Row]:
    """Files that could not be read, with why."""
    return _rows(
        connection,
        "SELECT f.path, e.message FROM errors e JOIN files f ON f.id = e.file_id ORDER BY f.path",
    )


def article(connection: sqlite3.Connection, article_id: int) -> Row:
    """One article: its facts, paragraphs, notes with their citations, checks and warnings."""
    found = _rows(
        connection,
        "SELECT a.*, f.path FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = ?",
        (article_id,),
    )
    if not found:
        raise InputError(f"there is no article {article_id} in this corpus", place="article")
    out = _decode(found[0], "authors")
    out["paragraphs"] = _rows(
        connection,
        "SELECT pid, page, line, text FROM paragraphs WHERE article_id = ? ORDER BY id",
        (article_id,),
    )
    notes = _rows(
        connection,
        "SELECT n, page, line, text FROM notes WHERE article_id = ? ORDER BY n",
        (article_id,),
    )
    cited: dict[int, list[Row]] = {}
    for c in _rows(
        connection,
        "SELECT note, idx, kind, raw, line, archive, fond, opis, delo, reel, folios, year, "
        "authors, title, archival_file_id, work_id FROM citations WHERE article_id = ? "
        "ORDER BY note, idx",
        (article_id,),
    ):
        cited.setdefault(c["note"], []).append(_decode(c, "authors"))
    for note in notes:
        note["citations"] = cited.get(note["n"], [])
    out["notes"] = notes
    out["checks"] = _rows(
        connection,
        'SELECT line, page, stated, formula, computed, verdict, kind, explanation, "where", '
        "paragraph, note FROM checks WHERE article_id = ? ORDER BY line",
        (article_id,),
    )
    out["warnings"] = [
        message
        for (message,) in connection.execute(
            "SELECT message FROM warnings WHERE article_id = ? ORDER BY id", (article_id,)
        )
    ]
    return out


def present_archive(name: str) -> str:
    """The registry id of an archive named in any of its spellings (the index keys files by
    the present archive); a name the registry does not know, as given."""
    known = load_archives().get(name.strip())
    return known.id if known is not None else name.strip()


def archival_index(
    connection: sqlite3.Connection, archive: str | None = None, fond: str | None = None
) -> list[Row]:
    """Every archival file cited in the corpus (optionally of one archive, one fond), with
    how many articles, notes and citations name it; most cited first."""
    where, params = ["1"], []
    if archive:
        where.append("af.archive = ? COLLATE NOCASE")
        params.append(present_archive(archive))
    if fond:
        where.append("af.fond = ?")
        params.append(normalise_number(fond))
    rows = _rows(
        connection,
        "SELECT af.id, af.archive, af.fond, af.opis, af.delo, af.reel, "
        "count(DISTINCT c.article_id) AS articles, "
        "count(DISTINCT c.article_id || '/' || c.note) AS notes, count(*) AS citations "
        "FROM archival_files af JOIN citations c ON c.archival_file_id = af.id "
        f"WHERE {' AND '.join(where)} GROUP BY af.id "
        "ORDER BY articles DESC, citations DESC, af.archive, af.fond, af.opis, af.delo, af.reel",
        tuple(params),
    )
    for row in rows:
        row["label"] = file_label(row)
    return rows


def archival_file(connection: sqlite3.Connection, file_id: int) -> Row:
    """One archival file and every citation of it: which article, note, page and folios."""
    found = _rows(connection, "SELECT * FROM archival_files WHERE id = ?", (file_id,))
    if not found:
        raise InputError(f"there is no archival file {file_id} in this corpus", place="file")
    out = found[0]
    out["label"] = file_label(out)
    out["citations"] = _rows(
        connection,
        "SELECT a.id AS article_id, a.title, f.path, c.note, c.note_page, c.kind, c.folios, "
        "c.date, c.line, c.raw FROM citations c JOIN articles a ON a.id = c.article_id "
        "JOIN files f ON f.id = a.file_id WHERE c.archival_file_id = ? "
        "ORDER BY f.path, a.seq, c.note, c.idx",
        (file_id,),
    )
    return out


def find_archival_file(connection: sqlite3.Connection, archive: str, file: str) -> int:
    """The id of an archival file named as printed: archive and "fond/opis/delo" (or
    "fond/delo"), numbers spelled as the index spells them; InputError when no citation
    names it."""
    parts = [normalise_number(p) for p in file.split("/")]
    if len(parts) == 2:
        parts.insert(1, "")
    if len(parts) != 3 or not all(parts[i] for i in (0, 2)):
        raise InputError(f"name the file as fond/opis/delo, not {file!r}", place="FILE")
    row = connection.execute(
        "SELECT id FROM archival_files WHERE archive = ? COLLATE NOCASE AND fond = ? "
        "AND opis = ? AND delo = ? AND reel = ''",
        (present_archive(archive), *parts),
    ).fetchone()
    if row is None:
        raise InputError(f"no citation in this corpus names {archive} {file}", place="FILE")
    return int(row[0])


def works(connection: sqlite3.Connection, min_articles: int = 1) -> list[Row]:
    """Published works cited, matched across articles, with the articles and notes citing
    them; works cited in most articles first."""
    return _rows(
        connection,
        "SELECT w.id, w.authors, w.title, w.year, count(DISTINCT c.article_id) AS articles, "
        "count(DISTINCT c.article_id || '/' || c.note) AS notes "
        "FROM works w JOIN citations c ON c.work_id = w.id GROUP BY w.id "
        "HAVING articles >= ? ORDER BY articles DESC, notes DESC, w.key",
        (min_articles,),
    )


def work(connection: sqlite3.Connection, work_id: int) -> Row:
    found = _rows(connection, "SELECT * FROM works WHERE id = ?", (work_id,))
    if not found:
        raise InputError(f"there is no work {work_id} in this corpus", place="work")
    out = found[0]
    out["citations"] = _rows(
        connection,
        "SELECT a.id AS article_id, a.title AS article_title, f.path, c.note, c.note_page, "
        "c.kind, c.folios AS pages, c.raw FROM citations c "
        "JOIN articles a ON a.id = c.article_id JOIN files f ON f.id = a.file_id "
        "WHERE c.work_id = ? ORDER BY f.path, a.seq, c.note, c.idx",
        (work_id,),
    )
    return out


def checks(connection: sqlite3.Connection, verdict: str | None = None) -> list[Row]:
    """Checks of derived figures across the corpus, optionally of one verdict."""
    where, params = ("WHERE k.verdict = ?", (verdict,)) if verdict else ("", ())
    return _rows(
        connection,
        "SELECT a.id AS article_id, a.title, f.path, k.page, k.line, k.stated, k.formula, "
        f"k.computed, k.verdict, k.explanation FROM checks k "
        "JOIN articles a ON a.id = k.article_id JOIN files f ON f.id = a.file_id "
        f"{where} ORDER BY f.path, a.seq, k.line",
        params,
    )


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must occur (quoted, so that FTS syntax in
    the words is taken literally); a phrase in double quotes stays a phrase."""
    parts = re.findall(r'"([^"]+)"|(\S+)', text)
    terms = []
    for phrase, word in parts:
        words = re.findall(r"\w+", phrase or word)
        if words:
            terms.append('"' + " ".join(words) + '"')
    if not terms:
        raise InputError("search for at least one word", place="TEXT")
    return " ".join(terms)


def search(connection: sqlite3.Connection, text: str, limit: int = 50) -> list[Row]:
    """Paragraphs and notes holding every word of ``text``, best matches first, each with a
    snippet (matches in [brackets]) and where it is."""
    query = fts_query(text)
    hits = []
    for table, place in (("paragraphs", "pid"), ("notes", "n")):
        hits += _rows(
            connection,
            f"SELECT '{table[:-1]}' AS kind, t.article_id, a.title, f.path, t.page, t.line, "
            f"CAST(t.{place} AS TEXT) AS place, "
            f"snippet({table}_fts, 0, '[', ']', '…', 12) AS snippet, "
            f"bm25({table}_fts) AS score FROM {table}_fts "
            f"JOIN {table} t ON t.id = {table}_fts.rowid "
            "JOIN articles a ON a.id = t.article_id JOIN files f ON f.id = a.file_id "
            f"WHERE {table}_fts MATCH ? ORDER BY score LIMIT ?",
            (query, limit),
        )
    hits.sort(key=lambda h: (h["score"], h["path"], h["line"] or 0))
    return hits[:limit]
