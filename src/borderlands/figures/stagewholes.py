"""Two printed wholes of the same people at two stages, told apart by a printed difference.

"Of the 9,400 put on the trains, 60 died on the road, and 9,340 were signed for": a share of
"them" may be of those loaded or of those who arrived. When the text prints both wholes and
the count that leads from one to the other (in the sentence of one of them), and a share's
part over either whole rounds to the printed figure, the share is ambiguous: both readings
are shown. Wholes more than ``STAGE_GAP`` apart are no stages of one group."""

from __future__ import annotations

from dataclasses import dataclass

STAGE_GAP = 0.15
#: How many counts before a share are searched for a second stage of its whole: the bound
#: keeps each share's cost constant however long its paragraph (a single-line paragraph of
#: a megabyte has some 19,000 counts).
STAGE_POOL = 64


@dataclass(frozen=True, slots=True)
class Printed:
    """A count's value and the sentence it is printed in (passage order, sentence index)."""

    value: float
    sentence: tuple[int, int]


def stage_wholes(whole: Printed, pool: list[Printed]) -> list[int]:
    """Indexes in ``pool`` of the other wholes ``whole`` is a stage of: W' = W +/- d, with d
    printed in the sentence of W or of W', and W' within ``STAGE_GAP`` of W."""
    out: list[int] = []
    printed = {(d.value, d.sentence) for d in pool}
    for i, other in enumerate(pool):
        if other.value == whole.value or abs(other.value - whole.value) > STAGE_GAP * whole.value:
            continue
        gap = abs(other.value - whole.value)
        if (gap, whole.sentence) in printed or (gap, other.sentence) in printed:
            out.append(i)
    return out


def coordinated(between: str) -> bool:
    """Whether the words between two counts join them as coordinate parts of one clause
    ("604 were children and 598 were women"): an "and" with no clause break."""
    return " and " in f" {between} " and not any(mark in between for mark in ";:()")
