"""The gold article ``polishoperation`` (issue #14, split ``heldout12``), checked on its own terms
by gold_article.py; its comparisons are read against the formula's tuple, and only here: the
months behind its durations and every slip beside its inputs."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("polishoperation")
NUMBERS = gold.FigureReader(
    # Words for counts and spans: the whole number they stand for.
    words={"three": 3, "four": 4, "five": 5, "six weeks": 6, "sixteen-month": 16,
           "twenty-one months": 21, "twenty-three months": 23, "thirteen years": 13},
    # A multiple or fraction in words: the range of ratios it may stand for.
    ratios={
        "over two-thirds": (2 / 3, 0.75),
        "about a quarter": (0.22, 0.28),
        "halved": (0.45, 0.55),
        "nearly doubled": (1.85, 2.0),
        "doubled": (1.9, 2.1),
        "more than doubled": (2.0, 3.0),
        "tripled": (2.85, 3.15),
        "about a fifth": (0.18, 0.22),
        "the great majority": (0.75, 1.0),
        "nearly fifteen months": (14.5, 15.0),
    },
)
# A comparison word, read against the formula's tuple (the subject first).
COMPARE: dict[str, Callable[[tuple[float, ...]], bool]] = {
    "smallest": lambda v: v[0] == min(v) and v.count(v[0]) == 1,
    "heaviest": lambda v: v[0] == max(v) and v.count(v[0]) == 1,
    "second only to": lambda v: sorted(v, reverse=True)[1] == v[0] and v[1] == max(v),
    "more likely": lambda v: v[0] > v[1],
    "higher": lambda v: v[0] > v[1],
    "lower": lambda v: v[0] < v[1],
    "about two and a half times as many": lambda v: 2.4 <= v[0] / v[1] <= 2.6,
}


def reads_as(figure: str, value: gold.Value) -> bool:
    """Whether ``figure`` as printed is what ``value`` gives: a comparison against the
    formula's tuple, anything else by the number reader."""
    if isinstance(value, tuple):
        return COMPARE[figure](value)
    return NUMBERS(figure, value)


class TestPolishoperation(gold.ReadingChecks, gold.TrapChecks, gold.CountChecks,
                          gold.ArticleChecks):
    article = ARTICLE
    split = "heldout12"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, 4)},
                     kinds={"share": (10, None), "multiple": (7, None), "rate": (7, None)})
    reader = staticmethod(reads_as)
    formula_names = ()
    title_starts = "Lists, albums and homes"
    count_sentences = staticmethod(gold.split_count(re.compile(r"(?<=[.)])\s+(?=[A-Z])")))
    list_split = re.compile(r",\s*|\s+and\s+")
    readings: ClassVar = {
        # homes outside among those in homes; children in homes among all children
        "25 percent": ("200/800*100", "800/3200*100"),
        # what was left; the fall
        "50 percent": ("1158/2316*100", "(2316-1158)/2316*100"),
    }
    # Printed figures about other things that happen to give each claim's arithmetic.
    traps: ClassVar = {"about a quarter": "46/184", "20 percent": "12/60*100",
                       "31 percent": "770/2479*100", "about 90 per 1,000": "62/690*1000"}
    unverifiable = frozenset(traps)


def _whole_months(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (end.day < start.day)


def test_durations_from_the_printed_dates() -> None:
    assert (date(1936, 6, 29) - date(1936, 5, 18)).days == 42  # six weeks
    assert (date(1938, 11, 15) - date(1937, 8, 20)).days == 452  # nearly fifteen months
    assert _whole_months(date(1937, 11, 3), date(1939, 10, 5)) == 23  # printed: twenty-one
    # January 1939 to the end of April 1940, both months counted: sixteen.
    assert _whole_months(date(1939, 1, 1), date(1940, 5, 1)) == 16
    assert "3 November 1937" in ARTICLE.text and "5 October 1939" in ARTICLE.text


def test_every_slip_sits_beside_its_inputs() -> None:
    """A numeric slip's arithmetic uses only figures printed in its own paragraph, so the
    intended figure is there to be found."""
    for claim in ARTICLE.with_verdict("inconsistent"):
        if claim["kind"] in ("count", "duration", "comparison"):
            continue
        numbers = ARTICLE.numbers_in(ARTICLE.paragraph_of(claim))
        inputs = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", str(claim["formula"]))}
        inputs -= {100.0, 1000.0}
        for n in inputs:
            if n < 1:  # a chain's shares are printed as percentages
                n = round(n * 100, 1)
            assert n in numbers, (claim["figure"], n)
