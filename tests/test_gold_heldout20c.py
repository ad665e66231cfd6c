"""The blind gold article ``dobruja1940`` (issue #14, split ``heldout20``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of mistake each planted
slip is."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("dobruja1940")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "eight": 8, "eleven": 11, "fourteen": 14,
           "eighteen": 18, "seventy": 70},
    # Bounds (inclusive) a value must fall in for the words to describe it: a ratio for most,
    # a count of households for "some three thousand".
    fractions={**gold.MULTIPLE_WORDS, "one in five": (0.18, 0.22),
               "nearly a third": (0.30, 0.334), "about a third": (0.30, 0.36),
               "about a tenth": (0.09, 0.11),
               "more than six times": (6.0, 7.0), "some three thousand": (2800.0, 3200.0)},
    ranks={"largest": 1, "busiest": 1, "second-largest": 2},
)


class TestDobruja1940(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout20"
    plan = gold.Plan(verdicts={"inconsistent": (9, None), "unverifiable": (4, None),
                               "ambiguous": (2, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    formula_names = ("sorted",)
    hand_readings = (
        ("about 720", 717.1, True), ("about 720", 714.9, False),
        ("4.2", 4.205, True), ("4.2", 4.251, False),
        ("just under 59 per cent", 58.56, True), ("just under 59 per cent", 58.4, False),
        ("12 per cent", 12.49, True), ("12 per cent", 12.51, False),
        ("halved", 0.496, True), ("tripled", 2.05, False), ("doubled", 2.05, True),
        ("nearly a third", 0.29, False), ("one in five", 0.23, False),
        ("more than six times", 5.9, False), ("some three thousand", 3300, False),
        ("eighteen years", 8, False), ("eight years", 8, True), ("five", 4, False),
        ("largest", 2, False), ("second-largest", 2, True), ("lower", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the
    # Aromanians as a share of those who crossed rather than of those registered, and the fall
    # in the pupils rather than what was left of them.
    readings: ClassVar = {"12 per cent": ("7380/60910*100",),
                          "50 percent": ("(3260-1630)/3260*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: schools over mosques, wells over houses repaired.
    traps: ClassVar = {"20 per cent": "27/135*100", "about a third": "412/1236"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a third": 1 / 3}


def test_the_share_slips_are_a_transposition_and_a_decline_printed_as_what_remained() -> None:
    transposed = ARTICLE.only("34.2 percent", "inconsistent")
    assert sorted(str(transposed["figure"])[:4]) == sorted(str(transposed["intended"])[:4])
    decline = ARTICLE.only("64.2 percent", "inconsistent")
    assert round(31200 / 48600 * 100, 1) == 64.2 and decline["intended"] == "35.8 percent"


def test_the_wagon_slip_divides_the_whole_register_not_the_rail_party() -> None:
    slip = ARTICLE.only("42", "inconsistent")
    assert round(61480 / 1460) == 42 and slip["intended"] == "about 26"


def test_the_durations_follow_from_the_printed_dates() -> None:
    assert (date(1940, 9, 21) - date(1940, 9, 7)).days == 14
    assert (date(1940, 12, 14) - date(1940, 10, 5)).days == 70
    assert (date(1941, 3, 2) - date(1940, 12, 14)).days // 7 == 11
