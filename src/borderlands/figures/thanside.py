"""Which of two compared sides a comparative is said of, read from the words after "than".

A comparative that follows both sides ("Viipuri had 104,600 of its 148,320 back, while only
29,800 of Salmi's 58,755 had come, a share lower than Viipuri's"; "the Balts lost 1,000 and
the Poles 900, fewer than the Balts") names its other side after "than". When those words
stand in the first side's stretch of the sentence and nowhere in the second's, the first
side is the other one and the comparative is said of the second: the sides are swapped.
Words that name both stretches, or neither, or a "than" clause with a figure, a verb or a
time of its own ("than Dolna had sent in 1939"), leave the order as printed.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: the words after "than" up to the end of its clause
THAN_WORDS_RE = re.compile(r"\s*than\s+([^,;:.()\d]{1,60})", re.I)
#: a verb or a time in the words after "than": they say a clause or another time, not the
#: other side of the sentence's two
CLAUSE_WORDS_RE = re.compile(
    r"\b(?:had|has|have|was|were|is|are|did|does|do|been|would|could|should|might|"
    r"before|after|earlier|later|previous|year|years|month|months)\b",
    re.I,
)
NAME_RE = re.compile(r"[A-Za-z\u00c0-\u024f][a-z\u00df-\u024f]{3,}")
STEM = 5
PLAIN = frozenset((
    "that", "those", "these", "this", "there", "their", "them", "they", "which", "with",
    "from", "into", "among", "other", "others", "before", "after", "year", "years",
    "people", "persons", "share", "proportion", "rate", "figure", "number", "count",
))  # fmt: skip


def name_stems(text: str) -> frozenset[str]:
    return frozenset(
        w.lower()[:STEM] for w in NAME_RE.findall(text) if w.lower() not in PLAIN
    )


def than_names_first(figures: list[Located], sentence_start: int, cue_end: int) -> bool:
    """Whether the comparative ending at ``cue_end`` (after every figure of its two sides:
    two counts, or two part-of-whole pairs) names the first side after its "than"; the
    caller has checked that the figures are counts."""
    if len(figures) == 2:
        split, last = figures[0], figures[1]
    elif len(figures) == 4:
        split, last = figures[1], figures[3]
    else:
        return False
    text = last.passage.text
    if last.quantity.end > cue_end:
        return False
    after = THAN_WORDS_RE.match(text, cue_end)
    if after is None or CLAUSE_WORDS_RE.search(after.group(1)):
        return False  # "than Dolna had sent in 1939": a clause of its own, not a side
    named = name_stems(after.group(1))
    first = name_stems(text[sentence_start : split.quantity.end])
    second = name_stems(text[split.quantity.end : last.quantity.end])
    return bool(named & first) and not named & second
