"""Checks on the held-out gold article ``caucasusfront1915`` (issue #14, split ``heldout12``):
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
from make_gold_caucasusfront1915 import FORMULA_NAMES, caucasusfront1915  # noqa: E402

NAME = "caucasusfront1915"
Claim = dict[str, object]
TEXT = (GOLD / f"{NAME}.txt").read_text(encoding="utf-8")
YAML_TEXT = (GOLD / f"{NAME}.yaml").read_text(encoding="utf-8")
CLAIMS: list[Claim] = yaml.safe_load(YAML_TEXT)["claims"]
PARAGRAPHS = TEXT.rstrip("\n").split("\n\n")[1:]  # the first block is the title

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
ORDINALS_AND_COUNTS = {"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "six": 6,
                       "seven": 7}
# A figure in words and the range of values (ratio, years) it may stand for.
IN_WORDS: dict[str, tuple[float, float]] = {
    "nearly three and a half years": (3.25, 3.5),
    "nearly four years": (3.5, 4.0),
    "more than a third": (1 / 3, 0.4),
    "more than five times": (5.0, 5.6),
    "tripled": (2.85, 3.15),
    "doubled": (1.9, 2.1),
    "more than halved": (0.3, 0.5),
    "about one in six": (0.15, 0.185),
    "two-thirds": (0.64, 0.69),
    "about a fifth": (0.18, 0.22),
    "nearly twice as many": (1.85, 2.0),
    "about four times as many": (3.8, 4.2),
}
TRUE_COMPARISONS = {"second only to", "fewest", "more likely", "lower"}


def reads_as(figure: str, value: float) -> bool:
    """Whether ``figure`` as printed is what ``value`` gives at the printed precision: decimals
    to their last printed place, whole numbers to the unit or, after "about", to their last
    non-zero digit; words by the table above."""
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
    text = text.removeprefix("about ")
    for unit in (" days", " months", " years"):
        text = text.removesuffix(unit)
    return round(value) == ORDINALS_AND_COUNTS[text]


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
    assert reads_as("60.3 percent", 60.34) and not reads_as("60.3 percent", 60.36)
    assert reads_as("71.0%", 70.996) and not reads_as("71.0%", 71.06)
    assert reads_as("about 300", 301.6) and not reads_as("about 300", 351.0)
    assert reads_as("about 2,360", 2356.5) and not reads_as("about 2,360", 2354.9)
    assert reads_as("about 192,000 rubles", 191952) and not reads_as("about 192,000", 190400)
    assert reads_as("40", 40.38) and not reads_as("40", 40.6)
    assert reads_as("53.4 per 1,000", 53.40) and not reads_as("53.4 per 1,000", 5.34)
    assert reads_as("7 per cent", 7) and not reads_as("6", 60)
    assert reads_as("about six", 6.05) and not reads_as("about six", 6.6)
    assert reads_as("seven months", 6.997) and not reads_as("seven months", 6.4)
    assert reads_as("110 days", 110) and not reads_as("120 days", 110)
    assert reads_as("third", 3) and not reads_as("second", 3)
    assert reads_as("doubled", 2.0) and not reads_as("tripled", 2.0)
    assert reads_as("more than halved", 0.39) and not reads_as("more than halved", 0.55)


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
    caucasusfront1915().write()
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
    assert checked == 45


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
    # digits transposed: the sick were 24.8 percent of the sheltered, printed 28.4
    assert only("28.4 percent")["intended"] == "24.8" and reads_as("24.8", 2845 / 11460 * 100)
    # the neighbouring total as base: 6,960 over the 88,310 of 1916, not the 96,480 entered
    families = only("7.9 percent")
    assert reads_as("7.9", 6960 / 88310 * 100) and families["intended"] == "7.2"
    assert {6960.0, 88310.0, 96480.0} <= numbers_in(paragraph_of(families))
    # a decline printed as the share that remained
    assert reads_as("37.5", 21840 / 58215 * 100) and only("37.5 percent")["intended"] == "62.5"
    # a digit dropped: 60 rubles a head printed as 6
    assert only("6", "inconsistent")["intended"] == "60"
    # a sum off by a part: 522 leaves out March's 90
    assert 148 + 203 + 171 == 522 and only("522")["intended"] == "612"
    # a remainder with two digits transposed
    assert only("6,900")["intended"] == "6,090" == f"{17365 - 7370 - 3905:,}"
    # the wrong multiple word, the wrong rank, a miscounted duration, a wrong list count
    assert only("tripled")["intended"] == "doubled"
    assert only("second")["intended"] == "third" and 19340 > 12650 > 11905 > 8210
    assert only("120 days")["intended"] == "110 days"
    assert only("four", "inconsistent")["intended"] == "three"


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 2,510 Greek children are 18 percent of the 13,940 registered by June and of the
    13,720 left in December; the 86,400 rubles are about 30 a family over the 2,870 households
    removed and over the 2,915 families that came back."""
    readings = {"18 percent": ((2510, 13940, 100.0), (2510, 13720, 100.0)),
                "about 30 rubles": ((86400, 2870, 1.0), (86400, 2915, 1.0))}
    ambiguous = [c for c in CLAIMS if c["verdict"] == "ambiguous"]
    assert {str(c["figure"]) for c in ambiguous} == set(readings)
    for claim in ambiguous:
        figure = str(claim["figure"])
        values = []
        for part, whole, scale in readings[figure]:
            assert {float(part), float(whole)} <= numbers_in(paragraph_of(claim)), claim
            values.append(part / whole * scale)
            assert reads_as(figure, values[-1]), (claim, values[-1])
        assert abs(values[0] - values[1]) / values[0] > 0.01


