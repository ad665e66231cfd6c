"""A total over a span of years whose yearly counts were printed before (issue #14): "Its
books show 412 escapes in 1949, 538 in 1950, 296 in 1951, 187 in 1952 and 90 in 1953 ...
The department opened a case for every escape, 1,523 cases from 1949 to 1953".

The grammar read: a count followed (within three words) by "from Y1 to Y2" or "between Y1
and Y2"; its parts are a run of counts of one earlier sentence (its own, its paragraph's or
the paragraph's before) each followed by "in <year>", whose years are Y1 to Y2, each once,
in order. The span names the parts year by year, so they are not picked for their sum: a
sum that fits is consistent, a usual slip of it inconsistent, anything else is not read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, fit_or_slip, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of a span in the sentence.
CUE_WORDS = frozenset({"from", "between"})
SPAN_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:from|between)\s+(1[89]\d\d)\s+(?:to|and)\s+(1[89]\d\d)\b", re.I
)
YEAR_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?in\s+(1[89]\d\d)\b(?!\s*[-–])", re.I)
DIGIT_RE = re.compile(r"\d")
#: The longest span read: a run of yearly counts rarely goes further in one sentence.
LONGEST = 12


def year_of(f: Located) -> int | None:
    m = YEAR_AFTER_RE.match(f.passage.text, f.quantity.end)
    return int(m.group(1)) if m else None


def yearly_run(figures: list[Located], first: int, last: int) -> tuple[Located, ...] | None:
    """The counts of one sentence's ``figures`` given for each year ``first`` to ``last``."""
    counts = [f for f in figures if is_thing_count(f) and DIGIT_RE.search(f.quantity.text)]
    run = [(f, y) for f in counts if (y := year_of(f)) is not None and first <= y <= last]
    if [y for _, y in run] != list(range(first, last + 1)):
        return None
    return tuple(f for f, _ in run)


def year_span_sums(
    s: Sentence, sentences: list[list[Located]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the totals of ``s`` over a span of years its yearly counts fill;
    ``sentences``: the figures of each earlier sentence to search, nearest last (``s``'s own
    may be the last)."""
    if not s.has_digit or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for total in s.figures:
        q = total.quantity
        m = SPAN_AFTER_RE.match(text, q.end, s.end)
        if m is None or q.start in taken or not is_thing_count(total):
            continue
        first, last = int(m.group(1)), int(m.group(2))
        if not 2 <= last - first + 1 <= LONGEST or year_of(total) is not None:
            continue
        for figures in reversed(sentences):
            parts = yearly_run([f for f in figures if f.quantity.end <= q.start
                                or f.sentence != total.sentence], first, last)  # fmt: skip
            if parts is None or total in parts:
                continue
            value = sum(p.quantity.mid for p in parts)
            what = f"the counts printed for each year {first} to {last}"
            read = fit_or_slip("sum", total, value, " + ".join(printed(p) for p in parts),
                               parts, f"{what} add up to {num(value)}", what,
                               usual_only=True)  # fmt: skip
            if read is not None:
                out.append(read)
            break
    return superseded(found, out) if out else found
