"""Checks on the held-out gold article ``borderstrip1935`` (issue #14, split ``heldout11``): the
text and the YAML agree, the generator writes what is committed, every consistent or ambiguous
claim's formula gives the printed figure at its printed precision, every planted slip's formula
gives its intended figure and not the printed one, the ambiguities and the chance traps are
really in their paragraphs, and the dates, lists, chains and shape are as planned. Figures are
read by a small reader written here, apart from borderlands.figures."""

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
from make_gold_borderstrip1935 import borderstrip1935  # noqa: E402

NAME = "borderstrip1935"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / f"{NAME}.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title line

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "nine": 9, "twelve": 12,
         "nineteen": 19, "twenty-two": 22, "twenty-three": 23, "twenty-nine": 29}
# A multiple, fraction or "N times" in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "the great majority": (0.75, 1.0),
    "five-sixths": (0.81, 0.86),
    "halved": (0.45, 0.55),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "more than doubled": (2.0, 3.0),
    "nearly a fifth": (0.17, 0.2),
    "about two-thirds": (0.63, 0.70),
    "nearly three times as many": (2.75, 3.0),
}
BOOLEAN_WORDS = {"second only to", "smaller", "largest", "more likely", "lower"}


def reads_as(figure: str, value: float) -> bool:
    """Whether ``figure`` as printed is what ``value`` gives at the printed precision. A round
    figure after "about" is taken to its last non-zero digit; words are looked up."""
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
            while len(digits) > 1 and digits.endswith("0"):
                digits, step = digits[:-1], step * 10
        return round(value / step) * step == int(digits) * step
    for affix in ("a ", "-day", " days", " years"):
        text = text.removeprefix(affix).removesuffix(affix)
    assert text in WORDS, figure
    return round(value) == WORDS[text]


def _value(claim: dict[str, object]) -> float:
    return eval(str(claim["formula"]), {"__builtins__": {"max": max, "sorted": sorted}})


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])  # type: ignore[call-overload]
    return next(p for p in PARAGRAPHS if TEXT.index(p) <= start < TEXT.index(p) + len(p))


def _sentence_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])  # type: ignore[call-overload]
    begin = max(TEXT.rfind(". ", 0, start), TEXT.rfind("\n", 0, start)) + 1
    return TEXT[begin : TEXT.index(".", int(claim["end"])) + 1].strip()  # type: ignore[call-overload]


def _numbers(text: str) -> set[float]:
    return {float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)}


def _pairs_giving(claim: dict[str, object], scale: float) -> list[tuple[float, float]]:
    """The pairs of other figures printed in the claim's paragraph whose quotient (times
    ``scale``) reads as the claim's figure: what a checker matching blindly could pick."""
    figure = str(claim["figure"])
    nums = sorted(_numbers(_paragraph_of(claim)) - _numbers(figure))
    return [(a, b) for a, b in permutations(nums, 2) if reads_as(figure, a / b * scale)]


def _only(figure: str, verdict: str | None = None) -> dict[str, object]:
    (claim,) = [c for c in CLAIMS
                if c["figure"] == figure and verdict in {None, c["verdict"]}]
    return claim


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("30.6 percent", 30.56) and not reads_as("30.6 percent", 30.66)
    assert reads_as("61.3%", 61.26) and not reads_as("61.3%", 61.36)
    assert reads_as("about 1,330", 1334.9) and not reads_as("about 1,330", 1335.1)
    assert reads_as("about 4.3", 4.29) and not reads_as("about 4.3", 4.36)
    assert reads_as("about 290", 287.4) and not reads_as("about 290", 284.0)
    assert reads_as("990", 990.0) and not reads_as("990", 991.0)
    assert reads_as("50 per cent", 50.4) and not reads_as("50 per cent", 51.0)
    assert reads_as("nine", 9.4) and not reads_as("nine", 9.6)
    assert reads_as("a twenty-two-day", 22) and not reads_as("a twenty-two-day", 23)
    assert reads_as("twelve years", 12) and not reads_as("nineteen days", 29)
    assert reads_as("halved", 0.49) and not reads_as("halved", 0.6)
    assert reads_as("doubled", 2.06) and not reads_as("tripled", 2.06)


