"""The blind held-out gold article ``specialsettlers`` (issue #14, round eight, writer f): the
committed text and YAML agree with each other and with their generator, and every claim's own
arithmetic says what its verdict says. Figures are read by a small parser made for this one
article's wording, not by borderlands.figures."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
NAME = "specialsettlers"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}

NUMBER_WORDS = {w: i + 1 for i, w in enumerate((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
ORDINALS = {w: i + 1 for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth"))}
# Words for a multiple or a fraction: a target met within 10 %, or an open interval.
TARGET_WORDS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "about a sixth": 1 / 6,
                "five-sixths": 5 / 6, "three times as many": 3.0}
OPEN_WORDS = {"most": (0.5, 1.0), "the great majority": (0.75, 1.0)}
NUMERIC = re.compile(r"^(?P<about>about )?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
                     r"(?: percent|%| per cent)?$")
DURATION = re.compile(r"^(?:a |more than )?(?P<word>[a-z]+)[ -](?:years?|months?|month)$")


@pytest.fixture(scope="module")
def text() -> str:
    return (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims() -> list[dict[str, object]]:
    data = yaml.safe_load((GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))
    return data["claims"]


def value(formula: object) -> float | bool:
    """Our own arithmetic: the formulas are plain Python expressions written in the
    generator (sums, quotients, comparisons, list lengths)."""
    return eval(str(formula), {"__builtins__": {}}, {
        "len": len, "min": min, "max": max, "sorted": sorted})


def agrees(figure: str, v: float | bool) -> bool:
    """Whether a printed figure is what the value gives, at the figure's printed precision
    (an approximate whole number "about 6,090" is read to its last non-zero digit)."""
    if isinstance(v, bool):
        return v
    m = NUMERIC.match(figure)
    if m:
        printed = m.group("num").replace(",", "")
        if "." in printed:
            places = len(printed.split(".")[1])
            return f"{v:.{places}f}" == printed
        n = int(printed)
        step = 1
        if m.group("about"):
            while n % (step * 10) == 0 and step * 10 < n:
                step *= 10
        return round(v / step) * step == n
    if figure in NUMBER_WORDS:
        return round(v) == NUMBER_WORDS[figure]
    if figure in ORDINALS:
        return v == ORDINALS[figure]
    d = DURATION.match(figure)
    if d:
        return v == NUMBER_WORDS[d.group("word")]
    if figure in TARGET_WORDS:
        target = TARGET_WORDS[figure]
        return abs(v - target) <= 0.1 * target
    if figure in OPEN_WORDS:
        lo, hi = OPEN_WORDS[figure]
        return lo < v < hi
    raise AssertionError(f"no reading for {figure!r}")


def test_offsets_cut_out_each_figure(text: str, claims: list[dict[str, object]]) -> None:
    last_end = 0
    for c in claims:
        start, end = int(c["start"]), int(c["end"])  # type: ignore[call-overload]
        assert start >= last_end, c
        assert text[start:end] == c["figure"], c
        last_end = end


def test_generator_output_is_committed(tmp_path: Path) -> None:
    for script in ("make_gold.py", f"make_gold_{NAME}.py"):
        shutil.copy(GOLD / script, tmp_path / script)
    subprocess.run([sys.executable, str(tmp_path / f"make_gold_{NAME}.py")], check=True,
                   capture_output=True, cwd=tmp_path)
    for ext in ("txt", "yaml"):
        assert (tmp_path / f"{NAME}.{ext}").read_text(encoding="utf-8") == (
            GOLD / f"{NAME}.{ext}").read_text(encoding="utf-8"), ext


def test_shape_of_the_article(text: str) -> None:
    title, *paragraphs = text.strip().split("\n\n")
    assert "1949-1956" in title
    assert 12 <= len(paragraphs) <= 16
    for p in paragraphs:
        sentences = re.findall(r"[^.]+(?:\.\d[^.]*)*\.", p)
        assert 2 <= len(sentences) <= 6, p[:60]


def test_composition(claims: list[dict[str, object]]) -> None:
    assert len(claims) >= 55
    assert {c["split"] for c in claims} == {"heldout8"}
    kinds = Counter(str(c["kind"]) for c in claims)
    assert set(kinds) == KINDS
    verdicts = Counter(str(c["verdict"]) for c in claims)
    assert set(verdicts) <= {"consistent", "inconsistent", "ambiguous", "unverifiable"}
    slips = [c for c in claims if c["verdict"] == "inconsistent"]
    assert len(slips) >= 9
    slip_kinds = {c["kind"] for c in slips}
    assert len(slip_kinds) >= 7 and {"rate", "comparison"} <= slip_kinds
    assert verdicts["unverifiable"] >= 3
    assert verdicts["ambiguous"] >= 2


def test_consistent_claims_reproduce_their_figure(claims: list[dict[str, object]]) -> None:
    checked = 0
    for c in claims:
        if c["verdict"] != "consistent":
            continue
        assert "intended" not in c, c
        assert agrees(str(c["figure"]), value(c["formula"])), c
        checked += 1
    assert checked >= 40


def test_slips_give_their_intended_figure_and_not_the_printed_one(
        claims: list[dict[str, object]]) -> None:
    for c in claims:
        if c["verdict"] != "inconsistent":
            continue
        v = value(c["formula"])
        assert agrees(str(c["intended"]), v), c
        assert not agrees(str(c["figure"]), v), c
        m, i = NUMERIC.match(str(c["figure"])), NUMERIC.match(str(c["intended"]))
        if m and i:  # a clear slip, not a matter of rounding
            printed = float(m.group("num").replace(",", ""))
            intended = float(i.group("num").replace(",", ""))
            assert abs(printed - intended) > 0.02 * intended, c


def test_the_parser_rejects_near_misses() -> None:
    assert agrees("about 6,090", 6094.06) and not agrees("about 6,090", 6106.0)
    assert agrees("72.5 percent", 72.4885) and not agrees("72.5 percent", 72.44)
    assert agrees("tripled", 3.06) and not agrees("tripled", 2.04)
    assert not agrees("most", 0.45) and not agrees("a twenty-month", 19)


def test_counted_lists_have_as_many_items_as_their_formula(
        text: str, claims: list[dict[str, object]]) -> None:
    counts = [c for c in claims if c["kind"] == "count"]
    assert len(counts) >= 3
    for c in counts:
        after = text[int(c["end"]):]  # type: ignore[call-overload]
        opener = min(i for i in (after.find(":"), after.find("(")) if i >= 0)
        listed = re.split(r"[.)]", after[opener + 1:], maxsplit=1)[0]
        items = [s for s in re.split(r",\s*|\s+and\s+", listed) if s.strip()]
        assert len(items) == value(c["formula"]), (c, items)


def paragraph_of(text: str, claim: dict[str, object]) -> tuple[str, list[float]]:
    """The claim's paragraph and the numbers printed in it, the claim's own figure left out
    (years too: they are four-digit numbers from 1900 to 1999 without a comma)."""
    start, end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
    begin = text.rfind("\n\n", 0, start) + 2
    stop = text.find("\n\n", end)
    stop = stop if stop >= 0 else len(text)
    para = text[begin:start] + " " + text[end:stop]
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", para)
               if not re.fullmatch(r"19\d\d", n)]
    return text[begin:stop], numbers


def pairs_giving(numbers: list[float], target: float, scale: float) -> set[tuple[float, float]]:
    return {(a, b) for a in numbers for b in numbers
            if a != b and a / b * scale == pytest.approx(target)}


def test_unverifiable_claims_have_no_formula_and_the_traps_are_real(
        text: str, claims: list[dict[str, object]]) -> None:
    unverifiable = [c for c in claims if c["verdict"] == "unverifiable"]
    assert all("formula" not in c and "intended" not in c for c in unverifiable)
    by_figure = {str(c["figure"]): c for c in unverifiable}
    # Chance traps: figures about other things in the same paragraph give the claim.
    para, numbers = paragraph_of(text, by_figure["12 percent"])
    assert pairs_giving(numbers, 12, 100) == {(48, 400)}
    assert "48 commandant's offices and 400 village posts" in para
    para, numbers = paragraph_of(text, by_figure["fivefold"])
    assert pairs_giving(numbers, 5, 1) == {(1250000, 250000)}
    assert "1,250,000 roubles, 250,000 of them for the search" in para
    # The other unverifiable claims have no such pair beside them.
    for figure, target, scale in (("140", 140, 1000), ("27 percent", 27, 100)):
        _, numbers = paragraph_of(text, by_figure[figure])
        assert not pairs_giving(numbers, target, scale), figure


def test_ambiguous_claims_have_two_readings_that_fit(
        text: str, claims: list[dict[str, object]]) -> None:
    ambiguous = {str(c["figure"]): c for c in claims if c["verdict"] == "ambiguous"}
    assert set(ambiguous) == {"50 percent", "60 percent"}
    para, numbers = paragraph_of(text, ambiguous["50 percent"])
    assert "from 2,640 in January 1956 to 1,320" in para
    # what was left (1,320 of 2,640) and what was lost (2,640 - 1,320 of 2,640)
    assert (1320, 2640) in pairs_giving(numbers, 50, 100)
    fallen = {(a, b) for a in numbers for b in numbers
              if a < b and pytest.approx(50) == (b - a) / b * 100}
    assert (1320, 2640) in fallen
    para, numbers = paragraph_of(text, ambiguous["60 percent"])
    assert "720 of the 1,200 settlers and 540 of the 900 workers" in para
    assert {(720, 1200), (540, 900)} <= pairs_giving(numbers, 60, 100)
    for c in ambiguous.values():
        assert agrees(str(c["figure"]), value(c["formula"]))
