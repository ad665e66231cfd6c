"""A rate per thousand set right after the part and whole its clause prints as such.

"it killed 786 of the 28,640 refugees settled in the district, 43 per 1,000": the words print
786 as a part of 28,640 ("A of the B"), and the rate follows them with no other count between,
so the rate is read on that pair and nothing else. When no count of the passage gives the rate
at all, the reading of the rules before was *unverifiable*; on that pair the rate is a slip.
The pair must be printed as part and whole ("of", "of the", "out of", "of them"): two counts
merely side by side ("514 deaths and 186 births") are no such pair.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, accepts_count, own_thousand_miss
from borderlands.figures.passages import Located
from borderlands.figures.ratedpair import is_scale_of_rate, part_of_named_whole
from borderlands.figures.verdicts import Verdict

#: the scale after a rate: "43 per 1,000", "4.1 per thousand", "12 per 10,000"
SCALE_AFTER_RE = re.compile(r"\s+(?:per|in every|of every)\s+(1,000|10,000|100,000|thousand)\b")
SCALES = {"1,000": 1_000.0, "thousand": 1_000.0, "10,000": 10_000.0, "100,000": 100_000.0}


def scale_after(r: Located) -> float | None:
    m = SCALE_AFTER_RE.match(r.passage.text, r.quantity.end)
    return SCALES[m.group(1)] if m else None


def part_whole_rate(s: Sentence, f: Finding) -> Finding:
    """``f``, or for an unread rate per thousand printed right after its clause's part and
    whole, its verdict on that pair."""
    if f.kind != "rate" or f.verdict is not Verdict.unverifiable:
        return f
    r = next((x for x in s.figures if x.quantity.start == f.start), None)
    if r is None or (scale := scale_after(r)) is None:
        return f
    before = [x for x in s.figures if x.quantity.end <= r.quantity.start
              and not is_scale_of_rate(x)]  # fmt: skip
    if len(before) < 2:
        return f
    x, y = before[-2], before[-1]
    if not (0 < x.quantity.mid < y.quantity.mid) or not part_of_named_whole(x, y):
        return f
    if accepts_count(r.quantity, x.quantity.mid / y.quantity.mid * scale):
        return f  # the rules before found no such reading: leave it to them
    return own_thousand_miss(r, x, y, scale) or f
