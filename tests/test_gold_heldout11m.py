"""Checks on the blind held-out gold article ``koreanraion`` (issue #14, split ``heldout11``):
the text and the YAML agree, the generator writes what is committed, every consistent or
ambiguous claim's formula gives the printed figure at its printed precision, every planted slip's
formula gives its intended figure and not the printed one, the ambiguities have two printed
readings, the chance traps really are in their paragraphs, and the article has the planned
shape. Printed figures are read by a small reader of our own, apart from borderlands.figures."""

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
from make_gold_koreanraion import koreanraion  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "koreanraion.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "koreanraion.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title line

NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "five": 5, "eleven": 11, "fourteen": 14, "sixteen": 16,
         "nineteen": 19, "thirty-nine": 39}
ORDINALS = {"second": 2, "third": 3}
UNITS = (" days", "-month", " years")
# A multiple or fraction in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "twice": (1.9, 2.1),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "halved": (0.45, 0.55),
    "about a fifth": (0.18, 0.22),
    "two-thirds": (0.64, 0.69),
    "five-sixths": (0.81, 0.86),
    "the great majority": (0.75, 1.0),
    "more than four times": (4.0, 5.0),
}


def reads_as(figure: str, value: float) -> bool:
    """Whether ``figure`` as printed is what ``value`` gives at the printed precision. A round
    figure after "about" counts from its last non-zero digit; "nearly N" must not exceed N."""
    text = figure.lower()
    if text in RATIOS:
        low, high = RATIOS[text]
        return low <= value <= high
    if text in ORDINALS:
        return value == ORDINALS[text]
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
    nearly = text.startswith("nearly ")
    text = text.removeprefix("nearly ")
    for unit in UNITS:
        text = text.removesuffix(unit)
    assert text in WORDS, figure
    return round(value) == WORDS[text] and (not nearly or value <= WORDS[text])


def _value(claim: dict[str, object]) -> float:
    names = {"__builtins__": {"max": max, "sorted": sorted}, "date": date}
    return eval(str(claim["formula"]), names)  # the gold's own arithmetic, no input from outside


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])  # type: ignore[call-overload]
    return next(p for p in PARAGRAPHS if TEXT.index(p) <= start < TEXT.index(p) + len(p))


def _numbers(text: str) -> set[float]:
    return {float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)}


def _pairs_giving(claim: dict[str, object]) -> list[tuple[float, float]]:
    """The pairs of figures printed in the claim's paragraph whose quotient (times 100 for a
    share) reads as the claim's figure: what a checker matching blindly could pick up."""
    figure = str(claim["figure"])
    nums = sorted(_numbers(_paragraph_of(claim)) - _numbers(figure))
    scale = 100 if claim["kind"] == "share" else 1
    return [(a, b) for a, b in permutations(nums, 2) if reads_as(figure, a / b * scale)]


