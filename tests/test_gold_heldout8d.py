"""The gold article ``osadniki`` (issue #14, split ``heldout8``), checked on its own terms by
gold_article.py with a reader of its own; only here: the wagon slip took the lists' total."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("osadniki")

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "twenty": 20}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
FACTORS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
FRACTIONS = {"about a fifth": 1 / 5, "five-sixths": 5 / 6, "two-thirds": 2 / 3}
RELATIONS = {"largest", "smallest", "lowest", "more", "more likely"}
APPROX = ("about ", "some ")


def reads_as(figure: str, value: gold.Value) -> bool:
    """Whether a figure as printed in the article is what ``value`` gives."""
    text = figure.lower()
    if isinstance(value, bool):
        assert text in RELATIONS, figure
        return value
    assert not isinstance(value, tuple), (figure, value)
    approximate = text.startswith(APPROX)
    if m := gold.NUMBER.search(text):
        return gold.rounds_to(value, m.group(0), approximate)
    if text == "more than five times as many":
        return 5 < value < 6
    if text == "more than doubled":
        return 2 < value < 3
    if text in FACTORS:
        return abs(value / FACTORS[text] - 1) <= 0.05
    if text in FRACTIONS:
        return abs(value - FRACTIONS[text]) <= 0.02
    if text == "the great majority":
        return value >= 0.75
    if text in ORDINALS:
        return value == ORDINALS[text]
    words = text.removeprefix("some ").replace("-", " ").split()
    if words[-1] in {"years", "months", "month", "days"}:
        words = words[:-1]
    assert len(words) == 1 and words[0] in WORDS, figure
    n = WORDS[words[0]]
    return round(value) == n if approximate or isinstance(value, float) else value == n


class TestOsadniki(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks, gold.CountChecks,
                   gold.ArticleChecks):
    article = ARTICLE
    split = "heldout8"
    plan = gold.Plan(verdicts={"ambiguous": (2, 2), "unverifiable": (4, None)}, worked=(40, None))
    reader = staticmethod(reads_as)
    formula_names = ("sorted",)
    hand_readings = (
        ("28.7 percent", 28.74, True), ("28.7 percent", 28.76, False),
        ("about 2,500", 2476.0, True), ("about 2,500", 2440.0, False),
        ("some 1,080", 1081.3, True), ("1,080", 1081.3, False),
        ("twelve", 11.997, True), ("twelve", 11.4, False),
        ("fourteen-month", 14, True), ("fourteen-month", 16, False),
        ("more than doubled", 2.19, True), ("more than doubled", 1.98, False),
        ("tripled", 3.04, True), ("tripled", 1.98, False),
        ("five-sixths", 0.834, True), ("five-sixths", 0.79, False),
        ("second", 2, True), ("first", 2, False),
    )
    # Each ambiguous figure is given by two different readings of figures printed in its
    # paragraph: two years' norm returns, or the horses kept and the horses lost.
    readings: ClassVar = {"68 percent": ("408/600*100", "612/900*100"),
                "50 percent": ("124/248*100", "(248-124)/248*100")}
    traps: ClassVar = {"25 percent": "12/48*100", "about 40 roubles": "1520/38"}


def test_neighbouring_total_slip_is_the_lists_total_over_the_wagons() -> None:
    """The wagon slip printed the persons on the lists, not those loaded, over the wagons."""
    claim = ARTICLE.only("24.5")
    assert claim["verdict"] == "inconsistent"
    assert reads_as("24.5", 16945 / 693)
