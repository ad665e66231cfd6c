"""What the corpus tests share: a small corpus in a temporary folder and a canonical dump of a
corpus database (everything but row ids, timings and dates), to compare two builds."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"

#: The files of the fixture corpus a build reads: four articles, an empty text, a broken PDF,
#: and the PDF and .docx that :func:`make_corpus` writes (README.md is not read).
READABLE = (
    "frontier.txt",
    "railway.txt",
    "steppe.txt",
    "harbor-ledger.txt",
    "notice.pdf",
    "memo.docx",
)
BROKEN = ("empty.txt", "broken.pdf")

#: Our own words, for the generated PDF and .docx.
PDF_LINES = (
    " Ferry Tolls on the Lower River",
    "",
    "Nils Aberg",
    "",
    "The ferry on the lower river charged a toll for every cart, and the toll",
    "book of 1928 survives in a private collection.",
)
DOCX_PARAGRAPHS = (
    " A Memorandum on Schools",
    "",
    "Ruth Ek",
    "",
    "The school inspector wrote a memorandum on the village schools in 1935,",
    "listing the teachers by the languages they taught.",
)


def make_corpus(folder: Path) -> Path:
    """Copy the fixture corpus to ``folder`` and add a PDF and a .docx made here."""
    import docx
    import pymupdf

    shutil.copytree(FIXTURES, folder)
    with pymupdf.open() as pdf:
        page = pdf.new_page()
        title, *rest = PDF_LINES
        page.insert_text((72, 72), title.strip(), fontsize=16)
        page.insert_text((72, 100), "\n".join(rest), fontsize=10)
        pdf.save(folder / "south" / "notice.pdf")
    document = docx.Document()
    title, *rest = DOCX_PARAGRAPHS
    document.add_heading(title.strip(), 0)
    for text in rest:
        document.add_paragraph(text)
    document.save(str(folder / "north" / "memo.docx"))
    return folder


def dump(db: Path, root: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows as they would read the same whoever wrote them: ids replaced by the
    file path (relative to ``root``) and the place of the row in its file, order fixed."""
    connection = sqlite3.connect(db)
    rel = f"substr(f.path, {len(os.path.abspath(root)) + 2})"
    article = "FROM articles a JOIN files f ON f.id = a.file_id"
    queries = {
        "files": f"SELECT {rel}, size, sha256, status, articles FROM files f",
        "errors": f"SELECT {rel}, e.message FROM errors e JOIN files f ON f.id = e.file_id",
        "articles": (
            f"SELECT {rel}, a.seq, a.title, a.authors, a.first_page, a.last_page, a.characters, "
            f"a.text_sha256, a.n_pages, a.n_notes, a.n_citations, a.n_quantities, a.n_checks, "
            f"a.n_inconsistent {article}"
        ),
        "citations": (
            f"SELECT {rel}, a.seq, c.note, c.idx, c.kind, c.raw, c.folios, af.archive, af.fond, "
            f"af.opis, af.delo, af.reel, w.key FROM citations c JOIN articles a "
            f"ON a.id = c.article_id JOIN files f ON f.id = a.file_id "
            f"LEFT JOIN archival_files af ON af.id = c.archival_file_id "
            f"LEFT JOIN works w ON w.id = c.work_id"
        ),
    }
    for table in ("pages", "paragraphs", "notes", "quantities", "checks", "warnings"):
        columns = [
            row[1]
            for row in connection.execute(f"PRAGMA table_info({table})")
            if row[1] not in ("id", "article_id")
        ]
        chosen = ", ".join(f't."{c}"' for c in columns)
        queries[table] = (
            f"SELECT {rel}, a.seq, {chosen} FROM {table} t JOIN articles a "
            f"ON a.id = t.article_id JOIN files f ON f.id = a.file_id"
        )
    out = {name: sorted(connection.execute(sql), key=repr) for name, sql in queries.items()}
    out["archival_files"] = sorted(
        connection.execute("SELECT archive, fond, opis, delo, reel FROM archival_files")
    )
    out["works"] = sorted(connection.execute("SELECT key, authors, title, year FROM works"))
    connection.close()
    return out


def count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()
