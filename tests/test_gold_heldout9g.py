"""The gold article ``mountainpeople`` (issue #14, split ``heldout9``), checked on its own terms
by gold_article.py; its reader goes by the claim's kind, and its ambiguities are read from the
formulas themselves."""

from __future__ import annotations

import re

import gold_article as gold

ARTICLE = gold.GoldArticle.load("mountainpeople")
NUMERIC = {"share", "sum", "remainder", "rate", "chain"}

WORD_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "thirteen": 13, "fifteen": 15}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
# The ratio (new/old or part/whole) each word of a multiple or fraction allows.
MULTIPLE_RANGES: dict[str, tuple[float, float]] = {
    "about a quarter": (0.23, 0.27),
    "about two-thirds": (0.63, 0.70),
    "five-sixths": (0.81, 0.86),
    "the great majority": (0.75, 1.0),
    "halved": (0.45, 0.55),
    "doubled": (1.9, 2.15),
    "more than doubled": (2.0, 2.9),
    "tripled": (2.85, 3.2),
    "more than tripled": (3.0, 3.9),
}


def number(figure: str) -> tuple[float, float]:
    """The printed number of a figure and the half-width of its printed precision."""
    words = [w for w in re.findall(r"[a-z]+", figure) if w in WORD_NUMBERS]
    if not re.search(r"\d", figure):
        assert words, figure
        return float(WORD_NUMBERS[words[-1]]), 0.5
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", figure)
    assert digits is not None, figure
    text = digits.group().replace(",", "")
    if "." in text:
        return float(text), 0.5 * 10 ** -len(text.split(".")[1])
    step = 1
    if figure.startswith("about "):
        while int(text) % (step * 10) == 0:
            step *= 10
    return float(text), 0.5 * step


def fits(figure: str, kind: str, result: gold.Value) -> bool:
    """Whether the formula's result reproduces the figure as printed."""
    assert not isinstance(result, tuple), (figure, result)
    if kind in NUMERIC:
        printed, half = number(figure)
        return abs(float(result) - printed) <= half + 1e-9
    if kind == "count":
        return WORD_NUMBERS[figure] == result
    if kind == "duration":
        if figure == "about five and a half months":
            return abs(float(result) - 5.5) <= 0.25
        return number(figure)[0] == result
    if kind == "multiple":
        low, high = MULTIPLE_RANGES[figure]
        return low <= float(result) <= high
    if kind == "comparison":
        if figure in ORDINALS:
            return ORDINALS[figure] == result
        return result is True
    raise AssertionError(kind)


class TestMountainpeople(gold.ArticleChecks):
    article = ARTICLE
    split = "heldout9"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None)})
    title_starts = "The removal of the Ardakh"

    def reads(self, figure: str, value: gold.Value, kind: str = "") -> bool:
        return fits(figure, kind, value)

    def check_slip_is_no_rounding_matter(self, slip: gold.Claim, value: gold.Value) -> None:
        """Numbers and durations, in figures or in words, are more than 2 % off."""
        if slip["kind"] in NUMERIC or slip["kind"] == "duration":
            assert isinstance(value, int | float)
            printed = number(str(slip["figure"]))[0]
            assert abs(printed - float(value)) / float(value) > 0.02, slip


def test_chance_traps_are_in_their_paragraphs() -> None:
    # 470 teams of 3,920 officers happen to give 12 percent; the claim is about soldiers.
    soldiers = ARTICLE.paragraph_of(ARTICLE.only("12 percent"))
    assert "470 teams" in soldiers and "3,920 operational officers" in soldiers
    assert round(470 / 3920 * 100) == 12
    # 3,410 births against 1,140 hospital beds happen to give three; the claim is mortality.
    mortality = ARTICLE.paragraph_of(ARTICLE.only("about three times"))
    assert "3,410 births" in mortality and "1,140 beds" in mortality
    assert round(3410 / 1140) == 3


def test_ambiguous_claims_fit_two_readings() -> None:
    for claim in ARTICLE.with_verdict("ambiguous"):
        whole, part = (int(n.replace(",", "")) for n in
                       re.findall(r"\d[\d,]+", str(claim["formula"]))[:2][::-1])
        share, fall = part / whole * 100, (whole - part) / whole * 100
        printed = number(str(claim["figure"]))[0]
        assert round(share) == printed == round(fall), claim
        paragraph = ARTICLE.paragraph_of(claim)
        assert f"{whole:,}" in paragraph and f"{part:,}" in paragraph
