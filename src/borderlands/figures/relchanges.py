"""A percentage that says how much one level rose or fell against another.

"The census counted 81,403, 18 per cent more than the 68,938 deported", "Deaths fell to 744
in 1950, 28.3 per cent fewer than in 1949", "The number had risen by 21.1 percent" after a
sentence printing the two counts, "Against the 12,416 of 1946 that was a rise of 5.4
percent": the figure is the change (new - old) / old, never a part of a whole. The words
around the figure say it is a change and which way (a rise is counted on the smaller level,
a fall on the larger); the grammar names the two levels:

* two counts of one kind in the figure's own clause (the compared level and the one after
  "than", or the one its clause starts from);
* one count in its clause and the level of the sentence before: the only count of that
  kind there, or the total it ends on ("13,092 altogether");
* none in its clause ("The number had risen by ..."): the two counts of one kind the
  sentence before prints, and only two;
* "than in 1949": the count an earlier sentence of the passage prints "in 1949".

Only the first reading, with the compared level before the figure and the base after its
"than", may call a figure a slip; any other reports a fit or nothing, so that the share's
own reading (and its candidates) stands when the levels were not these.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Located,
    Sentence,
    accepts_count,
    compatible,
    is_scale,
    num,
    printed,
)
from borderlands.figures.slips import printed_like
from borderlands.figures.verdicts import Verdict

RISE_WORDS = ("rose", "risen", "grew", "grown", "increased", "climbed", "exceeded", "overshot",
              "surpassed", "rise",
              "increase", "growth", "gain", "more", "higher", "larger", "greater")  # fmt: skip
FALL_WORDS = ("fell", "fallen", "dropped", "declined", "decreased", "shrank", "shrunk",
              "fall", "drop", "decline", "decrease", "reduction", "fewer", "less", "lower",
              "smaller")  # fmt: skip
CUE_WORD_SET = frozenset(RISE_WORDS + FALL_WORDS)

_VERB = r"rose|risen|grew|grown|increased|climbed|exceeded|overshot|surpassed|fell|fallen|dropped|declined|decreased|shrank|shrunk"  # noqa: E501
_NOUN = r"rise|increase|growth|gain|fall|drop|decline|decrease|reduction"
#: words before the figure that make it a change: "had risen by", "exceeded theirs by",
#: "a rise of"
LEAD_RE = re.compile(
    rf"(?:\b(?P<verb>{_VERB})\b(?:\s+[\w']+){{0,2}}\s+by|\ban?\s+(?P<noun>{_NOUN})\s+of)\s*$",
    re.I,
)
#: words after the figure that make it a change: "18 per cent more than"
TRAIL_RE = re.compile(
    r"\s*\b(?P<comp>more|fewer|less|higher|lower|larger|greater|smaller)\s+than\b", re.I
)
#: the base level named by its year: "fewer than in 1949"
THAN_YEAR_RE = re.compile(r"\s*\w+\s+than\s+(?:in|of)\s+(?P<year>1[89]\d\d)\b", re.I)
#: words after a count that make it the total of its sentence
TOTAL_AFTER_RE = re.compile(
    r"\s*(?:persons\s+|people\s+)?(?:altogether|in all|in total|all told)\b", re.I
)
#: words before a count that make it a whole ("of the 4,000 settlers, 1,200 ...")
WHOLE_BEFORE_RE = re.compile(r"\b(?:of|among)\s+(?:the\s+|all\s+|these\s+|those\s+)?$", re.I)
CLAUSE_END_RE = re.compile(r";|,\s+(?:and|while|but|though|although|whereas)\b")


def says_change(text: str, lo: int, q_start: int, q_end: int, hi: int) -> bool:
    """Whether the words round a percentage (``text[q_start:q_end]``, its sentence
    ``lo``..``hi``) say it is a rise or fall, not a part of a whole."""
    return (LEAD_RE.search(text, max(lo, q_start - 60), q_start) is not None
            or TRAIL_RE.match(text, q_end, hi) is not None)  # fmt: skip


def says_rise(word: str) -> bool:
    return word.lower() in RISE_WORDS


def clause_bounds(s: Sentence, p: Located) -> tuple[int, int]:
    """The claim's clause: from the last semicolon before it to the next semicolon or
    comma with a conjunction after it (passage offsets)."""
    text = s.passage.text
    left = text.rfind(";", s.start, p.quantity.start)
    start = s.start if left < 0 else left + 1
    m = CLAUSE_END_RE.search(text, p.quantity.end, s.end)
    return start, (m.start() if m else s.end)


def own_clause_start(text: str, lo: int, figure_start: int) -> int:
    """Where the clause a figure closes opens, past the last conjunction that joins a clause
    of another subject before it (", whereas Oulu, set 48,000, received 51,840 and
    overshot its figure by 8.0 percent"): its two levels are the ones after that."""
    cuts = [m.end() for m in CLAUSE_END_RE.finditer(text, lo, figure_start)]
    return cuts[-1] if cuts else lo


def levels(s: Sentence, lo: int, hi: int, skip: Located) -> list[Located]:
    return [f for f in s.counts
            if lo <= f.quantity.start and f.quantity.end <= hi and f is not skip
            and not is_scale(f) and f.quantity.unit != "percent"]  # fmt: skip


def total_of(found: list[Located]) -> Located | None:
    """The one level a sentence ends on: its only count, or its total."""
    if len(found) == 1:
        return found[0]
    if not found:
        return None
    last = found[-1]
    text = last.passage.text
    rest = sum(f.quantity.mid for f in found[:-1])
    if TOTAL_AFTER_RE.match(text, last.quantity.end) or abs(rest - last.quantity.mid) < 0.5:
        return last
    return None


def year_level(history: list[tuple[Sentence, list[Located]]], s: Sentence, year: str,
               like: Located | None) -> Located | None:  # fmt: skip
    """The count an earlier sentence of the passage prints with ``year`` ("1,037 in 1949")."""
    pattern = re.compile(rf"\s+(?:in|of)\s+{year}\b")
    for earlier, _ in reversed(history):
        if earlier.passage is not s.passage or earlier.index >= s.index:
            continue
        for f in reversed(earlier.counts):
            if like is not None and not compatible(f, like):
                continue
            if pattern.match(f.passage.text, f.quantity.end):
                return f
    return None


def relative_changes(
    s: Sentence, history: list[tuple[Sentence, list[Located]]], found: list[Finding]
) -> list[Finding]:
    if not s.has_digit or not s.says_any(CUE_WORD_SET):
        return []
    text = s.passage.text
    read = {f.start for f in found}
    out: list[Finding] = []
    before = next((h for h, _ in reversed(history)
                   if h.passage is s.passage and h.index == s.index - 1), None)  # fmt: skip
    for p in s.rates:
        q = p.quantity
        if q.unit != "percent" or q.kind == "range" or q.start in read:
            continue
        lead = LEAD_RE.search(text, max(s.start, q.phrase_start - 60), q.phrase_start)
        trail = TRAIL_RE.match(text, max(q.end, q.phrase_end), s.end)
        if lead is None and trail is None:
            continue
        word = (trail.group("comp") if trail else lead.group("verb") or lead.group("noun")
                if lead else "")  # fmt: skip
        rise = says_rise(word)
        lo, hi = clause_bounds(s, p)
        own = levels(s, lo, hi, p)
        if len(own) > 2:  # "A, set 92,000, took 88,350, whereas B, set 48,000, received ..."
            lo = own_clause_start(text, lo, q.start)
            own = levels(s, lo, hi, p)
        sure = False
        pair: tuple[Located, Located] | None = None
        year = THAN_YEAR_RE.match(text, max(q.end, q.phrase_end), s.end)
        if len(own) == 2 and compatible(*own):
            if WHOLE_BEFORE_RE.search(text, max(s.start, own[0].quantity.start - 12),
                                      own[0].quantity.start):  # fmt: skip
                continue  # "Of the 4,000 settlers, 1,200 ...": a whole and its part
            pair = (own[0], own[1])
            sure = own[0].quantity.end <= q.start < own[1].quantity.start and trail is not None
        elif len(own) == 1 and year is not None:
            base = year_level(history, s, year.group("year"), own[0])
            pair = (own[0], base) if base is not None else None
        elif len(own) == 1 and before is not None:
            base = total_of([f for f in levels(before, before.start, before.end, p)
                             if compatible(f, own[0])])  # fmt: skip
            pair = (own[0], base) if base is not None else None
        elif not own and before is not None:
            both = levels(before, before.start, before.end, p)
            if len(both) == 2 and compatible(*both):
                pair = (both[0], both[1])
        if pair is None:
            continue
        a, b = pair
        x, y = a.quantity.mid, b.quantity.mid
        if x <= 0 or y <= 0 or x == y:
            continue
        base_f, new_f = (a, b) if (x < y) == rise else (b, a)
        old, new = base_f.quantity.mid, new_f.quantity.mid
        change = abs(new - old) / old * 100
        formula = f"({printed(new_f)} - {printed(base_f)}) / {printed(base_f)} * 100"
        if not rise:
            formula = f"({printed(base_f)} - {printed(new_f)}) / {printed(base_f)} * 100"
        way = "rise" if rise else "fall"
        end = max(q.end, q.phrase_end)
        if accepts_count(q, change):
            out.append(Finding(
                "share", q.start, end, q.mid, Verdict.consistent, formula, change,
                (new_f, base_f),
                f"the {way} from {printed(base_f)} to {printed(new_f)} is {num(change)} percent",
            ))  # fmt: skip
        elif sure and not q.approx:
            out.append(Finding(
                "share", q.start, end, q.mid, Verdict.inconsistent, formula, change,
                (new_f, base_f),
                f"its clause names the two levels, {printed(base_f)} and {printed(new_f)}: the "
                f"{way} is {num(change)} percent",
                printed_like(change, q.text, q.step or 1.0),
            ))  # fmt: skip
    return out
