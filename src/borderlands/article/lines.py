"""The raw text cut into lines, each with its raw offsets, without copying the text."""

from __future__ import annotations


class Line:
    """One line of the raw text: 1-based ``number``, raw ``[start, end)`` without its newline.

    A plain slotted class rather than a frozen dataclass: a 50 MB text has a million lines,
    and frozen dataclasses are several times slower to build.
    """

    __slots__ = ("blank", "end", "number", "start", "text")

    def __init__(self, number: int, start: int, end: int, text: str) -> None:
        self.number = number
        self.start = start
        self.end = end
        self.text = text
        self.blank = not text or text.isspace()

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.start}, {self.end}, {self.text!r})"

    @property
    def content_start(self) -> int:
        """Raw offset of the first character after leading whitespace."""
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        """Raw offset just after the last non-space character."""
        return self.start + len(self.text.rstrip())

    @property
    def content(self) -> str:
        return self.text.strip()


def split_lines(raw: str) -> tuple[list[Line], list[int]]:
    """Lines of ``raw`` (``\\n`` separated; a trailing ``\\r`` is left outside the line) and
    the raw offset at which each line starts."""
    lines: list[Line] = []
    starts: list[int] = []
    pos = 0
    n = len(raw)
    number = 1
    while pos <= n:
        nl = raw.find("\n", pos)
        end = n if nl < 0 else nl
        text_end = end - 1 if end > pos and raw[end - 1] == "\r" else end
        starts.append(pos)
        lines.append(Line(number, pos, text_end, raw[pos:text_end]))
        number += 1
        if nl < 0:
            break
        pos = nl + 1
    if lines and lines[-1].start == n and n > 0:
        # a final newline does not open a line of its own
        lines.pop()
        starts.pop()
    return lines, starts
