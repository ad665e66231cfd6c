"""The blind gold article ``finnsborder1942`` (issue #14, split ``heldout16``), checked on its
own terms by gold_article.py, its figures read by margins (half the last printed unit); only
here: its tables of words, its second readings, its exact traps and the kind of mistake each
planted slip is."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest

import gold_article as gold

ARTICLE = gold.GoldArticle.load("finnsborder1942")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "eleven": 11, "thirteen": 13,
           "fourteen": 14},
    # Bounds (inclusive) of the ratio each phrase describes, in its ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "four to one": (3.8, 4.2),
               "more than six times": (6.0, 7.0), "about a third": (0.3, 0.37),
               "almost a fifth": (0.18, 0.2), "under a quarter": (0.2, 0.25),
               "a quarter": (0.23, 0.27)},
    ranks={},
)


class TestFinnsborder1942(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                          gold.CountChecks, gold.ChainChecks, gold.SumInputChecks,
                          gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout16"
    plan = gold.Plan(claims=(61, 61),
                     verdicts=gold.exactly({"consistent": 45, "inconsistent": 10,
                                            "unverifiable": 4, "ambiguous": 2}),
                     kinds=gold.exactly({"share": 19, "rate": 9, "multiple": 8, "duration": 5,
                                         "comparison": 5, "count": 4, "sum": 4,
                                         "remainder": 4, "chain": 3}),
                     slip_kinds=(9, 9),
                     count_slips=(1, 1))
    reader = READ
    formula_names = ("max",)
    unverifiable = frozenset({"43 per cent", "20 percent", "a quarter", "57 per cent"})
    opposites: ClassVar = {"more": "fewer"}
    chain_share_words: ClassVar = {0.25: "a quarter"}
    hand_readings = (
        ("about 350", 346.5, True), ("about 350", 344.9, False),
        ("45.5 per cent", 45.4998, True), ("45.5 per cent", 45.56, False),
        ("5 per cent", 4.74, True), ("5 per cent", 5.52, False),
        ("roughly 145", 145.44, True), ("roughly 145", 145.6, False),
        ("tripled", 2.3, False), ("more than doubled", 2.3, True),
        ("almost a fifth", 0.2, True), ("almost a fifth", 0.205, False),
        ("four to one", 4.02, True), ("four to one", 4.3, False),
        ("almost four weeks", 3.71, True), ("fourteen years", 13, False),
        ("six", 5, False), ("more", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the infants
    # as a share of the names listed rather than of those taken across, and the fall in the
    # boats rather than what was left of them.
    readings: ClassVar = {"5 per cent": ("850/17940*100",),
                          "50 per cent": ("(84-42)/84*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: boats over nets in the delta, offices over settlements in 1953.
    traps: ClassVar = {"20 percent": "36/180*100", "a quarter": "24/96"}
    trap_values: ClassVar = {"20 percent": 20.0, "a quarter": 0.25}


def slip(figure: str) -> tuple[str, str]:
    claim = ARTICLE.only(figure, verdict="inconsistent")
    return str(claim["figure"]), str(claim["intended"])


def digits(figure: str) -> str:
    return "".join(ch for ch in figure if ch.isdigit())


def test_transposed_slips_print_the_intended_digits_in_another_order() -> None:
    for figure in ("21.0 per cent", "32", "342", "about 530"):
        printed, intended = slip(figure)
        assert digits(printed) != digits(intended)
        assert sorted(digits(printed)) == sorted(digits(intended)), figure


def test_the_remainder_slip_has_one_digit_wrong() -> None:
    printed, intended = slip("746")
    assert len(printed) == len(intended)
    assert sum(p != i for p, i in zip(printed, intended, strict=True)) == 1


def test_the_decline_slip_prints_what_was_left_instead_of_what_was_lost() -> None:
    claim = ARTICLE.only("78.3 percent", verdict="inconsistent")
    printed, intended = slip("78.3 percent")
    assert float(printed.split()[0]) + float(intended.split()[0]) == 100.0
    assert {15855.0, 12416.0} <= ARTICLE.numbers_in(ARTICLE.sentence_of(claim))
    assert pytest.approx(78.3, abs=0.05) == 12416 / 15855 * 100


def test_durations_match_the_printed_dates() -> None:
    """The dates behind each duration in days or weeks are printed where it stands."""
    spans = {"eleven days": ("9 March 1942", "20 March", date(1942, 3, 9), date(1942, 3, 20)),
             "22 days": ("20 March", "11 April", date(1942, 3, 20), date(1942, 4, 11)),
             "almost four weeks": ("2 April", "28 April", date(1942, 4, 2), date(1942, 4, 28))}
    for figure, (first, last, start, end) in spans.items():
        paragraph = ARTICLE.paragraph_of(ARTICLE.only(figure))
        assert first in paragraph and last in paragraph, figure
        days = (end - start).days
        assert READ(figure, days / 7 if "weeks" in figure else days), (figure, days)


def test_the_comparison_slip_reverses_the_printed_counts() -> None:
    claim = ARTICLE.only("more", verdict="inconsistent")
    paragraph = ARTICLE.paragraph_of(claim)
    assert "Cheremkhovo mines 2,487" in paragraph and "Taishet timber camps took 3,106" in (
        paragraph)
    assert "Cheremkhovo" in ARTICLE.sentence_of(claim)
