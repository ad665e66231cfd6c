"""A duration is called a slip only when both its ends are the dates its words name.

Every duration reading that found a mismatch is looked at once more, on the dates it was
counted between (``Finding.dates``):

* "four years after the first trains": one end is the event the words name. A date of the
  same sentence set in a clause parallel to the duration's own ("2,000 were sent west in
  1949 and the rest only in 1951, four years after the first trains": joined by "and",
  "while", "but" or a semicolon) is the date of a sibling event, no end the words name,
  unless its clause names the event by its noun ("removed in 1931 and released in 1936,
  five years after the removal"); the claim is left unverifiable.
* "The first stage ended on 30 November ... the whole removal was done within twelve
  months": a span the words give to a whole ("the whole removal", "the entire operation")
  starts at the start of that whole; a date told as the close of something ("ended on",
  "was over on") is no such start, and the claim is left unverifiable. (A span from a close
  to a later event, "the loading began six weeks after the talks ended", is not of a whole
  and is read as printed.)
* "within twelve months", "in under three years", "less than forty days": a bound, not a
  length; a span no longer than the bound is consistent with it.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    DateSpan,
    Finding,
    NounYear,
    Sentence,
    duration_words,
)
from borderlands.figures.verdicts import Verdict

#: The event a span is counted from or to, right after the duration's unit.
EVENT_AFTER_RE = re.compile(
    r"\s+(?:after|before|later\s+than|earlier\s+than)\s+(?:the|their|its|his|her|our)\s+"
    r"((?:[A-Za-z][a-z’'-]+\s+){0,2}?[a-z][a-z-]{3,})\b(?=\s*(?:[,;:.()]|$|\s+(?:of|in|at|"
    r"to|from|on|and|was|were|had)\b))",
    re.I,
)
#: A date told as the close of something ("ended on", "closed its last register on").
CLOSE_RE = re.compile(
    r"\b(?:ended|closed|finished|completed|concluded|was\s+over|came\s+to\s+an\s+end|"
    r"until|till)\b[^.;:,]{0,40}$",
    re.I,
)
#: A span given to a whole: "the whole removal was done within", "the entire operation took".
WHOLE_RE = re.compile(r"\b(?:whole|entire)\s+[a-z]+", re.I)
#: What sets two clauses of one sentence side by side.
PARALLEL_RE = re.compile(r"\band\b|;|\bwhile\b|\bbut\b", re.I)
#: Words that make the duration a bound on the span, said right before it.
BOUND_RE = re.compile(
    r"\b(?:within|in\s+under|in\s+less\s+than|less\s+than|under|at\s+most|no\s+more\s+than|"
    r"not\s+more\s+than|inside)\s+(?:(?:a|the)\s+)?$",
    re.I,
)
STEM = 5
#: A noun that names a thing done once ("the loading", "their removal", "the deportation"),
#: not a thing that lasts ("the trains", "the camps"): the year in force where it was told
#: is the year it was done
EVENT_NOUN_RE = re.compile(r"(?:ing|al|tion|sion|ment|ure)$")
#: The unit of a span read in whole years.
YEARS_RE = re.compile(r"[\w-]*\s*years?\b", re.I)
#: A qualifier before the count ("nearly nine years"): not read in whole years.
QUALIFIED_RE = re.compile(r"\b(?:over|almost|nearly|about|some|more\s+than|under)\s+$", re.I)
CLAUSE_BACK = 160
UNIT_RE = re.compile(r"[\w-]*\s*(?:years?|months?|weeks?|days?)\b", re.I)


def _stem(word: str) -> str:
    return word.lower()[:STEM]


def _segment(text: str, date: DateSpan, cut: tuple[int, int]) -> str:
    """The words of the clause a date is printed in: back to the sentence's start and on to
    its end, without the duration's own words (``cut``, from the count to the text's end
    when the date comes before it, or from the text's start when after)."""
    begin, end, _ = date
    left = max(0, begin - CLAUSE_BACK)
    stop = max(text.rfind(".", left, begin), text.rfind(";", left, begin))
    left = stop + 1 if stop >= 0 else left
    right = len(text)
    for mark in ".;":
        found = text.find(mark, end)
        if found >= 0:
            right = min(right, found)
    if begin < cut[0]:
        right = min(right, cut[0])
    elif begin >= cut[1]:
        left = max(left, cut[1])
    return text[left:right]


