"""The blind gold article ``iranop1938`` (issue #14, split ``heldout14``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings and its exact traps."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("iranop1938")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "thirteen": 13, "eighteen": 18},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it.
    fractions={**gold.MULTIPLE_WORDS, "more than a third": (0.34, 0.40),
               "nearly half": (0.45, 0.5), "about half": (0.45, 0.55),
               "quadrupled": (3.8, 4.2), "about a quarter": (0.23, 0.27)},
    # A place in an order: descending for "third", ascending for "lowest" and "second-lowest".
    ranks={"third": 3, "lowest": 1, "second-lowest": 2},
)


class TestIranop1938(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                     gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout14"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None)})
    reader = READ
    formula_names = ("sorted",)  # no formula of this article takes max
    hand_readings = (
        ("about 1,250", 1254.9, True), ("about 1,250", 1255.1, False),
        ("48.2 percent", 48.2499, True), ("48.3 percent", 48.2499, False),
        ("1,165", 1164.71, True), ("1,165", 1164.4, False),
        ("tripled", 1.99, False), ("doubled", 1.99, True), ("quadrupled", 3.07, False),
        ("nearly half", 0.51, False), ("about half", 0.51, True),
        ("five", 4, False), ("harsher", False, False),
        ("nearly nine months", 8.9, True), ("five weeks", 7, False),
        ("one arrest in thirteen", 12.88, True), ("one arrest in thirteen", 12.4, False),
        ("lowest", 1, True), ("lowest", 2, False), ("third", 3, True),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Aktyubinsk's
    # share of the persons entrained rather than of the arrivals, and the fall of the
    # consulate's register rather than what was left of it.
    readings: ClassVar = {"16 percent": ("1317/8153*100",),
                          "about half": ("(12400-6150)/12400",)}
    # the persons entrained are printed paragraphs before, the deaths on the road in words
    readings_beside_claim = False
    reading_words: ClassVar = {"Sixty-one": 61.0}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: houses handed to the frontier post, and families against head of
    # cattle.
    traps: ClassVar = {"20 percent": "30/150*100", "about a quarter": "48/192"}
    trap_values: ClassVar = {"20 percent": 20.0, "about a quarter": 0.25}
