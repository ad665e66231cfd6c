"""A total set after a list of two parts at the close of its sentence (issue #14): "the krai
sent 1,236 subjects to the west, by rail and lorry, and 714 to the east, 1,950 persons".

The grammar read: the sentence's last count, after a comma, followed by nothing but its
noun and the stop, with a printed unit; before it exactly two counts, the first with the
same printed unit, the second joined to it by "and" (so the pair is the whole list), and no
other count of that unit in the sentence. The pair is then the only reading: a sum that
fits is consistent, a usual slip of it inconsistent, anything else is not read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    fit_or_slip,
    num,
    printed,
)
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: the "and" that joins the two parts.
AND_WORD = frozenset({"and"})
#: From the total to the stop: its noun, a few words at most, no figure or clause.
CLOSE_RE = re.compile(r"^(?:\s+[a-z-]+){0,3}\s*[.]?\s*$")
#: Between the two parts: a last "and" and no stop, colon or semicolon.
AND_RE = re.compile(r"[^.;:]*\band\s+$")


def apposed_pairs(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with a total closing ``s`` after its two parts, where ``found`` read none
    (a reading left unverifiable there yields to this one)."""
    if not s.has_digit or not s.says_any(AND_WORD):
        return found
    counts = [f for f in s.figures if is_thing_count(f)]
    if len(counts) != 3 or any(f.quantity.unit == "percent" for f in s.figures):
        return found
    a, b, total = counts
    qt, text = total.quantity, s.passage.text
    if (
        not qt.unit or qt.unit_implied or a.quantity.unit != qt.unit or a.quantity.unit_implied
        or (b.quantity.unit != qt.unit and not b.quantity.unit_implied)
        or not text[b.quantity.phrase_end : qt.phrase_start].rstrip().endswith(",")
        or AND_RE.search(text[a.quantity.phrase_end : b.quantity.phrase_start]) is None
        or CLOSE_RE.match(text[qt.phrase_end : s.end]) is None
        or any(f.start == qt.start and f.verdict != Verdict.unverifiable for f in found)
    ):  # fmt: skip
        return found
    value = a.quantity.mid + b.quantity.mid
    formula = f"{printed(a)} + {printed(b)}"
    what = "the two parts listed before it"
    read = fit_or_slip("sum", total, value, formula, (a, b), f"{what} add up to {num(value)}",
                       what, usual_only=True)  # fmt: skip
    return superseded(found, [read]) if read is not None else found
