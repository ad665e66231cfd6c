"""The gold article ``pontic1949`` (issue #14, split ``heldout10``), checked on its own terms by
gold_article.py; only here: the kinds of its slips, how far apart its readings are, the guessed
third, and the durations from the printed dates."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("pontic1949")
FORMULA_NAMES = ("max", "min", "sorted")
READ = gold.FigureReader(
    words={"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "seven": 7, "eleven": 11,
           "eighteen": 18, "nineteen": 19, "twenty": 20},
    # A multiple or fraction in words: the range of ratios it may stand for.
    ratios={
        "over two-thirds": (0.667, 0.75),
        "about three-fifths": (0.57, 0.63),
        "more than doubled": (2.0, 3.0),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "the great majority": (0.75, 1.0),
        "about a sixth": (0.15, 0.18),
        "nearly halved": (0.5, 0.6),
        "more than twice as many": (2.0, 3.0),
    },
    prefixes=("a ",),
    suffixes=("-month", " days", " years"),
    relations=frozenset({"larger", "least crowded", "largest", "more likely"}),
)


class TestPontic1949(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks, gold.CountChecks,
                     gold.ArticleChecks):
    article = ARTICLE
    split = "heldout10"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, 4)}, worked=(44, None),
                     kinds=gold.exactly({"count": 4}), count_slips=(1, 1))
    reader = READ
    formula_names = FORMULA_NAMES
    hand_readings = (
        ("60.4 percent", 60.377, True), ("60.4 percent", 60.46, False),
        ("17.8%", 17.794, True), ("17.8%", 17.86, False),
        ("about 65 per cent", 65.24, True), ("about 65 per cent", 65.6, False),
        ("about 2,350", 2347.9, True), ("about 2,350", 2356.0, False),
        ("about 780", 775.8, True), ("about 780", 774.0, False),
        ("1,707", 1707.0, True), ("1,707", 1707.6, False),
        ("a four-month", 4, True), ("a four-month", 5, False),
        ("nineteen days", 19, True), ("eleven", 10.996, True),
        ("twenty years", 20, True), ("twenty years", 18, False),
        ("doubled", 29 / 14, True), ("tripled", 29 / 14, False),
        ("about a sixth", 0.171, True), ("about a sixth", 0.2, False),
    )
    # The 604 over sixty are 10 percent of the 6,148 listed and of the 5,806 taken; the fall
    # at Zhanaturmys from 1,236 to 622 leaves 50 percent and takes away 50 percent.
    readings: ClassVar = {"10 percent": ("604/6148*100", "604/5806*100"),
                          "50 percent": ("622/1236*100", "(1236-622)/1236*100")}
    # commission members over sitting days; convoy men over officers
    traps: ClassVar = {"25 percent": "9/36*100", "about 12": "528/44"}


def test_the_kinds_of_slip_are_the_planned_ones() -> None:
    only, numbers, paragraph_of = ARTICLE.only, ARTICLE.numbers_in, ARTICLE.paragraph_of
    # digits transposed: 64 printed as 46
    assert only("46")["intended"] == "64" and 342 - 187 - 91 == 64
    # the neighbouring total as base: 812,000 over all property, not over the houses
    houses = only("16.7 percent")
    assert READ("16.7 percent", 812 / 4862 * 100) and houses["intended"] == "27.9"
    assert {812000.0, 2915000.0, 4862000.0} <= numbers(paragraph_of(houses))
    # a decline printed as the share that remained
    assert READ("71.7 percent", 1104 / 1540 * 100)
    assert only("71.7 percent")["intended"] == "28.3"
    # a digit dropped: 163 per 1,000 printed as 13
    assert only("13")["intended"] == "163"
    # a sum off by a part: 918 is the first two years without 1959
    assert 406 + 512 == 918 and only("918")["intended"] == "1,214"
    # a wrong ranking: 1,236 is third after 1,862 and 1,540
    assert only("second")["intended"] == "third" and 1862 > 1540 > 1236 > 1145


def test_the_two_readings_of_each_ambiguity_are_apart() -> None:
    """More than 0.2 points apart: two different readings, not one rounded twice."""
    for first, second in TestPontic1949.readings.values():
        a, b = gold.evaluate(first), gold.evaluate(second)
        assert isinstance(a, float) and isinstance(b, float)
        assert abs(a - b) > 0.2, (first, second)


def test_the_guessed_third_and_the_worse_comparison_have_nothing_beside_them() -> None:
    third = ARTICLE.only("perhaps a third", "unverifiable")
    nums = [n for n in ARTICLE.numbers_in(ARTICLE.paragraph_of(third)) if n]
    assert not any(abs(a / b - 1 / 3) < 0.03 for a, b in permutations(nums, 2))
    assert ARTICLE.only("worse", "unverifiable")["kind"] == "comparison"


def test_durations_follow_from_the_printed_dates() -> None:
    def value(figure: str) -> object:
        return gold.evaluate(ARTICLE.only(figure)["formula"], FORMULA_NAMES)

    paragraph = ARTICLE.paragraph_of
    road = ARTICLE.only("nineteen days")
    assert (date(1949, 7, 4) - date(1949, 6, 15)).days == value("nineteen days") == 19
    assert "15 June" in paragraph(road) and "4 July" in paragraph(road)
    lists = ARTICLE.only("a four-month")
    start, end = date(1949, 2, 11), date(1949, 6, 15)
    assert (end.month - start.month) - (end.day < start.day) == value("a four-month") == 4
    assert "11 February" in paragraph(lists) and "15 June" in paragraph(lists)
    for figure, first, last in (("seven years", 1949, 1956), ("twenty years", 1956, 1974)):
        assert value(figure) == last - first
        assert str(last) in paragraph(ARTICLE.only(figure))
