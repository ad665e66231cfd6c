"""The article reader: an extracted journal article as raw text plus standoff layers."""

from borderlands.article.model import (
    Article,
    Marker,
    Note,
    OffsetMap,
    Page,
    Paragraph,
    Repair,
    Section,
    Span,
)
from borderlands.article.parse import parse_text
from borderlands.article.reader import read_article

__all__ = [
    "Article",
    "Marker",
    "Note",
    "OffsetMap",
    "Page",
    "Paragraph",
    "Repair",
    "Section",
    "Span",
    "parse_text",
    "read_article",
]
