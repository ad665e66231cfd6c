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

ONE_IN_RE = re.compile(rf"\bone in (?:every\s+)?({NUMBER_WORD}|\d{{1,3}})\b", re.I)
#: "four in ten", "Seven in every ten": a share written as K in N (K below N).
K_IN_N_RE = re.compile(
    rf"\b({NUMBER_WORD}|\d{{1,3}}) in (?:every\s+)?({NUMBER_WORD}|\d{{1,3}})\b(?!\s*(?:per|%))",
    re.I,
)
#: Words right after a step that take it of what the step before left: "four in ten of
#: these", "15 percent of the collective-farm households".
STEP_CUE_RE = re.compile(r"\s+of\s+(?:these|those|them|that|this|whom|the|its|their)\b", re.I)


def word_value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else parse_words([raw])


def one_in_chains(s: Sentence) -> list[Finding]:
    """The result of a chain whose last step is "one in N", against the base and shares."""
    if not s.may_hold(("one in",)):
        return k_in_n_chains(s)
    m = ONE_IN_RE.search(s.text)
    if m is None:
        return k_in_n_chains(s)
    n = word_value(m.group(1))
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


def k_in_n_chains(s: Sentence) -> list[Finding]:
    """A chain with a step "K in N" anywhere ("Seven in ten of the 3,617 households ..., and
    15 percent of the collective-farm households ..., about 380"; "Of the 7,846 released, 58
    percent ..., and four in ten of these ...: about 1,820"): the base (the first count)
    times every step, against the last count, printed after every step."""
    if not s.rates or len(s.counts) < 2 or " in " not in s.text:
        return []  # a chain needs a base, a result and a share: most sentences skip the scan
    phrases = []
    for m in K_IN_N_RE.finditer(s.text):
        k, n = word_value(m.group(1)), word_value(m.group(2))
        if k and n and 1 <= k < n <= 100:
            phrases.append((s.start + m.start(), s.start + m.end(), k, n))
    if not phrases:
        return []
    counts = [f for f in s.counts
              if not any(a <= f.quantity.start < b for a, b, _, _ in phrases)]  # fmt: skip
    if len(counts) != 2:
        return []
    base, claim = counts
    steps: list[tuple[int, float, str]] = [
        (p.quantity.start, p.quantity.mid / 100 if p.quantity.unit == "percent"
         else p.quantity.mid, printed(p) + ("%" if p.quantity.unit == "percent" else ""))
        for p in s.rates
    ]  # fmt: skip
    ends = {p.quantity.start: p.quantity.phrase_end for p in s.rates}
    ends.update({a: b for a, b, _, _ in phrases})
    steps += [(a, k / n, f"{k}/{n}") for a, _, k, n in phrases]
    steps.sort()
    if len(steps) < 2 or claim.quantity.start < max(a for a, _, _ in steps):
        return []
    if claim.quantity.mid >= base.quantity.mid or base.quantity.unit != claim.quantity.unit:
        return []
    text = s.passage.text
    if not all(STEP_CUE_RE.match(text, ends[a]) for a, _, _ in steps[1:]):
        return []  # "and three in ten mills": a share of another whole, no step
    value = base.quantity.mid * math.prod(f for _, f, _ in steps)
    formula = " * ".join([printed(base), *(w for _, _, w in steps)])
    shares = tuple(p for p in s.rates if p.quantity.start < claim.quantity.start)
    return [chain_finding(claim, value, formula, (base, *shares))]
