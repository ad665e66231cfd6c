"""TEI P5 export: ``<pb n>`` at page starts, ``<head>`` per section, ``<p>`` (``<quote>`` for
block quotes), ``<ref target>`` where a marker stood, footnotes as ``<note place="foot">``
in ``<back>``. The output is checked against :mod:`tei_schema` in the tests.

XML 1.0 cannot hold most control characters, lone surrogates, U+FFFE or U+FFFF; where the
text has one, the TEI has U+FFFD (the replacement character) and the export says so in a
warning. The header describes the source by what the reader found (title, author, pages)
and the file's name only: a user's folders are no part of a document they may share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from lxml import etree

from borderlands.article.model import Article, Paragraph
from borderlands.article.tei_schema import TEI_NS

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

#: Characters XML 1.0 cannot hold (its ``Char`` production, negated).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class TeiDocument:
    xml: bytes
    warnings: list[str]


def _clean(text: str) -> str:
    return NOT_XML.sub(REPLACEMENT, text)


def unfit_characters_warning(raw: str, shown: int = 5) -> str | None:
    """One warning naming the characters of ``raw`` XML cannot hold and their lines."""
    found = [(m.start(), m.group()) for m in NOT_XML.finditer(raw)]
    if not found:
        return None
    lines: list[str] = []
    for offset, char in found[:shown]:
        line = raw.count("\n", 0, offset) + 1
        lines.append(f"U+{ord(char):04X} on line {line}")
    more = f" and {len(found) - shown} more" if len(found) > shown else ""
    return (
        f"{len(found)} character(s) XML cannot hold ({', '.join(lines)}{more}); "
        "written as U+FFFD in the TEI"
    )


def source_description(article: Article) -> str:
    """What the text is, in words: title, author, pages and the file's name (no folders)."""
    title = article.source.get("title")
    byline = article.source.get("byline")
    parts = ["An extracted text"]
    if title:
        parts.append(f"of \u201c{title}\u201d")
    if isinstance(byline, list) and byline:
        parts.append(f"by {byline[0]}")
    description = " ".join(parts)
    numbers = [p.number for p in article.pages]
    if numbers:
        first, last = min(numbers), max(numbers)
        description += f", pages {first}\u2013{last}" if last != first else f", page {first}"
    path = article.source.get("path")
    if path:
        description += f", read from the file {PurePath(str(path)).name}"
    return description + "."


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}")
    for key, value in attrs.items():
        element.set(XML_ID if key == "xml_id" else key, _clean(value))
    if text is not None:
        element.text = _clean(text)
    return element


def _note_id(n: int) -> str:
    return "note-star" if n == 0 else f"note{n}"


class _Writer:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.next_page = 0  # index of the first page whose <pb> is not written yet
        self.markers_of: dict[str, list[tuple[int, int]]] = {}
        for m in article.markers:
            if m.paragraph_id is not None and m.clean_offset is not None:
                self.markers_of.setdefault(m.paragraph_id, []).append((m.clean_offset, m.n))

    def page_breaks_until(self, offset: int) -> list[int]:
        """Numbers of the pages not yet marked that start at or before raw ``offset``."""
        last = self.article.page_index_of(offset)
        due = [p.number for p in self.article.pages[self.next_page : last + 1]]
        self.next_page = max(self.next_page, last + 1)
        return due

    def paragraph(self, div: etree._Element, paragraph: Paragraph) -> None:
        first = paragraph.pieces[0].start if paragraph.pieces else 0
        for n in self.page_breaks_until(first):
            _el(div, "pb", n=str(n))
        tag = "quote" if paragraph.block_quote else "p"
        element = _el(div, tag, xml_id=paragraph.id)
        inserts: list[tuple[int, int, str, int]] = []  # offset, order, kind, note n or raw
        for offset, n in self.markers_of.get(paragraph.id, []):
            inserts.append((offset, 1, "ref", n))
        for piece in paragraph.pieces[1:]:
            inserts.append((paragraph.offsets.clean_offset(piece.start), 0, "pb", piece.start))
        inserts.sort()
        text = paragraph.text
        prev = 0
        last: etree._Element | None = None
        for offset, _, kind, number in inserts:
            chunk = _clean(text[prev:offset])
            if last is None:
                element.text = (element.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk
            prev = offset
            if kind == "pb":
                for page in self.page_breaks_until(number):
                    last = _el(element, "pb", n=str(page))
            else:
                attrs = {"target": f"#{_note_id(number)}", "n": str(number)}
                last = _el(element, "ref", str(number), **attrs)
        chunk = _clean(text[prev:])
        if last is None:
            element.text = (element.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk

    def write(self) -> bytes:
        article = self.article
        root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
        header = _el(root, "teiHeader")
        file_desc = _el(header, "fileDesc")
        title_stmt = _el(file_desc, "titleStmt")
        path = article.source.get("path")
        title = str(article.source.get("title") or (PurePath(str(path)).name if path else "")
                    or "Untitled")
        _el(title_stmt, "title", title)
        byline = article.source.get("byline")
        if isinstance(byline, list) and byline:
            _el(title_stmt, "author", str(byline[0]))
        _el(_el(file_desc, "publicationStmt"), "p", "Parsed by borderlands from an extracted text.")
        _el(_el(file_desc, "sourceDesc"), "p", source_description(article))
        text = _el(root, "text")
        body = _el(text, "body")
        blocks: list[tuple[int, str, object]] = [
            (s.span.start, "head", s) for s in article.sections
        ] + [(p.pieces[0].start if p.pieces else 0, "p", p) for p in article.paragraphs]
        blocks.sort(key=lambda b: b[0])
        div = _el(body, "div")
        for _, kind, item in blocks:
            if kind == "head":
                div = _el(body, "div")
                for n in self.page_breaks_until(item.span.start):  # type: ignore[attr-defined]
                    _el(div, "pb", n=str(n))
                _el(div, "head", item.title)  # type: ignore[attr-defined]
            else:
                assert isinstance(item, Paragraph)
                self.paragraph(div, item)
        if len(body) and not len(body[0]):
            body.remove(body[0])
        if not len(body):
            _el(body, "div")
        if article.notes or article.missing_notes:
            back = _el(text, "back")
            notes_div = _el(back, "div", type="notes")
            for note in article.notes:
                _el(
                    notes_div,
                    "note",
                    note.text,
                    place="foot",
                    n=note.label,
                    xml_id=_note_id(note.n),
                )
            for n in article.missing_notes:
                # called in the body, text absent from this copy: an empty note keeps refs whole
                _el(notes_div, "note", place="foot", n=str(n), xml_id=_note_id(n), type="missing")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def tei_document(article: Article) -> TeiDocument:
    """The article as TEI, with a warning for each thing the XML could not hold as it was."""
    warning = unfit_characters_warning(article.raw)
    return TeiDocument(_Writer(article).write(), [warning] if warning else [])


def to_tei(article: Article) -> bytes:
    return _Writer(article).write()
