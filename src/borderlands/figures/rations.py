"""Amounts a head of several goods and their totals, paired in order: "300 grams of bread and
20 grams of sugar a head daily; with 9,400 people in the barracks, that meant 2.8 tons of
bread and 1,880 kilograms of sugar".

The amounts a head are the masses joined by "and" before the words "a head" (or "each",
"per person", ...); the totals the masses after the heads, in the same order; the heads the
largest other count of the sentence. Each total is the heads times its amount a head.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import PER_HEAD_RE, TONS_PER, Finding, Sentence, product_finding

#: Between two amounts a head of one run: "grams of bread and", "kilograms of flour, ".
JOINED_RE = re.compile(r"(?:\s+[a-z]+){0,4}?(?:,\s*|\s+and\s+)", re.I)


def rations(s: Sentence) -> list[Finding]:
    """Each total of a run of amounts a head, against the heads times its amount."""
    if not s.figures:
        return []  # no amounts: most sentences
    text = s.passage.text
    masses = [f for f in s.counts if f.quantity.unit in TONS_PER]
    heads = [f for f in s.counts if f.quantity.unit not in TONS_PER]
    last = next(
        (k for k, f in enumerate(masses) if PER_HEAD_RE.match(text, f.quantity.end, s.end)), None
    )
    if last is None or not heads:
        return []
    run = [masses[last]]
    for k in range(last - 1, -1, -1):
        gap = text[masses[k].quantity.end : run[0].quantity.start]
        if not JOINED_RE.fullmatch(gap):
            break
        run.insert(0, masses[k])
    if len(run) < 2:
        return []
    head = max(heads, key=lambda f: f.quantity.mid)
    totals = [f for f in masses[last + 1 :] if f.quantity.start > head.quantity.start]
    if len(totals) != len(run):
        return []
    out: list[Finding] = []
    for each, total in zip(run, totals, strict=True):
        out.append(product_finding(each, total, head))
    return out