def test_unverifiable_claims_carry_no_arithmetic_and_two_are_chance_traps() -> None:
    unverifiable = {str(c["figure"]): c for c in CLAIMS if c["verdict"] == "unverifiable"}
    assert set(unverifiable) == {"about 15 percent", "about a fifth", "faster",
                                 "nearly 30 percent"}
    assert all("formula" not in c and "intended" not in c for c in unverifiable.values())
    # traps: the 430 Cossacks over the 2,870 households; the societies' gifts over the total
    deaths = unverifiable["about 15 percent"]
    assert {430.0, 2870.0} <= numbers_in(paragraph_of(deaths))
    assert reads_as("about 15 percent", 430 / 2870 * 100)
    gifts = unverifiable["about a fifth"]
    assert {512300.0, 2476800.0} <= numbers_in(paragraph_of(gifts))
    assert reads_as("about a fifth", 512300 / 2476800)
    # the Greek families' losses: no two figures of the paragraph come near 30 percent
    nums = [n for n in numbers_in(paragraph_of(unverifiable["nearly 30 percent"])) if n != 30]
    assert not any(0.25 <= a / b <= 0.31 for a, b in permutations(nums, 2))
    # the camps' death rate is printed nowhere: the sentence has no figure at all
    assert not NUMBER.search(sentence_of(unverifiable["faster"]))


def test_durations_follow_from_the_printed_dates() -> None:
    spans = {"nearly three and a half years": (date(1914, 11, 18), date(1918, 4, 30)),
             "120 days": (date(1916, 3, 3), date(1916, 6, 21)),
             "seven months": (date(1917, 4, 15), date(1917, 11, 14))}
    for figure, (start, end) in spans.items():
        claim = only(figure)
        sentence = sentence_of(claim)
        for day in (start, end):
            assert f"{day.day} {day:%B}" in sentence, (figure, sentence)
        assert f"{start.year}" in sentence
    assert value_of(only("120 days")) == 110 == (date(1916, 6, 21) - date(1916, 3, 3)).days
    assert 6.9 < (date(1917, 11, 14) - date(1917, 4, 15)).days / (365.25 / 12) < 7.1
    exile = sentence_of(only("nearly four years"))
    assert "January 1915" in exile and "autumn of 1918" in exile
    assert [c["kind"] for c in CLAIMS].count("duration") == 4


def test_list_counts_match_the_items_listed() -> None:
    counts = [c for c in CLAIMS if c["kind"] == "count"]
    assert len(counts) == 4
    for claim in counts:
        colon = TEXT.index(":", int(claim["end"]))  # type: ignore[call-overload]
        items = re.split(r", and |, | and ", TEXT[colon + 1 : TEXT.index(".", colon)])
        assert len(items) == value_of(claim), (claim, items)
        expected = str(claim.get("intended", claim["figure"]))
        assert ORDINALS_AND_COUNTS[expected] == len(items), (claim, items)


def test_chains_state_every_input_in_their_sentence() -> None:
    chains = [c for c in CLAIMS if c["kind"] == "chain"]
    assert len(chains) == 3
    for claim in chains:
        base, *fractions = str(claim["formula"]).split("*")
        sentence = sentence_of(claim)
        assert f"{int(base):,}" in sentence, claim
        for fraction in fractions:
            share = round(float(fraction) * 100)
            assert f"{share} percent" in sentence or (share == 20 and "a fifth" in sentence)


def test_sums_and_remainders_take_printed_figures_of_their_paragraph() -> None:
    for claim in CLAIMS:
        if claim["kind"] not in {"sum", "remainder"} or "formula" not in claim:
            continue
        terms = re.findall(r"\d+", str(claim["formula"]))
        para = numbers_in(paragraph_of(claim)) - numbers_in(str(claim["figure"]))
        assert {float(t) for t in terms} <= para | {100.0}, claim


def test_the_article_has_the_planned_shape() -> None:
    kinds = Counter(str(c["kind"]) for c in CLAIMS)
    assert kinds == {"share": 12, "sum": 7, "remainder": 5, "rate": 8, "multiple": 8,
                     "comparison": 8, "count": 4, "duration": 4, "chain": 3}
    verdicts = Counter(str(c["verdict"]) for c in CLAIMS)
    assert verdicts == {"consistent": 43, "inconsistent": 10, "unverifiable": 4,
                        "ambiguous": 2}
    slips = Counter(str(c["kind"]) for c in CLAIMS if c["verdict"] == "inconsistent")
    assert len(slips) >= 7 and {"rate", "comparison"} <= set(slips)
    assert {c["split"] for c in CLAIMS} == {"heldout12"}
    assert TEXT.splitlines()[0].startswith("Behind the Caucasus front")
    assert 12 <= len(PARAGRAPHS) <= 16
    for para in PARAGRAPHS:
        sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", para)
        assert 2 <= len(sentences) <= 6, para
