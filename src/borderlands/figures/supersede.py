"""A reading that settles a claim replaces the ones that left it unverifiable."""

from __future__ import annotations

from borderlands.figures.kinds import Finding
from borderlands.figures.verdicts import Verdict


def superseded(found: list[Finding], new: list[Finding]) -> list[Finding]:
    """``found`` without its unverifiable readings of a claim ``new`` reads, then ``new``."""
    read = {f.start for f in new}
    kept = [f for f in found if not (f.start in read and f.verdict == Verdict.unverifiable)]
    return kept + new
