"""Shares set in brackets after the counts of one list: "Holders of passports numbered
1,540 (40.5%) and citizens 1,190; subjects came to 420, and the rest to 650 (17.1 per
cent)".

Each bracketed share is its count's share of one whole, the whole of the list: once the first
is read on a whole, a later one is its own count over that same whole, however the clauses
between are cut. The part is the count the brackets follow, the whole is the earlier share's:
none is picked for its arithmetic.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: Between a count and its bracketed share: "1,540 (", "650 (about ".
OPEN_BRACKET_RE = re.compile(r"\s*\(\s*$")


def bracketed_count(share: Located, own: list[Located]) -> Located | None:
    """The count of ``own`` the share is bracketed after, or None."""
    text = share.passage.text
    ahead = [f for f in own if f.quantity.end <= share.quantity.phrase_start]
    if not ahead:
        return None
    gap = text[ahead[-1].quantity.end : share.quantity.phrase_start]
    return ahead[-1] if OPEN_BRACKET_RE.fullmatch(gap) else None


def denominator(formula: str) -> str | None:
    """The whole of a share's formula, "A / W * 100" or "A / (B + C) * 100": W, (B + C)."""
    m = re.fullmatch(r"[\d.,]+ / (.+) \* 100", formula)
    return m.group(1) if m else None
