"""The raw text cut into lines, each with its raw offsets and stripped content."""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, not_, sub


class Line:
    """One line of the raw text: 1-based ``number``, raw ``[start, end)`` without its newline.

    A plain slotted class rather than a frozen dataclass: a 50 MB text has a million lines,
    and frozen dataclasses are several times slower to build (and slots read faster than a
    named tuple's fields). :func:`split_lines` computes every field for a whole block of
    lines in C, so that building a line is only storing them. Only the stripped ``content``
    is kept (the layout rules read it repeatedly); the full ``text`` is cut from the raw text
    when asked for, so the lines do not hold a second copy of the whole text.
    ``content_start`` and ``content_end`` are the raw offsets of the first non-space
    character and just after the last one (``end`` and ``start`` on a blank line).
    """

    __slots__ = (
        "blank",
        "content",
        "content_end",
        "content_start",
        "end",
        "number",
        "raw",
        "start",
    )

    def __init__(
        self,
        number: int,
        start: int,
        end: int,
        content_start: int,
        content_end: int,
        content: str,
        blank: bool,
        raw: str,
    ) -> None:
        self.number = number
        self.start = start
        self.end = end
        self.content_start = content_start
        self.content_end = content_end
        self.content = content
        self.blank = blank
        self.raw = raw

    @property
    def text(self) -> str:
        """The line as in the raw text, without its newline (nor a final ``\\r``)."""
        return self.raw[self.start : self.end]

    @property
    def indent(self) -> int:
        """How many whitespace characters precede the content (all of them on a blank line)."""
        return self.content_start - self.start

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.start}, {self.end}, {self.text!r})"


def split_lines(raw: str, block: int = 1 << 18) -> tuple[list[Line], list[int]]:
    """Lines of ``raw`` (``\n`` separated; a trailing ``\r`` is left outside the line) and
    the raw offset at which each line starts.

    The text is cut into lines a block of about ``block`` characters at a time (``str.split``
    is much faster than a loop of ``find``), so only one block's line strings exist at once.
    """
    lines: list[Line] = []
    starts: list[int] = []
    n = len(raw)
    block_start = 0
    while True:
        block_end = raw.find("\n", min(block_start + block, n))
        if block_end < 0:
            block_end = n
        _add_block(raw, block_start, block_end, lines, starts)
        if block_end == n:
            break
        block_start = block_end + 1
    if len(lines) > 1 and lines[-1].start == n:
        # a final newline does not open a line of its own
        lines.pop()
        starts.pop()
    return lines, starts


def _add_block(
    raw: str, block_start: int, block_end: int, lines: list[Line], starts: list[int]
) -> None:
    """Append the lines of ``raw[block_start:block_end]`` and their starts.

    Each field is computed for the whole block at once by C-level ``map`` calls, so that the
    only Python-level work per line is storing its fields (and dropping a final ``\\r`` in a
    block that holds one).
    """
    texts = raw[block_start:block_end].split("\n")
    # each line starts one past the end of the one before (its newline)
    line_starts = list(accumulate(map((1).__add__, map(len, texts)), initial=block_start))
    del line_starts[-1]
    if "\r" in raw[block_start:block_end]:
        texts = [text[:-1] if text.endswith("\r") else text for text in texts]
    ends = list(map(add, line_starts, map(len, texts)))
    contents = list(map(str.strip, texts))
    lines.extend(
        map(
            Line,
            range(len(lines) + 1, len(lines) + 1 + len(texts)),  # number
            line_starts,
            ends,
            map(sub, ends, map(len, map(str.lstrip, texts))),  # content_start
            map(add, line_starts, map(len, map(str.rstrip, texts))),  # content_end
            contents,
            map(not_, contents),  # blank
            repeat(raw),
        )
    )
    starts.extend(line_starts)
