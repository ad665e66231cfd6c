"""Search over the knowledge base, with a facet count per record type.

Full-text search is ``borderlands.kb.search`` over SQLite FTS5 in the knowledge base's own
store (the database ``borderlands build`` and the CLI use for the same data folder), opened
read-only. Where that is not possible, every query word is matched against each record's
text in memory, which for a few hundred records takes a few milliseconds; the page says
which engine ran.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass

from borderlands.errors import InputError
from borderlands.kb.query import SearchHit
from borderlands.kb.query import search as kb_search
from borderlands.kb.store import StoreReader
from borderlands.web.catalog import WORD, Catalog, collection_of, title_of

MAX_QUERY = 200
FTS_LIMIT = 1000  # enough for every record: facets count all hits, not one page of them
FTS_ENGINE = "SQLite FTS5 (borderlands.kb.search)"
MEMORY_ENGINE = "in-memory word match"
MARK = re.compile(r"<mark>(.*?)</mark>", re.S)

Part = tuple[str, bool]  # a piece of snippet text and whether it matched


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    collection: str
    title: str
    snippet: list[Part]


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    collection: str | None
    hits: list[Hit]
    facets: dict[str, int]  # collection -> hits before the type filter
    engine: str


def words(query: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(query[:MAX_QUERY])]


def split_marks(snippet: str) -> list[Part]:
    """``a <mark>b</mark> c`` as ``[("a ", False), ("b", True), (" c", False)]``."""
    parts: list[Part] = []
    pos = 0
    for m in MARK.finditer(snippet):
        if m.start() > pos:
            parts.append((snippet[pos : m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(snippet):
        parts.append((snippet[pos:], False))
    return parts


def snippet_around(text: str, word: str, width: int = 80) -> list[Part]:
    i = text.casefold().find(word)
    if i < 0:
        return [(text[: width * 2], False)]
    start = max(0, i - width)
    prefix = "…" if start else ""
    suffix = "…" if i + len(word) + width < len(text) else ""
    return [
        (prefix + text[start:i], False),
        (text[i : i + len(word)], True),
        (text[i + len(word) : i + len(word) + width] + suffix, False),
    ]


def _memory_hits(catalog: Catalog, wanted: list[str]) -> list[tuple[int, str, Hit]]:
    found = []
    for name, record in catalog.all():
        rid = record.id  # type: ignore[attr-defined]
        folded, tokens = catalog.folded[rid], catalog.tokens[rid]
        if not all(w in tokens or w in folded for w in wanted):
            continue
        title = title_of(record, catalog)
        rank = sum(w in title.casefold() for w in wanted)
        hit = Hit(rid, name, title, snippet_around(catalog.texts[rid], wanted[0]))
        found.append((-rank, title, hit))
    found.sort(key=lambda item: (item[0], item[1]))
    return found


def _fts_rows(store: StoreReader, query: str) -> list[SearchHit] | None:
    """FTS hits from the store, or None when the store cannot answer (see StoreReader)."""
    try:
        return store.run(lambda conn: kb_search(query, conn=conn, limit=FTS_LIMIT))
    except (sqlite3.Error, InputError):
        return None


def search(
    catalog: Catalog, query: str, collection: str | None = None, fts: StoreReader | None = None
) -> SearchResult:
    """Records matching every word of ``query``: by FTS5 in the store when there is one and
    it answers, else by the in-memory word match (``engine`` says which ran)."""
    wanted = words(query)
    hits: list[Hit] = []
    rows = _fts_rows(fts, query[:MAX_QUERY]) if wanted and fts is not None else None
    engine = FTS_ENGINE if rows is not None or (fts is not None and not wanted) else MEMORY_ENGINE
    if rows is not None:
        for row in rows:
            name = collection_of(row.id)
            if name is None or catalog.get(row.id) is None:
                continue
            hits.append(Hit(row.id, name, row.title, split_marks(row.snippet)))
    elif wanted:
        hits = [hit for _, _, hit in _memory_hits(catalog, wanted)]
    facets = Counter(h.collection for h in hits)
    if collection:
        hits = [h for h in hits if h.collection == collection]
    return SearchResult(
        query=query[:MAX_QUERY],
        collection=collection,
        hits=hits,
        facets=dict(facets),
        engine=engine,
    )
