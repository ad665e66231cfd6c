""" "One doctor for every 169 patients": a rate per unit whose two nouns name its counts.

The count of the second noun ("1,860 patients") may stand in the sentence before, the count
of the first ("Eleven doctors") in the rate's own; each is the nearest count before the rate
that its noun follows. Read when the rate is otherwise unverifiable; a miss is flagged only
for a usual slip ("69" for 169), the inputs being named but not beside it.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, printed, slip_finding
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

EVERY_RE = re.compile(r"\bone\s+([a-z]{3,})\s+(?:for|to|per)\s+(?:every|each)\s+$", re.I)
#: the first two words after a count: its noun, or an adjective and its noun
NOUN_AFTER_RE = re.compile(r"\s+([a-z-]{3,})\b(?:\s+([a-z]{3,})\b)?")


#: "54 refugee families to a village", "4.3 persons per family": the counted noun, the unit
PER_UNIT_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?([a-z]{3,})\s+(?:to|per|for|in)\s+(?:a|an|each|every)\s+([a-z]{3,})\b"
)


def stem(word: str) -> str:
    return word.lower()[:5]


def counted_by(f: Located, noun: str) -> bool:
    m = NOUN_AFTER_RE.match(f.passage.text, f.quantity.end)
    return m is not None and noun in (stem(m.group(1)), stem(m.group(2) or ""))


def every_rate(s: Sentence, r: Located, pool: list[Located]) -> Finding | None:
    """``r`` read as "one <unit> for every r <counted>": counted / units, from the nearest
    counts before it (``pool``: the passage's counts and the sentence's counts in words)
    that the two nouns follow."""
    text = s.passage.text
    q = r.quantity
    m = EVERY_RE.search(text[max(s.start, q.start - 40) : q.start])
    after = NOUN_AFTER_RE.match(text, q.end)
    per = PER_UNIT_RE.match(text, q.end)
    if m is not None and after is not None:
        unit, counted = stem(m.group(1)), stem(after.group(1))
        end = q.start - len(m.group(0))
    elif per is not None:
        # "about 54 refugee families to a village"
        unit, counted, end = stem(per.group(2)), stem(per.group(1)), q.start
    else:
        return None
    if unit == counted:
        return None
    first = s.passage.sentences[max(0, s.index - 2)][0]
    before = sorted(
        (f for f in pool if first <= f.quantity.start and f.quantity.end <= end and f is not r),
        key=lambda f: f.quantity.start,
    )
    units = [f for f in before if counted_by(f, unit)]
    counts = [f for f in before if counted_by(f, counted)]
    if not units or not counts or units[-1].quantity.mid <= 0:
        return None
    x, y = counts[-1], units[-1]
    value = x.quantity.mid / y.quantity.mid
    formula = f"{printed(x)} / {printed(y)}"
    if abs(value - q.mid) <= max(q.step if q.step > 0 else 1.0, 0.05 * q.mid):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (x, y),
            f"{printed(x)} over {printed(y)} is {value:.1f} each",
        )  # fmt: skip
    return slip_finding("rate", r, value, formula, (x, y), "the counts its nouns name",
                        usual_only=True)  # fmt: skip
