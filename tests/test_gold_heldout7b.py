"""The blind gold article ``nationalop`` (issue #14, round seven), checked on its own terms by
gold_article.py; its figures in words are read by intervals worked out by hand, and its traps'
figures are printed in phrases about other things."""

from __future__ import annotations

import re
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("nationalop")
APPROX = ("about ", "some ", "nearly ")

# What each figure in words means, as an interval the formula's value must fall in (both
# ends included); worked out by hand from the ordinary sense of the words.
WORDS: dict[str, tuple[float, float]] = {
    "more than tripled": (3.0, 4.0),
    "more than a third": (1 / 3, 0.5),
    "nearly halved": (0.5, 0.6),
    "two and a half times": (2.45, 2.55),
    "tripled": (2.85, 3.15),
    "doubled": (1.9, 2.1),
    "about two-thirds": (0.63, 0.70),
    "nearly a third": (0.29, 1 / 3),
    "the great majority": (0.75, 0.99),
    "nearly tripled": (2.8, 3.0),
    "one for every four": (3.95, 4.05),
    "some fifteen months": (14.5, 15.5),
    "nearly twenty months": (19.5, 20.0),
    "twenty-nine months": (28.5, 29.5),
    "seventeen months": (16.5, 17.5),
    "nineteen years": (19.0, 19.0),
    "three": (3, 3),
    "four": (4, 4),
    "six": (6, 6),
    "seven": (7, 7),
}
# The chance traps: the printed phrases whose figures reproduce an unverifiable claim.
TRAP_PHRASES = {"25 percent": ("48 operatives", "12 interpreters"),
                "222": ("540 members", "318 of them")}


def matches(figure: str, value: gold.Value) -> bool:
    """Whether a printed figure says ``value`` at its printed precision; a comparison's truth
    is its value."""
    if isinstance(value, bool):
        return value
    assert not isinstance(value, tuple), (figure, value)
    key = figure.lower()
    if key in WORDS:
        lo, hi = WORDS[key]
        return lo <= value <= hi
    m = gold.NUMBER.search(figure)
    assert m, figure
    digits = m.group().replace(",", "")
    printed = float(digits)
    if key.startswith(APPROX) and "." not in digits:
        stripped = digits.rstrip("0")
        step = 10 ** (len(digits) - len(stripped))
        return round(value / step) * step == printed
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return abs(value - printed) <= 0.5 * 10**-decimals + 1e-9


class TestNationalop(gold.ReadingChecks, gold.TrapChecks, gold.CountChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout7"
    plan = gold.Plan(verdicts={"consistent": (2, None), "ambiguous": (2, 2),
                               "unverifiable": (4, None)}, kinds={"count": (4, None)})
    reader = staticmethod(matches)
    formula_names = ("max", "sorted")
    count_sentences = staticmethod(gold.ends_count(re.compile(r"[.!?](?:\s|$)")))
    opposites: ClassVar = {"larger": "smaller", "smaller": "larger", "more": "fewer",
                           "fewer": "more"}
    slip_gap_from_value = True
    # The second reading of each ambiguous claim: it must give the printed figure too.
    readings: ClassVar = {"50 percent": ("(1480-740)/1480*100",),
                          "31 percent": ("1300/4236*100",)}
    traps: ClassVar = {"25 percent": "12/48*100", "222": "540-318"}
    list_split = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def test_the_traps_figures_are_printed_about_other_things() -> None:
    for figure, phrases in TRAP_PHRASES.items():
        paragraph = ARTICLE.paragraph_of(ARTICLE.only(figure, "unverifiable"))
        for phrase in phrases:
            assert phrase in paragraph, (figure, phrase)
