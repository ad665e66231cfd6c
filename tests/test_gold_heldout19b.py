"""The blind gold article ``karelia1944`` (issue #14, split ``heldout19``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kind of mistake behind each
planted slip."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("karelia1944")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fifteen": 15},
    # Bounds (inclusive) of the ratio each phrase describes in its ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "over four-fifths": (0.8, 0.87),
               "two to one": (1.9, 2.1), "just over half": (0.5, 0.56),
               "nearly three to one": (2.7, 3.0), "one in four": (0.23, 0.27),
               "about a tenth": (0.08, 0.12)},
    ranks={"fourth": 4, "fifth": 5},
)


class TestKarelia1944(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                      gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout19"
    plan = gold.Plan(verdicts={"inconsistent": (9, None), "unverifiable": (4, None),
                               "ambiguous": (2, None)},
                     kinds={kind: (3, None) for kind in gold.KINDS}, slip_kinds=(7, None))
    reader = READ
    formula_names = ("date", "sorted")
    opposites: ClassVar = {"fewer": "more"}
    unverifiable = frozenset({"about a tenth", "about 60 per cent", "15 per cent",
                              "one in four"})
    hand_readings = (
        ("about 1,380", 1378.9, True), ("about 1,380", 1374.9, False),
        ("about 14", 14.06, True), ("about 14", 14.6, False),
        ("42.4 percent", 42.43, True), ("42.4 percent", 42.46, False),
        ("51.8 percent", 51.848, True), ("51.8 percent", 51.851, False),
        ("2.7 per 1,000", 2.71, True), ("2.7 per 1,000", 2.76, False),
        ("over four-fifths", 0.79, False), ("just over half", 0.49, False),
        ("nearly three to one", 3.05, False), ("tripled", 2.01, False), ("doubled", 2.01, True),
        ("six", 5.73, True), ("six", 5.4, False), ("eleven weeks", 11.29, True),
        ("fifteen days", 13, False), ("fourth", 5, False), ("fifth", 5, True),
        ("more", True, True), ("fewer", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): those who died
    # rather than those who crossed to Sweden, as a share of the 7,380 not handed over; the fall
    # of the Salla herds rather than what was left of them.
    readings: ClassVar = {"20 per cent": ("1460/7380*100",),
                          "50 per cent": ("(8400-4200)/8400*100",)}
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic exactly:
    # nurses over beds, pigs over sheep, both at the camp of Kuivasalmi.
    traps: ClassVar = {"15 per cent": "48/320*100", "one in four": "215/860"}
    trap_values: ClassVar = {"15 per cent": 15.0, "one in four": 0.25}


def slip(figure: str) -> gold.Claim:
    return ARTICLE.only(figure, verdict="inconsistent")


def test_transposed_digits_behind_three_slips() -> None:
    for figure in ("5.2 per cent", "390", "268,450"):
        printed, intended = figure.split()[0], str(slip(figure)["intended"]).split()[0]
        assert sorted(printed) == sorted(intended) and printed != intended, figure


def test_a_dropped_digit_behind_the_train_rate() -> None:
    claim = slip("45")
    assert str(claim["intended"]) == "450" and gold.evaluate(claim["formula"]) == 450.0


def test_the_suistamo_fall_was_printed_as_the_share_left() -> None:
    claim = slip("68.0 percent")
    assert READ("68.0 percent", 5480 / 8060 * 100)
    assert READ(str(claim["intended"]), gold.evaluate(claim["formula"]))


def test_the_kuopio_chain_took_a_half_for_two_thirds() -> None:
    assert READ("about 13,800", 61240 * 0.45 / 2)
    assert not READ("about 13,800", gold.evaluate(slip("about 13,800")["formula"]))


def test_the_dates_behind_the_durations_are_printed() -> None:
    text = ARTICLE.text
    for dates in (("15 June", "2 September"), ("19 September", "29 September"),
                  ("13 March 1940", "26 March"), ("24 October 1944", "17 January 1945")):
        assert all(d in text for d in dates), dates
    assert str(slip("fifteen days")["intended"]) == "thirteen days"
