"""Totals whose words count their parts: "..., 918 in the three years", "..., 1,599 in the
four points together", "the four winter months thus brought 23,755".

A count printed after a list of counts of its sentence, with words that say how many things
it covers, is the sum of the list when the list holds exactly that many counts: then a total
that the list does not reach is a slip, however far off (the words leave no other reading).
"""

from __future__ import annotations

import re

from borderlands.figures.numbers import UNITS

_HOW_MANY = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: after the total: "in the three years", "over those four months", "at the five points"
COUNTED_AFTER_RE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?,?\s+(?:in|over|across|for|from|at|during|of|on|by)\s+"
    r"(?:the|these|those|all)\s+(?:the\s+)?" + _HOW_MANY + r"\b",
    re.I,
)
#: before the total, in its clause: "the four winter months thus brought", "the three camps
#: together held"
COUNTED_BEFORE_RE = re.compile(
    r"\b(?:the|these|those|all)\s+(?:the\s+)?" + _HOW_MANY
    + r"(?:\s+[a-z][\w-]*){1,3}?(?:\s+(?:thus|together|then|so|therefore))?"
    r"\s+(?:brought|gave|sent|took|held|counted|lost|buried|received|numbered|made|"
    r"came to|amounted to|added up to|accounted for|saw|had)\s+(?:some\s+|about\s+)?$",
    re.I,
)


def parts_counted(text: str, start: int, end: int, clause_start: int) -> int | None:
    """How many parts the words around the count at ``text[start:end]`` say it covers, or
    None; ``clause_start`` bounds the words read before it (its clause after a ";")."""
    after = COUNTED_AFTER_RE.match(text, end)
    if after is not None:
        return UNITS.get(after.group(1).lower())
    before = COUNTED_BEFORE_RE.search(text[max(clause_start, start - 80) : start])
    if before is not None:
        return UNITS.get(before.group(1).lower())
    return None
