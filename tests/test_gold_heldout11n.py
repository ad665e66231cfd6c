"""Checks on the held-out gold article ``steppe1943`` (issue #14, split ``heldout11``): the text
and the YAML agree, the generator writes what is committed, every consistent or ambiguous
claim's formula gives the printed figure at its printed precision, every planted slip's formula
gives its intended figure and not the printed one, the ambiguities and the chance traps are
really in their paragraphs, and the dates, lists and shape are as planned. Figures are read by
a small reader of our own, independent of borderlands.figures."""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from itertools import permutations
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
sys.path.insert(0, str(GOLD))

import make_gold  # noqa: E402
from make_gold_steppe1943 import steppe1943  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "steppe1943.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "steppe1943.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the title line is not a paragraph

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"second": 2, "third": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "twelve": 12,
         "sixteen": 16, "seventeen": 17, "twenty-seven": 27}
UNITS = ("a ", "-month", " days", " weeks", " years")
# A multiple or fraction in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "two-thirds": (0.64, 0.69),
    "five-sixths": (0.81, 0.86),
    "halved": (0.47, 0.53),
    "about a fifth": (0.18, 0.22),
    "most": (0.5, 1.0),
    "over half": (0.5, 0.67),
    "more than doubled": (2.0, 3.0),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "nearly three times": (2.6, 3.0),
}
BOOLEAN_WORDS = {"largest", "smallest", "more likely", "higher"}


def reads_as(figure: str, value: float) -> bool:
    """Whether a figure as printed is what the number ``value`` gives, at the printed
    precision; a round figure after "about" is taken at its last non-zero digit."""
    text = figure.lower()
    if text in RATIOS:
        low, high = RATIOS[text]
        return low <= value <= high
    if m := NUMBER.search(text):
        digits = m.group(0).replace(",", "")
        if "." in digits:
            return f"{value:.{len(digits.split('.')[1])}f}" == digits
        step = 1
        if text.startswith("about "):
            while digits.endswith("0") and len(digits) > 1:
                digits = digits[:-1]
                step *= 10
        return round(value / step) * step == int(m.group(0).replace(",", ""))
    for affix in UNITS:
        text = text.removeprefix(affix).removesuffix(affix)
    assert text in WORDS, figure
    return round(value) == WORDS[text]


def _value(claim: dict[str, object]) -> float:
    return eval(str(claim["formula"]), {"__builtins__": {"max": max, "min": min,
                                                         "sorted": sorted}, "date": date})


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])
    return next(p for p in PARAGRAPHS if TEXT.index(p) <= start < TEXT.index(p) + len(p))


def _numbers(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)]


def _pair_gives(figure: str, paragraph: str, scale: float) -> list[tuple[float, float]]:
    """The pairs of figures printed in the paragraph whose quotient (times ``scale``) reads as
    ``figure``: what a checker matching blindly could pick."""
    nums = sorted(set(_numbers(paragraph)) - set(_numbers(figure)) - {0.0})
    return [(a, b) for a, b in permutations(nums, 2) if reads_as(figure, a / b * scale)]


def _only(figure: str) -> dict[str, object]:
    (claim,) = [c for c in CLAIMS if c["figure"] == figure]
    return claim


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("21.6 percent", 21.596) and not reads_as("21.6 percent", 21.66)
    assert reads_as("18.7%", 18.738) and not reads_as("18.7%", 18.76)
    assert reads_as("28.2 per cent", 28.19) and not reads_as("28.2 per cent", 28.26)
    assert reads_as("about 2,000", 1997.2) and not reads_as("about 2,000", 2512.0)
    assert reads_as("about 860", 862.3) and not reads_as("about 860", 866.0)
    assert reads_as("about 4.2", 4.187) and not reads_as("about 4.2", 4.26)
    assert reads_as("94 per 1,000", 94.45) and not reads_as("94 per 1,000", 94.6)
    assert reads_as("5,842", 5842.0) and not reads_as("5,842", 5843.0)
    assert reads_as("a sixteen-month", 16) and not reads_as("a sixteen-month", 15)
    assert reads_as("seven weeks", 49 / 7) and not reads_as("seven weeks", 8)
    assert reads_as("seventeen days", 17) and not reads_as("twenty-seven days", 17)
    assert reads_as("doubled", 2480 / 1190) and not reads_as("tripled", 2480 / 1190)
    assert reads_as("about a fifth", 0.204) and not reads_as("about a fifth", 0.25)


