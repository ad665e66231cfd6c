"""Checks on the held-out gold article ``mountainpeople`` (issue #14, split ``heldout9``): the
text and the YAML agree, the generator writes what is committed, each consistent claim's
formula gives the printed figure at its printed precision, each planted slip's formula gives
its intended figure and not the printed one, and the chance traps and the two ambiguities are
really in the text. Figures are read here by a small reader of our own, apart from
borderlands.figures."""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
sys.path.insert(0, str(GOLD))

import make_gold  # noqa: E402
from make_gold_mountainpeople import mountainpeople  # noqa: E402

NAME = "mountainpeople"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
NUMERIC = {"share", "sum", "remainder", "rate", "chain"}
TEXT = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(
    (GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))["claims"]

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


def value(formula: object) -> object:
    return eval(str(formula), {"date": date})  # our own arithmetic, written in the generator


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


def fits(figure: str, kind: str, result: object) -> bool:
    """Whether the formula's result reproduces the figure as printed."""
    if kind in NUMERIC:
        printed, half = number(figure)
        return abs(float(result) - printed) <= half + 1e-9  # type: ignore[arg-type]
    if kind == "count":
        return WORD_NUMBERS[figure] == result
    if kind == "duration":
        if figure == "about five and a half months":
            return abs(float(result) - 5.5) <= 0.25  # type: ignore[arg-type]
        return number(figure)[0] == result
    if kind == "multiple":
        low, high = MULTIPLE_RANGES[figure]
        return low <= float(result) <= high  # type: ignore[arg-type]
    if kind == "comparison":
        if figure in ORDINALS:
            return ORDINALS[figure] == result
        return result is True
    raise AssertionError(kind)


def test_text_and_yaml_agree() -> None:
    assert TEXT.startswith("The removal of the Ardakh")
    for claim in CLAIMS:
        start, end = int(claim["start"]), int(claim["end"])  # type: ignore[arg-type]
        assert TEXT[start:end] == claim["figure"], claim
    starts = [int(c["start"]) for c in CLAIMS]  # type: ignore[arg-type]
    assert starts == sorted(starts)


def test_generator_writes_what_is_committed(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    mountainpeople().write()
    for ext in ("txt", "yaml"):
        written = (tmp_path / f"{NAME}.{ext}").read_text(encoding="utf-8")
        assert written == (GOLD / f"{NAME}.{ext}").read_text(encoding="utf-8"), ext


def test_shape_of_the_article() -> None:
    paragraphs = TEXT.rstrip("\n").split("\n\n")[1:]
    assert 12 <= len(paragraphs) <= 16
    assert 55 <= len(CLAIMS) <= 62
    assert {c["split"] for c in CLAIMS} == {"heldout9"}
    assert {c["kind"] for c in CLAIMS} == KINDS
    verdicts = Counter(c["verdict"] for c in CLAIMS)
    assert verdicts["unverifiable"] >= 4
    assert verdicts["ambiguous"] >= 2
    assert set(verdicts) == {"consistent", "inconsistent", "unverifiable", "ambiguous"}


def test_slips_are_many_and_spread() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    kinds = {c["kind"] for c in slips}
    assert len(kinds) >= 7
    assert {"rate", "comparison"} <= kinds


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["verdict"] in
                                   ("consistent", "ambiguous")],
                         ids=lambda c: f"{c['kind']}:{c['figure']}")
def test_consistent_formula_gives_printed_figure(claim: dict[str, object]) -> None:
    assert claim.get("formula"), claim
    assert "intended" not in claim
    assert fits(str(claim["figure"]), str(claim["kind"]), value(claim["formula"])), claim


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["verdict"] == "inconsistent"],
                         ids=lambda c: f"{c['kind']}:{c['figure']}")
def test_slip_formula_gives_intended_not_printed(claim: dict[str, object]) -> None:
    kind, result = str(claim["kind"]), value(claim["formula"])
    assert fits(str(claim["intended"]), kind, result), claim
    assert not fits(str(claim["figure"]), kind, result), claim
    if kind in NUMERIC or kind == "duration":
        printed = number(str(claim["figure"]))[0]
        assert abs(printed - float(result)) / float(result) > 0.02, claim  # type: ignore[arg-type]


def test_unverifiable_claims_have_no_formula() -> None:
    unverifiable = [c for c in CLAIMS if c["verdict"] == "unverifiable"]
    assert all("formula" not in c and "intended" not in c for c in unverifiable)


def paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])  # type: ignore[arg-type]
    return TEXT[TEXT.rfind("\n\n", 0, start) : TEXT.find("\n\n", start)]


def only(figure: str) -> dict[str, object]:
    (claim,) = (c for c in CLAIMS if c["figure"] == figure)
    return claim


def test_chance_traps_are_in_their_paragraphs() -> None:
    # 470 teams of 3,920 officers happen to give 12 percent; the claim is about soldiers.
    soldiers = paragraph_of(only("12 percent"))
    assert "470 teams" in soldiers and "3,920 operational officers" in soldiers
    assert round(470 / 3920 * 100) == 12
    # 3,410 births against 1,140 hospital beds happen to give three; the claim is mortality.
    mortality = paragraph_of(only("about three times"))
    assert "3,410 births" in mortality and "1,140 beds" in mortality
    assert round(3410 / 1140) == 3


def test_ambiguous_claims_fit_two_readings() -> None:
    for claim in (c for c in CLAIMS if c["verdict"] == "ambiguous"):
        whole, part = (int(n.replace(",", "")) for n in
                       re.findall(r"\d[\d,]+", str(claim["formula"]))[:2][::-1])
        share, fall = part / whole * 100, (whole - part) / whole * 100
        printed = number(str(claim["figure"]))[0]
        assert round(share) == printed == round(fall), claim
        assert f"{whole:,}" in paragraph_of(claim) and f"{part:,}" in paragraph_of(claim)
