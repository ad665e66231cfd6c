"""Checks on the held-out gold article ``pontic1949`` (issue #14, split ``heldout10``): the text
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
from make_gold_pontic1949 import pontic1949  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "pontic1949.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "pontic1949.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the title line is not a paragraph

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "seven": 7, "eleven": 11,
         "eighteen": 18, "nineteen": 19, "twenty": 20}
UNITS = ("a ", "-month", " days", " years")
# A multiple or fraction in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "over two-thirds": (0.667, 0.75),
    "about three-fifths": (0.57, 0.63),
    "more than doubled": (2.0, 3.0),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "the great majority": (0.75, 1.0),
    "about a sixth": (0.15, 0.18),
    "nearly halved": (0.5, 0.6),
    "more than twice as many": (2.0, 3.0),
}
BOOLEAN_WORDS = {"larger", "least crowded", "largest", "more likely"}


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
                                                         "sorted": sorted}})


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])
    return next(p for p in PARAGRAPHS if TEXT.index(p) <= start < TEXT.index(p) + len(p))


def _numbers(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)]


def _pair_gives(figure: str, paragraph: str, scale: float) -> list[tuple[float, float]]:
    """The pairs of figures printed in the paragraph whose quotient (times ``scale``) reads as
    ``figure``: what a checker matching blindly could pick."""
    nums = sorted(set(_numbers(paragraph)) - set(_numbers(figure)))
    return [(a, b) for a, b in permutations(nums, 2) if reads_as(figure, a / b * scale)]


def _only(figure: str) -> dict[str, object]:
    (claim,) = [c for c in CLAIMS if c["figure"] == figure]
    return claim


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("60.4 percent", 60.377) and not reads_as("60.4 percent", 60.46)
    assert reads_as("17.8%", 17.794) and not reads_as("17.8%", 17.86)
    assert reads_as("about 65 per cent", 65.24) and not reads_as("about 65 per cent", 65.6)
    assert reads_as("about 2,350", 2347.9) and not reads_as("about 2,350", 2356.0)
    assert reads_as("about 780", 775.8) and not reads_as("about 780", 774.0)
    assert reads_as("1,707", 1707.0) and not reads_as("1,707", 1707.6)
    assert reads_as("a four-month", 4) and not reads_as("a four-month", 5)
    assert reads_as("nineteen days", 19) and reads_as("eleven", 10.996)
    assert reads_as("twenty years", 20) and not reads_as("twenty years", 18)
    assert reads_as("doubled", 29 / 14) and not reads_as("tripled", 29 / 14)
    assert reads_as("about a sixth", 0.171) and not reads_as("about a sixth", 0.2)


def test_offsets_cut_out_each_figure() -> None:
    assert CLAIMS
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    pontic1949().write()
    assert (tmp_path / "pontic1949.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "pontic1949.yaml").read_text(encoding="utf-8") == YAML_TEXT


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
    assert checked >= 44


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert slips
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
    # digits transposed: 64 printed as 46
    assert _only("46")["intended"] == "64" and 342 - 187 - 91 == 64
    # the neighbouring total as base: 812,000 over all property, not over the houses
    houses = _only("16.7 percent")
    assert reads_as("16.7 percent", 812 / 4862 * 100) and houses["intended"] == "27.9"
    assert {812000.0, 2915000.0, 4862000.0} <= set(_numbers(_paragraph_of(houses)))
    # a decline printed as the share that remained
    assert reads_as("71.7 percent", 1104 / 1540 * 100)
    assert _only("71.7 percent")["intended"] == "28.3"
    # a digit dropped: 163 per 1,000 printed as 13
    assert _only("13")["intended"] == "163"
    # a sum off by a part: 918 is the first two years without 1959
    assert 406 + 512 == 918 and _only("918")["intended"] == "1,214"
    # a wrong ranking: 1,236 is third after 1,862 and 1,540
    assert _only("second")["intended"] == "third" and 1862 > 1540 > 1236 > 1145


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 604 over sixty are 10 percent of the 6,148 listed and of the 5,806 taken; the fall
    at Zhanaturmys from 1,236 to 622 leaves 50 percent and takes away 50 percent."""
    readings = {"10 percent": (604 / 6148, 604 / 5806),
                "50 percent": (622 / 1236, (1236 - 622) / 1236)}
    inputs = {"10 percent": {604.0, 6148.0, 5806.0}, "50 percent": {1236.0, 622.0}}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        figure = str(claim["figure"])
        assert inputs[figure] <= set(_numbers(_paragraph_of(claim))), claim
        first, second = readings[figure]
        assert abs(first - second) > 0.002
        assert reads_as(figure, first * 100) and reads_as(figure, second * 100), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert len(unverifiable) == 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    # commission members over sitting days; convoy men over officers
    traps = {"25 percent": ((9.0, 36.0), 100.0), "about 12": ((528.0, 44.0), 1.0)}
    for figure, (pair, scale) in traps.items():
        found = _pair_gives(figure, _paragraph_of(unverifiable[figure]), scale)
        assert pair in found, (figure, found)
    third = unverifiable["perhaps a third"]
    nums = [n for n in _numbers(_paragraph_of(third)) if n]
    assert not any(abs(a / b - 1 / 3) < 0.03 for a, b in permutations(nums, 2))
    assert unverifiable["worse"]["kind"] == "comparison"


def test_durations_follow_from_the_printed_dates() -> None:
    road = _only("nineteen days")
    assert (date(1949, 7, 4) - date(1949, 6, 15)).days == _value(road) == 19
    assert "15 June" in _paragraph_of(road) and "4 July" in _paragraph_of(road)
    lists = _only("a four-month")
    start, end = date(1949, 2, 11), date(1949, 6, 15)
    assert (end.month - start.month) - (end.day < start.day) == _value(lists) == 4
    assert "11 February" in _paragraph_of(lists) and "15 June" in _paragraph_of(lists)
    for figure, first, last in (("seven years", 1949, 1956), ("twenty years", 1956, 1974)):
        claim = _only(figure)
        assert _value(claim) == last - first
        assert str(last) in _paragraph_of(claim)


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


def test_the_article_has_the_planned_shape() -> None:
    assert 55 <= len(CLAIMS) <= 62
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert set(kinds) == KINDS
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "ambiguous" for c in CLAIMS) == 2
    assert {c["split"] for c in CLAIMS} == {"heldout10"}
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
