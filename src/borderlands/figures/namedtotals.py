"""Totals named by their parts: "the 10,450 women of the two levies", "the 640 carts of both
convoys", "the 3,100 men of all three columns".

A definite count followed by its noun and "of the two ...", "of both ...", "of all three
..." is the sum of that many counts of the same thing printed before it. The parts are not
named by their figures, so they are found by value: such a total is only ever called
consistent (a sum of that many earlier counts reproduces it), never a slip.
"""

from __future__ import annotations

import re

from borderlands.figures.numbers import UNITS

NAMED_TOTAL_AFTER_RE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+of\s+(?:the\s+|all\s+)?(?:the\s+)?(both|two|three|four|five|six)\b",
    re.I,
)
DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|The|these|These|its|their)\s+$")


def parts_named(text: str, start: int, end: int) -> int | None:
    """How many parts the words around the count at ``text[start:end]`` say it sums: 2 for
    "the 10,450 women of the two levies", None when they name no such total."""
    if DEFINITE_BEFORE_RE.search(text[max(0, start - 8) : start]) is None:
        return None
    m = NAMED_TOTAL_AFTER_RE.match(text, end)
    if m is None:
        return None
    word = m.group(1).lower()
    return 2 if word == "both" else UNITS.get(word)
