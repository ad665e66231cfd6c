"""The blind gold article ``vesna1948`` (issue #14, split ``heldout22``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of each planted slip."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("vesna1948")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "eight": 8, "nine": 9, "ten": 10, "thirteen": 13,
           "twenty": 20},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a count for "some six thousand".
    fractions={**gold.MULTIPLE_WORDS, "nearly three-quarters": (0.70, 0.75),
               "almost three in ten": (0.27, 0.30), "about a quarter": (0.23, 0.27),
               "some six thousand": (5800.0, 6200.0)},
    ranks={"largest": 1, "second-largest": 2, "third": 3},
)


class TestVesna1948(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                    gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout22"
    plan = gold.Plan(
        claims=(55, 62),
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
    )
    reader = READ
    formula_names = ("date", "sorted")
    unverifiable = frozenset({"some 15 per cent", "20 per cent", "about a quarter",
                              "about 45 per cent", "about 40 percent"})
    hand_readings = (
        ("about 1,120", 1119.2, True), ("about 1,120", 1114.9, False),
        ("9.2 percent", 9.24, True), ("9.2 percent", 9.26, False),
        ("about 30", 33.3, True), ("about 30", 35.1, False),
        ("nearly three-quarters", 0.74, True), ("nearly three-quarters", 0.76, False),
        ("almost three in ten", 0.298, True), ("almost three in ten", 0.31, False),
        ("some six thousand", 5980, True), ("some six thousand", 6225, False),
        ("third", 3, True), ("largest", 2, False), ("second-largest", 2, True),
        ("doubled", 2.02, True), ("tripled", 2.02, False),
        ("thirteen weeks", 13.0, True), ("nearly nine years", 8.75, True),
        ("ten years", 8, False), ("eight years", 8, True),
        ("exceeded", True, True), ("exceeded", False, False),
        ("about 6,350", 3649.2, False), ("about 3,650", 3649.2, True),
        ("48 per 1,000", 48.3, True), ("48 per 1,000", 48.6, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): persons per
    # wagon for the people's wagons alone, not counting the 34 for baggage and the kitchen; the
    # Irkutsk share of those loaded rather than of those who arrived.
    readings: ClassVar = {"about 30": ("36932/(1142-34)",),
                          "19.5 per cent": ("7187/36932*100",)}
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic
    # exactly: tractors over horses at Yeniseiles, offices over clerks at Irkutsk.
    traps: ClassVar = {"20 per cent": "48/240*100", "about a quarter": "14/56"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a quarter": 0.25}


def test_transposed_digits_behind_the_remainder_and_the_sum_slips() -> None:
    assert sorted(str(ARTICLE.only("413")["intended"])) == sorted("413")
    assert sorted(str(ARTICLE.only("2,933")["intended"])) == sorted("2,933")
    assert sorted(str(ARTICLE.only("41", verdict="inconsistent")["intended"])) == sorted("41")


def test_the_alytus_slip_takes_the_four_counties_for_the_republic() -> None:
    """17.7 per cent is Alytus's share of the four counties' 11,000, not of all 36,932."""
    assert READ("17.7 per cent", 1946 / 11000 * 100)
    assert not READ("17.7 per cent", 1946 / 36932 * 100)


def test_the_cattle_slip_prints_what_was_left_as_the_decline() -> None:
    assert READ("74.2 per cent", 38900 / 52400 * 100)
    assert READ("25.8 per cent", (52400 - 38900) / 52400 * 100)


def test_the_durations_rest_on_the_printed_dates() -> None:
    assert (date(1948, 5, 22) - date(1948, 2, 21)).days == 91  # 1948 was a leap year
    assert (date(1948, 6, 12) - date(1948, 5, 23)).days == 20
    text = ARTICLE.text
    for printed in ("21 February 1948", "22 May", "23 May", "12 June", "June 1948",
                    "March 1957"):
        assert printed in text, printed
