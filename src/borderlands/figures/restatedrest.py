"""A rest of a whole restated where the rest is told, its parts told just before (issue #14):
"Burgas took 28,640 of them, Haskovo 19,215, ... and Gyumyurdzhina 9,870. Of the 104,860,
that leaves 20,850 ..."; "... paid relief to 21,520 families ... . Of the 23,740 families on
the register, 1,220 had still received nothing"; "... bringing the returns to 11,275. Of the
17,365 removed, 6,900 never came back".

The grammar read: a sentence that opens "Of the W" and then gives a count R as what is left
("that leaves R", "the remaining R", or R followed by "never", "not", "still", "remained");
the parts are in the sentence before: its last list of counts of W's kind (items joined by
commas and "and"), or, where that sentence counts W's kind once or ends on a total reached
("bringing the returns to 11,275"), that one count. R is W less the parts: consistent on a
fit; inconsistent on a usual slip (a mistyped digit too where the part is that one count and
the rest is not rounded past its tens).
"""

from __future__ import annotations

import re

from borderlands.figures.accountedrest import has_rest_cue
from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    compatible,
    num,
    printed,
    slip_finding,
)
from borderlands.figures.listtotals import is_item, run_before
from borderlands.figures.passages import Located
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

OPENS_OF_RE = re.compile(r"^\s*Of\s+(?:the|its|their|these|those|all)\s+$")
LEFT_AFTER_RE = re.compile(
    r"^(?:\s+[a-z]+){0,3}?\s+(?:never|not|still|remained|stayed)\b", re.I
)
#: A count per unit, no part: "about 55 leva a family", "12 to a wagon", "3 per head".
PER_UNIT_AFTER_RE = re.compile(r"^\s+(?:[a-z]+\s+)?(?:to\s+an?|per|each|apiece|an?)\s+[a-z]+\b")
#: A count the sentence reaches as a total: "bringing the returns to 11,275".
REACHED_BEFORE_RE = re.compile(r"\bto\s+(?:some\s+|about\s+)?$", re.I)


def part_readings(whole: Located, previous: list[Located]) -> list[tuple[Located, ...]]:
    """The parts the sentence before gives for ``whole``: its last list, and its one count
    of the whole's kind or the total it ends on."""
    counts = [f for f in previous if is_item(f) and compatible(f, whole)
              and f.quantity.mid < whole.quantity.mid and f.quantity.mid == int(f.quantity.mid)
              and not PER_UNIT_AFTER_RE.match(f.passage.text[f.quantity.phrase_end :])]  # fmt: skip
    if not counts:
        return []
    out: list[tuple[Located, ...]] = []
    run = run_before(counts)
    if len(run) > 1:
        out.append(tuple(run))
    last = counts[-1]
    text = last.passage.text
    if len(counts) == 1 or REACHED_BEFORE_RE.search(text[max(0, last.quantity.start - 16) :
                                                          last.quantity.start]):  # fmt: skip
        out.append((last,))
    return out


def restated_rests(s: Sentence, before: Sentence | None, found: list[Finding]) -> list[Finding]:
    """``found`` with the rests of ``s`` of a whole restated at its opening, where ``found``
    read none (a reading left unverifiable there yields to this one)."""
    if not s.text.lstrip().startswith("Of ") or before is None or before.passage is not s.passage:
        return found
    counts = s.counts
    if len(counts) < 2:
        return found
    text = s.passage.text
    whole, r = counts[0], counts[1]
    if OPENS_OF_RE.match(text[s.start : whole.quantity.start]) is None:
        return found
    if any(f.start == r.quantity.start and f.verdict != Verdict.unverifiable for f in found):
        return found
    if not (has_rest_cue(s, r) or LEFT_AFTER_RE.match(text[r.quantity.phrase_end :])):
        return found
    q = r.quantity
    readings = part_readings(whole, list(before.figures))
    out = []
    for parts in readings:
        value = whole.quantity.mid - sum(p.quantity.mid for p in parts)
        if value > 0 and accepts_count(q, value):
            out = [rest_finding(r, whole, parts, value)]
            break
    else:
        for parts in readings:
            value = whole.quantity.mid - sum(p.quantity.mid for p in parts)
            formula = f"{printed(whole)} - " + " - ".join(printed(p) for p in parts)
            slip = value > 0 and slip_finding(
                "remainder", r, value, formula, (whole, *parts),
                "the whole less the parts told before it", usual_only=True,
                mistyped=len(parts) == 1 and q.step <= 10,
            )  # fmt: skip
            if slip:
                out = [slip]
                break
    return superseded(found, out)


def rest_finding(r: Located, whole: Located, parts: tuple[Located, ...], value: float) -> Finding:
    q = r.quantity
    listed = " - ".join(printed(p) for p in parts)
    return Finding(
        "remainder", q.start, q.end, q.mid, Verdict.consistent, f"{printed(whole)} - {listed}",
        value, (whole, *parts),
        f"what remains of {printed(whole)} after {listed.replace(' - ', ' and ')} is {num(value)}",
    )  # fmt: skip
