"""The blind gold article ``hungaryexchange1947`` (issue #14, split ``heldout18``), checked on
its own terms by gold_article.py, its figures read by margins (half the last printed unit);
only here: its tables of words, its second readings, its exact traps, the lists its counts
cover and the dates behind its durations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("hungaryexchange1947")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "fourteen": 14,
           "sixteen": 16, "forty-five": 45, "hundred": 100},
    # Bounds (inclusive) of the ratio each phrase describes, in its ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "about one in nine": (0.105, 0.118),
               "half as much again": (1.45, 1.55), "nearly a third": (0.3, 0.334),
               "two-thirds": (0.65, 0.68), "about a quarter": (0.23, 0.27),
               "one family in six": (0.15, 0.18)},
    ranks={"third": 3, "third-largest": 3, "fourth-largest": 4},
)


class TestHungaryExchange1947(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                              gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout18"
    plan = gold.Plan(verdicts={"unverifiable": (4, 4), "ambiguous": (2, 2),
                               "inconsistent": (10, 10)},
                     kinds={kind: (3, None) for kind in gold.KINDS}, slip_kinds=(9, 9))
    reader = READ
    formula_names = ("sorted", "date")
    title_starts = "Exchange, transfer and declaration"
    unverifiable = frozenset({"20 per cent", "about a quarter", "about 15 percent",
                              "one family in six"})
    hand_readings = (
        ("about 220", 219.25, True), ("about 220", 225.3, False),
        ("about 4.3", 4.336, True), ("about 4.3", 4.36, False),
        ("24.7 percent", 24.749, True), ("24.7 percent", 24.751, False),
        ("about 69,900", 69882.75, True), ("about 69,900", 69840, False),
        ("nearly a third", 0.3097, True), ("nearly a third", 0.34, False),
        ("half as much again", 1.516, True), ("half as much again", 2.0, False),
        ("tripled", 2.006, False), ("doubled", 2.006, True),
        ("a hundred days", 100, True), ("forty-five days", 44, False),
        ("third-largest", 4, False), ("fourth-largest", 4, True),
        ("eight times", 8.26, True), ("eight times", 8.6, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the children
    # as a share of those who arrived rather than those loaded, and the allowance per family
    # registered on arrival rather than per family taken.
    readings: ClassVar = {"19 percent": ("7930/41539*100",),
                          "about 440 crowns": ("4200000/9540",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: doctors over nurses on the trains, offices over clerks.
    traps: ClassVar = {"20 per cent": "12/60*100", "about a quarter": "36/144"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a quarter": 0.25}


def test_durations_span_their_printed_dates() -> None:
    """The day counts worked out on the calendar by hand: 13 days left of November, 31 of
    December, 31 of January and 25 of February; 13 of June, 31 of July and 1 of August."""
    assert (date(1947, 2, 25) - date(1946, 11, 17)).days == 13 + 31 + 31 + 25 == 100
    assert (date(1946, 8, 1) - date(1946, 6, 17)).days == 13 + 31 + 1 == 45
    for figure, dates in (("a hundred days", ("17 November 1946", "25 February 1947")),
                          ("forty-five days", ("17 June", "1 August 1946")),
                          ("sixteen months", ("12 April 1947", "22 June 1948"))):
        sentence = ARTICLE.sentence_of(ARTICLE.only(figure, kind="duration"))
        assert all(d in sentence for d in dates), (figure, sentence)


def test_slips_are_the_planned_kinds_of_mistake() -> None:
    """Each slip is a realistic error: digits transposed, a digit changed, the remaining share
    printed as the fall, a rank one place off, a list miscounted."""
    def slip(figure: str) -> dict[str, object]:
        return ARTICLE.only(figure, verdict="inconsistent")

    transposed = {"about 5,670": "about 6,570", "about 71": "about 17", "16,575": "15,675"}
    for printed, intended in transposed.items():
        assert slip(printed)["intended"] == intended
        assert sorted(printed) == sorted(intended)
    assert slip("6,264")["intended"] == "7,264"
    assert slip("9.8 percent")["intended"] == "8.8 percent"
    fall = slip("40.8 percent")
    assert fall["intended"] == "59.2 percent" and 40.8 + 59.2 == 100.0
    assert slip("third-largest")["intended"] == "fourth-largest"
    assert slip("sixteen months")["intended"] == "fourteen months"
    assert slip("tripled")["intended"] == "doubled"
    assert slip("three")["intended"] == "four"
