"""The gold article ``transfer1946`` (issue #14, split ``heldout9``), checked on its own terms by
gold_article.py; only here: the wagon and decline slips, the guessed third, and the durations
counted from the printed dates."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("transfer1946")
FORMULA_NAMES = ("max", "sorted")
READ = gold.FigureReader(
    words={"three": 3, "four": 4, "five": 5, "eight": 8, "eleven": 11, "thirteen": 13,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "nineteen": 19},
    # A multiple or fraction in words: the range of ratios it may stand for.
    ratios={
        "nearly halved": (0.5, 0.6),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "more than twice as many": (2.0, 3.0),
        "nearly three times": (2.6, 3.0),
        "about a fifth": (0.18, 0.22),
        "about two-thirds": (0.64, 0.69),
        "most": (0.5, 1.0),
        "the great majority": (0.75, 1.0),
    },
    suffixes=("-month", " weeks", " years"),
)


class TestTransfer1946(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                       gold.CountChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout9"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, None)}, worked=(42, None),
                     count_slips=(1, 1))
    reader = READ
    formula_names = FORMULA_NAMES
    opposites: ClassVar = {"higher": "lower", "lower": "higher"}
    hand_readings = (
        ("73.7 percent", 73.72, True), ("73.7 percent", 73.76, False),
        ("7.6%", 7.579, True), ("7.6%", 7.66, False),
        ("41 per cent", 41.29, True), ("41 per cent", 41.6, False),
        ("about 4,900", 4930.56, True), ("about 4,900", 4960.0, False),
        ("1,135", 1135.38, True), ("1,135", 1135.6, False),
        ("about 3.5", 3.4985, True), ("about 3.5", 3.44, False),
        ("nineteen weeks", 19.0, True), ("seventeen weeks", 19.0, False),
        ("eight-month", 8.18, True), ("eight-month", 8.6, False),
        ("doubled", 1.947, True), ("tripled", 1.947, False),
        ("nearly halved", 0.52, True), ("nearly halved", 0.48, False),
        ("most", 0.64, True), ("the great majority", 0.64, False),
    )
    # The over-seventies are 4 percent of those listed and of those who boarded; the 286
    # children are 24 percent of the train's list and of those on board.
    readings: ClassVar = {"4 percent": ("1480/35545*100", "1480/34020*100"),
                          "24 percent": ("286/1196*100", "286/1188*100")}
    traps: ClassVar = {"20 percent": "7/35*100", "about 4": "48/12"}  # kitchens/taps, hours/men
    pair_free_skips = frozenset({"multiple"})


def test_the_wagon_slip_used_the_neighbouring_total() -> None:
    """30.6 persons a wagon is the 35,545 on the lists over the wagons, not the 34,020 who
    boarded; both totals are printed in the same paragraph."""
    claim = ARTICLE.only("30.6")
    assert claim["verdict"] == "inconsistent" and claim["intended"] == "29.3"
    assert READ("30.6", 35545 / 1160) and not READ("30.6", 34020 / 1160)
    assert {35545.0, 34020.0, 1160.0} <= ARTICLE.numbers_in(ARTICLE.paragraph_of(claim))


def test_the_decline_slip_printed_what_remained() -> None:
    claim = ARTICLE.only("8.9 percent")
    assert READ("8.9 percent", 3412 / 38460 * 100)
    assert READ(str(claim["intended"]), (38460 - 3412) / 38460 * 100)


def test_no_two_figures_beside_the_guessed_third_give_a_third() -> None:
    claim = ARTICLE.only("Perhaps a third", "unverifiable")
    nums = ARTICLE.numbers_in(ARTICLE.paragraph_of(claim))
    assert not any(abs(a / b - 1 / 3) < 0.02 for a, b in permutations(nums, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"eight-month": (date(1946, 2, 22), date(1946, 10, 29), 30.44),
             "seventeen weeks": (date(1946, 3, 3), date(1946, 7, 14), 7)}
    for figure, (first, last, unit) in spans.items():
        claim = ARTICLE.only(figure)
        days = (last - first).days
        assert str(days) in str(claim["formula"]), claim
        assert gold.evaluate(claim["formula"], FORMULA_NAMES) == days / unit
        for d in (first, last):
            assert f"{d.day} {d:%B}" in ARTICLE.paragraph_of(claim), (claim, d)
    assert READ("nineteen weeks", (date(1946, 7, 14) - date(1946, 3, 3)).days / 7)
    months = (date(1946, 8, 14).year - date(1945, 5, 9).year) * 12 + 8 - 5
    assert months == gold.evaluate(ARTICLE.only("fifteen-month")["formula"], FORMULA_NAMES) == 15
