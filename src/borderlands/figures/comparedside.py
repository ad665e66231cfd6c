"""Counts on the other side of a comparison: "Its rate of release, 15.5%, was higher than
among the Koreans whose cases the same commission heard, 326 freed of 1,470". The counts after
"than" are those of the group the share is compared with, not its own part and whole; a share
read on them alone is no reading of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

COMPARED_RE = re.compile(r"\b(?:than|compared with|as against|against that of)\b", re.I)


def on_compared_side(claim: Located, inputs: Sequence[Located]) -> bool:
    """Whether every input follows the claim in its passage past a comparative "than"."""
    text = claim.passage.text
    return bool(inputs) and all(
        f.passage is claim.passage
        and f.quantity.start > claim.quantity.end
        and COMPARED_RE.search(text, claim.quantity.end, f.quantity.start) is not None
        for f in inputs
    )
