"""Span layers: whatever a later stage finds in the article (a citation, a quantity, a
figure check) recorded as a span of the one raw text, the way spaCy keeps every layer as a
``Span`` of one ``Doc``.

An :class:`Annotation` carries its raw ``[start, end)`` offsets, the page and line they fall
on, and the passage holding them (a paragraph id such as ``"p12"`` or a note key such as
``"n45"``) with the offsets inside that passage's reading text. Its ``data`` is the stage's
own record (a ``Citation``, a ``Quantity``, a ``Check``), so the stage's outputs are views of
the layer, and any shell (CLI, web reader, TEI) places things by offsets, never by searching
text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from borderlands.article.model import Article, Note, Paragraph


@dataclass(frozen=True, slots=True)
class Annotation:
    """One item of a layer: a span of the raw text with the stage's record attached."""

    layer: str  # "citations", "quantities", "checks", ...
    start: int  # raw offsets, half-open
    end: int
    line: int  # 1-based line of ``start``
    page: int | None
    passage: str  # "p12" (paragraph id) or "n45" (note number with an "n")
    passage_start: int  # offsets in the passage's reading text
    passage_end: int
    label: str  # a short description for people ("archival", "percent", "inconsistent")
    data: Any = None

    def to_dict(self) -> dict[str, object]:
        """The location part of the JSON shape (the stage adds its record's own keys)."""
        return {
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "page": self.page,
            "passage": self.passage,
            "passage_start": self.passage_start,
            "passage_end": self.passage_end,
        }


def passage_key(paragraph: Paragraph | None = None, note: Note | None = None) -> str:
    """The key of a paragraph (its id) or a note (``"n"`` and its number)."""
    if paragraph is not None:
        return paragraph.id
    if note is not None:
        return f"n{note.n}"
    raise ValueError("a passage is a paragraph or a note")


def passage_of(article: Article, key: str) -> Paragraph | Note | None:
    """The paragraph or note a passage key names."""
    if key.startswith("n") and key[1:].isdigit():
        return article.note(int(key[1:]))
    for para in article.paragraphs:
        if para.id == key:
            return para
    return None


def annotate(
    article: Article,
    layer: str,
    key: str,
    passage_start: int,
    passage_end: int,
    label: str,
    data: Any = None,
) -> Annotation:
    """An annotation for ``[passage_start, passage_end)`` of a passage's reading text,
    placed on the raw text through the passage's offset map."""
    passage = passage_of(article, key)
    if passage is None:
        raise KeyError(f"no passage {key!r} in this article")
    start, end = passage.offsets.raw_range(passage_start, passage_end)
    return Annotation(
        layer=layer,
        start=start,
        end=end,
        line=article.line_of(start),
        page=article.page_of(start),
        passage=key,
        passage_start=passage_start,
        passage_end=passage_end,
        label=label,
        data=data,
    )
