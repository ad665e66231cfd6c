"""Those who arrived, when the whole that set out is named only by a rate of the dead
(issue #14): "On the road 212 persons died, 3.9 per 1,000 of those loaded, so that the
commandants had 54,148 persons to register", with the 54,360 loaded printed paragraphs
before.

The grammar read: a count of the dead (followed by "died", "dead" or "perished") in the
sentence or the one before it, a rate per 1,000 in the sentence, and the count of those who
arrived (after "entered", "had", "registered" ..., or before "reached", "to register" ...,
as ``roadlosses`` reads them). The whole is then the arrivals and the dead together; it is
read only where the text printed that whole before and the rate of the dead over it rounds
to the printed rate: two named figures agree, so the arrivals are consistent. Anything else
is left to the other readings (no slip is read: the whole is found by its value).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import Finding, Sentence, count_remainder
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.roadlosses import (
    ARRIVED_AFTER_RE,
    ARRIVED_BEFORE_RE,
    DEAD_AFTER_RE,
    after,
    before,
)
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of arriving.
CUE_WORDS = frozenset({"entered", "registered", "register", "had", "reached", "arrived"})
#: A rate per thousand: the figure and its scale.
PER_THOUSAND_AFTER_RE = re.compile(r"\s+per\s+(?:1,000|thousand)\b", re.I)


def rated_losses(
    s: Sentence, previous: Sentence | None, up_to: Callable[[], list[Located]],
    found: list[Finding],
) -> list[Finding]:
    """``found`` with the arrivals of ``s`` read against a whole its rate of the dead names."""
    if not s.has_digit or not s.says_any(CUE_WORDS) or "per" not in s.lower:
        return found
    text = s.passage.text
    rates = [f for f in s.figures if PER_THOUSAND_AFTER_RE.match(text, f.quantity.end)]
    near = ([f for f in previous.figures] if previous is not None
            and previous.passage is s.passage else []) + list(s.figures)  # fmt: skip
    dead = [f for f in near if is_thing_count(f) and DEAD_AFTER_RE.match(after(f))]
    if len(rates) != 1 or len(dead) != 1:
        return found
    rate, d = rates[0], dead[0]
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for a in s.figures:
        q = a.quantity
        if q.start in taken or a is d or q.start < rate.quantity.end or not is_thing_count(a):
            continue
        if not (ARRIVED_BEFORE_RE.search(before(a, 20)) or ARRIVED_AFTER_RE.match(after(a))):
            continue
        whole_value = q.mid + d.quantity.mid
        wholes = [w for w in up_to() if w.quantity.mid == whole_value and is_thing_count(w)
                  and w.quantity.start != q.start]  # fmt: skip
        if not wholes or not rounds_to(d.quantity.mid / whole_value * 1000, rate):
            continue
        read = count_remainder(a, wholes[-1], d, f"the {wholes[-1].quantity.text} loaded, "
                               f"whose dead give the printed rate, less the dead is")
        if read is not None and read.verdict == Verdict.consistent:
            out.append(read)
    return superseded(found, out) if out else found


def rounds_to(value: float, rate: Located) -> bool:
    """Whether ``value`` rounds to the rate as printed (to its own decimals)."""
    printed = rate.quantity.text.replace(",", "")
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    return round(value, decimals) == round(rate.quantity.mid, decimals)
