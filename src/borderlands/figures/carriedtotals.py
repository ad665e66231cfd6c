"""A running total carried forward by the counts a sentence adds to it (issue #14): "the
ledger held 9,240 names. Adding the 2,310 sentenced later, the ledger reaches 11,550"; "With
840 more in 1950 and 215 in 1951 the releases came to 2,955 in all"; "... 7,020 in three
years, and a last party of 610 brought the total to 7,630".

The grammar read: a verb of reaching right before the total (reaches, raised ... to, brought
... to, came to, rose to; or a clause of result: ", so that", ", making") and a word of
adding in its sentence (adding, with ... more, a further, another, a last); the added parts
are the counts between that word and the total, the base the running total printed before
them: the largest count of the sentence before the word or, when it prints none there, of
the nearest sentence of the paragraph before that prints counts. The parts and base are
named by the grammar, not picked for their sum: a fit is consistent, a usual slip
inconsistent, anything else is left to the other readings.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, compatible, fit_or_slip, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of adding in the sentence.
CUE_WORDS = frozenset({"adding", "more", "further", "another", "last"})
#: A word of adding; the added counts stand after its start.
ADDING_RE = re.compile(
    r"\b(?:adding|with\s+(?=[^.;]{0,24}\bmore\b)|an?\s+(?:further|last)|another)\b", re.I
)
#: A verb of reaching right before the total.
REACH_BEFORE_RE = re.compile(
    r"\b(?:reach(?:es|ed)?|(?:rais(?:ed|es|ing)|br(?:ought|ings|inging))\b[^.;]{0,60}?\bto"
    r"|c(?:a|o)me\s+to|rose\s+to|grew\s+to|,\s*so\s+that|,\s*making|for\s+a\s+total\s+of)"
    r"\s+(?:a\s+total\s+of\s+)?$",
    re.I,
)
#: Words after a count that make it one member's figure, no part of a total.
EACH_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:to\s+an?|for\s+every|per|each|apiece)\b")
#: How many sentences back the base may stand when its own sentence prints none.
BACK = 2


def carried_totals(
    s: Sentence, earlier: list[tuple[Sentence, list[Located]]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the totals of ``s`` carried forward from a base by added counts;
    ``earlier`` are the sentences read so far with their figures, oldest first."""
    if len(s.figures) < 2 or not s.says_any(CUE_WORDS):
        return found
    adding = ADDING_RE.search(s.passage.text, s.start, s.end)
    if adding is None:
        return found
    text = s.passage.text
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    counts = [f for f in s.figures if is_part(f)]
    out: list[Finding] = []
    for total in counts:
        q = total.quantity
        if q.start in taken or q.start < adding.start():
            continue
        if REACH_BEFORE_RE.search(text[max(s.start, q.phrase_start - 80) : q.start]) is None:
            continue
        added = tuple(f for f in counts if adding.start() < f.quantity.start < q.start
                      and compatible(f, total))  # fmt: skip
        before = [f for f in counts if f.quantity.end <= adding.start()]
        if not before:
            before = nearest_counts(s, earlier)
        if not added or not before:
            continue
        base = max(before, key=lambda f: f.quantity.mid)
        if not compatible(base, total) or base.quantity.mid >= q.mid:
            continue
        parts = (base, *added)
        value = sum(p.quantity.mid for p in parts)
        formula = " + ".join(printed(p) for p in parts)
        what = f"{printed(base)} carried forward with the {len(added)} added to it"
        read = fit_or_slip("sum", total, value, formula, parts, f"{what} make {num(value)}",
                           what, usual_only=True)  # fmt: skip
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found


def is_part(f: Located) -> bool:
    """A whole count of things that may be a part of a total, not a load "to a" unit."""
    q = f.quantity
    return (
        is_thing_count(f) and q.mid == int(q.mid)
        and EACH_AFTER_RE.match(f.passage.text, q.end) is None
    )  # fmt: skip


def nearest_counts(s: Sentence, earlier: list[tuple[Sentence, list[Located]]]) -> list[Located]:
    """The counts of the nearest sentence of ``s``'s paragraph before it that prints any."""
    for b, figures in reversed(earlier):
        if b.passage is not s.passage or b.index >= s.index:
            continue
        if b.index < s.index - BACK:
            break
        counts = [f for f in figures if is_part(f)]
        if counts:
            return counts
    return []
