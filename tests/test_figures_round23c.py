"""Round 23c, rates (issue #14): families read by the structure of the sentence, tested on
sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def rate_of(text: str, stated: str) -> Check | None:
    found = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return found[0] if found else None


def inputs_of(check: Check) -> list[str]:
    return [f.quantity.text for f in check.fit.inputs] if check.fit else []


# -- the head of the divisor's noun phrase -------------------------------------------------


def test_a_qualified_divisor_counts_its_head_noun() -> None:
    # 118,400 / 9,870 = 11.996: "cattle wagons" counts wagons, so the rate per wagon is read
    c = rate_of("The convoy took 118,400 head of cattle in 9,870 cattle wagons, 12 to a wagon.",
                "12")  # fmt: skip
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["118,400", "9,870"]


def test_a_transposed_rate_on_a_qualified_divisor_is_flagged() -> None:
    c = rate_of("The convoy took 118,400 head of cattle in 9,870 cattle wagons, 21 to a wagon.",
                "21")  # fmt: skip
    assert c is not None and c.verdict == "inconsistent" and c.intended == "12"


def test_a_divisor_of_another_kind_still_reads_nothing() -> None:
    # 118,400 / 5,640 = 20.99, but 5,640 counts cattle and the rate is per wagon
    c = rate_of("The 118,400 deportees came with 5,640 cattle, 21 to a wagon.", "21")
    assert c is not None and c.verdict == "unverifiable"


# -- "R men to every woman" ------------------------------------------------------------------


def test_a_ratio_to_every_reads_the_counts_its_two_nouns_name() -> None:
    # 4,120 / 3,170 = 1.2997
    c = rate_of("The lists name 4,120 men and 3,170 women. There were 1.3 men to every woman.",
                "1.3")  # fmt: skip
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["4,120", "3,170"]
    assert c.fit is not None and c.fit.computed == pytest.approx(1.2997, abs=1e-4)


def test_a_ratio_to_every_is_not_made_ambiguous_by_a_count_of_a_place() -> None:
    # 3,168 (a province's count) over nothing: 4,120 / 3,168 would round to 1.3 as well, but
    # the rate names women, and 3,170 is the count of women
    text = ("The province of Arad gave 3,168. The lists name 4,120 men and 3,170 women. "
            "There were 1.3 men to every woman.")  # fmt: skip
    c = rate_of(text, "1.3")
    assert c is not None and c.verdict == "consistent"


def test_a_ratio_without_the_counts_of_its_nouns_stays_unverifiable() -> None:
    c = rate_of("The lists name 4,120 people. There were 1.3 men to every woman.", "1.3")
    assert c is not None and c.verdict == "unverifiable"


# -- "The escort, 1,870 soldiers, came to 36 men an echelon" ---------------------------------


def test_the_count_beside_the_subject_is_what_the_rate_divides() -> None:
    # 1,870 / 52 = 35.96
    text = ("The column left in 52 echelons. The escort, 1,870 soldiers of the convoy troops, "
            "came to 36 men an echelon.")  # fmt: skip
    c = rate_of(text, "36")
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["1,870", "52"]


def test_a_transposed_rate_of_the_subject_is_flagged() -> None:
    text = ("The column left in 52 echelons. The escort, 1,870 soldiers of the convoy troops, "
            "came to 63 men an echelon.")  # fmt: skip
    c = rate_of(text, "63")
    assert c is not None and c.verdict == "inconsistent" and c.intended == "36"


def test_a_plural_then_a_is_no_rate_when_its_unit_was_never_counted() -> None:
    assert rate_of("The escort came to 63 men an echelon.", "63") is None


# -- "A Moldavian wagon carried about 14 persons" --------------------------------------------

GROUPS = (
    "For the Moldavian republic the summary counts 5,400 families and {persons} persons. "
    "The Moldavian deportees left in 26 echelons of 1,310 wagons, the Bukovinian ones in 9 "
    "echelons of 440 wagons. A Moldavian wagon carried about 14 persons."
)


def test_a_rate_of_a_named_group_reads_the_counts_bound_to_that_group() -> None:
    # 18,400 / 1,310 = 14.05; the Bukovinian 440 wagons, nearer, are another group's
    c = rate_of(GROUPS.format(persons="18,400"), "14")
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["18,400", "1,310"]


def test_a_rate_of_a_named_group_that_misses_stays_unverifiable() -> None:
    # 6,200 / 1,310 = 4.7, and 6,200 / 440 = 14.1 would fit on the other group's wagons
    c = rate_of(GROUPS.format(persons="6,200"), "14")
    assert c is not None and c.verdict == "unverifiable"


def test_counts_of_no_named_group_are_not_read_for_a_group() -> None:
    text = ("The summary counts 5,400 families and 18,400 persons. The deportees left in 26 "
            "echelons of 1,310 wagons. A Moldavian wagon carried about 14 persons.")  # fmt: skip
    c = rate_of(text, "14")
    assert c is not None and c.verdict == "unverifiable"


# -- a whole bound to the name the rate's sentence gives ------------------------------------

TOMSK = (
    "The commandants entered {first} and {second}.\n\n"
    "In the Tomsk oblast the settlers were spread over 48 settlements, about {rate} to a "
    "settlement."
)


def test_a_rate_reads_the_whole_the_text_bound_to_the_place_its_sentence_names() -> None:
    # 8,640 / 48 = 180
    c = rate_of(TOMSK.format(first="8,640 in Tomsk", second="6,120 in Kurgan", rate="180"),
                "180")  # fmt: skip
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["8,640", "48"]


def test_a_count_of_the_next_place_is_no_whole_of_the_first() -> None:
    # 6,120 / 48 = 127.5 would fit "about 130", but 6,120 is Kurgan's, not Tomsk's
    c = rate_of(TOMSK.format(first="8,640 in Tomsk", second="6,120 in Kurgan", rate="130"),
                "130")  # fmt: skip
    assert c is not None and c.verdict == "unverifiable"


def test_a_place_with_two_counts_gives_no_whole() -> None:
    c = rate_of(TOMSK.format(first="8,640 in Tomsk", second="later 9,900 in Tomsk", rate="180"),
                "180")  # fmt: skip
    assert c is not None and c.verdict == "unverifiable"


def test_a_group_adjective_names_the_place_of_its_whole() -> None:
    # 31,200 / 24 = 1,300
    text = ("The summary put the number taken in Slovakia at 31,200. The Slovak contingent "
            "left in 24 echelons, each echelon carrying about 1,300 people.")  # fmt: skip
    c = rate_of(text, "1,300")
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["31,200", "24"]


@pytest.mark.parametrize(
    "text",
    [
        # two names in the rate's sentence: which whole is meant is not said
        "The summary put the number taken in Slovakia at 31,200. The Slovak and Czech "
        "contingents left in 24 echelons, each echelon carrying about 1,300 people.",
        # the count after "from Slovakia," opens another clause: no count of Slovakia
        "With the 31,200 from Slovakia, 50,100 people had been taken. The Slovak contingent "
        "left in 24 echelons, each echelon carrying about 2,100 people.",
    ],
)
def test_no_whole_without_one_name_and_one_bound_count(text: str) -> None:
    found = [c for c in check_text(text).checks if c.kind == "rate"]
    assert found and all(c.verdict == "unverifiable" for c in found)


def test_a_named_body_holding_sessions_is_no_rate_when_its_kind_was_never_counted() -> None:
    checks = check_text("A Soviet commission held 42 sessions in 1938 and 57 in 1939, 99 in all.")
    assert [c.kind for c in checks.checks] == ["sum"]
    assert checks.checks[0].verdict == "consistent"
