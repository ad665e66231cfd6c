"""Those who arrived: the whole that set out less its dead (and with its newborn), issue #14.
"Of the 9,410 loaded, 31 died on the way and 6 infants were born, so that 9,385 reached the
settlements"; "On the road 53 of the 7,120 died, ... and the commandants signed for 7,067";
"On the road 57 persons died, 4.1 per 1,000 of those loaded, and the commandants entered
13,843 in their books" (the whole is the one the rate of the dead is taken of).

The grammar read: a count of the dead (a count followed by "died", "dead" or "perished", or
the one a rate per thousand of the sentence divides), the whole they were counted among
("Of the W", "D of the W", or the whole of that rate), the newborn added ("N infants were
born", "the N newborn"), and the count of those who arrived: a count of the sentence after
"entered", "signed for", "registered" or "had", or before "reached", "arrived", "were
unloaded", "were entered" or "to register". That count is the whole less the dead plus the
newborn: consistent on a fit, inconsistent on a usual slip, and otherwise not read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    compatible,
    fit_or_slip,
    is_count,
    num,
    printed,
)
from borderlands.figures.passages import Located
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of arriving.
ARRIVAL_WORDS = frozenset(
    {"reached", "arrived", "entered", "signed", "registered", "register", "unloaded", "had",
     "received", "counted"}
)
DEAD_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:died|dead|perished)\b", re.I)
#: "53 of the 7,120 died": the whole the dead are counted among, right after them.
OF_THE_AFTER_RE = re.compile(r"^\s+of\s+(?:the|its|their)\s+$", re.I)
OF_THE_BEFORE_RE = re.compile(r"\bOf\s+(?:the|its|their)\s+$")
BORN_AFTER_RE = re.compile(
    r"^\s*(?:(?:infants?|babies|children)\s+)?(?:were\s+|was\s+)?(?:born|newborns?)\b", re.I
)
ARRIVED_BEFORE_RE = re.compile(
    r"\b(?:entered|signed\s+for|registered|had|received|counted)\s+(?:some\s+)?$", re.I
)
ARRIVED_AFTER_RE = re.compile(
    r"^\s*(?:[a-z]+\s+){0,1}?(?:reached|arrived|were\s+unloaded|were\s+entered|"
    r"were\s+registered|to\s+register)\b",
    re.I,
)


def after(f: Located, length: int = 40) -> str:
    q = f.quantity
    return f.passage.text[q.phrase_end : q.phrase_end + length]


def before(f: Located, length: int = 40) -> str:
    q = f.quantity
    return f.passage.text[max(0, q.start - length) : q.start]


#: A total the sentence before marks as one: "59,820 in all", "84,316 altogether".
TOTAL_AFTER_RE = re.compile(r"^\s*(?:in\s+all|altogether|in\s+total)\b", re.I)


def dead_and_whole(
    s: Sentence, found: list[Finding], previous: Sentence | None = None
) -> tuple[Located, Located] | None:
    """The dead and the whole they were counted among, as the sentence names them, or (when
    it names none) the total the sentence before states ("... 59,820 in all. On the road
    408 persons died")."""
    counts = s.counts
    text = s.passage.text
    for i, d in enumerate(counts):
        nxt = counts[i + 1] if i + 1 < len(counts) else None
        if (
            nxt is not None
            and OF_THE_AFTER_RE.match(text[d.quantity.phrase_end : nxt.quantity.start])
            and DEAD_AFTER_RE.match(after(nxt))
        ):
            return d, nxt
        if not DEAD_AFTER_RE.match(after(d)):
            continue
        wholes = [w for w in counts[:i] if OF_THE_BEFORE_RE.search(before(w))]
        if wholes:
            return d, wholes[-1]
    for f in found:  # the rate of the dead per thousand names both
        if f.kind == "rate" and f.verdict == Verdict.consistent and len(f.inputs) == 2:
            d, w = sorted(f.inputs, key=lambda x: x.quantity.mid)
            if DEAD_AFTER_RE.match(after(d)):
                return d, w
    dead = [d for d in counts if DEAD_AFTER_RE.match(after(d))]
    if previous is None or previous.passage is not s.passage or len(dead) != 1:
        return None
    totals = [w for w in previous.counts if TOTAL_AFTER_RE.match(after(w))]
    if totals and totals[-1].quantity.mid > dead[0].quantity.mid:
        return dead[0], totals[-1]
    return None


def road_losses(
    s: Sentence, found: list[Finding], previous: Sentence | None = None
) -> list[Finding]:
    """``found`` with the counts of ``s`` of those who arrived read against the whole less
    its dead (a reading left unverifiable there yields to this one)."""
    if not s.says_any(ARRIVAL_WORDS) or not s.counts:
        return found
    pair = dead_and_whole(s, found, previous)
    if pair is None:
        return found
    dead, whole = pair
    born = [f for f in s.counts if BORN_AFTER_RE.match(after(f))]
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out = []
    for r in s.counts:
        q = r.quantity
        if r in (dead, whole, *born) or q.start in taken or not is_count(r):
            continue
        if not (compatible(r, whole) and compatible(dead, whole)):
            continue
        if not (ARRIVED_BEFORE_RE.search(before(r)) or ARRIVED_AFTER_RE.match(after(r))):
            continue
        if not dead.quantity.mid < q.mid < whole.quantity.mid + sum(b.quantity.mid for b in born):
            continue
        inputs = (whole, dead, *born)
        value = whole.quantity.mid - dead.quantity.mid + sum(b.quantity.mid for b in born)
        formula = " - ".join(printed(f) for f in (whole, dead)) + "".join(
            f" + {printed(b)}" for b in born
        )
        read = fit_or_slip(
            "remainder", r, value, formula, inputs,
            f"the {printed(whole)} less the {printed(dead)} dead"
            + (" with the newborn" if born else "") + f" leave {num(value)}",
            "the whole less its dead", usual_only=True, mistyped=True,
        )  # fmt: skip
        if read is not None:
            out.append(read)
    return superseded(found, out)
