"""A part that points back at its whole: "14,920 of them had gone", "some 600 of these".

When a count is followed by "of them" (of these, of those, among them), the whole it is a
part of was printed before, in the sentence that introduced "them"; a rest printed after
the part ("and the remaining 2,340") is no reason to take their sum for the whole, for the
rest may itself be the slip.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: "of them", "of these", "among those", right after the count
PARTITIVE_AFTER_RE = re.compile(r"\s+(?:of|among|out\s+of)\s+(?:them|these|those)\b", re.I)


def points_back_to_whole(part: Located) -> bool:
    """True when the count is followed at once by "of them" (these, those)."""
    text = part.passage.text
    return PARTITIVE_AFTER_RE.match(text, part.quantity.end) is not None


APPOSED_GAP = 40  # characters between "N of them ..." and the share apposed to it


def apposed_partitive(claim: Located, own: list[Located]) -> Located | None:
    """The count before the share in its sentence that points back at its whole ("451 of
    them had died, 44.7 percent"), when no other figure stands between them."""
    before = [f for f in own if f.quantity.end <= claim.quantity.phrase_start]
    if not before:
        return None
    part = before[-1]
    gap = claim.passage.text[part.quantity.end : claim.quantity.phrase_start]
    if len(gap) > APPOSED_GAP or not gap.rstrip().endswith(","):
        return None
    return part if points_back_to_whole(part) else None
