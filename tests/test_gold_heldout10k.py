"""The gold article ``kulakexile`` (issue #14, split ``heldout10``), checked on its own terms by
gold_article.py; only here: each slip is the one it was meant to be (digits, totals, decline,
sum, ranking), the guessed tenth, and the durations from the printed dates."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("kulakexile")
FORMULA_NAMES = ("sorted",)
READ = gold.FigureReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12,
           "fifteen": 15, "sixteen": 16},
    # A multiple or fraction in words: the range of ratios it may stand for.
    ratios={
        "halved": (0.45, 0.55),
        "doubled": (1.9, 2.1),
        "more than doubled": (2.0, 3.0),
        "tripled": (2.85, 3.15),
        "nearly three times as many": (2.6, 3.0),
        "about a fifth": (0.18, 0.22),
        "over half": (0.5, 0.75),
        "two-thirds": (0.64, 0.69),
        "five-sixths": (0.81, 0.86),
        "the great majority": (0.8, 1.0),
    },
    suffixes=("-month", " weeks", " years"),
)


class TestKulakexile(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                     gold.CountChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout10"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, 4)}, worked=(44, None),
                     kinds=gold.exactly({"count": 4}), count_slips=(1, 1))
    reader = READ
    formula_names = FORMULA_NAMES
    # A rank or comparison word and the word a slip should have used instead.
    opposites: ClassVar = {"highest": "second highest"}
    hand_readings = (
        ("14.1 percent", 14.1, True), ("14.1 percent", 14.16, False),
        ("29.8%", 29.79, True), ("29.8%", 29.74, False),
        ("46 per cent", 46.21, True), ("46 per cent", 46.6, False),
        ("about 450", 452.53, True), ("about 450", 455.2, False),
        ("about 4.9", 4.939, True), ("about 4.9", 4.96, False),
        ("120.5 per 1,000", 120.527, True), ("11.3 per 1,000", 111.3, False),
        ("eight", 8.001, True), ("eight", 8.6, False),
        ("sixteen-month", 16, True), ("sixteen weeks", 113 / 7, True),
        ("ten weeks", 10.0, True), ("twelve weeks", 10.0, False),
        ("doubled", 2.02, True), ("tripled", 2.02, False),
        ("five-sixths", 0.833, True), ("two-thirds", 0.833, False),
    )
    # The 1,450 children are 24 percent of the 6,130 listed and of the 5,938 on the trains;
    # the 418 widows' complaints are 23 percent of the 1,846 received and the 1,790 examined.
    readings: ClassVar = {"24 percent": ("1450/6130*100", "1450/5938*100"),
                          "23 percent": ("418/1846*100", "418/1790*100")}
    traps: ClassVar = {"20 percent": "15/75*100", "about 4": "48/12"}  # beds, carpenters' huts
    pair_free_skips = frozenset({"multiple"})


def _count(text: str) -> int:
    return int(text.replace(",", ""))


def test_transposed_and_dropped_digits() -> None:
    """65.1 and 1,261 swap two digits of 56.1 and 1,621; 11.3 drops a 1 from 111.3."""
    for printed, intended in (("65.1 percent", "56.1"), ("1,261", "1,621")):
        claim = ARTICLE.only(printed)
        assert claim["intended"] == intended
        a, b = gold.NUMBER.search(printed).group(0), intended  # type: ignore[union-attr]
        assert sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2, claim
    dropped = ARTICLE.only("11.3 per 1,000")
    intended = str(dropped["intended"])
    assert READ(intended, gold.evaluate(dropped["formula"], FORMULA_NAMES))
    assert "11.3" in {intended[:i] + intended[i + 1 :] for i in range(len(intended))}


def test_the_wagon_slip_used_the_neighbouring_total() -> None:
    """33.8 persons a wagon is the 32,016 on the lists over the 946 wagons, not the 15,386
    who were sent; both totals are printed in the same paragraph."""
    claim = ARTICLE.only("33.8")
    assert claim["intended"] == "16.3"
    assert READ("33.8", 32016 / 946) and not READ("33.8", 15386 / 946)
    assert {32016.0, 15386.0, 946.0} <= ARTICLE.numbers_in(ARTICLE.paragraph_of(claim))


def test_the_decline_slip_printed_what_remained() -> None:
    claim = ARTICLE.only("82.0 percent")
    assert READ("82.0 percent", 338000 / 412000 * 100)
    assert READ(str(claim["intended"]), (412000 - 338000) / 412000 * 100)


def test_the_sum_slip_left_out_one_part() -> None:
    claim = ARTICLE.only("1,599")
    parts = [512, 646, 441, 193]
    assert _count(str(claim["intended"])) == sum(parts)
    assert sum(parts) - _count("1,599") in parts


def test_the_ranking_slip() -> None:
    """By deaths per arrival the points rank Sosnovyi Bor, Kholodnyi Ruchei, Lesnaya Pristan,
    Verkhnyaya Tolva: Kholodnyi Ruchei is second, not first."""
    rates = {"VT": 512 / 5214, "SB": 646 / 4502, "KR": 441 / 3418, "LP": 193 / 1734}
    assert sorted(rates, key=rates.__getitem__, reverse=True) == ["SB", "KR", "LP", "VT"]
    assert ARTICLE.only("highest")["verdict"] == "inconsistent"


def test_no_two_figures_beside_the_guessed_tenth_give_a_tenth() -> None:
    tenth = ARTICLE.only("perhaps a tenth", "unverifiable")
    nums = ARTICLE.numbers_in(ARTICLE.paragraph_of(tenth))
    assert not any(0.08 <= a / b <= 0.12 for a, b in permutations(nums, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"sixteen weeks": (date(1930, 3, 6), date(1930, 6, 27)),
             "twelve weeks": (date(1932, 2, 8), date(1932, 4, 18))}
    for figure, (first, last) in spans.items():
        claim = ARTICLE.only(figure)
        days = (last - first).days
        assert gold.evaluate(claim["formula"], FORMULA_NAMES) == days / 7, claim
        for d in (first, last):
            assert f"{d.day} {d:%B}" in ARTICLE.paragraph_of(claim), (claim, d)
    assert not READ("twelve weeks", (date(1932, 4, 18) - date(1932, 2, 8)).days / 7)
    assert gold.evaluate(ARTICLE.only("sixteen-month")["formula"], FORMULA_NAMES) == (
        (1931 - 1930) * 12 + 7 - 3) == 16
    assert gold.evaluate(ARTICLE.only("fifteen years")["formula"], FORMULA_NAMES) == 15
