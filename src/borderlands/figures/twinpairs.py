"""Two "x of y" pairs of one sentence that both give its share: "408 of 600 fellers met the
norm in December and 612 of 900 in March (68 percent)", "720 of the 1,200 settlers and 540 of
the 900 workers were women (60 percent)". The words do not say which pair the share is of, so
the share is ambiguous, whichever the search found first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from borderlands.figures.passages import Located

#: "408 of 600", "720 of the 1,200", "84 of the 420 passengers"
OF_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?", re.I)


def part_of_pairs(counts: Sequence[Located]) -> list[tuple[Located, Located]]:
    """The (part, whole) pairs printed as "x of y", in order."""
    ordered = sorted(counts, key=lambda f: f.quantity.start)
    out = []
    for x, y in itertools.pairwise(ordered):
        text = x.passage.text
        if (
            x.passage is y.passage
            and OF_RE.fullmatch(text, x.quantity.end, y.quantity.start)
            and 0 < x.quantity.mid < y.quantity.mid
        ):
            out.append((x, y))
    return out


def twin_pairs(
    counts: Sequence[Located], fits: Callable[[float], bool]
) -> list[tuple[Located, Located]]:
    """Two or more disjoint "x of y" pairs whose share ``fits`` the stated figure."""
    pairs = [
        (x, y) for x, y in part_of_pairs(counts) if fits(x.quantity.mid / y.quantity.mid * 100)
    ]
    return pairs if len(pairs) >= 2 else []
