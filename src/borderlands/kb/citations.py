"""Archival references of each footnote, from the article parser and the citation parser.

Both live in other packages written in parallel; this link is optional and never required.
When either is missing, there are simply no citations.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CITATION_FIELDS = ("kind", "archive", "fond", "opis", "delo", "date", "year", "pages", "raw")


def _field(citation: Any, name: str) -> Any:
    if isinstance(citation, dict):
        return citation.get(name)
    return getattr(citation, name, None)


def note_citations(article: Path) -> Iterator[tuple[Any, ...]]:
    try:
        sources = importlib.import_module("borderlands.sources")
        article_pkg = importlib.import_module("borderlands.article")
    except ImportError:
        return
    read = getattr(article_pkg, "read_article", None)
    cite = getattr(sources, "cite_article", None)
    if read is None or cite is None:
        return
    cited = cite(read(Path(article)))
    notes = cited.get("notes", []) if isinstance(cited, dict) else getattr(cited, "notes", [])
    for note in notes:
        n = _field(note, "n")
        page = _field(note, "page")
        for seq, citation in enumerate(_field(note, "citations") or [], 1):
            values = [_field(citation, name) for name in CITATION_FIELDS]
            values = [v if v is None or isinstance(v, int | str) else str(v) for v in values]
            if values[-1] is None:
                values[-1] = ""
            yield (n, page, seq, *values)
