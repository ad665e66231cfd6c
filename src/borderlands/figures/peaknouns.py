"""Whether a superlative ranks what a series of counts counts. "so that the Saruhan
families had the largest allotments" ranks allotments (land over households), while the
counts printed beside the names are acres and households: the order of those counts can
make no such claim wrong. A plural noun right after the superlative word that no count of
the series has near it names another measure; a singular one ("the largest group", "the
busiest month") names the members themselves. "The most" and "the least" before any
other word grade that word ("the most remote of the four", "the least crowded"): a
quality, not the count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from borderlands.figures.passages import Located

PLURAL_NOUN_AFTER_RE = re.compile(r"\s+([a-z]{4,}s)\b")
#: The word after "most" or "least": an adjective it grades, unless a preposition.
GRADED_WORD_RE = re.compile(r"\s+([a-z]{3,})\b")
NOT_GRADED = frozenset(("of", "among", "and", "with", "from", "into", "for", "was", "were"))
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


def grades_a_quality(text: str, word_end: int, counts: Iterable[Located]) -> bool:
    """Whether "most" or "least" ending at ``word_end`` grades the word after it ("the most
    remote"), not the count: any word but a preposition, and a plural noun only when no
    count has it near (see ``ranks_another_measure``: "the most settlers" is the count)."""
    m = GRADED_WORD_RE.match(text, word_end)
    if m is None or m.group(1) in NOT_GRADED:
        return False
    if m.group(1).endswith("s"):
        return ranks_another_measure(text, word_end, counts)
    return True
