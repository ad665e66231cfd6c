"""The blind gold article ``hutsul1950`` (issue #14, split ``heldout16``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the lists its counts cover."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("hutsul1950")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "eighteen": 18,
           "thirty-six": 36},
    # Bounds (inclusive) of the ratio each phrase describes, in its ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "one in five": (0.18, 0.22), "under a fifth": (0.15, 0.2),
               "about a third": (0.3, 0.36), "over three-quarters": (0.75, 0.8),
               "quadrupled": (3.8, 4.2), "twice as high": (1.9, 2.1)},
    ranks={"largest": 1, "second-largest": 2},
)


class TestHutsul1950(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                     gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout16"
    plan = gold.Plan(verdicts={"unverifiable": (5, 5), "ambiguous": (2, 2),
                               "inconsistent": (10, 10)},
                     kinds={kind: (3, None) for kind in gold.KINDS})
    reader = READ
    unverifiable = frozenset({"60 percent", "25 percent", "about 90 per 1,000", "about a third",
                              "about 8 per cent"})
    # The Kurgan death rate was the lower of the two, not the higher.
    opposites: ClassVar = {"higher": "lower"}
    hand_readings = (
        ("about 520", 522.3, True), ("about 520", 525.1, False),
        ("26.4%", 26.36, True), ("26.4%", 26.34, False),
        ("almost 14", 13.87, True), ("almost 14", 13.4, False),
        ("about 4,700", 4671.3, True), ("about 4,700", 4640, False),
        ("about 3,000", 3002.4, True), ("about 3,300", 3002.4, False),
        ("quadrupled", 4.04, True), ("tripled", 4.04, False),
        ("under a fifth", 0.19, True), ("under a fifth", 0.21, False),
        ("seven", 6.81, True), ("eight years", 7, False),
        ("thirty-six days", 36, True), ("eighteen days", 19, False),
        ("largest", 1, True), ("largest", 2, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the women of
    # Rakhiv rather than the children; the persons who arrived rather than those loaded.
    readings: ClassVar = {"40 percent": ("598/1502*100",),
                          "26.5 per cent": ("5250/19811*100",)}
    # Unverifiable shares planted beside unrelated figures that give them exactly: locomotives
    # granted over those asked for; tractors over horses at Asino.
    traps: ClassVar = {"60 percent": "27/45*100", "25 percent": "35/140*100"}
    trap_values: ClassVar = {"60 percent": 60.0, "25 percent": 25.0}


def test_slips_are_the_planned_mistakes() -> None:
    """Transposed digits in the sum of deaths and in Irkutsk's share; a digit mistyped in the
    remainder; the horses' loss printed as what was left of them."""
    assert ARTICLE.only("651", "inconsistent")["intended"] == "615"
    assert ARTICLE.only("33.7 per cent", "inconsistent")["intended"] == "37.3 per cent"
    assert ARTICLE.only("5,451", "inconsistent")["intended"] == "4,451"
    horses = ARTICLE.only("70.2 percent", "inconsistent")
    assert READ("70.2 percent", 870 / 1240 * 100)
    assert horses["intended"] == "29.8 percent"


def test_durations_are_between_dates_printed_in_their_paragraph() -> None:
    for figure in ("thirty-six days", "eighteen days", "some three weeks"):
        claim = ARTICLE.only(figure, kind="duration")
        paragraph = ARTICLE.paragraph_of(claim)
        for y, m, d in ((1951, 4, 8), (1951, 3, 3), (1950, 10, 2), (1950, 9, 14),
                        (1951, 5, 2), (1951, 4, 10)):
            if f"date({y},{m},{d})" in str(claim["formula"]):
                assert str(y) in paragraph and str(d) in paragraph, (claim, y, m, d)
