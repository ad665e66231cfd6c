"""A PDF's text lines with their place and type size, read with PyMuPDF.

Each printed line becomes one :class:`PdfLine`: its text, its box on the page, its type size
(the size most of its characters are set in) and the note markers printed as raised, smaller
digits inside it. Lines on one baseline are merged (PyMuPDF may give a line in pieces).
A document that cannot be read at all (encrypted, damaged, no text layer) is one
:class:`InputError`; a page that cannot be read is skipped with a warning.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from borderlands.errors import InputError

SAME_BASELINE = 2.0  # points: spans whose baselines differ by less sit on one line


@dataclass(slots=True)
class PdfLine:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # the type size most of its characters are set in
    bold: bool
    #: ``[start, end)`` in ``text`` of digits set raised and smaller (superscript markers)
    raised: list[tuple[int, int]] = field(default_factory=list)
    #: where ``text`` starts in a given plain text (a text extraction read page by page)
    at: int = -1


@dataclass(slots=True)
class PdfPage:
    index: int  # 0-based page of the PDF
    width: float
    height: float
    lines: list[PdfLine]


def open_pdf(data: bytes, path: str | Path) -> Any:
    """The PyMuPDF document, or an InputError naming the file and why it cannot be read."""
    import pymupdf

    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises its own types, varying by version
        raise InputError(f"is a damaged PDF that cannot be opened ({_reason(exc)})", path) from None
    try:
        if doc.needs_pass or doc.is_encrypted:
            raise InputError("is an encrypted PDF (a password is needed to read it)", path)
        count = doc.page_count
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            f"is a damaged or truncated PDF: its pages cannot be found ({_reason(exc)})", path
        ) from None
    if count == 0:
        raise InputError("is a PDF with no pages", path)
    return doc


def _damage(data: bytes, doc: Any) -> str:
    """What is wrong with a PDF MuPDF could open only by repairing it ("" when nothing)."""
    truncated = b"%%EOF" not in data[-1024:]
    if truncated:
        return "the PDF is truncated (it does not end with %%EOF)"
    if doc.is_repaired:
        return "the PDF is damaged (its cross-reference table had to be rebuilt)"
    return ""


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:80] or type(exc).__name__


def read_pages(data: bytes, path: str | Path, warnings: list[str]) -> list[PdfPage]:
    """Every readable page's lines, top to bottom; unreadable pages become warnings."""
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    doc = open_pdf(data, path)
    pages: list[PdfPage] = []
    bad: list[int] = []
    damage = _damage(data, doc)
    try:
        for index in range(doc.page_count):
            try:
                page = doc.load_page(index)
                info = page.get_text(
                    "dict", flags=pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES
                )
            except Exception:  # a broken page object: read the others
                bad.append(index + 1)
                continue
            rect = page.rect
            pages.append(PdfPage(index, rect.width, rect.height, _lines(info)))
    finally:
        doc.close()
    if bad:
        if not pages:
            raise InputError("is a damaged PDF: no page can be read", path)
        listed = ", ".join(str(b) for b in bad)
        warnings.append(f"PDF pages {listed} could not be read and are left out")
    if damage:
        warnings.append(f"{damage}; the pages that could be read follow")
    if not any(p.lines for p in pages):
        if damage:
            raise InputError(f"{damage}: no text can be read", path)
        raise InputError(
            "is a PDF with no text layer (a scan?): it has no text to read; run OCR first", path
        )
    empty = [p.index + 1 for p in pages if not p.lines]
    if empty:
        listed = ", ".join(str(e) for e in empty)
        warnings.append(f"PDF pages {listed} have no text (images only?) and are left out")
    return [p for p in pages if p.lines]


def _lines(info: dict[str, Any]) -> list[PdfLine]:
    spans: list[dict[str, Any]] = []
    for block in info.get("blocks", []):
        for line in block.get("lines", []):
            if line.get("dir", (1, 0))[1] != 0:
                continue  # rotated text (a margin stamp) is not part of the reading order
            for span in line.get("spans", []):
                if span["text"].strip():
                    spans.append(span)
    # larger type first, so that each line exists before a small raised marker is placed
    # in the line whose box holds it
    spans.sort(key=lambda s: (-round(s["size"], 1), s["origin"][1], s["bbox"][0]))
    rows: list[list[dict[str, Any]]] = []
    for span in spans:
        row = _row_for(rows, span)
        if row is None:
            rows.append([span])
        else:
            row.append(span)
    lines = [_line(sorted(row, key=lambda s: s["bbox"][0])) for row in rows]
    lines.sort(key=lambda ln: (round(ln.y1, 0), ln.x0))
    return lines


def _row_for(rows: list[list[dict[str, Any]]], span: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The line a span belongs to: the one on its baseline; for a smaller span set above the
    baseline (a superscript), the line whose baseline is nearest below its own."""
    baseline = span["origin"][1]
    raised: list[dict[str, Any]] | None = None
    nearest = 0.0
    for row in rows:
        first = row[0]
        below = first["origin"][1] - baseline
        if abs(below) < SAME_BASELINE:
            return row
        superscript = span["size"] < 0.85 * first["size"] and 0 < below < 0.6 * first["size"]
        if superscript and (raised is None or below < nearest):
            raised, nearest = row, below
    return raised


def _line(spans: list[dict[str, Any]]) -> PdfLine:
    sizes: Counter[float] = Counter()
    bold_chars = 0
    for s in spans:
        sizes[round(s["size"], 1)] += len(s["text"].strip())
        if s["flags"] & 16:
            bold_chars += len(s["text"].strip())
    size = sizes.most_common(1)[0][0]
    baseline = max(s["origin"][1] for s in spans if round(s["size"], 1) == size)
    parts: list[str] = []
    raised: list[tuple[int, int]] = []
    at = 0
    prev_x1: float | None = None
    for s in spans:
        text = s["text"]
        if (
            prev_x1 is not None
            and s["bbox"][0] - prev_x1 > 0.15 * size
            and not (parts and parts[-1].endswith(" "))
            and not text.startswith(" ")
        ):
            parts.append(" ")
            at += 1
        stripped = text.strip()
        is_raised = (
            stripped.isdigit()
            and s["size"] < 0.85 * size
            and (s["flags"] & 1 or s["origin"][1] < baseline - 0.15 * size)
        )
        if is_raised:
            lead = len(text) - len(text.lstrip())
            raised.append((at + lead, at + lead + len(stripped)))
        parts.append(text)
        at += len(text)
        prev_x1 = s["bbox"][2]
    text = "".join(parts)
    stripped_left = len(text) - len(text.lstrip())
    text = text.strip()
    raised = [(a - stripped_left, b - stripped_left) for a, b in raised]
    total = sum(sizes.values()) or 1
    return PdfLine(
        text=text,
        x0=min(s["bbox"][0] for s in spans),
        y0=min(s["bbox"][1] for s in spans),
        x1=max(s["bbox"][2] for s in spans),
        y1=max(s["bbox"][3] for s in spans),
        size=size,
        bold=bold_chars > total / 2,
        raised=raised,
    )
