"""A difference of two counts named just before it (issue #14): "found 287,300 sheep where
812,400 had been received. The difference of 525,100 head was written off"; "Of the 35,545
on the lists, 34,020 boarded them. The difference of 1,525 is made up of ...".

The grammar read: "the difference" (of, a comma) right before the figure, and exactly two
counts of one kind (no rate, percentage or year) in its own clause before it or, when it
prints none, in the sentence before. The difference of those two is the only reading, so a
usual slip is read as well as a fit."""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, count_remainder, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count

DIFFERENCE_RE = re.compile(r"\b[Tt]he\s+difference(?:\s+of|,|\s+was|\s+came\s+to)?\s+$")


def difference_of_two(
    s: Sentence, r: Located, counts: dict[int, list[Located]]
) -> Finding | None:
    """``counts`` are the sentences' counts by index (rates left out), ``r`` the figure."""
    q = r.quantity
    lead = s.passage.text[max(s.start, q.phrase_start - 30) : q.phrase_start]
    if DIFFERENCE_RE.search(lead) is None:
        return None
    own = [f for f in counts.get(s.index, [])
           if f.quantity.end <= q.start and is_thing_count(f)]
    pair = own or [f for f in counts.get(s.index - 1, []) if is_thing_count(f)]
    if len(pair) != 2 or len({f.quantity.unit for f in pair if f.quantity.unit}) > 1:
        return None
    big, small = sorted(pair, key=lambda f: -f.quantity.mid)
    value = big.quantity.mid - small.quantity.mid
    if value <= 0:
        return None
    return count_remainder(r, big, small, f"{printed(big)} less {printed(small)} is")
