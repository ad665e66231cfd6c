"""Checks on the held-out gold article ``transfer1946`` (issue #14, split ``heldout9``): the text
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
from make_gold_transfer1946 import transfer1946  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "transfer1946.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "transfer1946.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the title line is not a paragraph

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "five": 5, "eight": 8, "eleven": 11, "thirteen": 13,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "nineteen": 19}
UNITS = ("-month", " weeks", " years")
# A multiple or fraction in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "nearly halved": (0.5, 0.6),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "more than twice as many": (2.0, 3.0),
    "nearly three times": (2.6, 3.0),
    "about a fifth": (0.18, 0.22),
    "about two-thirds": (0.64, 0.69),
    "most": (0.5, 1.0),
    "the great majority": (0.75, 1.0),
}
OPPOSITES = {"higher": "lower", "lower": "higher"}


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
    return eval(str(claim["formula"]), {"__builtins__": {"max": max, "sorted": sorted}})


def _paragraph_of(claim: dict[str, object]) -> str:
    para = next(p for p in PARAGRAPHS if TEXT.index(p) <= int(claim["start"]) < TEXT.index(p)
                + len(p))
    return para


def _numbers(text: str) -> list[float]:
    return [float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)]


def _pair_gives(figure: str, paragraph: str, percent: bool) -> list[tuple[float, float]]:
    """The pairs of figures printed in the paragraph whose quotient (times 100 for a
    percentage) reads as ``figure``: what a checker matching blindly could pick."""
    nums = sorted(set(_numbers(paragraph)) - set(_numbers(figure)))
    return [(a, b) for a, b in permutations(nums, 2)
            if reads_as(figure, a / b * (100 if percent else 1))]


def _only(figure: str) -> dict[str, object]:
    (claim,) = [c for c in CLAIMS if c["figure"] == figure]
    return claim


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("73.7 percent", 73.72) and not reads_as("73.7 percent", 73.76)
    assert reads_as("7.6%", 7.579) and not reads_as("7.6%", 7.66)
    assert reads_as("41 per cent", 41.29) and not reads_as("41 per cent", 41.6)
    assert reads_as("about 4,900", 4930.56) and not reads_as("about 4,900", 4960.0)
    assert reads_as("1,135", 1135.38) and not reads_as("1,135", 1135.6)
    assert reads_as("about 3.5", 3.4985) and not reads_as("about 3.5", 3.44)
    assert reads_as("nineteen weeks", 19.0) and not reads_as("seventeen weeks", 19.0)
    assert reads_as("eight-month", 8.18) and not reads_as("eight-month", 8.6)
    assert reads_as("doubled", 1.947) and not reads_as("tripled", 1.947)
    assert reads_as("nearly halved", 0.52) and not reads_as("nearly halved", 0.48)
    assert reads_as("most", 0.64) and not reads_as("the great majority", 0.64)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    transfer1946().write()
    assert (tmp_path / "transfer1946.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "transfer1946.yaml").read_text(encoding="utf-8") == YAML_TEXT


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
    assert checked >= 42


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    for claim in slips:
        printed, intended, value = str(claim["figure"]), str(claim["intended"]), _value(claim)
        assert printed != intended, claim
        if isinstance(value, bool):
            assert value and OPPOSITES[intended] == printed, claim
            continue
        assert reads_as(intended, value), (claim, value)
        assert not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_the_wagon_slip_used_the_neighbouring_total() -> None:
    """30.6 persons a wagon is the 35,545 on the lists over the wagons, not the 34,020 who
    boarded; both totals are printed in the same paragraph."""
    claim = _only("30.6")
    assert claim["verdict"] == "inconsistent" and claim["intended"] == "29.3"
    assert reads_as("30.6", 35545 / 1160) and not reads_as("30.6", 34020 / 1160)
    assert {35545.0, 34020.0, 1160.0} <= set(_numbers(_paragraph_of(claim)))


def test_the_decline_slip_printed_what_remained() -> None:
    claim = _only("8.9 percent")
    assert reads_as("8.9 percent", 3412 / 38460 * 100)
    assert reads_as(str(claim["intended"]), (38460 - 3412) / 38460 * 100)


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The over-seventies are 4 percent of those listed and of those who boarded; the 286
    children are 24 percent of the train's list and of those on board."""
    readings = {"4 percent": ((1480, 35545), (1480, 34020)),
                "24 percent": ((286, 1196), (286, 1188))}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        numbers = set(_numbers(_paragraph_of(claim)))
        for part, whole in readings[str(claim["figure"])]:
            assert {part, whole} <= numbers, claim
            assert reads_as(str(claim["figure"]), part / whole * 100), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert len(unverifiable) >= 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    traps = {"20 percent": (7.0, 35.0), "about 4": (48.0, 12.0)}  # kitchens/taps, hours/men
    for figure, claim in unverifiable.items():
        if claim["kind"] == "multiple":
            continue
        found = _pair_gives(figure, _paragraph_of(claim), claim["kind"] == "share")
        if figure in traps:
            assert traps[figure] in found, (claim, found)
        else:
            assert found == [], (claim, found)
    assert set(traps) <= set(unverifiable)
    third = unverifiable["Perhaps a third"]
    nums = _numbers(_paragraph_of(third))
    assert not any(abs(a / b - 1 / 3) < 0.02 for a, b in permutations(nums, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"eight-month": (date(1946, 2, 22), date(1946, 10, 29), 30.44),
             "seventeen weeks": (date(1946, 3, 3), date(1946, 7, 14), 7)}
    for figure, (first, last, unit) in spans.items():
        claim = _only(figure)
        days = (last - first).days
        assert str(days) in str(claim["formula"]), claim
        assert _value(claim) == days / unit
        for d in (first, last):
            assert f"{d.day} {d:%B}" in _paragraph_of(claim), (claim, d)
    assert reads_as("nineteen weeks", (date(1946, 7, 14) - date(1946, 3, 3)).days / 7)
    months = (date(1946, 8, 14).year - date(1945, 5, 9).year) * 12 + 8 - 5
    assert months == _value(_only("fifteen-month")) == 15


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == _value(claim), (claim, items)
    assert sum(c["verdict"] == "inconsistent" for c in counts) == 1


def test_the_article_has_the_planned_shape() -> None:
    assert 55 <= len(CLAIMS) <= 62
    assert set(Counter(str(c["kind"]) for c in CLAIMS)) == KINDS
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "ambiguous" for c in CLAIMS) == 2
    assert {c["split"] for c in CLAIMS} == {"heldout9"}
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
