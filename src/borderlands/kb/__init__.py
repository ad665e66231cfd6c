"""The knowledge base: curated records from data/, validated, compiled to SQLite, queried.

Public API (the one read API both shells, the CLI and the web explorer, call)::

    load(data_dir=None) -> KB              records in memory: get, title, find, events_for,
                                           links_of, referrers, figures_about, citing_note
    validate(data_dir) -> list[Problem]    every problem with file and line
    build(db, data_dir, article) -> BuildReport    SQLite with FTS5, atomically
    ensure_db(db, data_dir) -> Path        the store of a data folder, rebuilt when stale
    connect(db, data_dir) -> Connection    read-only; StoreReader for long-running readers
    event_ids(conn, ...filters) -> ids     the one event filter (EventFilter)
    find_events(...) -> list[dict]         events in the public JSON shape
    record_detail(conn, id) -> dict        a record with facts' sources and related records
    export(conn, type, fmt) -> str         json, csv or geojson of any record type
    search(query, conn=...) -> list[SearchHit]    full-text search in the store
    RECORD_TYPES, ID_PREFIX, SINGULAR      the one registry of record types
    source_label(page, note), number, amount    how values read in every output

Names are imported on first use (PEP 562), so that readers of the built database (the CLI's
fast path) do not pay for building the pydantic schema.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from borderlands.kb.builder import BuildReport, build
    from borderlands.kb.checks import validate
    from borderlands.kb.detail import record_detail
    from borderlands.kb.export import export
    from borderlands.kb.filters import EventFilter
    from borderlands.kb.knowledge import KB, display_name, parse_kind
    from borderlands.kb.labels import amount, number, source_label
    from borderlands.kb.loading import Location, Problem
    from borderlands.kb.query import SearchHit, event_ids, find_events, search
    from borderlands.kb.recordtypes import ID_PREFIX, RECORD_TYPES, SINGULAR
    from borderlands.kb.store import StoreReader, connect, ensure_db

_WHERE: dict[str, str] = {
    "BuildReport": "builder",
    "build": "builder",
    "KB": "knowledge",
    "display_name": "knowledge",
    "parse_kind": "knowledge",
    "Location": "loading",
    "Problem": "loading",
    "SearchHit": "query",
    "find_events": "query",
    "search": "query",
    "connect": "store",
    "ensure_db": "store",
    "validate": "checks",
    "record_detail": "detail",
    "export": "export",
    "EventFilter": "filters",
    "amount": "labels",
    "number": "labels",
    "source_label": "labels",
    "event_ids": "query",
    "ID_PREFIX": "recordtypes",
    "RECORD_TYPES": "recordtypes",
    "SINGULAR": "recordtypes",
    "StoreReader": "store",
}

__all__ = [
    "ID_PREFIX",
    "KB",
    "RECORD_TYPES",
    "SINGULAR",
    "BuildReport",
    "EventFilter",
    "Location",
    "Problem",
    "SearchHit",
    "StoreReader",
    "amount",
    "build",
    "connect",
    "display_name",
    "ensure_db",
    "event_ids",
    "export",
    "find_events",
    "load",
    "number",
    "parse_kind",
    "record_detail",
    "search",
    "source_label",
    "validate",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'borderlands.kb' has no attribute {name!r}")
    return getattr(importlib.import_module(f"borderlands.kb.{module}"), name)


def load(data_dir: Path | None = None) -> KB:
    """Read every ``data/<type>/*.yaml`` file into a KB (the bundled data/ by default).

    Raises InputError naming file and line at the first broken YAML, schema error or
    duplicate id. References that do not resolve are loaded as written (``validate`` reports
    them), so a single dangling id does not stop readers of the rest.
    """
    from borderlands.kb.checks import duplicate_ids
    from borderlands.kb.knowledge import KB
    from borderlands.kb.loading import read_all
    from borderlands.paths import data_dir as default_data_dir

    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    reading = read_all(directory, stop_at_first=True)
    for problem in duplicate_ids(reading.loaded):
        raise problem.to_error()
    return KB.from_loaded(reading.loaded, data_dir=directory)
