"""Many articles at once: a corpus of files read, cited and checked on Dask into one SQLite
database, with indexes across articles (archival files, published works, figure checks) and
full-text search.

Public API::

    build_corpus(paths, db, workers=None, scheduler=None, progress=None) -> BuildSummary
    process_file(path) -> FileResult            # one file, as a worker does it
    connect(db) -> sqlite3.Connection           # then the queries of borderlands.corpus.queries
"""

from __future__ import annotations

from borderlands.corpus import queries
from borderlands.corpus.build import BuildSummary, Progress, build_corpus
from borderlands.corpus.metadata import metadata_path
from borderlands.corpus.process import ArticleResult, FileResult, process_file
from borderlands.corpus.store import connect

__all__ = [
    "ArticleResult",
    "BuildSummary",
    "FileResult",
    "Progress",
    "build_corpus",
    "connect",
    "metadata_path",
    "process_file",
    "queries",
]
