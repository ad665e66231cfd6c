"""Archival references of each footnote, from the article parser and the citation parser.

Used by ``borderlands build --article``: the article reader and the citation parser are
imported when a build asks for citations, so that a build without the article needs
neither.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

CITATION_FIELDS = ("kind", "archive", "fond", "opis", "delo", "date", "year", "pages", "raw")


def _field(citation: Any, name: str) -> Any:
    if isinstance(citation, dict):
        return citation.get(name)
    return getattr(citation, name, None)


def note_citations(article: Path) -> Iterator[tuple[Any, ...]]:
    from borderlands.article import read_article
    from borderlands.sources import cite_article

    cited = cite_article(read_article(Path(article)))
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
