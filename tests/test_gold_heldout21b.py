"""The blind gold article ``kazakhstan1936`` (issue #14, split ``heldout21``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of each planted slip."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("kazakhstan1936")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "nineteen": 19},
    # Bounds (inclusive) on the ratio that the words describe, in their ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "two in five": (0.38, 0.42),
               "one in eight": (0.115, 0.135), "nearly half": (0.42, 0.5)},
    ranks={"largest": 1, "third": 3},
)


class TestKazakhstan1936(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                         gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout21"
    plan = gold.Plan(
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
        slip_kinds=(9, 9),
    )
    reader = READ
    formula_names = ("sorted",)
    unverifiable = frozenset({"25 per cent", "about 40 percent", "one in eight", "nearly half"})
    # The 1937 deaths (2,318) were below the births (2,590): "higher" stands for "lower".
    opposites: ClassVar = {"higher": "lower"}
    hand_readings = (
        ("about 1,100", 1149.0, True), ("about 1,100", 1151.0, False),
        ("89.4 percent", 89.44, True), ("89.4 percent", 89.46, False),
        ("30 per cent", 30.49, True), ("30 per cent", 30.51, False),
        ("39 per 1,000", 38.6, True), ("39 per 1,000", 38.4, False),
        ("two in five", 0.41, True), ("two in five", 0.37, False),
        ("tripled", 2.07, False), ("doubled", 2.07, True),
        ("nearly two", 1.86, True), ("nearly two", 2.6, False),
        ("nineteen years", 19, True), ("nineteen years", 18, False),
        ("one in eight", 0.125, True), ("one in eight", 0.2, False),
        ("third", 3, True), ("largest", 2, False), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the share or
    # rate taken on the 59,412 received in Kazakhstan rather than the 59,820 loaded.
    readings: ClassVar = {"30 per cent": ("18020/59412*100",),
                          "39 per 1,000": ("2318/59412*1000",)}
    readings_beside_claim = False  # the 59,412 received are printed paragraphs before
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic
    # exactly: tents over families at Taincha, tractors over ploughs for the spring sowing.
    traps: ClassVar = {"25 per cent": "350/1400*100", "one in eight": "45/360"}
    trap_values: ClassVar = {"25 per cent": 25.0, "one in eight": 0.125}


def digits(figure: str) -> str:
    return "".join(ch for ch in figure if ch.isdigit())


def test_number_slips_are_transposed_digits() -> None:
    for figure in ("1,858", "38", "577", "64 days"):
        claim = ARTICLE.only(figure, "inconsistent")
        printed, intended = digits(figure), digits(str(claim["intended"]))
        assert printed != intended and sorted(printed) == sorted(intended), claim


def test_the_fall_of_1946_is_printed_as_what_remained() -> None:
    claim = ARTICLE.only("80.1 per cent", "inconsistent", "share")
    assert float(digits("80.1")) / 10 + float(digits(str(claim["intended"]))) / 10 == 100.0
    assert round(47905 / 59820 * 100, 1) == 80.1


def test_durations_follow_the_printed_dates() -> None:
    assert (date(1936, 5, 25) - date(1936, 4, 28)).days == 27  # "four weeks"
    assert (date(1936, 9, 20) - date(1936, 5, 25)).days == 118  # "nearly four months"
    assert (date(1936, 7, 19) - date(1936, 6, 3)).days == 46  # printed "64 days"
    assert "28 April 1936" in ARTICLE.text and "25 May" in ARTICLE.text
    assert "20 September" in ARTICLE.text and "3 June to 19 July 1936" in ARTICLE.text
