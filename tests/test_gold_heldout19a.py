"""The blind gold article ``bulgariaturks1950`` (issue #14, split ``heldout19``), checked on its
own terms by gold_article.py, its figures read by margins (half the last printed unit); only
here: its tables of words, its second readings, its exact traps, the dates behind its durations
and the mistakes its slips were planned as."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("bulgariaturks1950")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "eight": 8, "fifteen": 15,
           "seventeen": 17, "twenty-seven": 27, "thirty-seven": 37, "fifty-eight": 58},
    # Bounds (inclusive) of the ratio each phrase describes, from the ordinary sense of the
    # words.
    fractions={**gold.MULTIPLE_WORDS, "one in five": (0.18, 0.22),
               "about a quarter": (0.23, 0.27)},
    ranks={"largest": 1, "second only to": 2, "third": 3},
)


class TestBulgariaTurks1950(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                            gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout19"
    plan = gold.Plan(
        claims=(55, 62),
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
        slip_kinds=(7, None),
    )
    reader = READ
    unverifiable = frozenset({"20 per cent", "about 9 per 1,000", "about a quarter",
                              "about 35 per cent"})
    opposites: ClassVar = {"fewer": "more"}
    # The 152,620 of the Turkish return, printed in the first sentence of an earlier
    # paragraph, is the whole the provinces' remainder is worked from.
    sum_input_extras: ClassVar = frozenset({100.0, 152620.0})
    hand_readings = (
        ("31.1 per cent", 31.1355, True), ("31.1 per cent", 31.16, False),
        ("73 per 1,000", 73.23, True), ("73 per 1,000", 73.6, False),
        ("about 16,750", 16748.6, True), ("about 16,750", 16704.0, False),
        ("about 58,000", 58155, True), ("about 58,000", 58600, False),
        ("85", 84.898, True), ("85", 84.4, False),
        ("31 per cent", 30.64, True), ("31 per cent", 30.4, False),
        ("one in five", 0.203, True), ("one in five", 0.25, False),
        ("doubled", 2.059, True), ("tripled", 2.059, False),
        ("more than twice", 2.34, True), ("more than doubled", 1.98, False),
        ("nearly fifteen months", 14.93, True), ("thirty-seven days", 27, False),
        ("five", 4, False), ("second only to", 2, True), ("third", 2, False),
        ("larger", False, False), ("fifty-eight days", 58, True),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Kardzhali's
    # emigrants over the Turkish return rather than the Bulgarian one; the fall in the mosques
    # with an imam rather than what was left of them.
    readings: ClassVar = {"31 per cent": ("47310/152620*100",),
                          "50 per cent": ("(84-42)/84*100",)}
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic,
    # exactly: loaded wagons over camped families at Svilengrad, brick houses over all houses
    # built.
    traps: ClassVar = {"20 per cent": "96/480*100", "about a quarter": "3120/12480"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a quarter": 0.25}


def test_durations_are_worked_from_the_printed_dates() -> None:
    """Each duration in days or weeks is the formula's value, the span between two dates both
    printed before it in the article."""
    spans = {"fifty-eight days": (date(1950, 8, 10), date(1950, 10, 7), 1),
             "eight weeks": (date(1950, 10, 7), date(1950, 12, 2), 7),
             "thirty-seven days": (date(1950, 12, 18), date(1951, 1, 14), 1)}
    for figure, (begin, end, unit) in spans.items():
        claim = ARTICLE.only(figure, kind="duration")
        assert gold.evaluate(claim["formula"]) == (end - begin).days / unit, claim
        before = ARTICLE.text[: int(str(claim["start"]))]
        for day in (begin, end):
            assert f"{day.day} {day.strftime('%B')}" in before, (figure, day)


def test_each_slip_is_a_realistic_mistake() -> None:
    """The slips are the planned mistakes, each worked back from the claim's own formula: two
    digits transposed, a decline printed as what remained, a term left out of a sum, a link of
    a chain skipped, a ten-day slip, one item too many in a count."""
    slip = {str(c["figure"]): c for c in ARTICLE.with_verdict("inconsistent")}

    def value(figure: str) -> float:
        result = gold.evaluate(slip[figure]["formula"])
        assert isinstance(result, float | int) and not isinstance(result, bool), figure
        return float(result)

    assert f"{value('21.8 per cent'):.1f}" == "12.8"
    assert round(value("75,250")) == 57250
    assert round(value("82")) == 28
    assert f"{100 - value('30.0 per cent'):.1f}" == "30.0"
    terms = [int(t) for t in str(slip["9,225"]["formula"]).split("+")]
    assert sum(terms[:-1]) == 9225
    links = str(slip["about 88,520"]["formula"]).split("*")
    assert round(int(links[0]) * float(links[1]), -1) == 88520
    assert value("thirty-seven days") + 10 == 37
    assert gold.evaluate(slip["five"]["formula"]) == 4
    assert 1.9 <= value("tripled") <= 2.1
