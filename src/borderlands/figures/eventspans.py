"""Durations in words measured between dates the paragraph prints.

Two structures are read:

* a span set between two day-and-month dates of its own sentence that the plain duration
  pattern does not read ("from 3 to 17 May 1921, a fortnight", "from 2 March to 10 June, a
  hundred days");
* a span counted back from the one date of its own sentence to an event the paragraph
  dated before: "N units after the NOUN" (the nearest earlier sentence of the paragraph that
  names the noun, or a word of its stem, "signature" / "signed", and prints a date with its
  month) or "N units later" (the last date with its month printed before the span, in the
  sentence before or earlier in its own).

A date without its year takes the last year printed before it in the paragraph. When a date
gives no day, the span is a range of a month either way and a count that fits any value in it
stands. The verdict rests on the two dates only; without them the span is not read.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from borderlands.figures.kinds import (
    DAYS_IN,
    DURATION_UNIT_RE,
    MONTH_NAMES,
    YEAR_RE,
    DateSpan,
    Finding,
    Sentence,
    day_month_dates,
    day_month_span,
)
from borderlands.figures.numbers import TENS, UNITS, parse_words
from borderlands.figures.supersede import DURATIONS, overlapped
from borderlands.figures.verdicts import Verdict

_SMALL = "|".join(sorted([*UNITS, *TENS, *[f"{t}-{u}" for t in TENS for u in UNITS if
                                           UNITS[u] < 10]], key=len, reverse=True))
#: A duration whose count is in words: "almost a year", "a hundred days", "a fortnight",
#: "four and a half months", "a year and a half", "some eighteen months".
WORDED_SPAN_RE = re.compile(
    r"\b(?:(?P<q>(?:just\s+|well\s+)?(?:over|under)|more\s+than|less\s+than|close\s+to|almost|"
    r"nearly|about|some|roughly|around)\s+)?"
    r"(?:(?P<fortnight>an?\s+fortnight|two\s+fortnights)|"
    rf"(?P<n>(?:an?|one)\s+hundred(?:\s+and\s+(?:{_SMALL}))?|(?:{_SMALL})|\d{{1,3}}|an?)"
    r"(?P<half>\s+and\s+a\s+half)?(?:-|\s+)(?P<unit>years?|months?|weeks?|days?)\b"
    r"(?P<half_after>\s+and\s+a\s+half)?)",
    re.I,
)
#: What the span is counted back to, right after it.
AFTER_NOUN_RE = re.compile(
    r"\s+(?:after|since)\s+(?:the|their|its|his|her)\s+(?:[a-z]+\s+)?([a-z]{4,})\b", re.I
)
#: "after the old oblast had been abolished": the event is a clause, not the noun
CLAUSE_AFTER_RE = re.compile(r"\s+(?:had|has|was|were|is|are|left|came)\b", re.I)
LATER_RE = re.compile(r",?\s+later\b", re.I)
MONTH_DATE_RE = re.compile(
    r"\b(?:(\d{1,2})\s+)?(" + "|".join(MONTH_NAMES) + r")(?:,?\s+(1[89]\d\d|20\d\d))?\b", re.I
)
CUE_WORDS = ("after", "since", "later", "fortnight", "hundred")
#: "after the note", "since it had shut": a word so named points back, it dates nothing
BACK_REFERENCE_RE = re.compile(r"\b(?:after|since|before)\s+(?:[a-z]+\s+){0,4}$", re.I)


@dataclass(frozen=True)
class Dated:
    """A date as printed: its passage offsets, year, 1-based month and day (None if not
    printed)."""

    start: int
    end: int
    year: int
    month: int
    day: int | None


@dataclass(frozen=True)
class Span:
    """A duration in words as printed: its passage offsets, count, unit and qualifier."""

    start: int
    end: int
    count: float
    unit: str  # "days" | "weeks" | "months" | "years"
    qualifier: str


#: The qualifiers of a span said in other words: a lower bound, an upper bound, a round figure
SAME_QUALIFIER = {"more than": "over", "just over": "over", "well over": "over",
                  "less than": "almost", "under": "almost", "just under": "almost",
                  "well under": "almost", "close to": "about", "around": "about"}  # fmt: skip


def read_span(s: Sentence, m: re.Match[str]) -> Span | None:
    """The count and unit of a WORDED_SPAN_RE match, or None when it has no count."""
    said = " ".join((m.group("q") or "").lower().split())
    qualifier = SAME_QUALIFIER.get(said, said)
    if m.group("fortnight"):
        n = 2.0 if m.group("fortnight").lower().startswith("two") else 1.0
        return Span(s.start + m.start("fortnight"), s.start + m.end(), n * 14, "days", qualifier)
    raw = m.group("n").lower()
    words = raw.replace("-", " ").split()
    if raw.isdigit():
        value: float = int(raw)
    elif raw in ("a", "an"):
        value = 1
    else:
        parsed = parse_words([w for w in words if w not in ("and",)])
        if parsed is None:
            return None
        value = parsed
    if m.group("half") or m.group("half_after"):
        value += 0.5
    unit = m.group("unit").lower().rstrip("s") + "s"
    start = s.start + m.start("n")
    return Span(start, s.start + m.end(), float(value), unit, qualifier)


def dates_in(text: str, offset: int, year_before: int | None) -> list[Dated]:
    """The dates with a month printed in ``text`` (at passage offset ``offset``), each with
    its year or the last printed before it in the paragraph; a month alone is no date."""
    out: list[Dated] = []
    year = year_before
    for d in MONTH_DATE_RE.finditer(text):
        if d.group(3):
            year = int(d.group(3))
        if year is None or (d.group(1) is None and d.group(3) is None):
            continue
        out.append(Dated(offset + d.start(), offset + d.end(), year,
                         MONTH_NAMES.index(d.group(2).lower()) + 1,
                         int(d.group(1)) if d.group(1) else None))  # fmt: skip
    return out


def last_year_before(s: Sentence, offset: int) -> int | None:
    years = YEAR_RE.findall(s.passage.text, 0, offset)
    return int(years[-1]) if years else None


def day_range(a: Dated, b: Dated) -> tuple[float, float] | None:
    """The days from ``a`` to ``b`` as a range: exact (both ends counted or not) when both
    give a day, a month either way when one does not."""
    try:
        first = date(a.year, a.month, a.day or 15)
        second = date(b.year, b.month, b.day or 15)
    except ValueError:
        return None
    days = (second - first).days
    if days <= 0:
        return None
    if a.day is None or b.day is None:
        return days - 15.0, days + 15.0
    return float(days), days + 1.0


def fits(span: Span, low_days: float, high_days: float) -> bool:
    """Whether any span between ``low_days`` and ``high_days`` may be said as ``span``."""
    per = DAYS_IN[span.unit]
    low, high = low_days / per, high_days / per
    n = span.count
    if span.qualifier == "over":
        return high > n and low < n + 1
    if span.qualifier in ("almost", "nearly"):
        return high > n - 1 and low <= n
    if span.qualifier in ("about", "some", "roughly"):
        slack = max(0.5, 0.1 * n)
        return high >= n - slack and low <= n + slack
    if span.unit == "days":
        return low <= n <= high
    slack = 0.25 if n % 1 else 0.5
    return high >= n - slack and low < n + slack


def finding(
    span: Span, spans: tuple[DateSpan, ...], days: tuple[float, float], exact: bool, how: str
) -> Finding:
    """The verdict on ``span`` between two dates ``days`` apart (a range when not exact)."""
    ok = fits(span, *days)
    measured = (days[0] if exact else days[0] + 15) / DAYS_IN[span.unit]
    formula = f"{int(days[0])} days" if exact else f"{int(days[0] + 15)} days, a month either way"
    intended = None if ok else f"{math.floor(measured + 0.5)} {span.unit}"
    return Finding(
        "duration", span.start, span.end, span.count,
        Verdict.consistent if ok else Verdict.inconsistent, formula, round(measured, 2), (),
        f"{how}: {formula} is {measured:.1f} {span.unit}", intended, spans,
    )  # fmt: skip


def stem_of(noun: str) -> str:
    """The letters a noun shares with its verb: "signature" "sign", "resolution" "resol"."""
    return noun[: max(4, len(noun) - 5)].lower()


def event_date(s: Sentence, noun: str, before: int) -> Dated | None:
    """The date of the nearest earlier sentence of the paragraph (or of this one before
    ``before``) that names ``noun`` by its stem, not as a span's point of reference ("after
    the note"): the date nearest the word."""
    stem = re.compile(rf"\b{re.escape(stem_of(noun))}[a-z]*\b", re.I)
    text = s.passage.text
    pieces = [(a, b) for a, b in s.passage.sentences if b <= s.start]
    for a, b in reversed([*pieces, (s.start, before)]):
        names = [n for n in stem.finditer(text, a, b)
                 if BACK_REFERENCE_RE.search(text, max(a, n.start() - 30), n.start()) is None]
        found = dates_in(text[a:b], a, last_year_before(s, a)) if names else []
        if found:
            at = names[0].start()
            return min(found, key=lambda d: abs(d.start - at))
    return None


