"""Wholes named by their noun: "28 per 1,000 settlers" is a rate on the count of settlers the
text gave before ("186,400 special settlers"), however far back. The whole is found by the
noun printed right after a count, not by trying values, so it is not a chance fit.
"""

from __future__ import annotations

import bisect
import re

from borderlands.figures.passages import Located

STEM = 6  # "settlers" and "settler", "prisoners" and "prisoner" share six letters
NOUN_AFTER_RE = re.compile(r"^(?:\s+([a-z][a-z-]+))(?:\s+([a-z][a-z-]+))?")
#: "per 1,000 settlers": the noun of a rate per thousand.
PER_NOUN_RE = re.compile(r"\bper\s+(?:1,000|1000|thousand)\s+([a-z][a-z-]{3,})\b")
SHORT_NOUNS = frozenset(("men", "man"))  # "17,315 men": short, but what is counted
NOT_NOUNS = frozenset(("were", "was", "had", "have", "from", "with", "into", "over", "under",
                       "each", "more", "less", "than", "that", "this", "they"))  # fmt: skip


def stem(word: str) -> str:
    return word.lower()[:STEM]


def rate_noun(text: str, start: int, end: int, paragraph_start: int) -> str | None:
    """The noun of a rate per thousand whose scale ends at ``end``: the word after it, or,
    when none is printed ("about 22 per 1,000."), that of the last rate per thousand named
    before it in the paragraph (the same population)."""
    m = re.match(r"\s+([a-z][a-z-]{3,})\b", text[end : end + 30])
    if m is not None and m.group(1) not in NOT_NOUNS:
        return stem(m.group(1))
    named = list(PER_NOUN_RE.finditer(text, paragraph_start, start))
    named = [n for n in named if n.group(1) not in NOT_NOUNS]
    return stem(named[-1].group(1)) if named else None


class NounIndex:
    """Counts by the stems of the (at most two) words printed right after them, in text
    order."""

    def __init__(self, counts: list[Located]) -> None:
        self.by_stem: dict[str, list[tuple[int, Located]]] = {}
        for f in counts:
            m = NOUN_AFTER_RE.match(f.passage.text[f.quantity.end : f.quantity.end + 40])
            if m is None:
                continue
            for word in m.groups():
                if word and (len(word) >= 4 or word in SHORT_NOUNS) and word not in NOT_NOUNS:
                    self.by_stem.setdefault(stem(word), []).append((f.raw_start, f))
        for found in self.by_stem.values():
            found.sort(key=lambda pair: pair[0])

    def wholes_before(self, noun: str, raw: int, above: float, limit: int = 8) -> list[Located]:
        """Up to ``limit`` counts of ``noun`` printed before raw offset ``raw`` and larger
        than ``above``, nearest first."""
        found = self.by_stem.get(noun, [])
        i = bisect.bisect_left(found, raw, key=lambda pair: pair[0])
        return [f for _, f in reversed(found[:i]) if f.quantity.mid > above][:limit]
