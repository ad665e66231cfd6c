"""Checks on the held-out gold article ``harbin1935`` (issue #14, split ``heldout13``): the
YAML's offsets cut out each figure, the generator writes what is committed, every consistent or
ambiguous claim's formula gives the printed figure at its printed precision, every planted
slip's formula gives its intended figure and not the printed one, the two ambiguities and the
two chance traps are really there, and lists, dates, chains, sums and the article's shape are as
planned. Figures are read by a small reader of our own, apart from borderlands.figures (which
this file never imports)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import permutations
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
sys.path.insert(0, str(GOLD))

import make_gold  # noqa: E402
from make_gold_harbin1935 import FORMULA_NAMES, harbin1935  # noqa: E402

NAME = "harbin1935"
Claim = dict[str, object]
TEXT = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / f"{NAME}.yaml").read_text(encoding="utf-8")
CLAIMS: list[Claim] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORD_NUMBERS = {"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "six": 6,
                "fourteen": 14, "eighteen": 18, "nineteen": 19}
# A figure in words and the range of values (a ratio, or a span in the printed unit) it may
# stand for; decided by hand, not from the formulas.
IN_WORDS: dict[str, tuple[float, float]] = {
    "just over six months": (6.0, 6.5),
    "two and a half years": (2.4, 2.6),
    "about a fifth": (0.18, 0.22),
    "more than doubled": (2.0, 2.5),
    "doubled": (1.9, 2.1),
    "tripled": (2.85, 3.15),
    "nearly four-fifths": (0.75, 0.8),
    "five-sixths": (0.82, 0.845),
    "most": (0.5, 0.9),
    "the great majority": (0.75, 1.0),
    "about twice as many": (1.9, 2.1),
}
TRUE_COMPARISONS = {"largest", "worst", "more likely", "second only to", "lower"}


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
    for unit in (" months", " years"):
        text = text.removesuffix(unit)
    return round(value) == WORD_NUMBERS[text]


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
    assert reads_as("73.5 percent", 73.46) and not reads_as("73.5 percent", 73.56)
    assert reads_as("about 3.3", 3.301) and not reads_as("about 3.3", 3.36)
    assert reads_as("about 6,650 rubles", 6654.9) and not reads_as("about 6,650", 6656.0)
    assert reads_as("about 4,050,000 rubles", 4053280) and not reads_as("about 4,050,000",
                                                                        4056000)
    assert reads_as("48", 48.18) and not reads_as("48", 48.6)
    assert reads_as("65 per cent", 65.22) and not reads_as("65 per cent", 64.13)
    assert reads_as("four", 4.0) and not reads_as("five", 4.0)
    assert reads_as("fourteen months", 14) and not reads_as("nineteen years", 18)
    assert reads_as("third", 3) and not reads_as("second", 3)
    assert reads_as("doubled", 1.99) and not reads_as("tripled", 1.99)
    assert reads_as("five-sixths", 945 / 1134) and not reads_as("five-sixths", 0.8)


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
    harbin1935().write()
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
    assert checked == 46


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) == 11
    for claim in slips:
        printed, intended, value = str(claim["figure"]), str(claim["intended"]), value_of(claim)
        assert printed != intended and not isinstance(value, bool), claim
        assert reads_as(intended, value) and not reads_as(printed, value), (claim, value)
        p, i = NUMBER.search(printed), NUMBER.search(intended)
        if p and i:
            pv, iv = (float(x.group(0).replace(",", "")) for x in (p, i))
            assert abs(pv - iv) / iv > 0.02, claim


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    # digits transposed: office staff are 24.8 percent of the heads of family, printed 28.4
    assert only("28.4 percent")["intended"] == "24.8" and reads_as("24.8", 1541 / 6215 * 100)
    # the neighbouring total as base: 1,047 over the 1,348 of 1937, not the 1,611 arrested
    shot = only("77.7 percent")
    assert reads_as("77.7", 1047 / 1348 * 100) and shot["intended"] == "65.0"
    # a decline printed as the share that remained
    assert reads_as("44.6", 506 / 1134 * 100) and only("44.6 percent")["intended"] == "55.4"
    # a sum off by a part: 1,516 leaves out February's 95
    assert 1348 + 168 == 1516 and only("1,516")["intended"] == "1,611"
    # a digit dropped from a remainder
    assert only("23")["intended"] == "223" == f"{1611 - 1388:,}"
    # a rate with two digits transposed, a chain likewise
    assert only("253")["intended"] == "235" and only("96")["intended"] == "69"
    # the wrong multiple word, the wrong rank, a miscounted duration, a wrong list count
    assert only("tripled")["intended"] == "doubled"
    assert only("second")["intended"] == "third" and 3870 > 905 > 812 > 628
    assert only("nineteen years")["intended"] == "eighteen years" and 1956 - 1938 == 18
    assert only("five", "inconsistent")["intended"] == "four"
    slips = Counter(str(c["kind"]) for c in CLAIMS if c["verdict"] == "inconsistent")
    assert len(slips) == 9 and {"rate", "comparison"} <= set(slips)


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 1,611 arrested are 65 per cent of the 2,460 adults of the passport lists and of the
    2,470 of the staff list; 231 families out of 462 are both the half that remained and a fall
    by half."""
    ambiguous = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "ambiguous"}
    assert set(ambiguous) == {"65 per cent", "50.0 percent"}
    adults = ambiguous["65 per cent"]
    assert {1611.0, 2460.0, 2470.0} <= numbers_in(paragraph_of(adults)) | {1611.0}
    assert "1,611" in sentence_of(adults)
    assert reads_as("65 per cent", 1611 / 2460 * 100) and reads_as("65", 1611 / 2470 * 100)
    centre = ambiguous["50.0 percent"]
    assert {462.0, 231.0} <= numbers_in(sentence_of(centre))
    assert reads_as("50.0", 231 / 462 * 100) and reads_as("50.0", (462 - 231) / 462 * 100)


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert set(unverifiable) == {"35 percent", "40 percent", "about a third",
                                 "about 120 per 1,000"}
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    # traps: flats over barrack rooms; the Gorelovo returners over the local men
    debt = unverifiable["40 percent"]
    assert {296.0, 740.0} <= numbers_in(paragraph_of(debt)) and 296 / 740 == 0.4
    papers = unverifiable["about a third"]
    assert {84.0, 252.0} <= numbers_in(paragraph_of(papers))
    assert abs(84 / 252 - 1 / 3) < 1e-9
    # the others: no two figures of the paragraph come near them
    born = [n for n in numbers_in(paragraph_of(unverifiable["35 percent"])) if n != 35]
    assert not any(0.345 <= a / b < 0.355 for a, b in permutations(born, 2))
    deaths = [n for n in numbers_in(paragraph_of(unverifiable["about 120 per 1,000"]))
              if n not in {120, 1000}]
    assert not any(0.115 <= a / b < 0.125 for a, b in permutations(deaths, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    assert "From 23 March to 30 September 1935" in paragraph_of(only("just over six months"))
    assert abs(value_of(only("just over six months")) - (6 + 7 / 30)) < 1e-9
    half = sentence_of(only("two and a half years"))
    assert "March 1935" in half and "September 1937" in half
    assert (1937 * 12 + 9) - (1935 * 12 + 3) == 30
    fourteen = sentence_of(only("fourteen months"))
    assert "September 1937" in fourteen and "November 1938" in fourteen
    assert (1938 * 12 + 11) - (1937 * 12 + 9) == 14
    exile = sentence_of(only("nineteen years"))
    assert "from 1938 to 1956" in exile
    assert [c["kind"] for c in CLAIMS].count("duration") == 4


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))  # type: ignore[call-overload]
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == value_of(claim), (claim, items)
        expected = str(claim.get("intended", claim["figure"]))
        assert WORD_NUMBERS[expected] == len(items), (claim, items)


