"""The total printed among the members of a list: the figure that is the sum of all the others.

"Lesko 24,387, Sanok 29,614 and Brzozow 22,530, 76,531 in all": a rank or superlative said of
a member ("second only to Sanok") is judged on the members, and the total, larger than any
of them, is no rival. Words name most totals ("in all", "together"); this is the test for a
total that only its arithmetic shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

#: The miss allowed between a total and the sum of the others: their printed figures are
#: whole counts, so only an exact sum is one (half a unit absorbs float error).
EXACT = 0.5
#: Words after a count that make it the total of the counts before it: "25,915 in the two
#: years", "over those three months", "together", "between them".
SUBTOTAL_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:(?:in|over|during|for)\s+(?:the|those|these|both)\s+(?:\w+\s+)?"
    r"(?:years|months|weeks|days|winters|summers|seasons|stages|waves|districts|camps)\b"
    r"|together\b|between\s+them\b|altogether\b)",
    re.I,
)


def sum_of_the_others(figures: Sequence[Located]) -> Located | None:
    """The one of ``figures`` (three or more) that equals the sum of all the others, if any."""
    if len(figures) < 3:
        return None
    total = sum(f.quantity.mid for f in figures)
    return next((f for f in figures if abs(2 * f.quantity.mid - total) <= EXACT), None)


def without_subtotals(parts: Sequence[Located]) -> list[Located]:
    """``parts`` (in text order) less each one that is the sum of two or more printed before
    it since the last such subtotal, or that its words call theirs ("in the two years",
    "together"), whatever its arithmetic (the subtotal may be the slip): "14,280 in 1957 and
    10,915 in 1958, 25,915 in the two years, and another 4,130 in 1959" has three parts."""
    out: list[Located] = []
    run: list[Located] = []
    for f in parts:
        said = SUBTOTAL_AFTER_RE.match(f.passage.text, f.quantity.phrase_end) is not None
        added = sum(p.quantity.mid for p in run)
        if len(run) >= 2 and (said or abs(f.quantity.mid - added) <= EXACT):
            run = []
            continue
        out.append(f)
        run.append(f)
    return out
