"""The raw text cut into lines, each with its raw offsets and stripped content."""

from __future__ import annotations


class Line:
    """One line of the raw text: 1-based ``number``, raw ``[start, end)`` without its newline.

    A plain slotted class rather than a frozen dataclass: a 50 MB text has a million lines,
    and frozen dataclasses are several times slower to build. Only the stripped ``content``
    is kept (the layout rules read it repeatedly); the full ``text`` is cut from the raw text
    when asked for, so the lines do not hold a second copy of the whole text.
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

    def __init__(self, number: int, start: int, end: int, raw: str, content: str) -> None:
        self.number = number
        self.start = start
        self.end = end
        self.raw = raw
        self.content = content
        self.blank = not content
        if content:
            # raw offsets of the first non-space character and just after the last one
            self.content_start = raw.find(content[0], start, end)
            self.content_end = self.content_start + len(content)
        else:
            self.content_start = end
            self.content_end = start

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


def split_lines(raw: str) -> tuple[list[Line], list[int]]:
    """Lines of ``raw`` (``\\n`` separated; a trailing ``\\r`` is left outside the line) and
    the raw offset at which each line starts."""
    lines: list[Line] = []
    starts: list[int] = []
    n = len(raw)
    find = raw.find
    pos = 0
    number = 1
    while True:
        nl = find("\n", pos)
        end = n if nl < 0 else nl
        if end > pos and raw[end - 1] == "\r":
            end -= 1
        lines.append(Line(number, pos, end, raw, raw[pos:end].strip()))
        starts.append(pos)
        if nl < 0:
            break
        pos = nl + 1
        number += 1
    if len(lines) > 1 and lines[-1].start == n:
        # a final newline does not open a line of its own
        lines.pop()
        starts.pop()
    return lines, starts
