"""The blind gold article ``ingrians1942`` (issue #14, split ``heldout24``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the planted mistakes."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("ingrians1942")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "thirteen": 13,
           "fourteen": 14, "sixteen": 16, "seventeen": 17},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a percentage for "just under 40 percent".
    fractions={**gold.MULTIPLE_WORDS, "nearly a third": (0.30, 0.334),
               "more than five times": (5.0, 6.0), "well over twice": (2.2, 3.0),
               "one in four": (0.24, 0.26), "just under 40 percent": (38.5, 40.0)},
    ranks={"largest": 1, "third": 3},
)


class TestIngrians1942(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                       gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout24"
    plan = gold.Plan(verdicts={"inconsistent": (9, None), "unverifiable": (4, None),
                               "ambiguous": (2, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    opposites: ClassVar = {"larger": "smaller"}
    unverifiable = frozenset({"20 per cent", "one in four", "about 40 percent", "12 percent"})
    hand_readings = (
        ("about 600", 551.0, True), ("about 600", 549.0, False),
        ("6.4 per 1,000", 6.437, True), ("6.4 per 1,000", 6.46, False),
        ("about 3,360", 3364.4, True), ("about 3,360", 3366.0, False),
        ("10 per cent", 10.49, True), ("10 per cent", 10.51, False),
        ("nearly a third", 0.34, False), ("one in four", 0.25, True),
        ("well over twice", 2.1, False), ("halved", 0.56, False),
        ("fourteen years", 14, True), ("sixteen years", 13, False),
        ("third", 2, False), ("largest", 1, True), ("lower", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the Yakut
    # party's share of those entrained (printed two paragraphs before) rather than of those
    # who arrived, and the fall in the collective farms rather than what was left of them.
    readings: ClassVar = {"10 per cent": ("2346/22689*100",),
                          "50 per cent": ("(84-42)/84*100",)}
    readings_beside_claim = False
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: tents over bunks at Kobona, boats over nets in the Bulun district.
    traps: ClassVar = {"20 per cent": "64/320*100", "one in four": "18/72"}
    trap_values: ClassVar = {"20 per cent": 20.0, "one in four": 0.25}


def test_durations_follow_the_printed_dates() -> None:
    """Worked by hand from the calendar: 20 to 26 March is six days, 26 March to 12 April is
    five days of March and twelve of April, 14 June to 21 August is 16 + 31 + 21 days."""
    assert (date(1942, 3, 26) - date(1942, 3, 20)).days == 6
    assert (date(1942, 4, 12) - date(1942, 3, 26)).days == 5 + 12
    assert (date(1942, 8, 21) - date(1942, 6, 14)).days == 16 + 31 + 21 == 68
    for figure in ("six days", "seventeen days", "26 days", "58 days"):
        formula = str(ARTICLE.only(figure, kind="duration")["formula"])
        assert formula.startswith("(date(1942,") and formula.endswith(".days"), formula


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    slips = {str(c["figure"]): c for c in ARTICLE.with_verdict("inconsistent")}
    # digits transposed
    assert slips["7.4 percent"]["intended"] == "4.7 percent"
    assert slips["2,760"]["intended"] == "2,670"
    assert slips["1,152"]["intended"] == "1,512"
    assert slips["39 per 1,000"]["intended"] == "94 per 1,000"
    # a decline printed as the share that remained: 410 of 1,380 cows is 29.7 per cent
    assert round(410 / 1380 * 100, 1) == 29.7
    assert slips["29.7 percent"]["intended"] == "70.3 percent"
    # a digit misread: the Lena passage and the chain of the Yenisei settlers
    assert slips["58 days"]["intended"] == "68 days"
    assert slips["about 2,720"]["intended"] == "about 1,720"
    # words for the wrong relation, list or span
    assert slips["larger"]["intended"] == "smaller"
    assert slips["tripled"]["intended"] == "doubled"
    assert slips["three"]["intended"] == "four"
    assert slips["sixteen years"]["intended"] == "thirteen years"
    assert slips["45"]["intended"] == "55"
    assert len(slips) == 12

