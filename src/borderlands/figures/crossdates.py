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
    MONTH_NAMES,
    WORD_NUMBERS,
    DateSpan,
    Finding,
    Sentence,
    date_spans,
    day_month_dates,
    day_month_span,
    duration_count,
    duration_end,
    durations_in_days,
    year_printed_before,
)
from borderlands.figures.verdicts import Verdict

SPAN_CUE_RE = re.compile(
    r"\b(?:thus|therefore|so that|in all|altogether|apart|between|took|taken|lasted|"
    r"spread over|had)\b",
    re.I,
)
#: "three weeks later", "forty days after the order": a time counted from an event.
OFFSET_AFTER_RE = re.compile(r"\s+(?:later|after|before|earlier|on|from)\b", re.I)
#: The duration set right after its own date: "until 31 December 1913, fourteen months".
APPOSED_SPAN_RE = re.compile(r"^,\s+(?:(?:just\s+)?(?:over|almost|nearly|about|some)\s+)?$")


def placed(dates: tuple[DateSpan, ...], starts: list[int]) -> tuple[DateSpan, ...]:
    """Dates read in a text made of pieces of a passage, put back at the passage offsets
    ``starts`` where each was printed (their lengths unchanged); none when a date's year is
    not known (the pieces would no longer line up)."""
    if len(dates) != len(starts):
        return ()
    return tuple(
        (start, start + end - begin, year)
        for (begin, end, year), start in zip(dates, starts, strict=True)
    )


def durations_across(s: Sentence, previous: Sentence | None) -> list[Finding]:
    """Durations in days, weeks or months between a date of the sentence before and one of
    this sentence (or two of the sentence before)."""
    if previous is None or not previous.has_digit:
        return []  # a day of a month needs a digit: most sentences skip the scans below
    if not 1 <= len(before := DAY_MONTH_RE.findall(previous.text)) <= 2:
        return []
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
    starts = [previous.start + d.start() for d in DAY_MONTH_RE.finditer(previous.text)]
    starts += [s.start + d.start() for d in own]
    year = year_printed_before(s.passage.text, previous.start)
    dates = placed(day_month_dates(0, previous.text + " " + s.text, year), starts)
    return [f for f in durations_in_days(s, days, dates) if f.start >= s.start + spans[0].start(2)
            and any(f.start == s.start + m.start(2) for m in spans)]  # fmt: skip


#: "Between that decree and the declaration of November 1989": a span from a thing named
#: before ("that decree", "the census") to a date of the sentence.
BETWEEN_NAMED_RE = re.compile(r"\b[Bb]etween\s+(?:that|this|the)\s+([a-z]{4,})\s+and\b")
MONTH_WORDS = "|".join(MONTH_NAMES)


def span_from_named(s: Sentence) -> list[Finding]:
    """Whole years between a thing the paragraph dated before ("The decree of 28 April
    1956 ...") and the one date of this sentence ("Between that decree and the declaration
    of November 1989, thirty-three years went by"). The months of the two ends are not
    weighed: a count one year off either way stands; one further off is a slip."""
    if "etween" not in s.text:
        return []  # BETWEEN_NAMED_RE needs the word
    m = BETWEEN_NAMED_RE.search(s.text)
    if m is None or DURATION_UNIT_RE.search(s.text) is None:
        return []
    own = DATE_RE.findall(s.text)
    if len(own) != 1:
        return []
    year = int(own[0][1])
    dated = re.compile(
        rf"\b{m.group(1)}\s+of\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTH_WORDS})\s+)?(1[89]\d\d)\b", re.I
    )
    named = list(dated.finditer(s.passage.text, 0, s.start))
    if not named:
        return []
    other = int(named[-1].group(1))
    ends = (
        (named[-1].start(1), named[-1].end(1), other),
        *date_spans(s.start, list(DATE_RE.finditer(s.text))),
    )
    span = abs(year - other)
    out: list[Finding] = []
    for d in DURATION_RE.finditer(s.text):
        n = duration_count(d)
        if n is None or d.group(3).lower()[0] != "y" or d.group(1):
            continue
        ok = abs(span - n) <= 1
        raw = d.group(2)
        intended = WORD_NUMBERS.get(span, str(span)) if raw.isalpha() else str(span)
        out.append(Finding(
            "duration", s.start + d.start(2), duration_end(s, d, raw), float(n),
            Verdict.consistent if ok else Verdict.inconsistent,
            f"{max(year, other)} - {min(year, other)}", float(span), (),
            f"from the {m.group(1)} of {other} to {year} is {span} years (a year either way "
            "for the months)", None if ok else intended, ends,
        ))  # fmt: skip
    return out


#: "36 days after it had left", "nine days after they were loaded": a time counted back to
#: an event of the sentence before, named by its verb.
AFTER_VERB_RE = re.compile(
    r"\s+(?:after|before)\s+(?:it|they|he|she|the\s+[a-z]+)\s+(?:had\s+|was\s+|were\s+)?"
    r"([a-z]{3,})\b",
    re.I,
)
VERB_SPAN = 60  # characters before a date searched for its verb


def days_after_event(s: Sentence, previous: Sentence | None) -> list[Finding]:
    """A span in days or weeks from a date of the sentence before, the one whose clause
    holds the same verb ("The first echelon left on 13 June and was unloaded on 2 July. The
    last arrived on 9 July, 26 days after it had left"), to the one date of this sentence."""
    if previous is None or ("after" not in s.text and "before" not in s.text):
        return []  # the cheap test first: the words the span is counted by
    if not s.has_digit:
        return []
    own = list(DAY_MONTH_RE.finditer(s.text))
    if len(own) != 1 or not (before := list(DAY_MONTH_RE.finditer(previous.text))):
        return []
    out: list[Finding] = []
    for d in DURATION_RE.finditer(s.text):
        verb = AFTER_VERB_RE.match(s.text, d.end())
        if verb is None or d.group(3).lower()[0] not in "dw" or d.group(1):
            continue
        word = verb.group(1).lower()
        # the words of each date's own clause: back to the date before it, if nearer
        lead = [max(0, b.start() - VERB_SPAN, a.end() if a else 0)
                for a, b in zip([None, *before[:-1]], before, strict=True)]  # fmt: skip
        dated = [b for b, at in zip(before, lead, strict=True)
                 if re.search(rf"\b{word}\b", previous.text[at : b.start()], re.I)]  # fmt: skip
        if len(dated) != 1:
            continue
        pair = f"{dated[0].group()} and {own[0].group()}"
        days = day_month_span(pair + " " + s.passage.text[: s.end])
        if days is None:
            continue
        dates = placed(
            day_month_dates(0, pair + " " + s.passage.text[: s.end], None),
            [previous.start + dated[0].start(), s.start + own[0].start()],
        )
        out += [f for f in durations_in_days(s, days, dates) if f.start == s.start + d.start(2)]
    return out
