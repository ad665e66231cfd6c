"""The knowledge base: curated records from data/, validated, compiled to SQLite, queried.

``load()`` reads the bundled data/ (or any folder) into a ``KB``; ``validate()`` lists every
problem with file and line; ``build()`` compiles a SQLite file with full-text search, and
``search()`` queries it.
"""

from __future__ import annotations

from pathlib import Path

from borderlands.kb.knowledge import KB, display_name, parse_kind
from borderlands.kb.loading import Location, Problem, read_all
from borderlands.kb.validate import duplicate_ids, validate
from borderlands.paths import data_dir as default_data_dir

__all__ = ["KB", "Location", "Problem", "display_name", "load", "parse_kind", "validate"]


def load(data_dir: Path | None = None) -> KB:
    """Read every ``data/<type>/*.yaml`` file into a KB (the bundled data/ by default).

    Raises InputError naming file and line at the first broken YAML, schema error or
    duplicate id. References that do not resolve are loaded as written (``validate`` reports
    them), so a single dangling id does not stop readers of the rest.
    """
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    reading = read_all(directory, stop_at_first=True)
    for problem in duplicate_ids(reading.loaded):
        raise problem.to_error()
    return KB.from_loaded(reading.loaded, data_dir=directory)
