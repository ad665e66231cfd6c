"""The blind gold article ``refugees1915`` (issue #14, round eight, writer e), checked on its own
terms by gold_article.py; its reader reads durations by their unit, and only here: its lists
join the last item alone with "and", its durations follow from dates, its falls are falls."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("refugees1915")
FORMULA_NAMES = ("sorted",)

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "fifteen": 15, "fifty-two": 52}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Words of multiple or fraction: the ratios they may honestly stand for, (low, high].
RATIO_WORDS = {
    "halved": (0.475, 0.525),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "more than doubled": (2.0, 2.5),
    "over half": (0.5, 0.6),
    "about a fifth": (0.18, 0.22),
    "about a third": (0.31, 0.36),
    "about a quarter": (1.2, 1.3),  # "a quarter more": the ratio of the two
    "nearly four-fifths": (0.75, 0.8),
    "the great majority": (0.8, 1.0),
    "nearly three times as many": (2.75, 3.0),
}
# Duration claims, read from the dates printed beside them: (start, end, unit in days).
DURATIONS = {
    "fifteen and a half weeks": (date(1915, 8, 14), date(1915, 11, 30), 7.0),
    "nearly three and a half years": (date(1918, 6, 17), date(1921, 12, 9), 365.25),
    "fifty-two-day": (date(1920, 5, 3), date(1920, 6, 24), 1.0),
    "seven years": (date(1915, 7, 1), date(1921, 10, 1), 365.25),
}
# Ambiguous falls: (from, to) as printed; the share kept and the fall are the same figure.
FALLS = {"50.0%": ("6,480", "3,240"), "50 percent": ("4,260", "2,130")}
APPROX = re.compile(r"^(about|nearly|some) ")
NUMERIC = re.compile(r"^(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?"
                     r"( percent| per cent|%| per 1,000| rubles)?$")


def fits(figure: str, kind: str, value: gold.Value) -> bool:
    """Whether a printed figure (or an intended one) honestly says ``value``."""
    assert not isinstance(value, tuple), (figure, value)
    if kind == "duration":
        return duration_fits(figure, value)
    if figure in RATIO_WORDS:
        low, high = RATIO_WORDS[figure]
        return low < value <= high
    if figure in ORDINALS:
        return ORDINALS[figure] == value
    if figure in NUMBER_WORDS:
        return NUMBER_WORDS[figure] == value
    approx = APPROX.match(figure)
    body = figure[approx.end():] if approx else figure
    m = NUMERIC.match(body)
    if m is None:  # a comparison word: its formula is the relation it states
        return value is True
    number = float((m.group(1) + (m.group(2) or "")).replace(",", ""))
    if m.group(2):
        decimals = len(m.group(2)) - 1
        return math.isclose(round(value, decimals), number, abs_tol=1e-9)
    if approx:  # "about 1,470": good to its last non-zero digit
        zeros = len(m.group(1)) - len(m.group(1).rstrip("0"))
        return abs(value - number) <= 10**zeros / 2
    return round(value) == number


def duration_fits(figure: str, value: float) -> bool:
    if figure.endswith("-day"):
        return NUMBER_WORDS[figure.removesuffix("-day")] == value
    m = re.match(r"^(nearly )?([a-z-]+)( and a half)? (weeks|years)$", figure)
    assert m is not None, figure
    target = NUMBER_WORDS[m.group(2)] + (0.5 if m.group(3) else 0.0)
    if m.group(1):
        return target - 0.25 <= value < target
    if m.group(3):
        return abs(value - target) <= 0.25
    return math.floor(value) == target


class TestRefugees1915(gold.ReadingChecks, gold.TrapChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout8"
    plan = gold.Plan(verdicts={"consistent": (40, None), "unverifiable": (4, None),
                               "ambiguous": (2, None)})
    formula_names = FORMULA_NAMES
    slip_gap_from_value = True
    # The falls of FALLS: the share kept and the share lost.
    readings: ClassVar = {"50.0%": ("3240/6480*100", "(6480-3240)/6480*100"),
                "50 percent": ("2130/4260*100", "(4260-2130)/4260*100")}
    # Unverifiable claims whose paragraph prints two figures, about other things, that
    # reproduce them.
    traps: ClassVar = {"about a third": "620/1860", "45.8 percent": "13820/30150*100"}

    def reads(self, figure: str, value: gold.Value, kind: str = "") -> bool:
        return fits(figure, kind, value)


def test_ambiguous_falls_are_printed_as_falls() -> None:
    for figure, (before, _) in FALLS.items():
        claim = ARTICLE.only(figure, "ambiguous")
        assert f"from {before}" in ARTICLE.paragraph_of(claim), figure


def test_counts_match_the_lists_printed_after_them() -> None:
    text = ARTICLE.text
    counts = ARTICLE.of_kind("count")
    assert len(counts) >= 4
    for c in counts:
        rest = text[int(str(c["end"])):]
        listed = rest[rest.index(":") + 1 : rest.index(".")]
        *head, last = listed.split(", ")  # "a, b and c": only the last "and" joins items
        items = [*head, *last.partition(" and ")[::2]]
        assert gold.evaluate(c["formula"], FORMULA_NAMES) == len(items), c
        right = c.get("intended", c["figure"])
        assert NUMBER_WORDS[str(right)] == len(items), c
        if c["verdict"] == "inconsistent":
            assert NUMBER_WORDS[str(c["figure"])] != len(items), c


def test_durations_match_the_printed_dates() -> None:
    durations = {str(c["figure"]): c for c in ARTICLE.of_kind("duration")}
    assert set(durations) == set(DURATIONS)
    for figure, (start, end, unit) in DURATIONS.items():
        c = durations[figure]
        span = (end - start).days / unit
        value = gold.evaluate(c["formula"], FORMULA_NAMES)
        assert isinstance(value, float | int)
        assert math.isclose(span, value, abs_tol=0.02), figure
        right = str(c.get("intended", figure))
        assert duration_fits(right, span), figure
        assert duration_fits(figure, span) == (c["verdict"] == "consistent"), figure
        assert str(start.year) in ARTICLE.paragraph_of(c), figure
