"""Write the fixture article (tests/fixtures/article_pdf/spec.py) as a Word .docx with real
footnotes: the document part calls each note with a footnote reference, the footnotes part
holds their texts. The parts are written as Word writes them (WordprocessingML)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from article_pdf_maker import spec

_OOXML = "http://schemas.openxmlformats.org"
_NS = f'xmlns:w="{_OOXML}/wordprocessingml/2006/main"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_CONTENT_TYPES = (
    f'{_HEAD}<Types xmlns="{_OOXML}/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WORD}.document.main+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{_WORD}.footnotes+xml"/>'
    "</Types>"
)
_RELATION = f"{_OOXML}/officeDocument/2006/relationships"


def _rels(kind: str, target: str) -> str:
    return (
        f'{_HEAD}<Relationships xmlns="{_OOXML}/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_RELATION}/{kind}" Target="{target}"/>'
        "</Relationships>"
    )


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(text: str, style: str | None = None, ids: dict[int, int] | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs: list[str] = []
    pos = 0
    for m in re.finditer(r"\{(\d+)\}", text):
        runs.append(_run(text[pos : m.start()]))
        ident = (ids or {})[int(m.group(1))]
        runs.append(
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{ident}"/></w:r>'
        )
        pos = m.end()
    runs.append(_run(text[pos:]))
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def make_docx(path: Path) -> None:
    s = spec()
    # Word's footnote ids need not be the printed numbers: offset them on purpose
    ids = {n: n + 6 for n in s.NOTES}
    body = [_paragraph(s.TITLE, "Title"), _paragraph(" and ".join(s.AUTHORS), "Subtitle")]
    for paragraph in s.paragraphs():
        body.append(_paragraph(s.reading_text_with_markers(paragraph), None, ids))
    document = f'{_HEAD}<w:document {_NS}><w:body>{"".join(body)}</w:body></w:document>'
    notes = [
        f'<w:footnote w:type="{kind}" w:id="{ident}"><w:p><w:r><w:{tag}/></w:r></w:p></w:footnote>'
        for kind, ident, tag in (
            ("separator", -1, "separator"),
            ("continuationSeparator", 0, "continuationSeparator"),
        )
    ]
    for n, lines in s.NOTES.items():
        notes.append(
            f'<w:footnote w:id="{ids[n]}"><w:p><w:r><w:footnoteRef/></w:r>'
            f"{_run(' ' + ' '.join(lines))}</w:p></w:footnote>"
        )
    footnotes = f'{_HEAD}<w:footnotes {_NS}>{"".join(notes)}</w:footnotes>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _rels("officeDocument", "word/document.xml"))
        archive.writestr("word/_rels/document.xml.rels", _rels("footnotes", "footnotes.xml"))
        archive.writestr("word/document.xml", document)
        archive.writestr("word/footnotes.xml", footnotes)
