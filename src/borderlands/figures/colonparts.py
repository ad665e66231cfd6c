"""A whole split after a colon into the parts of a list: "The operation engaged 9,400 men:
6,100 in the villages, 2,000 on the railway and 1,300 in reserve", "By 1958, 40,120 had come
home: 22,460 in 1957 and 17,660 in 1958".

The grammar names every input: the whole is the count right before the colon, the parts are
the counts of the list after it, one an item (items cut by commas and "and"; the item after
a bare "and" is the last). The whole is
read as their sum (a fit consistent, a usual slip inconsistent), and the last part, which a
writer often finds by subtraction, as what the whole leaves after the others (fits only).
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    compatible,
    num,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: From the whole to its colon: a few words, no figure, no stop.
TO_COLON_RE = re.compile(r"^[^:.;\d]{0,60}?:\s")
#: Between two listed parts: the end of one item and the start of the next.
ITEM_CUT_RE = re.compile(r"^[^.;:]*?(?:,|\band\b)[^.;:]*$")
#: The join of a list's last item: "and" with no comma after it ("5,100 on the railway and
#: 3,500 in reserve"); a count after that item opens a clause of its own (", and about 4,000
#: activists were attached to them").
LAST_JOIN_RE = re.compile(r"^[^,.;:]*\band\b[^,.;:]*$")


def listed_after_colon(s: Sentence, w: Located) -> list[Located]:
    """The parts of the list after the colon that follows ``w``, or none."""
    text = s.passage.text
    m = TO_COLON_RE.match(text[w.quantity.phrase_end : s.end])
    if m is None:
        return []
    colon = w.quantity.phrase_end + m.end()
    end = min((i for i in (text.find(";", colon, s.end), s.end) if i >= 0), default=s.end)
    parts = list(itertools.takewhile(
        lambda f: f.quantity.mid < w.quantity.mid,  # "..., or 81 percent of the 96,480" ends it
        (f for f in s.counts if colon <= f.quantity.start < end),
    ))  # fmt: skip
    for i, (a, b) in enumerate(itertools.pairwise(parts)):
        between = re.sub(r"\([^)]*\)", "", text[a.quantity.end : b.quantity.start])
        if not ITEM_CUT_RE.match(between):
            return []
        if LAST_JOIN_RE.match(between):
            parts = parts[: i + 2]  # the list ends at its item after "and"
            break
    if len(parts) < 2 or not all(compatible(p, w) for p in parts):
        return []
    return parts


def colon_parts(s: Sentence, found: list[Finding]) -> list[Finding]:
    """The wholes of ``s`` split after a colon, and the last of their parts."""
    if ":" not in s.text:
        return []
    taken = {f.start for f in found}
    out = []
    for w in s.counts:
        parts = listed_after_colon(s, w)
        if not parts or w.quantity.approx:
            continue
        added = sum(p.quantity.mid for p in parts)
        formula = " + ".join(printed(p) for p in parts)
        q = w.quantity
        if q.start not in taken:
            if accepts_count(q, added):
                out.append(Finding(
                    "sum", q.start, q.end, q.mid, Verdict.consistent, formula, added,
                    tuple(parts), f"the parts listed after it add up to {num(added)}",
                ))  # fmt: skip
            elif (slip := slip_finding("sum", w, added, formula, tuple(parts),
                                       "the parts listed after it", usual_only=True)):  # fmt: skip
                out.append(slip)
        last, others = parts[-1], parts[:-1]
        rest = q.mid - sum(p.quantity.mid for p in others)
        if last.quantity.start not in taken and rest > 0 and accepts_count(last.quantity, rest):
            out.append(Finding(
                "remainder", last.quantity.start, last.quantity.end, last.quantity.mid,
                Verdict.consistent, f"{printed(w)} - " + " - ".join(printed(p) for p in others),
                rest, (w, *others),
                f"what remains of {printed(w)} after the other parts listed is {num(rest)}",
            ))  # fmt: skip
    return out
