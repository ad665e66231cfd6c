"""The blind gold article ``specialsettlers`` (issue #14, round eight, writer f), checked on its
own terms by gold_article.py; its traps and ambiguities are found among its paragraphs' figures
with the years left out, and its lists may open with a colon or a bracket."""

from __future__ import annotations

import re

import pytest

import gold_article as gold

ARTICLE = gold.GoldArticle.load("specialsettlers")
FORMULA_NAMES = ("len", "min", "max", "sorted")

NUMBER_WORDS = {w: i + 1 for i, w in enumerate((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
ORDINALS = {w: i + 1 for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth"))}
# Words for a multiple or a fraction: a target met within 10 %, or an open interval.
TARGET_WORDS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "about a sixth": 1 / 6,
                "five-sixths": 5 / 6, "three times as many": 3.0}
OPEN_WORDS = {"most": (0.5, 1.0), "the great majority": (0.75, 1.0)}
NUMERIC = re.compile(r"^(?P<about>about )?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
                     r"(?: percent|%| per cent)?$")
DURATION = re.compile(r"^(?:a |more than )?(?P<word>[a-z]+)[ -](?:years?|months?|month)$")


def agrees(figure: str, v: gold.Value) -> bool:
    """Whether a printed figure is what the value gives, at the figure's printed precision
    (an approximate whole number "about 6,090" is read to its last non-zero digit)."""
    if isinstance(v, bool):
        return v
    assert not isinstance(v, tuple), (figure, v)
    m = NUMERIC.match(figure)
    if m:
        printed = m.group("num").replace(",", "")
        if "." in printed:
            places = len(printed.split(".")[1])
            return f"{v:.{places}f}" == printed
        n = int(printed)
        step = 1
        if m.group("about"):
            while n % (step * 10) == 0 and step * 10 < n:
                step *= 10
        return round(v / step) * step == n
    if figure in NUMBER_WORDS:
        return round(v) == NUMBER_WORDS[figure]
    if figure in ORDINALS:
        return v == ORDINALS[figure]
    d = DURATION.match(figure)
    if d:
        return v == NUMBER_WORDS[d.group("word")]
    if figure in TARGET_WORDS:
        target = TARGET_WORDS[figure]
        return abs(v - target) <= 0.1 * target
    if figure in OPEN_WORDS:
        lo, hi = OPEN_WORDS[figure]
        return lo < v < hi
    raise AssertionError(f"no reading for {figure!r}")


class TestSpecialsettlers(gold.HandReadingChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout8"
    plan = gold.Plan(claims=(55, None),
                     verdicts={"consistent": (40, None), "unverifiable": (3, None),
                               "ambiguous": (2, None)})
    reader = staticmethod(agrees)
    formula_names = FORMULA_NAMES
    count_sentences = staticmethod(gold.ends_count(re.compile(r"[^.]+(?:\.\d[^.]*)*\.")))
    hand_readings = (
        ("about 6,090", 6094.06, True), ("about 6,090", 6106.0, False),
        ("72.5 percent", 72.4885, True), ("72.5 percent", 72.44, False),
        ("tripled", 3.06, True), ("tripled", 2.04, False),
        ("most", 0.45, False), ("a twenty-month", 19, False),
    )


def test_the_title_names_the_years() -> None:
    assert "1949-1956" in ARTICLE.text.strip().split("\n\n")[0]


def test_counted_lists_have_as_many_items_as_their_formula() -> None:
    text = ARTICLE.text
    counts = ARTICLE.of_kind("count")
    assert len(counts) >= 3
    for c in counts:
        after = text[int(str(c["end"])):]
        opener = min(i for i in (after.find(":"), after.find("(")) if i >= 0)
        listed = re.split(r"[.)]", after[opener + 1:], maxsplit=1)[0]
        items = [s for s in re.split(r",\s*|\s+and\s+", listed) if s.strip()]
        assert len(items) == gold.evaluate(c["formula"], FORMULA_NAMES), (c, items)


def paragraph_of(claim: dict[str, object]) -> tuple[str, list[float]]:
    """The claim's paragraph and the numbers printed in it, the claim's own figure left out
    (years too: they are four-digit numbers from 1900 to 1999 without a comma)."""
    text = ARTICLE.text
    start, end = int(str(claim["start"])), int(str(claim["end"]))
    begin = text.rfind("\n\n", 0, start) + 2
    stop = text.find("\n\n", end)
    stop = stop if stop >= 0 else len(text)
    para = text[begin:start] + " " + text[end:stop]
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", para)
               if not re.fullmatch(r"19\d\d", n)]
    return text[begin:stop], numbers


def pairs_giving(numbers: list[float], target: float, scale: float) -> set[tuple[float, float]]:
    return {(a, b) for a in numbers for b in numbers
            if a != b and a / b * scale == pytest.approx(target)}


def test_the_traps_are_real() -> None:
    by_figure = {str(c["figure"]): c for c in ARTICLE.with_verdict("unverifiable")}
    # Chance traps: figures about other things in the same paragraph give the claim.
    para, numbers = paragraph_of(by_figure["12 percent"])
    assert pairs_giving(numbers, 12, 100) == {(48, 400)}
    assert "48 commandant's offices and 400 village posts" in para
    para, numbers = paragraph_of(by_figure["fivefold"])
    assert pairs_giving(numbers, 5, 1) == {(1250000, 250000)}
    assert "1,250,000 roubles, 250,000 of them for the search" in para
    # The other unverifiable claims have no such pair beside them.
    for figure, target, scale in (("140", 140, 1000), ("27 percent", 27, 100)):
        _, numbers = paragraph_of(by_figure[figure])
        assert not pairs_giving(numbers, target, scale), figure


def test_ambiguous_claims_have_two_readings_that_fit() -> None:
    ambiguous = {str(c["figure"]): c for c in ARTICLE.with_verdict("ambiguous")}
    assert set(ambiguous) == {"50 percent", "60 percent"}
    para, numbers = paragraph_of(ambiguous["50 percent"])
    assert "from 2,640 in January 1956 to 1,320" in para
    # what was left (1,320 of 2,640) and what was lost (2,640 - 1,320 of 2,640)
    assert (1320, 2640) in pairs_giving(numbers, 50, 100)
    fallen = {(a, b) for a in numbers for b in numbers
              if a < b and pytest.approx(50) == (b - a) / b * 100}
    assert (1320, 2640) in fallen
    para, numbers = paragraph_of(ambiguous["60 percent"])
    assert "720 of the 1,200 settlers and 540 of the 900 workers" in para
    assert {(720, 1200), (540, 900)} <= pairs_giving(numbers, 60, 100)
