"""Whether a superlative ranks what a series of counts counts. "so that the Saruhan
families had the largest allotments" ranks allotments (land over households), while the
counts printed beside the names are acres and households: the order of those counts can
make no such claim wrong. A plural noun right after the superlative word that no count of
the series has near it names another measure; a singular one ("the largest group", "the
busiest month") names the members themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from borderlands.figures.passages import Located

PLURAL_NOUN_AFTER_RE = re.compile(r"\s+([a-z]{4,}s)\b")
STEM = 5  # letters of a noun compared: "allotments" / "allotment"
NEAR = 40  # characters either side of a count searched for the noun


def ranks_another_measure(text: str, word_end: int, counts: Iterable[Located]) -> bool:
    """Whether the plural noun after a superlative (ending at ``word_end`` in ``text``) is
    printed near none of ``counts``."""
    m = PLURAL_NOUN_AFTER_RE.match(text, word_end)
    if m is None:
        return False
    stem = m.group(1)[:STEM]
    for f in counts:
        around = f.passage.text[max(0, f.quantity.start - NEAR) : f.quantity.end + NEAR]
        if stem in around.lower():
            return False
    return True
