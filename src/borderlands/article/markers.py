"""Note markers in body lines: digits glued to a word or to punctuation (``Asia.”1``).

A candidate is kept only when its number fits the running sequence of markers, which rejects
decimals (``22.4``), thousands (``1,342``) and years glued to words by a lost space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# digits right after a letter or closing punctuation, not followed by more number characters
_CANDIDATE = re.compile(r"(?<=[A-Za-z\u00C0-\u024F.,;:!?”’\"')\]])(\d{1,3})(?![\d/–\-]|[.,]\d)")
_CLOSERS = frozenset('.,;:!?”’")]')
MAX_GAP = 5  # markers the extraction lost between two markers it kept


@dataclass(slots=True)
class MarkerHit:
    n: int
    start: int  # raw offsets of the digits
    end: int
    restart: bool = False  # numbering began again at 1 (a new article in the same file)


RESTART_AFTER = 20  # a marker 1 glued to punctuation after this many starts a new numbering


class MarkerSequence:
    """Accepts marker candidates in reading order by the sequence of their numbers."""

    def __init__(self) -> None:
        self.last = 0
        self.restarts = 0

    def scan(self, text: str, offset: int) -> list[MarkerHit]:
        """Markers in ``text``, a line's content starting at raw ``offset``."""
        hits: list[MarkerHit] = []
        for m in _CANDIDATE.finditer(text):
            n = int(m.group(1))
            before = text[max(0, m.start() - 2) : m.start()]
            if len(before) == 2 and before[0].isdigit() and before[1] in ",":
                continue  # 1,342: a thousands group
            decimal = len(before) == 2 and before[0].isdigit() and before[1] == "."
            if n == 1 and self.last >= RESTART_AFTER and not decimal and before[-1:] in _CLOSERS:
                self.last = 1
                self.restarts += 1
                hits.append(MarkerHit(n, offset + m.start(), offset + m.end(), restart=True))
                continue
            if decimal and n != self.last + 1:
                continue  # 22.4: a decimal, unless exactly the next marker (135,343.233)
            if not self.last < n <= self.last + MAX_GAP:
                continue
            self.last = n
            hits.append(MarkerHit(n, offset + m.start(), offset + m.end()))
        return hits
