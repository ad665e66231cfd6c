"""The gold article ``steppe1943`` (issue #14, split ``heldout11``), checked on its own terms by
gold_article.py; only here: every formula's inputs are in its paragraph, the kinds of its
slips, no pair excusing a percentage slip, the durations, its sums of parts."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("steppe1943")
FORMULA_NAMES = ("max", "min", "sorted", "date")
READ = gold.FigureReader(
    words={"second": 2, "third": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "twelve": 12,
           "sixteen": 16, "seventeen": 17, "twenty-seven": 27},
    # A multiple or fraction in words: the range of ratios it may stand for.
    ratios={
        "two-thirds": (0.64, 0.69),
        "five-sixths": (0.81, 0.86),
        "halved": (0.47, 0.53),
        "about a fifth": (0.18, 0.22),
        "most": (0.5, 1.0),
        "over half": (0.5, 0.67),
        "more than doubled": (2.0, 3.0),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "nearly three times": (2.6, 3.0),
    },
    prefixes=("a ",),
    suffixes=("-month", " days", " weeks", " years"),
    relations=frozenset({"largest", "smallest", "more likely", "higher"}),
)


class TestSteppe1943(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks, gold.CountChecks,
                     gold.ArticleChecks):
    article = ARTICLE
    split = "heldout11"
    plan = gold.Plan(
        kinds=gold.exactly({"share": 12, "sum": 7, "remainder": 5, "rate": 9, "multiple": 9,
                            "comparison": 7, "count": 4, "duration": 4, "chain": 3}),
        verdicts=gold.exactly({"consistent": 44, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        worked=(46, 46), count_slips=(1, 1))
    reader = READ
    formula_names = FORMULA_NAMES
    unverifiable = frozenset({"about 30 percent", "about 25", "perhaps a quarter", "heavier"})
    hand_readings = (
        ("21.6 percent", 21.596, True), ("21.6 percent", 21.66, False),
        ("18.7%", 18.738, True), ("18.7%", 18.76, False),
        ("28.2 per cent", 28.19, True), ("28.2 per cent", 28.26, False),
        ("about 2,000", 1997.2, True), ("about 2,000", 2512.0, False),
        ("about 860", 862.3, True), ("about 860", 866.0, False),
        ("about 4.2", 4.187, True), ("about 4.2", 4.26, False),
        ("94 per 1,000", 94.45, True), ("94 per 1,000", 94.6, False),
        ("5,842", 5842.0, True), ("5,842", 5843.0, False),
        ("a sixteen-month", 16, True), ("a sixteen-month", 15, False),
        ("seven weeks", 49 / 7, True), ("seven weeks", 8, False),
        ("seventeen days", 17, True), ("twenty-seven days", 17, False),
        ("doubled", 2480 / 1190, True), ("tripled", 2480 / 1190, False),
        ("about a fifth", 0.204, True), ("about a fifth", 0.25, False),
    )
    # The 3,520 over seventy are 4 percent of the 91,870 who left and of the 89,145 who
    # arrived; the 62,450 come home are about 80 percent of the 78,920 released and of the
    # 77,600 on the register when it closed.
    readings: ClassVar = {"4 percent": ("3520/91870*100", "3520/89145*100"),
                          "about 80 percent": ("62450/78920*100", "62450/77600*100")}
    # lorries over soldiers; the camp's men over its dead of the first winter
    traps: ClassVar = {"about 30 percent": "1380/4594*100", "about 25": "4310/172"}


def value_of(figure: str) -> object:
    return gold.evaluate(ARTICLE.only(figure)["formula"], FORMULA_NAMES)


def test_every_formula_uses_only_figures_printed_in_its_paragraph() -> None:
    """A formula's inputs are in the claim's own paragraph (small constants and units aside),
    so the gold does not rest on figures the reader of that paragraph cannot see."""
    allowed = {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 12.0, 100.0, 1000.0, 0.2}
    for claim in ARTICLE.claims:
        if "formula" not in claim or claim["kind"] in {"count", "duration"}:
            continue
        printed = ARTICLE.numbers_in(ARTICLE.paragraph_of(claim))
        printed |= {round(n / 100, 6) for n in printed}  # "62 percent" enters as 0.62
        inputs = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", str(claim["formula"]))}
        inputs -= allowed
        assert inputs <= printed, (claim, inputs - printed)


def test_the_kinds_of_slip_are_the_planned_ones() -> None:
    only, numbers, paragraph_of = ARTICLE.only, ARTICLE.numbers_in, ARTICLE.paragraph_of
    # two digits transposed: Sarpa's 14.3 percent printed as 13.4
    assert only("13.4 percent")["intended"] == "14.3"
    assert READ("14.3", 13105 / 91870 * 100)
    # the neighbouring total as base: 24,610 over the 91,870 who left, not the 89,145 arrivals
    omsk = only("26.8 percent")
    assert READ("26.8 percent", 24610 / 91870 * 100) and omsk["intended"] == "27.6"
    assert {24610.0, 91870.0, 89145.0} <= numbers(paragraph_of(omsk))
    # a fall printed as the share that remained: 287,300 of 812,400 is what is left
    assert READ("35.4 percent", 287300 / 812400 * 100)
    assert only("35.4 percent")["intended"] == "64.6"
    # a sum off by a part: 93,514 leaves out the 3,310 from Stalingrad oblast
    assert 91870 + 1644 == 93514 and only("93,514")["intended"] == "96,824"
    # a digit doubled: 478 printed as 4,778
    assert only("4,778")["intended"] == "478" and 89145 - 88667 == 478
    # a digit dropped: 50.6 per 1,000 printed as 5.6
    assert only("5.6 per 1,000")["intended"] == "50.6"
    # the wrong multiple word: 1,190 to 2,480 is a doubling
    assert only("tripled")["intended"] == "doubled"
    # a wrong ranking: 21,120 is third after 24,610 and 22,480
    assert only("second")["intended"] == "third" and 24610 > 22480 > 21120 > 20935
    # a list of four kinds of herd counted as five
    herds = only("five", "inconsistent")
    assert herds["intended"] == "four" and "camels" in paragraph_of(herds)
    # a journey miscounted by ten days
    assert only("twenty-seven days")["intended"] == "seventeen days"
    kinds = Counter(str(c["kind"]) for c in ARTICLE.with_verdict("inconsistent"))
    assert kinds == {"share": 3, "sum": 1, "remainder": 1, "rate": 1, "multiple": 1,
                     "comparison": 1, "count": 1, "duration": 1}


def test_no_other_printed_pair_excuses_a_percentage_slip() -> None:
    """Sarpa's 13.4 and the sheep's 35.4 percent are read right by no other pair of figures in
    their paragraphs, except the remaining share that the 35.4 really is."""
    sarpa = ARTICLE.paragraph_of(ARTICLE.only("13.4 percent"))
    assert ARTICLE.pairs_giving(READ, "13.4 percent", sarpa, 100.0) == []
    sheep = ARTICLE.paragraph_of(ARTICLE.only("35.4 percent"))
    assert ARTICLE.pairs_giving(READ, "35.4 percent", sheep, 100.0) == [(287300.0, 812400.0)]


def test_the_two_readings_of_each_ambiguity_differ() -> None:
    for first, second in TestSteppe1943.readings.values():
        assert gold.evaluate(first) != gold.evaluate(second), (first, second)


def test_the_guessed_quarter_and_the_heavier_comparison_have_nothing_beside_them() -> None:
    quarter = ARTICLE.only("perhaps a quarter", "unverifiable")
    nums = [n for n in ARTICLE.numbers_in(ARTICLE.paragraph_of(quarter)) if n]
    assert not any(0.2 < a / b < 0.3 for a, b in permutations(nums, 2))
    assert ARTICLE.only("heavier", "unverifiable")["kind"] == "comparison"


def test_durations_follow_from_the_printed_dates() -> None:
    paragraph = ARTICLE.paragraph_of
    journey = paragraph(ARTICLE.only("twenty-seven days"))
    assert (date(1944, 1, 14) - date(1943, 12, 28)).days == value_of("twenty-seven days") == 17
    assert "28 December" in journey and "14 January 1944" in journey
    assert (date(1945, 5, 21) - date(1945, 4, 2)).days == 49 and value_of("seven weeks") == 7
    assert "2 April to 21 May 1945" in paragraph(ARTICLE.only("seven weeks"))
    recall = paragraph(ARTICLE.only("a sixteen-month"))
    assert value_of("a sixteen-month") == 16
    assert "March 1944" in recall and "July 1945" in recall
    exile = paragraph(ARTICLE.only("twelve years"))
    assert value_of("twelve years") == 12
    assert "January 1944" in exile and "March 1956" in exile


def test_sums_of_percentages_and_parts() -> None:
    uluses = [19840, 17215, 15960, 14380, 13105, 11370]
    assert sum(uluses) == 91870 and max(uluses) == 19840
    assert sum([24610, 20935, 22480, 21120]) == 89145 == 39460 + 49685
    assert 8420 == 4980 + 3440
    assert 52 + 21 + 12 + 9 + 6 == 100
