"""The blind gold article ``greekop1938`` (issue #14, split ``heldout17``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kinds of its slips."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("greekop1938")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "eleven": 11, "eighteen": 18,
           "nineteen": 19, "seventy-seven": 77},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it.
    fractions={**gold.MULTIPLE_WORDS, "about a tenth": (0.09, 0.11),
               "more than seven in ten": (0.70, 0.75), "almost twice": (1.8, 2.0),
               "about a quarter": (0.23, 0.27)},
    ranks={"second": 2, "third": 3},
)


class TestGreekop1938(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout17"
    plan = gold.Plan(claims=(55, 62),
                     verdicts={"inconsistent": (9, None), "unverifiable": (4, None),
                               "ambiguous": (2, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    formula_names = ("sorted", "date")
    title_starts = "The 'Greek operation' of the NKVD"
    unverifiable = frozenset({"over 90 per cent", "nearly a third", "about a quarter",
                              "20 percent", "one in six"})
    hand_readings = (
        ("about 470", 473.3, True), ("about 470", 475.1, False),
        ("41.6 per cent", 41.648, True), ("41.7 per cent", 41.648, False),
        ("7 per cent", 6.75, True), ("7 per cent", 7.51, False),
        ("about 38", 37.6, True), ("about 38", 37.4, False),
        ("tripled", 2.09, False), ("doubled", 2.09, True),
        ("almost twice", 1.85, True), ("almost twice", 2.05, False),
        ("more than seven in ten", 0.69, False), ("about a tenth", 0.101, True),
        ("three", 4, False), ("seventy-seven days", 77, True), ("nineteen years", 18, False),
        ("third", 3, True), ("second", 3, False), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the women's
    # share of all the arrested rather than of the cases the dvoika decided, and the fall in the
    # Crimean village soviets rather than what was left of them.
    readings: ClassVar = {"7 per cent": ("1450/21480*100",),
                          "50 per cent": ("(22-11)/22*100",)}
    readings_beside_claim = False  # the 21,480 arrested are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that happen to give them exactly:
    # barracks over dugouts in South Kazakhstan, college students over library titles.
    traps: ClassVar = {"about a quarter": "96/384", "20 percent": "128/640*100"}
    trap_values: ClassVar = {"about a quarter": 0.25, "20 percent": 20.0}


def test_transposed_slips_print_the_intended_digits_in_another_order() -> None:
    for figure in ("17.2 percent", "1,635", "1,326", "about 1,640"):
        slip = ARTICLE.only(figure, "inconsistent")
        printed, intended = str(slip["figure"]), str(slip["intended"])
        assert sorted(printed) == sorted(intended) and printed != intended, slip


def test_the_fall_is_printed_as_the_share_that_remained() -> None:
    slip = ARTICLE.only("70.0 percent", "inconsistent")
    assert READ("70.0 percent", 71700 / 102400 * 100)
    assert READ(str(slip["intended"]), (102400 - 71700) / 102400 * 100)


def test_the_rate_slip_dropped_a_digit() -> None:
    slip = ARTICLE.only("13 per 1,000", "inconsistent", "rate")
    assert str(slip["intended"]).startswith("13") and READ(str(slip["intended"]),
                                                           2718 / 20640 * 1000)


def test_durations_are_worked_from_dates_printed_beside_them() -> None:
    for figure, dates in (("eleven months", ("15 December", "15 November 1938")),
                          ("74 days", ("31 January", "15 April")),
                          ("seventy-seven days", ("12 May", "28 July 1938")),
                          ("nineteen years", ("1956",))):
        paragraph = ARTICLE.paragraph_of(ARTICLE.only(figure, kind="duration"))
        assert all(d in paragraph for d in dates), figure
