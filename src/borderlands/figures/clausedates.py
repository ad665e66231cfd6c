"""A duration is measured between the dates of its own clause, not across into the next.

"The operation opened on 6 July, three months after the resolution, and the last trains
left on 7 July": the span between 6 and 7 July is no measure of "three months"; nor is
1956 to 1957 one of "released in 1956, seven years after their removal, while others
waited until March 1957". When a date the sentence's pair reading uses is printed after
the duration, past a break into a clause with a subject of its own, the pair gives no
verdict: a span counted "after" an event is read from the year before (as
``kinds.durations_from_earlier_year`` reads it), any other is left unverifiable.
"""

from __future__ import annotations

import re
from dataclasses import replace

from borderlands.figures.kinds import (
    AFTER_RE,
    DATE_RE,
    DAY_MONTH_RE,
    Finding,
    NounYear,
    Sentence,
    durations_from_earlier_year,
)
from borderlands.figures.verdicts import Verdict

#: A break into another clause: "; ", ", while", ", but", ", and the last of them".
NEW_CLAUSE_RE = re.compile(
    r";|,\s+(?:while|whereas|but)\b|,\s+and\s+(?:the|its|their|those|these|his|her|a|an)\s", re.I
)


def date_in_next_clause(s: Sentence, end: int) -> bool:
    """Whether the sentence prints a date after ``end`` (an offset in its text) past a
    break into another clause."""
    starts = [m.start() for m in DATE_RE.finditer(s.text, end)]
    starts += [m.start() for m in DAY_MONTH_RE.finditer(s.text, end)]
    return any(NEW_CLAUSE_RE.search(s.text, end, at) for at in starts)


def own_clause_durations(
    s: Sentence, found: list[Finding], noun_year: NounYear | None = None
) -> list[Finding]:
    """``found`` (the durations of one sentence), with each inconsistency read between a
    date of its clause and one of the next re-read as the module says."""
    out: list[Finding] = []
    for f in found:
        end = f.end - s.start
        if (f.kind != "duration" or f.verdict is not Verdict.inconsistent
                or not date_in_next_clause(s, end)):  # fmt: skip
            out.append(f)
            continue
        out.append(counted_from_before(s, f, noun_year) or replace(
            f, verdict=Verdict.unverifiable, intended=None,
            explanation="the dates of its sentence belong to two clauses: " + f.explanation,
        ))  # fmt: skip
    return out


def counted_from_before(s: Sentence, f: Finding, noun_year: NounYear | None) -> Finding | None:
    """The reading of a span counted "after" an event from the year of its own clause (the
    last printed before it) back to the year before, or None."""
    at = f.start - s.start
    tail = s.text[at:]
    cut = re.match(r"[\w-]+\s+(?:and\s+a\s+half\s+)?\w+", tail)
    if cut is None or AFTER_RE.match(tail, cut.end()) is None:
        return None
    years = [int(m.group(2)) for m in DATE_RE.finditer(s.text, 0, at)]
    if not years:
        return None
    return next((g for g in durations_from_earlier_year(s, years[-1], noun_year)
                 if g.start == f.start), None)  # fmt: skip
