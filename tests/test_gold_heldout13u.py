"""Checks on the held-out gold article ``ukrainewest1947`` (issue #14, split ``heldout13``):
the YAML's offsets cut out each figure, the generator writes what is committed, every
consistent or ambiguous claim's formula gives the printed figure at its printed precision,
every planted slip's formula gives its intended figure and not the printed one, the two
ambiguities and the two chance traps are really there, and dates, lists, chains, sums and the
article's shape are as planned. Figures are read by a small reader of our own, apart from
borderlands.figures (which this file never imports)."""

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
from make_gold_ukrainewest1947 import FORMULA_NAMES, ukrainewest1947  # noqa: E402

NAME = "ukrainewest1947"
Claim = dict[str, object]
TEXT = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / f"{NAME}.yaml").read_text(encoding="utf-8")
CLAIMS: list[Claim] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
IN_NUMBERS = {"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "eight": 8,
              "nine": 9, "forty-one": 41}
# A figure in words and the range of ratios it may stand for.
IN_WORDS: dict[str, tuple[float, float]] = {
    "the great majority": (0.75, 1.0),
    "about a third": (0.3, 0.37),
    "most": (0.5, 1.0),
    "more than doubled": (2.0, 2.5),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "nearly two-thirds": (0.6, 0.667),
    "halved": (0.45, 0.55),
    "twice as many": (1.9, 2.1),
}
TRUE_COMPARISONS = {"second only to", "largest", "smallest", "more likely"}


def reads_as(figure: str, value: float) -> bool:
    """Whether ``figure`` as printed is what ``value`` gives at the printed precision: decimals
    to their last printed place, whole numbers to the unit or, after "about", to their last
    non-zero digit; words by the tables above."""
    text = figure.lower()
    if text in IN_WORDS:
        low, high = IN_WORDS[text]
        return low <= value <= high
    if m := NUMBER.search(text):
        digits = m.group(0).replace(",", "")
        if "." in digits:
            return f"{value:.{len(digits.split('.')[1])}f}" == digits
        step = 1
        if text.startswith("about "):
            while len(digits) > 1 and digits.endswith("0"):
                digits, step = digits[:-1], step * 10
        return round(value / step) == int(digits)
    text = text.removeprefix("a ").removeprefix("about ")
    for unit in (" days", " years", "-month"):
        text = text.removesuffix(unit)
    return round(value) == IN_NUMBERS[text]


def value_of(claim: Claim) -> float:
    return eval(str(claim["formula"]), {"__builtins__": FORMULA_NAMES})


def paragraph_of(claim: Claim) -> str:
    start = int(claim["start"])  # type: ignore[call-overload]
    for para in PARAGRAPHS:
        begin = TEXT.index(para)
        if begin <= start < begin + len(para):
            return para
    raise AssertionError(claim)


def sentence_of(claim: Claim) -> str:
    start, end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
    begin = max(TEXT.rfind(". ", 0, start) + 2, TEXT.rfind("\n", 0, start) + 1)
    return TEXT[begin : TEXT.index(".", end) + 1]


def numbers_in(text: str) -> set[float]:
    return {float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)}


def only(figure: str, verdict: str | None = None) -> Claim:
    (claim,) = [c for c in CLAIMS if c["figure"] == figure and verdict in {None, c["verdict"]}]
    return claim


def test_reader_on_cases_worked_by_hand() -> None:
    assert reads_as("23.3 percent", 23.29) and not reads_as("23.3 percent", 23.36)
    assert reads_as("40.0 percent", 40.035) and not reads_as("40.0 percent", 40.06)
    assert reads_as("about 850", 850.1) and not reads_as("about 850", 856.0)
    assert reads_as("about 1,200", 1205.1) and not reads_as("about 1,200", 1251.0)
    assert reads_as("about 345", 345.45) and not reads_as("about 345", 345.6)
    assert reads_as("35", 35.0) and not reads_as("4", 40.0)
    assert reads_as("69.9 per 1,000", 69.898) and not reads_as("69.9 per 1,000", 6.99)
    assert reads_as("eight", 7.9987) and not reads_as("eight", 8.6)
    assert reads_as("26 days", 26) and not reads_as("80 days", 70)
    assert reads_as("a forty-one-month", 41) and not reads_as("a forty-one-month", 42)
    assert reads_as("nine years", 9) and reads_as("third", 3) and not reads_as("second", 3)
    assert reads_as("doubled", 2.01) and not reads_as("tripled", 2.01)
    assert reads_as("halved", 0.49) and not reads_as("halved", 0.6)


