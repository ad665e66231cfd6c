"""The article reader: a journal article (PDF, .docx or extracted text; one article or a
whole volume) as raw text plus standoff layers."""

from borderlands.article.layers import Annotation, annotate, passage_key, passage_of
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
from borderlands.article.reader import read_article, read_document

__all__ = [
    "Annotation",
    "Article",
    "Marker",
    "Note",
    "OffsetMap",
    "Page",
    "Paragraph",
    "Repair",
    "Section",
    "Span",
    "annotate",
    "parse_text",
    "passage_key",
    "passage_of",
    "read_article",
    "read_document",
]
