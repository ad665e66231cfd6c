"""Reading an article file: every way a file can be unfit is one :class:`InputError`.

The kind of file is told by its bytes: a PDF (one article or a whole journal volume), a Word
.docx with real footnotes, or an extracted plain text.
"""

from __future__ import annotations

from pathlib import Path

from borderlands.article.detect import input_kind
from borderlands.article.model import Article
from borderlands.article.parse import parse_text
from borderlands.article.text_layout import looks_paged, read_paged_text
from borderlands.errors import InputError
from borderlands.inputs import read_input_bytes


def decode_text(data: bytes, path: str | Path) -> str:
    """The text of a file's bytes, or an InputError naming the file and what is wrong."""
    if not data.strip():
        raise InputError("is empty", path)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("is binary, not text (NUL byte)", path, f"byte {nul}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"is not UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start})",
            path,
            f"line {line}",
        ) from None
    return text.removeprefix("\ufeff")


def read_text(path: str | Path) -> str:
    """The file's text, or an InputError naming the file and what is wrong with it."""
    return decode_text(read_input_bytes(path), path)


def read_document(path: str | Path) -> list[Article]:
    """Every article in a file: one for an article, several for a journal volume."""
    data = read_input_bytes(path)
    kind = input_kind(data)
    named = Path(path).suffix.lower().lstrip(".")
    if named in ("pdf", "docx") and kind != named:
        raise InputError(f"is not a readable {named.upper()} (its bytes are not a {named})", path)
    if kind == "pdf":
        from borderlands.article.pdf import read_pdf

        return read_pdf(data, path)
    if kind == "docx":
        from borderlands.article.docx import read_docx

        return [read_docx(data, path)]
    text = decode_text(data, path)
    if looks_paged(text):
        articles = read_paged_text(text, str(path))
        if any(a.notes for a in articles):
            return articles
    return [parse_text(text, str(path))]


def pick_article(articles: list[Article], number: int | None, path: str | Path) -> Article:
    """Article ``number`` (1-based) of a document; with no number, its only article."""
    if number is None:
        if len(articles) == 1:
            return articles[0]
        raise InputError(
            f"holds {len(articles)} articles (a journal volume); choose one with --article N",
            path,
        )
    if not 1 <= number <= len(articles):
        raise InputError(
            f"has no article {number}: it holds {len(articles)} (1–{len(articles)})",
            path,
            "--article",
        )
    return articles[number - 1]


def read_article(path: str | Path, number: int | None = None) -> Article:
    """Read and parse one article: the file's only one, or article ``number`` of a volume."""
    return pick_article(read_document(path), number, path)
