"""The divisor a rate "one guard for every 12 deportees" names: the count of guards.

"The contingent travelled in 86 wagons, watched by 438 guards, one guard for every twelve
deportees": the words say what the rate is per, the noun after "one". When the sentence
prints a count of that noun, the rate divides by it and by nothing else: a fit over the
wagons (or any other count found by its value) is chance, and the reading is left to the
counts of guards.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

STEM = 4
#: "one guard for every", "one physician to every", "one doctor per"
ONE_NOUN_RE = re.compile(
    r"\bone\s+([a-z]{3,})\s+(?:for|to)\s+every\s+$|\bone\s+([a-z]{3,})\s+per\s+$", re.I
)
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})")


def named_divisors(r: Located, own: list[Located]) -> list[Located] | None:
    """The sentence's counts of the noun a "one X for every" rate names, or None when the
    rate names none or the sentence prints no count of it."""
    text = r.passage.text
    start, _ = r.passage.sentences[r.sentence]
    m = ONE_NOUN_RE.search(text, max(start, r.quantity.phrase_start - 40), r.quantity.phrase_start)
    if m is None:
        return None
    stem = (m.group(1) or m.group(2)).lower()[:STEM]
    counts = [f for f in own if f is not r and counts_noun(f, stem)]
    return counts or None


def counts_noun(f: Located, stem: str) -> bool:
    """Whether ``f`` counts the noun of ``stem``: by its unit or the word printed after it
    ("438 guards" may carry the unit of persons)."""
    q = f.quantity
    if q.unit and not q.unit_implied and q.unit.lower().startswith(stem):
        return True
    m = NOUN_AFTER_RE.match(f.passage.text, q.end)
    return m is not None and m.group(1).lower().startswith(stem)
