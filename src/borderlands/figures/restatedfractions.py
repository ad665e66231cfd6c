"""A fraction in words restated at once by a figure of its own clause: "the operation took
one in seven of them, 145 per 1,000"; "about a third of the families, 33.8 percent". The
two say one thing; the figure is the precise one, and when its own check found the part and
whole it is computed from, the fraction is judged on that same part and whole (within the
fraction's own looseness, ``checks.Checker.restated_fraction``). The fraction is never
judged on the figure alone: a restating figure that is itself unverified leaves it as it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from borderlands.figures.checks import Check

#: between a fraction in words and the figure that restates it: ", ", ", or ", " ("
RESTATED_GAP_RE = re.compile(r"(?:\s+of\s+(?:them|these|those|it))?\s*(?:,\s*(?:or\s+)?|\()")


def restating_checks(checks: list[Check]) -> dict[tuple[str, int], Check]:
    """The consistent shares and rates of two inputs, by passage and start."""
    return {(c.claim.passage.key, c.claim.quantity.start): c for c in checks
            if c.kind in ("share", "rate") and c.verdict == "consistent"
            and c.fit is not None and len(c.fit.inputs) == 2}  # fmt: skip


def restating_check(c: Check, by_start: Mapping[tuple[str, int], Check]) -> Check | None:
    """The consistent share or rate printed right after the unverifiable fraction ``c``."""
    if c.kind != "fraction" or c.verdict != "unverifiable" or not by_start:
        return None
    claim = c.claim
    gap = RESTATED_GAP_RE.match(claim.passage.text, claim.quantity.phrase_end)
    return None if gap is None else by_start.get((claim.passage.key, gap.end()))
