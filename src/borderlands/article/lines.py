"""The raw text cut into lines, each with its raw offsets."""

from __future__ import annotations


class Line:
    """One line of the raw text: 1-based ``number``, raw ``[start, end)`` without its newline.

    A plain slotted class rather than a frozen dataclass: a 50 MB text has a million lines,
    and frozen dataclasses are several times slower to build. The stripped ``content`` and
    its raw bounds are worked out once here, since the layout rules read them repeatedly.
    """

    __slots__ = (
        "blank",
        "content",
        "content_end",
        "content_start",
        "end",
        "number",
        "start",
        "text",
    )

    def __init__(self, number: int, start: int, end: int, text: str) -> None:
        self.number = number
        self.start = start
        self.end = end
        self.text = text
        content = text.strip()
        self.content = content
        self.blank = not content
        if content:
            # raw offsets of the first non-space character and just after the last one
            self.content_start = start + text.find(content[0])
            self.content_end = self.content_start + len(content)
        else:
            self.content_start = start + len(text)
            self.content_end = start

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.start}, {self.end}, {self.text!r})"


def split_lines(raw: str) -> tuple[list[Line], list[int]]:
    """Lines of ``raw`` (``\\n`` separated; a trailing ``\\r`` is left outside the line) and
    the raw offset at which each line starts."""
    lines: list[Line] = []
    starts: list[int] = []
    pos = 0
    for number, text in enumerate(raw.split("\n"), 1):
        end = pos + len(text)
        if text.endswith("\r"):
            lines.append(Line(number, pos, end - 1, text[:-1]))
        else:
            lines.append(Line(number, pos, end, text))
        starts.append(pos)
        pos = end + 1
    if len(lines) > 1 and lines[-1].start == len(raw):
        # a final newline does not open a line of its own
        lines.pop()
        starts.pop()
    return lines, starts
