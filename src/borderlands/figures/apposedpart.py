"""The count apposed to a fraction in words: "For 1,840 of the 8,950 names, about a fifth, it
gave no occupation, but the great majority, 7,310, were marked as Poles". The great majority
is 7,310 of the 8,950, not the 1,840 the clause before counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

#: ", 7,310," right after the fraction's words
APPOSED_GAP_RE = re.compile(r"\s*,\s*")


def apposed_count(claim: Located, own: Sequence[Located]) -> Located | None:
    """The count of the claim's sentence printed right after its words, set off by a comma."""
    text = claim.passage.text
    for f in own:
        if f.quantity.start > claim.quantity.phrase_end and APPOSED_GAP_RE.fullmatch(
            text, claim.quantity.phrase_end, f.quantity.start
        ):
            return f
    return None
