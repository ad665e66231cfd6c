"""A total whose own clause says how many parts it has (issue #14): "... 96 of its 1,236
settlers and 187 of its 1,145. In the first two winters the four settlements lost 602
people"; "In 1956 the figure was 4,520, ... and in 1958 it was 3,405. Over the four years
15,360 persons were freed".

The grammar read: "the N <noun>" (N a number word from two to twelve) in the total's
sentence before it, with no other count between the two; the parts are then the last N
counts printed before the total in its paragraph (its own sentence and the two before it).
A count of another unit than the total's
("5,419 families and 18,392 persons" before "7,481 families"), a count that is the whole of
a part just before it ("96 of its 1,236", "131 deaths among the
1,862"), a year, a percentage, a rate or a count
with a fraction ("4.3 persons apiece") is no part. The number word fixes how many parts
there are, so the parts are not picked for their arithmetic ("each", "apiece" or "on
average" by the figure make it one member's, no total): a sum that fits is consistent,
a usual slip of it inconsistent, anything else is left to the other readings. A total
printed as an estimate ("put the dead of the first two winters at about 4,000") that the
sum misses is no slip: a rounded figure that misses by more than its rounding is most
often another count (an estimate from another source, a level, not a flow), so the sum is
only its candidate, unverifiable.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    compatible,
    fit_or_slip,
    num,
    printed,
)
from borderlands.figures.leftoutsums import left_out_finding
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

PART_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: The first cheap test: a number word of parts in the sentence.
CUE_WORDS = frozenset(PART_NUMBERS)
#: "the four settlements", "the first two winters", "the three valley districts"; a
#: possessive stands for "the" ("the clerk's three zone figures").
COUNTED_RE = re.compile(
    r"\b(?:the|[A-Za-z-]+(?:'s|’s))\s+(?:first\s+|last\s+)?(" + "|".join(PART_NUMBERS)
    + r")\s+(?:[a-z-]+\s+)?[a-z]+s\b",
    re.I,
)
#: After the total, the same grammar: "288,590 people in three seasons", "over the two years".
COUNTED_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|over|during|across)\s+(?:the\s+)?(?:first\s+|last\s+)?("
    + "|".join(PART_NUMBERS) + r")\s+(?:[a-z-]+\s+)?[a-z]+s\b",
    re.I,
)
#: Right before a count that is the whole of the part before it: "of its", "among the".
WHOLE_LEAD_RE = re.compile(r"\b(?:of|among)\s+(?:its|their|the|his|her|all)?\s*$", re.I)
DIGIT_RE = re.compile(r"\d")
#: Words that give the figure to every member of the counted noun, not to them all.
EACH_RE = re.compile(r"\b(?:each|apiece|every|per|on average|averaged?)\b", re.I)
#: How many sentences before the total's own its parts may stand in.
SENTENCES_BACK = 2


def is_part(f: Located) -> bool:
    q = f.quantity
    if not is_thing_count(f) or DIGIT_RE.search(q.text) is None or q.mid != int(q.mid):
        return False
    lead = f.passage.text[max(0, q.phrase_start - 16) : q.phrase_start]
    return WHOLE_LEAD_RE.search(lead) is None


def counted_sums(
    s: Sentence, earlier: list[tuple[Sentence, list[Located]]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the totals of ``s`` whose clause counts their parts; ``earlier`` are
    the sentences read so far with their figures, oldest first (``s`` may be the last)."""
    if not s.figures or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    back = [
        f for b, figs in earlier[-SENTENCES_BACK - 1 :]
        if b.passage is s.passage and b.index < s.index for f in figs
    ]  # fmt: skip
    out: list[Finding] = []
    for m in COUNTED_RE.finditer(text, s.start, s.end):
        after = [f for f in s.figures if f.quantity.start >= m.end() and is_thing_count(f)]
        if not after or DIGIT_RE.search(after[0].quantity.text) is None:
            continue
        total = after[0]
        q = total.quantity
        if q.start in taken or any(o.start == q.start for o in out):
            continue
        if any(f.quantity.start < m.start() < f.quantity.end for f in s.figures):
            continue
        if EACH_RE.search(text, m.end(), min(s.end, q.phrase_end + 12)):
            continue  # "the three years each cost 1,436": a figure for every one of them
        pool = back + [f for f in s.figures if f.quantity.end <= m.start()]
        read = counted_total(total, m.group(1).lower(), pool)
        if read is not None:
            out.append(read)
    for total in s.figures:
        q = total.quantity
        counted = COUNTED_AFTER_RE.match(text, q.end, s.end)
        if counted is None or q.start in taken or any(o.start == q.start for o in out):
            continue
        if not is_thing_count(total) or DIGIT_RE.search(q.text) is None:
            continue
        pool = back + [f for f in s.figures if f.quantity.end <= q.start]
        read = counted_total(total, counted.group(1).lower(), pool)
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found


def counted_total(total: Located, word: str, pool: list[Located]) -> Finding | None:
    """``total`` read as the sum of the last counts of ``pool`` (oldest first), as many as
    the number ``word`` says."""
    n = PART_NUMBERS[word]
    parts = tuple(f for f in pool if is_part(f) and compatible(f, total))[-n:]
    if len(parts) < n:
        return None
    value = sum(p.quantity.mid for p in parts)
    formula = " + ".join(printed(p) for p in parts)
    what = f"the {n} counts before it, one for each of the {word}"
    q = total.quantity
    if q.approx and not accepts_count(q, value):
        return Finding(
            "sum", q.start, q.end, q.mid, Verdict.unverifiable, formula, value, parts,
            f"{what} add up to {num(value)}, which an estimate printed as {printed(total)} "
            "need not be: they are only its candidate",
        )  # fmt: skip
    read = fit_or_slip("sum", total, value, formula, parts, f"{what}, add up to {num(value)}",
                       what, usual_only=True)  # fmt: skip
    return read if read is not None else left_out_finding(total, parts, what)
