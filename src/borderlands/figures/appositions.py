"""Fractions in words set off by commas after a count: "Of the 3,870 men, 2,140, over half,
were boys", "11,240 of the 23,600 who came through Grodno, nearly half, went to the camps".

The quantity reader takes "half" alone for an idiom, so such a fraction is found here: a
fraction word (with its qualifier) between two commas right after a count. It is a share of
that count in the whole the sentence introduces with "of the".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.lexicon import FRACTIONS, QUALIFIERS

_FRACTION_WORDS = "|".join(sorted((re.escape(w) for w in FRACTIONS), key=len, reverse=True))
_QUALIFIER_WORDS = "|".join(sorted((re.escape(w) for w in QUALIFIERS), key=len, reverse=True))
APPOSITION_RE = re.compile(
    r"(?:\s+(?:who|which|that|whom)\b[^,;:()]{0,60})?"  # "23,600 who came through Grodno"
    rf",\s+((?:(?P<qualifier>{_QUALIFIER_WORDS})\s+)?(?:an?\s+|one\s+)?(?P<fraction>"
    rf"{_FRACTION_WORDS}))\s*,",
    re.I,
)

#: "while Balzer, with 9,810, gave about a fifth and ...": the count's own clause says what
#: share it is, by a verb of giving or making up (not "a fifth of ...", read as a quantity).
VERB_FRACTION_RE = re.compile(
    r",\s+(?:gave|made up|formed|supplied|sent|provided|accounted for|contributed)\s+"
    rf"((?:(?P<qualifier>{_QUALIFIER_WORDS})\s+)?(?:an?\s+|one\s+)?(?P<fraction>"
    rf"{_FRACTION_WORDS}))\b(?!\s+of\b)",
    re.I,
)


#: "940 had died by spring, one in five.": a share said as one in N.
ONE_IN_RE = re.compile(
    r"(?:\s+[a-z]+){0,6}?"  # "940 had died by spring, one in five"
    rf",\s+((?:(?P<qualifier>{_QUALIFIER_WORDS})\s+)?one\s+in\s+(?:every\s+)?"
    r"(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))\s*[,.;]",
    re.I,
)
ONE_IN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twelve": 12, "twenty": 20}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Apposition:
    start: int  # the fraction's words (with the qualifier) in the text
    end: int
    share: float  # percent
    direction: str  # "about" | "above" | "below"


def apposition_after(text: str, end: int) -> Apposition | None:
    """The fraction set off by commas right after a count ending at ``end`` (or after the
    relative clause that follows it), if any."""
    m = APPOSITION_RE.match(text, end) or VERB_FRACTION_RE.match(text, end)
    if m is None:
        return one_in_after(text, end)
    qualifier = (m.group("qualifier") or "").lower()
    share = FRACTIONS[m.group("fraction").lower()] * 100
    return Apposition(m.start(1), m.end(1), share, QUALIFIERS.get(qualifier, "about"))


def one_in_after(text: str, end: int) -> Apposition | None:
    """ "one in five" set off by a comma right after a count: a share of 100 / N percent."""
    m = ONE_IN_RE.match(text, end)
    if m is None:
        return None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else ONE_IN_WORDS[raw]
    if n < 2:
        return None
    qualifier = (m.group("qualifier") or "").lower()
    return Apposition(m.start(1), m.end(1), 100 / n, QUALIFIERS.get(qualifier, "about"))
