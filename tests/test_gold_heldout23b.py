"""The blind gold article ``karelia1940`` (issue #14, split ``heldout23``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the planned shape of its slips."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest

import gold_article as gold

ARTICLE = gold.GoldArticle.load("karelia1940")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "ten": 10, "eleven": 11,
           "thirteen": 13},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it.
    fractions={**gold.MULTIPLE_WORDS, "about a quarter": (0.23, 0.27),
               "one in seven": (0.135, 0.15), "one in eight": (0.12, 0.13),
               "a little over a third": (0.34, 0.38), "two-thirds": (0.64, 0.69)},
    ranks={"third": 3},
)


class TestKarelia1940(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout23"
    plan = gold.Plan(
        claims=(58, 58),
        verdicts=gold.exactly({"consistent": 42, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        kinds=gold.exactly({"share": 12, "sum": 4, "remainder": 7, "rate": 8, "multiple": 7,
                            "comparison": 6, "count": 4, "duration": 6, "chain": 4}),
        slip_kinds=(9, 9),
        count_slips=(1, 1),
    )
    reader = READ
    formula_names = ("sorted", "date")
    opposites: ClassVar = {"higher": "lower"}
    unverifiable = frozenset({"20 percent", "one in eight", "about 70 percent", "3 per 1,000"})
    hand_readings = (
        ("about 170", 172.5, True), ("about 170", 175.5, False),
        ("12.3", 12.26, True), ("12.3", 12.24, False),
        ("173 per 1,000", 172.56, True), ("173 per 1,000", 172.4, False),
        ("about 37,400", 37428.6, True), ("about 37,400", 37460.0, False),
        ("one in seven", 0.144, True), ("one in seven", 0.125, False),
        ("two-thirds", 0.668, True), ("two-thirds", 0.75, False),
        ("tripled", 2.06, False), ("doubled", 2.06, True),
        ("nearly nine months", 8.67, True), ("nine days", 8, False),
        ("68 per cent", 67.64, True), ("68 per cent", 67.4, False),
        ("third", 3, True), ("third", 2, False), ("larger", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the returnees
    # as a share of the registered population of 1939 rather than of the evacuees, and
    # Kuopio's intake as a share of those lodged by August rather than of all moved in 1944.
    readings: ClassVar = {"68 per cent": ("278400/411600*100",),
                          "15 percent": ("41300/269480*100",)}
    readings_beside_claim = False  # the 407,230 and 411,600 are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: farmhouses over evacuees and evacuee children over school places
    # at Kuusenmäki.
    traps: ClassVar = {"20 percent": "156/780*100", "one in eight": "42/336"}
    trap_values: ClassVar = {"20 percent": 20.0, "one in eight": 0.125}


def test_transposed_slips_keep_the_digits_of_their_intended_figure() -> None:
    for figure in ("470,230", "21", "29,700", "about 31,190"):
        slip = ARTICLE.only(figure, "inconsistent")
        printed, intended = str(slip["figure"]), str(slip["intended"])
        assert sorted(printed) == sorted(intended) and printed != intended, slip


def test_the_decline_slip_prints_what_was_left_instead_of_what_was_lost() -> None:
    slip = ARTICLE.only("71.2 per cent", "inconsistent")
    assert slip["intended"] == "28.8 per cent"
    assert pytest.approx(71.2, abs=0.05) == 84300 / 118400 * 100


def test_the_durations_in_days_and_weeks_follow_the_printed_dates() -> None:
    assert (date(1940, 3, 26) - date(1940, 3, 13)).days == 13
    assert (date(1944, 6, 19) - date(1944, 6, 10)).days == 9
    assert (date(1944, 7, 12) - date(1944, 6, 21)).days == 21
    for figure in ("thirteen days", "nine days", "three weeks"):
        assert ARTICLE.only(figure)["verdict"] == "consistent"


def test_the_sums_total_agrees_with_the_printed_evacuee_count() -> None:
    """The district figures add up to the 407,230 of the summary: the 470,230 is the slip."""
    assert "407,230" in ARTICLE.paragraphs[1]
    assert 148320 + 103940 + 96215 + 58755 == 407230
