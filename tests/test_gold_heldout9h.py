"""The gold article ``muhacir`` (issue #14, split ``heldout9``), checked on its own terms by
gold_article.py; only here: each slip is the usual mistake it was planted as."""

from __future__ import annotations

import re
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("muhacir")
READ = gold.FigureReader(
    words={"three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9, "fourteen": 14,
           "fifteen": 15, "a fortnight": 14},
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4},
    relations=frozenset({"more common", "lower", "largest", "more likely"}),
    # Each word-figure with the interval of values it stands for (a ratio, or a multiple).
    ratios={
        "tripled": (2.85, 3.15),
        "doubled": (1.9, 2.1),
        "more than doubled": (2.0, 3.0),
        "more than twice as many": (2.0, 3.0),
        "the great majority": (0.75, 1.0),
        "about a fifth": (0.18, 0.22),
        "more than four-fifths": (0.8, 0.9),
        "nearly two-thirds": (0.63, 2 / 3),
    },
    suffixes=(" months",),
    approximate=("about ", "some "),
)


class TestMuhacir(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks, gold.CountChecks,
                  gold.ArticleChecks):
    article = ARTICLE
    split = "heldout9"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, None)}, worked=(40, None),
                     kinds=gold.exactly({"count": 4}))
    reader = READ
    formula_names = ("sorted",)
    count_sentences = staticmethod(gold.split_count(re.compile(r"(?<=\.) (?=[A-Z])")))
    hand_readings = (
        ("37.1 percent", 37.146, True), ("37.1 percent", 37.16, False),
        ("about 790", 788.5, True), ("about 790", 783.0, False),
        ("about 6,970", 6967.4, True), ("6,970", 6967.4, False),
        ("13 per 1,000", 13.05, True), ("13 per 1,000", 13.6, False),
        ("seven months", 7.39, True), ("nine months", 7.39, False),
        ("a fortnight", 14, True), ("a fortnight", 12, False),
        ("tripled", 2.98, True), ("tripled", 1.99, False),
        ("nearly two-thirds", 0.649, True), ("nearly two-thirds", 0.7, False),
        ("third", 3, True), ("second", 3, False),
    )
    # Each ambiguous figure is given by two readings of figures printed in its paragraph: the
    # two ports' quarantine counts, or the oxen kept and the oxen lost.
    readings: ClassVar = {"20 percent": ("84/420*100", "126/630*100"),
                          "50 percent": ("680/1360*100", "(1360-680)/1360*100")}
    # The roofs (25 percent) and the weeks in the shelters (about 8) are reproduced by other
    # figures of their paragraphs (nurses 4 of 16; 24 clerks in 3 rooms) not about them.
    traps: ClassVar = {"25 percent": "4/16*100", "about 8": "24/3"}


def test_slips_are_the_usual_mistakes_planted() -> None:
    """Each slip is what its printed figure says it is: a neighbouring total as the base, a
    sum without its first part, the remaining share printed as the loss, a digit dropped, two
    digits transposed, a second share left out of a chain."""
    by_figure = {str(c["figure"]): c for c in ARTICLE.with_verdict("inconsistent")}
    assert READ("57.8 per 1,000", 684 / 11840 * 1000)
    assert by_figure["23,755"]["intended"] == "25,895" and 6380 + 9460 + 7915 == 23755
    assert READ("35 percent", 1491 / 4260 * 100)
    assert by_figure["2,650"]["intended"] == "26,500"
    assert by_figure["31.0 percent"]["intended"] == "13.0"
    assert READ("about 2,760", 6140 * 0.45)
