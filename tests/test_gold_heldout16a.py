"""The blind gold article ``greeks1949`` (issue #14, split ``heldout16``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of each planted slip."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("greeks1949")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "seven": 7, "nine": 9, "eleven": 11, "sixteen": 16,
           "eighteen": 18},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it, from the
    # ordinary sense of the words.
    fractions={**gold.MULTIPLE_WORDS, "nearly a third": (0.30, 0.334),
               "about a third": (0.31, 0.36), "under a third": (0.28, 0.333),
               "almost three times": (2.7, 3.0), "three-fifths": (0.57, 0.63),
               "a fifth": (0.18, 0.22)},
    ranks={"second": 2},
)


class TestGreeks1949(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                     gold.CountChecks, gold.ChainChecks,
                     gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout16"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None),
                               "inconsistent": (9, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS}, slip_kinds=(9, 9))
    reader = READ
    # No SumInputChecks: some remainders take on purpose a whole printed paragraphs before
    # (the 11,540 of the plan, the 37,848 who arrived).
    formula_names = ("sorted",)
    opposites: ClassVar = {"more": "fewer"}
    unverifiable = frozenset({"25 percent", "a fifth", "about 40 percent", "about 2 kilograms"})
    hand_readings = (
        ("about 1,120", 1116.5, True), ("about 1,120", 1114.9, False),
        ("about 1,300", 1275.5, True), ("about 1,300", 1249.0, False),
        ("3 per 1,000", 2.95, True), ("3 per 1,000", 2.4, False),
        ("12.2 percent", 12.157, True), ("12.2 percent", 12.149, False),
        ("22 per cent", 22.48, True), ("22 per cent", 22.51, False),
        ("nearly a third", 0.3136, True), ("nearly a third", 0.34, False),
        ("almost three times", 2.76, True), ("almost three times", 3.05, False),
        ("doubled", 3.0, False), ("tripled", 3.0, True),
        ("four", 3, False), ("second", 2, True), ("second", 1, False),
        ("almost seven years", 6.75, True), ("nine years", 11, False),
        ("more", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the Tomsk
    # share of the persons loaded rather than of those who arrived, and the births of 1951 per
    # 1,000 of the arrivals rather than of the register of January 1951.
    readings: ClassVar = {"22 per cent": ("8508/37960*100",),
                          "42 per 1,000": ("1236/29340*1000",)}
    # Unverifiable claims planted beside unrelated figures that give them exactly: inspectors
    # over commandant's offices in the Tomsk oblast, wells over dugouts at Dzhambul.
    traps: ClassVar = {"25 percent": "16/64*100", "a fifth": "25/125"}
    trap_values: ClassVar = {"25 percent": 25.0, "a fifth": 0.2}


def test_number_slips_are_two_digits_transposed() -> None:
    """Five slips print the intended figure with two of its digits swapped."""
    for figure in ("19.6 per cent", "14,730", "31", "95 per 1,000", "1,174"):
        claim = ARTICLE.only(figure, "inconsistent")
        printed = "".join(ch for ch in figure if ch.isdigit())
        intended = "".join(ch for ch in str(claim["intended"]) if ch.isdigit())
        assert printed != intended and sorted(printed) == sorted(intended), claim
        assert sum(a != b for a, b in zip(printed, intended, strict=True)) == 2, claim


def test_durations_follow_the_printed_dates() -> None:
    """The spans in days and years, worked from the dates as the prose prints them."""
    assert (date(1949, 6, 14) - date(1949, 5, 29)).days == 16
    assert (date(1949, 7, 3) - date(1949, 6, 15)).days == 18
    years = (date(1956, 3, 27) - date(1949, 6, 14)).days / 365.25
    assert 6.5 < years < 7  # almost seven, not yet seven
    for figure, dates in (("sixteen days", ("29 May 1949", "14 June")),
                          ("eighteen days", ("15 June", "3 July")),
                          ("almost seven years", ("27 March 1956", "14 June 1949"))):
        paragraph = ARTICLE.paragraph_of(ARTICLE.only(figure))
        assert all(d in paragraph for d in dates), figure


def test_the_count_slip_lists_three_oblasts() -> None:
    claim = ARTICLE.only("four", "inconsistent")
    assert ARTICLE.listed_after(claim) == ["South Kazakhstan", "Dzhambul", "Alma-Ata"]


def test_the_comparison_slip_goes_against_the_printed_figures() -> None:
    paragraph = ARTICLE.paragraph_of(ARTICLE.only("more", "inconsistent"))
    assert "Dzhambul 9,870" in paragraph and "Alma-Ata 8,210" in paragraph
    assert 8210 < 9870
