"""The blind gold article ``sakhalin1946`` (issue #14, split ``heldout20``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kinds of its slips."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("sakhalin1946")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "fifteen": 15,
           "two": 2, "fifty-one": 51, "fifty-four": 54},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a span in months for "over thirty months".
    fractions={**gold.MULTIPLE_WORDS, "nearly two-thirds": (0.6, 0.667),
               "about two-thirds": (0.63, 0.7), "one in four": (0.23, 0.27),
               "over four times": (4.0, 4.5), "over four-fifths": (0.8, 0.85),
               "more than six times": (6.0, 7.0), "more than nine times": (9.0, 10.0),
               "over thirty months": (30.0, 31.0)},
    ranks={"largest": 1, "second": 2},
)


class TestSakhalin1946(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                       gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout20"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None),
                               "inconsistent": (9, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS}, slip_kinds=(7, None))
    reader = READ
    opposites: ClassVar = {"faster": "slower"}
    unverifiable = frozenset({"one in four", "about 9 per cent", "20 percent",
                              "about 70 per cent", "about two-thirds"})
    hand_readings = (
        ("34.0 per cent", 33.97, True), ("34.0 per cent", 34.06, False),
        ("about 1,410", 1414.9, True), ("about 1,410", 1415.1, False),
        ("about 2.4", 2.44, True), ("about 2.4", 2.46, False),
        ("14 per cent", 13.56, True), ("14 per cent", 13.4, False),
        ("tripled", 3.04, True), ("doubled", 3.01, False),
        ("nearly two-thirds", 0.63, True), ("nearly two-thirds", 0.67, False),
        ("over four times", 3.9, False), ("over four-fifths", 0.79, False),
        ("one in four", 0.25, True), ("three", 4, False), ("four", 4, True),
        ("fifty-four years", 51, False), ("fifty-one years", 51, True),
        ("almost seven months", 6.6, True), ("over thirty months", 29.9, False),
        ("second", 2, True), ("largest", 2, False), ("lower", True, True),
        ("faster", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the camp's
    # deaths over its passages rather than over those put aboard, and the Koreans of the city
    # over the count of 1949 rather than that of 1946.
    readings: ClassVar = {"1.6 per 1,000": ("167/104150*1000",),
                          "14 per cent": ("3270/24110*100",)}
    # Unverifiable claims planted beside unrelated figures that give them exactly: kitchens
    # over water barrels in the camp, horses over cows bought for the settlers.
    traps: ClassVar = {"one in four": "36/144", "20 percent": "480/2400*100"}
    trap_values: ClassVar = {"one in four": 0.25, "20 percent": 20.0}


def test_the_slips_are_spread_over_every_kind() -> None:
    """One planted slip of each kind but the share, which has two: a transposed figure and a
    decline printed as what was left."""
    kinds = Counter(str(c["kind"]) for c in ARTICLE.with_verdict("inconsistent"))
    assert kinds == Counter({kind: 1 for kind in gold.KINDS}) + Counter({"share": 1})
    decline = ARTICLE.only("27.5 per cent", "inconsistent")
    assert decline["intended"] == "72.5 per cent" and 27.5 + 72.5 == 100


def test_durations_are_worked_from_printed_dates() -> None:
    """Each consistent duration's dates are printed in its sentence (both years for a span of
    years)."""
    for figure, dates in (("fifteen days", ("19 December 1946", "3 January 1947")),
                          ("almost seven months", ("10 May", "28 November")),
                          ("two years", ("1 April 1947", "31 March 1949"))):
        sentence = ARTICLE.sentence_of(ARTICLE.only(figure, "consistent"))
        assert all(d in sentence for d in dates), (figure, sentence)
