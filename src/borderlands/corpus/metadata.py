"""The Datasette metadata file written beside a corpus database: titles, table descriptions,
full-text search on paragraphs and notes, and canned queries for the indexes across articles.

``corpus.sqlite`` gets ``corpus.metadata.json``; ``datasette corpus.sqlite -m
corpus.metadata.json`` then serves the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

from borderlands.atomic import write_text_atomic

TABLES: dict[str, str] = {
    "files": "Every file found: its hash, whether it was read (ok) or not (error).",
    "errors": "Why a file could not be read (one line each).",
    "articles": "Articles, several per file for a volume: title, authors, printed pages, counts.",
    "pages": "Printed pages of each article and the lines of its text they span.",
    "paragraphs": "Body paragraphs in reading text (searchable).",
    "notes": "Footnotes in reading text (searchable).",
    "citations": "Every footnote citation, with the archival file and the work it cites.",
    "archival_files": "Archival files (archive, fond, opis, delo) or microfilm reels cited.",
    "works": "Published works matched across articles by surnames, main title and year.",
    "quantities": "Quantities found in paragraphs and notes.",
    "checks": "Checks of derived figures and their verdicts.",
    "warnings": "What the reader noticed while reading an article.",
}

#: Columns Datasette offers as facets on a table's page.
FACETS: dict[str, tuple[str, ...]] = {
    "files": ("status",),
    "citations": ("kind", "archive"),
    "checks": ("verdict", "kind"),
    "archival_files": ("archive",),
}

QUERIES: dict[str, dict[str, str]] = {
    "archival_index": {
        "title": "Archival index across articles",
        "sql": (
            "SELECT af.archive, af.fond, af.opis, af.delo, af.reel, "
            "count(DISTINCT c.article_id) AS articles, count(*) AS citations "
            "FROM archival_files af JOIN citations c ON c.archival_file_id = af.id "
            "GROUP BY af.id ORDER BY articles DESC, citations DESC"
        ),
    },
    "works_index": {
        "title": "Published works cited in more than one article",
        "sql": (
            "SELECT w.authors, w.title, w.year, count(DISTINCT c.article_id) AS articles, "
            "count(*) AS citations FROM works w JOIN citations c ON c.work_id = w.id "
            "GROUP BY w.id HAVING articles > 1 ORDER BY articles DESC, citations DESC"
        ),
    },
    "inconsistent_checks": {
        "title": "Inconsistent figures across articles",
        "sql": (
            "SELECT a.title, f.path, k.page, k.line, k.stated, k.formula, k.computed, "
            "k.explanation FROM checks k JOIN articles a ON a.id = k.article_id "
            "JOIN files f ON f.id = a.file_id WHERE k.verdict = 'inconsistent' "
            "ORDER BY f.path, k.line"
        ),
    },
}


def metadata_path(db: Path) -> Path:
    """``corpus.sqlite`` -> ``corpus.metadata.json`` beside it."""
    return db.with_name(f"{db.stem}.metadata.json")


def metadata(db: Path) -> dict[str, object]:
    tables: dict[str, dict[str, object]] = {
        name: {"description": text} for name, text in TABLES.items()
    }
    for name in ("paragraphs", "notes"):
        tables[name].update({"fts_table": f"{name}_fts", "fts_pk": "id", "searchmode": "raw"})
    for name, columns in FACETS.items():
        tables[name]["facets"] = list(columns)
    return {
        "title": "borderlands corpus",
        "description": "Articles read, cited and checked by borderlands (corpus build).",
        "databases": {db.stem: {"tables": tables, "queries": QUERIES}},
    }


def write_metadata(db: Path) -> Path:
    target = metadata_path(db)
    write_text_atomic(target, json.dumps(metadata(db), indent=2, ensure_ascii=False) + "\n")
    target.chmod(0o644)
    return target
