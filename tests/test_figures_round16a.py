"""Round sixteen, rates (issue #14): a rate told as the load of one unit ("an echelon carried
about 600 people and a wagon about 30", "one guard for every 12 deportees") read on the count
of the unit's noun and the whole its counted noun names (borderlands.figures.unitloads).
Sentences of our own; every expected value worked by hand."""

from __future__ import annotations

from borderlands.figures import check_text

TOTAL = "The report counted 12,000 deportees in 3,000 families.\n\n"


def rates(text: str) -> list[tuple[str, str, str | None, float | None, str | None]]:
    return [
        (c.stated, str(c.verdict), c.fit.formula if c.fit else None,
         round(c.fit.computed, 2) if c.fit else None, c.intended)
        for c in check_text(text).checks
        if c.kind == "rate"
    ]  # fmt: skip


def test_a_unit_as_subject_and_its_ellipsis_read_on_the_article_total() -> None:
    # 12,000 / 20 = 600 a train; 12,000 / 400 = 30 a wagon
    text = TOTAL + (
        "They left in 20 echelons of 400 wagons. An echelon carried about 600 people and a "
        "wagon about 30."
    )
    assert rates(text) == [
        ("600", "consistent", "12,000 / 20", 600.0, None),
        ("30", "consistent", "12,000 / 400", 30.0, None),
    ]


def test_one_for_every_with_reversed_digits_is_a_slip() -> None:
    # 12,000 / 1,000 = 12, printed 21
    text = TOTAL + "The escort of 1,000 soldiers gave one guard for every 21 deportees."
    assert rates(text) == [("21", "inconsistent", "12,000 / 1,000", 12.0, "12")]


def test_a_unit_qualified_by_an_adjective_takes_no_article_total() -> None:
    # "a Latvian echelon" is a part of the whole: 12,000 is not its whole
    text = TOTAL + "They left in 20 echelons. A Latvian echelon carried about 900 people."
    assert [r for r in rates(text) if r[1] in ("consistent", "inconsistent")] == []


def test_a_planned_count_is_not_the_whole() -> None:
    plan = "The plan named 20,000 persons for removal. " + TOTAL
    assert rates(plan + "They left in 20 echelons. An echelon carried about 600 people.") == [
        ("600", "consistent", "12,000 / 20", 600.0, None)
    ]
    # 20,000 / 20 would give 1,000: the plan is no input, and 600 is no "about 1,000"
    far = rates(plan + "They left in 20 echelons. An echelon carried about 1,000 people.")
    assert [r for r in far if r[1] == "consistent"] == []


def test_the_units_printed_with_their_whole_two_sentences_before() -> None:
    # 9,000 / 2,000 = 4.5, not 9,000 / 50
    text = (
        "The summary reported 2,000 families and 9,000 persons loaded; the other 50 families "
        "had not been found. The lists were closed on 3 May. The average family held 4.5 "
        "persons."
    )
    assert [r for r in rates(text) if r[0] == "4.5"] == [
        ("4.5", "consistent", "9,000 / 2,000", 4.5, None)
    ]


def test_a_plural_unit_that_averaged() -> None:
    text = (
        "The summary reported 2,000 families and 9,000 persons loaded; the other 50 families "
        "had not been found. The families that were taken averaged 4.5 persons."
    )
    assert [r for r in rates(text) if r[0] == "4.5"] == [
        ("4.5", "consistent", "9,000 / 2,000", 4.5, None)
    ]


def test_a_near_miss_is_no_slip_and_a_dropped_zero_is() -> None:
    # 12,000 / 20 = 600: 620 is within 5 % (the whole may be a neighbour), 6,000 is ten times
    near = rates(TOTAL + "They left in 20 echelons. An echelon carried 620 persons.")
    assert [r for r in near if r[1] == "inconsistent"] == []
    assert rates(TOTAL + "They left in 20 echelons. An echelon carried 6,000 persons.") == [
        ("6,000", "inconsistent", "12,000 / 20", 600.0, "600")
    ]


