"""A rate per unit whose divisor the sentence prints in two parts joined by "and".

"With nine municipal physicians and four sent from Istanbul, the 11,840 lodgers had one
physician for every 911": the physicians are counted in two parts, and the rate is the
lodgers over their sum. The grammar read: two counts of the sentence before the rate, the
second printed right after "and" following the first's clause (no other figure between),
the first with a unit and the second of that unit or of none; a third count, larger than
their sum, is the dividend. Only a fit at the rate's printed precision is read; the parts
are the sentence's own, but a sum is one reading among several, so a miss is left alone.
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.passages import Located

#: between the first part's noun and the second part: "physicians and", ", and"
JOINED_RE = re.compile(r"^(?:\s+[a-z-]+){0,3},?\s+and\s+$")


def summed_divisors(
    r: Located, own: list[Located]
) -> list[tuple[Located, tuple[Located, Located], float]]:
    """(dividend, (first part, second part), quotient) for each reading of the module."""
    before = sorted((f for f in own if f.quantity.end <= r.quantity.start and f.quantity.mid > 0),
                    key=lambda f: f.quantity.start)  # fmt: skip
    text = r.passage.text
    out = []
    for a, b in itertools.pairwise(before):
        qa, qb = a.quantity, b.quantity
        if qb.unit and qb.unit != qa.unit:
            continue
        if JOINED_RE.match(text[qa.end : qb.start]) is None:
            continue
        total = qa.mid + qb.mid
        for x in before:
            if x is a or x is b or x.quantity.mid <= total:
                continue
            if qa.unit and x.quantity.unit == qa.unit:
                continue  # a count of the parts' own kind is no dividend
            out.append((x, (a, b), x.quantity.mid / total))
    return out
