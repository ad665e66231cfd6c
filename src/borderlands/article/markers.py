"""Note markers in body lines: digits glued to a word or to punctuation (``Asia.”1``).

A candidate is kept only when its number fits the running sequence of markers, which rejects
decimals (``22.4``), thousands (``1,342``) and years glued to words by a lost space.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# digits right after a letter or closing punctuation, not followed by more number characters
# (a digit comes first, so the regex engine skips ahead to digits; the look-behind then tests
# the character before that first digit)
# (ASCII digits only: a marker is printed as one; other scripts' digits, which ``\d`` would
# take and ``int`` would read, are not markers)
_CANDIDATE = re.compile(
    r"([0-9](?<=[A-Za-z\u00C0-\u024F.,;:!?”’\"')\]][0-9])[0-9]{0,2})(?![\d/–\-]|[.,]\d)"
)
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
    """Accepts marker candidates in reading order by the sequence of their numbers.

    Given the whole raw text, the candidates are found in one pass over it and each body
    line then only takes those inside its range (``scan_range``); ``scan`` reads one piece
    of text on its own.
    """

    def __init__(self, raw: str = "") -> None:
        self.last = 0
        self.raw = raw
        # (start, end) of each candidate: the whole match is the digits (the rest looks around)
        self.candidates = list(map(re.Match.span, _CANDIDATE.finditer(raw)))
        self.next_candidate = 0
        # raw offset of the next candidate not yet taken or passed (len(raw) past the last):
        # a line that ends before it holds none, and need not call scan_range
        self.next_start = self.candidates[0][0] if self.candidates else len(raw)

    def scan(self, text: str, offset: int) -> list[MarkerHit]:
        """Markers in ``text``, a line's content starting at raw ``offset``."""
        hits: list[MarkerHit] = []
        for m in _CANDIDATE.finditer(text):
            before = text[max(0, m.start() - 2) : m.start()]
            hit = self.accept(int(m.group(1)), before, offset + m.start(), offset + m.end())
            if hit is not None:
                hits.append(hit)
        return hits

    def scan_range(self, start: int, end: int) -> list[MarkerHit]:
        """Markers in the raw text's ``[start, end)`` (one body line's content)."""
        candidates = self.candidates
        # the first candidate at or after start (candidates passed in notes are skipped)
        k = bisect.bisect_left(candidates, (start,), self.next_candidate)
        hits: list[MarkerHit] = []
        raw = self.raw
        n = len(candidates)
        while k < n and candidates[k][0] < end:
            s, e = candidates[k]
            k += 1
            hit = self.accept(int(raw[s:e]), raw[max(start, s - 2) : s], s, e)
            if hit is not None:
                hits.append(hit)
        self.next_candidate = k
        self.next_start = candidates[k][0] if k < n else len(raw)
        return hits

    def accept(self, n: int, before: str, start: int, end: int) -> MarkerHit | None:
        """The marker, if number ``n`` after the characters ``before`` fits the sequence."""
        if len(before) == 2 and before[0].isdigit() and before[1] == ",":
            return None  # 1,342: a thousands group
        decimal = len(before) == 2 and before[0].isdigit() and before[1] == "."
        if n == 1 and self.last >= RESTART_AFTER and not decimal and before[-1:] in _CLOSERS:
            self.last = 1
            return MarkerHit(n, start, end, restart=True)
        if decimal and n != self.last + 1:
            return None  # 22.4: a decimal, unless exactly the next marker (135,343.233)
        if not self.last < n <= self.last + MAX_GAP:
            return None
        self.last = n
        return MarkerHit(n, start, end)
