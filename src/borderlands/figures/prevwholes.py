"""Shares whose whole is the one count of the sentence before: "The district counted 16,000
deported Germans in 1945. In the mines worked 2,400, or 15 percent."

A historian states the whole, then in the next sentence one part of it and its share. The
share's own sentence names only the part (printed right before the share); the sentence
before names only the whole. With one count on each side there is no other pair the words
could mean, so the reading is as named as "2,400 of 16,000": a fit is consistent and a usual
slip (digits transposed, dropped or doubled, a decimal point) is inconsistent. A wider miss
is not read as a slip: the whole may be another, unprinted, one.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: Between the part and its share: "2,400, or 15 percent", "4,000 of them, 25 percent",
#: "1,080 died, 15 percent", "2,400 (15 percent)".
PART_GAP_RE = re.compile(
    r"(?:\s+of\s+(?:them|these|those))?(?:\s+[a-z]+){0,2}\s*(?:\(|,\s*(?:or\s+|that is,?\s+)?)"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?",
    re.I,
)


#: After a share: words that make it a change or a share of another named whole ("25
#: percent more than planned", "12 percent of the families").
NOT_OF_PART_RE = re.compile(
    r"\s*(?:more|fewer|less|higher|lower|above|below|up|down|over|under|increase|decrease|"
    r"rise|fall|drop|of\s+(?:the|its|their|all)\s+(?!whole\b|total\b)[a-z]+)\b",
    re.I,
)


def _counts(fs: list[Located]) -> list[Located]:
    return [f for f in fs if f.quantity.unit not in ("percent", "times", "fraction")]


def previous_whole(
    claim: Located, own: list[Located], before: list[Located]
) -> tuple[Located, Located] | None:
    """(part, whole) of a share whose sentence's one count is its part and whose sentence
    before holds one count of the same thing, larger; None otherwise. ``own``: the counts of
    the claim's sentence; ``before``: those of the sentence before it, same passage."""
    own, before = _counts(own), _counts(before)
    if len(own) != 1 or len(before) != 1:
        return None
    part, whole = own[0], before[0]
    pq, wq = part.quantity, whole.quantity
    if pq.end > claim.quantity.start or whole.passage is not claim.passage:
        return None
    text = claim.passage.text
    if PART_GAP_RE.fullmatch(text, pq.phrase_end, claim.quantity.phrase_start) is None:
        return None
    if NOT_OF_PART_RE.match(text, claim.quantity.phrase_end):
        return None
    if pq.kind != "number" or wq.kind != "number" or not 0 < pq.mid < wq.mid:
        return None
    if pq.unit and not pq.unit_implied and wq.unit and pq.unit != wq.unit:
        return None
    return part, whole
