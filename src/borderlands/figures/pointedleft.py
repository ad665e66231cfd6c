"""A share of a count the sentence before ends on, whose own sentence prints what that count
left of the whole: "The commission struck 2,915 persons off the lists in all: 1,240 ...,
1,108 ... and 567 .... That was 7.6% of the German population, and it left 35,545 to be
transferred."

The sentence opens by pointing back ("That was", "These were") at the total of the sentence
before (the count its other counts add up to, or its only count); it prints no count but the
rest after "left"/"leaving". The whole is the part and the rest together, both named by the
words, so the reading is as sure as "2,915 of 38,460".
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: The sentence points back: "That was 7.6%", "These were 12 percent", "This made up".
POINTING_RE = re.compile(
    r"\s*(?:That|This|These|Those|They)\s+(?:figure\s+|number\s+|total\s+)?"
    r"(?:was|were|made\s+up|came\s+to|amounted\s+to|represented|formed)\b"
)
#: Right before the rest: "and it left", "leaving", "which left", ", and so left".
LEFT_BEFORE_RE = re.compile(r"\b(?:left|leaving|leaves)\s+(?:only\s+|just\s+|some\s+)?$")


def total_of_sentence(counts: list[Located]) -> Located | None:
    """The count a sentence ends its account on: its only count, or the one the others add
    up to exactly."""
    if len(counts) == 1:
        return counts[0]
    for f in counts:
        rest = sum(g.quantity.mid for g in counts if g is not f)
        if len(counts) > 2 and abs(rest - f.quantity.mid) < 0.5:
            return f
    return None


def pointed_part_and_rest(
    text: str, sentence_start: int, claim: Located, own: list[Located], previous: list[Located]
) -> tuple[Located, Located] | None:
    """(part, rest) of a share whose sentence points back at the sentence before's total
    (``previous``: its counts) and prints only the rest it left (``own``: its counts)."""
    if POINTING_RE.match(text, sentence_start) is None or len(own) != 1:
        return None
    rest = own[0]
    if rest.quantity.start < claim.quantity.end or LEFT_BEFORE_RE.search(
        text, max(sentence_start, rest.quantity.start - 20), rest.quantity.phrase_start
    ) is None:  # fmt: skip
        return None
    part = total_of_sentence(previous)
    return (part, rest) if part is not None else None
