"""The whole of a fraction set beside "<count> of these": "Of the 60,910 who crossed, 38,640
were settled there, and 7,650 of these, one in five, were Aromanians".

"These" points back to the count printed just before the part in the sentence (of the same
unit): that count is the whole the fraction is of, whatever other total the sentence names
first ("Of the 60,910").
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: The part and its pointer right before the fraction: "7,650 of these, ", "412 of them (".
OF_THESE_RE = re.compile(r"\s+of\s+(?:these|them|those)\s*[,(–—-]\s*$", re.I)


def whole_of_these(claim: Located, part: Located, sentence: list[Located]) -> Located | None:
    """The count "these" points back to when the fraction ``claim`` is set right after
    "``part`` of these"; None when the words are not so set or no such count is printed."""
    text = claim.passage.text
    if part.quantity.end > claim.quantity.phrase_start:
        return None
    if not OF_THESE_RE.fullmatch(text, part.quantity.end, claim.quantity.phrase_start):
        return None
    unit = part.quantity.unit
    before = [
        f for f in sentence
        if f.quantity.end <= part.quantity.phrase_start and f.quantity.unit == unit
        and f.quantity.mid > part.quantity.mid
    ]  # fmt: skip
    return before[-1] if before else None
