"""Footnote citations: archival references (fond/opis/delo), microfilm, published works,
ibid and cross-references, resolved across notes; the archive registry; exports.

Public API::

    parse_note(text, n=None, page=None) -> list[Citation]
    cite_article(article) -> CitedArticle          (and the Article's "citations" layer)
    cite_notes(notes) / cite_notes_file(path) -> CitedArticle   (loose notes, one a line)
    annotate_citations(article, cited) -> list[Annotation]
    archive_summary(cited) -> list[ArchiveSummary]
    finding_aid(cited) -> list[FindingAidRow]
    to_json / to_csv / to_csl / to_csl_json / to_bibtex (cited)
    load_archives() -> dict[str, Archive]
"""

from __future__ import annotations

from borderlands.sources.cite import (
    LooseNote,
    annotate_citations,
    cite_article,
    cite_file,
    cite_notes,
    cite_notes_file,
    read_notes,
)
from borderlands.sources.export import to_bibtex, to_csl, to_csl_json, to_csv, to_json
from borderlands.sources.model import Citation, CitedArticle, CitedNote, Unresolved
from borderlands.sources.parse import parse_note
from borderlands.sources.registry import Archive, load_archives
from borderlands.sources.summary import (
    ArchiveSummary,
    FindingAidRow,
    archive_summary,
    finding_aid,
)

__all__ = [
    "Archive",
    "ArchiveSummary",
    "Citation",
    "CitedArticle",
    "CitedNote",
    "FindingAidRow",
    "LooseNote",
    "Unresolved",
    "annotate_citations",
    "archive_summary",
    "cite_article",
    "cite_file",
    "cite_notes",
    "cite_notes_file",
    "finding_aid",
    "load_archives",
    "parse_note",
    "read_notes",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_csv",
    "to_json",
]
