"""The blind gold article ``umsiedlung1940`` (issue #14, split ``heldout19``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of mistake each slip is."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("umsiedlung1940")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "ten": 10, "eighteen": 18, "twenty-six": 26},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it.
    fractions={**gold.MULTIPLE_WORDS, "a little under a third": (0.3, 1 / 3),
               "almost one and a half times": (1.4, 1.5), "close to double": (1.85, 2.0),
               "about half": (0.45, 0.55), "about a third": (0.3, 0.36)},
    ranks={"second": 2, "third": 3, "fourth": 4},
)


class TestUmsiedlung1940(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                         gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout19"
    plan = gold.Plan(
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
    )
    reader = READ
    formula_names = ("sorted",)
    unverifiable = frozenset({"20 percent", "perhaps one in four", "about a third",
                              "nine in ten"})
    hand_readings = (
        ("about 760", 758.57, True), ("about 760", 754.9, False),
        ("4.5", 4.5436, True), ("4.6", 4.5436, False),
        ("1.6", 1.7598, False), ("1.8", 1.7598, True),
        ("about 59,600", 59557.4, True), ("about 59,600", 59549.0, False),
        ("about 285", 184.6, False), ("about 185", 184.6, True),
        ("a little under a third", 0.3183, True), ("a little under a third", 0.34, False),
        ("almost one and a half times", 1.425, True), ("almost one and a half times", 1.52,
                                                       False),
        ("tripled", 2.07, False), ("doubled", 2.07, True),
        ("twenty-six days", 26, True), ("twenty-six days", 20, False),
        ("more than four years", 4.33, True), ("eighteen months", 16, False),
        ("third", 4, False), ("fourth", 4, True), ("smaller", True, True),
        ("about half", 0.56, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Reni's share
    # of all the Bessarabians cleared to leave rather than of those who went by ship, and the
    # Bessarabian stayers as a share of the persons cleared rather than of those registered.
    readings: ClassVar = {"about half": ("46210/93146",), "2.3 per cent": ("2130/93146*100",)}
    readings_beside_claim = False  # the 93,146 cleared are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic exactly: sittings over appeals at Tarutino, horses over cattle in Kolmar.
    traps: ClassVar = {"20 percent": "64/320*100", "about a third": "210/630"}
    trap_values: ClassVar = {"20 percent": 20.0, "about a third": 1 / 3}


def test_slips_are_the_planned_kinds_of_mistake() -> None:
    """Worked by hand: 3.5 is 5.3 with its digits swapped; 60,648 and 12,410 each have one
    wrong digit (a carry lost, a 1 read as 2); 75.0 percent is the share of the horses left,
    printed as the loss; 44 days is a miscount of 40 (7 days of September, 31 of October, 2 of
    November)."""
    assert ARTICLE.only("3.5 per cent")["intended"] == "5.3 per cent"
    assert ARTICLE.only("60,648")["intended"] == "70,648"
    assert ARTICLE.only("12,410")["intended"] == "11,410"
    assert 2610 / 3480 * 100 == 75.0
    assert ARTICLE.only("75.0 percent")["intended"] == "25.0 percent"
    assert ARTICLE.only("44 days")["intended"] == "40 days"


def test_slips_cover_the_planned_kinds() -> None:
    kinds = {str(c["kind"]) for c in ARTICLE.with_verdict("inconsistent")}
    assert kinds == {"share", "comparison", "rate", "duration", "remainder", "count", "sum",
                     "chain", "multiple"}


def test_durations_come_from_dates_printed_beside_them() -> None:
    for figure, dates in {"ten days": ("5 September", "15 September"),
                          "twenty-six days": ("22 September", "18 October"),
                          "44 days": ("23 September", "2 November"),
                          "eighteen months": ("November 1940", "May 1942")}.items():
        paragraph = ARTICLE.paragraph_of(ARTICLE.only(figure))
        assert all(d in paragraph for d in dates), figure
