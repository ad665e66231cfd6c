"""Spans from a date of their own sentence to an end the sentence before dated.

"The last ship left the port on 22 July 1949. From the first sailing on 3 January 1947 to
the last, over thirty months had passed"; "The last echelon was unloaded only on 29 July.
That journey lasted twenty-three days from the loading on 6 July": the span's sentence
prints one date, the start ("from ... 3 January 1947"), and points back for the end ("to the
last", "That journey"): the last date with its day and month of the sentence before, which
must fall after the start ("to the last": the nearest of the three sentences before that
says "last"). A slip is called only when both dates print their years; else a
miss is left unverifiable (the end's year is the one in force, which may not be its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from borderlands.figures.eventclauses import year_before
from borderlands.figures.eventspans import (
    WORDED_SPAN_RE,
    Dated,
    dates_in,
    day_range,
    finding,
    read_span,
)
from borderlands.figures.kinds import DURATION_UNIT_RE, YEAR_RE, Finding, Sentence
from borderlands.figures.passages import Passage
from borderlands.figures.supersede import DURATIONS, overlapped
from borderlands.figures.verdicts import Verdict

#: The words that point back for the end: "to the last", "That journey lasted"
POINTS_BACK_RE = re.compile(
    r"\bto\s+the\s+last\b(?!\s+\d)|^\s*(?:That|This|The\s+whole)\s+[a-z]+\s+(?:had\s+)?"
    r"(?:lasted|took)\b",
)
#: The start: "from the first sailing on 3 January 1947", "from the loading on 6 July"
FROM_RE = re.compile(r"\b[Ff]rom\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:on\s+)?(?=\d{1,2}\s+[A-Z])")
CUE_WORDS = frozenset({"from", "From"})
TO_THE_LAST_RE = re.compile(r"\bto\s+the\s+last\b")
SENTENCES_BACK = 3


def pointed_spans(
    s: Sentence, previous: Sentence | None, found: list[Finding], passages: Sequence[Passage]
) -> list[Finding]:
    """``found`` (the findings of one sentence) with its spans in words counted from its
    one date to the end the sentence before dated (see the module); a date without its
    year takes the last printed before it, in its paragraph or the ``passages`` before."""
    if previous is None or previous.passage is not s.passage or not s.has_digit:
        return found
    if DURATION_UNIT_RE.search(s.text) is None:
        return found
    if not s.says_any(CUE_WORDS) or POINTS_BACK_RE.search(s.text) is None:
        return found
    own = dates_in(s.text, s.start, year_before(s.passage, s.start, passages))
    start_at = FROM_RE.search(s.text)
    if len(own) != 1 or start_at is None or own[0].start - s.start != start_at.end():
        return found
    start = own[0]
    if start.day is None:
        return found
    end = end_before(s, "last" if TO_THE_LAST_RE.search(s.text) else None, passages)
    if end is None:
        return found
    days = day_range(start, end)
    read = [f for f in found if f.kind == "duration" and f.verdict is not Verdict.unverifiable]
    out: list[Finding] = []
    for m in WORDED_SPAN_RE.finditer(s.text):
        span = read_span(s, m)
        if span is None or days is None or any(
            r.start < span.end and span.start < r.end for r in read
        ):
            continue
        got = finding(span, dated_ends(start, end), days, True,
                      "to the end the sentence before dated")  # fmt: skip
        if got.verdict is Verdict.inconsistent and not both_years_printed(s, start, end):
            got = replace(got, verdict=Verdict.unverifiable, intended=None, explanation=(
                "the end's year is not printed with its date: " + got.explanation))
        out.append(got)
    return overlapped(found, out, DURATIONS) if out else found


def end_before(s: Sentence, word: str | None, passages: Sequence[Passage]) -> Dated | None:
    """The last date with its day of the sentence before ``s``, or, when the span points
    back by a ``word`` ("to the last"), of the nearest of the few before that prints it."""
    text = s.passage.text
    for i in range(s.index - 1, max(-1, s.index - 1 - (SENTENCES_BACK if word else 1)), -1):
        a, b = s.passage.sentences[i]
        if word is not None and re.search(rf"\b{word}\b", text[a:b], re.I) is None:
            continue
        year = year_before(s.passage, a, passages)
        ends = [d for d in dates_in(text[a:b], a, year) if d.day is not None]
        if ends:
            return ends[-1]
    return None


def dated_ends(start: Dated, end: Dated) -> tuple[tuple[int, int, int], ...]:
    return ((start.start, start.end, start.year), (end.start, end.end, end.year))


def both_years_printed(s: Sentence, start: Dated, end: Dated) -> bool:
    text = s.passage.text
    return (YEAR_RE.search(text, start.start, start.end) is not None
            and YEAR_RE.search(text, end.start, end.end) is not None)  # fmt: skip