#: "that spring", "the same year", "by then": the time of the sentence before, not a date
THAT_TIME_RE = re.compile(
    r"\b(?:that|the\s+same)\s+(?:spring|summer|autumn|winter|year)\b|\bby\s+then\b", re.I
)
#: "since their arrival in 1944", "after the removal of 1941": the event's own year
SINCE_YEAR_RE = re.compile(
    r"\s+(?:since|after)\s+(?:the|their|its|his|her)\s+[a-z]{4,}\s+(?:in|of)\s+"
    r"(1[89]\d\d|20\d\d)\b", re.I,
)


def years_to_that_time(
    s: Sentence, m: re.Match[str], span: Span, previous: Sentence | None
) -> Finding | None:
    """Whole years from an event dated in the span's own words ("fourteen years since their
    arrival in 1944") to the time the sentence names by pointing back ("that spring"): the
    one year after the event's that the sentence before prints. A count one year off is left
    (the months are not known); one further off is a slip."""
    since = SINCE_YEAR_RE.match(s.text, m.end())
    point = THAT_TIME_RE.search(s.text)
    if since is None or point is None or span.unit != "years" or span.qualifier:
        return None
    if len(YEAR_RE.findall(s.text)) != 1 or previous is None:
        return None
    start = int(since.group(1))
    later = [y for y in YEAR_RE.finditer(s.passage.text, previous.start, previous.end)
             if int(y.group()) > start]  # fmt: skip
    if len({y.group() for y in later}) != 1:
        return None
    then = later[-1]
    end = int(then.group())
    gap = abs(end - start - span.count)
    if gap == 1 or span.count % 1:
        return None
    ok = gap == 0
    ends: tuple[DateSpan, ...] = (
        (s.start + since.start(1), s.start + since.end(1), start),
        (then.start(), then.end(), end),
    )
    return Finding(
        "duration", span.start, span.end, span.count,
        Verdict.consistent if ok else Verdict.inconsistent, f"{end} - {start}",
        float(end - start), (), f"from {start} to {end}, the year of '{point.group()}', is "
        f"{end - start} years", None if ok else f"{end - start} years", ends,
    )  # fmt: skip


