"""The two sides of a verb of comparison ("outnumbered", "exceeded", "fell short of") are
figures of its own clause and of one kind: "Suistamo took 62 head for every hundred of its
people, and in Harlu the people outnumbered the cattle two to one" sets nothing of the first
clause against the second; "about 1 per cent of the 286,400 ..., and the Koreans outnumbered
them" sets no share against a count; "2,460 of the workers fell short of their norm, while
1,890 of the 12,615 ..." compares each group with its norm, not the groups. A figure after
"by" is the gap between the sides ("... 68,407 left, so that those who left outnumbered those
who came by 8,633"): the other side is the first less the gap, never the gap itself."""

from __future__ import annotations

import re

from borderlands.figures.comparedfigures import per_unit
from borderlands.figures.passages import Located

#: where one clause gives way to another with its own subject
CLAUSE_BREAK_RE = re.compile(r";\s|,\s+(?:and|but|while|whereas|though|although)\s")
#: the gap the verb is said by: "outnumbered those who came by 8,633"
BY_BEFORE_RE = re.compile(r"\bby\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$")


def verb_sides(text: str, offset: int, verb_start: int, verb_end: int,
               figures: list[Located]) -> list[Located]:  # fmt: skip
    """The ``figures`` of the clause of the verb at ``verb_start:verb_end`` of sentence
    ``text`` (which starts at ``offset`` in its passage), when the first two are of one kind
    (two counts or two rates); else none."""
    start = max((m.end() for m in CLAUSE_BREAK_RE.finditer(text, 0, verb_start)), default=0)
    stop = CLAUSE_BREAK_RE.search(text, verb_end)
    end = stop.start() if stop is not None else len(text)
    own = [f for f in figures
           if offset + start <= f.quantity.start and f.quantity.end <= offset + end]  # fmt: skip
    if len(own) >= 2 and per_unit(own[0]) != per_unit(own[1]):
        return []
    return own


def gap_after_verb(text: str, offset: int, verb_end: int, sides: list[Located]) -> bool:
    """Whether the second of two ``sides`` is the gap the verb is said by ("by 8,633")."""
    if len(sides) != 2 or sides[1].quantity.start < offset + verb_end:
        return False
    before = text[: sides[1].quantity.start - offset]
    return BY_BEFORE_RE.search(before) is not None
