"""Two figures printed as a part and its whole ("where 431 of the 22,135 died") make one
proportion, not two things set against each other: a comparison read as the part against
its whole compares nothing the sentence compares.
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.passages import Located

#: The words between a part and its whole: "of the", "deaths among its", "out of".
PART_OF_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+)?")


def part_and_its_whole(figures: list[Located], a: float, b: float) -> bool:
    """Whether the values ``a`` and ``b`` compared are two figures printed one after the
    other as a part and its whole."""
    for x, y in itertools.pairwise(figures):
        if {x.quantity.mid, y.quantity.mid} != {a, b} or x.quantity.mid >= y.quantity.mid:
            continue
        if PART_OF_RE.fullmatch(x.passage.text[x.quantity.end : y.quantity.start]):
            return True
    return False
