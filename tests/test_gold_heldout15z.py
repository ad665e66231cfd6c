"""The blind gold article ``latvianop1937`` (issue #14, split ``heldout15``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps, the planned kinds of its slips and
the totals its paragraphs print more than once."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("latvianop1937")
READ = gold.MarginReader(
    words={"four": 4, "five": 5, "six": 6, "nineteen": 19},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it, worked out from
    # the ordinary sense of the words: "one in seven" is 1/7 = 0.143 give or take a little,
    # "more than two-thirds" lies above 0.667 but short of three-quarters, "almost a year" is a
    # span of 0.9 to 1 year.
    fractions={**gold.MULTIPLE_WORDS, "one in seven": (0.135, 0.15),
               "more than two-thirds": (0.667, 0.75),
               "over one and a half times": (1.5, 1.75), "about a third": (0.3, 0.36),
               "nearly half": (0.45, 0.5), "almost a year": (0.9, 1.0)},
    ranks={},
)


class TestLatvianop1937(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                        gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout15"
    plan = gold.Plan(
        claims=(61, 61),
        verdicts=gold.exactly({"consistent": 45, "inconsistent": 10, "unverifiable": 4,
                               "ambiguous": 2}),
        kinds=gold.exactly({"share": 17, "sum": 4, "remainder": 7, "rate": 7, "multiple": 9,
                            "comparison": 4, "count": 4, "duration": 5, "chain": 4}),
        slip_kinds=(9, 9),
        count_slips=(1, 1),
    )
    reader = READ
    formula_names = ("date", "max")
    title_starts = "Albums and troikas"
    unverifiable = frozenset({"20 per cent", "about a third", "nearly half",
                              "about 40 per cent"})
    # The one comparison slip: the Smolensk arrests were fewer than the two Siberian ones.
    opposites: ClassVar = {"more": "fewer"}
    hand_readings = (
        ("80.2 per cent", 80.19, True), ("80.2 per cent", 80.26, False),
        ("23 percent", 23.49, True), ("23 percent", 23.51, False),
        ("55.4%", 55.355, True), ("55.4%", 55.34, False),
        ("about 670", 669.08, True), ("about 670", 664.9, False),
        ("about 2.7", 2.74, True), ("about 2.7", 2.76, False),
        ("one in seven", 0.145, True), ("one in seven", 0.125, False),
        ("more than two-thirds", 0.66, False), ("more than two-thirds", 0.70, True),
        ("halved", 0.468, True), ("tripled", 2.21, False), ("more than doubled", 2.21, True),
        ("almost a year", 1.02, False), ("almost a year", 0.96, True),
        ("nineteen years", 19.17, True), ("nineteen years", 19.6, False),
        ("six", 5, False), ("five", 5, True), ("higher", True, True), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the women as a
    # share of those sentenced rather than of those arrested, and the fall in the Moscow titles
    # rather than what was left of them.
    readings: ClassVar = {"2 per cent": ("412/19840*100",), "50 per cent": ("(14-7)/14*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: the drama circle over the Sunday school, the photographs over the
    # questionnaires.
    traps: ClassVar = {"20 per cent": "35/175*100", "about a third": "1200/3600"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a third": 1 / 3}


def test_slips_are_the_planned_kinds_of_mistake() -> None:
    """Digits transposed in three figures, a decline printed as the share that remained, a
    wrong tens digit in a rate and in a span of days, a chain with two digits swapped."""
    def digits(figure: str) -> str:
        return "".join(ch for ch in figure if ch.isdigit())

    for figure in ("21.8 percent", "18,940", "5,760", "about 1,140"):
        slip = ARTICLE.only(figure, "inconsistent")
        printed, intended = digits(figure), digits(str(slip["intended"]))
        assert printed != intended and sorted(printed) == sorted(intended), slip
    decline = ARTICLE.only("71.0 per cent", "inconsistent")
    assert 71.0 + float(digits(str(decline["intended"]))) / 10 == 100.0
    for figure in ("about 23", "68 days"):
        slip = ARTICLE.only(figure, "inconsistent")
        assert int(digits(str(slip["intended"]))) - int(digits(figure)) == 10, slip


def test_durations_follow_from_the_printed_dates() -> None:
    assert (date(1938, 3, 3) - date(1938, 1, 14)).days == 48
    assert (date(1938, 6, 19) - date(1938, 4, 2)).days == 78
    assert (date(1938, 11, 14) - date(1938, 9, 17)).days == 58
    assert (date(1938, 11, 15) - date(1937, 11, 30)).days == 350
    for figure, day_month in (("58 days", "17 September to 14 November"),
                              ("48 days", "14 January 1938 came back signed on 3 March")):
        assert day_month in ARTICLE.sentence_of(ARTICLE.only(figure))


def test_totals_printed_in_different_paragraphs_agree() -> None:
    """The sentences by category (the summary), by body (albums and troikas) and the regional
    table give the same totals, so a claim may take its inputs from another paragraph."""
    text = ARTICLE.text
    for printed in ("21,360", "19,840", "15,910", "3,930", "15,380", "12,160", "4,460", "3,750"):
        assert printed in text
    assert 15910 + 3930 == 15380 + 4460 == 19840
    assert 12160 + 3750 == 15910 and (15380 - 12160) + (4460 - 3750) == 3930
    assert 6480 + 4915 + 2730 + 1860 + 1140 + 4235 == 21360
    assert round(1612 / 4460 * 100) == 36  # the Leningrad troika's share that the chain uses
