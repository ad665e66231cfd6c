"""The knowledge base: curated records from data/, validated, compiled to SQLite, queried.

``load()`` reads the bundled data/ (or any folder) into a ``KB``; ``validate()`` lists every
problem with file and line; ``build()`` compiles a SQLite file with full-text search;
``search()`` and ``find_events()`` query it.

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
    from borderlands.kb.knowledge import KB, display_name, parse_kind
    from borderlands.kb.loading import Location, Problem
    from borderlands.kb.query import SearchHit, find_events, search
    from borderlands.kb.store import connect, ensure_db

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
}

__all__ = [
    "KB",
    "BuildReport",
    "Location",
    "Problem",
    "SearchHit",
    "build",
    "connect",
    "display_name",
    "ensure_db",
    "find_events",
    "load",
    "parse_kind",
    "search",
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
