"""Typeset the fixture article (tests/fixtures/article_pdf/spec.py) as PDFs with reportlab,
in several journal layouts, and say where every note and paragraph landed.

Layouts:

* ``foot``: footnotes labelled "1." at the foot of the page, markers printed as plain
  digits glued to the text (superscripts lost), page numbers centred at the foot;
* ``super``: raised, smaller markers and note labels; page numbers at the top outside
  corner beside alternating running heads (authors / title) on separate lines;
* ``endnotes``: raised markers, the notes gathered under "Notes" after the text;
* ``heads``: the page number and running head on one line at the top, labels "1)", soft
  hyphens at line-end breaks, no number on the title page.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

LAYOUTS = ("foot", "super", "endnotes", "heads")
LEFT, RIGHT = 72.0, 523.0
TOP = 770.0
BODY_FONT, BODY_SIZE, LEADING = "Times-Roman", 11.0, 14.0
NOTE_SIZE, NOTE_LEADING = 8.5, 10.5
INDENT = 18.0
_MARK = re.compile(r"\{(\d+)\}")


def spec() -> ModuleType:
    path = Path(__file__).parent / "fixtures" / "article_pdf" / "spec.py"
    loader = importlib.util.spec_from_file_location("article_pdf_spec", path)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module


@dataclass
class Truth:
    """Where the typesetter put things: printed page of each note, pages of paragraphs."""

    note_pages: dict[int, int] = field(default_factory=dict)
    paragraph_pages: list[list[int]] = field(default_factory=list)
    printed_pages: list[int] = field(default_factory=list)
    title: str = ""
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)


class _Setter:
    def __init__(
        self, canvas: Canvas, layout: str, first_number: int, s: ModuleType, star: bool = False
    ) -> None:
        self.star = star  # an asterisk on the title, its note first on the first page
        self.c = canvas
        self.layout = layout
        self.number = first_number
        self.s = s
        self.truth = Truth(title=f"{s.TITLE}: {s.SUBTITLE}", authors=list(s.AUTHORS))
        self.first_page = True
        self.y = TOP
        self.page_notes: list[int] = []

    # drawing helpers
    def text(self, x: float, y: float, text: str, font: str, size: float) -> float:
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        return x + stringWidth(text, font, size)

    def body_line(self, line: str, indent: bool) -> None:
        x = LEFT + (INDENT if indent else 0.0)
        pos = 0
        raised = self.layout != "foot"
        for m in _MARK.finditer(line):
            x = self.text(x, self.y, self._hyphen(line[pos : m.start()]), BODY_FONT, BODY_SIZE)
            n = m.group(1)
            if raised:
                self.c.setFont(BODY_FONT, 7)
                self.c.drawString(x, self.y + 4, n)
                x += stringWidth(n, BODY_FONT, 7)
            else:
                x = self.text(x, self.y, n, BODY_FONT, BODY_SIZE)
            self.page_notes.append(int(n))
            pos = m.end()
        self.text(x, self.y, self._hyphen(line[pos:]), BODY_FONT, BODY_SIZE)
        self.y -= LEADING

    def _hyphen(self, text: str) -> str:
        if text.endswith("|"):
            return text[:-1] + ("\u00ad" if self.layout == "heads" else "-")
        return text

    def label(self, n: int) -> str:
        if n == 0:
            return "*"
        return {"foot": f"{n}.", "heads": f"{n})", "endnotes": f"{n}."}.get(self.layout, "")

    def note_lines(self, n: int) -> list[str]:
        return list(self.s.STAR_NOTE if n == 0 else self.s.NOTES[n])

    def notes_height(self, notes: list[int]) -> float:
        return sum(len(self.note_lines(n)) * NOTE_LEADING + 3 for n in notes)

    def draw_notes(self) -> None:
        if self.layout == "endnotes" or not self.page_notes:
            return
        y = 60 + self.notes_height(self.page_notes)
        for n in self.page_notes:
            self.truth.note_pages[n] = self.number
            for i, line in enumerate(self.note_lines(n)):
                y -= NOTE_LEADING
                x = LEFT
                if i == 0:
                    if self.layout == "super":
                        self.c.setFont(BODY_FONT, 6)
                        self.c.drawString(x, y + 3, str(n))
                        x += stringWidth(str(n), BODY_FONT, 6) + 2
                    else:
                        x = self.text(x, y, self.label(n) + " ", BODY_FONT, NOTE_SIZE)
                self.text(x, y, line, BODY_FONT, NOTE_SIZE)
            y -= 3

    def page_furniture(self) -> None:
        number = str(self.number)
        if self.layout in ("foot", "endnotes"):
            w = stringWidth(number, BODY_FONT, 10)
            self.text((LEFT + RIGHT - w) / 2, 40, number, BODY_FONT, 10)
        elif self.first_page:
            return  # a title page carries no number in these layouts
        elif self.layout == "super":
            even = self.number % 2 == 0
            head = " and ".join(a.split()[-1] for a in self.s.AUTHORS) if even else self.s.TITLE
            self.text(LEFT if even else 300, 805, head.upper(), "Times-Italic", 8)
            x = LEFT if even else RIGHT - stringWidth(number, BODY_FONT, 10)
            self.text(x, 790, number, BODY_FONT, 10)
        else:
            even = self.number % 2 == 0
            head = self.s.AUTHORS[0].upper() if even else self.s.TITLE.upper()
            line = f"{number}   {head}" if even else f"{head}   {number}"
            x = LEFT if even else RIGHT - stringWidth(line, "Times-Italic", 9)
            self.text(x, 800, line, "Times-Italic", 9)

    def end_page(self) -> None:
        self.draw_notes()
        self.page_furniture()
        self.truth.printed_pages.append(self.number)
        self.c.showPage()
        self.number += 1
        self.first_page = False
        self.y = TOP
        self.page_notes = []

    def title_block(self) -> None:
        s = self.s
        if self.star:
            self.page_notes.append(0)
        for text, font, size in (
            (s.TITLE + ("*" if self.star else ""), "Times-Bold", 20),
            (s.SUBTITLE, "Times-Roman", 15),
            (" and ".join(s.AUTHORS), "Times-Roman", 13),
        ):
            w = stringWidth(text, font, size)
            self.text((LEFT + RIGHT - w) / 2, self.y, text, font, size)
            self.y -= size * 1.6
        if self.layout == "heads":  # affiliation, abstract and keywords on the first page
            w = stringWidth(s.AFFILIATION, "Times-Italic", BODY_SIZE)
            self.text((LEFT + RIGHT - w) / 2, self.y, s.AFFILIATION, "Times-Italic", BODY_SIZE)
            self.y -= LEADING * 1.6
            for line in [*s.ABSTRACT, "Keywords: " + "; ".join(s.KEYWORDS)]:
                self.text(LEFT, self.y, line, BODY_FONT, BODY_SIZE)
                self.y -= LEADING
            self.truth.affiliations = [s.AFFILIATION]
            self.truth.abstract = " ".join(s.ABSTRACT).removeprefix("Abstract: ")
            self.truth.keywords = list(s.KEYWORDS)
        self.y -= 12

    def article(self) -> Truth:
        s = self.s
        self.title_block()
        before: list[str] | None = None
        for item in s.BODY:
            if item == s.PAGE:
                self.end_page()
                continue
            cont = s.continues(item, before)
            if not cont:
                self.truth.paragraph_pages.append([])
            for i, line in enumerate(item):
                self.body_line(line.removeprefix("+"), indent=i == 0 and not cont)
                pages = self.truth.paragraph_pages[-1]
                if not pages or pages[-1] != self.number:
                    pages.append(self.number)
            before = item
        if self.layout == "endnotes":
            self.y -= LEADING
            self.text(LEFT, self.y, "Notes", "Times-Bold", 12)
            self.y -= LEADING * 1.3
            for n in sorted(s.NOTES):
                self.truth.note_pages[n] = self.number
                for i, line in enumerate(self.note_lines(n)):
                    prefix = f"{n}. " if i == 0 else ""
                    self.text(LEFT, self.y, prefix + line, BODY_FONT, 9.5)
                    self.y -= 12
        self.end_page()
        return self.truth


def make_pdf(path: Path, layout: str, first_number: int = 211) -> Truth:
    """Typeset the fixture article in ``layout`` at ``path``; where things landed."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    truth = _Setter(canvas, layout, first_number, spec(), star=layout == "foot").article()
    canvas.save()
    return truth


def make_volume(path: Path) -> list[Truth]:
    """A small volume: a contents page, then the article twice under two titles and
    author pairs, numbered on (notes restart with each)."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Times-Bold", 20)
    canvas.drawString(LEFT, 760, "Contents")
    canvas.setFont("Times-Roman", 11)
    canvas.drawString(LEFT, 730, "Two invented essays . . . 1")
    canvas.showPage()
    truths: list[Truth] = []
    number = 1
    for title, authors in (
        ("Border Villages and Their Removal", ["Mira Kestrel", "Jonas Albrecht"]),
        ("Ledgers of an Empty District", ["Ada Moreau"]),
    ):
        s = spec()
        s.TITLE, s.AUTHORS = title, authors
        setter = _Setter(canvas, "foot", number, s)
        truths.append(setter.article())
        number = setter.number
    canvas.save()
    return truths
