"""Checks on the held-out gold article ``osadniki`` (issue #14, split ``heldout8``): the text and
the YAML agree, the generator writes what is committed, every consistent claim's formula gives
the printed figure at its printed precision, every planted slip's formula gives its intended
figure and not the printed one, and the traps and ambiguities are really there. The figures
are read by a small reader of our own, independent of borderlands.figures."""

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
from make_gold_osadniki import osadniki  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "osadniki.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "osadniki.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "twenty": 20}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
FACTORS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
FRACTIONS = {"about a fifth": 1 / 5, "five-sixths": 5 / 6, "two-thirds": 2 / 3}
RELATIONS = {"largest", "smallest", "lowest", "more", "more likely"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
APPROX = ("about ", "some ")


def _shows_as(value: float, printed: str, approximate: bool) -> bool:
    """Whether ``value`` prints as ``printed`` at its precision; an approximate round figure
    ("about 2,500") is taken at the place of its last non-zero digit."""
    digits = printed.replace(",", "")
    if "." in digits:
        places = len(digits.split(".")[1])
        return f"{value:.{places}f}" == digits
    step = 1
    if approximate:
        while digits.endswith("0") and len(digits) > 1:
            digits = digits[:-1]
            step *= 10
    return round(value / step) * step == int(printed.replace(",", ""))


def reads_as(figure: str, value: float | bool) -> bool:
    """Whether a figure as printed in the article is what ``value`` gives."""
    text = figure.lower()
    if isinstance(value, bool):
        assert text in RELATIONS, figure
        return value
    approximate = text.startswith(APPROX)
    if m := NUMBER.search(text):
        return _shows_as(value, m.group(0), approximate)
    if text == "more than five times as many":
        return 5 < value < 6
    if text == "more than doubled":
        return 2 < value < 3
    if text in FACTORS:
        return abs(value / FACTORS[text] - 1) <= 0.05
    if text in FRACTIONS:
        return abs(value - FRACTIONS[text]) <= 0.02
    if text == "the great majority":
        return value >= 0.75
    if text in ORDINALS:
        return value == ORDINALS[text]
    words = text.removeprefix("some ").replace("-", " ").split()
    if words[-1] in {"years", "months", "month", "days"}:
        words = words[:-1]
    assert len(words) == 1 and words[0] in WORDS, figure
    n = WORDS[words[0]]
    return round(value) == n if approximate or isinstance(value, float) else value == n


def _value(claim: dict[str, object]) -> float | bool:
    return eval(str(claim["formula"]), {"__builtins__": {"sorted": sorted}})


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(claim["start"])
    pos = 0
    for para in PARAGRAPHS:
        if pos <= start < pos + len(para):
            return para
        pos += len(para) + 2
    raise AssertionError(claim)


def _numbers(text: str) -> set[float]:
    return {float(m.group(0).replace(",", "")) for m in NUMBER.finditer(text)}


def test_reader_on_examples_worked_by_hand() -> None:
    assert reads_as("28.7 percent", 28.74) and not reads_as("28.7 percent", 28.76)
    assert reads_as("about 2,500", 2476.0) and not reads_as("about 2,500", 2440.0)
    assert reads_as("some 1,080", 1081.3) and not reads_as("1,080", 1081.3)
    assert reads_as("twelve", 11.997) and not reads_as("twelve", 11.4)
    assert reads_as("fourteen-month", 14) and not reads_as("fourteen-month", 16)
    assert reads_as("more than doubled", 2.19) and not reads_as("more than doubled", 1.98)
    assert reads_as("tripled", 3.04) and not reads_as("tripled", 1.98)
    assert reads_as("five-sixths", 0.834) and not reads_as("five-sixths", 0.79)
    assert reads_as("second", 2) and not reads_as("first", 2)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    osadniki().write()
    assert (tmp_path / "osadniki.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "osadniki.yaml").read_text(encoding="utf-8") == YAML_TEXT


def test_consistent_and_ambiguous_formulas_give_the_printed_figure() -> None:
    checked = 0
    for claim in CLAIMS:
        if claim["verdict"] in {"consistent", "ambiguous"}:
            assert "intended" not in claim, claim
            assert reads_as(str(claim["figure"]), _value(claim)), claim
            checked += 1
    assert checked >= 40


def test_slips_give_their_intended_figure_and_not_the_printed_one() -> None:
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    for claim in slips:
        value = _value(claim)
        assert reads_as(str(claim["intended"]), value), claim
        assert not reads_as(str(claim["figure"]), value), claim
        printed = NUMBER.search(str(claim["figure"]))
        intended = NUMBER.search(str(claim["intended"]))
        if printed and intended:
            p, i = (float(x.group(0).replace(",", "")) for x in (printed, intended))
            assert abs(p - i) / i > 0.02, claim


def test_neighbouring_total_slip_is_the_lists_total_over_the_wagons() -> None:
    """The wagon slip printed the persons on the lists, not those loaded, over the wagons."""
    (claim,) = [c for c in CLAIMS if c["figure"] == "24.5"]
    assert claim["verdict"] == "inconsistent"
    assert reads_as("24.5", 16945 / 693)


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """Each ambiguous figure is given by two different readings of figures printed in its
    paragraph: two years' norm returns, or the horses kept and the horses lost."""
    readings = {"68 percent": ({408, 600, 612, 900}, [408 / 600 * 100, 612 / 900 * 100]),
                "50 percent": ({124, 248}, [124 / 248 * 100, (248 - 124) / 248 * 100])}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        printed, values = readings[str(claim["figure"])]
        assert printed <= _numbers(_paragraph_of(claim)), claim
        assert all(reads_as(str(claim["figure"]), v) for v in values), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_traps() -> None:
    unverifiable = [c for c in CLAIMS if c["verdict"] == "unverifiable"]
    assert len(unverifiable) >= 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable)
    traps = {"25 percent": (12, 48, 12 / 48 * 100), "about 40 roubles": (1520, 38, 1520 / 38)}
    for claim in unverifiable:
        if str(claim["figure"]) in traps:
            a, b, value = traps[str(claim["figure"])]
            assert {a, b} <= _numbers(_paragraph_of(claim)), claim
            assert reads_as(str(claim["figure"]), value), claim
    assert {str(c["figure"]) for c in unverifiable} >= set(traps)


def test_list_counts_match_the_items_listed() -> None:
    for claim in CLAIMS:
        if claim["kind"] != "count":
            continue
        end = int(claim["end"])
        sentence_end = TEXT.index(".", TEXT.index(":", end))
        items = re.split(r", and |, | and ", TEXT[TEXT.index(":", end) + 1 : sentence_end])
        assert len(items) == _value(claim), (claim, items)


def test_the_article_has_the_planned_shape() -> None:
    assert 55 <= len(CLAIMS) <= 62
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert set(kinds) == KINDS
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "ambiguous" for c in CLAIMS) == 2
    assert {c["split"] for c in CLAIMS} == {"heldout8"}
    assert 12 <= len(PARAGRAPHS[1:]) <= 16
