"""The gold article ``borderstrip1935`` (issue #14, split ``heldout11``), checked on its own terms
by gold_article.py; only here: the kinds of its slips, how far apart its readings are, the
unverifiable claims without traps, the durations from the printed dates."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("borderstrip1935")
FORMULA_NAMES = ("max", "sorted")
READ = gold.FigureReader(
    words={"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "nine": 9, "twelve": 12,
           "nineteen": 19, "twenty-two": 22, "twenty-three": 23, "twenty-nine": 29},
    # A multiple, fraction or "N times" in words: the range of ratios it may stand for.
    ratios={
        "the great majority": (0.75, 1.0),
        "five-sixths": (0.81, 0.86),
        "halved": (0.45, 0.55),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "more than doubled": (2.0, 3.0),
        "nearly a fifth": (0.17, 0.2),
        "about two-thirds": (0.63, 0.70),
        "nearly three times as many": (2.75, 3.0),
    },
    prefixes=("a ",),
    suffixes=("-day", " days", " years"),
    relations=frozenset({"second only to", "smaller", "largest", "more likely", "lower"}),
)


class TestBorderstrip1935(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                          gold.CountChecks, gold.ChainChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout11"
    plan = gold.Plan(
        kinds=gold.exactly({"share": 12, "sum": 7, "remainder": 5, "rate": 9, "multiple": 9,
                            "comparison": 8, "count": 4, "duration": 4, "chain": 3}),
        verdicts=gold.exactly({"consistent": 45, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        worked=(47, 47), count_slips=(1, 1))
    reader = READ
    formula_names = FORMULA_NAMES
    unverifiable = frozenset({"Perhaps two-fifths", "about 40 percent", "about 15",
                              "more frequent"})
    chain_share_words: ClassVar = {0.25: "a quarter"}
    hand_readings = (
        ("30.6 percent", 30.56, True), ("30.6 percent", 30.66, False),
        ("61.3%", 61.26, True), ("61.3%", 61.36, False),
        ("about 1,330", 1334.9, True), ("about 1,330", 1335.1, False),
        ("about 4.3", 4.29, True), ("about 4.3", 4.36, False),
        ("about 290", 287.4, True), ("about 290", 284.0, False),
        ("990", 990.0, True), ("990", 991.0, False),
        ("50 per cent", 50.4, True), ("50 per cent", 51.0, False),
        ("nine", 9.4, True), ("nine", 9.6, False),
        ("a twenty-two-day", 22, True), ("a twenty-two-day", 23, False),
        ("twelve years", 12, True), ("nineteen days", 29, False),
        ("halved", 0.49, True), ("halved", 0.6, False),
        ("doubled", 2.06, True), ("tripled", 2.06, False),
    )
    # The 2,740 children are 23 percent of the 11,904 deportees still in place and of the
    # 12,060 people counting those born in exile; the schools' fall from 1,462 to 728 pupils
    # leaves 50 per cent and takes away 50 per cent.
    readings: ClassVar = {"23 percent": ("2740/12060*100", "2740/11904*100"),
                          "50 per cent": ("728/1462*100", "(1462-728)/1462*100")}
    # the guards lent by the border guard over the escort; medical staff over settlements
    traps: ClassVar = {"about 40 percent": "628/1570*100", "about 15": "45/3"}


def test_the_kinds_of_slip_are_the_planned_ones() -> None:
    only, numbers, paragraph_of = ARTICLE.only, ARTICLE.numbers_in, ARTICLE.paragraph_of
    # two digits transposed: Ristikko's 16.3 percent printed as 13.6
    assert only("13.6 percent")["intended"] == "16.3" and READ("16.3", 589 / 3612 * 100)
    # the neighbouring total as base: 2,146 houses over the 3,612 households
    houses = only("59.4 percent")
    assert READ("59.4 percent", 2146 / 3612 * 100) and houses["intended"] == "64.7"
    assert {2146.0, 3318.0, 3612.0} <= numbers(paragraph_of(houses))
    # a decline printed as the share that remained
    assert READ("77.4 percent", 9218 / 11904 * 100)
    assert only("77.4 percent")["intended"] == "22.6"
    # a digit dropped: 130 per 1,000 printed as 13
    assert only("13")["intended"] == "130"
    # a sum off by a part: 916 leaves out 1936's 214
    assert 389 + 527 == 916 and only("916")["intended"] == "1,130"
    # a remainder with its digits transposed
    assert 1346 - 729 == 617 and only("671")["intended"] == "617"
    # the wrong multiple word, the wrong rank, the wrong list count, a miscounted duration
    assert only("tripled", "inconsistent")["intended"] == "doubled"
    assert only("second")["intended"] == "third" and 5940 > 3870 > 2615 > 1437
    assert only("three")["intended"] == "four"
    assert only("twenty-nine days")["intended"] == "nineteen days"


def test_the_two_readings_of_each_ambiguity_are_apart() -> None:
    """More than 0.2 points apart: two different readings, not one rounded twice."""
    for first, second in TestBorderstrip1935.readings.values():
        a, b = gold.evaluate(first), gold.evaluate(second)
        assert isinstance(a, float) and isinstance(b, float)
        assert abs(a - b) > 0.2, (first, second)


def test_the_unverifiable_claims_without_traps_have_nothing_beside_them() -> None:
    # no two figures of its paragraph come near two-fifths
    fifths = ARTICLE.only("Perhaps two-fifths", "unverifiable")
    nums = [n for n in ARTICLE.numbers_in(ARTICLE.paragraph_of(fifths)) if n]
    assert not any(abs(a / b - 0.4) < 0.05 for a, b in permutations(nums, 2))
    # the escapes by region are not printed: the sentence has no figure at all
    assert not gold.NUMBER.search(ARTICLE.sentence_of(ARTICLE.only("more frequent")))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"twenty-three days": (date(1935, 2, 25), date(1935, 3, 20)),
             "a twenty-two-day": (date(1935, 3, 28), date(1935, 4, 19)),
             "twenty-nine days": (date(1935, 4, 2), date(1935, 4, 21))}
    for figure, (start, end) in spans.items():
        claim = ARTICLE.only(figure)
        days = (end - start).days
        assert gold.evaluate(claim["formula"], FORMULA_NAMES) == days, (claim, days)
        sentence = ARTICLE.sentence_of(claim)
        for day in (start, end):
            assert f"{day.day} {day:%B}" in sentence, (figure, sentence)
    assert ARTICLE.only("twenty-nine days")["verdict"] == "inconsistent"
    exile = ARTICLE.only("twelve years")
    assert gold.evaluate(exile["formula"], FORMULA_NAMES) == 1947 - 1935
    assert "1947" in ARTICLE.sentence_of(exile)
