"""The blind gold article ``balkars1944`` (issue #14, split ``heldout24``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the dates behind its durations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("balkars1944")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "thirteen": 13,
           "nineteen": 19, "thirty-one": 31},
    # Bounds (inclusive) that a value must fall in for the words to describe it, worked out
    # from the ordinary sense of the words: a ratio for most, a count of years or people for
    # the rest ("nearly" and "almost" stop at the number named, "just over" starts there).
    fractions={**gold.MULTIPLE_WORDS, "nearly eight": (7.5, 8.0), "just over two": (2.0, 2.3),
               "nearly a third": (0.3, 1 / 3), "almost twice as many": (1.8, 2.0),
               "nearly one and a half times as many": (1.4, 1.5),
               "fell by more than half": (0.0, 0.5), "to about a third": (0.3, 0.37),
               "cut to a third": (0.3, 0.37), "nearly seven in ten": (0.65, 0.7),
               "almost thirteen years": (12.5, 13.0), "about a quarter": (0.23, 0.27)},
    ranks={"fourth": 4},
)


class TestBalkars1944(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout24"
    plan = gold.Plan(
        claims=(55, 62),
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
    )
    reader = READ
    formula_names = ("sorted", "date")
    opposites: ClassVar = {"higher": "lower"}
    unverifiable = frozenset({"20 percent", "about 15 per cent", "nearly 40 percent",
                              "about a quarter"})
    hand_readings = (
        ("about 4.1", 4.149, True), ("about 4.1", 4.151, False),
        ("about 2,650", 2654.9, True), ("about 2,650", 2655.1, False),
        ("40 per cent", 39.5, True), ("40 per cent", 40.51, False),
        ("15.1 per 1,000", 15.06, True), ("15.1 per 1,000", 15.16, False),
        ("nearly eight", 8.01, False), ("just over two", 1.99, False),
        ("nearly a third", 0.34, False), ("almost twice as many", 2.05, False),
        ("halved", 1 / 3, False), ("cut to a third", 1 / 3, True),
        ("more than doubled", 1.95, False), ("nearly seven in ten", 0.72, False),
        ("almost thirteen years", 13.2, False), ("thirty-one days", 30, False),
        ("six", 5, False), ("five", 5, True), ("fourth", 3, False), ("fourth", 4, True),
        ("higher", False, False), ("heavier", True, True),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Kirghizia's
    # share of the persons loaded rather than of those who arrived, and the fall in the schools
    # rather than what was left of them.
    readings: ClassVar = {"40 per cent": ("14675/37107*100",),
                          "50 percent": ("(46-23)/46*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give them exactly:
    # barracks over dugouts in Talas, roofless houses over houses standing in Chegem.
    traps: ClassVar = {"20 percent": "64/320*100", "about a quarter": "310/1240"}
    trap_values: ClassVar = {"20 percent": 20.0, "about a quarter": 0.25}


def test_durations_rest_on_the_printed_dates() -> None:
    """Worked by hand from the calendar: 1944 was a leap year (5 days of February left after
    the 24th, then 8 of March); 22 days of March after the 9th, less the 3 after the 28th; 17
    days of March after the 14th and 6 of April."""
    assert (date(1944, 3, 8) - date(1944, 2, 24)).days == 5 + 8
    assert (date(1944, 3, 28) - date(1944, 3, 9)).days == 19
    assert (date(1944, 4, 6) - date(1944, 3, 14)).days == 17 + 6
    for figure, intended in (("thirteen days", None), ("nineteen days", None),
                             ("32 days", "23 days"), ("thirty-one days", None)):
        claim = ARTICLE.only(figure, kind="duration")
        assert claim.get("intended") == intended, claim


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    """Digits transposed (12.1 for 21.1, 32 for 23, 25,915 for 25,195, 130 for 103), a digit
    dropped (1,580 for 11,580), a digit wrong (3.1 for 4.1, 18,750 for 17,750), a count off by
    one, a third called a half and a comparison turned round."""
    transposed = {"12.1 percent": "21.1 percent", "32 days": "23 days", "25,915": "25,195",
                  "130 per 1,000": "103 per 1,000"}
    for figure, intended in transposed.items():
        claim = ARTICLE.only(figure, verdict="inconsistent")
        assert claim["intended"] == intended
        printed, right = (gold.NUMBER.search(s) for s in (figure, intended))
        assert printed is not None and right is not None
        assert sorted(printed.group()) == sorted(right.group())
    dropped = ARTICLE.only("about 1,580", verdict="inconsistent")
    assert str(dropped["intended"]).replace("1", "", 1) == dropped["figure"]
    assert ARTICLE.only("six", verdict="inconsistent")["intended"] == "five"
    assert ARTICLE.only("halved", verdict="inconsistent")["intended"] == "cut to a third"
    assert ARTICLE.only("higher", verdict="inconsistent")["intended"] == "lower"
    assert len(ARTICLE.with_verdict("inconsistent")) == 10
