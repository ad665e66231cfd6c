""" "Of the 4,707 taken, 3,265 were Chinese subjects and the other 1,442 Soviet Chinese. The
operation therefore took 230 of every 1,000 subjects living in the krai": a rate per
thousand whose noun names both its whole and its part, neither printed in its own clause.

The noun printed after the scale ("subjects") names the whole: the nearest count printed
before, larger than the part, with that noun right after it ("14,180 subjects of the Chinese
Republic"). The part is
the one count of the sentence before whose own words, up to the next figure, say that noun
("3,265 were Chinese subjects"); a sentence with no such count or with two names none. Read
only when the rate's clause prints no count before it. Both figures being named by the noun,
the rate is consistent when they give it at its printed precision and flagged for a usual
slip (digits transposed, a decimal point moved); any other miss leaves it unverifiable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    at_printed_precision,
    is_count,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict
from borderlands.figures.wholes import NounIndex, rate_noun, stem

SCALE_RE = re.compile(r"\s+(?:per|(?:in|of|out\s+of)\s+every)\s+(?:1,000|1000|thousand)\b")
FIGURE_RE = re.compile(r"\d")
CLAUSE_END_RE = re.compile(r"[.;:(]")


def says_noun(f: Located, noun: str) -> bool:
    """Whether the words after a count, up to the next figure or clause end, say ``noun``."""
    text = f.passage.text
    tail = text[f.quantity.end : f.quantity.end + 60]
    tail = CLAUSE_END_RE.split(FIGURE_RE.split(tail, maxsplit=1)[0], maxsplit=1)[0]
    return any(stem(w) == noun for w in re.findall(r"[a-z][a-z-]{3,}", tail.lower()))


def noun_thousands(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with each unverifiable rate per thousand of ``s`` read on the whole and the
    part its noun names (see the module)."""
    if not s.has_digit or not any(
        f.kind == "rate" and f.verdict == Verdict.unverifiable for f in found
    ):
        return found
    return [noun_read(s, f, earlier) or f for f in found]


def noun_read(s: Sentence, f: Finding, earlier: Callable[[], list[Located]]) -> Finding | None:
    if f.kind != "rate" or f.verdict != Verdict.unverifiable:
        return None
    r = next((x for x in s.counts if x.quantity.start == f.start), None)
    text = s.passage.text
    m = SCALE_RE.match(text, r.quantity.end) if r is not None else None
    if r is None or m is None:
        return None
    clause = CLAUSE_END_RE.split(text[s.start : r.quantity.start])[-1]
    if FIGURE_RE.search(clause) is not None:
        return None  # its clause counts its own part: read by the rules of its sentence
    noun = rate_noun(text, r.quantity.start, m.end(), r.quantity.start)
    if noun is None:
        return None
    counts = [x for x in earlier() if is_count(x) and x.raw_start < r.raw_start]
    parts = [x for x in counts if x.passage is s.passage and x.sentence == s.index - 1
             and says_noun(x, noun)]  # fmt: skip
    if len(parts) != 1:
        return None
    part = parts[0]
    wholes = NounIndex(counts).wholes_before(noun, r.raw_start, part.quantity.mid, limit=1)
    if not wholes:
        return None
    whole = wholes[0]
    value = part.quantity.mid / whole.quantity.mid * 1000
    formula = f"{printed(part)} / {printed(whole)} * 1000"
    if at_printed_precision(r, value):
        q = r.quantity
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (part, whole),
            f"{printed(part)} over {printed(whole)}, both counts of what its noun names, is "
            f"{value:.1f} per 1,000",
        )  # fmt: skip
    return slip_finding(
        "rate", r, value, formula, (part, whole), "the part and whole its noun names",
        usual_only=True,
    )  # fmt: skip
