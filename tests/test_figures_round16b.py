"""Round sixteen (b), comparisons and multiples: a level said to have changed "to N" read
against the earlier count of the same noun; "second only to" read by the figure its name
stands nearest, by a count between the name and the words, or by a pronoun; a rank of a
list whose counts stand bare after a run of as many names. Sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def at(text: str, words: str, kind: str) -> list[Check]:
    """The checks of ``kind`` whose stated words start at ``words`` in ``text``."""
    start = text.index(words)
    return [
        c for c in check_text(text).checks
        if c.kind == kind and c.claim.raw_start <= start < c.claim.raw_end + len(words)
    ]  # fmt: skip


def inputs(c: Check) -> list[float]:
    assert c.fit is not None
    return [f.quantity.value for f in c.fit.inputs]


# -- a level changed "to N" --------------------------------------------------------------


def test_a_halving_to_a_level_reads_the_earlier_count_of_its_noun() -> None:
    text = (
        "The spring count on the state farm found 2,410 sheep and 1,380 goats. By the autumn "
        "the sheep had halved, to 1,190, and the goats were down to 640."
    )
    (c,) = at(text, "halved", "multiple")
    assert c.verdict == "consistent"
    assert sorted(inputs(c)) == [1190, 2410]  # 1,190 / 2,410 = 0.49, not 1,190 against 640


def test_a_halving_to_a_level_far_from_half_is_a_slip() -> None:
    text = (
        "The spring count on the state farm found 2,410 sheep and 1,380 goats. By the autumn "
        "the sheep had halved, to 1,790, and the goats were down to 640."
    )
    (c,) = at(text, "halved", "multiple")
    assert c.verdict == "inconsistent"
    assert sorted(inputs(c)) == [1790, 2410]


def test_their_number_reads_the_one_count_before_it_in_the_sentence() -> None:
    text = "The convoys carried 1,204 families in 1961; in 1962 their number doubled to 2,420."
    (c,) = at(text, "doubled", "multiple")
    assert c.verdict == "consistent"
    assert sorted(inputs(c)) == [1204, 2420]


def test_a_place_named_by_the_clause_picks_its_count_from_a_list_of_the_noun() -> None:
    text = (
        "The registers give the deaths of the first winter by camp: 210 at Ozerki, 164 at "
        "Belyi Yar and 98 at Kamenka. Ozerki lost the most. At Kamenka the deaths tripled "
        "in the second winter, to 301."
    )
    (c,) = at(text, "tripled", "multiple")
    assert c.verdict == "consistent"
    assert sorted(inputs(c)) == [98, 301]


def test_a_change_without_a_count_of_its_noun_is_not_read_by_the_noun() -> None:
    # no earlier count is followed by "cows": the level before is not printed
    text = "The farm kept 2,410 sheep. By the autumn the cows had halved, to 300."
    assert [c for c in at(text, "halved", "multiple") if c.verdict == "inconsistent"] == []


# -- "second only to" ----------------------------------------------------------------------


def test_second_only_to_ranks_the_count_its_name_stands_nearest() -> None:
    # "Belyi 121" stands nearer 121 than the "Belyi" after 148 does
    text = (
        "Ozerki lost 148 horses, Belyi 121 and Kamenka 97, so that Belyi was second only to "
        "Ozerki."
    )
    checks = at(text, "second only to", "comparison")
    assert checks and all(c.verdict == "consistent" for c in checks)


def test_second_only_to_of_a_count_said_between_the_name_and_the_words() -> None:
    text = (
        "The register counted 21,300 Poles, 8,410 Latvians and 6,120 Estonians. The "
        "Lithuanians, with 11,950, came second only to the Poles."
    )
    checks = at(text, "second only to", "comparison")
    assert checks and all(c.verdict == "consistent" for c in checks)


def test_second_only_to_of_a_count_said_between_the_name_and_the_words_can_fail() -> None:
    text = (
        "The register counted 21,300 Poles, 8,410 Latvians and 6,120 Estonians. The "
        "Lithuanians, with 5,950, came second only to the Poles."
    )
    checks = at(text, "second only to", "comparison")
    assert [c.verdict for c in checks] == ["inconsistent"]
    assert checks[0].intended == "Lithuanians is number 4"


def test_second_only_to_a_pronoun_ranks_against_the_name_before() -> None:
    text = (
        "The returns give 6,210 persons for Korosten, 5,030 for Olevsk, 2,870 for Ovruch and "
        "1,440 for Luginy. Korosten alone supplied about two-fifths, with Olevsk second "
        "only to it."
    )
    checks = at(text, "second only to", "comparison")
    assert [c.verdict for c in checks] == ["consistent"]
    assert "Korosten 6,210, Olevsk 5,030" in checks[0].explanation


def test_a_total_named_by_its_clause_is_no_rival_even_when_misprinted() -> None:
    # 5,210 + 4,130 + 2,960 + 1,050 = 13,350; the clerk's 13,530 is still the total
    text = (
        "The returns list 5,210 persons taken from Kovel, 4,130 from Sarny, 2,960 from Rovno "
        "and 1,050 from Dubno, and the clerk wrote the total at the foot as 13,530. Sarny "
        "came second only to Kovel."
    )
    checks = at(text, "second only to", "comparison")
    assert checks and all(c.verdict == "consistent" for c in checks)


# -- a rank of bare counts after a run of names ------------------------------------------


LISTED = (
    "The levy fell on five villages: Ostrov, Zarechye, Gorki, Lipovka and Dubki. They gave "
    "640, 515, 480, 350 and 290 recruits in that order, 2,275 in all. "
)


@pytest.mark.parametrize(
    ("claim", "word", "verdict"),
    [
        ("Ostrov, the largest of them, sent its men to the artillery.", "largest", "consistent"),
        ("Dubki, the poorest, gave the smallest contingent.", "smallest", "consistent"),
        ("Gorki, so the report said, gave the largest contingent.", "largest", "inconsistent"),
    ],
)
def test_a_rank_of_bare_counts_reads_the_member_by_its_place_in_the_names(
    claim: str, word: str, verdict: str
) -> None:
    checks = at(LISTED + claim, claim[claim.index(word) :], "comparison")
    assert [c.verdict for c in checks] == [verdict]


def test_a_run_of_names_of_another_length_gives_no_member() -> None:
    text = (
        "The levy fell on four villages: Ostrov, Zarechye, Gorki and Lipovka. They gave 640, "
        "515, 480, 350 and 290 recruits, 2,275 in all. Gorki gave the largest contingent."
    )
    assert at(text, "largest", "comparison") == []


def test_the_second_largest_and_its_largest_are_no_superlatives() -> None:
    text = (
        "The raion's cattle stood at 640 head at Ostrov, 515 at Gorki, 290 at Dubki and 120 "
        "at Lipovka. Gorki, where the trust had its largest barn, held the second largest herd."
    )
    checks = check_text(text).checks
    assert [c.verdict for c in checks if c.stated == "second"] == ["consistent"]
    assert [c for c in checks if c.stated == "largest"] == []


# -- a fraction said of the subject the sentence before counts ------------------------------


def fraction_check(text: str, words: str) -> Check:
    (c,) = [c for c in check_text(text).checks if c.stated == words]
    return c


def test_that_was_a_fraction_reads_the_first_count_before_over_the_whole_after() -> None:
    text = (
        "By the spring the camps still held 5,130 of the deportees, after 2,040 had died. "
        "That was about two-thirds of the 7,700 who had come."
    )
    c = fraction_check(text, "about two-thirds")
    assert c.verdict == "consistent"
    assert inputs(c) == [5130, 7700]  # 66.6 percent


def test_that_was_a_fraction_far_from_the_counts_is_not_consistent() -> None:
    text = (
        "By the spring the camps still held 2,130 of the deportees, after 2,040 had died. "
        "That was about two-thirds of the 7,700 who had come."
    )
    assert fraction_check(text, "about two-thirds").verdict != "consistent"


def test_a_noun_subject_reads_the_count_its_noun_follows() -> None:
    text = (
        "The decree added 6,120 Estonians and 410 settlers of other groups to the list. The "
        "Estonians freed that spring were three-quarters of the 8,150 registered in 1951."
    )
    c = fraction_check(text, "three-quarters")
    assert c.verdict == "consistent"
    assert inputs(c) == [6120, 8150]  # 75.1 percent


def test_a_noun_subject_no_count_follows_is_not_read_by_it() -> None:
    text = (
        "The decree added 6,120 Estonians and 410 settlers of other groups to the list. The "
        "Latvians freed that spring were three-quarters of the 8,150 registered in 1951."
    )
    assert fraction_check(text, "three-quarters").verdict != "consistent"


# -- "N times as many" with both sides in its own clause -------------------------------------


def test_as_many_reads_the_two_counts_of_its_own_clause() -> None:
    text = (
        "Boys under sixteen numbered 812, and the women, 3,120, were twice as many as the "
        "men, 1,580."
    )
    (c,) = at(text, "twice", "multiple")
    assert c.verdict == "consistent"  # 3,120 / 1,580 = 1.97
    assert sorted(inputs(c)) == [1580, 3120]


def test_as_many_of_the_two_counts_of_its_clause_can_fail() -> None:
    text = (
        "Boys under sixteen numbered 812, and the women, 3,120, were twice as many as the "
        "men, 1,035."
    )
    (c,) = at(text, "twice", "multiple")
    assert c.verdict == "inconsistent"  # 3,120 / 1,035 = 3.01
    assert c.fit is not None and round(c.fit.computed, 2) == 3.01


def test_as_many_with_two_counts_on_one_side_is_not_read_in_its_clause() -> None:
    text = (
        "Boys under sixteen numbered 812, and the women, 3,120 in May and 2,900 in June, were "
        "twice as many as the men, 1,035."
    )
    assert [c.verdict for c in at(text, "twice", "multiple")] != ["inconsistent"]


# -- a comparison of two named rates whose counts stand in two earlier lists ----------------


RATED_LISTS = (
    "The trust's returns show 3,600 arrivals at Ust-Vym, 2,400 at Zheshart and 1,500 at "
    "Mikun. The deaths of the first year were 180 at Ust-Vym, 168 at Zheshart and 30 at "
    "Mikun. "
)


@pytest.mark.parametrize(
    ("claim", "cue", "verdict"),
    [
        # 168 / 2,400 = 7.0 percent against 180 / 3,600 = 5.0 percent
        ("A settler was more likely to die at Zheshart than at Ust-Vym.", "more likely",
         "consistent"),
        ("A settler was less likely to die at Zheshart than at Ust-Vym.", "less likely",
         "inconsistent"),
        ("Mikun lost its people at a lower rate than Zheshart.", "at a lower rate",
         "consistent"),
    ],
)
def test_named_rates_read_from_two_lists_keyed_by_the_same_names(
    claim: str, cue: str, verdict: str
) -> None:
    checks = at(RATED_LISTS + claim, cue, "comparison")
    assert [c.verdict for c in checks] == [verdict]


def test_named_rates_need_both_names_in_two_lists() -> None:
    text = (
        "The trust's returns show 3,600 arrivals at Ust-Vym, 2,400 at Zheshart and 1,500 at "
        "Mikun. A settler was more likely to die at Zheshart than at Ust-Vym."
    )
    assert at(text, "more likely", "comparison") == []


def test_a_part_and_its_whole_with_their_own_rate_are_no_two_sides() -> None:
    # 212 of the 2,050 (103 per 1,000) are one proportion: "higher" compares it with the
    # camp of the sentence before, not 212 with 2,050
    text = (
        "In the Irtysh camp 96 of the 1,480 died. In the Ob camp the winter took 212 of the "
        "2,050, 103 per 1,000, a higher toll than on the Irtysh."
    )
    assert [c for c in at(text, "higher", "comparison") if c.verdict == "inconsistent"] == []
