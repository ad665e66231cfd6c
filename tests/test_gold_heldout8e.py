"""The blind held-out gold article ``refugees1915`` (issue #14, round eight, writer e): the
committed text and YAML agree with each other and with their generator, and each claim's own
arithmetic, redone here, says what its verdict says. Figures are read by a small reader made
for this one article's wording, not by borderlands.figures."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
NAME = "refugees1915"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}

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
# Chance traps: unverifiable claims whose paragraph prints two figures, about other things,
# that reproduce them; (part, whole) as printed.
TRAPS = {"about a third": ("620", "1,860"), "45.8 percent": ("13,820", "30,150")}
# Ambiguous falls: (from, to) as printed; the share kept and the fall are the same figure.
FALLS = {"50.0%": ("6,480", "3,240"), "50 percent": ("4,260", "2,130")}
APPROX = re.compile(r"^(about|nearly|some) ")
NUMERIC = re.compile(r"^(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?"
                     r"( percent| per cent|%| per 1,000| rubles)?$")


@pytest.fixture(scope="module")
def text() -> str:
    return (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims() -> list[dict[str, object]]:
    return list(yaml.safe_load((GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))["claims"])


def value_of(claim: dict[str, object]) -> float:
    """The claim's own arithmetic (sorted() is the only name a formula may use)."""
    return eval(str(claim["formula"]), {"__builtins__": {}, "sorted": sorted})


def fits(figure: str, kind: str, value: float) -> bool:
    """Whether a printed figure (or an intended one) honestly says ``value``."""
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


def paragraph_of(text: str, claim: dict[str, object]) -> str:
    start = text.rfind("\n\n", 0, int(claim["start"])) + 2  # type: ignore[call-overload]
    end = text.find("\n\n", int(claim["end"]))  # type: ignore[call-overload]
    return text[start : end if end != -1 else len(text)]


def test_offsets_cut_out_each_figure(text: str, claims: list[dict[str, object]]) -> None:
    last_end = 0
    for c in claims:
        start, end = int(c["start"]), int(c["end"])  # type: ignore[call-overload]
        assert text[start:end] == c["figure"], c
        assert start >= last_end, c
        last_end = end


def test_generator_writes_what_is_committed(tmp_path: Path) -> None:
    for script in ("make_gold.py", f"make_gold_{NAME}.py"):
        shutil.copy(GOLD / script, tmp_path / script)
    done = subprocess.run([sys.executable, str(tmp_path / f"make_gold_{NAME}.py")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.count("\n") >= 55
    for suffix in (".txt", ".yaml"):
        made = (tmp_path / f"{NAME}{suffix}").read_text(encoding="utf-8")
        assert made == (GOLD / f"{NAME}{suffix}").read_text(encoding="utf-8"), suffix


def test_composition(text: str, claims: list[dict[str, object]]) -> None:
    kinds = Counter(str(c["kind"]) for c in claims)
    verdicts = Counter(str(c["verdict"]) for c in claims)
    slips = Counter(str(c["kind"]) for c in claims if c["verdict"] == "inconsistent")
    assert 55 <= len(claims) <= 62
    assert set(kinds) == KINDS
    assert {c["split"] for c in claims} == {"heldout8"}
    assert sum(slips.values()) >= 9 and len(slips) >= 7
    assert {"rate", "comparison"} <= set(slips)
    assert verdicts["unverifiable"] >= 4 and verdicts["ambiguous"] >= 2
    assert set(verdicts) == {"consistent", "inconsistent", "unverifiable", "ambiguous"}
    assert 12 <= len(text.strip().split("\n\n")) - 1 <= 16


def test_consistent_claims_reproduce_their_printed_figure(
        claims: list[dict[str, object]]) -> None:
    consistent = [c for c in claims if c["verdict"] == "consistent"]
    assert len(consistent) >= 40
    for c in consistent:
        assert "intended" not in c, c
        assert fits(str(c["figure"]), str(c["kind"]), value_of(c)), c


def test_slips_give_their_intended_figure_and_not_the_printed_one(
        claims: list[dict[str, object]]) -> None:
    for c in claims:
        if c["verdict"] != "inconsistent":
            continue
        value = value_of(c)
        assert fits(str(c["intended"]), str(c["kind"]), value), c
        assert not fits(str(c["figure"]), str(c["kind"]), value), c
        printed = NUMERIC.match(APPROX.sub("", str(c["figure"])))
        if printed:  # clearly wrong, not a rounding matter
            number = float((printed.group(1) + (printed.group(2) or "")).replace(",", ""))
            assert abs(number - value) / value > 0.02, c


def test_unverifiable_claims_have_no_inputs(claims: list[dict[str, object]]) -> None:
    for c in claims:
        if c["verdict"] == "unverifiable":
            assert "formula" not in c and "intended" not in c, c
        else:
            assert "formula" in c, c


def test_chance_traps_are_reproduced_by_unrelated_figures(
        text: str, claims: list[dict[str, object]]) -> None:
    traps = {str(c["figure"]): c for c in claims if c["verdict"] == "unverifiable"}
    assert set(TRAPS) <= set(traps)
    for figure, (part, whole) in TRAPS.items():
        paragraph = paragraph_of(text, traps[figure])
        assert part in paragraph and whole in paragraph, figure
        ratio = float(part.replace(",", "")) / float(whole.replace(",", ""))
        kind = str(traps[figure]["kind"])
        assert fits(figure, kind, ratio * 100 if kind == "share" else ratio), figure


def test_ambiguous_falls_read_both_ways(text: str, claims: list[dict[str, object]]) -> None:
    ambiguous = {str(c["figure"]): c for c in claims if c["verdict"] == "ambiguous"}
    assert set(ambiguous) == set(FALLS)
    for figure, (before, after) in FALLS.items():
        assert f"from {before}" in paragraph_of(text, ambiguous[figure])
        b, a = float(before.replace(",", "")), float(after.replace(",", ""))
        assert fits(figure, "share", a / b * 100) and fits(figure, "share", (b - a) / b * 100)


def test_counts_match_the_lists_printed_after_them(
        text: str, claims: list[dict[str, object]]) -> None:
    counts = [c for c in claims if c["kind"] == "count"]
    assert len(counts) >= 4
    for c in counts:
        rest = text[int(c["end"]):]  # type: ignore[call-overload]
        listed = rest[rest.index(":") + 1 : rest.index(".")]
        *head, last = listed.split(", ")  # "a, b and c": only the last "and" joins items
        items = [*head, *last.partition(" and ")[::2]]
        assert value_of(c) == len(items), c
        right = c.get("intended", c["figure"])
        assert NUMBER_WORDS[str(right)] == len(items), c
        if c["verdict"] == "inconsistent":
            assert NUMBER_WORDS[str(c["figure"])] != len(items), c


def test_durations_match_the_printed_dates(text: str, claims: list[dict[str, object]]) -> None:
    durations = {str(c["figure"]): c for c in claims if c["kind"] == "duration"}
    assert set(durations) == set(DURATIONS)
    for figure, (start, end, unit) in DURATIONS.items():
        c = durations[figure]
        span = (end - start).days / unit
        assert math.isclose(span, value_of(c), abs_tol=0.02), figure
        right = str(c.get("intended", figure))
        assert duration_fits(right, span), figure
        assert duration_fits(figure, span) == (c["verdict"] == "consistent"), figure
        assert str(start.year) in paragraph_of(text, c), figure
