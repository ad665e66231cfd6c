"""Multiples said as "N and a half times": "over one and a half times the 1,140 of the
Krasnoyarsk krai", "had grown two and a half times".

The quantity reader reads "1.5 times" and "twice" but not "one and a half times", so such a
multiple is found here and judged like any ratio printed in figures: a value of N + 0.5,
to the half its words are precise to, with the direction of its qualifier ("over", "nearly").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.lexicon import QUALIFIERS

_QUALIFIER_WORDS = "|".join(sorted((re.escape(w) for w in QUALIFIERS), key=len, reverse=True))
WHOLE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
HALF_TIMES_RE = re.compile(
    rf"\b(?:(?P<qualifier>{_QUALIFIER_WORDS})\s+)?(?P<n>{'|'.join(WHOLE_WORDS)})\s+and\s+a\s+"
    r"half\s+times\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class HalfTimes:
    start: int
    end: int
    value: float
    direction: str | None  # "about" | "above" | "below" | None


def half_times(text: str, start: int, end: int) -> list[HalfTimes]:
    """The "N and a half times" of ``text[start:end]``."""
    out: list[HalfTimes] = []
    for m in HALF_TIMES_RE.finditer(text, start, end):
        qualifier = (m.group("qualifier") or "").lower()
        value = WHOLE_WORDS[m.group("n").lower()] + 0.5
        out.append(HalfTimes(m.start(), m.end(), value, QUALIFIERS.get(qualifier)))
    return out
