"""The blind gold article ``priboi1949`` (issue #14, split ``heldout17``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of each planted slip."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("priboi1949")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "six": 6, "eight": 8, "nine": 9, "ten": 10, "eleven": 11},
    # Bounds (inclusive) that a value must fall in for the words to describe it, from the
    # ordinary sense of the words: a ratio for most, a count for "some fifty-five thousand".
    fractions={**gold.MULTIPLE_WORDS, "nearly two-thirds": (0.62, 0.667),
               "almost three times": (2.7, 3.0), "a third": (0.31, 0.35),
               "some fifty-five thousand": (53000.0, 57000.0)},
    ranks={"third-largest": 3, "fourth-largest": 4},
)


class TestPriboi1949(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                     gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout17"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None),
                               "inconsistent": (9, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS}, slip_kinds=(9, 9))
    reader = READ
    # No SumInputChecks and no ChainChecks: remainders take on purpose a whole printed
    # paragraphs before (the 703 families, the 30,097 loaded), and one chain is a rate of a
    # remainder (persons per wagon once the luggage wagons are taken off).
    formula_names = ("sorted", "date")
    unverifiable = frozenset({"20 per cent", "about 9 percent", "a third", "about 310 roubles",
                              "about 6 percent"})
    hand_readings = (
        ("about 1,320", 1316.2, True), ("about 1,320", 1314.9, False),
        ("3.1", 3.1487, True), ("3.1", 3.151, False),
        ("9.8%", 9.7554, True), ("9.8%", 9.749, False),
        ("about 1,200", 1200.9, True), ("about 1,020", 1200.9, False),
        ("nearly two-thirds", 0.652, True), ("nearly two-thirds", 0.67, False),
        ("almost three times", 2.97, True), ("almost three times", 3.02, False),
        ("a third", 0.3333, True), ("a third", 0.25, False),
        ("doubled", 3.03, False), ("tripled", 3.03, True),
        ("Four", 3, False), ("six", 6, True),
        ("third-largest", 4, False), ("fourth-largest", 4, True),
        ("almost eight weeks", 7.86, True), ("ten years", 11.38, False),
        ("some fifty-five thousand", 55550, True), ("some fifty-five thousand", 59000, False),
        ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the Amur
    # share and the deaths of 1949 per 1,000 of the persons loaded rather than of those who
    # arrived; the loaded (94,768) are printed in the Amur paragraph but paragraphs before the
    # deaths.
    readings: ClassVar = {"9.8%": ("9245/94768*100",),
                          "25.5 per 1,000": ("2412/94768*1000",)}
    readings_beside_claim = False
    # Unverifiable claims planted beside unrelated figures that give them exactly: lorries over
    # operational workers in Lithuania, barracks over families at Tulun.
    traps: ClassVar = {"20 per cent": "270/1350*100", "a third": "36/108"}
    trap_values: ClassVar = {"20 per cent": 20.0, "a third": 1 / 3}


def test_number_slips_are_two_digits_transposed() -> None:
    """Four slips print the intended figure with two of its digits swapped."""
    for figure in ("12.8%", "7,757", "24 per 1,000", "8,840"):
        claim = ARTICLE.only(figure, "inconsistent")
        printed = "".join(ch for ch in figure.split(" per ")[0] if ch.isdigit())
        intended = "".join(ch for ch in str(claim["intended"]).split(" per ")[0]
                           if ch.isdigit())
        assert printed != intended and sorted(printed) == sorted(intended), claim
        assert sum(a != b for a, b in zip(printed, intended, strict=True)) == 2, claim


def test_the_wagon_slip_mistypes_one_digit() -> None:
    """3,148 wagons in 72 echelons is 43.7 an echelon: the printed 34 has a 3 for the 4."""
    claim = ARTICLE.only("34", "inconsistent")
    assert claim["intended"] == "44" and round(3148 / 72) == 44


def test_the_fall_in_deaths_is_printed_as_what_was_left() -> None:
    """The share slip gives the deaths of 1953 as a part of those of 1949 (812 of 2,412), not
    the fall: the printed and intended shares make a hundred."""
    claim = ARTICLE.only("33.7 per cent", "inconsistent")
    assert claim["intended"] == "66.3 per cent"
    assert round(812 / 2412 * 100, 1) == 33.7
    assert "2,412 deaths in 1949" in ARTICLE.paragraph_of(claim)


def test_the_chain_slip_moves_a_digit() -> None:
    """12,509 x 0.64 x 0.15 is 1,200.9: the printed 1,020 drops the 2 to the third place."""
    claim = ARTICLE.only("about 1,020", "inconsistent")
    assert claim["intended"] == "about 1,200"
    assert abs(12509 * 64 * 15 / 10000 - 1200) < 50


def test_durations_follow_the_printed_dates() -> None:
    """The spans in days, weeks and years, worked from the dates as the prose prints them."""
    assert (date(1949, 3, 25) - date(1949, 1, 29)).days == 55  # almost eight weeks
    assert (date(1949, 4, 2) - date(1949, 3, 25)).days == 8
    assert 9 < (date(1958, 4, 5) - date(1949, 3, 25)).days / 365.25 < 9.5
    assert 11 < (date(1960, 8, 12) - date(1949, 3, 25)).days / 365.25 < 11.5
    for figure, dates in (("almost eight weeks", ("29 January", "25 March")),
                          ("eight days", ("2 April",)),
                          ("nine years", ("5 April 1958",)),
                          ("ten years", ("12 August 1960",))):
        paragraph = ARTICLE.paragraph_of(ARTICLE.only(figure))
        assert all(d in paragraph for d in dates), figure


def test_the_count_slip_lists_three_villages() -> None:
    claim = ARTICLE.only("Four", "inconsistent")
    assert ARTICLE.listed_after(claim) == ["Kõrgepalu", "Hinniala", "Vastsemõisa"]


def test_the_rank_slip_puts_tomsk_behind_krasnoyarsk() -> None:
    paragraph = ARTICLE.paragraph_of(ARTICLE.only("third-largest", "inconsistent"))
    assert "Krasnoyarsk 13,768" in paragraph and "Tomsk 12,416" in paragraph
    assert 12416 < 13768
