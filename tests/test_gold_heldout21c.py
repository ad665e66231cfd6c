"""The blind gold article ``vilnius1946`` (issue #14, split ``heldout21``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kinds of its slips."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("vilnius1946")
READ = gold.MarginReader(
    words={"three": 3, "five": 5, "six": 6, "seven": 7, "ten": 10, "seventeen": 17},
    # Bounds (inclusive) a ratio must fall in for the words to describe it, from their ordinary
    # sense: "half" of a whole cut in two, "ten to one" a ratio that rounds to ten.
    fractions={**gold.MULTIPLE_WORDS, "half": (0.48, 0.52), "ten to one": (9.5, 10.5),
               "about a quarter": (0.23, 0.27), "nearly a third": (0.3, 0.334)},
    ranks={"third": 3},
)


class TestVilnius1946(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout21"
    plan = gold.Plan(
        verdicts={"unverifiable": (4, None), "ambiguous": (2, None), "inconsistent": (9, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
        slip_kinds=(9, None),
    )
    reader = READ
    formula_names = ("sorted", "max", "date")
    opposites: ClassVar = {"more": "fewer"}
    unverifiable = frozenset({"43 percent", "20 percent", "about a quarter",
                              "nearly a third"})
    hand_readings = (
        ("about 390", 393.04, True), ("about 390", 395.5, False),
        ("56.6 per cent", 56.606, True), ("56.6 per cent", 56.66, False),
        ("28.3 per cent", 28.345, True), ("28.3 per cent", 28.36, False),
        ("about 12", 11.56, True), ("about 12", 11.4, False),
        ("about 22,300", 22257.7, True), ("about 22,300", 22240.0, False),
        ("more than doubled", 2.11, True), ("more than doubled", 1.98, False),
        ("tripled", 2.0, False), ("halved", 0.486, True),
        ("ten to one", 10.09, True), ("ten to one", 8.9, False),
        ("ten weeks", 10.0, True), ("seventeen months", 16, False),
        ("seven weeks", 7.0, True), ("six", 5, False),
        ("third", 3, True), ("third", 2, False),
        ("fell", False, False), ("nearly a third", 0.35, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the fall
    # rather than what was left, for teachers and for pupils alike.
    readings: ClassVar = {"50 per cent": ("(1180-590)/1180*100",),
                          "half": ("(24600-12300)/24600",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: officials over porters at the goods station, barracks over stoves
    # at Kolonija.
    traps: ClassVar = {"20 percent": "24/120*100", "about a quarter": "48/192"}
    trap_values: ClassVar = {"20 percent": 20.0, "about a quarter": 0.25}


def test_slips_are_the_planned_mistakes() -> None:
    """Transposed digits for the Eisiskes share, the half-year's sum, the wagons per train, the
    refusals, the Kolonija camp and the livestock share; the decline printed as what remained
    at Rudiskes; a dropped-in extra document; a word for a ratio off by a whole multiple."""
    transposed = {"41.1 per cent": "14.1 per cent", "65,205": "56,205", "43": "34",
                  "9,518": "9,158", "195 days": "159 days", "27.1 percent": "21.7 percent"}
    for figure, intended in transposed.items():
        claim = ARTICLE.only(figure, "inconsistent")
        assert claim["intended"] == intended
        assert sorted(figure) == sorted(intended), claim
    rudiskes = ARTICLE.only("70.0 per cent", "inconsistent")
    assert float(str(rudiskes["intended"]).split()[0]) == 100 - 70.0
    assert ARTICLE.only("six", "inconsistent")["intended"] == "five"
    assert ARTICLE.only("tripled", "inconsistent")["intended"] == "doubled"


def test_durations_follow_the_printed_dates() -> None:
    """22 September to 1 December 1944: 8 + 31 + 30 + 1 = 70 days; 12 January to 20 May 1946:
    19 + 28 + 31 + 30 + 20 = 128 days; 3 March to 9 August 1946: 28 + 30 + 31 + 30 + 31 + 9 =
    159 days; 14 April to 2 June 1946: 16 + 31 + 2 = 49 days."""
    expected = {"ten weeks": 70 / 7, "128 days": 128, "195 days": 159, "seven weeks": 49 / 7}
    for figure, days in expected.items():
        claim = next(c for c in ARTICLE.of_kind("duration") if c["figure"] == figure)
        assert gold.evaluate(claim["formula"]) == days, claim
