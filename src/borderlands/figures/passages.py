"""The article as passages (body paragraphs and notes) with located quantities.

A passage is one paragraph's or one note's reading text; every quantity found in it is
placed back on the raw text (offset, line, page) through the passage's offset map, and
given the sentence it stands in, so checks can rank inputs by distance.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from borderlands.article.model import Article
from borderlands.figures.quantities import extract_quantities
from borderlands.figures.quantity import Quantity
from borderlands.figures.sentences import sentence_spans


def shifted_raw(raw_offset: Callable[[int], int], shift: int, offset: int) -> int:
    """The raw offset of ``offset`` in a text that starts ``shift`` characters in."""
    return raw_offset(offset + shift)


@dataclass(slots=True)
class Passage:
    where: str  # "body" | "note"
    key: str  # "p12" for a paragraph, "n112" for a note
    order: int  # position among passages of the same kind, in reading order
    text: str
    to_raw: Callable[[int], int]
    paragraph_id: str | None = None
    note: int | None = None
    links: set[str] = field(default_factory=set)  # keys of the notes it calls / that call it
    shift: int = 0  # where ``text`` starts in the article's own reading text of the passage
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Located:
    """A quantity placed on the article: its passage, sentence, raw offsets, line and page."""

    quantity: Quantity
    passage: Passage
    sentence: int
    raw_start: int
    raw_end: int
    line: int
    page: int | None

    @property
    def key(self) -> tuple[str, int]:
        return (self.passage.key, self.quantity.start)


def passages_from_article(article: Article) -> list[Passage]:
    passages: list[Passage] = []
    note_callers: dict[int, set[str]] = {}
    for order, para in enumerate(article.paragraphs):
        passages.append(
            Passage(
                where="body",
                key=para.id,
                order=order,
                text=para.text,
                to_raw=para.offsets.raw_offset,
                paragraph_id=para.id,
                links={f"n{n}" for n in para.notes},
            )
        )
        for n in para.notes:
            note_callers.setdefault(n, set()).add(para.id)
    for order, note in enumerate(article.notes):
        text, shift = strip_note_label(note.text, note.label)
        offsets = note.offsets
        passages.append(
            Passage(
                where="note",
                key=f"n{note.n}",
                order=order,
                text=text,
                to_raw=partial(shifted_raw, offsets.raw_offset, shift),
                note=note.n,
                links=note_callers.get(note.n, set()),
                shift=shift,
            )
        )
    for p in passages:
        p.sentences = sentence_spans(p.text)
    return passages


def strip_note_label(text: str, label: str) -> tuple[str, int]:
    """A note's text without its printed number, if the reader kept it; and the shift."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    if label and stripped.startswith(label) and stripped[len(label) : len(label) + 1] in (" ", ""):
        cut = lead + len(label)
        while cut < len(text) and text[cut] == " ":
            cut += 1
        return text[cut:], cut
    return text, 0


def passages_from_text(text: str) -> list[Passage]:
    """Plain text (no article reader): blank-line separated paragraphs, all "body"."""
    passages: list[Passage] = []
    pos = 0
    order = 0
    for block in text.split("\n\n"):
        if block.strip():
            start = pos
            passages.append(
                Passage(
                    where="body",
                    key=f"p{order + 1}",
                    order=order,
                    text=block,
                    to_raw=partial(operator.add, start),
                    paragraph_id=f"p{order + 1}",
                )
            )
            order += 1
        pos += len(block) + 2
    for p in passages:
        p.sentences = sentence_spans(p.text)
    return passages


#: a numeral joined by a hyphen to a capitalised word names a place or unit ("Pezhma-2")
NAME_NUMBER_RE = re.compile(r"\b[A-Z][a-z]+-$")


def locate_all(
    passages: list[Passage],
    line_of: Callable[[int], int],
    page_of: Callable[[int], int | None],
) -> list[Located]:
    found: list[Located] = []
    for passage in passages:
        starts = [s for s, _ in passage.sentences]
        for q in extract_quantities(passage.text, passage.sentences):
            if NAME_NUMBER_RE.search(passage.text, max(0, q.start - 30), q.start):
                continue  # "Pezhma-2", "Lager-12": part of a name, no figure
            raw_start = passage.to_raw(q.start)
            raw_end = passage.to_raw(max(q.start, q.end - 1)) + 1
            found.append(
                Located(
                    quantity=q,
                    passage=passage,
                    sentence=max(0, bisect.bisect_right(starts, q.start) - 1),
                    raw_start=raw_start,
                    raw_end=raw_end,
                    line=line_of(raw_start),
                    page=page_of(raw_start),
                )
            )
    return found


def line_finder(text: str) -> Callable[[int], int]:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return lambda offset: bisect.bisect_right(starts, offset)
