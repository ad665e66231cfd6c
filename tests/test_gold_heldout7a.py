"""The blind held-out gold article ``volgagerman`` (issue #14, round seven, writer a): the
committed text and YAML agree with each other and with their generator, and every claim's own
arithmetic says what its verdict says. The figures are read here by a small parser of our
own, made for the wording of this one article, not by borderlands.figures."""

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
NAME = "volgagerman"
KINDS = {"share", "sum", "remainder", "rate", "multiple", "comparison", "count", "duration",
         "chain"}

WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))}
TENS = {w: 10 * (i + 2) for i, w in enumerate((
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}
ORDINALS = {w: i + 1 for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth"))}
# A word for a multiple or fraction: its target (within 5 %) or an open interval (lo, hi).
EXACT_WORDS = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "a fifth": 0.2,
               "two-thirds": 2 / 3, "five-sixths": 5 / 6}
OPEN_WORDS = {"more than doubled": (2.0, 3.0), "over half": (0.5, 1.0),
              "the great majority": (0.75, 1.0)}
COMPARISON_WORDS = {"smallest", "largest", "second only to", "more likely", "lower"}
APPROX = re.compile(r"^(about|nearly|some) ")
SUFFIX = re.compile(r"( percent|%| per cent| per 1,000| times| days| months| years)$")
NUMBER = re.compile(r"^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$")


@pytest.fixture(scope="module")
def text() -> str:
    return (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims() -> list[dict[str, object]]:
    data = yaml.safe_load((GOLD / f"{NAME}.yaml").read_text(encoding="utf-8"))
    return list(data["claims"])


def word_number(words: str) -> int | None:
    """'seventeen' -> 17, 'fifty-two' -> 52; None for anything else."""
    if words in WORDS:
        return WORDS[words]
    if words in TENS:
        return TENS[words]
    tens, _, unit = words.partition("-")
    if tens in TENS and unit in WORDS and 1 <= WORDS[unit] <= 9:
        return TENS[tens] + WORDS[unit]
    return None


def agrees(figure: str, value: float | bool) -> bool:
    """Whether ``value`` (a claim's arithmetic) gives ``figure`` as printed: a number at its
    printed precision (within 2 % after 'about'), a word number exactly, a word for a multiple
    within 5 % or inside its interval, a comparison word when the comparison holds."""
    if figure in COMPARISON_WORDS:
        return value is True
    if isinstance(value, bool):
        return False
    if figure in ORDINALS:
        return ORDINALS[figure] == value
    approx = APPROX.match(figure) is not None
    body = APPROX.sub("", figure)
    if body in EXACT_WORDS:
        target = EXACT_WORDS[body]
        return abs(value - target) <= 0.05 * target
    if body in OPEN_WORDS:
        lo, hi = OPEN_WORDS[body]
        return lo < value < hi
    body = SUFFIX.sub("", body)
    spelled = word_number(body)
    if spelled is not None:
        return abs(value - spelled) <= (0.02 * spelled if approx else 0)
    assert NUMBER.match(body), f"unparsed figure {figure!r}"
    printed = float(body.replace(",", ""))
    if approx:
        return abs(value - printed) <= 0.02 * printed
    decimals = len(body.partition(".")[2])
    return abs(value - printed) <= 0.5 * 10**-decimals + 1e-9


def evaluate(claim: dict[str, object]) -> float | bool:
    value = eval(str(claim["formula"]))  # our own arithmetic strings, written in the generator
    assert isinstance(value, int | float | bool)
    return value


def test_agrees_reads_the_figures_as_printed() -> None:
    assert agrees("41.3 percent", 41.27) and not agrees("41.3 percent", 41.36)
    assert agrees("about 750", 747.5) and not agrees("about 750", 700)
    assert agrees("fifty-two months", 52) and not agrees("fifty-two months", 42)
    assert agrees("tripled", 3.05) and not agrees("tripled", 2.0)
    assert agrees("more than doubled", 2.2) and not agrees("more than doubled", 1.9)
    assert agrees("lower", True) and not agrees("lower", False)
    assert agrees("fourth", 4) and not agrees("third", 4)
    assert agrees("6,780", 6780) and not agrees("678", 6780)


def test_offsets_cut_out_each_figure_in_text_order(text: str,
                                                   claims: list[dict[str, object]]) -> None:
    starts = []
    for c in claims:
        start, end = int(str(c["start"])), int(str(c["end"]))
        assert text[start:end] == c["figure"], c
        starts.append(start)
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


def test_generator_output_is_what_is_committed(tmp_path: Path) -> None:
    for script in ("make_gold.py", f"make_gold_{NAME}.py"):
        shutil.copy(GOLD / script, tmp_path / script)
    subprocess.run([sys.executable, str(tmp_path / f"make_gold_{NAME}.py")], check=True,
                   capture_output=True, cwd=tmp_path)
    for suffix in (".txt", ".yaml"):
        written = (tmp_path / f"{NAME}{suffix}").read_text(encoding="utf-8")
        assert written == (GOLD / f"{NAME}{suffix}").read_text(encoding="utf-8"), suffix


def test_consistent_and_ambiguous_formulas_give_the_printed_figure(
        claims: list[dict[str, object]]) -> None:
    checked = 0
    for c in claims:
        if c["verdict"] in ("consistent", "ambiguous"):
            assert c.get("formula"), c
            assert agrees(str(c["figure"]), evaluate(c)), c
            checked += 1
    assert checked >= 40


def test_slips_give_their_intended_figure_not_the_printed_one(
        claims: list[dict[str, object]]) -> None:
    for c in (c for c in claims if c["verdict"] == "inconsistent"):
        value = evaluate(c)
        assert agrees(str(c["intended"]), value), c
        assert not agrees(str(c["figure"]), value), c
        printed = APPROX.sub("", str(c["figure"]))
        if NUMBER.match(SUFFIX.sub("", printed)):
            number = float(SUFFIX.sub("", printed).replace(",", ""))
            assert abs(number - value) > 0.02 * abs(value), c  # not a rounding matter


def test_unverifiable_claims_have_no_inputs_and_two_are_chance_traps(
        text: str, claims: list[dict[str, object]]) -> None:
    """A trap: two other figures of the claim's paragraph, about other things, divide to its
    value (within 1 %), so a checker that takes them would wrongly call it checkable."""
    unverifiable = [c for c in claims if c["verdict"] == "unverifiable"]
    assert len(unverifiable) >= 4
    traps = 0
    for c in unverifiable:
        assert "formula" not in c and "intended" not in c, c
        figure = str(c["figure"])
        body = SUFFIX.sub("", APPROX.sub("", figure))
        if not NUMBER.match(body):
            continue
        target = float(body.replace(",", ""))
        start, end = int(str(c["start"])), int(str(c["end"]))
        para_start = text.rfind("\n\n", 0, start) + 2
        para_end = text.find("\n\n", end)
        para = text[para_start:start] + text[end : para_end if para_end >= 0 else len(text)]
        numbers = [float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*\d|\d", para)]
        scale = 100 if "percent" in figure else 1
        if any(abs(a / b * scale - target) <= 0.01 * target
               for a in numbers for b in numbers if b and a != b):
            traps += 1
    assert traps >= 2


def test_the_article_has_the_size_and_spread_asked_for(
        text: str, claims: list[dict[str, object]]) -> None:
    paragraphs = text.strip().split("\n\n")[1:]
    assert 12 <= len(paragraphs) <= 16
    assert 55 <= len(claims) <= 62
    assert {str(c["kind"]) for c in claims} == KINDS
    assert {c["split"] for c in claims} == {"heldout7"}
    verdicts = Counter(str(c["verdict"]) for c in claims)
    assert verdicts["ambiguous"] >= 2
    slip_kinds = Counter(str(c["kind"]) for c in claims if c["verdict"] == "inconsistent")
    assert sum(slip_kinds.values()) >= 9
    assert len(slip_kinds) >= 7
    assert {"rate", "comparison"} <= set(slip_kinds)
