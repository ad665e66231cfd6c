"""The blind gold article ``karachai1943`` (issue #14, split ``heldout15``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps, the kinds of mistake its slips were
planted as and the dates behind its durations."""

from __future__ import annotations

import re
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("karachai1943")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "thirteen": 13,
           "fifteen": 15, "sixteen": 16},
    # Bounds (inclusive) of the ratio a value must have for the words to describe it.
    fractions={**gold.MULTIPLE_WORDS, "one family in ten": (0.09, 0.11),
               "about one in eight": (0.115, 0.135), "more than two-thirds": (0.667, 0.72),
               "about one in fifteen": (0.06, 0.073), "about a quarter": (0.23, 0.27),
               "a fifth": (0.19, 0.21)},
    # Places in an order: "smallest" counts from the bottom, the others from the top.
    ranks={"largest": 1, "second-largest": 2, "third": 3, "smallest": 1},
)


class TestKarachai1943(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                       gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout15"
    plan = gold.Plan(
        kinds=gold.exactly({"share": 13, "sum": 6, "remainder": 5, "rate": 7, "multiple": 9,
                            "comparison": 6, "count": 4, "duration": 5, "chain": 4}),
        verdicts=gold.exactly({"consistent": 41, "inconsistent": 11, "unverifiable": 5,
                               "ambiguous": 2}),
        worked=(43, 43), slip_kinds=(9, 9), count_slips=(1, 1))
    reader = READ
    title_starts = "The upper Kuban emptied"
    unverifiable = frozenset({"one family in ten", "15 per cent", "62 percent",
                              "about a quarter", "a fifth"})
    opposites: ClassVar = {"higher": "lower"}
    hand_readings = (
        ("about 2,030", 2027.6, True), ("about 2,030", 2024.9, False),
        ("9.5 per 1,000", 9.47, True), ("9.5 per 1,000", 9.56, False),
        ("20.9%", 20.87, True), ("20.9%", 20.84, False),
        ("about 38", 37.94, True), ("about 38", 37.4, False),
        ("more than two-thirds", 0.66, False), ("more than two-thirds", 0.70, True),
        ("tripled", 2.02, False), ("doubled", 2.02, True),
        ("fifteen years", 13.25, False), ("thirteen years", 13.25, True),
        ("sixteen years", 16, True), ("six", 16, False),
        ("third", 3, True), ("largest", 2, False), ("smallest", 6, False),
        ("higher", False, False),
        ("about 4,340", 3343.4, False), ("about 3,340", 3343.4, True),
        ("a fifth", 0.25, False), ("one family in ten", 0.1, True),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the deaths
    # of 1944 over the count of 1 January 1945 rather than over the arrivals, and the fall in
    # the Uchkulan flocks rather than what was left of them.
    readings: ClassVar = {"90 per 1,000": ("1470/16290*1000",),
                          "50 percent": ("(61240-30580)/61240*100",)}
    # Unverifiable claims planted beside unrelated figures that give their arithmetic exactly:
    # the Osh settlement posts over its collective farms, the vacant houses over the housing
    # applications of 1957.
    traps: ClassVar = {"15 per cent": "27/180*100", "about a quarter": "1150/4600"}
    trap_values: ClassVar = {"15 per cent": 15.0, "about a quarter": 0.25}


def digits_of(figure: str) -> list[str]:
    number = gold.NUMBER.search(figure)
    assert number is not None, figure
    return sorted(number.group(0).replace(",", "").replace(".", ""))


def test_transposed_slips_print_the_intended_digits_in_another_order() -> None:
    for figure in ("14.3 per cent", "54,216", "861", "74 per 1,000"):
        slip = ARTICLE.only(figure, "inconsistent")
        assert digits_of(figure) == digits_of(str(slip["intended"])), slip


def test_the_chain_slip_has_one_digit_wrong() -> None:
    slip = ARTICLE.only("about 4,340", "inconsistent", "chain")
    printed, intended = "4340", str(slip["intended"]).removeprefix("about ").replace(",", "")
    assert sum(p != i for p, i in zip(printed, intended, strict=True)) == 1


def test_the_cattle_slip_prints_what_was_left_as_the_fall() -> None:
    slip = ARTICLE.only("30 percent", "inconsistent", "share")
    assert gold.evaluate(slip["formula"]) == 70.0
    assert 3720 / 12400 * 100 == 30.0
    assert "from 12,400 head to 3,720, a fall of" in ARTICLE.paragraph_of(slip)


def test_the_sum_slip_disagrees_with_the_republic_total_printed_before() -> None:
    slip = ARTICLE.only("54,216", "inconsistent", "sum")
    assert gold.evaluate(slip["formula"]) == 45216
    assert "Kazakhstan took 45,216 of the 68,285" in ARTICLE.text


def test_the_rate_slip_is_reckoned_against_the_arrivals() -> None:
    slip = ARTICLE.only("74 per 1,000", "inconsistent", "rate")
    assert "68285" in str(slip["formula"]) and "signed for 68,285" in ARTICLE.text
    assert READ("47 per 1,000", 3207 / 68285 * 1000)


def test_durations_are_worked_from_dates_printed_in_the_article() -> None:
    dates = re.compile(r"\d{1,2} (?:January|April|May|July|October|November)(?: \d{4})?")
    printed = set(dates.findall(ARTICLE.text))
    for needed in ("12 October 1943", "2 November", "5 November", "9 January 1957",
                   "20 April 1957", "2 May"):
        assert needed in printed, needed
    assert "in 1943, sixteen years before" in ARTICLE.text and "census of 1959" in ARTICLE.text


def test_the_ambiguous_readings_are_different_arithmetic_giving_one_print() -> None:
    death_rates = (1470 / 16312 * 1000, 1470 / 16290 * 1000)
    flocks = (30580 / 61240 * 100, (61240 - 30580) / 61240 * 100)
    for first, second in (death_rates, flocks):
        assert first != second and round(first) == round(second)
