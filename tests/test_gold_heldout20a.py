"""The blind gold article ``kaliningrad1947`` (issue #14, split ``heldout20``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of each planted slip."""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("kaliningrad1947")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "eleven": 11, "twelve": 12},
    # Bounds (inclusive) a ratio must fall in for the words to describe it.
    fractions={**gold.MULTIPLE_WORDS, "nearly half": (0.45, 0.5),
               "less than a third": (0.28, 1 / 3), "one family in eight": (0.12, 0.13),
               "about a third": (0.3, 0.36)},
    ranks={"largest": 1, "second-largest": 2, "third": 3},
)


class TestKaliningrad1947(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                          gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout20"
    plan = gold.Plan(
        claims=(56, 56),
        verdicts=gold.exactly({"consistent": 40, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        kinds=gold.exactly({"share": 10, "sum": 5, "remainder": 4, "rate": 12, "multiple": 6,
                            "comparison": 6, "count": 5, "duration": 4, "chain": 4}),
        slip_kinds=(9, 9),
        count_slips=(1, 1),
    )
    reader = READ
    formula_names = ("date", "sorted")
    unverifiable = frozenset({"20 per cent", "one family in eight", "17 per cent",
                              "about a third"})
    opposites: ClassVar = {"larger": "smaller"}
    hand_readings = (
        ("about 2,100", 2085.35, True), ("about 2,100", 2049.0, False),
        ("13.9%", 13.94, True), ("13.9%", 13.96, False),
        ("2.6 per 1,000", 2.644, True), ("2.6 per 1,000", 2.66, False),
        ("about 96", 96.16, True), ("about 96", 96.6, False),
        ("nearly half", 0.494, True), ("nearly half", 0.51, False),
        ("less than a third", 0.318, True), ("less than a third", 0.34, False),
        ("tripled", 2.51, False), ("more than doubled", 2.51, True),
        ("twelve months", 11.99, True), ("eleven days", 12, False),
        ("third", 3, True), ("second-largest", 3, False), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the deaths on
    # the road per 1,000 of those on the departure lists rather than of all put aboard, and the
    # fall in the parishes rather than what was left of them.
    readings: ClassVar = {"2.6 per 1,000": ("261/98713*1000",),
                          "50 per cent": ("(46-23)/46*100",)}
    readings_beside_claim = False  # the 100,097 and the 98,713 are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic exactly:
    # doctors over nurses on the trains, tractors over horses at the machine stations.
    traps: ClassVar = {"20 per cent": "96/480*100", "one family in eight": "75/600"}
    trap_values: ClassVar = {"20 per cent": 20.0, "one family in eight": 0.125}


def digits(figure: str) -> str:
    return "".join(re.findall(r"\d", figure))


def test_transposition_slips_print_the_intended_digits_in_another_order() -> None:
    for figure in ("350", "5,840", "about 3,760"):
        slip = ARTICLE.only(figure, "inconsistent")
        printed, intended = digits(figure), digits(str(slip["intended"]))
        assert printed != intended and sorted(printed) == sorted(intended), slip


def test_one_digit_slips_change_a_single_digit() -> None:
    for figure in ("90,836", "49 days"):
        slip = ARTICLE.only(figure, "inconsistent")
        printed, intended = digits(figure), digits(str(slip["intended"]))
        assert len(printed) == len(intended), slip
        assert sum(p != i for p, i in zip(printed, intended, strict=True)) == 1, slip


def test_the_decline_is_printed_as_the_share_that_remained() -> None:
    slip = ARTICLE.only("79.5 per cent", "inconsistent")
    assert slip["intended"] == "20.5 per cent"
    remained = 102125 / 128430 * 100  # the register of 1947 over the count of 1946
    assert f"{remained:.1f}" == "79.5"
    assert READ(str(slip["intended"]), 100 - remained)


def test_the_multiple_slip_and_the_count_slip_are_the_planned_ones() -> None:
    tripled = ARTICLE.only("tripled", "inconsistent")
    assert READ("more than doubled", 246 / 98) and not READ("tripled", 246 / 98)
    assert tripled["intended"] == "more than doubled"
    five = ARTICLE.only("five", "inconsistent")
    assert ARTICLE.listed_after(five) == ["bread", "sugar", "tinned meat", "salt"]


def test_durations_rest_on_dates_printed_in_the_text() -> None:
    for printed in ("11 October 1947", "22 October", "30 November 1947", "21 October 1948",
                    "in 1951"):
        assert printed in ARTICLE.text, printed
    # worked by hand: 9 days left of October 1947, then 30 + 31 + 31 + 29 + 31 + 30 + 31 + 30 +
    # 31 + 31 + 30 (November 1947 to September 1948, February 1948 of 29) + 21 = 365; and
    # 22 October 1947 to 30 November 1947: 9 + 30 = 39
    assert (date(1948, 10, 21) - date(1947, 10, 22)).days == 365
    assert (date(1947, 11, 30) - date(1947, 10, 22)).days == 39


def test_chains_print_every_share_they_take_in_their_sentence() -> None:
    chains = ARTICLE.of_kind("chain")
    assert len(chains) == 4
    for claim in chains:
        sentence = ARTICLE.sentence_of(claim)
        formula = str(claim["formula"])
        for fraction in re.findall(r"\*0\.(\d+)", formula):
            assert f"{int(fraction)} percent" in sentence, (claim, fraction)
        for base in re.findall(r"\d{3,}", formula):
            assert f"{int(base):,}" in ARTICLE.paragraph_of(claim), (claim, base)
