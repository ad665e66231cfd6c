"""Checks on the blind held-out gold article ``baltic1941`` (issue #14, split ``heldout10``):
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
from make_gold_baltic1941 import baltic1941  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "baltic1941.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "baltic1941.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title line

NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "thirteen": 13, "fifteen": 15,
         "seventeen": 17, "eighteen": 18}
ORDINALS = {"second": 2, "third": 3}
UNITS = (" days", "-month", " months", " years")
# A multiple, fraction or "N times" in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "halved": (0.45, 0.55),
    "doubled": (1.9, 2.1),
    "more than doubled": (2.0, 3.0),
    "tripled": (2.85, 3.15),
    "about a fifth": (0.18, 0.22),
    "two-thirds": (0.64, 0.69),
    "nearly two-thirds": (0.6, 0.667),
    "over half": (0.5, 0.6),
    "most": (0.5, 1.0),
    "the great majority": (0.75, 1.0),
    "more than three times as many": (3.0, 4.0),
    "nearly four times": (3.6, 4.0),
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
    names = {"__builtins__": {"max": max, "min": min, "sorted": sorted}, "date": date}
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
    assert reads_as("85.4 percent", 85.36) and not reads_as("85.4 percent", 85.46)
    assert reads_as("4.4%", 4.436) and not reads_as("4.4%", 4.46)
    assert reads_as("52.8 per cent", 52.83) and not reads_as("52.8 per cent", 52.88)
    assert reads_as("about 450 per 1,000", 447.4) and not reads_as("about 450 per 1,000", 444.0)
    assert reads_as("about 33", 32.52) and not reads_as("about 33", 32.4)
    assert reads_as("2,416", 2416) and not reads_as("2,416", 2461)
    assert reads_as("nearly fifteen months", 14.7) and not reads_as("nearly fifteen months", 15.2)
    assert reads_as("eighteen-month", 18) and not reads_as("seventeen days", 18)
    assert reads_as("third", 3) and not reads_as("second", 3)
    assert reads_as("doubled", 2.01) and not reads_as("tripled", 2.01)
    assert reads_as("over half", 0.52) and not reads_as("the great majority", 0.52)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim  # type: ignore[call-overload]


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    baltic1941().write()
    assert (tmp_path / "baltic1941.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "baltic1941.yaml").read_text(encoding="utf-8") == YAML_TEXT


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
    # a digit dropped: 188 printed as 18
    assert _only("18", "remainder")["intended"] == "188" and "188".replace("8", "", 1) == "18"
    # the neighbouring total as base: 4,380 on the list, not the 3,742 taken, over 1,096
    rate = _only("4.0", "rate")
    assert reads_as("4.0", 4380 / 1096) and {4380.0, 3742.0, 1096.0} <= _numbers(
        _paragraph_of(rate))
    # two digits transposed: 44.7 printed as 47.4
    assert sorted("47.4") == sorted(str(_only("47.4 percent", "share")["intended"]))
    # a decline printed as the share that remained: 742 of 1,086 is 68.3 percent
    assert reads_as("68.3 percent", 742 / 1086 * 100)
    # a sum that leaves out a part: the 88 of 1948-1953
    assert 214 + 1163 == 1377 and _only("1,377", "sum")["intended"] == "1,465"
    # a wrong ranking: Liepkalne's 812 comes between Ozolmuiža's 1,046 and Sīļupe's 734
    assert 1046 > 812 > 734 and _only("second", "comparison")["intended"] == "third"


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """303 old men and 214 returned children: each a share of the 3,742 taken in June and of
    the 3,838 counted with the later echelon, both printed in the paragraph."""
    readings = {"8 percent": ((303, 3742), (303, 3838)),
                "6 percent": ((214, 3742), (214, 3838))}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        numbers = _numbers(_paragraph_of(claim))
        for part, whole in readings[str(claim["figure"])]:
            assert {part, whole} <= numbers, claim
            assert reads_as(str(claim["figure"]), part / whole * 100), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert len(unverifiable) >= 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    traps = {"15 percent": (18.0, 120.0), "about 7": (56.0, 8.0)}  # listing days/helpers,
    for figure, claim in unverifiable.items():                     # families/days on the river
        found = _pairs_giving(claim)
        if figure in traps:
            assert traps[figure] in found, (claim, found)
        else:
            assert found == [], (claim, found)
    assert set(traps) <= set(unverifiable)


def test_counts_match_the_lists_printed_after_them() -> None:
    for claim in (c for c in CLAIMS if c["kind"] == "count"):
        end = int(claim["end"])  # type: ignore[call-overload]
        listed = TEXT[TEXT.index(":", end) + 1 : TEXT.index(".", end)]
        items = [x for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if x.strip()]
        assert len(items) == _value(claim), (claim, items)


def test_durations_are_counted_from_dates_printed_in_their_paragraph() -> None:
    dates = {"seventeen days": ("16 June", "3 July"),
             "eighteen-month": ("July 1941", "January 1943"),
             "nearly fifteen months": ("5 September 1942", "14 June 1941"),
             "thirteen years": ("14 June 1941", "August 1956")}
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
    assert {str(c["split"]) for c in CLAIMS} == {"heldout10"}
    assert 12 <= len(PARAGRAPHS) <= 16
    for paragraph in PARAGRAPHS:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)
        assert 2 <= len(sentences) <= 6, paragraph
