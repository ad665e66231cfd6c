"""A rank said after its list's members were given as shares of the list's own whole:
"... 702 households from A, 611 from B, 345 from C and 203 from D. ... A alone gave 37.7 per
cent of the households; C, the second-largest contributor, ...". The share of the listed
noun ("of the households") between the list and the rank says the passage weighs the members
by the counts listed, so the rank is of those counts and not of another measure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located, Passage

#: "per cent of the households", "a quarter of the families": a part of a named whole
SHARE_OF_RE = re.compile(
    r"\b(?:per\s*cent|percent|%|half|third|quarter|fifth|tenth)\s+of\s+(?:the|all|its|their)"
    r"\s+([a-z]+)",
    re.I,
)


def share_of_listed_before(passage: Passage, at: int, peers: Sequence[Located]) -> bool:
    """Whether, between the end of the list of ``peers`` and ``at`` (an offset of
    ``passage``, the list's own), a share is said of the noun the list counts (its unit)."""
    if not peers or any(p.passage is not passage for p in peers):
        return False
    first = peers[0]
    spans = first.passage.sentences
    if first.sentence >= len(spans):
        return False
    units = {p.quantity.unit.lower() for p in peers
             if p.quantity.unit and not p.quantity.unit_implied}  # fmt: skip
    if len(units) != 1:
        return False
    unit = units.pop()
    start = spans[first.sentence][1]
    if start >= at:
        return False
    return any(m.group(1).lower() == unit for m in SHARE_OF_RE.finditer(passage.text, start, at))
