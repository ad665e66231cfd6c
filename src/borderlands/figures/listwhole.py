"""A fraction in words apposed to one count of a list, "of the whole": "Holders of Greek
passports numbered 15,420 and Soviet citizens of Greek origin 11,905, nearly a third of the
whole; Turkish subjects came to 4,210, and the Dashnaks to 6,425". The whole is what the
list divides: the sum of its counts, when the sentence prints no total of them. The
fraction is judged on that sum only when it fits; a miss is left to the other rules (the
list may leave a group out), so no slip is ever called on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.kinds import compatible, is_count
from borderlands.figures.passages import Located

#: "of the whole", "of the total", "of all of them": a whole the fraction's words leave unnamed
OF_WHOLE_RE = re.compile(r"\s+of\s+(?:the\s+(?:whole|total)|all\s+of\s+them)\b", re.I)
#: between a count and the fraction apposed to it: ", ", ", or ", ", that is "
APPOSED_RE = re.compile(r",\s*(?:or\s+|that\s+is\s+|some\s+)?", re.I)
#: a list has at least three members
LEAST_MEMBERS = 3
#: the words before a count that make it a year or a date, no member
YEARISH_RE = re.compile(r"\b(?:in|of|since|by|until)\s+$", re.I)


def list_parts(
    text: str, phrase_start: int, phrase_end: int, own: Sequence[Located]
) -> tuple[Located, list[Located]] | None:
    """The count a fraction "of the whole" is apposed to and the list of its sentence it is
    a member of (all the sentence's counts of its kind), or None: also when one count is
    the sum of the others (the sentence prints the whole)."""
    if OF_WHOLE_RE.match(text, phrase_end) is None:
        return None
    part = next((f for f in own if f.quantity.end <= phrase_start
                 and APPOSED_RE.fullmatch(text, f.quantity.end, phrase_start)), None)  # fmt: skip
    if part is None:
        return None
    members = [f for f in own if is_count(f) and compatible(f, part) and f.quantity.unit != "year"
               and not YEARISH_RE.search(text, max(0, f.quantity.start - 8), f.quantity.start)]
    if len(members) < LEAST_MEMBERS or part not in members:
        return None
    total = sum(f.quantity.mid for f in members)
    if any(abs(2 * f.quantity.mid - total) < 0.5 for f in members):
        return None  # a total among them
    return part, members