def test_a_count_told_as_a_rate_is_no_whole() -> None:
    # "2,480 persons to an echelon" is itself a rate: the wagon's whole is the total, 12,000
    text = TOTAL + (
        "They left in 20 echelons of 400 wagons. That comes to about 600 persons to an "
        "echelon and about 30 to a wagon."
    )
    assert ("30", "consistent", "12,000 / 400", 30.0, None) in rates(text)


SHELTERS = (
    "In the winter the committee kept 8,000 refugees in its shelters. Between December and "
    "March 1,200 fell ill and {dead} of them died. The winter's deaths thus came to {rate} "
    "per 1,000 of those in the shelters."
)


def test_a_rate_per_thousand_of_a_part_counted_the_sentence_before() -> None:
    # 400 / 8,000 * 1,000 = 50.0; 1,200 / 8,000 would give 150
    assert rates(SHELTERS.format(dead="400", rate="50.0")) == [
        ("50.0", "consistent", "400 / 8,000 * 1000", 50.0, None)
    ]


def test_a_one_figure_rate_per_thousand_takes_no_far_part() -> None:
    # 40 / 8,000 * 1,000 = 5, but a one-figure rate fits too many far pairs by chance
    assert rates(SHELTERS.format(dead="40", rate="5")) == [("5", "unverifiable", None, None, None)]


def test_a_rate_per_thousand_of_a_named_whole_with_swapped_digits() -> None:
    # 1,213 / 9,700 * 1,000 = 125.05: "125" fits, "152" has two digits swapped
    text = (
        "The settlers buried 1,213 of their number in the first winter. These deaths amounted "
        "to {} per 1,000 of the 9,700 who had arrived."
    )
    assert rates(text.format("125")) == [
        ("125", "consistent", "1,213 / 9,700 * 1000", 125.05, None)
    ]
    assert rates(text.format("152")) == [
        ("152", "inconsistent", "1,213 / 9,700 * 1000", 125.05, "125")
    ]


def test_a_bare_a_after_the_counted_noun_is_a_rate_and_owners_are_not() -> None:
    # 90,000 / 1,800 = 50 stremmata a family
    allotted = (
        "In the valley the office allotted 90,000 stremmata to 1,800 families, 50 stremmata a "
        "family."
    )
    assert rates(allotted) == [("50", "consistent", "90,000 / 1,800", 50.0, None)]
    # "300 families had a cow" counts owners: no rate
    assert rates("In the valley 300 families had a cow and 120 had a horse.") == []


def test_a_second_verb_of_the_same_unit() -> None:
    # 900 / 20 = 45 wagons an echelon; 12,000 / 20 = 600 persons an echelon
    text = TOTAL + (
        "They filled 20 echelons with 900 wagons. An echelon thus ran to about 45 wagons and "
        "carried about 600 persons."
    )
    assert rates(text) == [
        ("45", "consistent", "900 / 20", 45.0, None),
        ("600", "consistent", "12,000 / 20", 600.0, None),
    ]


CATTLE = "The commission took over 36,000 head of cattle, {} to every family removed."


def test_a_rate_set_beside_its_whole_over_the_article_count_of_its_unit() -> None:
    # 36,000 / 3,000 = 12 head to a family; the families counted in the paragraph before
    assert rates(TOTAL + CATTLE.format("12")) == [
        ("12", "consistent", "36,000 / 3,000", 12.0, None)
    ]
    assert rates(TOTAL + CATTLE.format("21")) == [
        ("21", "inconsistent", "36,000 / 3,000", 12.0, "12")
    ]


def test_no_count_of_the_unit_printed_leaves_the_rate_unread() -> None:
    assert rates(CATTLE.format("12")) == [("12", "unverifiable", None, None, None)]


def test_a_rate_per_thousand_of_another_place_takes_no_part_before() -> None:
    # 300 / 12,000 * 1,000 = 25.0, but the 300 died at Lugovoe and the rate is Sosnovka's
    text = (
        "The camps held 12,000 settlers in all. In the winter 300 settlers died at Lugovoe. "
        "The toll came to {} per 1,000 at {}."
    )
    assert rates(text.format("25.0", "Sosnovka")) == [("25.0", "unverifiable", None, None, None)]
    assert rates(text.format("25.0", "Lugovoe")) == [
        ("25.0", "consistent", "300 / 12,000 * 1000", 25.0, None)
    ]