def test_offsets_cut_out_each_figure() -> None:
    assert CLAIMS
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    steppe1943().write()
    assert (tmp_path / "steppe1943.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "steppe1943.yaml").read_text(encoding="utf-8") == YAML_TEXT


def test_consistent_and_ambiguous_formulas_give_the_printed_figure() -> None:
    checked = 0
    for claim in CLAIMS:
        if claim["verdict"] not in {"consistent", "ambiguous"}:
            continue
        assert "intended" not in claim, claim
        value = _value(claim)
        if isinstance(value, bool):
            assert claim["kind"] == "comparison" and claim["figure"] in BOOLEAN_WORDS, claim
            assert value, claim
        else:
            assert reads_as(str(claim["figure"]), value), (claim, value)
        checked += 1
    assert checked == 46


def test_every_formula_uses_only_figures_printed_in_its_paragraph() -> None:
    """A formula's inputs are in the claim's own paragraph (small constants and units aside),
    so the gold does not rest on figures the reader of that paragraph cannot see."""
    allowed = {0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 12.0, 100.0, 1000.0, 0.2}
    for claim in CLAIMS:
        if "formula" not in claim or claim["kind"] in {"count", "duration"}:
            continue
        printed = set(_numbers(_paragraph_of(claim)))
        printed |= {round(n / 100, 6) for n in printed}  # "62 percent" enters as 0.62
        inputs = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", str(claim["formula"]))}
        inputs -= allowed
        assert inputs <= printed, (claim, inputs - printed)


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) == 10
    for claim in slips:
        printed, intended, value = str(claim["figure"]), str(claim["intended"]), _value(claim)
        assert printed != intended, claim
        assert not isinstance(value, bool), claim
        assert reads_as(intended, value), (claim, value)
        assert not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_the_kinds_of_slip_are_the_planned_ones() -> None:
    # two digits transposed: Sarpa's 14.3 percent printed as 13.4
    assert _only("13.4 percent")["intended"] == "14.3"
    assert reads_as("14.3", 13105 / 91870 * 100)
    # the neighbouring total as base: 24,610 over the 91,870 who left, not the 89,145 arrivals
    omsk = _only("26.8 percent")
    assert reads_as("26.8 percent", 24610 / 91870 * 100) and omsk["intended"] == "27.6"
    assert {24610.0, 91870.0, 89145.0} <= set(_numbers(_paragraph_of(omsk)))
    # a fall printed as the share that remained: 287,300 of 812,400 is what is left
    assert reads_as("35.4 percent", 287300 / 812400 * 100)
    assert _only("35.4 percent")["intended"] == "64.6"
    # a sum off by a part: 93,514 leaves out the 3,310 from Stalingrad oblast
    assert 91870 + 1644 == 93514 and _only("93,514")["intended"] == "96,824"
    # a digit doubled: 478 printed as 4,778
    assert _only("4,778")["intended"] == "478" and 89145 - 88667 == 478
    # a digit dropped: 50.6 per 1,000 printed as 5.6
    assert _only("5.6 per 1,000")["intended"] == "50.6"
    # the wrong multiple word: 1,190 to 2,480 is a doubling
    assert _only("tripled")["intended"] == "doubled"
    # a wrong ranking: 21,120 is third after 24,610 and 22,480
    assert _only("second")["intended"] == "third" and 24610 > 22480 > 21120 > 20935
    # a list of four kinds of herd counted as five
    (herds,) = [c for c in CLAIMS if c["figure"] == "five" and c["verdict"] == "inconsistent"]
    assert herds["intended"] == "four" and "camels" in _paragraph_of(herds)
    # a journey miscounted by ten days
    assert _only("twenty-seven days")["intended"] == "seventeen days"
    kinds = Counter(str(c["kind"]) for c in CLAIMS if c["verdict"] == "inconsistent")
    assert kinds == {"share": 3, "sum": 1, "remainder": 1, "rate": 1, "multiple": 1,
                     "comparison": 1, "count": 1, "duration": 1}


