"""The blind gold article ``crimea1944`` (issue #14, split ``heldout12``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit)."""

from __future__ import annotations

import re
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("crimea1944")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "six": 6, "twelve": 12, "eighteen": 18, "thirty-three": 33,
           "thirty-six": 36},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it.
    fractions={
        "over half": (0.5, 0.6),
        "halved": (0.45, 0.55),
        "doubled": (1.9, 2.1),
        "more than doubled": (2.0, 3.0),
        "tripled": (2.85, 3.15),
        "about four-fifths": (0.75, 0.85),
        "the great majority": (0.85, 1.0),
        "two-thirds": (0.65, 0.69),
        "more than four times as many": (4.0, 5.0),
    },
    ranks={"third-largest": 3, "fourth-largest": 4},
)


class TestCrimea1944(gold.HandReadingChecks, gold.ReadingChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout12"
    plan = gold.Plan(claims=(55, None),
                     verdicts={"unverifiable": (3, None), "ambiguous": (2, None)})
    reader = READ
    formula_names = ("sorted",)
    count_sentences = staticmethod(gold.ends_count(re.compile(r"[.!?](?:\s|$)")))
    slip_gap_from_value = True
    hand_readings = (
        ("about 3,020", 3017.0, True), ("about 3,020", 3026.0, False),
        ("23.5 percent", 23.497, True), ("23.5 percent", 23.44, False),
        ("tripled", 2.05, False), ("doubled", 2.05, True),
        ("four", 3.2, False), ("larger", False, False),
        ("thirty-three years", 33, True), ("thirty-six years", 33, False),
        ("eighteen-month", 18.0, True), ("eighteen-month", 17.4, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first).
    readings: ClassVar = {"61.8 percent": ("(3140-1941)/1941*100",),
                          "50 percent": ("(12600-6300)/12600*100",)}
