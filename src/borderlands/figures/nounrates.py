"""Rates per unit whose whole is named by its noun: "29 trains, about 600 men to a train" and
"690 soldiers, one for every 25 mobilised men", the 17,315 men counted paragraphs before.

The whole is the count printed before with the same noun right after it ("17,315 men"),
nearest first; the unit is the sentence's own count. Found by the noun, the pair may still
fit by chance, so only a fit is reported, never a slip.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, accepts_count, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict
from borderlands.figures.wholes import NOT_NOUNS, stem

#: The noun a rate counts: "600 men to a train", "25 mobilised men" (the last of two words).
RATE_NOUN_RE = re.compile(r"\s+(?:([a-z][a-z-]+)\s+)??([a-z][a-z-]+)\s+(?:to|per|a|an|each)\b")
EVERY_NOUN_RE = re.compile(r"\s+(?:([a-z][a-z-]+)\s+)?([a-z][a-z-]+)\b")
EVERY_BEFORE_RE = re.compile(r"\b(?:for|to) every\s+$")


def rate_noun_after(text: str, r: Located) -> str | None:
    """The stem of the noun a rate per unit counts, or None."""
    q = r.quantity
    every = EVERY_BEFORE_RE.search(text[max(0, q.phrase_start - 15) : q.phrase_start])
    m = (EVERY_NOUN_RE if every else RATE_NOUN_RE).match(text, q.end)
    if m is None:
        return None
    word = m.group(2) if every or m.group(2) not in NOT_NOUNS else m.group(1)
    if not word or len(word) < 3 or word in NOT_NOUNS:
        return None
    return stem(word)


def noun_rate(r: Located, own: list[Located], wholes: list[Located]) -> Finding | None:
    """The first whole over one of the sentence's own counts that gives the rate."""
    q = r.quantity
    every = EVERY_BEFORE_RE.search(r.passage.text[max(0, q.phrase_start - 15) : q.phrase_start])
    for x in wholes:
        for y in own:
            if y is r or y.quantity.mid <= 0 or y.quantity.mid >= x.quantity.mid:
                continue
            value = x.quantity.mid / y.quantity.mid
            if accepts_count(q, value):
                what = "for every" if every else "each"
                return Finding(
                    "rate", q.start, q.end, q.mid, Verdict.consistent,
                    f"{printed(x)} / {printed(y)}", value, (x, y),
                    f"{printed(x)} over {printed(y)} is {num(value)} {what}",
                )  # fmt: skip
    return None
