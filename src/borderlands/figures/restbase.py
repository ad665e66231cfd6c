"""The whole of a share whose sentence also prints the rest: "Of its refugees, 452,300, the
great majority, lived on the land; the remaining 126,500 lived in the towns". The part and
the rest add up to the whole the words mean (here a region's 578,800), which may be a
nearer, more specific count than the largest one the noun names (the whole country's). A
count printed in the paragraph that equals part + rest exactly is that whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from borderlands.figures.passages import Located

#: the words that print the rest of a whole after its part
REST_BEFORE_RE = re.compile(
    r"\b(?:the\s+)?(?:remaining|rest|others|other|remainder|balance|leaving)\b[^,;.]{0,12}$",
    re.I,
)
REST_BACK = 30  # characters before a count searched for the rest cue


def rest_of(part: Located, figures: Iterable[Located]) -> Located | None:
    """The count printed after ``part`` in its sentence as the rest ("the remaining 126,500",
    "the rest, 930")."""
    text = part.passage.text
    for f in figures:
        if f.sentence != part.sentence or f.quantity.start <= part.quantity.end:
            continue
        lead = text[max(part.quantity.end, f.quantity.phrase_start - REST_BACK) :
                    f.quantity.phrase_start]  # fmt: skip
        if REST_BEFORE_RE.search(lead.rstrip(", ")):
            return f
    return None


def whole_of_rest(part: Located, rest: Located, candidates: Iterable[Located]) -> Located | None:
    """The printed count equal to part + rest, if any (exactly, at the rest's precision)."""
    total = part.quantity.mid + rest.quantity.mid
    tolerance = max(part.quantity.step, rest.quantity.step) / 2
    return next(
        (f for f in candidates
         if f is not part and f is not rest and abs(f.quantity.mid - total) <= tolerance),
        None,
    )  # fmt: skip
