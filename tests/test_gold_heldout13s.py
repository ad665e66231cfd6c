"""The blind gold article ``meskhetian1944`` (issue #14, split ``heldout13``), checked on its own
terms by gold_article.py, its figures read by margins; only here: its traps' formulas give
exactly the share they stand beside."""

from __future__ import annotations

import re
from typing import ClassVar

import pytest

import gold_article as gold

ARTICLE = gold.GoldArticle.load("meskhetian1944")
FORMULA_NAMES = ("sorted", "max")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "eight": 8, "ten": 10, "eleven": 11, "twelve": 12,
           "sixteen": 16},
    # Bounds (inclusive) that a ratio must fall in for the words to describe it.
    fractions={
        "about a tenth": (0.09, 0.11),
        "about a fifth": (0.18, 0.22),
        "over half": (0.5, 0.6),
        "most": (0.5, 1.0),
        "five-sixths": (0.81, 0.86),
        "halved": (0.45, 0.55),
        "doubled": (1.9, 2.1),
        "more than doubled": (2.0, 3.0),
        "tripled": (2.85, 3.15),
    },
    ranks={"largest": 1, "second-largest": 2, "third": 3},
)
# Unverifiable claims planted beside unrelated figures that happen to give the same arithmetic.
TRAPS = {"20 percent": ("128/640", 0.2), "about a third": ("1205/3615", 1 / 3)}


class TestMeskhetian1944(gold.HandReadingChecks, gold.ReadingChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout13"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None)})
    reader = READ
    formula_names = FORMULA_NAMES
    count_sentences = staticmethod(gold.ends_count(re.compile(r"[.!?](?:\s|$)")))
    slip_gap_from_value = True
    hand_readings = (
        ("about 2,480", 2479.9, True), ("about 2,480", 2486.0, False),
        ("33.9 percent", 33.9498, True), ("34.0 percent", 33.9498, False),
        ("tripled", 1.99, False), ("doubled", 1.99, True),
        ("three", 4, False), ("higher", False, False),
        ("more than eleven years", 11.25, True), ("twelve years", 10, False),
        ("largest", 1, True), ("largest", 2, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the share of
    # the persons entrained rather than registered, and the fall of the herds rather than what
    # was left.
    readings: ClassVar = {"2.7 percent": ("2279/84316*100",),
                          "50 percent": ("(3480-1740)/3480*100",)}
    readings_beside_claim = False  # the whole of the first reading is printed elsewhere


def test_traps_sit_beside_figures_that_give_their_arithmetic() -> None:
    unverifiable = {str(c["figure"]): c for c in ARTICLE.with_verdict("unverifiable")}
    assert set(TRAPS) <= set(unverifiable)
    for figure, (formula, value) in TRAPS.items():
        assert gold.evaluate(formula, FORMULA_NAMES) == pytest.approx(value)
        paragraph = ARTICLE.paragraph_of(unverifiable[figure])
        for n in gold.NUMBER.findall(formula):
            assert re.search(rf"(?<![\d,]){int(n):,}(?![\d,])", paragraph), (figure, n)
