"""The gold article ``harbin1935`` (issue #14, split ``heldout13``), checked on its own terms by
gold_article.py (never by borderlands.figures); only here: the kinds of its slips, its
ambiguities read within their sentences, its exact traps, the durations, two-share chains."""

from __future__ import annotations

import re
from collections import Counter
from itertools import permutations

import gold_article as gold

ARTICLE = gold.GoldArticle.load("harbin1935")
FORMULA_NAMES = ()  # the generator's FORMULA_NAMES: plain arithmetic and comparisons
READ = gold.FigureReader(
    words={"second": 2, "third": 3, "three": 3, "four": 4, "five": 5, "six": 6,
           "fourteen": 14, "eighteen": 18, "nineteen": 19},
    # A figure in words and the range of values (a ratio, or a span in the printed unit) it may
    # stand for; decided by hand, not from the formulas.
    ratios={
        "just over six months": (6.0, 6.5),
        "two and a half years": (2.4, 2.6),
        "about a fifth": (0.18, 0.22),
        "more than doubled": (2.0, 2.5),
        "doubled": (1.9, 2.1),
        "tripled": (2.85, 3.15),
        "nearly four-fifths": (0.75, 0.8),
        "five-sixths": (0.82, 0.845),
        "most": (0.5, 0.9),
        "the great majority": (0.75, 1.0),
        "about twice as many": (1.9, 2.1),
    },
    suffixes=(" months", " years"),
    relations=frozenset({"largest", "worst", "more likely", "second only to", "lower"}),
)


class TestHarbin1935(gold.HandReadingChecks, gold.CountChecks, gold.ChainChecks,
                     gold.SumInputChecks, gold.ArticleChecks):
    article = ARTICLE
    split = "heldout13"
    plan = gold.Plan(
        kinds=gold.exactly({"share": 13, "sum": 7, "remainder": 5, "rate": 9, "multiple": 9,
                            "comparison": 7, "count": 4, "duration": 4, "chain": 3}),
        verdicts=gold.exactly({"consistent": 44, "inconsistent": 11, "unverifiable": 4,
                               "ambiguous": 2}),
        worked=(46, 46), slip_kinds=(9, 9))
    reader = READ
    formula_names = FORMULA_NAMES
    title_starts = "Home from the railway zone"
    count_sentences = staticmethod(gold.split_count(re.compile(r"(?<=\.)\s+(?=[A-Z])")))
    unverifiable = frozenset({"35 percent", "40 percent", "about a third",
                              "about 120 per 1,000"})
    sum_input_extras = frozenset()
    hand_readings = (
        ("73.5 percent", 73.46, True), ("73.5 percent", 73.56, False),
        ("about 3.3", 3.301, True), ("about 3.3", 3.36, False),
        ("about 6,650 rubles", 6654.9, True), ("about 6,650", 6656.0, False),
        ("about 4,050,000 rubles", 4053280, True), ("about 4,050,000", 4056000, False),
        ("48", 48.18, True), ("48", 48.6, False),
        ("65 per cent", 65.22, True), ("65 per cent", 64.13, False),
        ("four", 4.0, True), ("five", 4.0, False),
        ("fourteen months", 14, True), ("nineteen years", 18, False),
        ("third", 3, True), ("second", 3, False),
        ("doubled", 1.99, True), ("tripled", 1.99, False),
        ("five-sixths", 945 / 1134, True), ("five-sixths", 0.8, False),
    )