def test_chains_state_every_input_in_their_sentence() -> None:
    chains = [c for c in CLAIMS if c["kind"] == "chain"]
    assert len(chains) == 3
    for claim in chains:
        base, *fractions = str(claim["formula"]).split("*")
        sentence = sentence_of(claim)
        assert f"{int(base):,}" in sentence, claim
        assert len(fractions) == 2
        for fraction in fractions:
            assert f"{round(float(fraction) * 100)} percent" in sentence, claim


def test_sums_and_remainders_take_printed_figures_of_their_paragraph() -> None:
    for claim in CLAIMS:
        if claim["kind"] not in {"sum", "remainder"} or "formula" not in claim:
            continue
        terms = re.findall(r"\d+", str(claim["formula"]))
        para = numbers_in(paragraph_of(claim)) - numbers_in(str(claim["figure"]))
        assert {float(t) for t in terms} <= para, claim


def test_the_article_has_the_planned_shape() -> None:
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert kinds == {"share": 13, "sum": 7, "remainder": 5, "rate": 9, "multiple": 9,
                     "comparison": 7, "count": 4, "duration": 4, "chain": 3}
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    assert verdicts == {"consistent": 44, "inconsistent": 11, "unverifiable": 4,
                        "ambiguous": 2}
    assert {c["split"] for c in CLAIMS} == {"heldout13"}
    assert TEXT.splitlines()[0].startswith("Home from the railway zone")
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
