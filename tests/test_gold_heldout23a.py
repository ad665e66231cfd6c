"""The blind gold article ``volksdeutsche1945`` (issue #14, split ``heldout23``), checked on its
own terms by gold_article.py, its figures read by margins (half the last printed unit); only
here: its tables of words, its second readings, its exact traps and the kind of mistake behind
each planted slip."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("volksdeutsche1945")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "fifteen": 15, "seventeen": 17,
           "nineteen": 19},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a count for "some fourteen thousand".
    fractions={**gold.MULTIPLE_WORDS, "over two-fifths": (0.4, 0.45),
               "about two-thirds": (0.63, 0.70), "two-thirds": (0.65, 0.68),
               "nearly two-thirds": (0.6, 0.667), "more than a third": (0.334, 0.4),
               "about a quarter": (0.23, 0.27), "nearly half": (0.45, 0.5),
               "some fourteen thousand": (13_500.0, 14_500.0)},
    ranks={"second": 2},
)


class TestVolksdeutsche1945(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                            gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout23"
    plan = gold.Plan(
        claims=(55, 62),
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
        slip_kinds=(9, 9),
        count_slips=(1, 1),
    )
    reader = READ
    formula_names = ("sorted",)
    opposites: ClassVar = {"higher": "lower"}
    unverifiable = frozenset({"20 per cent", "about a quarter", "about 15 per cent",
                              "nearly half"})
    hand_readings = (
        ("about 1,300", 1315.6, True), ("about 1,300", 1351.0, False),
        ("43.5 per cent", 43.54, True), ("43.5 per cent", 43.44, False),
        ("about 12 percent", 12.28, True), ("about 12 percent", 12.6, False),
        ("8.2%", 8.199, True), ("8.2%", 8.26, False),
        ("doubled", 2.02, True), ("tripled", 2.02, False), ("halved", 0.56, False),
        ("two-thirds", 0.6666, True), ("nearly two-thirds", 0.68, False),
        ("more than a third", 0.33, False), ("over two-fifths", 0.46, False),
        ("nineteen days", 19, True), ("fifteen days", 17, False),
        ("nearly five years", 4.92, True), ("three weeks", 4, False),
        ("some fourteen thousand", 14241, True), ("some fourteen thousand", 15000, False),
        ("second", 2, True), ("second", 1, False), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the dead as a
    # share of all those mobilised rather than of those who reached the camps, and the fall of
    # Sânmartin's Germans rather than what was left of them.
    readings: ClassVar = {"about 12 percent": ("9860/80274*100",),
                          "50 percent": ("(1840-920)/1840*100",)}
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic,
    # exactly: rooms over women at Krasnyi Luch, letters over parcels at its post.
    traps: ClassVar = {"20 per cent": "12/60*100", "about a quarter": "310/1240"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a quarter": 0.25}


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    """Transposed digits (the wagons, the escort, the Urals share, the Sighet remainder), a
    list miscounted, a day-count off by two, a ratio read as the wrong multiple, a comparison
    turned round and a chain's second share left out (the 9 percent taken of the whole)."""
    slips = {str(c["figure"]): c for c in ARTICLE.with_verdict("inconsistent")}
    transposed = {"1,489": "1,849", "63": "36", "28.5 per cent": "25.8 per cent",
                  "5,303": "5,033"}
    for figure, intended in transposed.items():
        assert slips[figure]["intended"] == intended
        assert sorted(figure) == sorted(intended) and figure != intended
    assert READ("about 1,280", 14241 * 0.09)
    assert not READ("about 1,280", gold.evaluate(slips["about 1,280"]["formula"]))
    assert slips["higher"]["intended"] == "lower"
    assert slips["fifteen days"]["intended"] == "seventeen days"
    assert {str(c["kind"]) for c in slips.values()} == gold.KINDS


def test_durations_are_worked_from_the_printed_dates() -> None:
    """The spans in days and weeks, counted with the calendar rather than by hand."""
    assert (date(1945, 1, 31) - date(1945, 1, 10)).days == 21
    assert (date(1945, 2, 2) - date(1945, 1, 14)).days == 19
    assert (date(1945, 2, 20) - date(1945, 2, 3)).days == 17
    for figure in ("10 January 1945", "31 January", "14 January", "2 February",
                   "3 February", "20 February"):
        assert figure in ARTICLE.text
