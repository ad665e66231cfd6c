"""Checks on the blind held-out gold article ``nationalop`` (issue #14): the text and the YAML
agree, the generator writes what is committed, and every claim's own arithmetic says what its
verdict says. Nothing here runs borderlands.figures: the gold is checked against itself and
against values worked out by hand below."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
NAME = "nationalop"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
APPROX = ("about ", "some ", "nearly ")

# What each figure in words means, as an interval the formula's value must fall in (both
# ends included); worked out by hand from the ordinary sense of the words.
WORDS: dict[str, tuple[float, float]] = {
    "more than tripled": (3.0, 4.0),
    "more than a third": (1 / 3, 0.5),
    "nearly halved": (0.5, 0.6),
    "two and a half times": (2.45, 2.55),
    "tripled": (2.85, 3.15),
    "doubled": (1.9, 2.1),
    "about two-thirds": (0.63, 0.70),
    "nearly a third": (0.29, 1 / 3),
    "the great majority": (0.75, 0.99),
    "nearly tripled": (2.8, 3.0),
    "one for every four": (3.95, 4.05),
    "some fifteen months": (14.5, 15.5),
    "nearly twenty months": (19.5, 20.0),
    "twenty-nine months": (28.5, 29.5),
    "seventeen months": (16.5, 17.5),
    "nineteen years": (19.0, 19.0),
    "three": (3, 3),
    "four": (4, 4),
    "six": (6, 6),
    "seven": (7, 7),
}
OPPOSITE = {"larger": "smaller", "smaller": "larger", "more": "fewer", "fewer": "more"}
# The second reading of each ambiguous claim: it must give the printed figure too.
SECOND_READING = {"50 percent": "(1480-740)/1480*100", "31 percent": "1300/4236*100"}
# The chance traps: printed figures about other things that reproduce an unverifiable claim.
TRAPS = {"25 percent": ("12/48*100", ("48 operatives", "12 interpreters")),
         "222": ("540-318", ("540 members", "318 of them"))}


def _claims() -> list[dict[str, object]]:
    data = yaml.safe_load((GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))
    return list(data["claims"])


def _text() -> str:
    return (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")


def _value(formula: object) -> float | bool:
    return eval(str(formula), {"__builtins__": {}}, {"max": max, "sorted": sorted})


def _matches(figure: str, value: float) -> bool:
    """Whether a printed figure says ``value`` at its printed precision."""
    key = figure.lower()
    if key in WORDS:
        lo, hi = WORDS[key]
        return lo <= value <= hi
    m = NUMBER.search(figure)
    assert m, figure
    digits = m.group().replace(",", "")
    printed = float(digits)
    if key.startswith(APPROX) and "." not in digits:
        stripped = digits.rstrip("0")
        step = 10 ** (len(digits) - len(stripped))
        return round(value / step) * step == printed
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return abs(value - printed) <= 0.5 * 10**-decimals + 1e-9


def _paragraph(text: str, start: int) -> str:
    begin = text.rfind("\n\n", 0, start)
    end = text.find("\n\n", start)
    return text[begin if begin >= 0 else 0 : end if end >= 0 else len(text)]


def test_yaml_and_text_agree() -> None:
    text, claims = _text(), _claims()
    starts = [int(str(c["start"])) for c in claims]
    assert starts == sorted(starts)
    for c in claims:
        assert text[int(str(c["start"])) : int(str(c["end"]))] == c["figure"]
        assert c["split"] == "heldout7"
        assert c["kind"] in KINDS


def test_generator_writes_what_is_committed(tmp_path: Path) -> None:
    for script in ("make_gold.py", f"make_gold_{NAME}.py"):
        shutil.copy(GOLD / script, tmp_path / script)
    subprocess.run([sys.executable, str(tmp_path / f"make_gold_{NAME}.py")], check=True,
                   capture_output=True)
    for ext in ("txt", "yaml"):
        assert (tmp_path / f"{NAME}.{ext}").read_text(encoding="utf-8") == (
            GOLD / f"{NAME}.{ext}").read_text(encoding="utf-8")


def test_article_shape() -> None:
    paragraphs = _text().rstrip("\n").split("\n\n")[1:]
    assert 12 <= len(paragraphs) <= 16
    for p in paragraphs:
        sentences = re.findall(r"[.!?](?:\s|$)", p)
        assert 2 <= len(sentences) <= 6, p


@pytest.mark.parametrize("verdict", ["consistent", "ambiguous"])
def test_formulas_reproduce_printed_figures(verdict: str) -> None:
    checked = 0
    for c in _claims():
        if c["verdict"] != verdict:
            continue
        value = _value(c["formula"])
        if isinstance(value, bool):
            assert value, c
        else:
            assert _matches(str(c["figure"]), value), c
        checked += 1
    assert checked >= 2


def test_ambiguous_claims_have_two_readings() -> None:
    ambiguous = [c for c in _claims() if c["verdict"] == "ambiguous"]
    assert sorted(str(c["figure"]) for c in ambiguous) == sorted(SECOND_READING)
    for c in ambiguous:
        second = SECOND_READING[str(c["figure"])]
        assert second != c["formula"]
        assert _matches(str(c["figure"]), float(_value(second)))


def test_slips_give_intended_not_printed() -> None:
    slips = [c for c in _claims() if c["verdict"] == "inconsistent"]
    for c in slips:
        figure, intended = str(c["figure"]), str(c["intended"])
        value = _value(c["formula"])
        if isinstance(value, bool):
            assert value and OPPOSITE[figure] == intended, c
            continue
        assert _matches(intended, value), c
        assert not _matches(figure, value), c
        if figure.lower() not in WORDS:
            printed = float(NUMBER.search(figure).group().replace(",", ""))  # type: ignore[union-attr]
            assert abs(printed - value) / value > 0.02, c


def test_counts_match_their_lists() -> None:
    text = _text()
    counts = [c for c in _claims() if c["kind"] == "count"]
    assert len(counts) >= 4
    for c in counts:
        end = int(str(c["end"]))
        sentence = text[end : text.index(".", end)]
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", sentence.split(":", 1)[1].strip())
        assert len(items) == _value(c["formula"]), (c, items)
        printed = WORDS[str(c["figure"]).lower()][0]
        assert (printed == len(items)) == (c["verdict"] == "consistent"), c


def test_unverifiable_claims_and_traps() -> None:
    text = _text()
    unverifiable = [c for c in _claims() if c["verdict"] == "unverifiable"]
    assert len(unverifiable) >= 4
    for c in unverifiable:
        assert "formula" not in c and "intended" not in c
    by_figure = {str(c["figure"]): c for c in unverifiable}
    for figure, (formula, inputs) in TRAPS.items():
        paragraph = _paragraph(text, int(str(by_figure[figure]["start"])))
        assert _matches(figure, float(_value(formula)))
        for phrase in inputs:
            assert phrase in paragraph


def test_composition() -> None:
    claims = _claims()
    assert 55 <= len(claims) <= 62
    assert {str(c["kind"]) for c in claims} == KINDS
    slips = [c for c in claims if c["verdict"] == "inconsistent"]
    slip_kinds = {str(c["kind"]) for c in slips}
    assert len(slips) >= 9
    assert len(slip_kinds) >= 7
    assert {"rate", "comparison"} <= slip_kinds
    assert sum(c["verdict"] == "ambiguous" for c in claims) == 2
    assert {str(c["verdict"]) for c in claims} == {"consistent", "inconsistent", "ambiguous",
                                                   "unverifiable"}