def test_no_other_printed_pair_excuses_a_percentage_slip() -> None:
    """Sarpa's 13.4 and the sheep's 35.4 percent are read right by no other pair of figures in
    their paragraphs, except the remaining share that the 35.4 really is."""
    sarpa = _only("13.4 percent")
    assert _pair_gives("13.4 percent", _paragraph_of(sarpa), 100.0) == []
    sheep = _only("35.4 percent")
    assert _pair_gives("35.4 percent", _paragraph_of(sheep), 100.0) == [(287300.0, 812400.0)]


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 3,520 over seventy are 4 percent of the 91,870 who left and of the 89,145 who
    arrived; the 62,450 come home are about 80 percent of the 78,920 released and of the
    77,600 on the register when it closed."""
    readings = {"4 percent": (3520 / 91870, 3520 / 89145),
                "about 80 percent": (62450 / 78920, 62450 / 77600)}
    inputs = {"4 percent": {3520.0, 91870.0, 89145.0},
              "about 80 percent": {62450.0, 78920.0, 77600.0}}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        figure = str(claim["figure"])
        assert inputs[figure] <= set(_numbers(_paragraph_of(claim))), claim
        first, second = readings[figure]
        assert first != second
        assert reads_as(figure, first * 100) and reads_as(figure, second * 100), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert set(unverifiable) == {"about 30 percent", "about 25", "perhaps a quarter",
                                 "heavier"}
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    # lorries over soldiers; the camp's men over its dead of the first winter
    traps = {"about 30 percent": ((1380.0, 4594.0), 100.0), "about 25": ((4310.0, 172.0), 1.0)}
    for figure, (pair, scale) in traps.items():
        found = _pair_gives(figure, _paragraph_of(unverifiable[figure]), scale)
        assert pair in found, (figure, found)
    quarter = unverifiable["perhaps a quarter"]
    nums = [n for n in _numbers(_paragraph_of(quarter)) if n]
    assert not any(0.2 < a / b < 0.3 for a, b in permutations(nums, 2))
    assert unverifiable["heavier"]["kind"] == "comparison"


def test_durations_follow_from_the_printed_dates() -> None:
    journey = _only("twenty-seven days")
    assert (date(1944, 1, 14) - date(1943, 12, 28)).days == _value(journey) == 17
    assert "28 December" in _paragraph_of(journey) and "14 January 1944" in _paragraph_of(
        journey)
    recount = _only("seven weeks")
    assert (date(1945, 5, 21) - date(1945, 4, 2)).days == 49 and _value(recount) == 7
    assert "2 April to 21 May 1945" in _paragraph_of(recount)
    recall = _only("a sixteen-month")
    assert _value(recall) == 16
    assert "March 1944" in _paragraph_of(recall) and "July 1945" in _paragraph_of(recall)
    exile = _only("twelve years")
    assert _value(exile) == 12
    assert "January 1944" in _paragraph_of(exile) and "March 1956" in _paragraph_of(exile)


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == _value(claim), (claim, items)
        expected = str(claim.get("intended", claim["figure"]))
        assert WORDS[expected.lower()] == len(items), (claim, items)
    assert sum(c["verdict"] == "inconsistent" for c in counts) == 1


def test_sums_of_percentages_and_parts() -> None:
    uluses = [19840, 17215, 15960, 14380, 13105, 11370]
    assert sum(uluses) == 91870 and max(uluses) == 19840
    assert sum([24610, 20935, 22480, 21120]) == 89145 == 39460 + 49685
    assert 8420 == 4980 + 3440
    assert 52 + 21 + 12 + 9 + 6 == 100


def test_the_article_has_the_planned_shape() -> None:
    assert 55 <= len(CLAIMS) <= 62
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert set(kinds) == KINDS
    assert kinds == {"share": 12, "sum": 7, "remainder": 5, "rate": 9, "multiple": 9,
                     "comparison": 7, "count": 4, "duration": 4, "chain": 3}
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    assert verdicts == {"consistent": 44, "inconsistent": 10, "unverifiable": 4,
                        "ambiguous": 2}
    assert {c["split"] for c in CLAIMS} == {"heldout11"}
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
