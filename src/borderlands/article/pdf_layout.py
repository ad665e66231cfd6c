"""What each line of a PDF page is, from its place and type size.

* Running heads sit at the top, in type that differs from the body's (or in capitals); a
  printed page number is a line of digits at the top or the foot, alone or beside a head.
* Footnotes are set smaller and sit at the foot: the page's trailing run of small lines. A
  note begins with its number ("1", "1.", "1)" or a raised number) when that number fits
  the note sequence; any other line continues the note before (across pages too).
* Endnotes follow a heading "Notes" (or "Endnotes") near the end; from there every line is a
  note line.
* An article's first page opens with its title block: lines set larger than the body above
  the first body line (title, subtitle, authors) under a journal header in small type.
* In the body, a line set larger than the text (or bold, alone) is a section heading; a line
  indented by the paragraph indent opens a paragraph; a run of lines indented otherwise is a
  block quote.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from borderlands.article.byline import looks_like_byline
from borderlands.article.pdf_lines import PdfLine, PdfPage

_NUMBER = re.compile(r"^\d{1,4}$")
_NUMBER_AND_HEAD = re.compile(r"^(\d{1,4})\s+(\D.*)$")
_HEAD_AND_NUMBER = re.compile(r"^(.*\D)\s+(\d{1,4})$")
# a note's number, then a space, or glued to the note's first word when that opens with a
# capital, a quote or a bracket (a typesetter may print "2The ..." with no space)
_NOTE_LABEL = re.compile(r"^(\d{1,3})([.)]?)(?:\s+(?=\S)|(?=[A-Z“\"‘(\[]))")
_STAR_LABEL = re.compile(r"^([*†‡])\s*(?=\S)")
_ENDNOTES = re.compile(r"^(notes|endnotes)$", re.IGNORECASE)
TOP_ZONE = 0.1  # fraction of the page height holding running heads and top page numbers
FOOT_ZONE = 0.9
NOTE_WINDOW = 5  # a note number may skip this many lost notes


@dataclass(slots=True)
class Role:
    """One line of a page and what it is."""

    line: PdfLine
    page: int  # index into the pages read
    kind: str  # "head" | "number" | "header" | "title" | "subtitle" | "author" | "heading"
    #  | "body" | "quote" | "note" | "endnotes"
    paragraph_start: bool = False
    note_n: int | None = None  # on a note's first line: its number (0 for "*")
    label: str = ""  # the note's label as printed ("1", "*")
    label_end: int = 0  # where the label ends in the line's text
    #: markers in the line: ``(n, start, end)`` in the line's text
    markers: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass(slots=True)
class PageRoles:
    page: PdfPage
    roles: list[Role]
    number: int | None  # the printed page number, when printed


def body_size(pages: list[PdfPage]) -> float:
    """The type size most characters of the text are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _is_body_size(line: PdfLine, size: float) -> bool:
    return abs(line.size - size) <= 0.05 * size


def _is_small(line: PdfLine, size: float) -> bool:
    return line.size < 0.95 * size


def _looks_like_head(line: PdfLine, size: float) -> bool:
    letters = [c for c in line.text if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters)
    if line.size > 1.05 * size:
        return False  # a title, not a running head
    return not _is_body_size(line, size) or capitals


