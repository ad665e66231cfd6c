"""A total that a sentence opening on "With the N ..." carries forward from the count printed
before it (issue #14): "In the city 97,318 had left by July, leaving 15,322 on the lists. With
the 61,874 from the districts, the offices reported 159,192 departures in all"; "Between
December and January they took 11,862 persons. ... With the 68,412 from Romania, 80,274 had
thus been mobilised in the two countries".

The grammar read: the sentence opens on "With" or "Together with" and a count (the added
part), its phrase closed by a comma; the total is the first count after that comma, of the
part's kind and larger than it. The sentence names one side of the sum and points back for
the other: the base is the running figure the text printed last, the largest count of the
nearest sentence of the paragraph before it that prints counts (``carriedtotals``), of the
total's kind and smaller than it. A fit is consistent, a usual slip inconsistent; anything
else is left to the other readings ("With 156 children born in exile, the settlements held
12,060 people": the part may be a subset of the total, not added to another count).
"""

from __future__ import annotations

import re

from borderlands.figures.carriedtotals import is_part, nearest_counts
from borderlands.figures.kinds import Finding, Sentence, compatible, fit_or_slip, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: the sentence's opening word.
CUE_WORDS = frozenset({"with"})
#: "With the 61,874 from the districts,", "Together with the 14,906 of 1935,": the added part
#: opens the sentence and a comma closes its phrase.
OPENING_RE = re.compile(r"\s*(?:Together\s+with|With)\s+(?:the|its|their|these)\s+(?=\d)")
#: Words in the part's phrase that make it a subset of the total, not an addition: "With
#: the 156 children among them".
AMONG_RE = re.compile(r"\b(?:among|of\s+(?:them|whom|which)|including|included)\b", re.I)
PHRASE_SPAN = 80  # characters from the part to the comma closing its phrase


def with_totals(
    s: Sentence, earlier: list[tuple[Sentence, list[Located]]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the total of ``s`` that adds the part its opening names to the count
    printed before it; ``earlier`` are the sentences read so far, oldest first."""
    if len(s.figures) < 2 or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    opening = OPENING_RE.match(text, s.start)
    if opening is None:
        return found
    part = s.figures[0]
    if part.quantity.start != opening.end() or not is_part(part):
        return found
    comma = text.find(",", part.quantity.end, min(s.end, part.quantity.end + PHRASE_SPAN))
    if comma < 0 or AMONG_RE.search(text, part.quantity.end, comma):
        return found
    after = [f for f in s.figures if f.quantity.start > comma and is_part(f)]
    if not after:
        return found
    total = after[0]
    q = total.quantity
    if any(f.start == q.start and f.verdict != Verdict.unverifiable for f in found):
        return found
    if not compatible(part, total) or part.quantity.mid >= q.mid:
        return found
    before = [f for f in nearest_counts(s, earlier) if compatible(f, total)]
    if not before:
        return found
    base = max(before, key=lambda f: f.quantity.mid)
    if base.quantity.mid >= q.mid:
        return found
    value = base.quantity.mid + part.quantity.mid
    formula = f"{printed(base)} + {printed(part)}"
    what = f"{printed(base)} printed before it with the {printed(part)} its sentence adds"
    read = fit_or_slip("sum", total, value, formula, (base, part), f"{what} make {num(value)}",
                       what, usual_only=True)  # fmt: skip
    return superseded(found, [read]) if read is not None else found
