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


def named_part_and_whole(r: Located, own: list[Located]) -> tuple[Located, Located] | None:
    """The part and the whole a rate per thousand's clause prints before it ("18,960 persons
    passed through the shelters, and 684 of them died there, 57.8 per 1,000"): the rate is
    read on them, so a fit on another whole of the passage is chance. None unless the clause
    prints exactly two counts, both before the rate, of which one is the smaller."""
    own = [f for f in own if not is_scale_of_rate(f)]
    before = [f for f in own if f.quantity.end <= r.quantity.start]
    if len(own) != 2 or len(before) != 2:
        return None
    x, y = sorted(before, key=lambda f: f.quantity.mid)
    return (x, y) if 0 < x.quantity.mid < y.quantity.mid else None


#: "684 of them", "684 of whom": a count printed as a part of the whole before it
PART_OF_BEFORE_RE = re.compile(r"\s+of\s+(?:them|these|those|whom)\b", re.I)


def part_of_named_whole(x: Located, y: Located) -> bool:
    """Whether the words print ``x`` as a part of ``y``: "18,960 ... and 684 of them",
    "92 of the 1,372"."""
    if x.passage is not y.passage:
        return False
    text = x.passage.text
    if y.quantity.start < x.quantity.start:
        return PART_OF_BEFORE_RE.match(text, x.quantity.end) is not None
    return text[x.quantity.end : y.quantity.start].strip().lower() in ("of", "of the", "out of")


#: "69 per 1,000": the 1,000 is the scale of a rate, no count
PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)


def is_scale_of_rate(f: Located) -> bool:
    text = f.passage.text
    return PER_BEFORE_RE.search(text[max(0, f.quantity.start - 8) : f.quantity.start]) is not None
