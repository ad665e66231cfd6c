"""The rest of a total read as a sum of two (issue #14): "The lists had named 48,930 persons,
against the 41,666 actually taken, and 7,264 of them were left at home"; "gave 25,640
families loaded, against a list of 26,300 ... The 660 families missing from the list".

A sum check that holds, W = A + R, where the part R is printed after the total W (and after
A), is how the text states a rest: the whole first, then what was done with part of it, then
what was left. The reader checks R as W less A; the sum's reading carries to it unchanged,
as a remainder on the same two printed figures, where no other check reads R already and R
stands in the total's sentence or the few after it. A total printed between its two parts
in one sentence ("84, 131 and 47") is a member of a run, not a whole, and carries nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from borderlands.figures.kinds import accepts_count, num, printed
from borderlands.figures.verdicts import Verdict

if TYPE_CHECKING:
    from borderlands.figures.checks import Check

#: How many sentences after the total's own its rest may stand.
AFTER = 3


def rests_of_sums(checks: list[Check]) -> list[Check]:
    """The remainder checks the consistent two-part sums of ``checks`` carry to their later
    part."""
    out: list[Check] = []
    for c in checks:
        if c.kind != "sum" or c.verdict != Verdict.consistent or c.fit is None:
            continue
        if len(c.fit.inputs) != 2:
            continue
        total = c.claim
        part, rest = sorted(c.fit.inputs, key=lambda f: f.raw_start)
        if rest.passage is not total.passage or rest.raw_start < total.raw_start:
            continue
        if not 0 <= rest.sentence - total.sentence <= AFTER:
            continue
        if part.raw_start < total.raw_start and rest.sentence == total.sentence:
            continue  # "84, 131 and 47": a figure between its parts in a run is no total
        if rest.quantity.kind != "number" or part.quantity.kind != "number":
            continue
        if any(o.claim.raw_start < rest.raw_end and rest.raw_start < o.claim.raw_end
               for o in (*checks, *out)):  # fmt: skip
            continue
        value = total.quantity.mid - part.quantity.mid
        if not accepts_count(rest.quantity, value):
            continue  # the sum held at the total's rounding, not at the rest's precision
        formula = f"{printed(total)} - {printed(part)}"
        out.append(replace(
            c, claim=rest, kind="remainder", stated=printed(rest),
            stated_value=rest.quantity.mid, stated_high=None, alternatives=[], intended=None,
            fit=replace(c.fit, formula=formula, computed=value, inputs=(total, part), gap=0.0),
            explanation=f"what remains of {printed(total)} after {printed(part)} is {num(value)}",
        ))  # fmt: skip
    return out
