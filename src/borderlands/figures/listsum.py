"""The total printed among the members of a list: the figure that is the sum of all the others.

"Lesko 24,387, Sanok 29,614 and Brzozow 22,530, 76,531 in all": a rank or superlative said of
a member ("second only to Sanok") is judged on the members, and the total, larger than any
of them, is no rival. Words name most totals ("in all", "together"); this is the test for a
total that only its arithmetic shows.
"""

from __future__ import annotations

from collections.abc import Sequence

from borderlands.figures.passages import Located

#: The miss allowed between a total and the sum of the others: their printed figures are
#: whole counts, so only an exact sum is one (half a unit absorbs float error).
EXACT = 0.5


def sum_of_the_others(figures: Sequence[Located]) -> Located | None:
    """The one of ``figures`` (three or more) that equals the sum of all the others, if any."""
    if len(figures) < 3:
        return None
    total = sum(f.quantity.mid for f in figures)
    return next((f for f in figures if abs(2 * f.quantity.mid - total) <= EXACT), None)
