"""Whether the two counts a rate per unit's sentence names are what the rate divides.

"carried 1,710 exiles in 52 wagons, about 23 to a wagon" names both: the rate rests on them,
and a fit on another count of persons elsewhere is chance. But "34 trains, about 450 persons
to a train, loaded into 946 goods wagons" names no count of persons (wagons are no persons);
"47 wagons ..., about 46 to a wagon; ... 41 wagons, 48.2 to a wagon" names two counts of one
thing; "86 wagons, about 61 to a wagon, watched by 438 guards" names the guards after the rate,
in a clause of their own. None of these is the pair the rate is read on.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: the unit a rate is per: "to a wagon", "per train", "for every guard"
PER_TARGET_RE = re.compile(r"\b(?:to an?|per|for every|for each)\s+([a-z]{3,})", re.I)
STEM = 4


def is_rated_pair(r: Located, x: Located, y: Located) -> bool:
    """``x`` over ``y`` is the rate ``r`` as its sentence names it: both printed before it,
    counting different things, and ``x`` counting what the rate counts when it prints that."""
    if x.quantity.end > r.quantity.start or y.quantity.end > r.quantity.start:
        return False
    ux, uy, ur = x.quantity.unit, y.quantity.unit, r.quantity.unit
    if ux == uy:
        return False
    if ur and not r.quantity.unit_implied and ur != uy:
        return ur == ux  # ("six trains of about 860 each": the unit read is the divisor's)
    # "2,070 wagons, about 44 persons to a wagon and about 2,000 to a train": what the
    # sentence rates per is no count of what is rated
    text = r.passage.text
    start, end = r.passage.sentences[r.sentence]
    targets = {m.group(1)[:STEM] for m in PER_TARGET_RE.finditer(text, start, end)}
    return not (ux and ux[:STEM] in targets)
