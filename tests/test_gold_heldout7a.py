"""The blind gold article ``volgagerman`` (issue #14, round seven, writer a), checked on its
own terms by gold_article.py with a parser made for this article's wording; only here: two of
its unverifiable claims are chance traps found by a search of their paragraphs."""

from __future__ import annotations

import re

import gold_article as gold

ARTICLE = gold.GoldArticle.load("volgagerman")

WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))}
TENS = {w: 10 * (i + 2) for i, w in enumerate((
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}
ORDINALS = {w: i + 1 for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth"))}
# A word for a multiple or fraction: its target (within 5 %) or an open interval (lo, hi).
EXACT_WORDS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "a fifth": 0.2,
               "two-thirds": 2 / 3, "five-sixths": 5 / 6}
OPEN_WORDS = {"more than doubled": (2.0, 3.0), "over half": (0.5, 1.0),
              "the great majority": (0.75, 1.0)}
COMPARISON_WORDS = {"smallest", "largest", "second only to", "more likely", "lower"}
APPROX = re.compile(r"^(about|nearly|some) ")
SUFFIX = re.compile(r"( percent|%| per cent| per 1,000| times| days| months| years)$")
NUMBER = re.compile(r"^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$")


def word_number(words: str) -> int | None:
    """'seventeen' -> 17, 'fifty-two' -> 52; None for anything else."""
    if words in WORDS:
        return WORDS[words]
    if words in TENS:
        return TENS[words]
    tens, _, unit = words.partition("-")
    if tens in TENS and unit in WORDS and 1 <= WORDS[unit] <= 9:
        return TENS[tens] + WORDS[unit]
    return None


def agrees(figure: str, value: gold.Value) -> bool:
    """Whether ``value`` (a claim's arithmetic) gives ``figure`` as printed: a number at its
    printed precision (within 2 % after 'about'), a word number exactly, a word for a multiple
    within 5 % or inside its interval, a comparison word when the comparison holds."""
    if figure in COMPARISON_WORDS:
        return value is True
    if isinstance(value, bool | tuple):
        return False
    if figure in ORDINALS:
        return ORDINALS[figure] == value
    approx = APPROX.match(figure) is not None
    body = APPROX.sub("", figure)
    if body in EXACT_WORDS:
        target = EXACT_WORDS[body]
        return abs(value - target) <= 0.05 * target
    if body in OPEN_WORDS:
        lo, hi = OPEN_WORDS[body]
        return lo < value < hi
    body = SUFFIX.sub("", body)
    spelled = word_number(body)
    if spelled is not None:
        return abs(value - spelled) <= (0.02 * spelled if approx else 0)
    assert NUMBER.match(body), f"unparsed figure {figure!r}"
    printed = float(body.replace(",", ""))
    if approx:
        return abs(value - printed) <= 0.02 * printed
    decimals = len(body.partition(".")[2])
    return abs(value - printed) <= 0.5 * 10**-decimals + 1e-9


class TestVolgagerman(gold.HandReadingChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout7"
    plan = gold.Plan(verdicts={"ambiguous": (2, None), "unverifiable": (4, None)},
                     worked=(40, None))
    reader = staticmethod(agrees)
    slip_gap_from_value = True
    hand_readings = (
        ("41.3 percent", 41.27, True), ("41.3 percent", 41.36, False),
        ("about 750", 747.5, True), ("about 750", 700, False),
        ("fifty-two months", 52, True), ("fifty-two months", 42, False),
        ("tripled", 3.05, True), ("tripled", 2.0, False),
        ("more than doubled", 2.2, True), ("more than doubled", 1.9, False),
        ("lower", True, True), ("lower", False, False),
        ("fourth", 4, True), ("third", 4, False),
        ("6,780", 6780, True), ("678", 6780, False),
    )


def test_two_unverifiable_claims_are_chance_traps() -> None:
    """A trap: two other figures of the claim's paragraph, about other things, divide to its
    value (within 1 %), so a checker that takes them would wrongly call it checkable."""
    text = ARTICLE.text
    traps = 0
    for c in ARTICLE.with_verdict("unverifiable"):
        figure = str(c["figure"])
        body = SUFFIX.sub("", APPROX.sub("", figure))
        if not NUMBER.match(body):
            continue
        target = float(body.replace(",", ""))
        start, end = int(str(c["start"])), int(str(c["end"]))
        para_start = text.rfind("\n\n", 0, start) + 2
        para_end = text.find("\n\n", end)
        para = text[para_start:start] + text[end : para_end if para_end >= 0 else len(text)]
        numbers = [float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*\d|\d", para)]
        scale = 100 if "percent" in figure else 1
        if any(abs(a / b * scale - target) <= 0.01 * target
               for a in numbers for b in numbers if b and a != b):
            traps += 1
    assert traps >= 2
