"""Running heads: a lone line ``Title Words 827`` (odd pages) or ``830 Surname`` (even pages).

A candidate must stand alone between blank lines. The title form counts only when its words
recur in another running head or in the article's first line, so a section heading that
happens to end in a year is not taken for a running head; the surname form must be one word
(so a footnote ``277 Martin, “An ...`` is not one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from borderlands.article.lines import Line

_TITLE_FORM = re.compile(r"^(?P<title>[A-Z][^\d]{2,80}?)\s+(?P<n>\d{1,5})$")
_NAME_FORM = re.compile(r"^(?P<n>\d{1,5})\s+(?P<title>[A-Z][a-z’'\-]{1,30})$")


@dataclass(frozen=True, slots=True)
class RunningHead:
    line: Line
    number: int
    title: str


def _framed_lines(lines: list[Line]) -> list[int]:
    """Indices of the non-blank lines that stand alone between blank lines (or the text's
    ends), in order: only the lines right after a blank line are looked at."""
    count = len(lines)
    after_blank = [i for i, line in enumerate(lines, 1) if line.blank]
    framed: list[int] = []
    for i in chain((0,), after_blank):
        if i < count and not lines[i].blank and (i + 1 == count or lines[i + 1].blank):
            framed.append(i)
    return framed


def find_running_heads(lines: list[Line]) -> dict[int, RunningHead]:
    """Running heads by line index."""
    title_line = next((ln.content for ln in lines if not ln.blank), "")
    candidates: list[tuple[int, RunningHead, bool]] = []
    for i in _framed_lines(lines):
        line = lines[i]
        if line.content_start != line.start:
            continue  # both forms begin at the line's start
        text = line.content
        # a head begins or ends with its page number: test that before anything dearer
        if not (text[0].isdigit() or text[-1].isdigit()) or len(text) > 90:
            continue
        m = _TITLE_FORM.match(text)
        if m:
            head = RunningHead(line, int(m.group("n")), m.group("title").strip())
            candidates.append((i, head, True))
            continue
        m = _NAME_FORM.match(text)
        if m:
            candidates.append((i, RunningHead(line, int(m.group("n")), m.group("title")), False))
    titles = Counter(head.title for _, head, is_title in candidates if is_title)
    heads: dict[int, RunningHead] = {}
    for i, head, is_title in candidates:
        if is_title and titles[head.title] < 2 and head.title not in title_line:
            continue
        heads[i] = head
    return heads
