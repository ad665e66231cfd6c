"""Loads of one transport share their whole: the persons to a train, to a wagon and to a guard
are the same persons.

"They travelled in 34 trains, about 450 persons to a train, loaded into 946 goods wagons, or
33.8 persons to a wagon. The escort numbered 1,923 men, one guard for every eight": when two
rates of a paragraph (or more) are read on one count of persons and a third, whose divisor is
counted in the same sentence as the divisor of one of them, is read on another count, the third
took a whole picked by its arithmetic. It is read again on the whole its siblings share: it
stands when that whole gives it, and is a slip when not. The two wholes must count one thing
(their printed units the same): "forty wagons to a train" is no load of persons; and a rate
read on another rate ("600 men to a train ..., 14 to a wagon" of 42) is a load of a part.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from borderlands.figures.kinds import accepts_count, printed
from borderlands.figures.numbers import format_number
from borderlands.figures.slips import printed_like
from borderlands.figures.verdicts import Verdict

if TYPE_CHECKING:
    from borderlands.figures.checks import Check


def per_unit(c: Check) -> bool:
    """A consistent rate per unit (no scale) read on two counts: a whole over a divisor."""
    return (
        c.kind == "rate" and c.verdict == "consistent" and c.fit is not None
        and len(c.fit.inputs) == 2 and "*" not in c.fit.formula
        and c.fit.inputs[0].quantity.mid > c.fit.inputs[1].quantity.mid
    )  # fmt: skip


def shared_loads(checks: list[Check]) -> list[Check]:
    """``checks`` (those of one paragraph) with each rate read on a whole none of its
    siblings shares read again on theirs (see the module)."""
    rates = [c for c in checks if per_unit(c)]
    if len(rates) < 3:
        return checks
    wholes = Counter(c.fit.inputs[0].key for c in rates if c.fit is not None)
    (key, n), *_ = wholes.most_common(1)
    if n < 2 or len(wholes) < 2:
        return checks
    shared = [c for c in rates if c.fit is not None and c.fit.inputs[0].key == key]
    whole = shared[0].fit.inputs[0] if shared[0].fit is not None else None
    claimed = {c.claim.key for c in checks if c.kind == "rate"}
    out: list[Check] = []
    for c in checks:
        if whole is None or c not in rates or c.fit is None or c.fit.inputs[0].key == key:
            out.append(c)
            continue
        divisor = c.fit.inputs[1]
        beside = any(s.fit is not None and s.fit.inputs[1].passage is divisor.passage
                     and s.fit.inputs[1].sentence == divisor.sentence for s in shared)  # fmt: skip
        own = c.fit.inputs[0].quantity.unit
        if (not beside or wholes[c.fit.inputs[0].key] > 1 or own != whole.quantity.unit
                or c.fit.inputs[0].key in claimed):  # fmt: skip
            out.append(c)
            continue
        value = whole.quantity.mid / divisor.quantity.mid
        ok = accepts_count(c.claim.quantity, value)
        step = c.claim.quantity.step if c.claim.quantity.step > 0 else 1.0
        fit = replace(c.fit, formula=f"{printed(whole)} / {printed(divisor)}", computed=value,
                      inputs=(whole, divisor))  # fmt: skip
        out.append(replace(
            c, verdict=Verdict.consistent if ok else Verdict.inconsistent, fit=fit, alternatives=[],
            intended=None if ok else printed_like(value, printed(c.claim), step),
            explanation=f"the whole its sibling rates share, {printed(whole)}, over "
            f"{printed(divisor)} is {format_number(round(value, 4))}",
        ))  # fmt: skip
    return out
