"""Durations counted from an event the text dated before, named by a clause or by a noun
whose date stands in an earlier paragraph.

"The first echelon reached the camp on 15 July, seventeen days after it had left the city":
the event is what the clause after "after" says happened ("it had left the city", "the
first trains had been loaded", "the decree was signed"). Its date is the one printed
nearest a word of that clause in the nearest earlier sentence that names the word by its
stem and prints a date: the clause's verb first ("loaded" finds "the loading ... on 25
March"), then the other words of the clause (its subject, its object). The search runs back
through the paragraph and then the paragraphs before it. "N units after the NOUN" whose
noun is dated only in an earlier paragraph is read the same way (``eventspans`` reads it
within the paragraph).

A verdict is given only when the event was found by its verb (or by its noun, when the noun
alone is the event: "after the note"); a date found by another word of the clause may be
that of another thing that happened to it ("formed" for "after the district had been
dissolved"), and the span is left unverifiable. A slip is called only when the event's date
prints its year.

The span ends at the sentence's own date, the last printed before it. Days, weeks and
months are measured between the two dates (``eventspans.fits``); whole years as writers
count them, one year printed less the other. Without both dates the span is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from borderlands.figures.eventspans import (
    BACK_REFERENCE_RE,
    WORDED_SPAN_RE,
    Dated,
    Span,
    dates_in,
    day_range,
    finding,
    read_span,
)
from borderlands.figures.kinds import DURATION_UNIT_RE, YEAR_RE, Finding, Sentence
from borderlands.figures.lexicon import EVENT_VERB_NOUN_STEMS
from borderlands.figures.passages import Passage
from borderlands.figures.supersede import DURATIONS, overlapped
from borderlands.figures.verdicts import Verdict

#: What follows the span: "after" (or "since") and the event, up to the end of its clause.
AFTER_EVENT_RE = re.compile(
    r"\s+(?:after|since)\s+(?P<event>(?:the|their|its|his|her|it|they)\b[^,;:.()]{2,80}?)"
    r"(?=\s*(?:[,;:.()]|$|\s(?:when|which|while|and|but|where)\b))",
    re.I,
)
#: The verb of an event clause: "had been loaded", "was delivered", "it had left".
EVENT_VERB_RE = re.compile(
    r"\b(?:had|has|have|was|were)\s+(?:been\s+)?(?P<verb>[a-z]{4,})\b"
    r"|^(?:the|their|its|his|her)\s+[a-z]+\s+(?P<past>left|came|went|began|ended|[a-z]{3,}ed)$",
    re.I,
)
#: "the note", "their arrival": a noun alone is the event
NOUN_EVENT_RE = re.compile(r"^(?:the|their|its|his|her)\s+(?:[a-z]+\s+)?[a-z]{4,}$", re.I)
#: Words of a clause that name no event.
NOT_KEYS = frozenset({
    "the", "their", "its", "his", "her", "it", "they", "had", "has", "have", "was", "were",
    "been", "first", "last", "then", "them", "there", "this", "that", "these", "those", "with",
    "from", "into", "which", "whole", "same",
})
PASSAGES_BACK = 12  # paragraphs before the span's own searched for the event
CUE_WORDS = frozenset({"after", "since"})


def stem(word: str) -> str:
    """The letters a word shares with its other forms: "loaded" "load", "delivered"
    "deliv", "crossing" "cross"."""
    return word[: max(4, len(word) - 3)].lower()


def event_keys(event: str) -> list[str] | None:
    """The words to find the event by, the verb first; None when the words after "after"
    are neither a clause nor a noun."""
    verb = EVENT_VERB_RE.search(event)
    if verb is None and NOUN_EVENT_RE.match(event.strip()) is None:
        return None
    words = [w for w in re.findall(r"[A-Za-z]{4,}", event) if w.lower() not in NOT_KEYS]
    if verb is not None:
        said = verb.group("verb") or verb.group("past")
        nouns = list(EVENT_VERB_NOUN_STEMS.get(said.lower(), ()))
        words = [said, *nouns, *(w for w in words if w != said)]
    elif words:
        words = [words[-1], *words[:-1]]  # the noun that is the event first
    return words or None


def earlier_chunks(s: Sentence, passages: Sequence[Passage]) -> list[tuple[Passage, int, int]]:
    """The sentences before ``s``, nearest first: its paragraph's, then the paragraphs'
    before it (``PASSAGES_BACK`` of them)."""
    own = [(s.passage, a, b) for a, b in reversed(s.passage.sentences) if b <= s.start]
    at = next((i for i, p in enumerate(passages) if p is s.passage), None)
    if at is None:
        return own
    for p in reversed(passages[max(0, at - PASSAGES_BACK):at]):
        if p.where == s.passage.where:
            own += [(p, a, b) for a, b in reversed(p.sentences)]
    return own


def year_before(p: Passage, offset: int, passages: Sequence[Passage]) -> int | None:
    """The last year printed before ``offset`` of ``p``: in its own text, else in the
    passages before it."""
    years = YEAR_RE.findall(p.text, 0, offset)
    if years:
        return int(years[-1])
    at = next((i for i, q in enumerate(passages) if q is p), 0)
    for q in reversed(passages[:at]):
        if q.where == p.where and (years := YEAR_RE.findall(q.text)):
            return int(years[-1])
    return None


def year_dates(text: str, offset: int) -> list[Dated]:
    """Every year printed in ``text``, as a date without month."""
    return [Dated(offset + y.start(), offset + y.end(), int(y.group()), 0, None)
            for y in YEAR_RE.finditer(text)]  # fmt: skip


def event_date(
    s: Sentence, keys: list[str], passages: Sequence[Passage], years: bool
) -> tuple[Passage, Dated, bool] | None:
    """The date printed nearest the first key (in the order given) found in an earlier
    sentence that also prints a date (with its month; a year alone will do for ``years``),
    and whether that key is the first (the verb, or the noun that is the event) or a noun of
    the verb ("the closure of 7 October" for "after it had shut"; a noun dated right after it
    is read even after "after", which it is the date of)."""
    chunks = earlier_chunks(s, passages)
    verb_nouns = set(EVENT_VERB_NOUN_STEMS.get(keys[0].lower(), ())) if keys else set()
    for rank, key in enumerate(keys):
        pattern = (
            re.compile(rf"\b{key}s?\b(?P<own>\s+(?:of|on)\s+\d)?", re.I)  # its own date
            if key in verb_nouns
            else re.compile(rf"\b{re.escape(stem(key))}[a-z]*\b", re.I)
        )
        for p, a, b in chunks:
            named = next((n for n in pattern.finditer(p.text, a, b)
                          if BACK_REFERENCE_RE.search(p.text, max(a, n.start() - 30), n.start())
                          is None or n.groupdict().get("own")), None)  # fmt: skip
            if named is None:
                continue
            found = dates_in(p.text[a:b], a, year_before(p, a, passages))
            if years and not found:
                found = year_dates(p.text[a:b], a)
            if found:
                by_event = rank == 0 or key.lower() in verb_nouns
                return p, min(found, key=lambda d: abs(d.start - named.start())), by_event
    return None


def years_finding(span: Span, start: Dated, end: Dated, dates: tuple) -> Finding | None:
    """Whole years as one year printed less the other; a qualified count is left."""
    if span.qualifier or span.count % 1:
        return None
    diff = end.year - start.year
    if diff <= 0:
        return None
    ok = diff == span.count
    return Finding(
        "duration", span.start, span.end, span.count,
        Verdict.consistent if ok else Verdict.inconsistent, f"{end.year} - {start.year}",
        float(diff), (), f"from the event of {start.year} to {end.year} is {diff} years",
        None if ok else f"{diff} years", dates,
    )  # fmt: skip


def month_years_finding(
    span: Span, start: Dated, end: Dated, dates: tuple[tuple[int, int, int], ...]
) -> Finding | None:
    """Years between two dates that print their months: measured between the months (so a
    qualified count, "more than twelve years", is read too); an unqualified count that misses
    them is read as writers also count, one year printed less the other."""
    days = day_range(start, end)
    if days is None:
        return None
    got = finding(span, dates, days, start.day is not None and end.day is not None,
                  "from the event its clause names")  # fmt: skip
    if got.verdict is Verdict.consistent:
        return got
    by_years = years_finding(span, start, end, dates)  # None for a qualified count
    return got if by_years is None else by_years


def event_clause_spans(
    s: Sentence, found: list[Finding], passages: Sequence[Passage]
) -> list[Finding]:
    """``found`` (the findings of one sentence) with the spans counted after an event dated
    before (see the module) that no reading covers yet."""
    if not s.has_digit or not s.says_any(CUE_WORDS) or DURATION_UNIT_RE.search(s.text) is None:
        return found
    read = [f for f in found if f.kind == "duration" and f.verdict is not Verdict.unverifiable]
    out: list[Finding] = []
    for m in WORDED_SPAN_RE.finditer(s.text):
        span = read_span(s, m)
        after = AFTER_EVENT_RE.match(s.text, m.end())
        if span is None or after is None:
            continue
        if any(r.start < span.end and span.start < r.end for r in read):
            continue
        keys = event_keys(after.group("event"))
        if keys is None:
            continue
        years = span.unit == "years"
        own = dates_in(s.text[: m.start()], s.start, year_before(s.passage, s.start, passages))
        if years and not own:
            own = year_dates(s.text[: m.start()], s.start)
        if not own:
            continue
        end = own[-1]
        event = event_date(s, keys, passages, years)
        if event is None:
            continue
        where, start, by_event = event
        dates: tuple[tuple[int, int, int], ...] = (
            ((start.start, start.end, start.year),) if where is s.passage else ()
        )
        dates += ((end.start, end.end, end.year),)
        if years and start.month and end.month:
            got = month_years_finding(span, start, end, dates)
        elif years:
            got = years_finding(span, start, end, dates)
        elif start.month and (days := day_range(start, end)) is not None:
            got = finding(span, dates, days, start.day is not None and end.day is not None,
                          "from the event its clause names")  # fmt: skip
        else:
            got = None
        printed = YEAR_RE.search(where.text, start.start, start.end) is not None
        if got is not None and not by_event:
            # "after the district had been dissolved" found only by "district": the date of
            # another thing that happened to the noun may be the one found
            got = replace(got, verdict=Verdict.unverifiable, intended=None, explanation=(
                "dated by a word of its clause, not by its event: " + got.explanation))
        elif got is not None and got.verdict is Verdict.inconsistent and not printed:
            # a slip only between the event's own date, its year printed, and the span's
            got = replace(got, verdict=Verdict.unverifiable, intended=None, explanation=(
                "the event's year is not printed with its date: " + got.explanation))
        if got is not None:
            out.append(got)
    return overlapped(found, out, DURATIONS) if out else found
