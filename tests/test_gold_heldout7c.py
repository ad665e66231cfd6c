"""The gold article ``exchange`` (issue #14, split ``heldout7``), checked on its own terms by
gold_article.py; its reader knows factors, fractions and "N years and M months" in words."""

from __future__ import annotations

import re

import gold_article as gold

ARTICLE = gold.GoldArticle.load("exchange")

CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
FACTORS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
FRACTIONS = {"two-thirds": 2 / 3, "five-sixths": 5 / 6, "a quarter": 1 / 4, "a third": 1 / 3,
             "a fifth": 1 / 5, "half": 1 / 2}
COMPARATIVES = {"more likely", "higher", "less", "smallest", "largest", "lower", "more"}


def _rounds_to(value: float, printed: str, approximate: bool) -> bool:
    """True if ``value`` shows as ``printed`` at the printed precision. An approximate figure
    ("about 16,100") is taken at the place of its last significant digit."""
    digits = printed.replace(",", "")
    if "." in digits:
        places = len(digits.split(".")[1])
        return round(value, places) == round(float(digits), places)
    step = 1
    if approximate:
        while digits.endswith("0") and len(digits) > 1:
            digits = digits[:-1]
            step *= 10
    return round(value / step) * step == int(printed.replace(",", ""))


def matches(figure: str, value: gold.Value) -> bool:
    """Whether a claim's figure, as a historian printed it, is what ``value`` gives."""
    text = figure.lower()
    if isinstance(value, bool):
        assert text in COMPARATIVES, figure
        return value
    assert not isinstance(value, tuple), (figure, value)
    approximate = text.startswith(("about ", "some ", "nearly ", "perhaps "))
    if m := re.fullmatch(r"(\w+) years and (\w+) months", text):
        return value == CARDINALS[m.group(1)] * 12 + CARDINALS[m.group(2)]
    if m := gold.NUMBER.search(text):
        return _rounds_to(value, m.group(0), approximate)
    if text.startswith("more than "):
        rest = text.removeprefix("more than ")
        if rest in FACTORS and FACTORS[rest] < 1:
            return value < FACTORS[rest]
        if rest in FACTORS:
            return FACTORS[rest] < value < FACTORS[rest] + 1
        if m := re.fullmatch(r"(\w+) times", rest):
            return CARDINALS[m.group(1)] < value < CARDINALS[m.group(1)] + 1
    if text in FACTORS:
        return abs(value / FACTORS[text] - 1) <= 0.05
    if text.startswith("nearly ") and text.removeprefix("nearly ") in FRACTIONS:
        target = FRACTIONS[text.removeprefix("nearly ")]
        return target * 0.9 <= value < target
    if text in FRACTIONS:
        return abs(value - FRACTIONS[text]) <= 0.02
    if text == "the great majority":
        return value >= 0.75
    words = text.split()
    if words[-1] in {"months", "years", "weeks", "days"}:
        words = words[:-1]
    if words and words[0] in {"about", "some", "nearly"}:
        words = words[1:]
    if len(words) == 1 and words[0] in CARDINALS:
        n = CARDINALS[words[0]]
        return round(value) == n if approximate else value == n
    if words and words[0] in ORDINALS:
        return value == ORDINALS[words[0]]
    raise AssertionError(f"no reading for {figure!r}")


class TestExchange(gold.HandReadingChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout7"
    plan = gold.Plan(claims=(55, None), worked=(40, None),
                     verdicts={"ambiguous": (2, None), "unverifiable": (4, None)})
    reader = staticmethod(matches)
    formula_names = ("sorted", "min")
    hand_readings = (
        ("52.0 percent", 52.04, True), ("52.0 percent", 52.06, False),
        ("about 16,100", 16079.7, True), ("about 16,100", 16020, False),
        ("45 per 1,000", 45.0, True), ("440 per 1,000", 40.0, False),
        ("more than doubled", 2.29, True), ("more than doubled", 1.9, False),
        ("more than halved", 0.43, True), ("more than halved", 0.55, False),
        ("tripled", 3.05, True), ("tripled", 2.02, False),
        ("nearly a quarter", 0.24, True), ("nearly a quarter", 0.26, False),
        ("some sixteen months", 15.6, True), ("thirteen years", 12, False),
        ("two years and eight months", 32, True), ("third", 4, False),
        ("more than five times", 5.06, True), ("more than five times", 4.9, False),
    )