def worded_spans(
    s: Sentence, previous: Sentence | None, found: list[Finding]
) -> list[Finding]:
    """``found`` (the findings of one sentence) with the durations in words between two
    dates the paragraph prints (see the module) in place of any unread ones they cover."""
    if not s.has_digit or not any(word in s.lower for word in CUE_WORDS):
        return found  # a substring test: cheaper than the word set, and never stricter
    if DURATION_UNIT_RE.search(s.text) is None and "fortnight" not in s.lower:
        return found  # every span has its unit
    read = [f for f in found if f.kind == "duration" and f.verdict is not Verdict.unverifiable]
    out: list[Finding] = []
    own = dates_in(s.text, s.start, last_year_before(s, s.start))
    for m in WORDED_SPAN_RE.finditer(s.text):
        span = read_span(s, m)
        if span is None or any(r.start < span.end and span.start < r.end for r in read):
            continue  # read already
        rest = s.text[m.end():]
        if (back := years_to_that_time(s, m, span, previous)) is not None:
            out.append(back)
            continue
        noun = AFTER_NOUN_RE.match(rest)
        if noun is not None and CLAUSE_AFTER_RE.match(rest, noun.end()):
            continue  # what happened to the noun is the event: not dated by the noun
        later = LATER_RE.match(rest) is not None
        if noun is None and not later:
            if (days := day_month_span(s.text)) is not None:
                dated = day_month_dates(s.start, s.text, last_year_before(s, s.start))
                out.append(finding(span, dated, (float(days), days + 1.0), True,
                                   "between its dates"))  # fmt: skip
            continue
        ends = [d for d in own if d.end <= span.start]
        if not ends:
            continue
        end = ends[-1]
        start: Dated | None = None
        if noun is not None:
            start = event_date(s, noun.group(1), ends[0].start)
        elif len(ends) == 1 and previous is not None:
            earlier = dates_in(previous.text, previous.start,
                               last_year_before(s, previous.start))
            start = earlier[-1] if earlier else None
        if start is None or (days_between := day_range(start, end)) is None:
            continue
        out.append(finding(
            span, ((start.start, start.end, start.year), (end.start, end.end, end.year)),
            days_between, start.day is not None and end.day is not None,
            "from the event it is counted from",
        ))  # fmt: skip
    return overlapped(found, out, DURATIONS) if out else found
