"""The blind gold article ``crimeagroups1944`` (issue #14, split ``heldout18``), checked on its
own terms by gold_article.py, its figures read by margins (half the last printed unit); only
here: its tables of words, its second readings, its exact traps and the dates behind its
durations."""

from __future__ import annotations

from typing import ClassVar

import gold_article as gold

ARTICLE = gold.GoldArticle.load("crimeagroups1944")
READ = gold.MarginReader(
    words={"two": 2, "three": 3, "four": 4, "five": 5, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "seventeen": 17, "twenty-five": 25},
    # Bounds (inclusive) of the ratio each phrase describes, from the ordinary sense of the
    # words: "nearly" stays below the fraction named, "more than halved" is below a half.
    fractions={**gold.MULTIPLE_WORDS, "nearly half": (0.4, 0.5),
               "more than halved": (0.25, 0.5), "nearly two-thirds": (0.6, 2 / 3),
               "about a quarter": (0.23, 0.27)},
    ranks={"largest": 1},
)


class TestCrimeaGroups1944(gold.HandReadingChecks, gold.ReadingChecks, gold.PairFreeChecks,
                           gold.CountChecks, gold.SumInputChecks, gold.MarginArticleChecks):
    article = ARTICLE
    split = "heldout18"
    plan = gold.Plan(
        claims=(55, 62),
        verdicts={"inconsistent": (9, None), "unverifiable": (4, None), "ambiguous": (2, None)},
        kinds={kind: (3, None) for kind in gold.KINDS},
        slip_kinds=(7, None),
    )
    reader = READ
    unverifiable = frozenset({"about a quarter", "20 per cent", "about 310",
                              "about 15 percent"})
    opposites: ClassVar = {"fewer": "more"}
    # The 40,473 removed, printed in the summary's paragraph and again before the journey, is
    # the base the arrivals are worked from in the paragraph after.
    sum_input_extras: ClassVar = frozenset({100.0, 40473.0})
    hand_readings = (
        ("3.9", 3.8871, True), ("3.9", 3.8449, False),
        ("about 2,900", 2890.9, True), ("about 2,900", 2849.0, False),
        ("about 39", 39.45, True), ("about 34", 39.45, False),
        ("22.8 per cent", 22.7734, True), ("22.8 per cent", 22.8217, True),
        ("22.8 per cent", 22.86, False), ("42.5 per cent", 42.4956, True),
        ("nearly half", 0.447, True), ("nearly half", 0.51, False),
        ("tripled", 2.507, False), ("more than doubled", 2.507, True),
        ("twice as many", 1.913, True), ("nearly two-thirds", 0.68, False),
        ("almost twelve years", 11.75, True), ("fourteen years", 12, False),
        ("eleven days", 13, False), ("twenty-five days", 25, True),
        ("largest", 1, True), ("largest", 2, False), ("fewer", False, False),
    )
    # The second reading of each ambiguous claim (the YAML formula is the first): Sverdlovsk's
    # share of the persons loaded rather than of those who arrived; the Armenian persons over
    # the families counted at the loading rather than on the lists of 27 June.
    readings: ClassVar = {"22.8 per cent": ("9217/40473*100",), "4.0": ("9621/2391",)}
    # Unverifiable claims planted beside unrelated figures that give the same arithmetic,
    # exactly: Mari barracks over bunks, Bashkir houses over hostel places.
    readings_beside_claim = False  # the 9,621 Armenians are printed a paragraph before
    traps: ClassVar = {"20 per cent": "64/320*100", "about a quarter": "148/592"}
    trap_values: ClassVar = {"20 per cent": 20.0, "about a quarter": 0.25}


def test_durations_are_worked_from_the_printed_dates() -> None:
    """Each duration in days is the formula's value, the days between two dates (June has
    thirty) both printed before it in the article (the first echelon's departure, for its
    arrival, a paragraph before)."""
    from datetime import date

    spans = {"twenty-five days": (date(1944, 6, 2), date(1944, 6, 27)),
             "eleven days": (date(1944, 6, 28), date(1944, 7, 11)),
             "seventeen days": (date(1944, 6, 28), date(1944, 7, 15))}
    for figure, (begin, end) in spans.items():
        claim = ARTICLE.only(figure, kind="duration")
        assert gold.evaluate(claim["formula"]) == (end - begin).days, claim
        before = ARTICLE.text[: int(str(claim["start"]))]
        for day in (begin, end):
            assert f"{day.day} {day.strftime('%B')}" in before, (figure, day)


def test_each_slip_is_a_realistic_mistake() -> None:
    """The slips are the planned mistakes, each worked back from the claim's own formula: two
    digits transposed, a term left out of a sum, a decline printed as what remained, a link of
    a chain skipped, a wrong multiple."""
    slip = {str(c["figure"]): c for c in ARTICLE.with_verdict("inconsistent")}

    def value(figure: str) -> float:
        result = gold.evaluate(slip[figure]["formula"])
        assert isinstance(result, float | int) and not isinstance(result, bool), figure
        return float(result)

    assert sorted(str(round(value("569")))) == sorted("569")
    assert sorted(f"{value('9.7 per cent'):.1f}") == sorted("9.7")
    terms = [int(t) for t in str(slip["3,031"]["formula"]).split("+")]
    assert sum(terms[:-1]) == 3031 and terms[-1] == 887
    assert f"{100 - value('86.4 percent'):.1f}" == "86.4"
    links = str(slip["about 1,270"]["formula"]).split("*")
    assert round(int(links[0]) * float(links[2]), -1) == 1270 and links[1] == "0.65"
    assert 2 < value("tripled") < 2.85
