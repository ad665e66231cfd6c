"""The blind gold article ``nerkaght1946`` (issue #14, split ``heldout24``), checked on its own
terms by gold_article.py, its figures read by margins (half the last printed unit); only here:
its tables of words, its second readings, its exact traps and the kinds of its slips."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("nerkaght1946")
READ = gold.MarginReader(
    words={"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "nine": 9, "eighteen": 18},
    # Bounds (inclusive) of the ratio each phrase describes in its ordinary sense.
    fractions={**gold.MULTIPLE_WORDS, "more than a third": (0.334, 0.4),
               "about a third": (0.3, 0.36), "almost twice": (1.8, 2.0)},
    ranks={"third": 3},
)


class TestNerkaght1946(gold.HandReadingChecks, gold.ReadingChecks, gold.TrapChecks,
                       gold.CountChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout24"
    plan = gold.Plan(claims=(59, 59),
                     verdicts=gold.exactly({"consistent": 43, "inconsistent": 10,
                                            "unverifiable": 4, "ambiguous": 2}),
                     kinds={kind: (3, None) for kind in gold.KINDS}, slip_kinds=(9, 9))
    reader = READ
    formula_names = ("sorted",)
    opposites: ClassVar = {"lower": "higher"}
    unverifiable = frozenset({"25 per cent", "about a third", "40 per cent", "some 30,000"})
    hand_readings = (
        ("about 2,400", 2415.0, True), ("about 2,400", 2460.0, False),
        ("56.4 percent", 56.36, True), ("56.4 percent", 56.46, False),
        ("about 4.1", 4.08, True), ("about 4.1", 4.16, False),
        ("almost twice", 1.83, True), ("almost twice", 2.05, False),
        ("more than a third", 0.35, True), ("more than a third", 0.32, False),
        ("doubled", 2.05, True), ("tripled", 2.05, False),
        ("five", 4.97, True), ("five", 4.4, False),
        ("seven years", 7, True), ("nine years", 7, False),
        ("third", 3, True), ("third", 2, False), ("lower", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): the persons
    # counted at Batumi rather than those on the Beirut lists, and the entry permits issued in
    # Athens rather than the arrivals registered from Greece.
    readings: ClassVar = {"about 4.1": ("9410/2306",), "30 percent": ("5390/17980*100",)}
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic,
    # exactly: tents over camp beds at Shengavit, exit applications over letters held back.
    traps: ClassVar = {"25 per cent": "48/192*100", "about a third": "310/930"}
    trap_values: ClassVar = {"25 per cent": 25.0, "about a third": 1 / 3}


def test_numeric_slips_are_transpositions_or_a_misplaced_point() -> None:
    """Three slips swap two digits of the right figure; the death rate on the road moves its
    point one place; the Piraeus chain gets its thousands digit wrong."""
    for figure in ("7.5 percent", "7,160", "4,400"):
        claim = ARTICLE.only(figure, "inconsistent")
        printed = str(claim["figure"]).split()[0].replace(",", "")
        intended = str(claim["intended"]).split()[0].replace(",", "")
        assert printed != intended and sorted(printed) == sorted(intended), claim
    road = ARTICLE.only("0.3 per 1,000", "inconsistent")
    assert road["intended"] == "3.0 per 1,000"
    piraeus = ARTICLE.only("about 2,970", "inconsistent")
    assert piraeus["intended"] == "about 1,970"


def test_durations_follow_the_printed_dates() -> None:
    landing = date(1946, 6, 23) - date(1945, 11, 21)
    assert 7 * 30 <= landing.days <= 7 * 31
    assert (date(1949, 7, 2) - date(1949, 6, 14)).days == 18
    assert ARTICLE.only("eighteen days")["formula"] == "(30-14)+2"
    exile = ARTICLE.only("nine years", "inconsistent")
    assert exile["intended"] == "seven years" and 1956 - 1949 == 7


def test_the_register_arrivals_by_country_add_up_to_the_yearly_total() -> None:
    by_country = 20580 + 18470 + 17930 + 13210 + 6840 + 5160 + 8170
    by_year = 50930 + 35420 + 2850 + 1160
    assert by_country == by_year == 90360
