"""A span set after the one date of its sentence and counted back to an event named by its
noun: "The operation opened on 22 May, thirteen weeks after that decision" after "On 21
February 1948 the Council approved the removal"; "The trains left on 9 June, ten days after
the decree" after "A decree of 30 May ...".

The other end is the event the words name: "that" or "this" with a noun points at the one
date of the sentence before (it must print one only); "the" with a noun at the one date of the
paragraph before the span whose clause names that noun ("A decree of 30 May"). A span that
fits the two dates is consistent; one that misses is left unverifiable, not called a slip:
the noun may name another event of the same day's story than the date found for it.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    DATE_RE,
    DAY_MONTH_RE,
    Finding,
    Sentence,
    day_month_dates,
    day_month_span,
    durations_in_days,
)
from borderlands.figures.verdicts import Verdict

#: the span right after its own date, counted after a named event:
#: "on 22 May, thirteen weeks after that decision"
SPAN_AFTER_NAMED_RE = re.compile(
    r",\s+(?P<span>(?:(?:just\s+)?(?:over|almost|nearly|about|some)\s+)?[\w-]+\s+"
    r"(?:days?|weeks?|months?))\s+after\s+(?P<det>that|this|the)\s+(?P<noun>[a-z]{4,})\b"
)
STEM = 5
CLAUSE_SPAN = 80  # characters before a date searched for the noun of its event
CUES = frozenset(("after",))


def named_after_spans(s: Sentence, before: list[Sentence]) -> list[Finding]:
    """The spans of ``s`` counted back to an event the words name by its noun, dated in the
    ``before`` sentences of its paragraph (nearest last)."""
    if not (s.has_digit and before and s.says_any(CUES)):
        return []
    own = list(DAY_MONTH_RE.finditer(s.text))
    if len(own) != 1 or len(DATE_RE.findall(s.text)) > 1:
        return []
    m = SPAN_AFTER_NAMED_RE.match(s.text, own[0].end())
    if m is None:
        return []
    dated = event_date(m.group("det"), m.group("noun"), before)
    if dated is None:
        return []
    where, date_text = dated
    pair = f"{date_text} and {own[0].group()}"
    days = day_month_span(pair)
    if days is None or days <= 0:
        return []
    dates = day_month_dates(0, pair)
    ends = tuple(
        (start, start + end - begin, year)
        for (begin, end, year), start in zip(dates, (where, s.start + own[0].start()), strict=False)
    ) if len(dates) == 2 else ()  # fmt: skip
    span_start = s.start + m.start("span")
    out: list[Finding] = []
    for f in durations_in_days(s, days, ends):
        if not span_start <= f.start < s.start + m.end("span"):
            continue
        if f.verdict == Verdict.inconsistent:
            f.verdict, f.intended = Verdict.unverifiable, None
            f.explanation += "; the event named may be dated otherwise than found"
        out.append(f)
    return out


def event_date(det: str, noun: str, before: list[Sentence]) -> tuple[int, str] | None:
    """(passage offset, text) of the date of the event "that decision" or "the decree" names,
    with its year, or None."""
    if det in ("that", "this"):
        previous = before[-1]
        found = list(DAY_MONTH_RE.finditer(previous.text))
        if len(found) != 1 or len(DATE_RE.findall(previous.text)) > 1 or not found[0].group(3):
            return None
        return previous.start + found[0].start(), found[0].group()
    stem = re.escape(noun[:STEM])
    hits = [
        (b.start + d.start(), d.group())
        for b in before for d in DAY_MONTH_RE.finditer(b.text)
        if d.group(3)
        and re.search(rf"\b{stem}", b.lower[max(0, d.start() - CLAUSE_SPAN) : d.start()])
    ]  # fmt: skip
    return hits[0] if len(hits) == 1 else None
