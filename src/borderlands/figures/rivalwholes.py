"""Two wholes printed side by side that a share of one part rounds to alike.

"Of the 11,486 on the lists, 11,102 boarded the echelons. ... People over sixty numbered 790,
7 percent": 790 / 11,486 = 6.9 and 790 / 11,102 = 7.1 both print as 7, and nothing says which
whole the writer took. When the two wholes stand in one sentence of the paragraph (the list
and those of it who boarded, those who left and those who arrived, the register and the
released), the share is ambiguous, whichever the search ranked first. Only percentages are
read so: a fraction in words ("five-sixths") is too coarse for two wholes to be rivals, and an
approximate whole ("about 2,000 to a train") is no whole a share is taken of.
"""

from __future__ import annotations

from typing import Protocol

from borderlands.figures.passages import Located

#: Modes of a fit that leave the share's own precision in doubt.
LOOSE_MODES = frozenset(("rounds", "approximately"))


class _Fit(Protocol):
    formula: str
    inputs: tuple[Located, ...]
    scope: int
    mode: str


def side_by_side_wholes(fit: _Fit, other: _Fit) -> bool:
    """Whether ``other`` reads the same part as ``fit`` over another whole printed in the
    same sentence as ``fit``'s whole, within the claim's paragraph, each by rounding or
    within a stated approximation."""
    if len(fit.inputs) != 2 or len(other.inputs) != 2 or "-" in fit.formula + other.formula:
        return False
    (x, y), (x2, y2) = fit.inputs, other.inputs
    return (
        x is x2 and y.quantity.mid != y2.quantity.mid
        and not y.quantity.approx and not y2.quantity.approx
        and max(fit.scope, other.scope) <= 1
        and y.passage is y2.passage and y.sentence == y2.sentence
        and fit.mode in LOOSE_MODES and other.mode in LOOSE_MODES
    )  # fmt: skip
