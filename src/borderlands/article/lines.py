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


def split_lines(raw: str, block: int = 1 << 18) -> tuple[list[Line], list[int]]:
    """Lines of ``raw`` (``\n`` separated; a trailing ``\r`` is left outside the line) and
    the raw offset at which each line starts.

    The text is cut into lines a block of about ``block`` characters at a time (``str.split``
    is much faster than a loop of ``find``), so only one block's line strings exist at once.
    """
    lines: list[Line] = []
    starts: list[int] = []
    n = len(raw)
    pos = 0
    number = 1
    block_start = 0
    while True:
        block_end = raw.find("\n", min(block_start + block, n))
        if block_end < 0:
            block_end = n
        for text in raw[block_start:block_end].split("\n"):
            end = pos + len(text)
            if text.endswith("\r"):
                lines.append(Line(number, pos, end - 1, raw, text[:-1].strip()))
            else:
                lines.append(Line(number, pos, end, raw, text.strip()))
            starts.append(pos)
            pos = end + 1
            number += 1
        if block_end == n:
            break
        block_start = block_end + 1
    if len(lines) > 1 and lines[-1].start == n:
        # a final newline does not open a line of its own
        lines.pop()
        starts.pop()
    return lines, starts
