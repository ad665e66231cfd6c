"""A span in a sentence that dates one end by month and year, the other end the event the
sentence before tells with the one date it prints, by month and year: "The restrictions were
lifted by a decree of March 1956. For the families loaded in October 1937 that meant more
than eighteen years". Read only where no other rule read the span.
"""

from __future__ import annotations

from borderlands.figures.kinds import (
    DATE_RE,
    DURATION_RE,
    MONTH_NAMES,
    Finding,
    Sentence,
    duration_count,
    duration_end,
    num,
    to_half,
)
from borderlands.figures.verdicts import Verdict

#: the units a span read here is in: the first test of a sentence (``Sentence.says_any``)
CUES = frozenset(("year", "years", "month", "months"))


def previous_date_spans(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with the spans of ``s`` no finding reads, read to the date of the sentence
    before (``spans_to_previous_date``)."""
    if s.index == 0 or not s.has_digit or not s.says_any(CUES):
        return found
    taken = {f.start for f in found if f.kind == "duration"}
    return found + [f for f in spans_to_previous_date(s) if f.start not in taken]


def spans_to_previous_date(s: Sentence) -> list[Finding]:
    """A span in a sentence that dates one end by month and year, the other end the event
    the sentence before tells with the one date it prints, by month and year: "The
    restrictions were lifted by a decree of March 1956. For the families loaded in October
    1937 that meant more than eighteen years". The other end is not named by the span's
    own words, so only a fit is read (consistent); a miss is left unverifiable, never a
    slip. A month either way is allowed (the days are not printed)."""
    said = list(DATE_RE.finditer(s.text))
    if len(said) != 1 or said[0].group(1) is None or s.index == 0:
        return []
    y1, m1 = int(said[0].group(2)), MONTH_NAMES.index(said[0].group(1).lower())
    a, b = s.passage.sentences[s.index - 1]
    before = list(DATE_RE.finditer(s.passage.text, a, b))
    if len(before) != 1 or before[0].group(1) is None:
        return []
    y2, m2 = int(before[0].group(2)), MONTH_NAMES.index(before[0].group(1).lower())
    months = abs((y2 - y1) * 12 + (m2 - m1))
    out: list[Finding] = []
    for m in DURATION_RE.finditer(s.text):
        n = duration_count(m)
        unit = m.group(3).lower()
        if n is None or unit[0] in "wd":
            continue
        qualifier = (m.group(1) or "").lower()
        per = 1 if unit.startswith("month") else 12
        fits = []
        for k in (months - 1, months, months + 1):
            span = k / per
            if qualifier == "over":
                fits.append(n < span < n + 1)
            elif qualifier in ("almost", "nearly"):
                fits.append(n - 1 < span < n)
            elif qualifier in ("about", "some"):
                fits.append(abs(span - n) <= max(1, 0.1 * n))
            else:
                fits.append(to_half(span, n) == n)
        start, end = s.start + m.start(2), duration_end(s, m, m.group(2))
        span = months / per
        what = "months" if per == 1 else "years"
        if any(fits):
            out.append(Finding(
                "duration", start, end, float(n), Verdict.consistent, f"{months} months",
                float(span), (), f"from its own date to the one the sentence before prints is "
                f"{num(round(span, 2))} {what}",
            ))  # fmt: skip
        else:
            out.append(Finding(
                "duration", start, end, float(n), Verdict.unverifiable, "", None, (),
                f"the date of the sentence before gives {num(round(span, 2))} {what}; its "
                "words do not name that end",
            ))  # fmt: skip
    return out


