"""The blind gold article ``chinese1937`` (issue #14, split ``heldout15``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps, the mistakes its slips were planted
as and the dates behind its durations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("chinese1937")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "nine": 9,
           "ten": 10, "fifteen": 15},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a count of persons for "nearly seven hundred" and "some two thousand".
    fractions={**gold.MULTIPLE_WORDS, "almost half": (0.45, 0.5),
               "nearly two-thirds": (0.6, 0.6667), "over a third": (0.334, 0.40),
               "about a third": (0.30, 0.37), "about a sixth": (0.15, 0.18),
               "nearly seven hundred": (650.0, 700.0), "some two thousand": (1900.0, 2100.0)},
    # A place in a descending order.
    ranks={"largest": 1, "second": 2},
)


class TestChinese1937(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout15"
    plan = gold.Plan(
        claims=(58, 58),
        verdicts=gold.exactly({"consistent": 42, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        kinds=gold.exactly({"share": 11, "sum": 5, "remainder": 6, "rate": 9, "multiple": 8,
                            "comparison": 6, "count": 4, "duration": 5, "chain": 4}),
        slip_kinds=(9, 9), count_slips=(1, 1))
    reader = READ
    formula_names = ("sorted",)
    unverifiable = frozenset({"25 per cent", "15 percent", "about a third", "43 percent"})
    opposites: ClassVar = {"higher": "lower"}
    hand_readings = (
        ("about 140", 137.3, True), ("about 140", 134.9, False),
        ("19.2%", 19.205, True), ("19.2%", 19.26, False),
        ("138", 138.39, True), ("138", 138.6, False),
        ("almost half", 0.492, True), ("almost half", 0.51, False),
        ("nearly two-thirds", 0.634, True), ("nearly two-thirds", 0.68, False),
        ("just under three", 2.954, True), ("just under three", 3.6, False),
        ("nearly seven hundred", 692.9, True), ("nearly seven hundred", 705.0, False),
        ("halved", 0.479, True), ("tripled", 2.05, False), ("doubled", 2.05, True),
        ("about a sixth", 0.159, True), ("about a sixth", 0.2, False),
        ("nearly six months", 5.87, True), ("nearly five months", 5.87, False),
        ("some two thousand", 2010, True), ("some two thousand", 2300, False),
        ("second", 2, True), ("largest", 2, False), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the share of
    # the children among those loaded rather than those who arrived, and the month's deaths per
    # 1,000 loaded rather than per 1,000 arrived.
    readings: ClassVar = {"24 percent": ("1164/4812*100",),
                          "10 per 1,000": ("48/4850*1000",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: market stalls over shops in Vladivostok, cells over the places of
    # the Khabarovsk inner prison.
    traps: ClassVar = {"25 per cent": "103/412*100", "15 percent": "27/180*100"}
    trap_values: ClassVar = {"25 per cent": 25.0, "15 percent": 15.0}


def test_slips_are_the_planned_mistakes() -> None:
    """Two digits transposed in a share, a rate and a sum; a digit miswritten in a remainder;
    the share that remained printed as the drop; a chain that stopped at its first share."""
    for figure in ("13.6 per cent", "320", "1,590"):
        slip = ARTICLE.only(figure, "inconsistent")
        printed, intended = figure.split()[0], str(slip["intended"]).split()[0]
        assert printed != intended and sorted(printed) == sorted(intended), slip
    remainder = ARTICLE.only("1,116", "inconsistent")
    assert sum(p != i for p, i in zip("1,116", str(remainder["intended"]), strict=True)) == 1
    assert READ("33.7 percent", 290 / 860 * 100)
    assert READ("about 1,550", 2157 * 0.72)


def test_durations_follow_the_printed_dates() -> None:
    """Each duration's formula, worked by hand in the generator, agrees with the calendar."""
    spans = {
        "over ten weeks": (date(1937, 12, 1) - date(1937, 9, 20)).days / 7,
        "fifteen weeks": (date(1938, 6, 25) - date(1938, 3, 10)).days / 7,
        "seven weeks": (date(1938, 10, 2) - date(1938, 8, 14)).days / 7,
        "nine years": 1947 - 1938,
    }
    for figure, span in spans.items():
        value = gold.evaluate(ARTICLE.only(figure, "consistent")["formula"])
        assert value == span and READ(figure, span), (figure, value, span)
    assert spans["over ten weeks"] > 10
    review = (date(1939, 9, 30) - date(1939, 4, 4)).days / (365.25 / 12)
    assert READ("nearly six months", review) and not READ("nearly five months", review)
    assert review < 6