class PageReader:
    """Reads pages in order, keeping the note sequence and the endnote state between them."""

    def __init__(self, pages: list[PdfPage]) -> None:
        self.pages = pages
        self.size = body_size(pages)
        self.last_note = 0
        self.in_endnotes = False
        self.open_note = False  # the last note line read belongs to a note (it may continue)
        self.prev: Role | None = None  # the last body or quote line read
        self.margins = [_margins(page, self.size) for page in pages]
        self.indent = _paragraph_indent(pages, self.margins, self.size)

    def read(self, k: int, first: bool) -> PageRoles:
        """The roles of page ``k``'s lines; ``first`` when it is an article's first page."""
        page = self.pages[k]
        lines = list(page.lines)
        roles: list[Role] = []
        number: int | None = None
        size = self.size
        top = page.height * TOP_ZONE
        foot = page.height * FOOT_ZONE
        # the top: page number and running head (or the journal header on a first page)
        head_roles: list[Role] = []
        while (
            lines
            and lines[0].y1 < top
            and (
                _looks_like_head(lines[0], size)
                or _NUMBER.match(lines[0].text)
                or self._numbered_head(lines)
            )
        ):
            line = lines.pop(0)
            found = _page_number(line.text)
            if found is not None and number is None:
                number = found
                kind = "number" if _NUMBER.match(line.text) else "head"
            else:
                kind = "header" if first else "head"
            head_roles.append(Role(line, k, kind))
        # the foot: a page number alone
        foot_roles: list[Role] = []
        if lines and lines[-1].y0 > foot and _NUMBER.match(lines[-1].text):
            line = lines.pop()
            if number is None:
                number = int(line.text)
            foot_roles.append(Role(line, k, "number"))
        roles.extend(head_roles)
        front: list[Role] = []
        if first:
            front = self._title_block(lines, k)
            lines = lines[len(front) :]
        roles.extend(front)
        # the foot notes: the trailing run of small lines
        cut = len(lines)
        if not self.in_endnotes:
            while cut > 0 and _is_small(lines[cut - 1], size):
                cut -= 1
            zone = lines[cut:]
            if zone and not (self.open_note or any(self._label(ln) for ln in zone)):
                cut = len(lines)
        body, notes = lines[:cut], lines[cut:]
        roles.extend(self._body(body, k))
        roles.extend(self._notes(notes, k))
        roles.extend(foot_roles)
        return PageRoles(page, roles, number)

    def _numbered_head(self, lines: list[PdfLine]) -> bool:
        """A head in the body's type: a number beside words, set apart from the text
        below by a wider gap than the body's line spacing."""
        line = lines[0]
        if _page_number(line.text) is None or len(lines) < 2:
            return False
        return lines[1].y0 - line.y1 > 0.8 * self.size

    def _title_block(self, lines: list[PdfLine], k: int) -> list[Role]:
        """The lines above the first body line set larger than the body: title, subtitle
        and authors (largest first), and small header lines among them."""
        size = self.size
        block: list[PdfLine] = []
        plain_seen = False
        for line in lines:
            if _is_body_size(line, size) and not line.bold:
                break
            if line.bold and plain_seen:
                break  # a section heading under the byline
            plain_seen = plain_seen or not line.bold
            block.append(line)
        sizes = sorted({ln.size for ln in block if ln.size > 1.05 * size}, reverse=True)
        if not sizes:
            return []
        roles: list[Role] = []
        for line in block:
            if line.size <= 1.05 * size:
                roles.append(Role(line, k, "header"))
            elif line.size == sizes[0]:
                roles.append(Role(line, k, "title"))
            elif line.size == sizes[-1] and len(sizes) > 1:
                roles.append(Role(line, k, "author"))
            else:
                roles.append(Role(line, k, "subtitle"))
        # a byline set in the body's type: a line of names right under the title
        rest = lines[len(block) :]
        if rest and not any(r.kind == "author" for r in roles) and looks_like_byline(rest[0].text):
            roles.append(Role(rest[0], k, "author"))
            rest = rest[1:]
        # under the byline, lines centred on the page and set in from the margin: the
        # authors' affiliations
        left, _ = self.margins[k]
        width = self.pages[k].width
        for line in rest:
            centred = abs((line.x0 + line.x1) / 2 - width / 2) < 0.04 * width
            plain = line.size <= 1.05 * size and not line.bold  # not a section heading
            if not (centred and plain and line.x0 > left + 0.1 * width):
                break
            roles.append(Role(line, k, "affiliation"))
        return roles

    def _body(self, lines: list[PdfLine], k: int) -> list[Role]:
        size = self.size
        left, right = self.margins[k]
        indent = self.indent
        roles: list[Role] = []
        for line in lines:
            if self.in_endnotes:
                roles.extend(self._notes([line], k))
                continue
            if _ENDNOTES.match(line.text) and (line.bold or line.size > 1.05 * size):
                self.in_endnotes = True
                roles.append(Role(line, k, "endnotes"))
                continue
            if line.size > 1.05 * size or (
                line.bold and len(line.text) < 90 and not _is_small(line, size)
            ):
                roles.append(Role(line, k, "heading"))
                self.prev = None
                continue
            shift = round(line.x0 - left)
            quote = shift > 3 and bool(indent) and abs(shift - indent) > 2
            kind = "quote" if quote else "body"
            prev = self.prev
            if prev is None or prev.kind != kind:
                starts = True
            elif quote:
                starts = False
            else:
                starts = shift > 3 or (
                    # a layout without indents: a short line ending a sentence, or a gap
                    not indent
                    and (
                        line.y0 - prev.line.y1 > 0.6 * size
                        or (
                            prev.page == k
                            and prev.line.x1 < right - 0.1 * (right - left)
                            and prev.line.text.endswith((".", "?", "!", "”", ":"))
                        )
                    )
                )
            role = Role(line, k, kind, paragraph_start=starts)
            roles.append(role)
            self.prev = role
        return roles

    def _label(self, line: PdfLine) -> tuple[int, str, int] | None:
        """A note's number, its label and where the label ends, when the line opens a note."""
        if line.raised and line.raised[0][0] == 0:
            a, b = line.raised[0]
            n = int(line.text[a:b])
            if self.last_note < n <= self.last_note + NOTE_WINDOW:
                rest = len(line.text) - len(line.text[b:].lstrip())
                return n, line.text[a:b], rest
        m = _NOTE_LABEL.match(line.text)
        if m:
            n = int(m.group(1))
            if self.last_note < n <= self.last_note + NOTE_WINDOW:
                return n, m.group(1), m.end()
            return None
        s = _STAR_LABEL.match(line.text)
        if s and self.last_note == 0:
            return 0, s.group(1), s.end()
        return None

    def _notes(self, lines: list[PdfLine], k: int) -> list[Role]:
        roles: list[Role] = []
        for line in lines:
            label = self._label(line)
            if label is not None:
                n, text, end = label
                if n:
                    self.last_note = n
                self.open_note = True
                roles.append(Role(line, k, "note", note_n=n, label=text, label_end=end))
            elif self.open_note:
                roles.append(Role(line, k, "note"))
            elif self.in_endnotes:
                roles.append(Role(line, k, "heading" if line.bold else "body"))
            else:
                roles.append(Role(line, k, "body"))
        return roles


