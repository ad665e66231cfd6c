"""Two totals closing a list of pairs (issue #14): "Ardal sent 940 persons with 610 head of
cattle, Vik 715 persons with 480 head and Lo 330 with 205, in all 1,985 persons and 1,295
head"; the first total adds the first count of each pair, the second the second.

The grammar read: "in all", "altogether", "in total" or "all told" right before the first
total and the second joined to it by "and"; before them, from the sentence's start or a
colon, an even run of counts (no rate, percentage or year) whose pairs are bound without a
comma ("with", "and") and parted from each other by commas (the last may follow an "and").
Each total that its column adds up to is consistent, a usual slip of it inconsistent;
anything else is not read.

One total may close such a list alone ("The 914 households of the first category counted
5,118 persons, the 3,637 of the second 17,822 and the 1,931 of the third 9,076, 32,016
persons in all"): it adds the column whose first count prints the total's own noun, and
only where the other column's first count prints another.
"""

from __future__ import annotations

import re
from functools import partial

from borderlands.figures.kinds import Finding, Sentence, fit_or_slip, num, printed
from borderlands.figures.listtotals import is_item
from borderlands.figures.passages import Located
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of totalling before the first total.
CUE_WORDS = frozenset({"all", "altogether", "total", "told"})
CUE_BEFORE_RE = re.compile(r"\b(?:in\s+all|altogether|in\s+total|all\s+told)[\s,]*$", re.I)
#: Right after a lone total: its noun and a word of totalling ("32,016 persons in all").
ALONE_AFTER_RE = re.compile(
    r"\s*(?P<noun>[a-z]+)?\s*(?:in\s+all|altogether|in\s+total|all\s+told)\b", re.I
)
NOUN_RE = re.compile(r"\s*([a-z][a-z-]*)", re.I)
SECOND_JOIN_RE = re.compile(r"[^,.;:()\d]{0,30}?\band\s*$", re.I)
MIN_PAIRS = 2


def gap(a: Located, b: Located) -> str:
    return a.passage.text[a.quantity.phrase_end : b.quantity.phrase_start]


def pair_columns(items: list[Located]) -> tuple[list[Located], list[Located]] | None:
    """The first and second counts of a run of pairs, or None where ``items`` are no such
    run: each pair bound without a comma, the pairs parted by commas (the last by a comma or
    an "and")."""
    if len(items) < 2 * MIN_PAIRS or len(items) % 2:
        return None
    for i in range(0, len(items), 2):
        if "," in gap(items[i], items[i + 1]) or "." in gap(items[i], items[i + 1]):
            return None
        last = i == len(items) - 2
        between = gap(items[i - 1], items[i]) if i else ","
        if "," not in between and not (last and " and " in f" {between} "):
            return None
    return items[0::2], items[1::2]


def judged(total: Located, parts: list[Located]) -> Finding | None:
    value = sum(p.quantity.mid for p in parts)
    formula = " + ".join(printed(p) for p in parts)
    what = f"the {len(parts)} counts of its column in the list of pairs before it"
    return fit_or_slip("sum", total, value, formula, tuple(parts),
                       f"{what} add up to {num(value)}", what, usual_only=True)  # fmt: skip


def paired_totals(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with the two totals of ``s`` that close a list of pairs, where ``found``
    read none (a reading left unverifiable there yields to this one)."""
    if len(s.figures) < 2 * MIN_PAIRS + 2 or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for first, second in zip(s.figures, s.figures[1:], strict=False):
        lead = text[max(s.start, first.quantity.phrase_start - 20) : first.quantity.phrase_start]
        if (
            CUE_BEFORE_RE.search(lead) is None
            or SECOND_JOIN_RE.fullmatch(gap(first, second)) is None
        ):
            continue
        start = max(s.start, text.rfind(":", s.start, first.quantity.start) + 1)
        items = [f for f in s.figures
                 if start <= f.quantity.start and f.quantity.end <= first.quantity.start
                 and is_item(f)]  # fmt: skip
        columns = pair_columns(items)
        if columns is None:
            continue
        for total, parts in zip((first, second), columns, strict=True):
            if total.quantity.start in taken:
                continue
            read = judged(total, parts)
            if read is not None:
                out.append(read)
    if not out:
        out = [f for f in map(partial(lone_total, s, taken), s.figures) if f is not None]
    return superseded(found, out) if out else found


def noun_after(f: Located) -> str:
    m = NOUN_RE.match(f.passage.text, f.quantity.end)
    return m.group(1).lower() if m else ""


def lone_total(s: Sentence, taken: set[int], total: Located) -> Finding | None:
    """``total`` read as the sum of one column of the pairs before it, the one whose first
    count prints its noun."""
    text = s.passage.text
    q = total.quantity
    m = ALONE_AFTER_RE.match(text, q.end, s.end)
    if m is None or not m.group("noun") or q.start in taken or not is_item(total):
        return None
    start = max(s.start, text.rfind(":", s.start, q.start) + 1)
    items = [f for f in s.figures
             if start <= f.quantity.start and f.quantity.end <= q.start and is_item(f)]  # fmt: skip
    columns = pair_columns(items)
    if columns is None:
        return None
    noun = m.group("noun").lower()
    nouns = [noun_after(column[0]) for column in columns]
    if nouns.count(noun) != 1:
        return None
    return judged(total, columns[nouns.index(noun)])
