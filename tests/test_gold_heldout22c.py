"""The blind gold article ``kurds1937`` (issue #14, split ``heldout22``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the dates behind its durations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("kurds1937")
READ = gold.MarginReader(
    words={"three": 3, "five": 5, "six": 6, "eight": 8, "eighteen": 18, "nineteen": 19,
           "twenty-one": 21, "eighty-seven": 87},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it, from the
    # ordinary sense of the words.
    fractions={**gold.MULTIPLE_WORDS, "just over half": (0.5, 0.55),
               "a little under a quarter": (0.2, 0.25), "about one in nine": (0.105, 0.118),
               "over one and a half times": (1.5, 1.7), "almost twice as many": (1.8, 2.0),
               "fell to a third": (0.3, 0.36), "one in five": (0.18, 0.22)},
    ranks={"largest": 1, "second": 2, "second-largest": 2, "third": 3},
)


class TestKurds1937(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                    gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout22"
    plan = gold.Plan(
        claims=(60, 60),
        verdicts={"inconsistent": (10, 10), "unverifiable": (4, 4), "ambiguous": (2, 2)},
        kinds={"share": (13, 13), "sum": (8, 8), "remainder": (6, 6), "rate": (8, 8),
               "multiple": (7, 7), "comparison": (6, 6), "count": (4, 4), "duration": (4, 4),
               "chain": (4, 4)},
        slip_kinds=(9, 9),
        count_slips=(1, 1),
    )
    reader = READ
    formula_names = ("sorted", "max", "date")
    unverifiable = frozenset({"25 per cent", "about 60 percent", "one in five", "about 4,000"})
    hand_readings = (
        ("about 1,590", 1587.9, True), ("about 1,590", 1584.9, False),
        ("21.8%", 21.845, True), ("21.9%", 21.845, False),
        ("35 per cent", 35.49, True), ("35 per cent", 35.51, False),
        ("about 4 percent", 3.92, True), ("about 4 percent", 4.6, False),
        ("halved", 0.33, False), ("fell to a third", 0.33, True),
        ("almost twice as many", 2.01, False), ("just over half", 0.49, False),
        ("about one in nine", 0.125, False), ("a little under a quarter", 0.26, False),
        ("five", 6, False), ("better", False, False), ("better", True, True),
        ("more than eighteen years", 18.42, True), ("twenty-one years", 19, False),
        ("eighty-seven days", 87, True), ("eighteen days", 17, False),
        ("second", 2, True), ("second-largest", 3, False), ("third", 3, True),
        ("151 per 1,000", 150.94, True), ("58 per 1,000", 85.8, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Kyrgyzstan's
    # share of the persons loaded rather than of those who arrived, and the fall in the Mazra
    # pastures rather than what was left in use.
    readings: ClassVar = {"35 per cent": ("6165/17467*100",),
                          "50 percent": ("(3600-1800)/3600*100",)}
    readings_beside_claim = False  # the 17,467 loaded are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic
    # exactly: barracks over earth huts at Shaulder, pupils over places at Karabulak.
    traps: ClassVar = {"25 per cent": "48/192*100", "one in five": "64/320"}
    trap_values: ClassVar = {"25 per cent": 25.0, "one in five": 0.2}


def test_durations_follow_the_printed_dates() -> None:
    """Worked by hand from the calendar: 2 days left of July, 31 of August, 30 of September and
    24 of October; 7 days left of October and 11 of November."""
    assert (date(1937, 10, 24) - date(1937, 7, 29)).days == 2 + 31 + 30 + 24 == 87
    assert (date(1937, 11, 11) - date(1937, 10, 24)).days == 7 + 11 == 18
    assert "signed on 29 July" in ARTICLE.text and "not loaded until 24 October" in ARTICLE.text
    assert "on 24 October and arrived at Arys on 11 November" in ARTICLE.text


def test_slips_are_the_planned_mistakes() -> None:
    """Each slip is the kind of error a clerk or an author makes: digits transposed, a decline
    printed as what remained, a wrong place in a listed order, a list miscounted."""
    transposed = {"1,816": "1,861", "58": "85", "51": "15"}
    for printed, intended in transposed.items():
        claim = ARTICLE.only(printed, "inconsistent")
        assert claim["intended"] == intended
        assert sorted(printed) == sorted(intended)
    fall = ARTICLE.only("65 per cent", "inconsistent")
    assert fall["intended"] == "35 per cent" and "a loss of" in ARTICLE.sentence_of(fall)
    rank = ARTICLE.only("second-largest", "inconsistent")
    assert READ("third", gold.evaluate(rank["formula"], ("sorted",)))
    assert len(ARTICLE.listed_after(ARTICLE.only("five", "inconsistent"))) == 6
