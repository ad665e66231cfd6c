"""The blind gold article ``aegean1914`` (issue #14, split ``heldout22``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps, its one reversed comparison and the
planned mistake behind some of its slips."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("aegean1914")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "twenty-five": 25, "forty-one": 41,
           "ninety": 90},
    # Bounds (inclusive) of the ratio each phrase describes, from the ordinary sense of the
    # words: "more than a fifth" is above 0.2 but well short of a quarter, "four villages in
    # five" and "one in ten" allow a couple of points either way.
    fractions={**gold.MULTIPLE_WORDS, "more than a fifth": (0.2, 0.25),
               "four villages in five": (0.78, 0.82), "about a third": (0.3, 0.36),
               "one in ten": (0.09, 0.11)},
    ranks={"largest": 1, "second": 2, "third": 3},
)


class TestAegean1914(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                     gold.CountChecks, gold.ChainChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout22"
    plan = gold.Plan(verdicts={"unverifiable": (4, None), "ambiguous": (2, None),
                               "inconsistent": (9, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    formula_names = ("sorted",)
    unverifiable = frozenset({"2.2", "20 per cent", "nearly 60 percent", "about a third",
                              "one in ten"})
    # Menemen's 480 claims were fewer than Dikili's 720: the printed word is the reverse.
    opposites: ClassVar = {"more numerous": "less numerous"}
    chain_share_words: ClassVar = {0.25: "a quarter"}
    hand_readings = (
        ("about 24", 23.9, True), ("about 24", 24.6, False),
        ("37.2 per cent", 37.166, True), ("37.2 per cent", 37.26, False),
        ("17.1 %", 17.06, True), ("17.1 %", 17.04, False),
        ("more than a fifth", 0.217, True), ("more than a fifth", 0.19, False),
        ("four villages in five", 0.80, True), ("four villages in five", 0.75, False),
        ("halved", 0.47, True), ("tripled", 2.1, False), ("doubled", 2.1, True),
        ("forty-one days", 41, True), ("forty-one days", 40, False),
        ("nearly four years", 3.92, True), ("six years", 5, False),
        ("about 4,040", 4039.2, True), ("about 4,040", 4046, False),
        ("third", 3, True), ("third", 2, False), ("larger", False, False),
        ("one in ten", 0.5, False), ("one in ten", 0.1, True),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): persons per
    # family on the second count of the muhacirs, with infants, rather than the first; orphans
    # as a share of those left alive on Lesbos rather than of all registered there.
    readings: ClassVar = {"4.5": ("22090/4870",), "about 8 per cent": ("2380/29520*100",)}
    # Unverifiable claims planted beside unrelated figures that happen to give the same
    # arithmetic, exactly: dispensaries over bakeries on Chios, houses rebuilt at Dikili over
    # houses repaired at Ayvalik.
    traps: ClassVar = {"20 per cent": "12/60*100", "about a third": "140/420"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a third": 1 / 3}


def test_the_left_over_claims_are_a_transposition() -> None:
    """The unheard claims, 3,522, were printed with two digits swapped."""
    slip = ARTICLE.only("3,252", "inconsistent")
    assert sorted(str(slip["figure"])) == sorted(str(slip["intended"]))
    assert slip["intended"] == "3,522" and 6412 - 2890 == 3522


def test_the_oil_trade_fall_is_printed_as_what_remained() -> None:
    """18,500 barrels down to 5,200: 5,200 is 28.1 % of 18,500, the fall 71.9 %."""
    slip = ARTICLE.only("28.1 per cent", "inconsistent")
    assert f"{5200 / 18500 * 100:.1f}" == "28.1"
    assert slip["intended"] == "71.9 per cent"


def test_the_foca_exile_dates() -> None:
    """Fled in June 1914, landed again in spring 1919: under five years, not six."""
    slip = ARTICLE.only("six years", "inconsistent")
    assert slip["intended"] == "five years"
    assert "fled on 12 June 1914" in ARTICLE.paragraph_of(slip)
    assert "spring of 1919" in ARTICLE.paragraph_of(slip)
