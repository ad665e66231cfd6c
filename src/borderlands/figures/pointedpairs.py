"""A fraction said of the part and whole the sentence before printed, pointed back at.

"Mariupol gave 6,312 of the oblast's 8,946 arrests. That was more than seven in ten": the
sentence opens by pointing back ("That was", "This came to") and names no whole after its
fraction, so the fraction is the part over the whole of the one "x of (the) y" pair of the
sentence before. Two such pairs there, or none, give nothing: the words do not say which.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

#: The opening that points back, up to the fraction: "That was", "This came to about"
POINTING_HEAD_RE = re.compile(
    r"\s*(?:That|This)\s+(?:figure\s+|number\s+|share\s+)?"
    r"(?:was|is|made|came\s+to|amounted\s+to)\b[a-z\s]{0,25}$"
)
#: Between a part and its whole: "6,312 of the oblast's 8,946", "412 out of 1,200"
PART_OF_WHOLE_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?:[A-Za-z]+['’]s\s+)?"
)
#: A whole named after the fraction: "seven in ten of the arrests"
OF_AFTER_RE = re.compile(r"\s+of\b")


def pointed_pair(
    text: str, head_start: int, claim: Located, previous: Sequence[Located]
) -> tuple[Located, Located] | None:
    """The part and whole of the sentence before (its counts ``previous``) that a fraction
    at ``claim``, in a sentence of ``text`` opening at ``head_start``, points back at (see
    the module)."""
    if POINTING_HEAD_RE.fullmatch(text, head_start, claim.quantity.phrase_start) is None:
        return None
    if OF_AFTER_RE.match(text, claim.quantity.phrase_end):
        return None
    ordered = sorted(previous, key=lambda f: f.quantity.start)
    pairs = [
        (x, y) for x, y in itertools.pairwise(ordered)
        if PART_OF_WHOLE_RE.fullmatch(text, x.quantity.end, y.quantity.phrase_start)
        and 0 < x.quantity.mid < y.quantity.mid
    ]  # fmt: skip
    return pairs[0] if len(pairs) == 1 else None
