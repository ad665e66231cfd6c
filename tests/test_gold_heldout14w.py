"""Checks the blind held-out gold article ``iranop1938`` (issue #14) on its own terms: the
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
from make_gold_iranop1938 import iranop1938  # noqa: E402

NAME = "iranop1938"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "thirteen": 13, "eighteen": 18}
# Bounds (inclusive) that a ratio must fall in for the words to describe it.
FRACTIONS = {
    "more than a third": (0.34, 0.40),
    "nearly half": (0.45, 0.5),
    "about half": (0.45, 0.55),
    "halved": (0.45, 0.55),
    "doubled": (1.9, 2.1),
    "twice as many": (1.9, 2.1),
    "more than twice": (2.0, 3.0),
    "tripled": (2.85, 3.15),
    "quadrupled": (3.8, 4.2),
}
# A place in an order: descending for "third", ascending for "lowest" and "second-lowest".
RANKS = {"third": 3, "lowest": 1, "second-lowest": 2}
# The second reading of each ambiguous claim (the YAML formula is the first): Aktyubinsk's
# share of the persons entrained rather than of the arrivals, and the fall of the consulate's
# register rather than what was left of it.
OTHER_READING = {"16 percent": "1317/8153*100", "about half": "(12400-6150)/12400"}
# Unverifiable claims planted beside unrelated figures that happen to give the same arithmetic:
# houses handed to the frontier post, and families against head of cattle.
TRAPS = {"20 percent": ("30/150", 0.2), "about a quarter": ("48/192", 0.25)}


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
    art = iranop1938()
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
    assert fits("about 1,250", 1254.9) and not fits("about 1,250", 1255.1)
    assert fits("48.2 percent", 48.2499) and not fits("48.3 percent", 48.2499)
    assert fits("1,165", 1164.71) and not fits("1,165", 1164.4)
    assert not fits("tripled", 1.99) and fits("doubled", 1.99) and not fits("quadrupled", 3.07)
    assert not fits("nearly half", 0.51) and fits("about half", 0.51)
    assert not fits("five", 4) and not fits("harsher", False)
    assert fits("nearly nine months", 8.9) and not fits("five weeks", 7)
    assert fits("one arrest in thirteen", 12.88) and not fits("one arrest in thirteen", 12.4)
    assert fits("lowest", 1) and not fits("lowest", 2) and fits("third", 3)
