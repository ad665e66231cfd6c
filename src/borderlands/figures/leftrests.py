"""What is left of a whole after the parts its clause takes away (issue #14): "The zone had
64 councils. The first wave abolished 23 of them and the second another 29, so that 52 had
gone, and only 12 survived"; "Of the 35,796 persons, 12,420 were children and 4,306 were
over sixty. ... the able-bodied numbered only 19,070".

The grammar read: the rest is marked by a word of what is left right before it ("leaving",
"left", "only") or a verb of staying right after it ("survived", "remained", "were
still"). The whole is the first count of the rest's sentence when it is larger than all
its other counts before the rest ("The strip held 64 villages; 47 ... and 11 ...,
leaving 6"); when the rest's sentence names no count before it, the whole and the parts
are those of the sentence before, the whole its first count ("Of the 35,796 persons, ...");
when the first part points back ("23 of them"), the whole is the last count of the
sentence before. The parts are every count between the whole and the rest; a count that
is the sum of the parts before it is their subtotal and replaces them; an estimate
("nearly seventeen thousand") is no part. The words name the whole and every part: a fit
is consistent; a usual slip is called only where the whole, the parts and the rest share
one sentence; anything else is left to the other readings. A rest read on fewer of the
parts ("92 hamlets; 51 burned and 17 emptied, leaving 42" read as 92 - 51) yields to this
reading; any other reading of the figure stands.
"""

from __future__ import annotations

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
from borderlands.figures.placerates import is_plain_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of what is left.
CUE_WORDS = frozenset({"leaving", "left", "only", "survived", "remained", "still"})
LEFT_BEFORE_RE = re.compile(r"\b(?:leaving|left|only)\s+(?:about\s+|some\s+)?$", re.I)
STAYED_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:survived|remained|were\s+still|was\s+still)\b", re.I
)
#: After a first part that points back to the whole: "23 of them", "120 of these".
OF_THEM_RE = re.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:them|these|those)\b", re.I)
#: Right after a count that is a part of a whole before it: "2,100 of them", "300 of whom".
PART_OF_THEM_RE = re.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:them|whom|these|those)\b", re.I)


def left_rests(
    s: Sentence, before: Sentence | None, found: list[Finding]
) -> list[Finding]:
    """``found`` with the rests of ``s`` read against the whole and parts its words name."""
    if not s.figures or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    out: list[Finding] = []
    for i, r in enumerate(s.figures):
        q = r.quantity
        if not is_plain_count(r):
            continue
        lead = text[max(s.start, q.phrase_start - 20) : q.phrase_start]
        if not (LEFT_BEFORE_RE.search(lead) or STAYED_AFTER_RE.match(text, q.phrase_end, s.end)):
            continue
        read = rest_reading(s, r, [f for f in s.figures[:i] if counts(f)], before)
        if read is None:
            continue
        other = [f for f in found if f.start == q.start and f.verdict != Verdict.unverifiable]
        if all(f.kind == "remainder" and len(f.inputs) < len(read.inputs) for f in other):
            # a reading on fewer of the parts the words name yields to this one
            found = [f for f in found if f not in other]
            out.append(read)
    return superseded(found, out) if out else found


def counts(f: Located) -> bool:
    """A count that may be a whole or a part: plain and no estimate."""
    return is_plain_count(f) and not f.quantity.approx


def rest_reading(
    s: Sentence, r: Located, own: list[Located], before: Sentence | None
) -> Finding | None:
    """The rest ``r`` against the whole and the parts named before it."""
    previous = (
        [f for f in before.figures if counts(f)]
        if before is not None and before.passage is s.passage else []
    )  # fmt: skip
    same_sentence = False
    if len(own) >= 2 and all(own[0].quantity.mid > f.quantity.mid for f in own[1:]):
        whole, parts = own[0], own[1:]
        same_sentence = True
    elif own and previous and OF_THEM_RE.match(s.passage.text, own[0].quantity.end):
        whole, parts = previous[-1], own
    elif not own and len(previous) >= 3:
        whole, parts = previous[0], previous[1:]
    else:
        return None
    if any(not compatible(p, whole) for p in parts) or not compatible(r, whole):
        return None
    rq, wq = r.quantity, whole.quantity
    if rq.unit and not rq.unit_implied and rq.unit != wq.unit:
        return None  # "340 houses ... only 14 families returned": the rest counts another noun
    parts = without_subtotals(parts)
    value = whole.quantity.mid - sum(p.quantity.mid for p in parts)
    if value <= 0 or whole.quantity.mid <= max(p.quantity.mid for p in parts):
        return None
    q = r.quantity
    formula = f"{printed(whole)} - " + " - ".join(printed(p) for p in parts)
    inputs = (whole, *parts)
    if accepts_count(q, value):
        return Finding(
            "remainder", q.start, q.end, q.mid, Verdict.consistent, formula, value, inputs,
            f"what is left of {printed(whole)} after "
            f"{' and '.join(printed(p) for p in parts)} is {num(value)}",
        )  # fmt: skip
    if not same_sentence:
        return None
    return slip_finding("remainder", r, value, formula, inputs,
                        "the whole and the parts its sentence names", usual_only=True)  # fmt: skip


def without_subtotals(parts: list[Located]) -> list[Located]:
    """``parts`` with each run that a later part adds up replaced by that subtotal."""
    out: list[Located] = []
    for p in parts:
        if len(out) >= 2 and abs(sum(f.quantity.mid for f in out) - p.quantity.mid) < 0.5:
            out = [p]
        else:
            out.append(p)
    return out
