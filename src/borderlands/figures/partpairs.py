"""Two figures printed as a part and its whole ("where 431 of the 22,135 died") make one
proportion, not two things set against each other: a comparison read as the part against
its whole compares nothing the sentence compares, and no slip is read into it (a reading
that happens to hold is left as it was: tests/test_figures_kinds.py keeps one such).
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.passages import Located

#: The words between a part and its whole: "of the", "deaths among its", "out of".
PART_OF_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+)?")


def part_and_its_whole(figures: list[Located], a: float, b: float) -> bool:
    """Whether the values ``a`` and ``b`` compared are two figures printed one after the
    other as a part and its whole."""
    for x, y in itertools.pairwise(figures):
        if {x.quantity.mid, y.quantity.mid} != {a, b} or x.quantity.mid >= y.quantity.mid:
            continue
        if PART_OF_RE.fullmatch(x.passage.text[x.quantity.end : y.quantity.start]):
            return True
    return False


#: Two counts set side by side with their nouns: "514 deaths and 186 births".
SIDE_BY_SIDE_RE = re.compile(r"\s+([a-z]{3,})\s*,?\s+(?:and|or|against)\s+")
NOUN_AFTER_RE = re.compile(r"\s+([a-z]{3,})\b")


def side_by_side(a: Located, b: Located) -> bool:
    """Whether two counts are printed as coordinate members, each with a noun of its own
    ("514 deaths and 186 births"): neither is the other's whole. A count followed by a verb
    ("5,000 prisoners and 400 died") may be a part of the one before."""
    first, second = sorted((a, b), key=lambda f: f.quantity.start)
    if first.passage is not second.passage:
        return False
    text = first.passage.text
    m = SIDE_BY_SIDE_RE.fullmatch(text[first.quantity.end : second.quantity.start])
    after = NOUN_AFTER_RE.match(text, second.quantity.end)
    if m is None or after is None:
        return False
    one, other = m.group(1).lower(), after.group(1).lower()
    return one != other and not other.endswith("ed") and not one.endswith("ed")


#: Two counts of two kinds joined as one thing's equipment or spread: "1,350 workers with
#: 270 lorries", "27 posts spread over 180 farms".
APART_GAP = 60  # characters between the two counts, at most
JOINED_APART_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?([a-z]{3,})\s+(?:with|spread\s+over|over|for)\s+(?:some\s+|about\s+)?"
)


def joined_apart(a: Located, b: Located) -> bool:
    """Whether two counts of one sentence count two kinds of thing set beside each other
    ("1,350 workers with 270 lorries"), so that neither is a part of the other (they may
    still be two parts of a party: "1,200 settlers with 300 children")."""
    if a.passage is not b.passage:
        return False
    first, second = (a, b) if a.quantity.start < b.quantity.start else (b, a)
    if not 0 < second.quantity.start - first.quantity.end <= APART_GAP:
        return False
    text = first.passage.text
    between = text[first.quantity.end : second.quantity.start]
    if " with " not in between and " over " not in between and " for " not in between:
        return False
    m = JOINED_APART_RE.fullmatch(text, first.quantity.end, second.quantity.start)
    after = NOUN_AFTER_RE.match(text, second.quantity.end)
    if m is None or after is None:
        return False
    one, other = m.group(1).lower(), after.group(1).lower()
    return one[:4] != other[:4] and not other.endswith("ed")
