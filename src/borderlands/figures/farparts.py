"""Remainders and rates whose other input stands paragraphs away: "Of the 23,600 former
prisoners, those not sent to filtration, 12,360, went home" (the 11,240 sent were counted
three paragraphs before), "the point stood 8,550 short" of the 130,000 wanted (121,450 sent
home, counted earlier), "Eighty-six men died on the way, 5.0 per 1,000 of those sent".

The sentence names one input (the whole of a remainder, the part of a rate per thousand) and
only describes the other; that one is looked up by value among the counts printed before, in
the paragraph and the few before it. A value looked up may fit by chance, so only a fit is
reported (at the printed precision, never "about"), never a slip.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, accepts_count, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: "5.0 per 1,000 of those sent": a rate whose whole its words name.
WHOLE_IN_WORDS_RE = re.compile(
    r"\s+per\s+(1,000|1000|thousand|100|hundred)\s+of\s+(?:the|those|all)\b", re.I
)


def far_remainder(r: Located, whole: Located, earlier: list[Located]) -> Finding | None:
    """``whole`` less a count printed before that leaves exactly ``r``."""
    q = r.quantity
    if q.approx:
        return None
    for p in earlier:
        if p is whole or p is r or p.quantity.mid >= whole.quantity.mid:
            continue
        value = whole.quantity.mid - p.quantity.mid
        if accepts_count(q, value):
            return Finding(
                "remainder", q.start, q.end, q.mid, Verdict.consistent,
                f"{printed(whole)} - {printed(p)}", value, (whole, p),
                f"what remains of {printed(whole)} after {printed(p)} (printed earlier) is "
                f"{num(value)}",
            )  # fmt: skip
    return None


def far_rate_whole(r: Located, part: Located, earlier: list[Located]) -> Finding | None:
    """A rate per thousand "of those ..." on a whole printed before that gives it."""
    q = r.quantity
    m = WHOLE_IN_WORDS_RE.match(r.passage.text, q.end)
    if m is None or q.approx:
        return None
    scale = 1000.0 if m.group(1).replace(",", "") in ("1000", "thousand") else 100.0
    for y in earlier:
        if y is part or y.quantity.mid <= part.quantity.mid:
            continue
        value = part.quantity.mid / y.quantity.mid * scale
        if accepts_count(q, value):
            return Finding(
                "rate", q.start, q.end, q.mid, Verdict.consistent,
                f"{printed(part)} / {printed(y)} * {num(scale)}", value, (part, y),
                f"{printed(part)} over {printed(y)} (printed earlier) is {num(value)} per "
                f"{num(scale)}",
            )  # fmt: skip
    return None
