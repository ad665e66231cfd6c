"""Chains of shares with a step written "one in N": "Of the 5,180 men, 30 per cent stood at
the furnaces and one in six of these was injured, about 260 men".

The quantity reader does not take "one in six" for a fraction, so such a chain is found
here: a count (the base), percentages after it, "one in N" after them, and the count that
results; the result is the base times the shares divided by N.
"""

from __future__ import annotations

import math
import re

from borderlands.figures.kinds import NUMBER_WORD, Finding, Sentence, chain_finding, printed
from borderlands.figures.numbers import parse_words
from borderlands.figures.prefilter import may_hold

ONE_IN_RE = re.compile(rf"\bone in (?:every\s+)?({NUMBER_WORD}|\d{{1,3}})\b", re.I)


def one_in_chains(s: Sentence) -> list[Finding]:
    """The result of a chain whose last step is "one in N", against the base and shares."""
    if not may_hold(s.text, ("one in",)):
        return []  # ONE_IN_RE needs these words
    m = ONE_IN_RE.search(s.text)
    if m is None:
        return []
    raw = m.group(1)
    n = int(raw) if raw.isdigit() else parse_words([raw])
    at = s.start + m.start()
    counts = [f for f in s.counts if not at <= f.quantity.start < s.start + m.end()]
    if not n or n < 2 or len(counts) != 2:
        return []
    base, claim = counts
    shares = [p for p in s.rates if base.quantity.end <= p.quantity.start < at]
    if not shares or claim.quantity.start < at or claim.quantity.mid >= base.quantity.mid:
        return []
    value = base.quantity.mid * math.prod(p.quantity.mid / 100 if p.quantity.unit == "percent"
                                          else p.quantity.mid for p in shares) / n  # fmt: skip
    factors = [printed(p) + ("%" if p.quantity.unit == "percent" else "") for p in shares]
    formula = " * ".join([printed(base), *factors]) + f" / {n}"
    return [chain_finding(claim, value, formula, (base, *shares))]
