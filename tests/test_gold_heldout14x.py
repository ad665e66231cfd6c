"""The blind gold article ``bukovina1941`` (issue #14, split ``heldout14``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings and its exact traps."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("bukovina1941")
READ = gold.MarginReader(
    words={"twice": 2, "three": 3, "four": 4, "five": 5, "fifteen": 15},
    # Bounds (inclusive) that a value must fall in for the words to describe it: ratios for the
    # fractions and multiples, counts for the round numbers in words.
    fractions={**gold.MULTIPLE_WORDS, "a quarter": (0.24, 0.26), "about a quarter": (0.23, 0.27),
               "almost a third": (0.29, 0.3334), "nearly a third": (0.30, 0.3334),
               "over half": (0.5, 0.6), "one in five": (0.18, 0.22),
               "nearly five thousand": (4700, 5000), "nearly twenty-five thousand": (24000, 25000)},
    ranks={"second-largest": 2, "third": 3, "fifth": 5},
)


class TestBukovina1941(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                       gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout14"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None)})
    reader = READ
    formula_names = ("sorted",)
    hand_readings = (
        ("about 73 kilograms", 73.4, True), ("about 73 kilograms", 73.6, False),
        ("22.9 percent", 22.9499, True), ("23.0 percent", 22.9499, False),
        ("tripled", 2.02, False), ("doubled", 2.02, True),
        ("three", 4, False), ("higher", False, False),
        ("just over three weeks", 23 / 7, True), ("36 days", 26, False),
        ("fifth", 5, True), ("second-largest", 3, False),
        ("nearly five thousand", 4849, True), ("nearly five thousand", 5100, False),
        ("about 200 per 1,000", 198.5, True), ("about 200 per 1,000", 251.0, False),
        ("more than twice", 2.36, True), ("four times", 26 / 9, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the road
    # deaths as a share of those who arrived rather than of those entrained, and the fall of the
    # Novosibirsk Bukovinians rather than what was left of them.
    readings: ClassVar = {"0.6 percent": ("83/14093*100",),
                          "50 percent": ("(1964-980)/1964*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: sledges per adult fit for work, and school desks per settler.
    traps: ClassVar = {"one in five": "290/1450", "about a quarter": "312/1248"}
    trap_values: ClassVar = {"one in five": 0.2, "about a quarter": 0.25}
