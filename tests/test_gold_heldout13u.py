"""The gold article ``ukrainewest1947`` (issue #14, split ``heldout13``), checked on its own
terms by gold_article.py (never by borderlands.figures); only here: the kinds of its slips,
readings that round to the figure, the claims without traps, the durations."""

from __future__ import annotations

import re
from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("ukrainewest1947")
FORMULA_NAMES = ("sorted",)  # the generator's FORMULA_NAMES
READ = gold.FigureReader(
    words={"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "eight": 8,
           "nine": 9, "forty-one": 41},
    # A figure in words and the range of ratios it may stand for.
    ratios={
        "the great majority": (0.75, 1.0),
        "about a third": (0.3, 0.37),
        "most": (0.5, 1.0),
        "more than doubled": (2.0, 2.5),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "nearly two-thirds": (0.6, 0.667),
        "halved": (0.45, 0.55),
        "twice as many": (1.9, 2.1),
    },
    prefixes=("a ", "about "),
    suffixes=(" days", " years", "-month"),
    relations=frozenset({"second only to", "largest", "smallest", "more likely"}),
)


class TestUkrainewest1947(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                          gold.CountChecks, gold.ChainChecks, gold.SumInputChecks,
                          gold.ArticleChecks):
    article = ARTICLE
    split = "heldout13"
    plan = gold.Plan(
        kinds=gold.exactly({"share": 12, "sum": 7, "remainder": 5, "rate": 8, "multiple": 8,
                            "comparison": 7, "count": 4, "duration": 4, "chain": 3}),
        verdicts=gold.exactly({"consistent": 42, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        worked=(44, 44))
    reader = READ
    formula_names = FORMULA_NAMES
    title_starts = "Out of the forest districts"
    count_sentences = staticmethod(gold.split_count(re.compile(r"(?<=\.)\s+(?=[A-Z])")))
    unverifiable = frozenset({"about a third", "higher", "about 12 percent",
                              "about 38 percent"})
    hand_readings = (
        ("23.3 percent", 23.29, True), ("23.3 percent", 23.36, False),
        ("40.0 percent", 40.035, True), ("40.0 percent", 40.06, False),
        ("about 850", 850.1, True), ("about 850", 856.0, False),
        ("about 1,200", 1205.1, True), ("about 1,200", 1251.0, False),
        ("about 345", 345.45, True), ("about 345", 345.6, False),
        ("35", 35.0, True), ("4", 40.0, False),
        ("69.9 per 1,000", 69.898, True), ("69.9 per 1,000", 6.99, False),
        ("eight", 7.9987, True), ("eight", 8.6, False),
        ("26 days", 26, True), ("80 days", 70, False),
        ("a forty-one-month", 41, True), ("a forty-one-month", 42, False),
        ("nine years", 9, True), ("third", 3, True), ("second", 3, False),
        ("doubled", 2.01, True), ("tripled", 2.01, False),
        ("halved", 0.49, True), ("halved", 0.6, False),
    )
    # The 405 children at Kedrovyi are 30 percent both of the 1,372 who came in November and
    # of the 1,340 counted at the New Year; the 11,902 deportees come to about 20 a wagon both
    # over the 600 wagons that set out and the 586 that arrived.
    readings: ClassVar = {"30 percent": ("405/1372*100", "405/1340*100"),
                          "about 20": ("11902/600", "11902/586")}
    # the 94 who ran away over the 287 dead; the 146 passes over the 1,217 letters
    traps: ClassVar = {"about a third": "94/287", "about 12 percent": "146/1217*100"}


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    only, numbers, paragraph_of = ARTICLE.only, ARTICLE.numbers_in, ARTICLE.paragraph_of
    # digits transposed: the men were 19.5 percent of the 11,902, printed 15.9
    assert only("15.9 percent")["intended"] == "19.5" and READ("19.5", 2318 / 11902 * 100)
    # a digit dropped: 40 rubles a head printed as 4
    assert only("4", "inconsistent")["intended"] == "40" and 476080 / 11902 == 40
    # a sum off by a part: 901 leaves out the 207 of 11 November
    assert 512 + 389 == 901 and only("901")["intended"] == "1,108" == f"{512 + 389 + 207:,}"
    # a duration miscounted: 7 November 1947 to 16 January 1948 is 70 days
    assert (date(1948, 1, 16) - date(1947, 11, 7)).days == 70
    assert only("80 days")["intended"] == "70 days"
    # the wrong multiple word: 8,400 to 16,900 is a doubling
    assert only("tripled")["intended"] == "doubled" and 1.9 < 16900 / 8400 < 2.1
    # the wrong rank: 69 comes after 92 and 78
    assert only("second", "inconsistent")["intended"] == "third" and 92 > 78 > 69 > 48
    # a remainder with two digits transposed: 3,862 - 3,440 = 422, printed 242
    assert only("242")["intended"] == "422" == f"{3862 - 3440}"
    # the neighbouring total as base: 3,440 over the 4,583 of 1948, not the 3,862 of 1955
    base = only("75.1 percent")
    assert READ("75.1", 3440 / 4583 * 100) and base["intended"] == "89.1"
    assert {3440.0, 3862.0, 4583.0} <= numbers(paragraph_of(base))
    # a decline printed as the share that remained: 161 of 486 is 33.1, the fall 66.9
    assert READ("33.1", 161 / 486 * 100) and only("33.1 percent")["intended"] == "66.9"
    # a wrong list count: four places listed, five printed
    assert only("five")["intended"] == "four"


def test_the_two_readings_of_each_ambiguity_round_to_the_figure_and_are_apart() -> None:
    """Each reading rounds to the printed whole number; the two are more than 1 % apart: two
    different readings, not one rounded twice."""
    for figure, (first, second) in TestUkrainewest1947.readings.items():
        a, b = gold.evaluate(first), gold.evaluate(second)
        assert isinstance(a, float) and isinstance(b, float)
        printed = int(figure.split()[-2 if "percent" in figure else -1])
        assert round(a) == printed == round(b), figure
        assert abs(a - b) / a > 0.01, figure


def test_the_unverifiable_claims_without_traps_have_nothing_beside_them() -> None:
    numbers, paragraph_of = ARTICLE.numbers_in, ARTICLE.paragraph_of
    # the houses taken by strangers: the paragraph prints no figure besides the claim
    assert numbers(paragraph_of(ARTICLE.only("about 38 percent"))) == {38.0}
    # the Arkhangelsk mortality: the sentence has no figure at all
    assert not gold.NUMBER.search(ARTICLE.sentence_of(ARTICLE.only("higher")))
    # and no two figures of the trap paragraphs give the other unverifiable share
    nums = numbers(paragraph_of(ARTICLE.only("about 12 percent"))) - {12.0}
    assert not any(0.37 <= a / b <= 0.39 for a, b in permutations(nums, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"26 days": (date(1947, 10, 24), date(1947, 11, 19)),
             "80 days": (date(1947, 11, 7), date(1948, 1, 16))}
    for figure, (start, end) in spans.items():
        sentence = ARTICLE.sentence_of(ARTICLE.only(figure))
        for day in (start, end):
            assert f"{day.day} {day:%B}" in sentence, (figure, sentence)
    days = gold.evaluate(ARTICLE.only("26 days")["formula"], FORMULA_NAMES)
    assert days == 26 == (date(1947, 11, 19) - date(1947, 10, 24)).days
    months = ARTICLE.sentence_of(ARTICLE.only("a forty-one-month"))
    assert "March 1955" in months and "August 1958" in months
    assert (1958 - 1955) * 12 + (8 - 3) == 41
    exile = ARTICLE.sentence_of(ARTICLE.only("nine years"))
    assert "1947" in exile and "1956" in exile
