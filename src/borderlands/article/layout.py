"""One pass over the lines: page breaks, the body lines of each page, its footnote lines.

Layout rules learned from journal PDF extractions such as the founding article:

* A page's first body line begins with exactly one space; a page may instead open with a
  running head (see :mod:`borderlands.article.heads`), which is then its first line.
* Each page's footnotes follow its body. A footnote starts with its number and a space; a
  line that begins with digits is taken as a note start only when the number fits the note
  sequence (greater than the last note, and either called by a marker already read in the
  body or close to the last note), and when the word after it is not lower case
  (``6 million ...`` and ``265 percent ...`` are text, not notes).
* A line with a leading space inside a note block is not a page start when it is itself a
  note start (`` 158 Haruki...``) or when the next line is one (a stray fragment).
* A note that ends open (no closing punctuation) at the foot of one page continues at the
  top of the next page's note block, before that page's first numbered note; such a
  carried-over run is recognised by its wide (footnote-size) lines or citation shapes.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from borderlands.article.heads import RunningHead, find_running_heads
from borderlands.article.lines import Line
from borderlands.article.markers import MarkerHit, MarkerSequence

_NOTE_START = re.compile(r"^(\d{1,3}) (?=\S)")
_STAR_NOTE = re.compile(r"^\* ?(?=\S)")
_TITLE_STAR = re.compile(r"(?<=\w)\*$")
_CITATION_SHAPE = re.compile(r"\(\d{4}\):|\bpp?\. \d|\(n\. \d+|\bIbid\b|\b\d+/\d+/\d+")
NOTE_WINDOW = 3  # a note number may skip this many lost notes without a marker to confirm it
_CLOSED = tuple(".)”]?!")


@dataclass(slots=True)
class PageDraft:
    first_line: Line
    head: RunningHead | None = None


@dataclass(slots=True)
class BodyLine:
    line: Line
    page: int  # index into the page drafts
    start: int  # raw offsets of the line's content (leading space excluded)
    end: int
    blank_before: bool = False  # a blank line separates it from the body line before, same page
    markers: list[MarkerHit] = field(default_factory=list)
    text: str = ""  # the line's content, kept once: the grouping rules read it often


@dataclass(slots=True)
class NotePiece:
    line: Line
    page: int
    start: int
    end: int


@dataclass(slots=True)
class NoteDraft:
    n: int
    label: str
    page: int
    label_start: int  # raw offset of the printed number (or asterisk)
    pieces: list[NotePiece] = field(default_factory=list)

    def is_open(self) -> bool:
        last = self.pieces[-1].line.content if self.pieces else ""
        return bool(last) and not last.endswith(_CLOSED)


@dataclass(slots=True)
class Layout:
    lines: list[Line]
    pages: list[PageDraft]
    body: list[BodyLine]
    notes: list[NoteDraft]
    title_star: int | None  # raw offset of the asterisk on the title, if any
    width: float  # median width of a text line, in characters
    doubts: list[str]  # layout decisions a reader should check


def typical_width(lines: list[Line]) -> float:
    widths = [width for ln in lines if (width := len(ln.content)) >= 30]
    return float(statistics.median(widths)) if widths else 75.0


class _Scanner:
    def __init__(self, lines: list[Line], raw: str) -> None:
        self.lines = lines
        self.heads = find_running_heads(lines)
        self.width = typical_width(lines)
        self.pages: list[PageDraft] = []
        self.page = -1  # index of the current page (the last in self.pages)
        self.body: list[BodyLine] = []
        self.page_body_start = 0  # index in self.body where the current page's body begins
        self.marker_at_page_start = 0
        self.notes: list[NoteDraft] = []
        self.zone = "body"
        self.raw = raw
        self.sequence = MarkerSequence(raw)
        self.called: set[int] = set()  # marker numbers read whose note has not started yet
        self.title_star: int | None = None
        self.star_pending = False
        self.doubts: list[str] = []
        self.numbering_restarted = False
        self.after_head = False  # no line read yet since the last running head

    # -- notes -----------------------------------------------------------------------
    @property
    def last_note(self) -> int:
        """The last note number, or 0 when the markers' numbering started again since."""
        return self.notes[-1].n if self.notes and not self.numbering_restarted else 0

    def note_number(self, content: str, in_notes: bool) -> int | None:
        if not content[:1].isdigit():  # the cheap test first: most lines are not notes
            return None
        m = _NOTE_START.match(content)
        if not m:
            return None
        rest = content[m.end() :]
        if rest[:1].islower():
            return None
        n = int(m.group(1))
        if n <= self.last_note:
            return None
        if n in self.called:
            return n
        if n > self.last_note + NOTE_WINDOW:
            return None
        if not in_notes and n > self.sequence.last + 2:
            return None
        return n

    def start_note(self, line: Line, n: int, label: str, label_start: int, text_start: int) -> None:
        page = self.page
        note = NoteDraft(n, label, page, label_start)
        note.pieces.append(NotePiece(line, page, text_start, line.content_end))
        self.notes.append(note)
        self.numbering_restarted = False
        self.called = {c for c in self.called if c > n}
        self.zone = "notes"

    def continue_note(self, line: Line) -> None:
        if not self.notes:
            return
        self.notes[-1].pieces.append(
            NotePiece(line, self.page, line.content_start, line.content_end)
        )

    # -- pages -----------------------------------------------------------------------
    def new_page(self, line: Line, head: RunningHead | None = None) -> None:
        if self.pages and self.zone == "body":
            self.take_carry_over()
        self.pages.append(PageDraft(line, head))
        self.page += 1
        self.page_body_start = len(self.body)
        self.marker_at_page_start = self.sequence.last
        self.zone = "body"

    def take_carry_over(self) -> None:
        """Move a note's run-on from the end of this page's body to the open note."""
        if not self.notes or not self.notes[-1].is_open():
            return
        page_body = self.body[self.page_body_start :]
        if not page_body:
            return
        run_start = len(page_body) - 1
        while run_start > 0 and not page_body[run_start].blank_before:
            run_start -= 1
        if run_start == 0:
            return  # the run must be set off from the page's body by a blank line
        run = page_body[run_start:]
        widths = [len(b.text) for b in run]
        wide = statistics.median(widths) >= self.width + 5
        # the citation shapes are searched for only when the widths do not settle it
        if not (wide or any(_CITATION_SHAPE.search(b.text) for b in run)):
            return
        del self.body[self.page_body_start + run_start :]
        self.sequence.last = self.marker_at_page_start
        for kept in reversed(self.body[self.page_body_start :]):
            if kept.markers:
                self.sequence.last = kept.markers[-1].n
                break
        note = self.notes[-1]
        for b in run:
            note.pieces.append(NotePiece(b.line, b.page, b.start, b.end))

    # -- body ------------------------------------------------------------------------
    def add_body(self, index: int, line: Line) -> None:
        blank_before = (
            len(self.body) > self.page_body_start and index > 0 and self.lines[index - 1].blank
        )
        content = line.content
        start = line.content_start
        end = line.content_end
        markers = self.sequence.scan_range(start, end)
        if markers:
            self.take_markers(markers)
        if self.title_star is None and not self.body and _TITLE_STAR.search(content):
            self.title_star = end - 1
            self.star_pending = True
        self.body.append(BodyLine(line, self.page, start, end, blank_before, markers, content))

    def take_markers(self, markers: list[MarkerHit]) -> None:
        """Remember the markers read as calling notes still to come."""
        for hit in markers:
            if hit.restart:
                self.numbering_restarted = True
                self.called = set()
            self.called.add(hit.n)

    def read(self, i: int, line: Line) -> None:
        """Take one non-blank line: a page start, a note start, note text or body text."""
        content = line.content
        # the cheap test first: most lines are not notes
        n = self.note_number(content, self.zone == "notes") if content[0].isdigit() else None
        # indented by exactly one space
        page_start_shape = line.content_start - line.start == 1 and self.raw[line.start] == " "
        opens_head_page = self.after_head
        self.after_head = False
        if not self.pages or (page_start_shape and n is None and not opens_head_page):
            # the first line under a running head is that page's first line, not a new page
            # a footnote that kept a leading space (n is not None) is not a page start
            if self.pages and self.zone == "notes" and self.next_is_note_start(i):
                self.doubts.append(
                    f"line {line.number}: an indented fragment between notes was attached "
                    f"to note {self.notes[-1].label}; it may belong to a lost note"
                )
                self.continue_note(line)
                return
            self.new_page(line)
            n = self.note_number(content, False)
        if n is not None:
            if self.zone == "body":
                self.take_carry_over()
            digits = len(str(n)) if content.startswith(str(n)) else content.index(" ")
            label_start = line.content_start
            self.start_note(line, n, content[:digits], label_start, label_start + digits + 1)
        elif self.star_pending and _STAR_NOTE.match(content):
            self.start_star_note(line)
        elif self.zone == "notes":
            self.continue_note(line)
        else:
            self.add_body(i, line)

    def start_star_note(self, line: Line) -> None:
        star = _STAR_NOTE.match(line.content)
        assert star is not None
        self.star_pending = False
        if self.zone == "body":
            self.take_carry_over()
        text_start = line.content_start + star.end()
        self.start_note(line, 0, "*", line.content_start, text_start)

    def next_is_note_start(self, index: int) -> bool:
        lines = self.lines
        for i in range(index + 1, len(lines)):
            if not lines[i].blank:
                return self.note_number(lines[i].content, True) is not None
        return False

    def run(self) -> Layout:
        heads = self.heads
        read = self.read
        for i, line in enumerate(self.lines):
            if line.blank:
                continue  # (a running head is never blank)
            if i in heads:
                self.new_page(line, heads[i])
                self.after_head = True
            else:
                read(i, line)
        if self.zone == "body" and self.pages:
            self.take_carry_over()
        return Layout(
            self.lines,
            self.pages,
            self.body,
            self.notes,
            self.title_star,
            self.width,
            self.doubts,
        )


def scan(lines: list[Line], raw: str) -> Layout:
    return _Scanner(lines, raw).run()
