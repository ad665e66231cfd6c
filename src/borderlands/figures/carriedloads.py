"""A load per vehicle read on the count its paragraph already divided by vehicles.

"Of the 35,545 on the lists, 34,020 boarded them, 1,173 to a train on average. ... The trains
were made up of 1,160 goods wagons, or 30.6 persons to a wagon": the paragraph has read one
load (persons to a train) on the persons who travelled, 34,020. A second load of the same
persons on other vehicles (to a wagon) is of the same travellers, not of the larger list a
fit by value picks (35,545 / 1,160 is 30.6, but the list held those who never boarded).

The structure read: in one paragraph, a consistent rate per unit on two counts of its own
sentence (persons and vehicles), then a later rate whose sentence names those vehicles again
("The trains were made up of ...") and whose fit divides the sentence's own count into a
count of the same unit from another sentence, of a different value. The later rate is read
on the earlier rate's dividend: consistent at its printed precision, a slip when a usual
slip or a small gap explains the miss (the figures are the ones the paragraph names), else
unverifiable with the fit by value kept as a candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from borderlands.figures.kinds import accepts_count, printed
from borderlands.figures.numbers import format_number
from borderlands.figures.slips import SLIP_NAMES, likely_slip, printed_like

if TYPE_CHECKING:
    from borderlands.figures.checks import Check
    from borderlands.figures.passages import Located

STEM = 4
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+)?([a-z]{4,})")
SMALL_GAP = 0.1  # a miss this small (relative to the printed rate) is a rounding slip


def plain_pair(c: Check) -> tuple[Located, Located] | None:
    """The (dividend, divisor) of a consistent rate per unit read as ``x / y``."""
    fit = c.fit
    if c.kind != "rate" or fit is None or len(fit.inputs) != 2:
        return None
    x, y = fit.inputs
    if fit.formula != f"{printed(x)} / {printed(y)}":
        return None
    return x, y


def carried_loads(checks: list[Check]) -> list[Check]:
    """``checks`` (one paragraph's, in order) with later loads read on the dividend of the
    paragraph's load its sentence names the vehicles of (see the module)."""
    out: list[Check] = []
    loads: list[tuple[Located, str]] = []  # an earlier load's dividend, its vehicles' stem
    for c in checks:
        pair = plain_pair(c) if c.verdict == "consistent" else None
        if pair is None:
            out.append(c)
            continue
        x, y = pair
        claim = c.claim
        start, end = claim.passage.sentences[claim.sentence]
        words = claim.passage.text[start:end].lower()
        carried = next((d for d, noun in reversed(loads) if re.search(rf"\b{noun}", words)), None)
        if x.passage is claim.passage and x.sentence == claim.sentence:
            noun = vehicle_stem(y)
            if noun and x.quantity.unit != y.quantity.unit:
                loads.append((x, noun))
            out.append(c)
            continue
        if (
            carried is None
            or x.quantity.unit != carried.quantity.unit or x.quantity.mid == carried.quantity.mid
            or y.passage is not claim.passage or y.sentence != claim.sentence
            or carried.quantity.mid <= y.quantity.mid
        ):  # fmt: skip
            out.append(c)
            continue
        out.append(on_carried(c, carried, y))
    return out


def vehicle_stem(y: Located) -> str | None:
    """The stem of what ``y`` counts ("trains" of "29 trains"), or None."""
    unit = y.quantity.unit if y.quantity.unit and not y.quantity.unit_implied else ""
    if not unit:
        m = NOUN_AFTER_RE.match(y.passage.text, y.quantity.end)
        unit = m.group(1) if m else ""
    return re.escape(unit.lower()[:STEM]) if len(unit) >= STEM else None


def on_carried(c: Check, x: Located, y: Located) -> Check:
    """Check ``c`` read as ``x / y``."""
    old = c.fit
    assert old is not None
    value = x.quantity.mid / y.quantity.mid
    formula = f"{printed(x)} / {printed(y)}"
    fit = replace(old, formula=formula, computed=value, inputs=(x, y),
                  gap=value - c.stated_value)  # fmt: skip
    q = c.claim.quantity
    step = q.step if q.step > 0 else 1.0
    if accepts_count(q, value):
        return replace(c, fit=fit, explanation=(
            f"{formula} is {format_number(round(value, 4))} each: the count the paragraph's "
            f"load on these vehicles was of"))  # fmt: skip
    slip = likely_slip(c.stated, q.mid, value, step)
    if slip is not None or abs(value - q.mid) <= SMALL_GAP * q.mid:
        what = f"likely {SLIP_NAMES[slip[0]]}" if slip else "a small miss"
        intended = slip[1] if slip else printed_like(value, c.stated, step)
        return replace(c, verdict="inconsistent", fit=fit, intended=intended, explanation=(
            f"the count the paragraph's load on these vehicles was of gives {formula} = "
            f"{format_number(round(value, 4))}, not {c.stated}: {what}"))  # fmt: skip
    return replace(c, verdict="unverifiable", fit=None, alternatives=[old, fit], explanation=(
        f"the count the paragraph's load on these vehicles was of gives "
        f"{format_number(round(value, 4))}; {old.formula} fits, but on a count picked by "
        f"its value"))  # fmt: skip