def test_each_slip_is_the_planned_kind_of_mistake() -> None:
    only = ARTICLE.only
    # digits transposed: office staff are 24.8 percent of the heads of family, printed 28.4
    assert only("28.4 percent")["intended"] == "24.8" and READ("24.8", 1541 / 6215 * 100)
    # the neighbouring total as base: 1,047 over the 1,348 of 1937, not the 1,611 arrested
    shot = only("77.7 percent")
    assert READ("77.7", 1047 / 1348 * 100) and shot["intended"] == "65.0"
    # a decline printed as the share that remained
    assert READ("44.6", 506 / 1134 * 100) and only("44.6 percent")["intended"] == "55.4"
    # a sum off by a part: 1,516 leaves out February's 95
    assert 1348 + 168 == 1516 and only("1,516")["intended"] == "1,611"
    # a digit dropped from a remainder
    assert only("23")["intended"] == "223" == f"{1611 - 1388:,}"
    # a rate with two digits transposed, a chain likewise
    assert only("253")["intended"] == "235" and only("96")["intended"] == "69"
    # the wrong multiple word, the wrong rank, a miscounted duration, a wrong list count
    assert only("tripled")["intended"] == "doubled"
    assert only("second")["intended"] == "third" and 3870 > 905 > 812 > 628
    assert only("nineteen years")["intended"] == "eighteen years" and 1956 - 1938 == 18
    assert only("five", "inconsistent")["intended"] == "four"
    slips = Counter(str(c["kind"]) for c in ARTICLE.with_verdict("inconsistent"))
    assert len(slips) == 9 and {"rate", "comparison"} <= set(slips)


def test_ambiguous_claims_have_two_printed_readings() -> None:
    """The 1,611 arrested are 65 per cent of the 2,460 adults of the passport lists and of the
    2,470 of the staff list; 231 families out of 462 are both the half that remained and a fall
    by half."""
    ambiguous = {str(c["figure"]): c for c in ARTICLE.with_verdict("ambiguous")}
    assert set(ambiguous) == {"65 per cent", "50.0 percent"}
    numbers = ARTICLE.numbers_in
    adults = ambiguous["65 per cent"]
    assert {1611.0, 2460.0, 2470.0} <= numbers(ARTICLE.paragraph_of(adults)) | {1611.0}
    assert "1,611" in ARTICLE.sentence_of(adults)
    assert READ("65 per cent", 1611 / 2460 * 100) and READ("65", 1611 / 2470 * 100)
    centre = ambiguous["50.0 percent"]
    assert {462.0, 231.0} <= numbers(ARTICLE.sentence_of(centre))
    assert READ("50.0", 231 / 462 * 100) and READ("50.0", (462 - 231) / 462 * 100)


def test_two_unverifiable_claims_are_chance_traps_and_two_are_not() -> None:
    unverifiable = {str(c["figure"]): c for c in ARTICLE.with_verdict("unverifiable")}
    numbers, paragraph_of = ARTICLE.numbers_in, ARTICLE.paragraph_of
    # traps: flats over barrack rooms; the Gorelovo returners over the local men
    debt = unverifiable["40 percent"]
    assert {296.0, 740.0} <= numbers(paragraph_of(debt)) and 296 / 740 == 0.4
    papers = unverifiable["about a third"]
    assert {84.0, 252.0} <= numbers(paragraph_of(papers))
    assert abs(84 / 252 - 1 / 3) < 1e-9
    # the others: no two figures of the paragraph come near them
    born = [n for n in numbers(paragraph_of(unverifiable["35 percent"])) if n != 35]
    assert not any(0.345 <= a / b < 0.355 for a, b in permutations(born, 2))
    deaths = [n for n in numbers(paragraph_of(unverifiable["about 120 per 1,000"]))
              if n not in {120, 1000}]
    assert not any(0.115 <= a / b < 0.125 for a, b in permutations(deaths, 2))


def test_durations_follow_from_the_printed_dates() -> None:
    six = ARTICLE.only("just over six months")
    assert "From 23 March to 30 September 1935" in ARTICLE.paragraph_of(six)
    value = gold.evaluate(six["formula"], FORMULA_NAMES)
    assert isinstance(value, float) and abs(value - (6 + 7 / 30)) < 1e-9
    half = ARTICLE.sentence_of(ARTICLE.only("two and a half years"))
    assert "March 1935" in half and "September 1937" in half
    assert (1937 * 12 + 9) - (1935 * 12 + 3) == 30
    fourteen = ARTICLE.sentence_of(ARTICLE.only("fourteen months"))
    assert "September 1937" in fourteen and "November 1938" in fourteen
    assert (1938 * 12 + 11) - (1937 * 12 + 9) == 14
    exile = ARTICLE.sentence_of(ARTICLE.only("nineteen years"))
    assert "from 1938 to 1956" in exile


def test_each_chain_takes_two_shares() -> None:
    for claim in ARTICLE.of_kind("chain"):
        assert len(str(claim["formula"]).split("*")) == 3, claim
