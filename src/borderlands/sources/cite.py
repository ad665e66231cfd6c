"""A whole article's notes -> a CitedArticle, with references resolved across notes."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from borderlands.sources.model import Citation, CitedArticle, CitedNote
from borderlands.sources.parse import parse_note
from borderlands.sources.registry import Archive, load_archives
from borderlands.sources.resolve import build


class _NoteLike(Protocol):
    n: int
    page: int
    text: str


class _ArticleLike(Protocol):
    @property
    def notes(self) -> list[_NoteLike]: ...  # pragma: no cover - a typing shape

    @property
    def missing_notes(self) -> list[int]: ...  # pragma: no cover - a typing shape


def cite_article(article: _ArticleLike, archives: dict[str, Archive] | None = None) -> CitedArticle:
    """Parse every note of a parsed article (``borderlands.article.Article``) and resolve
    ibid, short forms and "(n. X above)" across notes."""
    registry = archives if archives is not None else load_archives()
    defined: dict[str, str] = {}
    notes: list[CitedNote] = []
    for note in sorted(article.notes, key=lambda x: x.n):
        citations = parse_note(note.text, note.n, note.page, archives=registry, defined=defined)
        _locate(article, note, citations)
        start_line = getattr(note, "start_line", None)
        notes.append(CitedNote(note.n, note.page, note.text, citations, start_line))
    return build(notes, list(article.missing_notes))


def _locate(article: object, note: object, citations: list[Citation]) -> None:
    """Give each citation the article file's line number, through the note's offset map."""
    offsets = getattr(note, "offsets", None)
    line_of = getattr(article, "line_of", None)
    if offsets is None or line_of is None or not getattr(offsets, "clean_starts", None):
        return
    for c in citations:
        c.line = line_of(offsets.raw_offset(c.start))


def cite_file(path: str | Path, archives: dict[str, Archive] | None = None) -> CitedArticle:
    """Read the article at ``path`` with the article reader and cite it."""
    from borderlands.article import read_article

    return cite_article(read_article(Path(path)), archives)
