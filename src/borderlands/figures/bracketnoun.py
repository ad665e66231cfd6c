"""A bracketed share after a part whose whole its words name by a noun, not by a figure.

"The commission sent back 1,260 of the Roma (21.5%) but only 2,110 of the 148,520 others":
the share is of the Roma, counted elsewhere in the passage; the later "of the 148,520 others"
is the whole of another part (2,110), never of this one.
"""

from __future__ import annotations

import re

#: " of the Roma (", " of all the carts (": the gap between a part and its bracketed share
OF_NOUN_GAP_RE = re.compile(
    r"\s+of\s+(?:(?:the|all|these|those)\s+)*([A-Za-z][A-Za-z-]{2,})\s*\(\s*", re.I
)
#: nouns that point back to a count rather than name what it counts
POINTING_NOUNS = frozenset(
    ("them", "these", "those", "total", "whole", "figure", "number", "sum", "amount", "rest",
     "others", "remainder", "former", "latter", "same", "first", "second")
)  # fmt: skip


def bracketed_whole_noun(text: str, part_end: int, share_start: int) -> str | None:
    """The noun that names the whole in "PART of the NOUN (SHARE", lower-cased, when the gap
    between the part's figure (ending at ``part_end``) and the share is exactly that; else
    None (a gap with a figure, or a noun that only points back)."""
    m = OF_NOUN_GAP_RE.fullmatch(text, part_end, share_start)
    if m is None:
        return None
    noun = m.group(1).lower()
    return None if noun in POINTING_NOUNS else noun
