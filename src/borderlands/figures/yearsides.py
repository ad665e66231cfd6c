"""Comparatives whose two sides are dates: "The register counted 81,650 on 1 January 1945,
78,940 on 1 January 1947 and 80,410 on 1 January 1950. ... in 1950 it stood lower than in
1947" (issue #14).

The sides name years, and the sentences before print one count with each year ("78,940 on
1 January 1947", "1,240 in 1945"): those counts are the figures the text names for the two
things compared. Read only when the comparative's clause prints no count of its own, each
year has exactly one count of one unit before it (a year with two counts, of deaths and of
births, names no one side), and the comparison is one of amount, not of rates.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, compatible, is_count
from borderlands.figures.levelchanges import NOUN_AFTER_RE
from borderlands.figures.namedorders import (
    BY_HOW_MUCH_RE,
    NOT_A_SIDE_RE,
    ORDER_RE,
    RATE_WORDS_RE,
    THAN_RE,
    order_finding,
)
from borderlands.figures.passages import Located

YEAR_RE = re.compile(r"\b(1[89]\d\d)\b")
#: the year a count is printed with: "78,940 on 1 January 1947", "1,240 in 1945"
YEAR_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:on\s+|in\s+|at\s+|for\s+)(?:the\s+end\s+of\s+)?"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(1[89]\d\d)\b"
)
BACK = 3


def year_orders(s: Sentence, before: list[tuple[Sentence, list[Located]]]) -> list[Finding]:
    if not s.has_digit or " than " not in s.text:
        return []
    text = s.text
    out: list[Finding] = []
    for m in ORDER_RE.finditer(text):
        if BY_HOW_MUCH_RE.search(text, 0, m.start()):
            continue
        than = THAN_RE.search(text, m.end())
        if than is None or NOT_A_SIDE_RE.match(text, than.end()):
            continue
        lead = re.split(r"[;:]|,\s+(?:and|but|while|so)\s+", text[: m.start()])[-1]
        other = re.split(r"[,;:.]", text[than.end() :])[0]
        mine, theirs = YEAR_RE.findall(lead), YEAR_RE.findall(other)
        if len(mine) != 1 or len(theirs) != 1 or mine == theirs:
            continue
        if RATE_WORDS_RE.search(text, m.start() - len(lead), than.end() + len(other)):
            continue
        start = s.start + m.start() - len(lead)
        if any(is_count(f) and start <= f.quantity.start < s.start + than.end() + len(other)
               and not YEAR_RE.fullmatch(f.quantity.text) for f in s.figures):  # fmt: skip
            continue  # the clause prints a count of its own: read by kinds.comparisons
        by_year = counts_by_year(before[-BACK:])
        a, b = by_year.get(mine[0], []), by_year.get(theirs[0], [])
        if len(a) != 1 or len(b) != 1 or not compatible(a[0], b[0]):
            continue
        if not one_noun(a[0], b[0]):
            continue  # "820 deaths in 1947", "700 arrivals in 1950": two measures
        found = order_finding(s, m, a[0], b[0], f" in {mine[0]}", f" in {theirs[0]}")
        if found is not None:
            out.append(found)
    return out


def counts_by_year(before: list[tuple[Sentence, list[Located]]]) -> dict[str, list[Located]]:
    """The counts of the ``before`` sentences by the year printed right after each."""
    out: dict[str, list[Located]] = {}
    for _, figures in before:
        for f in figures:
            if not is_count(f) or YEAR_RE.fullmatch(f.quantity.text):
                continue
            m = YEAR_AFTER_RE.match(f.passage.text, f.quantity.end)
            if m:
                out.setdefault(m.group(1), []).append(f)
    return out


def one_noun(a: Located, b: Located) -> bool:
    """Whether two counts are printed with one plain noun, or either with none."""
    nouns = [NOUN_AFTER_RE.match(f.passage.text, f.quantity.end) for f in (a, b)]
    return not (nouns[0] and nouns[1]) or nouns[0].group(1).lower() == nouns[1].group(1).lower()
