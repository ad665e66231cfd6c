"""Checks the blind held-out gold article ``ingria1935`` (issue #14) on its own terms: the
YAML matches the text and the generator, and each claim's formula, worked here without
borderlands.figures, gives what its verdict says (the printed figure at its printed precision
for a consistent claim, ``intended`` and not the printed figure for a slip)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
sys.path.insert(0, str(GOLD))
from make_gold import MARK  # noqa: E402
from make_gold_ingria1935 import ingria1935  # noqa: E402

NAME = "ingria1935"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eighteen": 18, "nineteen": 19,
         "twenty": 20, "forty": 40}
# Bounds (inclusive) that a value must fall in for the words to describe it: a ratio for most,
# a count for "some four thousand".
FRACTIONS = {
    "one in five": (0.18, 0.22),
    "over four-fifths": (0.8, 0.85),
    "halved": (0.45, 0.55),
    "almost twice": (1.85, 2.0),
    "twice as many": (1.9, 2.1),
    "doubled": (1.9, 2.1),
    "more than doubled": (2.0, 3.0),
    "tripled": (2.85, 3.15),
    "some four thousand": (3800.0, 4200.0),
}
RANKS = {"largest": 1, "second-largest": 2, "third": 3}
# The second reading of each ambiguous claim (the YAML formula is the first): the share of the
# persons loaded rather than those who arrived, and the fall in the schools rather than what was
# left of them.
OTHER_READING = {"12 per cent": "1802/14906*100", "50 per cent": "(96-48)/96*100"}
# Unverifiable claims planted beside unrelated figures that happen to give the same arithmetic:
# barracks over families at Leninabad, barns over houses in Kuyvozi.
TRAPS = {"20 per cent": ("48/240", 0.2), "about a quarter": ("315/1260", 0.25)}


def evaluate(formula: str) -> float | bool:
    return eval(formula, {"__builtins__": {"sorted": sorted, "max": max}})  # our own arithmetic


def fits(figure: str, value: float | bool) -> bool:
    """Whether ``figure`` as printed states ``value``: numbers at their printed precision
    ("about" to the last non-zero place), words by their number, range, place or truth."""
    text = figure.lower()
    if isinstance(value, bool):
        return value and not NUMBER.search(text) and text not in RANKS
    if text in FRACTIONS:
        lo, hi = FRACTIONS[text]
        return lo <= value <= hi
    if text in RANKS:
        return RANKS[text] == value
    m = NUMBER.search(text)
    if m is None:
        words = [w for w in WORDS if re.search(rf"(?<![\w-]){w}(?!\w)", text)]
        assert len(words) == 1, figure
        return round(value) == WORDS[words[0]]
    digits = m.group().replace(",", "")
    printed = float(digits)
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    elif text.startswith("about"):
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    else:
        unit = 1.0
    return abs(value - printed) <= unit / 2 + 1e-9


def load() -> tuple[str, list[dict[str, object]]]:
    text = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
    data = yaml.safe_load((GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))
    return text, data["claims"]


TEXT, CLAIMS = load()


def paragraph_of(claim: dict[str, object]) -> str:
    start = TEXT.rfind("\n\n", 0, int(claim["start"]))  # type: ignore[call-overload]
    end = TEXT.find("\n\n", int(claim["end"]))  # type: ignore[call-overload]
    return TEXT[start : end if end != -1 else len(TEXT)]


def test_offsets_cut_out_each_figure() -> None:
    for c in CLAIMS:
        assert TEXT[c["start"] : c["end"]] == c["figure"], c  # type: ignore[misc]


def test_generator_gives_the_committed_text_and_claims() -> None:
    art = ingria1935()
    marked = art.title + "\n\n" + "\n\n".join(art.paragraphs) + "\n"
    assert MARK.sub(lambda m: m.group(2), marked) == TEXT
    assert len(art.claims) == len(CLAIMS)
    starts = []
    removed = 0
    for m in MARK.finditer(marked):
        starts.append(m.start() - removed)
        removed += len(m.group(0)) - len(m.group(2))
    keys = ("figure", "kind", "verdict", "intended", "formula")
    for made, kept, start in zip(art.claims, CLAIMS, starts, strict=True):
        assert {k: made.get(k) for k in keys} == {k: kept.get(k) for k in keys}
        assert kept["start"] == start
        assert kept["end"] == start + len(str(kept["figure"]))


def test_article_shape() -> None:
    paragraphs = TEXT.rstrip("\n").split("\n\n")[1:]
    assert 12 <= len(paragraphs) <= 16
    for p in paragraphs:
        assert 2 <= len(re.findall(r"[.!?](?:\s|$)", p)) <= 6, p


def test_counts_of_claims_kinds_verdicts_and_split() -> None:
    assert 55 <= len(CLAIMS) <= 62
    assert {c["kind"] for c in CLAIMS} == KINDS
    assert {c["split"] for c in CLAIMS} == {"heldout14"}
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "unverifiable" for c in CLAIMS) >= 4
    assert sum(c["verdict"] == "ambiguous" for c in CLAIMS) >= 2


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["verdict"] == "consistent"],
                         ids=lambda c: f"{c['start']}:{c['figure']}")
def test_consistent_formula_gives_printed_figure(claim: dict[str, object]) -> None:
    assert fits(str(claim["figure"]), evaluate(str(claim["formula"])))


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["verdict"] == "inconsistent"],
                         ids=lambda c: f"{c['start']}:{c['figure']}")
def test_slip_formula_gives_intended_not_printed(claim: dict[str, object]) -> None:
    value = evaluate(str(claim["formula"]))
    assert fits(str(claim["intended"]), value)
    assert not fits(str(claim["figure"]), value)
    m = NUMBER.search(str(claim["figure"]))
    if m is not None and not isinstance(value, bool):
        printed = float(m.group().replace(",", ""))
        assert abs(printed - value) / abs(value) > 0.02  # a slip, not a rounding matter


def test_ambiguous_claims_fit_both_readings() -> None:
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {c["figure"] for c in ambiguous} == set(OTHER_READING)
    for c in ambiguous:
        other = OTHER_READING[str(c["figure"])]
        assert fits(str(c["figure"]), evaluate(str(c["formula"])))
        assert fits(str(c["figure"]), evaluate(other))
        assert c["formula"] != other


def test_unverifiable_claims_carry_no_formula() -> None:
    for c in CLAIMS:
        assert (c["verdict"] == "unverifiable") == ("formula" not in c), c


def test_traps_sit_beside_figures_that_give_their_arithmetic() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert set(TRAPS) <= set(unverifiable)
    for figure, (formula, value) in TRAPS.items():
        assert evaluate(formula) == pytest.approx(value)
        paragraph = paragraph_of(unverifiable[figure])
        for n in NUMBER.findall(formula):
            assert re.search(rf"(?<![\d,]){int(n):,}(?![\d,])", paragraph), (figure, n)


def test_fits_rejects_near_misses() -> None:
    assert fits("about 830", 828.1) and not fits("about 830", 824.9)
    assert fits("19.5 %", 19.4888) and not fits("19.4 %", 19.4888)
    assert fits("12 per cent", 12.49) and not fits("12 per cent", 12.51)
    assert not fits("tripled", 2.03) and fits("doubled", 2.03)
    assert not fits("almost twice", 2.01) and not fits("over four-fifths", 0.79)
    assert not fits("five", 4) and not fits("larger", False)
    assert fits("more than nineteen years", 19.33) and not fits("eighteen years", 20)
    assert fits("some four thousand", 4030) and not fits("some four thousand", 4500)
    assert fits("third", 3) and not fits("largest", 2)
