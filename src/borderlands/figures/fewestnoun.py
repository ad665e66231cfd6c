""""The fewest barracks": a superlative of number names the noun it counts right after it.
When a list of people is printed before ("The trusts took 6,840, 5,215 ... people") and the
claim counts barracks, the list is not what it ranks: no verdict may rest on the list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

NUMBER_SUPERLATIVES = frozenset(("fewest",))
STEM = 5
NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)")
#: words after "fewest" that are no counted noun ("the fewest of the four", "the fewest in")
NOT_NOUNS = frozenset(("of", "among", "in", "by", "with", "and", "that", "which"))


def counts_another_noun(word: str, text: str, end: int, peers: Sequence[Located]) -> bool:
    """Whether the superlative ``word`` (ending at ``end`` of ``text``) counts a noun that
    neither the list's sentence nor the one before it prints."""
    if word.lower() not in NUMBER_SUPERLATIVES or not peers:
        return False
    m = NOUN_AFTER_RE.match(text, end)
    if m is None or m.group(1) in NOT_NOUNS:
        return False
    noun = m.group(1)[:STEM]
    first = peers[0]
    spans = first.passage.sentences
    if first.sentence >= len(spans):
        return False
    start, stop = spans[max(0, first.sentence - 1)][0], spans[first.sentence][1]
    return noun not in first.passage.text[start:stop].lower()
