"""A part that joined a whole: "31 newcomers joined 620 Polish inhabitants (5 percent)". The
share may be of those already there (31 / 620) or of the village after they came (31 / 651);
when both round to the printed figure the words pick neither, and the share is ambiguous.
"""

from __future__ import annotations

import re

#: Between the part and the whole it joined: "newcomers joined", "families were added to",
#: "settlers came to join", "were settled among".
JOINED_RE = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:joined|were\s+added\s+to|came\s+to\s+join|were\s+settled\s+among"
    r"|settled\s+among)\s+(?:the\s+)?$"
)


def joined_whole(text: str, part_end: int, whole_start: int) -> bool:
    """Whether the words from the part's end to the whole's start say the part joined it."""
    return JOINED_RE.fullmatch(text, part_end, whole_start) is not None
