"""A rate in a clause that repeats the pattern of a rate read before it in its sentence:
"Ostrogorsk spent 312,400 rubles on its 17,480 refugees, 17.9 rubles a head, while Sosnovets
spent 198,600 on its 13,760, 14.4".

The grammar: a rate per unit read on two counts of its sentence, each printed before it, and
later in the sentence a figure printed right after two counts of its own clause (no other
figure between), in the same order. The later figure is the same rate for the second clause:
its first count over its second. Both counts are named by the clause, so a miss is read as a
usual slip; a fit is consistent.
"""

from __future__ import annotations

from borderlands.figures.kinds import Finding, Sentence, fit_or_slip, printed
from borderlands.figures.verdicts import Verdict


def parallel_rates(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with the figure of a clause parallel to a read rate read as that rate
    (see the module)."""
    rates = [f for f in found if f.kind == "rate" and f.verdict == Verdict.consistent
             and len(f.inputs) == 2 and "*" not in f.formula]  # fmt: skip
    if not rates or len(s.figures) < 6:
        return found
    figures = list(s.figures)
    out = list(found)
    for rate in rates:
        x1, y1 = rate.inputs
        i = next((k for k, f in enumerate(figures) if f.quantity.start == rate.start), None)
        if i is None or i < 2 or (figures[i - 2], figures[i - 1]) != (x1, y1):
            continue
        if i + 3 >= len(figures):
            continue
        x2, y2, r = figures[i + 1], figures[i + 2], figures[i + 3]
        if any(f.start <= r.quantity.start < f.end and f.verdict != Verdict.unverifiable
               for f in out):  # fmt: skip
            continue
        if y2.quantity.mid <= 0 or x2.quantity.mid <= y2.quantity.mid:
            continue
        value = x2.quantity.mid / y2.quantity.mid
        formula = f"{printed(x2)} / {printed(y2)}"
        q = r.quantity
        read = fit_or_slip(
            "rate", r, value, formula, (x2, y2),
            f"{printed(x2)} over {printed(y2)}, as its sibling clause reads "
            f"{printed(x1)} over {printed(y1)}, is {value:.1f} each",
            "the two counts of its clause", usual_only=True,
        )  # fmt: skip
        if read is not None:
            out = [f for f in out if not f.start <= q.start < f.end]
            out.append(read)
    return out
