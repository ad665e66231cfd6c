"""The blind gold article ``koreanraion`` (issue #14, split ``heldout11``), checked on its own
terms by gold_article.py; its numbers are read with thousands in groups of three, and only here:
the kinds of its slips, its two wholes for the old people, the dates beside its durations."""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

import gold_article as gold

# A number as printed: thousands in groups of three, or plain digits.
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
ARTICLE = gold.GoldArticle.load("koreanraion", NUMBER)
READ = gold.FigureReader(
    words={"three": 3, "four": 4, "five": 5, "eleven": 11, "fourteen": 14, "sixteen": 16,
           "nineteen": 19, "thirty-nine": 39},
    ordinals={"second": 2, "third": 3},
    # A multiple or fraction in words: the range of ratios it may stand for.
    ratios={
        "twice": (1.9, 2.1),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "halved": (0.45, 0.55),
        "about a fifth": (0.18, 0.22),
        "two-thirds": (0.64, 0.69),
        "five-sixths": (0.81, 0.86),
        "the great majority": (0.75, 1.0),
        "more than four times": (4.0, 5.0),
    },
    suffixes=(" days", "-month", " years"),
    nearly_at_most=True,
    number=NUMBER,
)


class TestKoreanraion(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout11"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, None)}, worked=(44, None),
                     kinds=gold.exactly({"count": 4}))
    reader = READ
    formula_names = ("max", "sorted", "date")
    list_split = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
    hand_readings = (
        ("29.7 percent", 29.71, True), ("29.7 percent", 29.76, False),
        ("10.7 per cent", 10.68, True), ("10.7 per cent", 10.64, False),
        ("19.6 per 1,000", 19.64, True), ("19.6 per 1,000", 19.66, False),
        ("about 1,250", 1253.8, True), ("about 1,250", 1256.0, False),
        ("about 600", 603.3, True), ("about 600", 660.0, False),
        ("1,118", 1118, True), ("1,118", 118, False),
        ("nearly five", 4.96, True), ("nearly five", 5.04, False),
        ("sixteen-month", 16, True), ("fourteen days", 11, False),
        ("third", 3, True), ("second", 3, False),
        ("doubled", 2.03, True), ("tripled", 2.03, False),
        ("five-sixths", 0.834, True), ("two-thirds", 0.834, False),
    )
    # 790 old people: a share of the 11,102 who boarded and of the 11,486 listed, both printed
    # in the paragraph; 3,190 hectares against 6,380: what was kept and what was lost.
    readings: ClassVar = {"7 percent": ("790/11102*100", "790/11486*100"),
                          "50 percent": ("3190/6380*100", "(6380-3190)/6380*100")}
    traps: ClassVar = {"10 percent": "15/148*100",  # orderlies in the escort, not stoveless wagons
                       "about 25 percent": "54/218*100"}  # old people among the dead, not dysentery


def test_each_slip_is_the_kind_of_mistake_it_was_planted_as() -> None:
    only = ARTICLE.only
    # two digits transposed: 18.5 printed as 15.8
    assert sorted("15.8") == sorted(str(only("15.8 percent", kind="share")["intended"]))
    # a digit dropped: 142 per 1,000 printed as 42
    assert str(only("42 per 1,000", kind="rate")["intended"]) == "142 per 1,000"
    # a digit doubled: 118 printed as 1,118
    assert only("1,118", kind="remainder")["intended"] == "118"
    # the neighbouring total as base: the 11,486 listed, not the 11,102 who boarded
    rate = only("27.9", kind="rate")
    assert READ("27.9", 11486 / 412) and {11486.0, 11102.0, 412.0} <= ARTICLE.numbers_in(
        ARTICLE.paragraph_of(rate))
    # a sum that leaves out a part: Lugovoe's 1,227
    assert 2241 + 1730 == 3971 and only("3,971", kind="sum")["intended"] == "5,198"
    # a decline printed as the share that remained: 1,036 of 1,480 is 70 percent
    assert READ("70 percent", 1036 / 1480 * 100)
    # a wrong ranking: No. 1's 36 deaths come after No. 3's 52 and No. 5's 41
    assert 52 > 41 > 36 and only("second", kind="comparison")["intended"] == "third"
    # a wrong multiple word: 212 to 431 is a doubling
    assert only("tripled", kind="multiple")["intended"] == "doubled"
    # a wrong list count and a miscounted duration
    fives = {str(c["verdict"]) for c in ARTICLE.of_kind("count") if c["figure"] == "five"}
    assert fives == {"consistent", "inconsistent"}
    assert (date(1937, 9, 9) - date(1937, 8, 29)).days == 11


def test_the_old_peoples_two_readings_are_two_wholes() -> None:
    """The two readings of the old people's share are two different wholes, not one rounded
    twice."""
    first, second = (gold.evaluate(f) for f in TestKoreanraion.readings["7 percent"])
    assert isinstance(first, float) and isinstance(second, float)
    assert abs(first - second) > 0.2


def test_durations_are_counted_from_dates_printed_in_their_paragraph() -> None:
    dates = {"fourteen days": ("29 August", "9 September 1937"),
             "thirty-nine days": ("24 September", "2 November"),
             "sixteen-month": ("September 1937", "January 1939"),
             "nineteen years": ("1937", "1956")}
    durations = ARTICLE.of_kind("duration")
    assert {str(c["figure"]) for c in durations} == set(dates)
    for claim in durations:
        paragraph = ARTICLE.paragraph_of(claim)
        assert all(d in paragraph for d in dates[str(claim["figure"])]), claim
