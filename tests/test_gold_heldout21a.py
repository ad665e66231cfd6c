"""The blind gold article ``kalmyk1943`` (issue #14, split ``heldout21``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kinds of its slips."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("kalmyk1943")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12,
           "forty-four": 44},
    # Bounds (inclusive) of the ratio each phrase describes, from its ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "over a fifth": (0.2, 0.24),
               "under a third": (0.28, 0.333), "about a third": (0.31, 0.35),
               "cut to a third": (0.31, 0.35), "nearly twice": (1.75, 2.0)},
    ranks={"largest": 1},
)


class TestKalmyk1943(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                     gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout21"
    plan = gold.Plan(verdicts={"inconsistent": (9, None), "unverifiable": (4, None),
                               "ambiguous": (2, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    formula_names = ("sorted", "min")
    opposites: ClassVar = {"lower": "higher"}
    unverifiable = frozenset({"25 percent", "about a third", "about 40 per cent",
                              "about 300 per 1,000"})
    hand_readings = (
        ("about 2,000", 1997.2, True), ("about 2,000", 2600.0, False),
        ("27.5 %", 27.4949, True), ("27.5 %", 27.44, False),
        ("20 per cent", 19.65, True), ("20 per cent", 19.45, False),
        ("about 26", 26.4, True), ("about 26", 26.6, False),
        ("over a fifth", 0.19, False), ("under a third", 0.34, False),
        ("nearly twice", 1.79, True), ("nearly twice", 2.1, False),
        ("halved", 0.33, False), ("more than doubled", 2.1, True),
        ("forty-four days", 44, True), ("forty-four days", 4, False),
        ("more than twelve years", 12.25, True), ("five years", 6, False),
        ("largest", 2, False), ("higher", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Novosibirsk's
    # share of the persons loaded rather than of those who arrived, and the first year's deaths
    # per 1,000 arrivals rather than per 1,000 on the July register.
    readings: ClassVar = {"20 per cent": ("18050/91870*100",),
                          "93 per 1,000": ("8420/90584*1000",)}
    readings_beside_claim = False  # the 91,870 loaded and 90,584 arrived are printed earlier
    # Unverifiable claims planted beside unrelated figures that give them exactly: horses over
    # sledges at Omsk, pairs of felt boots over households at Tara.
    traps: ClassVar = {"25 percent": "96/384*100", "about a third": "380/1140"}
    trap_values: ClassVar = {"25 percent": 25.0, "about a third": 1 / 3}


def test_slips_span_every_kind() -> None:
    """Ten planted slips, one of each kind but two shares (a transposition and a decline
    printed as what was left)."""
    kinds = Counter(str(c["kind"]) for c in ARTICLE.with_verdict("inconsistent"))
    assert set(kinds) == gold.KINDS
    assert kinds["share"] == 2 and sum(kinds.values()) == 10


def test_decline_slip_prints_what_was_left() -> None:
    slip = ARTICLE.only("30.2 per cent", "inconsistent")
    assert READ("30.2 per cent", 126500 / 418200 * 100)
    assert READ(str(slip["intended"]), (418200 - 126500) / 418200 * 100)


def test_transposed_slips_swap_two_digits() -> None:
    for figure in ("21.9%", "37 per 1,000", "552,380"):
        intended = str(ARTICLE.only(figure, "inconsistent")["intended"])
        printed, meant = (gold.NUMBER.search(s) for s in (figure, intended))
        assert printed and meant
        a, b = printed.group(), meant.group()
        assert sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2
