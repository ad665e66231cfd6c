"""Checks on the held-out gold article ``kulakexile`` (issue #14, split ``heldout10``): the text
and the YAML agree, the generator writes what is committed, every consistent or ambiguous
claim's formula gives the printed figure at its printed precision, every planted slip's formula
gives its intended figure and not the printed one (and is the slip it was meant to be), the
ambiguities and the chance traps are really in their paragraphs, and the dates, lists and
shape are as planned. Figures are read by a small reader of our own, independent of
borderlands.figures."""

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
from make_gold_kulakexile import kulakexile  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "kulakexile.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "kulakexile.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the title line is not a paragraph

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12,
         "fifteen": 15, "sixteen": 16}
UNITS = ("-month", " weeks", " years")
# A multiple or fraction in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "halved": (0.45, 0.55),
    "doubled": (1.9, 2.1),
    "more than doubled": (2.0, 3.0),
    "tripled": (2.85, 3.15),
    "nearly three times as many": (2.6, 3.0),
    "about a fifth": (0.18, 0.22),
    "over half": (0.5, 0.75),
    "two-thirds": (0.64, 0.69),
    "five-sixths": (0.81, 0.86),
    "the great majority": (0.8, 1.0),
}
# A rank or comparison word and the word a slip should have used instead.
OPPOSITES = {"highest": "second highest"}


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
    for unit in UNITS:
        text = text.removesuffix(unit)
    assert text in WORDS, figure
    return round(value) == WORDS[text]


def _value(claim: dict[str, object]) -> float:
    return eval(str(claim["formula"]), {"__builtins__": {"sorted": sorted}})


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])  # type: ignore[call-overload]
    return next(p for p in PARAGRAPHS if TEXT.index(p) <= start < TEXT.index(p) + len(p))


def _numbers(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)]


def _pairs_giving(figure: str, paragraph: str, percent: bool) -> list[tuple[float, float]]:
    """The pairs of figures printed in the paragraph whose quotient (times 100 for a
    percentage) reads as ``figure``: what a checker matching blindly could pick."""
    nums = sorted(set(_numbers(paragraph)) - set(_numbers(figure)))
    return [(a, b) for a, b in permutations(nums, 2)
            if reads_as(figure, a / b * (100 if percent else 1))]


def _only(figure: str) -> dict[str, object]:
    (claim,) = [c for c in CLAIMS if c["figure"] == figure]
    return claim


