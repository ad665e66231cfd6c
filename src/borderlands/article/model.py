"""The parsed article: raw text plus standoff layers.

Every layer is a span of character offsets into ``Article.raw`` (the text exactly as read),
with 1-based line numbers for people. Cleaned texts (a paragraph's reading text, a note's
text) carry an ``OffsetMap`` that takes any offset in the cleaned text back to the raw text,
so a quantity or a citation found in cleaned text can always be located on its page and line.

This module is the contract the other packages (sources, figures, kb, web) code against.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from borderlands.article.layers import Annotation


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """Half-open ``[start, end)`` character offsets into the raw text, with line numbers."""

    start: int
    end: int
    start_line: int
    end_line: int

    def __init__(self, start: int, end: int, start_line: int, end_line: int) -> None:
        # A frozen dataclass's generated __init__ sets each field through
        # object.__setattr__; the slots' own setters do the same in half the time, and a
        # parse makes about 1,500 spans. Assignment after construction still raises.
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_START_LINE(self, start_line)
        _SET_END_LINE(self, end_line)


_SET_START = Span.start.__set__  # type: ignore[attr-defined,misc]
_SET_END = Span.end.__set__  # type: ignore[attr-defined,misc]
_SET_START_LINE = Span.start_line.__set__  # type: ignore[attr-defined,misc]
_SET_END_LINE = Span.end_line.__set__  # type: ignore[attr-defined,misc]


@dataclass(slots=True)
class OffsetMap:
    """Maps offsets in a cleaned text to offsets in the raw text.

    Stored as segments ``(clean_start, raw_start, length)``: within a segment, characters are
    copied one to one. Characters a repair inserted (a restored space) belong to no segment
    and map to the raw offset of the next copied character. Memory is one tuple per segment,
    not one integer per character, so a 50 MB input stays bounded.
    """

    clean_starts: list[int] = field(default_factory=list)
    raw_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def add(self, clean_start: int, raw_start: int, length: int) -> None:
        if length <= 0:
            return
        if self.clean_starts:
            last = len(self.clean_starts) - 1
            if (
                self.clean_starts[last] + self.lengths[last] == clean_start
                and self.raw_starts[last] + self.lengths[last] == raw_start
            ):
                self.lengths[last] += length
                return
        self.clean_starts.append(clean_start)
        self.raw_starts.append(raw_start)
        self.lengths.append(length)

    def raw_offset(self, clean: int) -> int:
        """The raw offset of the cleaned text's character at ``clean``."""
        if not self.clean_starts:
            return 0
        i = bisect.bisect_right(self.clean_starts, clean) - 1
        if i < 0:
            return self.raw_starts[0]
        if clean < self.clean_starts[i] + self.lengths[i]:
            return self.raw_starts[i] + (clean - self.clean_starts[i])
        if i + 1 < len(self.clean_starts):
            return self.raw_starts[i + 1]
        return self.raw_starts[i] + self.lengths[i]

    def clean_offset(self, raw: int) -> int:
        """The cleaned-text offset of the raw character at ``raw``; a raw character that was
        left out (a cut marker, a dropped hyphen) maps to the next character kept."""
        if not self.raw_starts:
            return 0
        i = bisect.bisect_right(self.raw_starts, raw) - 1
        if i < 0:
            return self.clean_starts[0]
        if raw < self.raw_starts[i] + self.lengths[i]:
            return self.clean_starts[i] + (raw - self.raw_starts[i])
        return self.clean_starts[i] + self.lengths[i]

    def raw_range(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering the cleaned range ``[clean_start, clean_end)``."""
        if clean_end <= clean_start:
            r = self.raw_offset(clean_start)
            return r, r
        return self.raw_offset(clean_start), self.raw_offset(clean_end - 1) + 1


@dataclass(slots=True)
class Page:
    """A printed page: its number and the raw span from its first body line to its last line."""

    number: int
    span: Span
    running_head: Span | None = None
    anchored: bool = False  # True where a running head on this page confirmed the number


@dataclass(slots=True)
class Section:
    title: str
    page: int
    span: Span


@dataclass(slots=True)
class Marker:
    """A note marker in the body (``Asia.”1``): where it is and which note it calls."""

    n: int
    span: Span
    paragraph_id: str | None
    clean_offset: int | None  # where the marker stood in the paragraph's reading text
    page: int


@dataclass(slots=True)
class Repair:
    """A change the reader made to produce reading text, kept for review."""

    kind: str  # "dehyphenation" | "space" | "running-head" | "marker"
    span: Span  # raw span the repair touched
    before: str
    after: str


@dataclass(slots=True)
class Note:
    """A footnote: ``n`` is 0 for the unnumbered (asterisk) note on the title."""

    n: int
    label: str  # "*" or the number as printed
    page: int
    text: str  # reading text: lines joined, de-hyphenated, spaces repaired
    span: Span  # raw span from the note's number to its last character
    pieces: list[Span] = field(default_factory=list)  # raw pieces, one per page it spans
    offsets: OffsetMap = field(default_factory=OffsetMap)
    pages: list[int] = field(default_factory=list)

    @property
    def start_line(self) -> int:
        return self.span.start_line

    @property
    def end_line(self) -> int:
        return self.span.end_line


@dataclass(slots=True)
class Paragraph:
    id: str  # "p1", "p2", ... in reading order
    page: int  # the page it starts on
    pages: list[int]
    text: str  # reading text, markers removed, de-hyphenated, spaces repaired
    notes: list[int]  # note numbers of the markers inside it, in order
    pieces: list[Span] = field(default_factory=list)  # raw pieces, split at page/note breaks
    offsets: OffsetMap = field(default_factory=OffsetMap)
    block_quote: bool = False


@dataclass(slots=True)
class Article:
    raw: str
    source: dict[str, object]
    pages: list[Page]
    sections: list[Section]
    paragraphs: list[Paragraph]
    notes: list[Note]
    markers: list[Marker]
    repairs: list[Repair]
    missing_notes: list[int]
    warnings: list[str]
    line_starts: list[int] = field(default_factory=list)  # raw offset of each line's start
    #: Span layers added by later stages ("citations", "quantities", "checks"), each sorted by
    #: raw offset; see :mod:`borderlands.article.layers`.
    layers: dict[str, list[Annotation]] = field(default_factory=dict, compare=False)
    _page_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def line_of(self, offset: int) -> int:
        """1-based line number of a raw offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def page_of(self, offset: int) -> int | None:
        """Printed page number of a raw offset (None before the first page)."""
        i = self.page_index_of(offset)
        return self.pages[i].number if i >= 0 else None

    def page_index_of(self, offset: int) -> int:
        """Index in ``pages`` of the page holding a raw offset (-1 before the first page)."""
        if len(self._page_starts) != len(self.pages):
            self._page_starts = [p.span.start for p in self.pages]
        return bisect.bisect_right(self._page_starts, offset) - 1

    def add_layer(self, name: str, annotations: list[Annotation]) -> None:
        """Set (or replace) the layer ``name``, sorted by raw offset."""
        self.layers[name] = sorted(annotations, key=lambda a: (a.start, a.end))

    def layer(self, name: str) -> list[Annotation]:
        """The annotations of one layer (empty when no stage has added it)."""
        return self.layers.get(name, [])

    def note(self, n: int) -> Note | None:
        for note in self.notes:
            if note.n == n:
                return note
        return None
