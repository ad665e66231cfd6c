"""A comparative of manner: "men found work more readily than women", "the Roma were turned
back more often". The word after "more"/"less" is an adverb, no noun the comparison counts,
and it says how often a thing befell each group: a rate of each group's members (x of y),
never the bare counts x, which grow with the size of the group."""

from __future__ import annotations

import re

#: an adverb right after the comparative: "-ly" words and the few of frequency without it
MANNER_AFTER_RE = re.compile(r"\s+(?:[a-z]{2,}ly|often|frequently|seldom)\b(?!\s+of\b)")


def says_manner(text: str, cue_end: int) -> bool:
    """Whether the comparative ending at ``cue_end`` is followed by an adverb of manner."""
    return MANNER_AFTER_RE.match(text, cue_end) is not None
