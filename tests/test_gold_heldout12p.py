"""Checks the blind held-out gold article ``crimea1944`` (issue #14) on its own terms: the YAML
matches the text and the generator, and each claim's formula, worked here without
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
from make_gold_crimea1944 import crimea1944  # noqa: E402

NAME = "crimea1944"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "six": 6, "twelve": 12, "eighteen": 18, "thirty-three": 33,
         "thirty-six": 36}
# Bounds (inclusive) that a ratio must fall in for the words to describe it.
FRACTIONS = {
    "over half": (0.5, 0.6),
    "halved": (0.45, 0.55),
    "doubled": (1.9, 2.1),
    "more than doubled": (2.0, 3.0),
    "tripled": (2.85, 3.15),
    "about four-fifths": (0.75, 0.85),
    "the great majority": (0.85, 1.0),
    "two-thirds": (0.65, 0.69),
    "more than four times as many": (4.0, 5.0),
}
RANKS = {"third-largest": 3, "fourth-largest": 4}
# The second reading of each ambiguous claim (the YAML formula is the first).
OTHER_READING = {"61.8 percent": "(3140-1941)/1941*100", "50 percent": "(12600-6300)/12600*100"}


def evaluate(formula: str) -> float | bool:
    return eval(formula, {"__builtins__": {"sorted": sorted}})  # our own gold arithmetic


def fits(figure: str, value: float | bool) -> bool:
    """Whether ``figure`` as printed states ``value``: numbers at their printed precision
    ("about" to the last non-zero place), words by their number, range or truth."""
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


def test_offsets_cut_out_each_figure() -> None:
    for c in CLAIMS:
        assert TEXT[c["start"] : c["end"]] == c["figure"], c  # type: ignore[misc]


def test_generator_gives_the_committed_text_and_claims() -> None:
    art = crimea1944()
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


def test_article_shape() -> None:
    paragraphs = TEXT.rstrip("\n").split("\n\n")[1:]
    assert 12 <= len(paragraphs) <= 16
    for p in paragraphs:
        assert 2 <= len(re.findall(r"[.!?](?:\s|$)", p)) <= 6, p


def test_counts_of_claims_kinds_verdicts_and_split() -> None:
    assert len(CLAIMS) >= 55
    assert {c["kind"] for c in CLAIMS} == KINDS
    assert {c["split"] for c in CLAIMS} == {"heldout12"}
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "unverifiable" for c in CLAIMS) >= 3
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
        assert fits(str(c["figure"]), evaluate(str(c["formula"])))
        assert fits(str(c["figure"]), evaluate(OTHER_READING[str(c["figure"])]))
        assert c["formula"] != OTHER_READING[str(c["figure"])]


def test_unverifiable_claims_carry_no_formula() -> None:
    for c in CLAIMS:
        assert (c["verdict"] == "unverifiable") == ("formula" not in c), c


def test_fits_rejects_near_misses() -> None:
    assert fits("about 3,020", 3017.0) and not fits("about 3,020", 3026.0)
    assert fits("23.5 percent", 23.497) and not fits("23.5 percent", 23.44)
    assert not fits("tripled", 2.05) and fits("doubled", 2.05)
    assert not fits("four", 3.2) and not fits("larger", False)
    assert fits("thirty-three years", 33) and not fits("thirty-six years", 33)
    assert fits("eighteen-month", 18.0) and not fits("eighteen-month", 17.4)
