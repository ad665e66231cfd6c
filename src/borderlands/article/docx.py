"""A Word .docx with real footnotes -> :class:`Article`.

The document part's paragraphs are the body (a "Title" style paragraph is the title, a
"Heading" style one a section heading, "Subtitle"/"Author" style ones the byline), and each
footnote reference is a marker; the footnotes part holds the notes' texts, exactly. Notes
are numbered in the order the body first calls them, as Word prints them.

The raw text the offsets refer to is written as the body's paragraphs, one a line, each
reference as its printed number, then a line "Notes" and each note as ``n text`` on a line.
A .docx has no printed pages: everything is on page 1.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from borderlands.article.byline import looks_like_byline
from borderlands.article.model import Article
from borderlands.article.pdf_article import Metadata, build_article
from borderlands.article.pdf_layout import PageRoles, Role
from borderlands.article.pdf_lines import PdfLine, PdfPage
from borderlands.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml(archive: zipfile.ZipFile, name: str, path: str | Path) -> object | None:
    from lxml import etree

    if name not in archive.namelist():
        return None
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(archive.read(name), parser)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise InputError(f"is a damaged .docx ({name}: {exc})", path) from None


def _style(paragraph: object) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")  # type: ignore[attr-defined]
    return str(style.get(f"{W}val", "")) if style is not None else ""


def _runs(paragraph: object, number_of: dict[str, int]) -> tuple[str, list[tuple[int, int]]]:
    """A paragraph's text, with each footnote reference written as its number, and where
    those numbers stand."""
    parts: list[str] = []
    refs: list[tuple[int, int]] = []
    at = 0
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}footnoteReference"):  # type: ignore[attr-defined]
        if node.tag == f"{W}t":
            text = node.text or ""
        elif node.tag == f"{W}footnoteReference":
            ident = node.get(f"{W}id", "")
            number_of.setdefault(ident, len(number_of) + 1)
            text = str(number_of[ident])
            refs.append((at, at + len(text)))
        else:
            text = " "
        text = text.replace("\n", " ")
        parts.append(text)
        at += len(text)
    return "".join(parts), refs


def read_docx(data: bytes, path: str | Path) -> Article:
    """The article in a .docx file's bytes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError("is a damaged .docx (not a readable zip archive)", path) from None
    with archive:
        document = _xml(archive, "word/document.xml", path)
        footnotes = _xml(archive, "word/footnotes.xml", path)
    if document is None:
        raise InputError("is not a Word document (no word/document.xml)", path)
    body = document.find(f"{W}body")  # type: ignore[attr-defined]
    number_of: dict[str, int] = {}
    roles: list[Role] = []
    y = 0
    for paragraph in body.iter(f"{W}p") if body is not None else []:
        text, refs = _runs(paragraph, number_of)
        if not text.strip():
            continue
        style = _style(paragraph).lower()
        kind = "body"
        if style == "title":
            kind = "title"
        elif style in ("subtitle", "author"):
            kind = "author"
        elif style.startswith("heading"):
            kind = "heading"
        elif roles and roles[-1].kind == "title" and looks_like_byline(text):
            kind = "author"  # a byline in the body's style, right under the title
        elif style in ("quote", "intensequote", "blocktext"):
            kind = "quote"
        line = PdfLine(text, 0.0, float(y), 0.0, y + 1.0, 1.0, False, raised=refs)
        roles.append(Role(line, 0, kind, paragraph_start=True))
        y += 1
    notes_text: dict[int, str] = {}
    if footnotes is not None:
        for note in footnotes.iter(f"{W}footnote"):  # type: ignore[attr-defined]
            ident = note.get(f"{W}id", "")
            if ident not in number_of:
                continue  # separators, and notes the body never calls
            texts = [_runs(p, {})[0] for p in note.iter(f"{W}p")]
            notes_text[number_of[ident]] = " ".join(t.strip() for t in texts if t.strip())
    if notes_text:
        roles.append(Role(PdfLine("Notes", 0.0, float(y), 0.0, y + 1.0, 1.0, True), 0, "endnotes"))
        y += 1
        for n in sorted(notes_text):
            label = str(n)
            line = PdfLine(f"{label} {notes_text[n]}", 0.0, float(y), 0.0, y + 1.0, 1.0, False)
            roles.append(Role(line, 0, "note", note_n=n, label=label, label_end=len(label) + 1))
            y += 1
    if not roles:
        raise InputError("is an empty Word document (no text)", path)
    page = PageRoles(PdfPage(0, 0.0, 0.0, []), roles, None)
    article = build_article([page], str(path), Metadata())
    article.source["kind"] = "docx"
    return article
