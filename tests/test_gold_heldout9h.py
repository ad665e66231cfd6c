"""Checks on the held-out gold article ``muhacir`` (issue #14, split ``heldout9``): the text and
the YAML agree, the generator writes what is committed, every consistent claim's formula gives
the printed figure at its printed precision, every planted slip's formula gives its intended
figure and not the printed one, and the traps and ambiguities are really there. The printed
figures are read by a small reader written here, independent of borderlands.figures."""

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
from make_gold_muhacir import muhacir  # noqa: E402

KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / "muhacir.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / "muhacir.yaml").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORDS = {"three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9, "fourteen": 14,
         "fifteen": 15, "a fortnight": 14}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
RELATIONS = {"more common", "lower", "largest", "more likely"}
# Each word-figure with the interval of values it stands for (a ratio, or a multiple).
WORDED: dict[str, tuple[float, float]] = {
    "tripled": (2.85, 3.15),
    "doubled": (1.9, 2.1),
    "more than doubled": (2.0, 3.0),
    "more than twice as many": (2.0, 3.0),
    "the great majority": (0.75, 1.0),
    "about a fifth": (0.18, 0.22),
    "more than four-fifths": (0.8, 0.9),
    "nearly two-thirds": (0.63, 2 / 3),
}


def _shows_as(value: float, printed: str, approximate: bool) -> bool:
    """Whether ``value`` prints as ``printed`` at its precision; an approximate round figure
    ("about 790") is taken at the place of its last non-zero digit."""
    digits = printed.replace(",", "")
    if "." in digits:
        return f"{value:.{len(digits.split('.')[1])}f}" == digits
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
    if m := NUMBER.search(text):
        return _shows_as(value, m.group(0), text.startswith(("about ", "some ")))
    if text in WORDED:
        low, high = WORDED[text]
        return low <= value <= high
    if text in ORDINALS:
        return value == ORDINALS[text]
    text = text.removesuffix(" months")
    assert text in WORDS, figure
    return round(value) == WORDS[text]


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
    assert reads_as("37.1 percent", 37.146) and not reads_as("37.1 percent", 37.16)
    assert reads_as("about 790", 788.5) and not reads_as("about 790", 783.0)
    assert reads_as("about 6,970", 6967.4) and not reads_as("6,970", 6967.4)
    assert reads_as("13 per 1,000", 13.05) and not reads_as("13 per 1,000", 13.6)
    assert reads_as("seven months", 7.39) and not reads_as("nine months", 7.39)
    assert reads_as("a fortnight", 14) and not reads_as("a fortnight", 12)
    assert reads_as("tripled", 2.98) and not reads_as("tripled", 1.99)
    assert reads_as("nearly two-thirds", 0.649) and not reads_as("nearly two-thirds", 0.7)
    assert reads_as("third", 3) and not reads_as("second", 3)


def test_offsets_cut_out_each_figure() -> None:
    for claim in CLAIMS:
        assert TEXT[int(claim["start"]) : int(claim["end"])] == claim["figure"], claim


def test_generator_writes_what_is_committed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    muhacir().write()
    assert (tmp_path / "muhacir.txt").read_text(encoding="utf-8") == TEXT
    assert (tmp_path / "muhacir.yaml").read_text(encoding="utf-8") == YAML_TEXT


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


def test_slips_are_the_usual_mistakes_planted() -> None:
    """Each slip is what its printed figure says it is: a neighbouring total as the base, a
    sum without its first part, the remaining share printed as the loss, a digit dropped, two
    digits transposed, a second share left out of a chain."""
    by_figure = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "inconsistent"}
    assert reads_as("57.8 per 1,000", 684 / 11840 * 1000)
    assert by_figure["23,755"]["intended"] == "25,895" and 6380 + 9460 + 7915 == 23755
    assert reads_as("35 percent", 1491 / 4260 * 100)
    assert by_figure["2,650"]["intended"] == "26,500"
    assert by_figure["31.0 percent"]["intended"] == "13.0"
    assert reads_as("about 2,760", 6140 * 0.45)


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """Each ambiguous figure is given by two readings of figures printed in its paragraph: the
    two ports' quarantine counts, or the oxen kept and the oxen lost."""
    readings = {"20 percent": ({84, 420, 126, 630}, [84 / 420 * 100, 126 / 630 * 100]),
                "50 percent": ({1360, 680}, [680 / 1360 * 100, (1360 - 680) / 1360 * 100])}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        printed, values = readings[str(claim["figure"])]
        assert printed <= _numbers(_paragraph_of(claim)), claim
        assert all(reads_as(str(claim["figure"]), v) for v in values), claim


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_traps() -> None:
    """The roofs (25 percent) and the weeks in the shelters (about 8) are reproduced by other
    figures of their paragraphs (nurses 4 of 16; 24 clerks in 3 rooms) that are not about them."""
    unverifiable = [c for c in CLAIMS if c["verdict"] == "unverifiable"]
    assert len(unverifiable) >= 4
    assert all("formula" not in c and "intended" not in c for c in unverifiable)
    traps = {"25 percent": (4, 16, 4 / 16 * 100), "about 8": (24, 3, 24 / 3)}
    for claim in unverifiable:
        if str(claim["figure"]) in traps:
            a, b, value = traps[str(claim["figure"])]
            assert {a, b} <= _numbers(_paragraph_of(claim)), claim
            assert reads_as(str(claim["figure"]), value), claim
    assert {str(c["figure"]) for c in unverifiable} >= set(traps)


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))
        listed = TEXT[colon + 1 : TEXT.index(".", colon)]
        items = re.split(r", and |, | and ", listed.strip())
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
    assert {c["split"] for c in CLAIMS} == {"heldout9"}
    assert 12 <= len(PARAGRAPHS[1:]) <= 16
    for para in PARAGRAPHS[1:]:
        assert 2 <= len(re.split(r"(?<=\.) (?=[A-Z])", para)) <= 6, para
