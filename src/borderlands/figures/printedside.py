"""Comparatives whose subject prints its own count and whose other side is a name: "Harju
county lost 1,530 persons, fewer than Tartu alone", "Dubki sent 2,140, more than Lipki". The
subject's side is the count its clause prints right before the comparative, the other side
the count printed for the name after "than" in an earlier list (the nearest group of named
entries that names it, borderlands.figures.raterank). Both sides are thus figures the text
names for the things compared; a "than" followed by a figure or a multiple ("more than
twice", "more than 2,000") is no comparison of two entries and is not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.kinds import Finding, Sentence, is_count, num
from borderlands.figures.passages import Located
from borderlands.figures.raterank import Entry, group_naming, named_in, one
from borderlands.figures.verdicts import Verdict

#: after the subject's count: ", fewer than Tartu", " persons, far more than those of Voru"
AFTER_COUNT_RE = re.compile(
    r"(?:\s+[a-z]+){0,2}?,?\s+(?:(?:far|many|much|slightly|still|rather|somewhat|thus)\s+)?"
    r"(more|fewer|less)\s+than\s+((?:that|those|the\s+\w+)\s+of\s+|in\s+|at\s+|for\s+)?"
    r"([^,.;:()]{3,60})",
    re.I,
)
DIGIT_RE = re.compile(r"\d")
#: between a count and its comparative, nothing but a space: the count is the size of the
#: difference ("158 fewer than"), where a side is set off ("1,530 persons, fewer than")
GAP_RE = re.compile(r"\s+")
#: "more than twice", "more than 2,000", "more than half": a multiple or a bound, no entry
NOT_AN_ENTRY_RE = re.compile(
    r"(?:\d|twice|thrice|half|a\s+(?:third|quarter|fifth|tenth|half)|one\b|two\b|three\b|"
    r"four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+hundred|a\s+thousand|all\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class PrintedSide:
    """One comparison: the subject's printed count against a named entry's count."""

    start: int  # the comparative word in the passage text
    end: int
    word: str
    own: Located
    other: Entry
    holds: bool


def printed_side_comparisons(s: Sentence, groups: list[list[Entry]]) -> list[PrintedSide]:
    """The comparisons of sentence ``s`` whose subject prints its count and whose other side
    names one entry of the nearest group naming it (``groups``, nearest first)."""
    text = s.passage.text
    out: list[PrintedSide] = []
    for f in s.figures:
        if not is_count(f):
            continue
        m = AFTER_COUNT_RE.match(text, f.quantity.phrase_end)
        if m is None or m.end() > s.end or NOT_AN_ENTRY_RE.match(m.group(3)):
            continue
        if GAP_RE.fullmatch(text, f.quantity.phrase_end, m.start(1)):
            continue  # "8,950 names, 158 fewer than the return": 158 is the gap, no side
        side = m.group(3)
        if DIGIT_RE.search(side):
            continue  # "than an Elbrus family with its 4.1": the other side prints its figure
        group = group_naming(side, [g for g in groups if g[0].whole is None], 1)
        if group is None or len(named_in(side, group)) != 1:
            continue
        other = one(named_in(side, group))
        if other is None or any(e.count is f for e in group):
            continue
        unit, their = f.quantity.unit, other.count.quantity.unit
        if unit and their and unit != their and not other.count.quantity.unit_implied:
            continue  # "4,200 head of cattle, more than Tula": Tula counted people
        x, y = f.quantity.mid, other.count.quantity.mid
        if x == y or (x % 1 == 0) != (y % 1 == 0):
            continue  # "averaged 4.2 persons, more than Elbrus": a mean is no entry's count
        word = m.group(1).lower()
        out.append(PrintedSide(m.start(1), m.end(1), word, f, other, (x > y) == (word == "more")))
    return out


def printed_side_findings(s: Sentence, groups: list[list[Entry]]) -> list[Finding]:
    """Each of ``printed_side_comparisons`` as a finding: a slip when the order is reversed
    (both sides being named, the reversal cannot come from another measure)."""
    out: list[Finding] = []
    for c in printed_side_comparisons(s, groups):
        x, y = c.own.quantity.mid, c.other.count.quantity.mid
        formula = f"{num(x)} vs {num(y)}"
        out.append(Finding(
            "comparison", c.start, c.end, x,
            Verdict.consistent if c.holds else Verdict.inconsistent, formula, x,
            (c.own, c.other.count),
            f"\u201c{c.word}\u201d: {c.own.quantity.text} against {c.other.count.quantity.text}",
            None if c.holds else ("fewer" if c.word == "more" else "more"),
        ))  # fmt: skip
    return out
