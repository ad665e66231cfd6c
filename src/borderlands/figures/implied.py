"""Units the sentence implies: "then deporting the remaining 9,730", "a population of about
2–3 million", "1,565,041 arrested". A count printed without a unit takes one from its
sentence, and is marked ``unit_implied`` so a reader can tell a printed unit from an inferred
one. Only counts of people (and of families, households, executions, arrests carried over
from an earlier figure in the same sentence) are inferred; distances and places never are.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from borderlands.figures.lexicon import UNIT_WORDS
from borderlands.figures.quantity import RATIO_UNITS, Quantity
from borderlands.figures.sentences import sentence_spans

INHERITED_UNITS = frozenset(("persons", "families", "households", "executions", "arrests"))
_PERSON_VERBS = (
    "arrested executed deported convicted resettled released killed exiled expelled "
    "sentenced shot emigrated fled died"
)
PERSON_VERBS = frozenset(_PERSON_VERBS.split())
PEOPLE_WORDS = frozenset(w for w, unit in UNIT_WORDS.items() if unit == "persons")
GROUP_RE = re.compile(r"\b[A-Z][a-z]{3,}s\b(?![’'])")
NOT_GROUPS = frozenset(("This", "Thus", "Relations", "Sciences", "Affairs", "Papers"))
#: How far back in its sentence a count looks for the people it counts (characters): a
#: bound, so a sentence of a million characters costs no more per figure than a short one.
LEAD_LIMIT = 400
NEXT_WORD_RE = re.compile(r"\s+(?:(?:were|was|had|have|been|are)\s+){0,2}([A-Za-z]+)")


#: A rate's divisor after its figure: "4.1 to a family", "27 per wagon", "30 for each train".
DIVISOR_RE = re.compile(r"\s+(?:to\s+an?|per|for\s+(?:each|every))\s+([a-z]+)")


def divisor_unit(text: str, end: int) -> str:
    """The unit of the thing a figure ending at ``end`` is counted per, or "" when it is no
    rate: "to a family" -> "families", "to an echelon" -> "echelons". A rate printed
    without a unit counts people: it inherits only a count of persons."""
    m = DIVISOR_RE.match(text, end)
    if m is None:
        return ""
    noun = m.group(1)
    return UNIT_WORDS.get(noun) or UNIT_WORDS.get(noun + "s") or noun + "s"


def infer_units(
    text: str, found: list[Quantity], spans: list[tuple[int, int]] | None = None
) -> list[Quantity]:
    """``found`` with the units their sentences imply; ``spans`` are the sentences of
    ``text`` when the caller has them already."""
    starts = [s for s, _ in (sentence_spans(text) if spans is None else spans)]
    out = list(found)
    for k, q in enumerate(out):
        if q.unit or q.kind == "fraction" or q.subject:
            continue  # a unit printed, or a noun the lexicon does not know ("34 echelons")
        s_start = starts[max(0, bisect.bisect_right(starts, q.start) - 1)]
        unit, subject = implied_unit(text, out, k, s_start)
        if unit:
            out[k] = replace(q, unit=unit, subject=subject, unit_implied=True)
    return out


def implied_unit(
    text: str, found: list[Quantity], k: int, sentence_start: int
) -> tuple[str, str | None]:
    """The unit the sentence implies for ``found[k]``, looking only at figures before it."""
    q = found[k]
    m = NEXT_WORD_RE.match(text, q.phrase_end)
    if m is not None and m.group(1).lower() in PERSON_VERBS:
        return "persons", None
    divisor = divisor_unit(text, q.phrase_end)
    for prior in reversed(found[max(0, k - 50) : k]):
        if prior.start < sentence_start:
            break
        if divisor and prior.unit != "persons":
            continue  # "5,210 families, 4.1 to a family": a count per family is of people
        if prior.unit in INHERITED_UNITS:
            return prior.unit, prior.subject
        if prior.unit and prior.unit not in RATIO_UNITS:
            break  # an earlier figure of places or distances: do not reach past it
    lead = text[max(sentence_start, q.start - LEAD_LIMIT) : q.start]
    words = set(re.findall(r"[a-zé]+", lead))
    if "population" in words or words & PEOPLE_WORDS:
        return "persons", None
    if any(g not in NOT_GROUPS for g in GROUP_RE.findall(lead)):
        return "persons", None
    return "", None
