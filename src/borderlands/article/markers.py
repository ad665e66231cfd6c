"""Note markers in body lines: digits glued to a word or to punctuation (``Asia.”1``).

A candidate is kept only when its number fits the running sequence of markers, which rejects
decimals (``22.4``), thousands (``1,342``) and years glued to words by a lost space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# digits right after a letter or closing punctuation, not followed by more number characters
# (a digit comes first, so the regex engine skips ahead to digits; the look-behind then tests
# the character before that first digit)
# (ASCII digits only: a marker is printed as one; other scripts' digits, which ``\d`` would
# take and ``int`` would read, are not markers; and never with a leading zero, which no note
# number is printed with: "?01" is no marker of note 1)
_CANDIDATE = re.compile(
    r"([1-9](?<=[A-Za-z\u00C0-\u024F.,;:!?”’\"')\]][1-9])[0-9]{0,2})(?![\d/–\-]|[.,]\d)"
)
#: the candidate pattern, for readers that check candidates against notes they know
CANDIDATE = _CANDIDATE
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

    Given the whole raw text, each body line is searched in its range of it
    (``scan_range``), so the footnotes are never searched; ``scan`` reads one piece of text
    on its own.
    """

    def __init__(self, raw: str = "") -> None:
        self.last = 0
        self.raw = raw

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
        """Markers in the raw text's ``[start, end)`` (one body line's content).

        The range must be set off by whitespace or the text's ends, as a line's content is:
        then searching it in place finds what searching the whole text would find inside it
        (the look-behind sees the character before ``start``; a number cannot run on past
        ``end``). One search per line rather than a ``finditer``: most lines hold no
        candidate, and a search is the cheapest way to learn that."""
        raw = self.raw
        hits: list[MarkerHit] = []
        search = _CANDIDATE.search
        m = search(raw, start, end)
        while m is not None:
            s, e = m.span()
            hit = self.accept(int(raw[s:e]), raw[max(start, s - 2) : s], s, e)
            if hit is not None:
                hits.append(hit)
            m = search(raw, e, end)
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
