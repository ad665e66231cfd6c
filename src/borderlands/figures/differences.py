"""A difference of two counts named just before it (issue #14): "found 287,300 sheep where
812,400 had been received. The difference of 525,100 head was written off"; "Of the 35,545
on the lists, 34,020 boarded them. The difference of 1,525 is made up of ...".

The grammar read: "the difference" (of, a comma) right before the figure, and exactly two
counts of one kind (no rate, percentage or year) in its own clause before it or, when it
prints none, in the sentence before. The difference of those two is the only reading, so a
usual slip is read as well as a fit."""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, accepts_count, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_count
from borderlands.figures.slips import SLIP_NAMES, likely_slip
from borderlands.figures.verdicts import Verdict

DIFFERENCE_RE = re.compile(r"\b[Tt]he\s+difference(?:\s+of|,|\s+was|\s+came\s+to)?\s+$")


def difference_of_two(
    s: Sentence, r: Located, counts: dict[int, list[Located]]
) -> Finding | None:
    """``counts`` are the sentences' counts by index (rates left out), ``r`` the figure."""
    q = r.quantity
    lead = s.passage.text[max(s.start, q.phrase_start - 30) : q.phrase_start]
    if DIFFERENCE_RE.search(lead) is None:
        return None
    own = [f for f in counts.get(s.index, []) if f.quantity.end <= q.start and is_count(f)]
    pair = own or [f for f in counts.get(s.index - 1, []) if is_count(f)]
    if len(pair) != 2 or len({f.quantity.unit for f in pair if f.quantity.unit}) > 1:
        return None
    big, small = sorted(pair, key=lambda f: -f.quantity.mid)
    value = big.quantity.mid - small.quantity.mid
    if value <= 0:
        return None
    formula = f"{printed(big)} - {printed(small)}"
    if accepts_count(q, value):
        return Finding(
            "remainder", q.start, q.end, q.mid, Verdict.consistent, formula, value,
            (big, small), f"{printed(big)} less {printed(small)} is {num(value)}",
        )  # fmt: skip
    slip = None if q.approx else likely_slip(printed(r), q.mid, value, q.step or 1.0)
    if slip is None:
        return None
    name, intended = slip
    return Finding(
        "remainder", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (big, small),
        f"{printed(big)} less {printed(small)} is {num(value)}, not {printed(r)}: likely "
        f"{SLIP_NAMES[name]} (intended {intended})",
        intended,
    )  # fmt: skip