def test_offsets_cut_out_each_figure() -> None:
    assert len(CLAIMS) >= 55
    for claim in CLAIMS:
        start, end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
        assert TEXT[start:end] == claim["figure"], claim
    starts = [int(c["start"]) for c in CLAIMS]  # type: ignore[call-overload]
    assert starts == sorted(set(starts))


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    ukrainewest1947().write()
    assert (tmp_path / f"{NAME}.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / f"{NAME}.yaml").read_text(encoding="utf-8") == YAML_TEXT


def test_consistent_and_ambiguous_formulas_give_the_printed_figure() -> None:
    checked = 0
    for claim in CLAIMS:
        if claim["verdict"] not in {"consistent", "ambiguous"}:
            continue
        assert "intended" not in claim, claim
        value = value_of(claim)
        if isinstance(value, bool):
            assert claim["kind"] == "comparison" and claim["figure"] in TRUE_COMPARISONS
            assert value, claim
        else:
            assert reads_as(str(claim["figure"]), value), (claim, value)
        checked += 1
    assert checked == 44


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) == 10
    for claim in slips:
        printed, intended, value = str(claim["figure"]), str(claim["intended"]), value_of(claim)
        assert printed != intended and not isinstance(value, bool), claim
        assert reads_as(intended, value) and not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    # digits transposed: the men were 19.5 percent of the 11,902, printed 15.9
    assert only("15.9 percent")["intended"] == "19.5" and reads_as("19.5", 2318 / 11902 * 100)
    # a digit dropped: 40 rubles a head printed as 4
    assert only("4", "inconsistent")["intended"] == "40" and 476080 / 11902 == 40
    # a sum off by a part: 901 leaves out the 207 of 11 November
    assert 512 + 389 == 901 and only("901")["intended"] == "1,108" == f"{512 + 389 + 207:,}"
    # a duration miscounted: 7 November 1947 to 16 January 1948 is 70 days
    assert (date(1948, 1, 16) - date(1947, 11, 7)).days == 70
    assert only("80 days")["intended"] == "70 days"
    # the wrong multiple word: 8,400 to 16,900 is a doubling
    assert only("tripled")["intended"] == "doubled" and 1.9 < 16900 / 8400 < 2.1
    # the wrong rank: 69 comes after 92 and 78
    assert only("second", "inconsistent")["intended"] == "third" and 92 > 78 > 69 > 48
    # a remainder with two digits transposed: 3,862 - 3,440 = 422, printed 242
    assert only("242")["intended"] == "422" == f"{3862 - 3440}"
    # the neighbouring total as base: 3,440 over the 4,583 of 1948, not the 3,862 of 1955
    base = only("75.1 percent")
    assert reads_as("75.1", 3440 / 4583 * 100) and base["intended"] == "89.1"
    assert {3440.0, 3862.0, 4583.0} <= numbers_in(paragraph_of(base))
    # a decline printed as the share that remained: 161 of 486 is 33.1, the fall 66.9
    assert reads_as("33.1", 161 / 486 * 100) and only("33.1 percent")["intended"] == "66.9"
    # a wrong list count: four places listed, five printed
    assert only("five")["intended"] == "four"


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 405 children at Kedrovyi are 30 percent both of the 1,372 who came in November and
    of the 1,340 counted at the New Year; the 11,902 deportees come to about 20 a wagon both
    over the 600 wagons that set out and the 586 that arrived."""
    readings = {"30 percent": ((405, 1372, 100.0), (405, 1340, 100.0)),
                "about 20": ((11902, 600, 1.0), (11902, 586, 1.0))}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        figure = str(claim["figure"])
        values = []
        for part, whole, scale in readings[figure]:
            assert {float(part), float(whole)} <= numbers_in(paragraph_of(claim)), claim
            values.append(part / whole * scale)
            assert reads_as(figure, values[-1]), (claim, values[-1])
            assert round(values[-1]) == int(figure.split()[-2 if "percent" in figure else -1])
        assert abs(values[0] - values[1]) / values[0] > 0.01


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert set(unverifiable) == {"about a third", "higher", "about 12 percent",
                                 "about 38 percent"}
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    # traps: the 94 who ran away over the 287 dead; the 146 passes over the 1,217 letters
    scurvy = unverifiable["about a third"]
    assert {94.0, 287.0} <= numbers_in(paragraph_of(scurvy))
    assert reads_as("about a third", 94 / 287)
    letters = unverifiable["about 12 percent"]
    assert {146.0, 1217.0} <= numbers_in(paragraph_of(letters))
    assert reads_as("about 12 percent", 146 / 1217 * 100)
    # the houses taken by strangers: the paragraph prints no figure besides the claim
    assert numbers_in(paragraph_of(unverifiable["about 38 percent"])) == {38.0}
    # the Arkhangelsk mortality: the sentence has no figure at all
    assert not NUMBER.search(sentence_of(unverifiable["higher"]))
    # and no two figures of the trap paragraphs give the other unverifiable share
    nums = numbers_in(paragraph_of(letters)) - {12.0}
    assert not any(0.37 <= a / b <= 0.39 for a, b in permutations(nums, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"26 days": (date(1947, 10, 24), date(1947, 11, 19)),
             "80 days": (date(1947, 11, 7), date(1948, 1, 16))}
    for figure, (start, end) in spans.items():
        sentence = sentence_of(only(figure))
        for day in (start, end):
            assert f"{day.day} {day:%B}" in sentence, (figure, sentence)
    assert value_of(only("26 days")) == 26 == (date(1947, 11, 19) - date(1947, 10, 24)).days
    months = sentence_of(only("a forty-one-month"))
    assert "March 1955" in months and "August 1958" in months
    assert (1958 - 1955) * 12 + (8 - 3) == 41
    exile = sentence_of(only("nine years"))
    assert "1947" in exile and "1956" in exile
    assert [c["kind"] for c in CLAIMS].count("duration") == 4


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))  # type: ignore[call-overload]
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == value_of(claim), (claim, items)
        expected = str(claim.get("intended", claim["figure"]))
        assert IN_NUMBERS[expected] == len(items), (claim, items)


def test_chains_state_every_input_in_their_sentence() -> None:
    chains = [c for c in CLAIMS if c["kind"] == "chain"]
    assert len(chains) == 3
    for claim in chains:
        base, *fractions = str(claim["formula"]).split("*")
        sentence = sentence_of(claim)
        assert f"{int(base):,}" in sentence, claim
        for fraction in fractions:
            assert f"{float(fraction) * 100:g} percent" in sentence, (claim, fraction)


def test_sums_and_remainders_take_printed_figures_of_their_paragraph() -> None:
    for claim in CLAIMS:
        if claim["kind"] not in {"sum", "remainder"}:
            continue
        terms = re.findall(r"\d+", str(claim["formula"]))
        para = numbers_in(paragraph_of(claim)) - numbers_in(str(claim["figure"]))
        assert {float(t) for t in terms} <= para | {100.0}, claim


def test_the_article_has_the_planned_shape() -> None:
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert kinds == {"share": 12, "sum": 7, "remainder": 5, "rate": 8, "multiple": 8,
                     "comparison": 7, "count": 4, "duration": 4, "chain": 3}
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    assert verdicts == {"consistent": 42, "inconsistent": 10, "unverifiable": 4,
                        "ambiguous": 2}
    slips = Counter(str(c["kind"]) for c in CLAIMS if c["verdict"] == "inconsistent")
    assert len(slips) >= 7 and {"rate", "comparison"} <= set(slips)
    assert {c["split"] for c in CLAIMS} == {"heldout13"}
    assert TEXT.splitlines()[0].startswith("Out of the forest districts")
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