def _count(text: str) -> int:
    return int(text.replace(",", ""))


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("14.1 percent", 14.10) and not reads_as("14.1 percent", 14.16)
    assert reads_as("29.8%", 29.79) and not reads_as("29.8%", 29.74)
    assert reads_as("46 per cent", 46.21) and not reads_as("46 per cent", 46.6)
    assert reads_as("about 450", 452.53) and not reads_as("about 450", 455.2)
    assert reads_as("about 4.9", 4.939) and not reads_as("about 4.9", 4.96)
    assert reads_as("120.5 per 1,000", 120.527) and not reads_as("11.3 per 1,000", 111.3)
    assert reads_as("eight", 8.001) and not reads_as("eight", 8.6)
    assert reads_as("sixteen-month", 16) and reads_as("sixteen weeks", 113 / 7)
    assert reads_as("ten weeks", 10.0) and not reads_as("twelve weeks", 10.0)
    assert reads_as("doubled", 2.02) and not reads_as("tripled", 2.02)
    assert reads_as("five-sixths", 0.833) and not reads_as("two-thirds", 0.833)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim  # type: ignore[call-overload]


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    kulakexile().write()
    assert (tmp_path / "kulakexile.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "kulakexile.yaml").read_text(encoding="utf-8") == YAML_TEXT


def test_consistent_and_ambiguous_formulas_give_the_printed_figure() -> None:
    checked = 0
    for claim in CLAIMS:
        if claim["verdict"] not in {"consistent", "ambiguous"}:
            continue
        assert "intended" not in claim, claim
        value = _value(claim)
        if isinstance(value, bool):
            assert claim["kind"] == "comparison" and value, claim
        else:
            assert reads_as(str(claim["figure"]), value), (claim, value)
        checked += 1
    assert checked >= 44


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    for claim in slips:
        printed, intended, value = str(claim["figure"]), str(claim["intended"]), _value(claim)
        assert printed != intended, claim
        if isinstance(value, bool):
            assert value and OPPOSITES[printed] == intended, claim
            continue
        assert reads_as(intended, value), (claim, value)
        assert not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_transposed_and_dropped_digits() -> None:
    """65.1 and 1,261 swap two digits of 56.1 and 1,621; 11.3 drops a 1 from 111.3."""
    for printed, intended in (("65.1 percent", "56.1"), ("1,261", "1,621")):
        claim = _only(printed)
        assert claim["intended"] == intended
        a, b = NUMBER.search(printed).group(0), intended  # type: ignore[union-attr]
        assert sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2, claim
    dropped = _only("11.3 per 1,000")
    intended = str(dropped["intended"])
    assert reads_as(intended, _value(dropped))
    assert "11.3" in {intended[:i] + intended[i + 1 :] for i in range(len(intended))}


def test_the_wagon_slip_used_the_neighbouring_total() -> None:
    """33.8 persons a wagon is the 32,016 on the lists over the 946 wagons, not the 15,386
    who were sent; both totals are printed in the same paragraph."""
    claim = _only("33.8")
    assert claim["intended"] == "16.3"
    assert reads_as("33.8", 32016 / 946) and not reads_as("33.8", 15386 / 946)
    assert {32016.0, 15386.0, 946.0} <= set(_numbers(_paragraph_of(claim)))


def test_the_decline_slip_printed_what_remained() -> None:
    claim = _only("82.0 percent")
    assert reads_as("82.0 percent", 338000 / 412000 * 100)
    assert reads_as(str(claim["intended"]), (412000 - 338000) / 412000 * 100)


def test_the_sum_slip_left_out_one_part() -> None:
    claim = _only("1,599")
    parts = [512, 646, 441, 193]
    assert _count(str(claim["intended"])) == sum(parts)
    assert sum(parts) - _count("1,599") in parts


def test_the_ranking_slip() -> None:
    """By deaths per arrival the points rank Sosnovyi Bor, Kholodnyi Ruchei, Lesnaya Pristan,
    Verkhnyaya Tolva: Kholodnyi Ruchei is second, not first."""
    rates = {"VT": 512 / 5214, "SB": 646 / 4502, "KR": 441 / 3418, "LP": 193 / 1734}
    assert sorted(rates, key=rates.__getitem__, reverse=True) == ["SB", "KR", "LP", "VT"]
    assert _only("highest")["verdict"] == "inconsistent"


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 1,450 children are 24 percent of the 6,130 listed and of the 5,938 on the trains;
    the 418 widows' complaints are 23 percent of the 1,846 received and the 1,790 examined."""
    readings = {"24 percent": ((1450, 6130), (1450, 5938)),
                "23 percent": ((418, 1846), (418, 1790))}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        numbers = set(_numbers(_paragraph_of(claim)))
        for part, whole in readings[str(claim["figure"])]:
            assert {part, whole} <= numbers, claim
            assert reads_as(str(claim["figure"]), part / whole * 100), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert len(unverifiable) == 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    traps = {"20 percent": (15.0, 75.0), "about 4": (48.0, 12.0)}  # beds, carpenters' huts
    for figure, claim in unverifiable.items():
        if claim["kind"] == "multiple":
            continue
        found = _pairs_giving(figure, _paragraph_of(claim), claim["kind"] == "share")
        if figure in traps:
            assert traps[figure] in found, (claim, found)
        else:
            assert found == [], (claim, found)
    assert set(traps) <= set(unverifiable)
    tenth = unverifiable["perhaps a tenth"]
    nums = _numbers(_paragraph_of(tenth))
    assert not any(0.08 <= a / b <= 0.12 for a, b in permutations(nums, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"sixteen weeks": (date(1930, 3, 6), date(1930, 6, 27)),
             "twelve weeks": (date(1932, 2, 8), date(1932, 4, 18))}
    for figure, (first, last) in spans.items():
        claim = _only(figure)
        days = (last - first).days
        assert _value(claim) == days / 7, claim
        for d in (first, last):
            assert f"{d.day} {d:%B}" in _paragraph_of(claim), (claim, d)
    assert not reads_as("twelve weeks", (date(1932, 4, 18) - date(1932, 2, 8)).days / 7)
    assert _value(_only("sixteen-month")) == (1931 - 1930) * 12 + 7 - 3 == 16
    assert _value(_only("fifteen years")) == 15


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))  # type: ignore[call-overload]
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == _value(claim), (claim, items)
    assert len(counts) == 4
    assert sum(c["verdict"] == "inconsistent" for c in counts) == 1


def test_the_article_has_the_planned_shape() -> None:
    assert 55 <= len(CLAIMS) <= 62
    assert set(Counter(str(c["kind"]) for c in CLAIMS)) == KINDS
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
