"""A total raised from a base by the parts added to it, all in one sentence: "A first grant
of 4,200,000 rubles was raised to a total of 7,900,000 by adding 2,300,000 in May and
1,400,000 in August", "raised the number from 3,100 to 3,760 by adding 410 and 250".

The grammar names every input: the parts follow "by adding", the base is the one count the
sentence prints before the total. A fit is consistent and a usual slip inconsistent; with no
base or more than one count before the total nothing is read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    compatible,
    fit_or_slip,
    num,
    printed,
)

TO_BEFORE_RE = re.compile(r"\bto\s+(?:a\s+total\s+of\s+)?$", re.I)
BY_ADDING_AFTER_RE = re.compile(r"^(?:\s+[a-z]+){0,2}?\s+by\s+adding\b", re.I)


def added_totals(s: Sentence, found: list[Finding]) -> list[Finding]:
    """The totals of ``s`` raised "to T by adding" parts, not read already in ``found``."""
    if "adding" not in s.text:
        return []
    text = s.passage.text
    taken = {f.start for f in found}
    out = []
    for t in s.counts:
        q = t.quantity
        if q.start in taken or not TO_BEFORE_RE.search(text[max(s.start, q.start - 20) : q.start]):
            continue
        m = BY_ADDING_AFTER_RE.match(text[q.phrase_end : q.phrase_end + 40])
        if m is None:
            continue
        adding = q.phrase_end + m.end()
        parts = [f for f in s.counts if f.quantity.start >= adding and compatible(f, t)]
        bases = [f for f in s.counts if f.quantity.end <= q.start]
        if not parts or len(bases) != 1 or not compatible(bases[0], t):
            continue
        inputs = (bases[0], *parts)
        value = sum(f.quantity.mid for f in inputs)
        formula = " + ".join(printed(f) for f in inputs)
        read = fit_or_slip(
            "sum", t, value, formula, inputs,
            f"the base and the parts added to it come to {num(value)}",
            "the base and the parts added to it", usual_only=True,
        )  # fmt: skip
        if read is not None:
            out.append(read)
    return out
