"""A count that adds up the parts printed before it is their subtotal, not one more part.

"Of the 16,287 who set out, 38 died on the ice, 141 at the transit point and 253 in the
trains, 432 in all, which left ...": the 432 sums the three before it (by its words, "in
all", "altogether", "a total of", even when its own addition is slipped; or by its value),
so what is left of the whole is the whole less the three, not less the three and their sum
as well.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: Words that make a count the sum of those before it: "432 in all", "a total of 432".
SUMS_AFTER_RE = re.compile(r"\s*(?:\w+\s+)?(?:in all|altogether|all told|in total)\b", re.I)
SUMS_BEFORE_RE = re.compile(r"\b(?:a total of|in all|altogether)\s*$", re.I)

#: How far a subtotal may be from the exact sum of the parts before it, relative to it.
SUBTOTAL_TOLERANCE = 0.005


def is_subtotal(parts: list[Located], i: int) -> bool:
    """Whether ``parts[i]`` is the sum of the two or more parts listed right before it."""
    if i < 2:
        return False
    p = parts[i]
    text = p.passage.text
    if SUMS_AFTER_RE.match(text, p.quantity.phrase_end) or SUMS_BEFORE_RE.search(
        text[max(0, p.quantity.phrase_start - 16) : p.quantity.phrase_start]
    ):
        return True
    value = p.quantity.mid
    total = sum(p.quantity.mid for p in parts[:i])
    return value > 0 and abs(total - value) <= SUBTOTAL_TOLERANCE * value


def without_subtotals(parts: list[Located]) -> list[Located]:
    """``parts`` without the counts that sum the ones before them."""
    return [p for i, p in enumerate(parts) if not is_subtotal(parts, i)]
