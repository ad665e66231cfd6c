"""The blind gold article ``vistula1947`` (issue #14, split ``heldout23``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the dates behind its durations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("vistula1947")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "ten": 10, "fourteen": 14, "sixteen": 16,
           "twenty": 20, "ninety-four": 94},
    # Bounds (inclusive) of the ratio each phrase describes, from the ordinary sense of the
    # words: "nearly" stops at the fraction named, "over" starts at it.
    fractions={**gold.MULTIPLE_WORDS, "over half": (0.5, 0.6),
               "nearly a quarter": (0.22, 0.25), "about a tenth": (0.09, 0.11),
               "a quarter": (0.24, 0.26)},
    ranks={},
)


class TestVistula1947(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout23"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None),
                               "inconsistent": (9, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    title_starts = "Removal to the recovered lands: operation 'Vistula'"
    unverifiable = frozenset({"20 percent", "about 30 percent", "about 60 percent",
                              "a quarter"})
    opposites: ClassVar = {"more": "fewer"}
    hand_readings = (
        ("about 700", 704.44, True), ("about 700", 751.0, False),
        ("3.9", 3.8896, True), ("3.9", 3.84, False),
        ("4.3 percent", 4.273, True), ("4.3 percent", 4.24, False),
        ("21 percent", 20.98, True), ("21 percent", 20.4, False),
        ("about 85", 57.68, False), ("about 58", 57.68, True),
        ("about 12,800", 12832.16, True), ("about 12,800", 12860.0, False),
        ("nearly a quarter", 0.2377, True), ("nearly a quarter", 0.26, False),
        ("over half", 0.49, False), ("about a tenth", 0.0996, True),
        ("doubled", 2.018, True), ("tripled", 2.018, False),
        ("more than twenty months", 20.24, True), ("sixteen years", 14, False),
        ("ninety-four days", 94, True), ("four", 5, False), ("more", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Olsztyn's
    # share of the persons loaded rather than of those entered on arrival; the newcomers of
    # Stare Kielbonki as a share of the village counting them rather than of its old people.
    readings: ClassVar = {"40 percent": ("55210/139480*100",),
                          "5 percent": ("31/(620+31)*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: barracks over guards at Jaworzno, sittings over petitions at Lesko.
    traps: ClassVar = {"20 percent": "14/70*100", "a quarter": "9/36"}
    trap_values: ClassVar = {"20 percent": 20.0, "a quarter": 0.25}


def test_the_durations_are_worked_from_the_printed_dates() -> None:
    """The dates as printed: resolution 24 April, first encirclement 28 April, last transport
    31 July 1947; the Jaworzno section open from 5 May 1947 to 10 January 1949."""
    text = ARTICLE.text
    for printed in ("24 April 1947", "28 April", "31 July", "5 May 1947", "10 January 1949"):
        assert printed in text, printed
    assert (date(1947, 4, 28) - date(1947, 4, 24)).days == 4
    assert (date(1947, 7, 31) - date(1947, 4, 28)).days == 3 + 31 + 30 + 31 - 1
    span = date(1949, 1, 10) - date(1947, 5, 5)
    assert 20 * 30 < span.days < 21 * 30


def test_each_slip_is_a_planned_kind_of_mistake() -> None:
    """Transposed digits, a dropped ten thousand, a step of a chain left out, the remaining
    share printed as the fall: each printed figure is what the mistake gives."""
    assert ARTICLE.only("12.6 per cent")["intended"] == "16.2 per cent"  # 16.2 -> 12.6
    assert ARTICLE.only("about 85")["intended"] == "about 58"
    assert ARTICLE.only("1,821")["intended"] == "1,281"
    assert ARTICLE.only("85,928")["intended"] == "95,928"
    assert round(3871 * 0.15, -1) == 580  # the 40 percent step left out
    assert f"{19800 / 42300 * 100:.1f}" == "46.8"  # what was left, not what was lost
