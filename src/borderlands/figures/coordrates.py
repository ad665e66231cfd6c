"""Two rates coordinated over one divisor: "about 220 persons and about 32 wagons to a train",
"A column averaged about 1,380 persons and about 1,630 head of cattle".

The grammar: two figures of one clause joined by "and", each followed by its own noun, and
one of them already read as a rate per unit (its divisor found). The other is a rate over the
same divisor: its dividend is the count printed with the same noun in its sentence or the
sentence before (the one such count larger than the rate), else, for a rate of persons, the
article's count of persons (``unitloads.article_total``). The noun is the word printed right
after each figure ("head" of "61,800 head of cattle"), so a count of cattle is never divided
for a rate of persons. Consistent at the rate's printed precision (or within the ten per cent
an "about" allows); a miss is read only as a usual slip of a dividend its sentence prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    is_count,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.unitloads import article_total
from borderlands.figures.verdicts import Verdict

#: between the first figure's noun and the second figure: "persons and about"
JOINED_RE = re.compile(r"\s+[a-z]+(?:\s+of\s+[a-z]+)?\s+and\s+(?:about\s+|some\s+|nearly\s+|"
                       r"roughly\s+|almost\s+|over\s+)?$")  # fmt: skip
NOUN_RE = re.compile(r"\s+([a-z]{3,})\b")
PERSON_NOUNS = frozenset(["persons", "people", "deportees", "settlers", "emigrants"])


def noun_after(f: Located) -> str | None:
    m = NOUN_RE.match(f.passage.text, f.quantity.end)
    return m.group(1).lower() if m is not None else None


def coordinated_rates(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with each figure coordinated with a rate per unit read on that rate's
    divisor (see the module)."""
    if " and " not in s.text:
        return found
    rates = [f for f in found if f.kind == "rate" and f.verdict == Verdict.consistent
             and len(f.inputs) == 2 and "*" not in f.formula]  # fmt: skip
    if not rates:
        return found
    out = list(found)
    figures = list(s.figures)
    for rate in rates:
        i = next((k for k, x in enumerate(figures) if x.quantity.start == rate.start), None)
        if i is None:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(figures):
                continue
            first, second = sorted((figures[i], figures[j]), key=lambda x: x.quantity.start)
            text = s.passage.text[first.quantity.end : second.quantity.start]
            if JOINED_RE.fullmatch(text) is None:
                continue
            other = figures[j]
            if any(f.start <= other.quantity.start < f.end and f.verdict != Verdict.unverifiable
                   for f in out):  # fmt: skip
                continue  # read already
            read = sibling_rate(s, other, rate.inputs[1], rate.inputs, earlier)
            if read is not None:
                out = [f for f in out if not f.start <= other.quantity.start < f.end]
                out.append(read)
    return out


def sibling_rate(
    s: Sentence, r: Located, divisor: Located, taken: tuple[Located, ...],
    earlier: Callable[[], list[Located]],
) -> Finding | None:  # fmt: skip
    noun = noun_after(r)
    if noun is None or noun == noun_after(divisor):
        return None
    pool = [x for x in earlier() if x.passage is s.passage
            and s.index - 1 <= x.sentence <= s.index and x is not r and x not in taken
            and is_count(x) and x.quantity.mid > r.quantity.mid
            and x.quantity.mid > divisor.quantity.mid]  # fmt: skip
    same = {x.quantity.mid: x for x in pool if noun_after(x) == noun}
    named = len(same) == 1
    if named:
        (dividend,) = same.values()
    elif not same and noun in PERSON_NOUNS:
        total = article_total(earlier(), r)
        if total is None:
            return None
        dividend = total
    else:
        return None
    value = dividend.quantity.mid / divisor.quantity.mid
    formula = f"{printed(dividend)} / {printed(divisor)}"
    q = r.quantity
    if accepts_count(q, value):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value,
            (dividend, divisor),
            f"{printed(dividend)} {noun} over the {printed(divisor)} its sibling rate is per "
            f"is {value:.1f} each",
        )  # fmt: skip
    if named and not q.approx:
        return slip_finding("rate", r, value, formula, (dividend, divisor),
                            f"{printed(dividend)} {noun} over {printed(divisor)}",
                            usual_only=True)  # fmt: skip
    return None
