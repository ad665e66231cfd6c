"""A change between two members of a series the sentence before printed, picked out by
their place (issue #14): "The register counted 81,650 on 1 January 1945, 78,940 on 1 January
1947 and 80,410 on 1 January 1950. Between the first two dates it shed 2,710 persons".

The grammar read: "between the first two <noun>" or "between the last two <noun>" and, after
it in the same sentence, a count (the change); the series is the counts of the sentence
before (no year, rate or percentage), at least three, so that "first two" and "last two"
name two of them. The change is the gap between those two: a fit is consistent, a usual slip
inconsistent, anything else is not read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, fit_or_slip, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: the word that picks the pair by place.
CUE_WORDS = frozenset({"between"})
PLACE_RE = re.compile(r"\bbetween\s+the\s+(first|last)\s+two\s+[a-z]+s\b", re.I)
DIGIT_RE = re.compile(r"\d")
#: Fewest members of the series: with two, "the first two" is the whole of it.
FEWEST = 3


def is_member(f: Located) -> bool:
    q = f.quantity
    return is_thing_count(f) and DIGIT_RE.search(q.text) is not None and q.mid == int(q.mid)


def series_gaps(s: Sentence, previous: Sentence | None, found: list[Finding]) -> list[Finding]:
    """``found`` with the change ``s`` gives between the first or last two members of the
    series of the sentence before."""
    if previous is None or not s.has_digit or not s.says_any(CUE_WORDS):
        return found
    m = PLACE_RE.search(s.passage.text, s.start, s.end)
    if m is None or previous.passage is not s.passage:
        return found
    series = [f for f in previous.figures if is_member(f)]
    after = [f for f in s.figures if f.quantity.start >= m.end() and is_member(f)]
    if len(series) < FEWEST or not after:
        return found
    change = after[0]
    if any(f.start == change.quantity.start and f.verdict != Verdict.unverifiable
           for f in found):  # fmt: skip
        return found
    a, b = series[:2] if m.group(1).lower() == "first" else series[-2:]
    value = abs(a.quantity.mid - b.quantity.mid)
    high, low = (a, b) if a.quantity.mid >= b.quantity.mid else (b, a)
    formula = f"{printed(high)} - {printed(low)}"
    what = f"the {m.group(1).lower()} two counts of the series before"
    read = fit_or_slip("remainder", change, value, formula, (high, low),
                       f"{what} differ by {num(value)}", what, usual_only=True)  # fmt: skip
    return superseded(found, [read]) if read is not None else found
