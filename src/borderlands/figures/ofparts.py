"""The last of two parts of a whole its sentence opens on (issue #14): "Of the 5,806 who set
out, 23 died on the way, and the settlements received 5,783"; "Of the 538 fugitives, 471
were caught and 67 were still at large"; "Of these families 2,318 were settlers' households
and 1,094 were foresters'" (the whole, 3,412, printed in the sentence before).

The grammar read: a sentence that opens "Of the W" (or "Of these", "Of them", its whole then
the one count of the sentence before larger than the first part), and prints after it
exactly two more counts of the same kind, the second after an "and". The two parts then
split the whole, and the second is what the first leaves of it: no other reading is
offered, so a usual slip is read as well as a fit. A part cued as a rest ("the remaining
548") is left to the rest families."""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, count_remainder, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count

OF_WHOLE_RE = re.compile(r"\s*Of\s+(?:the|its|their|all)\s+$")
OF_THESE_RE = re.compile(r"\s*Of\s+(?:these|them|those)\b")
AND_RE = re.compile(r"\band\b")
#: A part that the words give as a rest, or a rate, or a part of a part: not read here.
NOT_SPLIT_RE = re.compile(
    r"\b(?:remaining|rest|other|others|last|further|another|of those|of them|of whom|each|"
    r"per|a head|to a|in every|for every)\b",
    re.I,
)


def of_split(s: Sentence, before: list[Located]) -> Finding | None:
    """The second part's verdict, or None when the sentence is no such split."""
    if not s.text.lstrip().startswith("Of "):
        return None
    text = s.passage.text
    counts = [f for f in s.figures if is_thing_count(f)]
    if OF_THESE_RE.match(text, s.start) is not None:
        if len(counts) != 2:
            return None
        first_mid = counts[0].quantity.mid
        wholes = [f for f in before if is_thing_count(f) and f.quantity.mid > first_mid]
        if len(wholes) != 1:
            return None
        whole, (first, second) = wholes[0], counts
    elif len(counts) == 3 and OF_WHOLE_RE.fullmatch(text[s.start : counts[0].quantity.start]):
        whole, first, second = counts
    else:
        return None
    gap = text[first.quantity.phrase_end : second.quantity.start]
    lead = text[max(s.start, second.quantity.start - 20) : second.quantity.start]
    if AND_RE.search(gap) is None or NOT_SPLIT_RE.search(f"{gap} {lead}") is not None:
        return None
    tail = text[second.quantity.end : min(s.end, second.quantity.end + 20)]
    if NOT_SPLIT_RE.search(tail) is not None or "%" in tail or "percent" in tail:
        return None
    units = {f.quantity.unit for f in (whole, first, second) if f.quantity.unit
             and not f.quantity.unit_implied}  # fmt: skip
    if len(units) > 1 or not whole.quantity.mid > first.quantity.mid:
        return None
    return count_remainder(second, whole, first, f"of {printed(whole)}, {printed(first)} leave")
