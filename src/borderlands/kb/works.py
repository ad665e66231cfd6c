"""Works: the books, articles, document collections and web pages the knowledge base cites.

Every ``sources`` entry names a work (the founding article, ``martin-1998``, when it names
none). This module finds every source inside a record with the data line it is written on,
checks that each names a known work, tells which works are independent of each other (a
work that ``draws_on`` another reports that one's figures), and lists what cites a work.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from borderlands.kb.loading import SINGULAR, WORKS, Loaded, Problem
from borderlands.kb.schema import SourceRef, Work
from borderlands.kb.yamlfile import LineDict

if TYPE_CHECKING:
    from borderlands.kb.knowledge import KB


@dataclass(frozen=True, slots=True)
class PlacedSource:
    """A source inside a record: the field path it sits at ("counts[2].sources[0]"), the
    data line it is written on, and the source itself."""

    where: str
    line: int
    source: SourceRef


def placed_sources(value: Any, raw: Any, where: str = "", line: int = 0) -> Iterator[PlacedSource]:
    """Every SourceRef in a record (however deeply nested), with its data line."""
    if isinstance(raw, LineDict):
        line = raw.line
    if isinstance(value, SourceRef):
        yield PlacedSource(where, line, value)
    elif isinstance(value, list):
        raw_list = raw if isinstance(raw, list) else []
        for i, item in enumerate(value):
            sub = raw_list[i] if i < len(raw_list) else None
            yield from placed_sources(item, sub, f"{where}[{i}]", line)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            sub = raw.get(name) if isinstance(raw, LineDict) else None
            sub_line = raw.line_of(name) if isinstance(raw, LineDict) and name in raw else line
            path = f"{where}.{name}" if where else name
            yield from placed_sources(getattr(value, name), sub, path, sub_line)


def record_sources(record: BaseModel) -> Iterator[tuple[str, SourceRef]]:
    """Every SourceRef in a record with its field path (no data lines needed)."""
    for placed in placed_sources(record, None):
        yield placed.where, placed.source


def work_ids(loaded: Iterable[Loaded], declared: dict[str, str] | None = None) -> set[str]:
    """The ids of every work read (and of works that failed their schema, so that one bad
    work record does not make every citation of it look unknown)."""
    ids = {item.record.id for item in loaded if isinstance(item.record, Work)}
    ids.update(k for k, v in (declared or {}).items() if v == WORKS)
    return ids


def lineage(work_id: str, works: dict[str, Work]) -> frozenset[str]:
    """A work and every work it draws on, directly or through others."""
    seen = {work_id}
    todo = [work_id]
    while todo:
        work = works.get(todo.pop())
        for parent in work.draws_on if work else ():
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return frozenset(seen)


def shared_origin(first: str, second: str, works: dict[str, Work]) -> str | None:
    """Why two works are not independent ("the same work", "x draws on y"), or None."""
    if first == second:
        return f"both are {first}"
    a, b = lineage(first, works), lineage(second, works)
    if second in a:
        return f"{first} draws on {second}"
    if first in b:
        return f"{second} draws on {first}"
    common = sorted(a & b)
    if common:
        return f"{first} and {second} both draw on {common[0]}"
    return None


def work_problems(
    loaded: list[Loaded], declared: dict[str, str] | None = None, unreadable: Iterable[str] = ()
) -> Iterator[Problem]:
    """Sources naming no known work, and works drawing on unknown works or on themselves."""
    if WORKS in set(unreadable):
        return
    known = work_ids(loaded, declared)
    for item in loaded:
        record = item.record
        rid = getattr(record, "id", "")
        label = f"{SINGULAR[item.folder]} {rid}".strip()
        if isinstance(record, Work):
            for parent in record.draws_on:
                line = item.raw.line_of("draws_on")
                if parent == record.id:
                    yield Problem(item.location.file, line, f"{label}: draws_on refers to itself")
                elif parent not in known:
                    yield Problem(
                        item.location.file, line, f"{label}: draws_on: no work {parent!r}"
                    )
            continue
        for placed in placed_sources(record, item.raw):
            if placed.source.work not in known:
                yield Problem(
                    item.location.file,
                    placed.line,
                    f"{label}: {placed.where}: no work {placed.source.work!r} "
                    f"(works are defined in {WORKS}/)",
                )


@dataclass(frozen=True, slots=True)
class Citation:
    """One place where a record cites a work."""

    record_type: str
    record_id: str
    where: str  # the field path: "sources[0]", "counts[2].sources[0]", "estimates[0]..."
    source: SourceRef

    def to_dict(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "record_id": self.record_id,
            "where": self.where,
            **source_dict(self.source),
        }


def source_dict(source: SourceRef) -> dict[str, Any]:
    """A source as exported: ``{"work", "page", "note"}`` and, where given, document and
    section."""
    out: dict[str, Any] = {"work": source.work, "page": source.page, "note": source.note}
    if source.document is not None:
        out["document"] = source.document
    if source.section is not None:
        out["section"] = source.section
    return out


def write_works(
    insert: Callable[[str, Iterable[tuple[Any, ...]]], None],
    kb: KB,
    relative: Callable[[Path], str],
) -> None:
    """Fill the ``works`` table of a database being built (lists as JSON text)."""
    insert(
        "works",
        (
            (
                w.id, w.kind.value, json.dumps(w.authors, ensure_ascii=False), w.title, w.year,
                w.container, w.publisher, w.pages, w.url, w.language, json.dumps(w.draws_on),
                w.note, relative(kb.locations[w.id].file), kb.locations[w.id].line,
            )
            for w in kb.works
        ),
    )

