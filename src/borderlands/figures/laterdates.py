"""A span said right after the date it ends on: "the order went out on 10 June; the last
train left on 19 June, nine days later". The span runs from the date printed before that
one to it, not between the sentence's first two dates (9 and 10 June here): "later" counts
back from the date it is set beside, to the event told just before it."""

from __future__ import annotations

import re

#: "19 June, nine days later", "on 3 May 1945, three weeks later": a date, a comma, a span
#: and "later" (the span's own words are read by ``kinds.DURATION_RE``)
LATER_AFTER_DATE_RE = re.compile(
    r",\s+(?:only\s+|just\s+|barely\s+)?(?:(?:over|almost|nearly|about|some)\s+)?"
    r"[\w-]+(?:\s+and\s+a\s+half)?\s+(?:days?|weeks?|months?|years?)\s+later\b",
    re.I,
)


def later_slice(
    text: str, dates: list[re.Match[str]]
) -> tuple[list[re.Match[str]], re.Match[str], int] | None:
    """For a sentence whose dates (day and month) are ``dates``: the dates before the one a
    "later" span is set beside (the nearest first), that date, and the end of the span's
    words (which begin at that date's end); None when no span is so set, or when its date
    is one of the sentence's first two (the span the sentence's first two dates give is
    read already)."""
    for i, d in enumerate(dates):
        m = LATER_AFTER_DATE_RE.match(text, d.end())
        if m is None:
            continue
        if i < 2:
            return None  # the first two dates: what the sentence's span reads already
        return list(reversed(dates[:i])), d, m.end()
    return None
