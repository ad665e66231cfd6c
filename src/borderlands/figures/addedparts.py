"""A total whose words name every part it adds: "raised the total to 8,270 by adding the 1,510
of the spring and the 830 of the autumn to the 6,730 of the year before". The parts are the
ones its words name, whatever they add up to, so a sum that misses is a slip, not a sign
that the parts are elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

BY_ADDING_RE = re.compile(r"\s+by\s+adding\s+", re.I)
ADDED_TO_RE = re.compile(r"\bto\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def names_every_part(total: Located, parts: Sequence[Located]) -> bool:
    """Whether ``parts`` are the counts after "by adding" in the total's sentence, the last of
    them the base the others are added "to"."""
    text = total.passage.text
    q = total.quantity
    if len(parts) < 2 or BY_ADDING_RE.match(text, q.phrase_end) is None:
        return False
    if any(p.sentence != total.sentence or p.raw_start < total.raw_start for p in parts):
        return False
    last = max(parts, key=lambda p: p.raw_start)
    lead = text[max(0, last.quantity.phrase_start - 12) : last.quantity.phrase_start]
    return ADDED_TO_RE.search(lead) is not None
