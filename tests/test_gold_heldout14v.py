"""The blind gold article ``ingria1935`` (issue #14, split ``heldout14``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings and its exact traps."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("ingria1935")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eighteen": 18, "nineteen": 19,
           "twenty": 20, "forty": 40},
    # Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for
    # most, a count for "some four thousand".
    fractions={**gold.MULTIPLE_WORDS, "one in five": (0.18, 0.22),
               "over four-fifths": (0.8, 0.85), "almost twice": (1.85, 2.0),
               "some four thousand": (3800.0, 4200.0), "about a quarter": (0.23, 0.27)},
    ranks={"largest": 1, "second-largest": 2, "third": 3},
)


class TestIngria1935(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                     gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout14"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None)})
    reader = READ
    formula_names = ("sorted", "max")
    hand_readings = (
        ("about 830", 828.1, True), ("about 830", 824.9, False),
        ("19.5 %", 19.4888, True), ("19.4 %", 19.4888, False),
        ("12 per cent", 12.49, True), ("12 per cent", 12.51, False),
        ("tripled", 2.03, False), ("doubled", 2.03, True),
        ("almost twice", 2.01, False), ("over four-fifths", 0.79, False),
        ("five", 4, False), ("larger", False, False),
        ("more than nineteen years", 19.33, True), ("eighteen years", 20, False),
        ("some four thousand", 4030, True), ("some four thousand", 4500, False),
        ("third", 3, True), ("largest", 2, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the share of
    # the persons loaded rather than those who arrived, and the fall in the schools rather than
    # what was left of them.
    readings: ClassVar = {"12 per cent": ("1802/14906*100",),
                          "50 per cent": ("(96-48)/96*100",)}
    readings_beside_claim = False  # the 14,906 loaded are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: barracks over families at Leninabad, barns over houses in Kuyvozi.
    traps: ClassVar = {"20 per cent": "48/240*100", "about a quarter": "315/1260"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a quarter": 0.25}
