"""A new reading of a claim replaces the earlier ones it settles."""

from __future__ import annotations

from borderlands.figures.kinds import Finding
from borderlands.figures.verdicts import Verdict

DURATIONS = frozenset({"duration"})


def superseded(found: list[Finding], new: list[Finding]) -> list[Finding]:
    """``found`` without its unverifiable readings of a claim ``new`` reads, then ``new``."""
    read = {f.start for f in new}
    kept = [f for f in found if not (f.start in read and f.verdict == Verdict.unverifiable)]
    return kept + new


def overlapped(found: list[Finding], new: list[Finding], kinds: frozenset[str]) -> list[Finding]:
    """``found`` without its readings of one of ``kinds`` whose words overlap a reading of
    ``new``, then ``new``."""
    kept = [f for f in found if not (f.kind in kinds and any(
        o.start < f.end and f.start < o.end for o in new))]  # fmt: skip
    return kept + new
