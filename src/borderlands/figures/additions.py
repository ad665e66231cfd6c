"""A multiple of a total raised by an addition: the total against the stock before it.

"They built a further 14,820 in 1925, bringing the total to 26,280, and so more than
doubled the stock" compares 26,280 with 26,280 - 14,820, not with 14,820; so do "rose by
600 to 1,000, two and a half times" and "another 5,000 came, raising the number to 9,000,
nearly doubling it". The addition comes first, the total after it.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

ADDITION_BEFORE_RE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|added|adding|additional|by|more|new)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
#: between the addition and the total it makes
TOTAL_CUE_RE = re.compile(
    r"^[^.;:]{0,60}?\b(?:bringing|raising|taking|brought|raised|took|lifting|lifted|to a total"
    r"|total)\b[^.;:]{0,30}?\bto\s*$"
    r"|^\s*(?:\w+\s+){0,3}?to\s*$",
    re.I,
)


def stock_before(addition: Located, total: Located) -> float | None:
    """The stock before the addition (the total less it), when the words make ``addition`` an
    addition ("a further 14,820", "by 600") and ``total`` what it brought the stock to
    ("bringing the total to 26,280", "to 1,000"); else None."""
    text = addition.passage.text
    a, t = addition.quantity, total.quantity
    if a.start >= t.start or a.mid >= t.mid:
        return None
    if ADDITION_BEFORE_RE.search(text[max(0, a.start - 30) : a.start]) is None:
        return None
    if TOTAL_CUE_RE.search(text[a.end : t.start]) is None:
        return None
    return t.mid - a.mid
