"""Spans between two dates printed with day and month across a sentence break: "The bureau
resolved on 15 February 1935 ...; the first trains left on 27 March. The NKVD had forty days
between the resolution and the loading"; "The ledger was opened on 1 November 1912. It was
kept until 31 December 1913, fourteen months in which ...".

The sentence before and the duration's own sentence together print exactly two dates with
day and month (``kinds.day_month_span`` counts the days). The sentence must say it measures
that span: a word of summing up or of spanning ("thus", "therefore", "apart", "between",
"took", "lasted", "spread over", "had"), or the duration set right after its own date; a
span counted "later" or "after" an event is not the span between the two dates. Only spans
in days, weeks and months are read (years between such dates are read within a sentence).
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    DATE_RE,
    DAY_MONTH_RE,
    DURATION_RE,
    DURATION_UNIT_RE,
    Finding,
    Sentence,
    day_month_span,
    durations_in_days,
)

SPAN_CUE_RE = re.compile(
    r"\b(?:thus|therefore|so that|in all|altogether|apart|between|took|taken|lasted|"
    r"spread over|had)\b",
    re.I,
)
#: "three weeks later", "forty days after the order": a time counted from an event.
OFFSET_AFTER_RE = re.compile(r"^\s+(?:later|after|before|earlier|on|from)\b", re.I)
#: The duration set right after its own date: "until 31 December 1913, fourteen months".
APPOSED_SPAN_RE = re.compile(r"^,\s+(?:(?:just\s+)?(?:over|almost|nearly|about|some)\s+)?$")


def durations_across(s: Sentence, previous: Sentence | None) -> list[Finding]:
    """Durations in days, weeks or months between a date of the sentence before and one of
    this sentence (or two of the sentence before)."""
    if previous is None or not 1 <= len(before := DAY_MONTH_RE.findall(previous.text)) <= 2:
        return []  # most sentences follow one without a day and month: the cheap test first
    if DURATION_UNIT_RE.search(s.text) is None:
        return []
    own = list(DAY_MONTH_RE.finditer(s.text))
    if len(own) > 1 or len(DATE_RE.findall(s.text)) > len(own):
        return []  # the sentence's own dates are read by kinds.durations
    if len(before) + len(own) != 2 or len(DATE_RE.findall(previous.text)) > len(before):
        return []
    spans = [
        m for m in DURATION_RE.finditer(s.text)
        if m.group(3).lower()[0] in "dwm" and not OFFSET_AFTER_RE.match(s.text, m.end())
    ]  # fmt: skip
    if not spans:
        return []
    apposed = bool(own) and APPOSED_SPAN_RE.match(s.text[own[0].end() : spans[0].start()])
    if not apposed and SPAN_CUE_RE.search(s.text) is None:
        return []
    days = day_month_span(previous.text + " " + s.text)
    if days is None:
        return []
    return [f for f in durations_in_days(s, days) if f.start >= s.start + spans[0].start(2)
            and any(f.start == s.start + m.start(2) for m in spans)]  # fmt: skip
