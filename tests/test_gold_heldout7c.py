"""Checks on the held-out gold article ``exchange`` (issue #14, split ``heldout7``): the text
and the YAML agree, the generator writes what is committed, and every claim's own arithmetic
(its formula) gives the printed figure when the claim is consistent and the intended figure,
not the printed one, when it is a planted slip. The figures are read here by a small reader
of our own, independent of borderlands.figures."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
sys.path.insert(0, str(GOLD))

import make_gold  # noqa: E402
from make_gold_exchange import exchange  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "exchange.txt").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(
    (GOLD / "exchange.yaml").read_text(encoding="utf-8"))["claims"]

CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
FACTORS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
FRACTIONS = {"two-thirds": 2 / 3, "five-sixths": 5 / 6, "a quarter": 1 / 4, "a third": 1 / 3,
             "a fifth": 1 / 5, "half": 1 / 2}
COMPARATIVES = {"more likely", "higher", "less", "smallest", "largest", "lower", "more"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _rounds_to(value: float, printed: str, approximate: bool) -> bool:
    """True if ``value`` shows as ``printed`` at the printed precision. An approximate figure
    ("about 16,100") is taken at the place of its last significant digit."""
    digits = printed.replace(",", "")
    if "." in digits:
        places = len(digits.split(".")[1])
        return round(value, places) == round(float(digits), places)
    step = 1
    if approximate:
        while digits.endswith("0") and len(digits) > 1:
            digits = digits[:-1]
            step *= 10
    return round(value / step) * step == int(printed.replace(",", ""))


def matches(figure: str, value: float | bool) -> bool:
    """Whether a claim's figure, as a historian printed it, is what ``value`` gives."""
    text = figure.lower()
    if isinstance(value, bool):
        assert text in COMPARATIVES, figure
        return value
    approximate = text.startswith(("about ", "some ", "nearly ", "perhaps "))
    if m := re.fullmatch(r"(\w+) years and (\w+) months", text):
        return value == CARDINALS[m.group(1)] * 12 + CARDINALS[m.group(2)]
    if m := NUMBER.search(text):
        return _rounds_to(value, m.group(0), approximate)
    if text.startswith("more than "):
        rest = text.removeprefix("more than ")
        if rest in FACTORS and FACTORS[rest] < 1:
            return value < FACTORS[rest]
        if rest in FACTORS:
            return FACTORS[rest] < value < FACTORS[rest] + 1
        if m := re.fullmatch(r"(\w+) times", rest):
            return CARDINALS[m.group(1)] < value < CARDINALS[m.group(1)] + 1
    if text in FACTORS:
        return abs(value / FACTORS[text] - 1) <= 0.05
    if text.startswith("nearly ") and text.removeprefix("nearly ") in FRACTIONS:
        target = FRACTIONS[text.removeprefix("nearly ")]
        return target * 0.9 <= value < target
    if text in FRACTIONS:
        return abs(value - FRACTIONS[text]) <= 0.02
    if text == "the great majority":
        return value >= 0.75
    words = text.split()
    if words[-1] in {"months", "years", "weeks", "days"}:
        words = words[:-1]
    if words and words[0] in {"about", "some", "nearly"}:
        words = words[1:]
    if len(words) == 1 and words[0] in CARDINALS:
        n = CARDINALS[words[0]]
        return round(value) == n if approximate else value == n
    if words and words[0] in ORDINALS:
        return value == ORDINALS[words[0]]
    raise AssertionError(f"no reading for {figure!r}")


def _value(claim: dict[str, object]) -> float | bool:
    return eval(str(claim["formula"]), {"__builtins__": {"sorted": sorted, "min": min}})


def test_reader_reads_by_hand_examples() -> None:
    assert matches("52.0 percent", 52.04) and not matches("52.0 percent", 52.06)
    assert matches("about 16,100", 16079.7) and not matches("about 16,100", 16020)
    assert matches("45 per 1,000", 45.0) and not matches("440 per 1,000", 40.0)
    assert matches("more than doubled", 2.29) and not matches("more than doubled", 1.9)
    assert matches("more than halved", 0.43) and not matches("more than halved", 0.55)
    assert matches("tripled", 3.05) and not matches("tripled", 2.02)
    assert matches("nearly a quarter", 0.24) and not matches("nearly a quarter", 0.26)
    assert matches("some sixteen months", 15.6) and not matches("thirteen years", 12)
    assert matches("two years and eight months", 32) and not matches("third", 4)
    assert matches("more than five times", 5.06) and not matches("more than five times", 4.9)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    exchange().write()
    assert (tmp_path / "exchange.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "exchange.yaml").read_text(encoding="utf-8") == (
        GOLD / "exchange.yaml").read_text(encoding="utf-8")


def test_consistent_and_ambiguous_formulas_give_the_printed_figure() -> None:
    checked = 0
    for claim in CLAIMS:
        if claim["verdict"] in {"consistent", "ambiguous"}:
            assert claim.get("formula"), claim
            assert matches(str(claim["figure"]), _value(claim)), claim
            checked += 1
    assert checked >= 40


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    for claim in CLAIMS:
        if claim["verdict"] != "inconsistent":
            continue
        value = _value(claim)
        assert matches(str(claim["intended"]), value), claim
        assert not matches(str(claim["figure"]), value), claim
        printed = NUMBER.search(str(claim["figure"]))
        intended = NUMBER.search(str(claim["intended"]))
        if printed and intended:
            p, i = (float(x.group(0).replace(",", "")) for x in (printed, intended))
            assert abs(p - i) / i > 0.02, claim


def test_unverifiable_claims_carry_no_arithmetic() -> None:
    unverifiable = [c for c in CLAIMS if c["verdict"] == "unverifiable"]
    assert len(unverifiable) >= 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable)


def test_the_article_has_the_planned_shape() -> None:
    assert len(CLAIMS) >= 55
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert set(kinds) == KINDS
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "ambiguous" for c in CLAIMS) >= 2
    assert {c["split"] for c in CLAIMS} == {"heldout7"}
    paragraphs = TEXT.strip().split("\n\n")[1:]
    assert 12 <= len(paragraphs) <= 16