def _page_number(text: str) -> int | None:
    if _NUMBER.match(text):
        return int(text)
    for pattern, group in ((_NUMBER_AND_HEAD, 1), (_HEAD_AND_NUMBER, 2)):
        m = pattern.match(text)
        if m:
            return int(m.group(group))
    return None


def _paragraph_indent(pages: list[PdfPage], margins: list[tuple[float, float]], size: float) -> int:
    """The indent of a paragraph's first line: the most common indent of a body line that
    is followed by a line at the margin (a block quote's lines are indented in a run)."""
    single: list[int] = []
    for page, (left, _) in zip(pages, margins, strict=True):
        body = [ln for ln in page.lines if _is_body_size(ln, size)]
        for line, after in itertools.pairwise(body):
            shift = round(line.x0 - left)
            if shift > 3 and abs(after.x0 - left) <= 2:
                single.append(shift)
    return _mode(single) if single else 0


def _margins(page: PdfPage, size: float) -> tuple[float, float]:
    """The left edge most body lines start at, and the right edge of the widest."""
    body = [ln for ln in page.lines if _is_body_size(ln, size)]
    if not body:
        return 0.0, 0.0
    return float(_mode([round(ln.x0) for ln in body])), max(ln.x1 for ln in body)


def _mode(values: list[int]) -> int:
    return Counter(values).most_common(1)[0][0]
