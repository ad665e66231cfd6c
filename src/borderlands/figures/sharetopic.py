"""What a share without figures of its own is a share of: "12 percent of the men were too
weak ... and about 40 per cent went to work in torn footwear" are shares of the men. A fit
from another sentence of the paragraph counts only when that sentence speaks of them too;
"1,600 pairs of felt boots ... and 640" give 40 percent by chance.
"""

from __future__ import annotations

import re

#: "12 percent of the men", "a third of all deportees": the noun a share is of.
OF_NOUN_RE = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?:the|all|those|its|their)\s+"
    r"(?:[a-z-]+(?:['’]s)?\s+)??([a-z]{3,})\b(?!['’])"
)
STEM = 5
NOT_NOUNS = frozenset(("same", "total", "whole", "rest", "others", "remaining", "figure"))


def share_measure(sentence: str, percent_ends: list[int]) -> str | None:
    """The stem of the noun the first share of a sentence names as its whole, if any
    (``percent_ends``: where each percentage's numeral ends, in the sentence)."""
    for end in percent_ends:
        m = OF_NOUN_RE.match(sentence, end)
        if m is not None and m.group(1) not in NOT_NOUNS:
            return m.group(1)[:STEM]
    return None


def speaks_of(sentence: str, measure: str) -> bool:
    return re.search(rf"\b{re.escape(measure)}", sentence.lower()) is not None
