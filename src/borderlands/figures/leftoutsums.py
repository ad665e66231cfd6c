"""A total its sentence fixes the parts of, printed as their sum less one of them: a part
left out when adding up ("in the first winter 668 died; in the second, 871; in the third,
377, which brought the deaths of the three winters to 1,539", 1,916 less 377).

Read only where the words fix the parts (their number, or the enumeration the total points
back to), with three parts or more; a part that is the sum of those before it is a
subtotal, no part left out.
"""

from __future__ import annotations

from borderlands.figures.kinds import Finding, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict


def left_out_finding(total: Located, parts: tuple[Located, ...], what: str) -> Finding | None:
    """The inconsistency of ``total`` against ``parts`` when it is their sum less exactly
    one of them; None otherwise."""
    q = total.quantity
    left = left_out(total, parts)
    if left is None:
        return None
    value = sum(p.quantity.mid for p in parts)
    formula = " + ".join(printed(p) for p in parts)
    return Finding(
        "sum", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, parts,
        f"{what} add up to {num(value)}, not {printed(total)}: likely {printed(left)} left "
        f"out of the sum (intended {num(value)})", num(value),
    )  # fmt: skip


def left_out(total: Located, parts: tuple[Located, ...]) -> Located | None:
    """The one part of three or more whose omission gives the printed total exactly, unless
    it is the sum of the parts before it (a subtotal)."""
    q = total.quantity
    if len(parts) < 3 or q.approx:
        return None
    added = sum(p.quantity.mid for p in parts)
    tolerance = max(q.step, 1.0) / 2
    left = [p for p in parts if abs(added - p.quantity.mid - q.mid) <= tolerance]
    if len(left) != 1:
        return None
    before = [p.quantity.mid for p in parts if p.raw_start < left[0].raw_start]
    if len(before) >= 2 and abs(sum(before) - left[0].quantity.mid) <= tolerance:
        return None
    return left[0]
