"""Whether a share's reading rests on the figures its sentence names for the things it
compares, before a slip is read into it.

A share set right after a count, in brackets or after a comma ("3,904 persons (48.2
percent of the arrivals)", "a total of 17,260, or 18.9% of the settlers", "12,509 in all,
or 41.6 percent"), is a share of that count: its part is the count it is apposed to.
When that count closes a part-of-whole pair ("3,164 of the 5,412 families (58.5%)"), the
pair is the share's part and whole. A reading that puts another part over the whole, or
the apposed count itself in the whole's place, or that divides counts of two kinds of
thing (persons by families), is not the one the sentence names: a miss on it is no slip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.kinds import compatible
from borderlands.figures.partpairs import side_by_side
from borderlands.figures.passages import Located

#: Between a count and the share apposed to it: a few words of the count's own clause
#: ("persons", "in all", "were children under sixteen"), then a bracket or a comma.
APPOSED_GAP_RE = re.compile(r"[^\d()%;:.,]{0,40}(?:\(\s*|,\s*(?:or\s+|that is,?\s+)?)")
#: A count printed as the part of the next one: "3,164 of the 5,412", "874 of its 5,180".
PART_OF_GAP_RE = re.compile(r"\s+(?:\w+\s+)?(?:out\s+)?of\s+(?:the|its|their|all|these|those)?\s*")
#: A bracket that opens on a change rather than a part: "(a fall of 16.9 percent)".
CHANGE_WORD_RE = re.compile(
    r"\b(?:fall|drop|decline|loss|rise|increase|growth|down|up|more|less|fewer)\b", re.I
)


@dataclass(frozen=True, slots=True)
class ApposedPart:
    """The count a share is apposed to, and the whole of its part-of-whole pair if any."""

    part: Located
    whole: Located | None


def apposed_part(claim: Located, counts: list[Located]) -> ApposedPart | None:
    """The count of the claim's sentence that the share is set right after, or None.
    ``counts`` are the sentence's counts in text order."""
    text = claim.passage.text
    before = [f for f in counts if f.quantity.phrase_end <= claim.quantity.phrase_start]
    if not before:
        return None
    last = before[-1]
    gap = text[last.quantity.phrase_end : claim.quantity.phrase_start]
    if not APPOSED_GAP_RE.fullmatch(gap) or CHANGE_WORD_RE.search(gap):
        return None
    if len(before) > 1:
        first = before[-2]
        between = text[first.quantity.phrase_end : last.quantity.phrase_start]
        if PART_OF_GAP_RE.fullmatch(between) and first.quantity.mid < last.quantity.mid:
            return ApposedPart(first, last)
    return ApposedPart(last, None)


def misread(inputs: tuple[Located, ...], apposed: ApposedPart | None) -> str | None:
    """Why a share's reading on ``inputs`` (part, whole) is not the one its sentence names,
    or None when nothing shows it is not."""
    if len(inputs) != 2:
        return None
    part, whole = inputs
    if not compatible(part, whole):
        return "its part and whole count different things"
    if side_by_side(part, whole):
        return "its part and whole are printed side by side as two members"
    if apposed is None:
        return None
    if apposed.whole is not None:
        if part is apposed.part and whole is apposed.whole:
            return None
        return "the sentence prints its part and whole side by side, and this is not that pair"
    if part is not apposed.part:
        return "the share is set after the count it is of, and this reading's part is another"
    return None
