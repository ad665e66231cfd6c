"""A comparison with the average: "The Altai toll, 131 per 1,000, was higher than the
average" (issue #14).

"The average" names the whole's rate, which the sentence does not print: the text states
it before, as a rate of the same form ("that came to 93 per 1,000" over all the regions,
"4.6 to a family" for all the emigrants). The subject's side is the rate its own clause
prints before the comparative; the average's side is the one rate of that form in the
nearest sentence before (up to two back in the paragraph) that prints any. Read only when
the sentence itself prints no second rate of that form before the word (then both sides
are its own and the comparison is read where it stands), and left alone when the nearest
sentence prints two (which one is the average is then not said).
"""

from __future__ import annotations

import re

from borderlands.figures.clausesides import in_its_clause
from borderlands.figures.kinds import Finding, Sentence, Verdict, is_scale, num
from borderlands.figures.passages import Located

AVERAGE_WORDS = frozenset(("average", "mean", "overall"))
UP_WORDS = frozenset(("higher", "larger", "greater", "more", "bigger", "heavier"))
#: "higher than the average", "larger than the mean for the oblast"
AVERAGE_RE = re.compile(
    r"\b(higher|lower|larger|smaller|greater|bigger|more|fewer|less|heavier|lighter)\s+"
    r"than\s+(?:the\s+|its\s+)?(?:average|mean|overall\s+(?:rate|toll|figure))\b",
    re.I,
)
#: the form of a rate printed right after its figure: "per 1,000", "to a family", "a head"
FORM_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(per\s+(?:1,000|1000|thousand|100|hundred|10,000)|to\s+an?\s+[a-z]+|"
    r"an?\s+(?:head|family|household|wagon|farm))\b",
    re.I,
)
#: where a rate's clause begins, and a name in it (a capitalised word not opening it)
CLAUSE_BREAK_RE = re.compile(r"[,;:.]\s+|\s+and\s+|\s+while\s+")
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}")
#: capitalised words that open a clause and name nothing
OPENERS = frozenset((
    "The", "That", "This", "These", "Those", "Against", "Over", "For", "From", "Its",
    "Their", "Across", "Among", "All", "Altogether", "Overall", "Together", "With",
))  # fmt: skip
LOOK_BACK = 2  # sentences before searched for the average


def rate_form(f: Located) -> str | None:
    """The form of a rate figure ("per 1,000", "to a family", "%"), None for a count."""
    q = f.quantity
    if q.unit == "percent":
        return "%"
    m = FORM_RE.match(f.passage.text, q.end)
    return " ".join(m.group(1).lower().split()) if m else None


def average_sides(s: Sentence, before: list[tuple[Sentence, list[Located]]]) -> list[Finding]:
    if not s.says_any(AVERAGE_WORDS):
        return []
    out: list[Finding] = []
    text = s.passage.text
    rates = [f for f in s.figures if not is_scale(f) and rate_form(f)]
    for m in AVERAGE_RE.finditer(text, s.start, s.end):
        own = [f for f in rates if f.quantity.end <= m.start()]
        later = [f for f in rates if f.quantity.start >= m.end()]
        after = in_its_clause(text[: s.end], m.end(), later)
        if not own or after:
            continue
        mine = own[-1]
        form = rate_form(mine)
        if any(rate_form(f) == form for f in own[:-1]):
            continue  # the sentence prints both sides: read where it stands
        average = earlier_rate(form, before)
        if average is None:
            continue
        word = m.group(1).lower()
        a, b = mine.quantity.mid, average.quantity.mid
        if a == b:
            continue
        ok = a > b if word in UP_WORDS else a < b
        out.append(Finding(
            "comparison", m.start(1), m.end(1), a,
            Verdict.consistent if ok else Verdict.inconsistent,
            f"{num(a)} vs {num(b)}", a, (mine, average),
            f"“{word}”: {mine.quantity.text} against the average stated before, "
            f"{average.quantity.text}",
            None if ok else f"not {word}",
        ))  # fmt: skip
    return out


def earlier_rate(form: str | None, before: list[tuple[Sentence, list[Located]]]) -> Located | None:
    """The one rate of ``form`` in the nearest earlier sentence that prints any."""
    for _, figures in reversed(before[-LOOK_BACK:]):
        same = [f for f in figures if not is_scale(f) and rate_form(f) == form]
        if same:
            return same[0] if len(same) == 1 and not named_rate(same[0]) else None
    return None


def named_rate(f: Located) -> bool:
    """Whether the clause of rate ``f`` names a member ("Omsk lost 93 per 1,000"): a
    member's rate, not the whole's."""
    text = f.passage.text
    starts = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, 0, f.quantity.start)]
    clause = text[max(starts, default=0) : f.quantity.start]
    return any(m.group() not in OPENERS for m in NAME_RE.finditer(clause))
