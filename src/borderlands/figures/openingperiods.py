"""A multiple in words that opens a paragraph and names periods, not figures, read on the
list of the paragraph before: "Payments came to 610 million marks in 1940, 1,480 million in
1941 and 1,150 million in 1942. || Payments more than doubled from the first year to the
second". ``kinds.multiples`` reads the periods of its own paragraph only
(``periodpairs.period_pair``); a sentence that opens a paragraph has none before it, and the
list it speaks of closes the paragraph before. Only a fit is read (the list is a paragraph
away): a miss is left unverifiable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from borderlands.figures.kinds import (
    MULTIPLE_CUES,
    MULTIPLE_PHRASE_RE,
    MULTIPLE_WORDS,
    Finding,
    Sentence,
    is_count,
    multiple_holds,
    num,
)
from borderlands.figures.passages import Located
from borderlands.figures.periodpairs import period_pair
from borderlands.figures.verdicts import Verdict


def opening_period_multiples(
    s: Sentence, found: list[Finding], figures_before: Callable[[], Sequence[Located]]
) -> list[Finding]:
    """``found`` with the multiples of a figureless sentence that opens its paragraph, read
    on the periods of the paragraph before."""
    if s.index != 0 or not s.may_hold(MULTIPLE_CUES):
        return found
    if any(is_count(f) and f.quantity.unit != "year" for f in s.figures):
        return found  # a count of its own: read by kinds.multiples
    matches = [m for m in MULTIPLE_PHRASE_RE.finditer(s.text)
               if not any(f.start <= s.start + m.start() < f.end for f in found)]  # fmt: skip
    if not matches:
        return found
    figures = list(figures_before())
    last = next((f.passage for f in reversed(figures) if f.passage is not s.passage), None)
    counts = [f for f in figures if f.passage is last and is_count(f)]
    if not counts:
        return found
    out = list(found)
    for m in matches:
        pair = period_pair(s.text, sorted(counts, key=lambda f: f.quantity.start))
        if pair is None:
            continue
        old, new = pair
        word = m.group(2).lower()
        factor = 2.0 if word in ("twice", "double") else float(MULTIPLE_WORDS[word])
        ratio = new.quantity.mid / old.quantity.mid
        qualifier = " ".join((m.group(1) or "").lower().split())
        holds = multiple_holds(qualifier, factor, ratio)
        start, end = s.start + m.start(), s.start + m.end()
        if holds:
            out.append(Finding(
                "multiple", start, end, factor, Verdict.consistent,
                f"{num(new.quantity.mid)} / {num(old.quantity.mid)}", ratio, (old, new),
                f"“{m.group(0)}”: the periods it names in the paragraph before give "
                f"{ratio:.2f}",
            ))  # fmt: skip
        else:
            out.append(Finding(
                "multiple", start, end, factor, Verdict.unverifiable, "", None, (),
                f"the periods it names in the paragraph before give {ratio:.2f}; the list is "
                "a paragraph away",
            ))  # fmt: skip
    return out
