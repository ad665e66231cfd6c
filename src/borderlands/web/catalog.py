"""The explorer's view of the knowledge base: every record by id, its type, title and links.

It wraps whatever ``borderlands.kb.load`` returns (an object with one typed list per record
type) and indexes it once, so a page never scans the whole base. Links are found by reading
each record's id-valued fields against the set of known ids, which also gives the reverse
links ("what refers to this record") without a second source of truth.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from borderlands.kb.loading import SINGULAR as KB_SINGULAR
from borderlands.kb.schema import (
    ID_PREFIX,
    RECORD_TYPES,
    Concept,
    Decree,
    Event,
    Figure,
    Group,
    Organisation,
    Person,
    Place,
    Record,
    RegimeRule,
    SourceRef,
    Typology,
)

COLLECTIONS: tuple[str, ...] = tuple(RECORD_TYPES)
WORD = re.compile(r"\w+")

#: Record names for readers: the KB's own, a little fuller for two types.
SINGULAR: dict[str, str] = {
    **{folder: KB_SINGULAR[folder] for folder in COLLECTIONS},
    "typology": "typology coding",
    "regime": "border-regime rule",
}

PLURAL_LABEL: dict[str, str] = {
    "events": "Events",
    "decrees": "Decrees",
    "groups": "Groups",
    "places": "Places",
    "concepts": "Concepts",
    "persons": "Persons",
    "organisations": "Organisations",
    "figures": "Figures",
    "typology": "Typology",
    "regime": "Border regime",
}


def collection_of(record_id: str) -> str | None:
    """The collection an id belongs to, from its prefix (``ev-`` is an event)."""
    for collection, prefix in ID_PREFIX.items():
        if record_id.startswith(prefix):
            return collection
    return None


def _ids_in(value: Any, known: set[str]) -> Iterator[str]:
    if isinstance(value, str):
        if value in known:
            yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _ids_in(item, known)
    elif isinstance(value, Record):
        for name in type(value).model_fields:
            if name != "id":
                yield from _ids_in(getattr(value, name), known)


@dataclass(slots=True)
class Catalog:
    """Records by id, in collection order, with forward and reverse links."""

    by_collection: dict[str, list[Record]]
    by_id: dict[str, Record] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # id -> searchable text
    folded: dict[str, str] = field(default_factory=dict)  # id -> casefolded text
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)  # id -> its words
    backlinks: dict[str, list[str]] = field(default_factory=dict)
    available: bool = True
    problem: str | None = None

    @classmethod
    def from_kb(cls, kb: object | None, problem: str | None = None) -> Catalog:
        collections: dict[str, list[Record]] = {
            name: list(getattr(kb, name, None) or []) if kb is not None else []
            for name in COLLECTIONS
        }
        catalog = cls(by_collection=collections, available=kb is not None, problem=problem)
        catalog._index()
        return catalog

    def _index(self) -> None:
        for records in self.by_collection.values():
            for record in records:
                self.by_id[record.id] = record  # type: ignore[attr-defined]
                rid = record.id  # type: ignore[attr-defined]
                self.texts[rid] = searchable_text(record)
                self.folded[rid] = self.texts[rid].casefold()
                self.tokens[rid] = frozenset(WORD.findall(self.folded[rid]))
        known = set(self.by_id)
        back: dict[str, list[str]] = defaultdict(list)
        for rid, record in self.by_id.items():
            seen: list[str] = []
            for target in _ids_in(record, known):
                if target != rid and target not in seen:
                    seen.append(target)
            self.links[rid] = seen
            for target in seen:
                back[target].append(rid)
        self.backlinks = dict(back)

    def get(self, record_id: str) -> Record | None:
        return self.by_id.get(record_id)

    def records(self, collection: str) -> list[Record]:
        return self.by_collection.get(collection, [])

    def title(self, record_id: str) -> str:
        record = self.by_id.get(record_id)
        return title_of(record, self) if record is not None else record_id

    def all(self) -> Iterable[tuple[str, Record]]:
        for collection, records in self.by_collection.items():
            for record in records:
                yield collection, record

    def counts(self) -> dict[str, int]:
        return {name: len(records) for name, records in self.by_collection.items()}


def title_of(record: Record, catalog: Catalog | None = None) -> str:
    """A human title for any record type."""
    match record:
        case Event():
            return record.title
        case Decree():
            return record.title_en
        case Group() | Place() | Concept() | Person() | RegimeRule():
            return record.name
        case Organisation():
            return f"{record.name} ({record.abbreviation})" if record.abbreviation else record.name
        case Figure():
            return f"{record.stated}: {record.measures}"
        case Typology():
            episode = catalog.title(record.episode) if catalog else record.episode
            return f"Typology of {episode}"
    return str(getattr(record, "id", "record"))


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
    seen: set[tuple[int, int | None]] = set()
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
