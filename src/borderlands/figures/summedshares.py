"""A percentage that adds printed percentages is a sum, not a share of some count.

"The farms took 40.3 percent of the workers and the forests 31.5 percent, so that the two
together employed 71.8 percent": the last figure is 40.3 + 31.5. When the percentages
before it add up to it, a share reading that finds other counts to divide is a guess at
the wrong arithmetic, and its flag is dropped; the sum judges the figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from borderlands.figures.checks import Check


def is_added_percent(c: Check) -> bool:
    """A consistent sum whose parts are percentages that add up to the stated figure (not
    parts of a whole that make 100)."""
    parts = c.fit.inputs if c.fit is not None else ()
    return (
        c.kind == "sum" and c.verdict == "consistent" and len(parts) >= 2
        and all(p.quantity.unit == "percent" for p in parts)
        and all(p.raw_start < c.claim.raw_start for p in parts)
        and abs(sum(p.quantity.mid for p in parts) - c.stated_value) <= 1.0
    )  # fmt: skip


def without_share_guesses(checks: list[Check]) -> list[Check]:
    """Without the inconsistent share readings of figures that a sum of percentages
    reproduces."""
    added = {c.claim.raw_start for c in checks if is_added_percent(c)}
    return [
        c for c in checks
        if not (c.kind == "share" and c.verdict == "inconsistent" and c.claim.raw_start in added)
    ]  # fmt: skip
