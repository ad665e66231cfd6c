"""A superlative written with an ordinal ("the third-largest", "the second highest") is a
place, not the top: it is not judged as a superlative of its list.
"""

from __future__ import annotations

import re

#: An ordinal joined to the superlative: "third-largest", "second highest".
ORDINAL_BEFORE_RE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th)[\s-]*$", re.I
)


def ordinal_superlative(text: str, start: int) -> bool:
    """Whether the superlative at ``start`` of ``text`` is joined to an ordinal before it."""
    return ORDINAL_BEFORE_RE.search(text, max(0, start - 12), start) is not None
