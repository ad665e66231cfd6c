"""The explorer's view of the knowledge base: the loaded ``KB`` (records by id, titles,
links and reverse links are its own), plus each record's words for the fallback search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from borderlands.kb.knowledge import KB
from borderlands.kb.recordtypes import RECORD_TYPES, type_of_id
from borderlands.kb.schema import Record, SourceRef

COLLECTIONS: tuple[str, ...] = RECORD_TYPES
WORD = re.compile(r"\w+")


def collection_of(record_id: str) -> str | None:
    """The collection an id belongs to, from its prefix (``ev-`` is an event)."""
    return type_of_id(record_id)


@dataclass(slots=True)
class Catalog:
    """The explorer's view of a loaded ``KB``: records by type and id, titles and links are
    the KB's own (``KB.get``, ``KB.title``, ``KB.links_of``, ``KB.referrers``); the catalog
    adds only each record's words, for the word match search falls back to."""

    kb: KB
    texts: dict[str, str] = field(default_factory=dict)  # id -> searchable text
    folded: dict[str, str] = field(default_factory=dict)  # id -> casefolded text
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)  # id -> its words

    @classmethod
    def from_kb(cls, kb: KB) -> Catalog:
        catalog = cls(kb)
        for _, record in kb.records():
            rid = record.id  # type: ignore[attr-defined]
            catalog.texts[rid] = searchable_text(record)
            catalog.folded[rid] = catalog.texts[rid].casefold()
            catalog.tokens[rid] = frozenset(WORD.findall(catalog.folded[rid]))
        return catalog

    @property
    def links(self) -> dict[str, list[str]]:
        """Record id -> ids it names (the KB's ``links_of``, for every record)."""
        return {rid: self.kb.links_of(rid) for rid in self.kb.ids()}

    @property
    def backlinks(self) -> dict[str, list[str]]:
        """Record id -> ids naming it (the KB's ``referrers``), for records named at all."""
        return {rid: found for rid in self.kb.ids() if (found := self.kb.referrers(rid))}

    def get(self, record_id: str) -> Record | None:
        return self.kb.get(record_id)

    def records(self, collection: str) -> list[Record]:
        return list(getattr(self.kb, collection, [])) if collection in COLLECTIONS else []

    def title(self, record_id: str) -> str:
        return self.kb.name_of(record_id)

    def all(self) -> Iterable[tuple[str, Record]]:
        return self.kb.records()

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self.kb, name)) for name in COLLECTIONS}


def title_of(record: Record, catalog: Catalog) -> str:
    """A record's title: the knowledge base's (``KB.title``), as the CLI and the store
    name it."""
    return catalog.kb.title(record)


def sources_of(record: Record) -> list[SourceRef]:
    """Every page/note of the founding article a record cites, its own and those of its
    counts and fates (sources in other works are not pages of the article)."""
    refs: list[SourceRef] = list(getattr(record, "sources", []) or [])
    for count in getattr(record, "counts", []) or []:
        refs.extend(count.sources)
    for fate in getattr(record, "fate", []) or []:
        refs.extend(fate.sources)
    refs = [ref for ref in refs if ref.in_article]
    unique: list[SourceRef] = []
    seen: set[tuple[int | None, int | None]] = set()
    for ref in refs:
        key = (ref.page, ref.note)
        if key not in seen:
            seen.add(key)
            unique.append(ref)
    return sorted(unique, key=lambda r: (r.page, r.note if r.note is not None else -1))


def searchable_text(record: Record) -> str:
    """The words a plain search matches against: every string field, in our words."""
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, Record):
            for name in type(value).model_fields:
                walk(getattr(value, name))

    walk(record)
    return " ".join(parts)
