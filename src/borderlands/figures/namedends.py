"""A span in years that names its own ends right after it: "over five years, from 1941 to
1946", "for three years (1946-1949)", "nine years, between 1947 and 1956".

"Over" before such a span is the preposition ("spread over"), not "more than"; a span said
as "nearly" or "about" is left. The two years printed with the span are its ends, whatever
other years the sentence prints before it ("Under the protocol of 1941 ... over five years,
from 1941 to 1946": not 1941 to 1941). The count is the one year less the other; a count one
more is the years counted inclusively and is left unverifiable; any other count is a slip.
This reading replaces any other of the same span.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    DURATION_RE,
    DateSpan,
    Finding,
    Sentence,
    duration_count,
    duration_end,
)
from borderlands.figures.supersede import DURATIONS, overlapped
from borderlands.figures.verdicts import Verdict

#: The ends printed right after the span.
OWN_ENDS_RE = re.compile(
    r"(?:,\s*|\s+)(?:from\s+(?P<a>1[89]\d\d)\s+(?:to|until|till)\s+(?P<b>1[89]\d\d)"
    r"|between\s+(?P<c>1[89]\d\d)\s+and\s+(?P<d>1[89]\d\d))\b"
    r"|\s*\((?P<e>1[89]\d\d)\s*[-\u2013]\s*(?P<f>1[89]\d\d)\)",
    re.I,
)
CUE_WORDS = frozenset({"from", "between"})


def spans_with_own_ends(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` (the findings of one sentence) with each span in years that names its ends
    read between them (see the module)."""
    if not s.has_digit or "year" not in s.lower or not (s.says_any(CUE_WORDS) or "(" in s.text):
        return found  # every span read here is of years, with two years printed
    out: list[Finding] = []
    for m in DURATION_RE.finditer(s.text):
        ends = OWN_ENDS_RE.match(s.text, m.end())
        n = duration_count(m)
        if ends is None or n is None or m.group(3).lower()[0] != "y" or n % 1:
            continue
        names = ("a", "b") if ends.group("a") else ("c", "d") if ends.group("c") else ("e", "f")
        first, last = (int(ends.group(k)) for k in names)
        span = last - first
        if span <= 0 or (m.group(1) or "over").lower() != "over":
            continue  # "over" before a span with its ends is "across", not "more than"
        verdict = (Verdict.consistent if n == span else Verdict.unverifiable if n == span + 1
                   else Verdict.inconsistent)  # fmt: skip
        dates: tuple[DateSpan, ...] = tuple(
            (s.start + ends.start(k), s.start + ends.end(k), int(ends.group(k))) for k in names
        )
        out.append(Finding(
            "duration", s.start + m.start(2), duration_end(s, m, m.group(2)), float(n),
            verdict, f"{last} - {first}", float(span), (),
            f"from {first} to {last}, the ends it names, is {span} years",
            f"{span} years" if verdict is Verdict.inconsistent else None, dates,
        ))  # fmt: skip
    return overlapped(found, out, DURATIONS) if out else found
