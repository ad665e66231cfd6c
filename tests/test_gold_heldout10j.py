"""The blind gold article ``baltic1941`` (issue #14, split ``heldout10``), checked on its own
terms by gold_article.py; its numbers are read with thousands in groups of three, and only here:
the kinds of its slips and the dates beside its durations."""

from __future__ import annotations

import re
from typing import ClassVar

import gold_article as gold

# A number as printed: thousands in groups of three, or plain digits.
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
ARTICLE = gold.GoldArticle.load("baltic1941", NUMBER)
READ = gold.FigureReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "thirteen": 13, "fifteen": 15,
           "seventeen": 17, "eighteen": 18},
    ordinals={"second": 2, "third": 3},
    # A multiple, fraction or "N times" in words: the range of ratios it may stand for.
    ratios={
        "halved": (0.45, 0.55),
        "doubled": (1.9, 2.1),
        "more than doubled": (2.0, 3.0),
        "tripled": (2.85, 3.15),
        "about a fifth": (0.18, 0.22),
        "two-thirds": (0.64, 0.69),
        "nearly two-thirds": (0.6, 0.667),
        "over half": (0.5, 0.6),
        "most": (0.5, 1.0),
        "the great majority": (0.75, 1.0),
        "more than three times as many": (3.0, 4.0),
        "nearly four times": (3.6, 4.0),
    },
    suffixes=(" days", "-month", " months", " years"),
    nearly_at_most=True,
    number=NUMBER,
)


class TestBaltic1941(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                     gold.CountChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout10"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, None)}, worked=(44, None))
    reader = READ
    formula_names = ("max", "min", "sorted", "date")
    list_split = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
    hand_readings = (
        ("85.4 percent", 85.36, True), ("85.4 percent", 85.46, False),
        ("4.4%", 4.436, True), ("4.4%", 4.46, False),
        ("52.8 per cent", 52.83, True), ("52.8 per cent", 52.88, False),
        ("about 450 per 1,000", 447.4, True), ("about 450 per 1,000", 444.0, False),
        ("about 33", 32.52, True), ("about 33", 32.4, False),
        ("2,416", 2416, True), ("2,416", 2461, False),
        ("nearly fifteen months", 14.7, True), ("nearly fifteen months", 15.2, False),
        ("eighteen-month", 18, True), ("seventeen days", 18, False),
        ("third", 3, True), ("second", 3, False),
        ("doubled", 2.01, True), ("tripled", 2.01, False),
        ("over half", 0.52, True), ("the great majority", 0.52, False),
    )
    # 303 old men and 214 returned children: each a share of the 3,742 taken in June and of
    # the 3,838 counted with the later echelon, both printed in the paragraph.
    readings: ClassVar = {"8 percent": ("303/3742*100", "303/3838*100"),
                          "6 percent": ("214/3742*100", "214/3838*100")}
    # listing days over helpers; families over days on the river
    traps: ClassVar = {"15 percent": "18/120*100", "about 7": "56/8"}


def test_each_slip_is_the_kind_of_mistake_it_was_planted_as() -> None:
    only = ARTICLE.only
    # a digit dropped: 188 printed as 18
    assert only("18", kind="remainder")["intended"] == "188"
    assert "188".replace("8", "", 1) == "18"
    # the neighbouring total as base: 4,380 on the list, not the 3,742 taken, over 1,096
    rate = only("4.0", kind="rate")
    assert READ("4.0", 4380 / 1096) and {4380.0, 3742.0, 1096.0} <= ARTICLE.numbers_in(
        ARTICLE.paragraph_of(rate))
    # two digits transposed: 44.7 printed as 47.4
    assert sorted("47.4") == sorted(str(only("47.4 percent", kind="share")["intended"]))
    # a decline printed as the share that remained: 742 of 1,086 is 68.3 percent
    assert READ("68.3 percent", 742 / 1086 * 100)
    # a sum that leaves out a part: the 88 of 1948-1953
    assert 214 + 1163 == 1377 and only("1,377", kind="sum")["intended"] == "1,465"
    # a wrong ranking: Liepkalne's 812 comes between Ozolmuiža's 1,046 and Sīļupe's 734
    assert 1046 > 812 > 734 and only("second", kind="comparison")["intended"] == "third"


def test_durations_are_counted_from_dates_printed_in_their_paragraph() -> None:
    dates = {"seventeen days": ("16 June", "3 July"),
             "eighteen-month": ("July 1941", "January 1943"),
             "nearly fifteen months": ("5 September 1942", "14 June 1941"),
             "thirteen years": ("14 June 1941", "August 1956")}
    durations = ARTICLE.of_kind("duration")
    assert {str(c["figure"]) for c in durations} == set(dates)
    for claim in durations:
        paragraph = ARTICLE.paragraph_of(claim)
        assert all(d in paragraph for d in dates[str(claim["figure"])]), claim