def _only(figure: str, kind: str) -> dict[str, object]:
    (claim,) = [c for c in CLAIMS if c["figure"] == figure and c["kind"] == kind]
    return claim


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("29.7 percent", 29.71) and not reads_as("29.7 percent", 29.76)
    assert reads_as("10.7 per cent", 10.68) and not reads_as("10.7 per cent", 10.64)
    assert reads_as("19.6 per 1,000", 19.64) and not reads_as("19.6 per 1,000", 19.66)
    assert reads_as("about 1,250", 1253.8) and not reads_as("about 1,250", 1256.0)
    assert reads_as("about 600", 603.3) and not reads_as("about 600", 660.0)
    assert reads_as("1,118", 1118) and not reads_as("1,118", 118)
    assert reads_as("nearly five", 4.96) and not reads_as("nearly five", 5.04)
    assert reads_as("sixteen-month", 16) and not reads_as("fourteen days", 11)
    assert reads_as("third", 3) and not reads_as("second", 3)
    assert reads_as("doubled", 2.03) and not reads_as("tripled", 2.03)
    assert reads_as("five-sixths", 0.834) and not reads_as("two-thirds", 0.834)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim  # type: ignore[call-overload]


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    koreanraion().write()
    assert (tmp_path / "koreanraion.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "koreanraion.yaml").read_text(encoding="utf-8") == YAML_TEXT


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
        assert printed != intended and not isinstance(value, bool), claim
        assert reads_as(intended, value), (claim, value)
        assert not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_each_slip_is_the_kind_of_mistake_it_was_planted_as() -> None:
    # two digits transposed: 18.5 printed as 15.8
    assert sorted("15.8") == sorted(str(_only("15.8 percent", "share")["intended"]))
    # a digit dropped: 142 per 1,000 printed as 42
    assert str(_only("42 per 1,000", "rate")["intended"]) == "142 per 1,000"
    # a digit doubled: 118 printed as 1,118
    assert _only("1,118", "remainder")["intended"] == "118"
    # the neighbouring total as base: the 11,486 listed, not the 11,102 who boarded
    rate = _only("27.9", "rate")
    assert reads_as("27.9", 11486 / 412) and {11486.0, 11102.0, 412.0} <= _numbers(
        _paragraph_of(rate))
    # a sum that leaves out a part: Lugovoe's 1,227
    assert 2241 + 1730 == 3971 and _only("3,971", "sum")["intended"] == "5,198"
    # a decline printed as the share that remained: 1,036 of 1,480 is 70 percent
    assert reads_as("70 percent", 1036 / 1480 * 100)
    # a wrong ranking: No. 1's 36 deaths come after No. 3's 52 and No. 5's 41
    assert 52 > 41 > 36 and _only("second", "comparison")["intended"] == "third"
    # a wrong multiple word: 212 to 431 is a doubling
    assert _only("tripled", "multiple")["intended"] == "doubled"
    # a wrong list count and a miscounted duration
    fives = {str(c["verdict"]) for c in CLAIMS if c["figure"] == "five" and c["kind"] == "count"}
    assert fives == {"consistent", "inconsistent"}
    assert (date(1937, 9, 9) - date(1937, 8, 29)).days == 11


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """790 old people: a share of the 11,102 who boarded and of the 11,486 listed, both printed
    in the paragraph; 3,190 hectares against 6,380: what was kept and what was lost."""
    readings = {"7 percent": (790 / 11102 * 100, 790 / 11486 * 100),
                "50 percent": (3190 / 6380 * 100, (6380 - 3190) / 6380 * 100)}
    inputs = {"7 percent": {790.0, 11102.0, 11486.0}, "50 percent": {3190.0, 6380.0}}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        assert inputs[str(claim["figure"])] <= _numbers(_paragraph_of(claim)), claim
        assert all(reads_as(str(claim["figure"]), v) for v in readings[str(claim["figure"])])
    # the two readings of the old people's share are two different wholes, not one rounded twice
    assert abs(790 / 11102 - 790 / 11486) * 100 > 0.2


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert len(unverifiable) >= 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    traps = {"10 percent": (15.0, 148.0),  # orderlies in the escort, not stoveless wagons
             "about 25 percent": (54.0, 218.0)}  # old people among the dead, not dysentery
    for figure, claim in unverifiable.items():
        found = _pairs_giving(claim)
        if figure in traps:
            assert traps[figure] in found, (claim, found)
        else:
            assert found == [], (claim, found)
    assert set(traps) <= set(unverifiable)


def test_counts_match_the_lists_printed_after_them() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        end = int(claim["end"])  # type: ignore[call-overload]
        listed = TEXT[TEXT.index(":", end) + 1 : TEXT.index(".", end)]
        items = [x for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if x.strip()]
        assert len(items) == _value(claim), (claim, items)


def test_durations_are_counted_from_dates_printed_in_their_paragraph() -> None:
    dates = {"fourteen days": ("29 August", "9 September 1937"),
             "thirty-nine days": ("24 September", "2 November"),
             "sixteen-month": ("September 1937", "January 1939"),
             "nineteen years": ("1937", "1956")}
    durations = [c for c in CLAIMS if c["kind"] == "duration"]
    assert {str(c["figure"]) for c in durations} == set(dates)
    for claim in durations:
        paragraph = _paragraph_of(claim)
        assert all(d in paragraph for d in dates[str(claim["figure"])]), claim


def test_shape_of_the_article() -> None:
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    slip_kinds = {str(c["kind"]) for c in CLAIMS if c["verdict"] == "inconsistent"}
    assert 55 <= len(CLAIMS) <= 62
    assert set(kinds) == KINDS
    assert verdicts["inconsistent"] >= 9 and len(slip_kinds) >= 7
    assert {"rate", "comparison"} <= slip_kinds
    assert verdicts["ambiguous"] == 2 and verdicts["unverifiable"] >= 4
    assert {str(c["split"]) for c in CLAIMS} == {"heldout11"}
    assert 12 <= len(PARAGRAPHS) <= 16
    for paragraph in PARAGRAPHS:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)
        assert 2 <= len(sentences) <= 6, paragraph
