"""The corpus in the explorer (issue #18, ``serve --corpus``): the articles, each article's
reader, the archival index and one page per archival file, the works cited across articles,
the checks across articles and search.

Thin over ``borderlands.corpus.queries``: each page is one of its functions, run on a
connection opened for the request (the server answers requests on a thread pool, and a
SQLite connection belongs to the thread that opened it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import Field

from borderlands.corpus import queries
from borderlands.corpus.store import connect
from borderlands.errors import InputError
from borderlands.web.explorer import NotFound
from borderlands.web.queries import _Query

T = TypeVar("T")


class CorpusSearchQuery(_Query):
    q: str | None = Field(default=None, max_length=200)


@dataclass(frozen=True, slots=True)
class Corpus:
    """A corpus database the explorer reads; checked once when opened."""

    path: Path

    @classmethod
    def open(cls, path: Path) -> Corpus:
        """InputError (one line) when ``path`` is missing or is no corpus database."""
        connect(path).close()
        return cls(Path(path))

    def run(self, question: Callable[[sqlite3.Connection], T]) -> T:
        connection = connect(self.path)
        try:
            return question(connection)
        finally:
            connection.close()


def _number(text: str, what: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise NotFound(f"{what} {text} (an id is a whole number)")
    return int(text)


def _asked(corpus: Corpus | None, question: Callable[[sqlite3.Connection], T], what: str) -> T:
    """The answer, or NotFound: no corpus given, or no such article, file or work in it."""
    if corpus is None:
        raise NotFound("corpus (start the explorer with: borderlands serve --corpus FILE)")
    try:
        return corpus.run(question)
    except InputError:
        raise NotFound(f"{what} in the corpus {corpus.path.name}") from None


def article_href(article_id: int) -> str:
    return f"/corpus/articles/{article_id}"


def file_href(file_id: int) -> str:
    return f"/corpus/archives/{file_id}"


def work_href(work_id: int) -> str:
    return f"/corpus/works/{work_id}"


def articles(corpus: Corpus | None) -> dict[str, Any]:
    def question(conn: sqlite3.Connection) -> dict[str, Any]:
        rows = [r | {"href": article_href(r["id"])} for r in queries.articles(conn)]
        return {"articles": rows, "errors": queries.errors(conn)}

    return _asked(corpus, question, "corpus")


def article(corpus: Corpus | None, article_id: str) -> dict[str, Any]:
    number = _number(article_id, "article")
    found = _asked(corpus, lambda conn: queries.article(conn, number), f"article {article_id}")
    for note in found["notes"]:
        for citation in note["citations"]:
            fid, wid = citation.get("archival_file_id"), citation.get("work_id")
            citation["file_href"] = file_href(fid) if fid is not None else None
            citation["work_href"] = work_href(wid) if wid is not None else None
    return found


def archival_index(corpus: Corpus | None) -> dict[str, Any]:
    rows = _asked(corpus, queries.archival_index, "corpus")
    return {"files": [r | {"href": file_href(r["id"])} for r in rows]}


def _cited(
    corpus: Corpus | None,
    fetch: Callable[[sqlite3.Connection, int], dict[str, Any]],
    id_text: str,
    what: str,
) -> dict[str, Any]:
    """One archival file or work and its citations, each linked to its article."""
    number = _number(id_text, what)
    found = _asked(corpus, lambda conn: fetch(conn, number), f"{what} {id_text}")
    for citation in found["citations"]:
        citation["article_href"] = article_href(citation["article_id"])
    return found


def archival_file(corpus: Corpus | None, file_id: str) -> dict[str, Any]:
    return _cited(corpus, queries.archival_file, file_id, "archival file")


def works(corpus: Corpus | None) -> dict[str, Any]:
    rows = _asked(corpus, queries.works, "corpus")
    return {"works": [r | {"href": work_href(r["id"])} for r in rows]}


def work(corpus: Corpus | None, work_id: str) -> dict[str, Any]:
    return _cited(corpus, queries.work, work_id, "work")


def checks(corpus: Corpus | None) -> dict[str, Any]:
    rows = _asked(corpus, queries.checks, "corpus")
    verdicts: dict[str, int] = {}
    for row in rows:
        row["article_href"] = article_href(row["article_id"])
        verdicts[str(row["verdict"])] = verdicts.get(str(row["verdict"]), 0) + 1
    return {"verdicts": verdicts, "checks": rows}


def search(corpus: Corpus | None, text: str) -> dict[str, Any]:
    """Paragraphs and notes holding every word; no words, no hits (and no error)."""

    def question(conn: sqlite3.Connection) -> list[dict[str, Any]]:
        try:
            return queries.search(conn, text)
        except InputError:  # no word to search for
            return []

    hits = _asked(corpus, question, "corpus")
    for hit in hits:
        anchor = f"p-{hit['place']}" if hit["kind"] == "paragraph" else f"n-{hit['place']}"
        hit["href"] = f"{article_href(hit['article_id'])}#{anchor}"
        hit.pop("score", None)
    return {"query": text, "hits": hits}
