"""A share of a whole printed only as its two parts: a count and "the remaining" one.

"Of its refugees, 452,300, the great majority, lived on the land; the remaining 126,500 lived
in the towns, 21.9 percent": the whole is 452,300 + 126,500, though never printed; so in
"6,100 stayed in the camps and the rest, 900, left them, 87 percent staying" and "most, 3,400,
found work; the other 1,100 did not". A share after the rest is of the rest; one before it, of
the part.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: what makes a count the rest of a whole: "the remaining 126,500", "the rest, 900,", "the
#: difference of 236.1 million" (what a part leaves of the whole a share before it is of)
REST_BEFORE_RE = re.compile(
    r"\b(?:the\s+(?:remaining|other|rest(?:\s+of\s+them)?,?)|the\s+others,?|the\s+remainder,?"
    r"|the\s+(?:difference|balance|remainder),?\s+of)"
    r"\s*$",
    re.I,
)


def part_and_rest(claim: Located, own: list[Located]) -> tuple[Located, Located] | None:
    """(the count the claim is a share of, the other part) when the claim's sentence prints a
    part and then the rest of the same whole and no count larger than either (a printed whole
    is the claim's base, not their sum); else None."""
    text = claim.passage.text
    counts = sorted(own, key=lambda f: f.quantity.start)
    for i, rest in enumerate(counts):
        if i == 0:
            continue
        at = rest.quantity.start
        if REST_BEFORE_RE.search(text[max(0, at - 30) : at]) is None:
            continue
        part = counts[i - 1]
        if any(
            f is not part
            and f is not rest
            and f.quantity.mid > max(part.quantity.mid, rest.quantity.mid)
            for f in counts
        ):
            return None  # a printed whole ("Of the 76,840 ..."): the base, whatever the parts
        if claim.quantity.start > at:
            return rest, part
        if claim.quantity.start > part.quantity.start:
            return part, rest
    return None
