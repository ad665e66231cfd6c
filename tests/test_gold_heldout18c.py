"""The blind gold article ``thrace1913`` (issue #14, split ``heldout18``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kinds of mistake its slips
were planted as."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("thrace1913")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "seven": 7, "eighteen": 18},
    # Bounds (inclusive) that a value must fall in for the words to describe it, from the
    # ordinary sense of the words: a ratio for most, a span in months for the last.
    fractions={**gold.MULTIPLE_WORDS, "well over a third": (0.35, 0.40),
               "one in five": (0.18, 0.22), "two in five": (0.38, 0.42),
               "nearly twice": (1.75, 2.0), "about a third": (0.31, 0.36),
               "about half": (0.45, 0.55), "four and a half months": (4.3, 4.7)},
    ranks={"third": 3},
)


class TestThrace1913(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                     gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout18"
    plan = gold.Plan(
        verdicts={"unverifiable": (4, None), "ambiguous": (2, None), "inconsistent": (9, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
        slip_kinds=(9, 9),
    )
    reader = READ
    opposites: ClassVar = {"highest": "lowest", "fewer": "more"}
    unverifiable = frozenset({"about 15 per cent", "about 20 percent", "about a third",
                              "nearly 900 leva", "about half"})
    hand_readings = (
        ("about 4.4", 4.417, True), ("about 4.4", 4.46, False),
        ("48.9 per cent", 48.94, True), ("48.9 per cent", 48.96, False),
        ("18.3 %", 18.32, True), ("18.3 %", 18.36, False),
        ("about 55 leva", 55.13, True), ("about 55 leva", 55.6, False),
        ("about 910", 913.4, True), ("about 910", 915.2, False),
        ("24 percent", 24.36, True), ("24 percent", 24.6, False),
        ("well over a third", 0.3669, True), ("well over a third", 0.34, False),
        ("nearly twice", 1.797, True), ("nearly twice", 2.05, False),
        ("tripled", 2.54, False), ("more than doubled", 2.54, True),
        ("four and a half months", 4.53, True), ("four and a half months", 4.9, False),
        ("eighteen days", 18, True), ("five years", 7, False),
        ("third", 3, True), ("third", 2, False), ("lower", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the Makri
    # road's share of those the border posts counted rather than of those the prefects
    # reported, and the fall in the church communities rather than what was left of them.
    readings: ClassVar = {"24 percent": ("8420/34560*100",),
                          "50 per cent": ("(46-23)/46*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: the nurses over the disinfectors of a health team, and the priests
    # who stayed over all the priests of Balchik and Kavarna.
    traps: ClassVar = {"about 20 percent": "6/30*100", "about a third": "14/42"}
    trap_values: ClassVar = {"about 20 percent": 20.0, "about a third": 14 / 42}


def slip(figure: str) -> gold.Claim:
    return ARTICLE.only(figure, "inconsistent")


def digits(figure: str) -> str:
    return "".join(sorted(c for c in figure if c.isdigit()))


def test_transposition_slips_print_the_intended_digits_in_another_order() -> None:
    for figure in ("41.4 percent", "45 leva", "1,412"):
        claim = slip(figure)
        assert digits(figure) == digits(str(claim["intended"])), claim


def test_the_typhus_rate_was_taken_on_the_camps_not_on_the_district() -> None:
    """The printed 43 per 1,000 is the Burgas district's typhus deaths over the August
    population of the four camps, a wrong base; the district's own 28,640 give 27."""
    claim = slip("43 per 1,000")
    assert READ("43 per 1,000", 786 / 18300 * 1000)
    assert READ(str(claim["intended"]), gold.evaluate(claim["formula"]))
    assert "18,300" in ARTICLE.text and "28,640" in ARTICLE.paragraph_of(claim)


def test_the_schools_fall_is_printed_as_what_was_left() -> None:
    claim = slip("27.4 percent")
    assert READ("27.4 percent", 58 / 212 * 100)
    assert float(str(claim["intended"]).split()[0]) + 27.4 == 100.0


def test_the_chain_slip_took_the_complement_of_its_second_share() -> None:
    claim = slip("about 12,180")
    assert READ("about 12,180", 35000 * 0.58 * (1 - 0.40))
    assert READ(str(claim["intended"]), gold.evaluate(claim["formula"]))


def test_durations_agree_with_the_printed_dates() -> None:
    assert (date(1913, 10, 2) - date(1913, 9, 14)).days == 18
    assert (date(1913, 9, 6) - date(1913, 7, 19)).days == 7 * 7
    months = (date(1914, 2, 14) - date(1913, 9, 29)).days / 30.44
    assert 4.4 < months < 4.6
    for year in ("14 September 1913", "in 1920"):
        assert year in ARTICLE.text
