"""The gold article ``caucasusfront1915`` (issue #14, split ``heldout12``), checked on its own
terms by gold_article.py (never by borderlands.figures); only here: the kinds of its slips,
how far apart its readings are, the claims without traps, the durations."""

from __future__ import annotations

import re
from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("caucasusfront1915")
FORMULA_NAMES = ("date", "sorted", "min", "max")  # the generator's FORMULA_NAMES
READ = gold.FigureReader(
    words={"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7},
    # A figure in words and the range of values (ratio, years) it may stand for.
    ratios={
        "nearly three and a half years": (3.25, 3.5),
        "nearly four years": (3.5, 4.0),
        "more than a third": (1 / 3, 0.4),
        "more than five times": (5.0, 5.6),
        "tripled": (2.85, 3.15),
        "doubled": (1.9, 2.1),
        "more than halved": (0.3, 0.5),
        "about one in six": (0.15, 0.185),
        "two-thirds": (0.64, 0.69),
        "about a fifth": (0.18, 0.22),
        "nearly twice as many": (1.85, 2.0),
        "about four times as many": (3.8, 4.2),
    },
    prefixes=("about ",),
    suffixes=(" days", " months", " years"),
    relations=frozenset({"second only to", "fewest", "more likely", "lower"}),
)


class TestCaucasusfront1915(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                            gold.CountChecks, gold.ChainChecks, gold.SumInputChecks,
                            gold.ArticleChecks):
    article = ARTICLE
    split = "heldout12"
    plan = gold.Plan(
        kinds=gold.exactly({"share": 12, "sum": 7, "remainder": 5, "rate": 8, "multiple": 8,
                            "comparison": 8, "count": 4, "duration": 4, "chain": 3}),
        verdicts=gold.exactly({"consistent": 43, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        worked=(45, 45))
    reader = READ
    formula_names = FORMULA_NAMES
    title_starts = "Behind the Caucasus front"
    count_sentences = staticmethod(gold.split_count(re.compile(r"(?<=\.)\s+(?=[A-Z])")))
    unverifiable = frozenset({"about 15 percent", "about a fifth", "faster",
                              "nearly 30 percent"})
    chain_share_words: ClassVar = {0.2: "a fifth"}
    hand_readings = (
        ("60.3 percent", 60.34, True), ("60.3 percent", 60.36, False),
        ("71.0%", 70.996, True), ("71.0%", 71.06, False),
        ("about 300", 301.6, True), ("about 300", 351.0, False),
        ("about 2,360", 2356.5, True), ("about 2,360", 2354.9, False),
        ("about 192,000 rubles", 191952, True), ("about 192,000", 190400, False),
        ("40", 40.38, True), ("40", 40.6, False),
        ("53.4 per 1,000", 53.4, True), ("53.4 per 1,000", 5.34, False),
        ("7 per cent", 7, True), ("6", 60, False),
        ("about six", 6.05, True), ("about six", 6.6, False),
        ("seven months", 6.997, True), ("seven months", 6.4, False),
        ("110 days", 110, True), ("120 days", 110, False),
        ("third", 3, True), ("second", 3, False),
        ("doubled", 2.0, True), ("tripled", 2.0, False),
        ("more than halved", 0.39, True), ("more than halved", 0.55, False),
    )
    # The 2,510 Greek children are 18 percent of the 13,940 registered by June and of the
    # 13,720 left in December; the 86,400 rubles are about 30 a family over the 2,870
    # households removed and over the 2,915 families that came back.
    readings: ClassVar = {"18 percent": ("2510/13940*100", "2510/13720*100"),
                          "about 30 rubles": ("86400/2870", "86400/2915")}
    # the 430 Cossacks over the 2,870 households; the societies' gifts over the total
    traps: ClassVar = {"about 15 percent": "430/2870*100", "about a fifth": "512300/2476800"}


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    only, numbers, paragraph_of = ARTICLE.only, ARTICLE.numbers_in, ARTICLE.paragraph_of
    # digits transposed: the sick were 24.8 percent of the sheltered, printed 28.4
    assert only("28.4 percent")["intended"] == "24.8" and READ("24.8", 2845 / 11460 * 100)
    # the neighbouring total as base: 6,960 over the 88,310 of 1916, not the 96,480 entered
    families = only("7.9 percent")
    assert READ("7.9", 6960 / 88310 * 100) and families["intended"] == "7.2"
    assert {6960.0, 88310.0, 96480.0} <= numbers(paragraph_of(families))
    # a decline printed as the share that remained
    assert READ("37.5", 21840 / 58215 * 100) and only("37.5 percent")["intended"] == "62.5"
    # a digit dropped: 60 rubles a head printed as 6
    assert only("6", "inconsistent")["intended"] == "60"
    # a sum off by a part: 522 leaves out March's 90
    assert 148 + 203 + 171 == 522 and only("522")["intended"] == "612"
    # a remainder with two digits transposed
    assert only("6,900")["intended"] == "6,090" == f"{17365 - 7370 - 3905:,}"
    # the wrong multiple word, the wrong rank, a miscounted duration, a wrong list count
    assert only("tripled")["intended"] == "doubled"
    assert only("second")["intended"] == "third" and 19340 > 12650 > 11905 > 8210
    assert only("120 days")["intended"] == "110 days"
    assert only("four", "inconsistent")["intended"] == "three"


def test_the_two_readings_of_each_ambiguity_are_apart() -> None:
    """More than 1 % apart: two different readings, not one rounded twice."""
    for first, second in TestCaucasusfront1915.readings.values():
        a, b = gold.evaluate(first), gold.evaluate(second)
        assert isinstance(a, float) and isinstance(b, float)
        assert abs(a - b) / a > 0.01, (first, second)


def test_the_unverifiable_claims_without_traps_have_nothing_beside_them() -> None:
    # the Greek families' losses: no two figures of the paragraph come near 30 percent
    losses = ARTICLE.paragraph_of(ARTICLE.only("nearly 30 percent"))
    nums = [n for n in ARTICLE.numbers_in(losses) if n != 30]
    assert not any(0.25 <= a / b <= 0.31 for a, b in permutations(nums, 2))
    # the camps' death rate is printed nowhere: the sentence has no figure at all
    assert not gold.NUMBER.search(ARTICLE.sentence_of(ARTICLE.only("faster")))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"nearly three and a half years": (date(1914, 11, 18), date(1918, 4, 30)),
             "120 days": (date(1916, 3, 3), date(1916, 6, 21)),
             "seven months": (date(1917, 4, 15), date(1917, 11, 14))}
    for figure, (start, end) in spans.items():
        sentence = ARTICLE.sentence_of(ARTICLE.only(figure))
        for day in (start, end):
            assert f"{day.day} {day:%B}" in sentence, (figure, sentence)
        assert f"{start.year}" in sentence
    days = gold.evaluate(ARTICLE.only("120 days")["formula"], FORMULA_NAMES)
    assert days == 110 == (date(1916, 6, 21) - date(1916, 3, 3)).days
    assert 6.9 < (date(1917, 11, 14) - date(1917, 4, 15)).days / (365.25 / 12) < 7.1
    exile = ARTICLE.sentence_of(ARTICLE.only("nearly four years"))
    assert "January 1915" in exile and "autumn of 1918" in exile
