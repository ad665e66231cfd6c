"""The blind gold article ``moldova1949`` (issue #14, split ``heldout17``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps, and the kind of mistake behind each
planted slip."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("moldova1949")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "twenty-three": 23},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a count for "nearly seventeen thousand".
    fractions={**gold.MULTIPLE_WORDS, "about one in five": (0.18, 0.22),
               "just under a tenth": (0.085, 0.1), "more than a third": (0.334, 0.4),
               "about three women to every two men": (1.4, 1.6),
               "more than five times": (5.0, 6.0), "almost three to one": (2.7, 3.0),
               "one in nine": (0.105, 0.118), "nearly a third": (0.3, 0.333),
               "nearly seventeen thousand": (16500.0, 17000.0)},
    ranks={"largest": 1, "smallest": 1, "second": 2, "third": 3},
)


class TestMoldova1949(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout17"
    plan = gold.Plan(
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
    )
    reader = READ
    unverifiable = frozenset({"about 40 percent", "nearly a third", "15 percent",
                              "25 per cent"})
    hand_readings = (
        ("about 1,190", 1193.2, True), ("about 1,190", 1196, False),
        ("about 3.2", 3.181, True), ("about 3.2", 3.14, False),
        ("11.8 percent", 11.7555, True), ("11.8 percent", 11.74, False),
        ("23.6%", 23.6116, True), ("23.5%", 23.6116, False),
        ("halved", 0.49, True), ("halved", 0.6, False),
        ("tripled", 2.08, False), ("doubled", 2.08, True),
        ("one in nine", 0.125, False), ("just under a tenth", 0.1004, False),
        ("more than a third", 0.33, False), ("nearly seventeen thousand", 17100, False),
        ("twenty-three days", 23, True), ("twenty-three days", 22, False),
        ("nine years", 7.67, False), ("almost eight years", 7.67, True),
        ("second", 3, False), ("third", 3, True), ("smallest", 1, True),
        ("higher", False, False), ("fewer", True, True),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Khabarovsk's
    # share of the persons loaded rather than of those who arrived, and the fall in the Soroki
    # congregations rather than what was left of them.
    readings: ClassVar = {"11.8 percent": ("4208/35796*100",),
                          "50 percent": ("(148-74)/148*100",)}
    readings_beside_claim = False  # Khabarovsk's 4,208 and the 35,796 loaded are printed before
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic: barns over houses in the property paragraph, the commission's members over its
    # sittings in the last one.
    traps: ClassVar = {"about 40 percent": "4246/10614*100", "25 per cent": "12/48*100"}
    trap_values: ClassVar = {"25 per cent": 25.0}


def test_transposed_slips_keep_the_digits_of_their_intended_figure() -> None:
    """Slips planted as two digits swapped print the intended figure's digits in another
    order."""
    for figure in ("7.8 per cent", "about 32", "1,694", "3,566", "about 1,930"):
        claim = ARTICLE.only(figure, verdict="inconsistent")
        printed = sorted(ch for ch in figure if ch.isdigit())
        intended = sorted(ch for ch in str(claim["intended"]) if ch.isdigit())
        assert printed == intended and figure != claim["intended"], claim


def test_the_horses_slip_prints_what_was_left_as_the_fall() -> None:
    claim = ARTICLE.only("62.5 per cent", verdict="inconsistent")
    assert READ(str(claim["figure"]), 5130 / 8211 * 100)
    assert READ(str(claim["intended"]), (8211 - 5130) / 8211 * 100)
    assert "a fall of" in ARTICLE.sentence_of(claim)


def test_the_durations_are_worked_from_dates_printed_in_their_paragraph() -> None:
    dates = {"three months": ("6 April 1949", "6 July"),
             "twenty-three days": ("29 July", "6 July"),
             "seven years": ("1956", "1949"),
             "nine years": ("March 1957", "1949")}
    for figure, printed in dates.items():
        claim = ARTICLE.only(figure, kind="duration")
        paragraph = ARTICLE.paragraph_of(claim)
        assert all(date in paragraph for date in printed), (figure, printed)