def _event_named(text: str, dates: tuple[DateSpan, ...], head: str, cut: tuple[int, int]) -> bool:
    """Whether one of ``dates`` is printed in a clause that names the event by its noun."""
    stem = _stem(head)
    return any(
        any(_stem(w) == stem for w in re.findall(r"[A-Za-z]{4,}", _segment(text, d, cut)))
        for d in dates
    )


def _in_time(date: DateSpan) -> tuple[int, int]:
    """A date's place in time: its year, then its place in the text."""
    return date[2], date[0]


def _left_open(f: Finding, why: str) -> Finding:
    return Finding(
        f.kind, f.start, f.end, f.stated_value, Verdict.unverifiable, "", None, (),
        why, None, f.dates,
    )  # fmt: skip


def _from_event(
    s: Sentence, f: Finding, event: re.Match[str], noun_year: NounYear,
    sibling: list[DateSpan],
) -> Finding | None:
    """A span in whole years read again from the year the text gives the event its words
    name ("after the loading": the loading of 1949, or told while 1949 was in force) to the
    sentence's own date, the latest it prints that is no sibling's."""
    own = [d for d in f.dates if d not in sibling and s.start <= d[0] < s.end]
    if not own or not YEARS_RE.match(s.passage.text, f.end):
        return None
    if QUALIFIED_RE.search(s.passage.text, max(0, f.start - 12), f.start):
        return None
    head = event.group(1).split()[-1].lower()
    year = noun_year(s, head)
    end = max(own, key=_in_time)[2]
    if year is None or not 0 < end - year <= 100:
        return None
    span = end - year
    ok = span == f.stated_value
    if not ok and not EVENT_NOUN_RE.search(head):
        return None  # "the first trains": a thing the text tells in several years
    raw = s.passage.text[f.start : f.end]
    intended = (duration_words(span, f.stated_value, raw) if raw.isalpha()
                else str(span))  # fmt: skip
    return Finding(
        f.kind, f.start, f.end, f.stated_value,
        Verdict.consistent if ok else Verdict.inconsistent, f"{end} - {year}", float(span), (),
        f"from {year}, the year the text gives the {head}, to {end} is {span} years",
        None if ok else intended, tuple(d for d in f.dates if d not in sibling),
    )  # fmt: skip


def _unit_end(text: str, end: int) -> int:
    m = UNIT_RE.match(text, end)
    return m.end() if m else end


def checked_ends(s: Sentence, found: list[Finding], noun_year: NounYear) -> list[Finding]:
    """The duration mismatches of ``found`` whose ends are not the dates their words name,
    left unverifiable; a bound ("within twelve months") met by its span, consistent."""
    text = s.passage.text
    out: list[Finding] = []
    for f in found:
        if f.kind != "duration" or f.verdict != Verdict.inconsistent or not f.dates:
            out.append(f)
            continue
        after = _unit_end(text, f.end)
        event = EVENT_AFTER_RE.match(text, after)
        cut = (f.start, after)
        sibling = [
            d for d in f.dates
            if s.start <= d[1] <= f.start and PARALLEL_RE.search(text, d[1], f.start)
        ]  # fmt: skip
        if (event is not None and sibling
                and not _event_named(text, tuple(sibling), event.group(1).split()[-1], cut)):
            out.append(_from_event(s, f, event, noun_year, sibling)
                       or _left_open(f, f"its other end is “{event.group(0).strip()}”, which "
                                        "no date it was counted from names"))  # fmt: skip
            continue
        first = min(f.dates, key=_in_time)
        if (event is None and len(f.dates) >= 2
                and WHOLE_RE.search(text, s.start, f.start)
                and CLOSE_RE.search(text, max(0, first[0] - 60), first[0])):
            out.append(_left_open(f, "the span is of a whole, and the date it was counted "
                                     "from is told as the close of a part"))  # fmt: skip
            continue
        bound = BOUND_RE.search(text, max(0, f.start - 30), f.start)
        if bound is not None and f.computed is not None and f.computed <= f.stated_value:
            out.append(Finding(
                f.kind, f.start, f.end, f.stated_value, Verdict.consistent, f.formula,
                f.computed, f.inputs, f"{f.explanation}, within “{bound.group(0).strip()} "
                f"{text[f.start:f.end]}”", None, f.dates,
            ))  # fmt: skip
            continue
        out.append(f)
    return out
