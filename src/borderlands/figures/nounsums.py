"""A total of every count of its noun printed just before it (issue #14): "The northern
column left in 14 trains of 610 wagons, the southern one in 6 trains of 270 wagons. The
railway thus had to find 20 trains in ten days".

The grammar read: a word of concluding or totalling in the total's sentence (thus, together,
in all, altogether, between them, combined) and, after the total, its own noun; the parts
are all the counts of that noun (its own, or the one its list says once) in the sentence
before it and in its own before it, two or more. The noun names the parts, so they are not
picked for their sum; but a noun may count other things too, so only a sum that gives the
printed figure is read (consistent), never a slip.
"""

from __future__ import annotations

from borderlands.figures.carriedtotals import is_part
from borderlands.figures.kinds import Finding, Sentence, fit_or_slip, num, printed
from borderlands.figures.supersede import superseded
from borderlands.figures.unitgaps import counted_noun, listed_noun
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of concluding or totalling in the sentence.
CUE_WORDS = frozenset({"thus", "together", "altogether", "between", "combined", "all"})
#: How many parts a sum of one noun needs at least.
MIN_PARTS = 2


def noun_sums(s: Sentence, before: Sentence | None, found: list[Finding]) -> list[Finding]:
    """``found`` with the totals of ``s`` that add every count of their noun before them."""
    if not s.has_digit or not s.says_any(CUE_WORDS):
        return found
    pool = list(before.figures) if before is not None and before.passage is s.passage else []
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for total in s.figures:
        q = total.quantity
        noun = counted_noun(total)
        if noun is None or q.start in taken or not is_part(total):
            continue
        figures = pool + [f for f in s.figures if f.quantity.end <= q.start]
        parts = tuple(f for f in figures if is_part(f) and listed_noun(f, figures) == noun)
        if len(parts) < MIN_PARTS or any(p.quantity.mid >= q.mid for p in parts):
            continue
        value = sum(p.quantity.mid for p in parts)
        formula = " + ".join(printed(p) for p in parts)
        what = f"the {len(parts)} counts of {noun} before it"
        read = fit_or_slip("sum", total, value, formula, parts, f"{what} add up to {num(value)}",
                           what, usual_only=True)  # fmt: skip
        if read is not None and read.verdict == Verdict.consistent:
            out.append(read)
    return superseded(found, out) if out else found

