"""Checks on the held-out gold article ``polishoperation`` (issue #14, split ``heldout12``): the
text and the YAML agree, the generator writes what is committed, every consistent or ambiguous
claim's formula gives the printed figure at its printed precision, every planted slip's formula
gives its intended figure and not the printed one, the ambiguities and chance traps are really
in their paragraphs, and the dates, lists and shape are as planned. Figures are read by a small
reader written here, apart from borderlands.figures."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
sys.path.insert(0, str(GOLD))

import make_gold  # noqa: E402
from make_gold_polishoperation import polishoperation  # noqa: E402

NAME = "polishoperation"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
TEXT = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
CLAIMS: list[dict[str, object]] = yaml.safe_load(
    (GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title line

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Words for counts and spans: the whole number they stand for.
WORDS = {"three": 3, "four": 4, "five": 5, "six weeks": 6, "sixteen-month": 16,
         "twenty-one months": 21, "twenty-three months": 23, "thirteen years": 13}
# A multiple or fraction in words: the range of ratios it may stand for.
RATIOS: dict[str, tuple[float, float]] = {
    "over two-thirds": (2 / 3, 0.75),
    "about a quarter": (0.22, 0.28),
    "halved": (0.45, 0.55),
    "nearly doubled": (1.85, 2.0),
    "doubled": (1.9, 2.1),
    "more than doubled": (2.0, 3.0),
    "tripled": (2.85, 3.15),
    "about a fifth": (0.18, 0.22),
    "the great majority": (0.75, 1.0),
    "nearly fifteen months": (14.5, 15.0),
}
# A comparison word, read against the formula's tuple (the subject first).
COMPARE: dict[str, Callable[[tuple[float, ...]], bool]] = {
    "smallest": lambda v: v[0] == min(v) and v.count(v[0]) == 1,
    "heaviest": lambda v: v[0] == max(v) and v.count(v[0]) == 1,
    "second only to": lambda v: sorted(v, reverse=True)[1] == v[0] and v[1] == max(v),
    "more likely": lambda v: v[0] > v[1],
    "higher": lambda v: v[0] > v[1],
    "lower": lambda v: v[0] < v[1],
    "about two and a half times as many": lambda v: 2.4 <= v[0] / v[1] <= 2.6,
}


def reads_as(figure: str, value: float | tuple[float, ...]) -> bool:
    """Whether ``figure`` as printed is what ``value`` gives at the printed precision. A round
    figure after "about" is taken to its last non-zero digit; words are looked up."""
    if isinstance(value, tuple):
        return COMPARE[figure](value)
    text = figure.lower()
    if text in RATIOS:
        low, high = RATIOS[text]
        return low <= value <= high
    if text in WORDS:
        return round(value) == WORDS[text]
    m = NUMBER.search(text)
    assert m is not None, figure
    digits = m.group(0).replace(",", "")
    if "." in digits:
        return f"{value:.{len(digits.split('.')[1])}f}" == digits
    step = 1
    if text.startswith("about "):
        while len(digits) > 1 and digits.endswith("0"):
            digits, step = digits[:-1], step * 10
    return round(value / step) * step == int(digits) * step


def _value(claim: dict[str, object]) -> float | tuple[float, ...]:
    return eval(str(claim["formula"]), {"__builtins__": {}})


def _paragraph_of(claim: dict[str, object]) -> str:
    start = int(str(claim["start"]))
    return next(p for p in PARAGRAPHS if TEXT.index(p) <= start < TEXT.index(p) + len(p))


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in NUMBER.findall(text)]


def _claim(figure: str, verdict: str) -> dict[str, object]:
    found = [c for c in CLAIMS if c["figure"] == figure and c["verdict"] == verdict]
    assert len(found) == 1, (figure, verdict)
    return found[0]


def test_offsets_cut_out_each_figure_in_order() -> None:
    ends = 0
    for claim in CLAIMS:
        start, end = int(str(claim["start"])), int(str(claim["end"]))
        assert start >= ends
        assert TEXT[start:end] == claim["figure"]
        ends = end
    assert "⟦" not in TEXT and "⟧" not in TEXT


def test_generator_writes_what_is_committed(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_gold, "HERE", tmp_path)
    polishoperation().write()
    for ext in ("txt", "yaml"):
        assert (tmp_path / f"{NAME}.{ext}").read_text(encoding="utf-8") == (
            GOLD / f"{NAME}.{ext}").read_text(encoding="utf-8")


def test_shape() -> None:
    assert TEXT.splitlines()[0].startswith("Lists, albums and homes")
    assert 12 <= len(PARAGRAPHS) <= 16
    for paragraph in PARAGRAPHS:
        sentences = re.split(r"(?<=[.)])\s+(?=[A-Z])", paragraph)
        assert 2 <= len(sentences) <= 6, paragraph
    assert 55 <= len(CLAIMS) <= 62
    assert {str(c["split"]) for c in CLAIMS} == {"heldout12"}
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert set(kinds) == KINDS
    assert kinds["share"] >= 10 and kinds["multiple"] >= 7 and kinds["rate"] >= 7
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    assert verdicts["ambiguous"] == 2 and verdicts["unverifiable"] == 4
    slips = [c for c in CLAIMS if c["verdict"] == "inconsistent"]
    slip_kinds = {str(c["kind"]) for c in slips}
    assert len(slips) >= 9 and len(slip_kinds) >= 7
    assert {"rate", "comparison"} <= slip_kinds


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["verdict"] in
                                   ("consistent", "ambiguous")], ids=lambda c: str(c["figure"]))
def test_consistent_formula_gives_printed_figure(claim: dict[str, object]) -> None:
    assert "intended" not in claim
    assert reads_as(str(claim["figure"]), _value(claim))


@pytest.mark.parametrize("claim", [c for c in CLAIMS if c["verdict"] == "inconsistent"],
                         ids=lambda c: str(c["figure"]))
def test_slip_formula_gives_intended_not_printed(claim: dict[str, object]) -> None:
    value = _value(claim)
    assert reads_as(str(claim["intended"]), value)
    assert not reads_as(str(claim["figure"]), value)
    printed, intended = NUMBER.search(str(claim["figure"])), NUMBER.search(str(claim["intended"]))
    if printed and intended:  # not a rounding matter: more than 2 % apart
        p, i = (float(x.group(0).replace(",", "")) for x in (printed, intended))
        assert abs(p - i) / i > 0.02


def test_unverifiable_claims_have_no_formula_and_traps_are_in_place() -> None:
    unverifiable = [c for c in CLAIMS if c["verdict"] == "unverifiable"]
    assert all("formula" not in c and "intended" not in c for c in unverifiable)
    # Printed figures about other things that happen to give each claim's arithmetic.
    traps = {"about a quarter": (46, 184, 1), "20 percent": (12, 60, 100),
             "31 percent": (770, 2479, 100), "about 90 per 1,000": (62, 690, 1000)}
    assert {str(c["figure"]) for c in unverifiable} == set(traps)
    for claim in unverifiable:
        part, whole, scale = traps[str(claim["figure"])]
        numbers = _numbers(_paragraph_of(claim))
        assert part in numbers and whole in numbers
        figure = str(claim["figure"])
        if figure in RATIOS:
            assert reads_as(figure, part / whole)
        else:
            assert reads_as(figure, part / whole * scale)


def test_ambiguous_claims_have_two_printed_readings() -> None:
    homes = _claim("25 percent", "ambiguous")
    numbers = _numbers(_paragraph_of(homes))
    assert {200, 800, 3200} <= set(numbers)
    assert reads_as("25 percent", 200 / 800 * 100)  # homes outside among those in homes
    assert reads_as("25 percent", 800 / 3200 * 100)  # children in homes among all children
    review = _claim("50 percent", "ambiguous")
    assert {2316, 1158} <= set(_numbers(_paragraph_of(review)))
    assert reads_as("50 percent", 1158 / 2316 * 100)  # what was left
    assert reads_as("50 percent", (2316 - 1158) / 2316 * 100)  # the fall


def test_counts_match_their_lists() -> None:
    for claim in (c for c in CLAIMS if c["kind"] == "count"):
        end = int(str(claim["end"]))
        listed = TEXT[TEXT.index(":", end) + 1 : TEXT.index(".", end)]
        items = re.split(r",\s*|\s+and\s+", listed.strip())
        assert len(items) == _value(claim), listed
        assert reads_as(str(claim["figure"]), len(items)) == (claim["verdict"] == "consistent")


def _whole_months(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (end.day < start.day)


def test_durations_from_the_printed_dates() -> None:
    assert (date(1936, 6, 29) - date(1936, 5, 18)).days == 42  # six weeks
    assert (date(1938, 11, 15) - date(1937, 8, 20)).days == 452  # nearly fifteen months
    assert _whole_months(date(1937, 11, 3), date(1939, 10, 5)) == 23  # printed: twenty-one
    # January 1939 to the end of April 1940, both months counted: sixteen.
    assert _whole_months(date(1939, 1, 1), date(1940, 5, 1)) == 16
    assert "3 November 1937" in TEXT and "5 October 1939" in TEXT


def test_every_slip_sits_beside_its_inputs() -> None:
    """A numeric slip's arithmetic uses only figures printed in its own paragraph, so the
    intended figure is there to be found."""
    for claim in (c for c in CLAIMS if c["verdict"] == "inconsistent" and c["kind"] not in
                  ("count", "duration", "comparison")):
        numbers = set(_numbers(_paragraph_of(claim)))
        inputs = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", str(claim["formula"]))}
        inputs -= {100.0, 1000.0}
        for n in inputs:
            if n < 1:  # a chain's shares are printed as percentages
                n = round(n * 100, 1)
            assert n in numbers, (claim["figure"], n)
