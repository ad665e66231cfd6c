"""The rest of a whole across sentences: "The 12,300 Poles of the district were registered in
1940. In the first winter 1,850 died and 2,400 were moved north. The rest, 8,050, stayed."

The remainder's sentence prints no other count; the sentence before lists the parts (every
count it prints of the same thing) and the whole stands before them, as the one count of the
sentence before the parts or as the count their own sentence introduces ("Of the 12,300,
1,850 died and 2,400 ..."). Every count of those sentences is then accounted for, so the
inputs are named: a fit is consistent, and a usual slip inconsistent.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    REST_RE,
    Finding,
    Sentence,
    compatible,
    fit_or_slip,
    num,
    printed,
)
from borderlands.figures.passages import Located

OF_THE_START_RE = re.compile(r"^\s*(?:Of|Out of|Among) (?:the|its|their|these|those|all)?\s*$")


def carried_rest(
    s: Sentence, r: Located, sentence_counts: dict[int, list[Located]]
) -> Finding | None:
    """``r`` ("the rest, 8,050") as the whole less the parts of the sentence before.
    ``sentence_counts``: the counts (no shares, no rates) of each sentence of the passage."""
    q = r.quantity
    text = s.passage.text
    before = text[max(s.start, q.phrase_start - 30) : q.phrase_start]
    others = [f for f in sentence_counts.get(s.index, []) if f is not r]
    if REST_RE.search(before) is None or others:
        return None
    parts = sentence_counts.get(s.index - 1, [])
    if not parts or not all(compatible(p, r) for p in parts):
        return None
    start = s.passage.sentences[s.index - 1][0]
    first = parts[0]
    if OF_THE_START_RE.match(text[start : first.quantity.phrase_start]) and len(parts) >= 2:
        whole, parts = first, parts[1:]
    else:
        earlier = sentence_counts.get(s.index - 2, [])
        if len(earlier) != 1 or not compatible(earlier[0], r):
            return None
        whole = earlier[0]
    value = whole.quantity.mid - sum(p.quantity.mid for p in parts)
    if value <= 0:
        return None
    listed = " - ".join(printed(p) for p in parts)
    formula = f"{printed(whole)} - {listed}"
    inputs = (whole, *parts)
    return fit_or_slip(
        "remainder", r, value, formula, inputs,
        f"what remains of {printed(whole)} after {listed.replace(' - ', ' and ')} (the "
        f"sentences before) is {num(value)}",
        "the whole and the parts of the sentences before", usual_only=True,
    )
