"""A rest of the whole a part was just said to be taken of (issue #14): "... gave 6,312 of the
oblast's 8,946 arrests. That was more than seven in ten; the remaining 2,634 were taken in
the other districts"; "South Kazakhstan took 3,904 persons (48.2 percent of the arrivals) and
Kzyl-Orda 2,871, leaving 1,317 for Aktyubinsk"; "... 12,509 in all, or 41.6 percent of the
families loaded. The remaining 17,588 were ...".

The grammar read: a count with the words of a rest ("the remaining", "the rest", "leaving",
"the other"), and in its sentence or the one before a first part tied to its whole by the
text: "P of the W" (W printed there), or "P (x percent of ...)" / "P, or x percent of ...",
whose whole is the one earlier count of the passage that the share is of (P / W rounds to x;
with two such counts nothing is read). The rest is the whole less that part and the counts
of its kind listed after it up to the rest. A fit is consistent, a usual slip inconsistent,
anything else is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.accountedrest import has_rest_cue
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

#: The first cheap test: a word of a rest.
REST_WORDS = frozenset(
    {"remaining", "rest", "leaving", "other", "others", "remainder", "last", "left", "leaves",
     "still", "remained"}
)  # fmt: skip
#: Between a part and its whole: "6,312 of the oblast's 8,946", "27 of its 64".
OF_WHOLE_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?of\s+(?:the|its|their)\s+(?:[A-Za-z]+'s\s+)?$")
#: A share right after a part: "3,904 persons (48.2 percent of", "12,509 in all, or 41.6".
SHARE_AFTER_RE = re.compile(r"^(?:\s+[a-z]+){0,2}?(?:\s*\(|,\s+or\s+|,\s+)$")


def is_part(f: Located) -> bool:
    q = f.quantity
    return is_count(f) and q.kind == "number" and q.mid == int(q.mid) and not q.approx


def share_whole(p: Located, share: Located, earlier: list[Located]) -> Located | None:
    """The one count before ``p`` of which ``p`` is the printed share (printed again or not:
    the last time)."""
    sq = share.quantity
    step = sq.step if sq.step > 0 else 0.1
    fits = [w for w in earlier if w.quantity.mid > p.quantity.mid and is_part(w)
            and abs(p.quantity.mid / w.quantity.mid * 100 - sq.mid) <= step / 2 + 1e-9]  # fmt: skip
    return fits[-1] if len({w.quantity.mid for w in fits}) == 1 else None


def part_and_whole(
    r: Located, near: list[Located], earlier: Callable[[], list[Located]]
) -> tuple[Located, Located] | None:
    """The first part and its whole, the nearest before ``r`` in ``near`` (its sentence and
    the one before); ``earlier`` gives the figures of the text up to ``r``'s sentence."""
    text = r.passage.text
    for i in range(len(near) - 1, 0, -1):
        w, p = near[i], near[i - 1]
        if w.quantity.start >= r.quantity.start:
            continue
        gap = text[p.quantity.phrase_end : w.quantity.start]
        if is_part(p) and is_part(w) and p.quantity.mid < w.quantity.mid and OF_WHOLE_RE.match(gap):
            return p, w
        if is_part(p) and w.quantity.unit == "percent" and SHARE_AFTER_RE.match(gap):
            whole = share_whole(p, w, [f for f in earlier() if f.raw_start < p.raw_start])
            if whole is not None:
                return p, whole
    return None


def shared_rests(
    s: Sentence,
    before: Sentence | None,
    earlier: Callable[[], list[Located]],
    found: list[Finding],
) -> list[Finding]:
    """``found`` with the rests of ``s`` of a whole a part was just said to be taken of,
    where ``found`` read none (a reading left unverifiable there yields to this one);
    ``earlier`` gives the figures of the text up to ``s``."""
    if not s.says_any(REST_WORDS) or not s.counts:
        return found
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    near = [*(before.figures if before is not None else ()), *s.figures]
    out = []
    for r in s.counts:
        q = r.quantity
        if q.start in taken or not is_part(r) or not has_rest_cue(s, r):
            continue
        pair = part_and_whole(r, near, earlier)
        if pair is None:
            continue
        part, whole = pair
        if not compatible(part, r) or not compatible(whole, r):
            continue
        listed = [f for f in near if part.raw_start < f.raw_start < r.raw_start
                  and f is not whole and is_part(f) and compatible(f, part)]  # fmt: skip
        parts = (part, *listed)
        value = whole.quantity.mid - sum(f.quantity.mid for f in parts)
        if value <= 0:
            continue
        formula = f"{printed(whole)} - " + " - ".join(printed(f) for f in parts)
        inputs = (whole, *parts)
        read = fit_or_slip(
            "remainder", r, value, formula, inputs,
            f"what remains of {printed(whole)} after the parts taken of it is {num(value)}",
            "the whole less the parts taken of it", usual_only=True,
        )  # fmt: skip
        if read is not None:
            out.append(read)
    return superseded(found, out)