def test_offsets_cut_out_each_figure() -> None:
    assert CLAIMS
    for claim in CLAIMS:
        start, end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
        assert TEXT[start:end] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    borderstrip1935().write()
    assert (tmp_path / f"{NAME}.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / f"{NAME}.yaml").read_text(encoding="utf-8") == YAML_TEXT


def test_consistent_and_ambiguous_formulas_give_the_printed_figure() -> None:
    checked = 0
    for claim in CLAIMS:
        if claim["verdict"] not in {"consistent", "ambiguous"}:
            continue
        assert "intended" not in claim, claim
        value = _value(claim)
        if isinstance(value, bool):
            assert claim["kind"] == "comparison" and claim["figure"] in BOOLEAN_WORDS, claim
            assert value, claim
        else:
            assert reads_as(str(claim["figure"]), value), (claim, value)
        checked += 1
    assert checked == 47


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) == 10
    for claim in slips:
        printed, intended, value = str(claim["figure"]), str(claim["intended"]), _value(claim)
        assert printed != intended, claim
        assert not isinstance(value, bool), claim
        assert reads_as(intended, value), (claim, value)
        assert not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_the_kinds_of_slip_are_the_planned_ones() -> None:
    # two digits transposed: Ristikko's 16.3 percent printed as 13.6
    assert _only("13.6 percent")["intended"] == "16.3" and reads_as("16.3", 589 / 3612 * 100)
    # the neighbouring total as base: 2,146 houses over the 3,612 households
    houses = _only("59.4 percent")
    assert reads_as("59.4 percent", 2146 / 3612 * 100) and houses["intended"] == "64.7"
    assert {2146.0, 3318.0, 3612.0} <= _numbers(_paragraph_of(houses))
    # a decline printed as the share that remained
    assert reads_as("77.4 percent", 9218 / 11904 * 100)
    assert _only("77.4 percent")["intended"] == "22.6"
    # a digit dropped: 130 per 1,000 printed as 13
    assert _only("13")["intended"] == "130"
    # a sum off by a part: 916 leaves out 1936's 214
    assert 389 + 527 == 916 and _only("916")["intended"] == "1,130"
    # a remainder with its digits transposed
    assert 1346 - 729 == 617 and _only("671")["intended"] == "617"
    # the wrong multiple word, the wrong rank, the wrong list count, a miscounted duration
    assert _only("tripled", "inconsistent")["intended"] == "doubled"
    assert _only("second")["intended"] == "third" and 5940 > 3870 > 2615 > 1437
    assert _only("three")["intended"] == "four"
    assert _only("twenty-nine days")["intended"] == "nineteen days"


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 2,740 children are 23 percent of the 11,904 deportees still in place and of the
    12,060 people counting those born in exile; the schools' fall from 1,462 to 728 pupils
    leaves 50 per cent and takes away 50 per cent."""
    readings = {"23 percent": (2740 / 12060, 2740 / 11904),
                "50 per cent": (728 / 1462, (1462 - 728) / 1462)}
    inputs = {"23 percent": {2740.0, 12060.0, 11904.0}, "50 per cent": {1462.0, 728.0}}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        figure = str(claim["figure"])
        assert inputs[figure] <= _numbers(_paragraph_of(claim)), claim
        first, second = readings[figure]
        assert abs(first - second) > 0.002
        assert reads_as(figure, first * 100) and reads_as(figure, second * 100), claim
        assert reads_as(figure, _value(claim)), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert set(unverifiable) == {"Perhaps two-fifths", "about 40 percent", "about 15",
                                 "more frequent"}
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    # the guards lent by the border guard over the escort; medical staff over settlements
    assert (628.0, 1570.0) in _pairs_giving(unverifiable["about 40 percent"], 100.0)
    assert (45.0, 3.0) in _pairs_giving(unverifiable["about 15"], 1.0)
    # no two figures of its paragraph come near two-fifths
    fifths = unverifiable["Perhaps two-fifths"]
    nums = [n for n in _numbers(_paragraph_of(fifths)) if n]
    assert not any(abs(a / b - 0.4) < 0.05 for a, b in permutations(nums, 2))
    # the escapes by region are not printed: the sentence has no figure at all
    assert not NUMBER.search(_sentence_of(unverifiable["more frequent"]))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"twenty-three days": (date(1935, 2, 25), date(1935, 3, 20)),
             "a twenty-two-day": (date(1935, 3, 28), date(1935, 4, 19)),
             "twenty-nine days": (date(1935, 4, 2), date(1935, 4, 21))}
    for figure, (start, end) in spans.items():
        claim = _only(figure)
        days = (end - start).days
        assert _value(claim) == days, (claim, days)
        sentence = _sentence_of(claim)
        for day in (start, end):
            assert f"{day.day} {day:%B}" in sentence, (figure, sentence)
    assert _only("twenty-nine days")["verdict"] == "inconsistent"
    exile = _only("twelve years")
    assert _value(exile) == 1947 - 1935 and "1947" in _sentence_of(exile)


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))  # type: ignore[call-overload]
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == _value(claim), (claim, items)
        expected = str(claim.get("intended", claim["figure"]))
        assert WORDS[expected.lower()] == len(items), (claim, items)
    assert sum(c["verdict"] == "inconsistent" for c in counts) == 1


def test_chains_state_every_input_in_their_sentence() -> None:
    chains = [c for c in CLAIMS if c["kind"] == "chain"]
    assert len(chains) == 3
    for claim in chains:
        base, *fractions = str(claim["formula"]).split("*")
        sentence = _sentence_of(claim)
        assert f"{int(base):,}" in sentence, claim
        for fraction in fractions:
            share = round(float(fraction) * 100)
            assert f"{share} percent" in sentence or (share == 25 and "a quarter" in sentence)


def test_the_article_has_the_planned_shape() -> None:
    assert 55 <= len(CLAIMS) <= 62
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert set(kinds) == KINDS
    assert kinds == {"share": 12, "sum": 7, "remainder": 5, "rate": 9, "multiple": 9,
                     "comparison": 8, "count": 4, "duration": 4, "chain": 3}
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    assert verdicts == {"consistent": 45, "inconsistent": 10, "unverifiable": 4,
                        "ambiguous": 2}
    slip_kinds = {c["kind"] for c in CLAIMS if c["verdict"] == "inconsistent"}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert {c["split"] for c in CLAIMS} == {"heldout11"}
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
