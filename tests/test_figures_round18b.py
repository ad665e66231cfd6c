"""Round eighteen (b): multiples and fractions in words read from the structure of their
sentence, not from a pair of figures picked for its arithmetic. Sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.oneinwords import ones_in


def checks_of(text: str, stated: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.stated == stated]


# -- a fraction "of the X": X's count is the whole, never a count of another thing ----------


def test_a_fraction_of_a_named_group_is_not_fitted_on_the_groups_own_count_as_its_part() -> None:
    # "a third of the newcomers": the 90 newcomers are the whole; 90 / 300 local men is a
    # ratio of two groups, not the share of the newcomers who were ill
    text = (
        "At the mill 90 newcomers worked beside 300 local men, and about a third of the "
        "newcomers were said to be ill."
    )
    (check,) = checks_of(text, "about a third")
    assert check.verdict == "unverifiable"
    assert check.fit is None
    (candidate,) = check.alternatives
    assert [f.quantity.mid for f in candidate.inputs] == [90.0, 300.0]


def test_a_fraction_of_plural_things_is_not_fitted_on_a_whole_of_other_things() -> None:
    text = (
        "The wagons numbered 400 and 1,600 persons travelled in them; about a quarter of the "
        "wagons were heated."
    )
    (check,) = checks_of(text, "about a quarter")
    assert check.verdict == "unverifiable"


def test_a_fraction_whose_whole_counts_the_named_noun_stays_consistent() -> None:
    text = "Of the 4,200 settlers, 1,400 settlers, about a third of the settlers, were children."
    (check,) = checks_of(text, "about a third")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(1400 / 4200 * 100)


def test_a_count_of_persons_may_be_the_whole_of_any_group_of_people() -> None:
    # 4,020 / 20,100 = 20 percent: "persons" are the passengers the fraction names
    text = (
        "The trains carried 20,100 persons. Children under fourteen numbered 4,020, about a "
        "fifth of the passengers."
    )
    (check,) = checks_of(text, "about a fifth")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(20.0)


def test_a_fraction_of_a_collective_keeps_its_fit_on_the_members_counted() -> None:
    # "of the camp" names no kind of thing counted: its 3,000 prisoners are its whole
    text = "Of the 3,000 prisoners, 2,000 worked in the fields, two-thirds of the camp."
    (check,) = checks_of(text, "two-thirds")
    assert check.verdict == "consistent"


# -- "K in N" and "one X in N" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share", "direction"),
    [
        ("The county sent two in five of them.", 40.0, "about"),
        ("That was more than seven in ten of the sick.", 70.0, "above"),
        ("The notary held that one household in eight lost its cow.", 12.5, "about"),
        ("Nearly one man in four had served.", 25.0, "below"),
        ("About one in six came back.", 100 / 6, "about"),
    ],
)
def test_k_in_n_and_one_noun_in_n_are_read_as_shares(
    text: str, share: float, direction: str
) -> None:
    (found,) = ones_in(text, 0, len(text))
    assert found.share == pytest.approx(share)
    assert found.direction == direction


@pytest.mark.parametrize(
    "text",
    [
        "The convoy lost one day in ten to the snow.",  # a frequency, not a share of people
        "Five in two rows stood at the gate.",  # no share: K is not below N
        "Seven in 1937 and nine in 1938 were taken.",  # years, not a denominator
        "One of them in five weeks learned the trade.",  # "one of them" names no unit
        "One more in six months would have filled the camp.",
    ],
)
def test_phrasings_that_are_no_k_in_n_share(text: str) -> None:
    assert ones_in(text, 0, len(text)) == []


def test_one_household_in_n_without_a_whole_is_unverifiable_not_missing() -> None:
    text = (
        "The commission counted 2,400 families in the district. The notary believed that "
        "one household in eight had sold its cow."
    )
    (check,) = checks_of(text, "one household in eight")
    assert (check.kind, check.verdict) == ("fraction", "unverifiable")
    assert check.stated_value == pytest.approx(12.5)


def test_an_apposed_one_in_n_is_judged_once_on_its_own_counts() -> None:
    text = "The settlement had 3,000 inhabitants, and 600 of them, one in five, were widows."
    (check,) = checks_of(text, "one in five")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(20.0)


# -- the levels of a multiple printed in the sentence before ----------------------------------


def multiple_of(text: str) -> Check:
    (check,) = [c for c in check_text(text).checks if c.kind == "multiple"]
    return check


def test_a_span_of_days_in_the_multiples_sentence_is_no_level_of_what_grew() -> None:
    # "58 days more" is read as a count; it is no third level beside 2,100 and 4,600
    check = multiple_of(
        "By 1 May the camp held 2,100 prisoners, and by 1 July the count stood at 4,600. "
        "Prisoners had more than doubled in two months, for the quota was raised on 3 May "
        "and the operation extended to 30 June, 58 days more."
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.mid for f in check.fit.inputs] == [2100.0, 4600.0]
    assert check.fit.computed == pytest.approx(4600 / 2100)


def test_a_span_of_days_stays_a_level_when_the_levels_before_are_days() -> None:
    check = multiple_of("The wait was 20 days in May. By July the wait had doubled, to 40 days.")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(2.0)


def test_the_total_of_two_levels_before_is_no_third_level() -> None:
    # 9,300 = 3,000 + 6,300 closes the two levels; 6,300 / 3,000 = 2.1
    check = multiple_of(
        "Some 3,000 settlers left in 1950 and 6,300 in 1951, so that 9,300 of the 20,000 were "
        "gone by 1952. The departures of 1951 more than doubled those of the year before."
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(2.1)


def test_a_multiple_the_levels_before_do_not_give_is_not_flagged_on_them() -> None:
    # 2.1 is no tripling, but counts of another sentence need not be the ones compared
    check = multiple_of(
        "Some 3,000 settlers left in 1950 and 6,300 in 1951, so that 9,300 of the 20,000 were "
        "gone by 1952. The departures of 1951 tripled those of the year before."
    )
    assert check.verdict == "unverifiable"


# -- a fraction in a sentence without counts must be fitted on counts of what it names -------


def test_a_fraction_of_named_people_is_not_fitted_on_counts_of_other_things_nearby() -> None:
    text = (
        "The district held 2,400 farms and 600 mills in 1930. The inspector believed that "
        "about a quarter of the peasants had hidden grain."
    )
    (check,) = checks_of(text, "about a quarter")
    assert check.verdict == "unverifiable"
    (candidate,) = check.alternatives
    assert candidate.formula == "600 / 2400 * 100"


def test_a_fraction_of_named_people_keeps_a_fit_on_counts_of_them() -> None:
    text = (
        "The district held 2,400 peasants, and 600 of the peasants hid grain. The inspector "
        "believed that about a quarter of the peasants had hidden grain."
    )
    (check,) = checks_of(text, "about a quarter")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(25.0)


# -- "that year" is a period of a list counted by its order ------------------------------------


def test_a_period_named_that_year_is_the_first_of_the_list_ordinals_count() -> None:
    check = multiple_of(
        "Emigration took 2,000 people that year, 1,500 in 1958 and 1,000 in 1959, 4,500 in all. "
        "Departures halved between the first year and the third."
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.mid for f in check.fit.inputs] == [2000.0, 1000.0]
    assert check.fit.computed == pytest.approx(0.5)


def test_a_halving_the_first_and_third_periods_do_not_give_is_flagged() -> None:
    check = multiple_of(
        "Emigration took 2,000 people that year, 1,500 in 1958 and 1,400 in 1959, 4,900 in all. "
        "Departures halved between the first year and the third."
    )
    assert check.verdict == "inconsistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(0.7)


# -- the words that name the whole ------------------------------------------------------------


def test_a_majority_opening_its_sentence_is_read() -> None:
    (check,) = checks_of(
        "The great majority of the trains, 40 of the 44, left on the day set for them.",
        "The great majority",
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(40 / 44 * 100)


def test_a_majority_the_counts_deny_is_not_called_consistent() -> None:
    (check,) = checks_of(
        "The great majority of the trains, 20 of the 44, left on the day set for them.",
        "The great majority",
    )
    assert check.verdict != "consistent"


def test_a_fraction_of_a_collection_is_fitted_on_counts_of_its_members() -> None:
    # "of the register" names a list, not a kind of thing: its 80,000 refugees are its whole
    text = (
        "The register held 80,000 refugees. Of them 28,000 came from Macedonia. The "
        "Macedonians were thus over a third of the register."
    )
    (check,) = checks_of(text, "over a third")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(35.0)


# -- "A outnumbered B by N to one" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "computed"),
    [
        (
            "The lists held 9,000 persons, of whom 7,200 were entered as Finns and 1,800 as "
            "Germans. The Finns outnumbered the Germans by four to one.",
            "four to one",
            4.0,
        ),
        (
            "The commissions listed 5,000 horses, 12,000 head of cattle and 33,000 sheep and "
            "goats. A family had owned little, and the sheep and goats outnumbered the cattle "
            "by almost three to one.",
            "almost three to one",
            2.75,
        ),
    ],
)
def test_an_n_to_one_ratio_is_read_on_the_counts_named_for_its_sides(
    text: str, stated: str, computed: float
) -> None:
    (check,) = checks_of(text, stated)
    assert (check.kind, check.verdict) == ("multiple", "consistent")
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(computed)


def test_an_n_to_one_ratio_its_counts_do_not_give_is_not_flagged() -> None:
    # 6,000 / 3,000 is two to one: the words may compare other counts
    text = (
        "The lists held 9,000 persons, of whom 6,000 were entered as Finns and 3,000 as "
        "Germans. The Finns outnumbered the Germans by four to one."
    )
    (check,) = checks_of(text, "four to one")
    assert check.verdict == "unverifiable"


def test_an_n_to_one_ratio_whose_side_no_count_names_is_not_read() -> None:
    text = (
        "The lists held 9,000 persons, of whom 7,200 were entered as Finns. The Finns "
        "outnumbered the Estonians by four to one."
    )
    assert checks_of(text, "four to one") == []


# -- a level of the sentence before counts the multiple's subject ------------------------------


def test_a_multiple_is_judged_on_a_level_counted_under_its_own_subject_before() -> None:
    # "the sick had tripled": the sentence before counts the sick (1,900); 1,900 / 950 = 2
    check = multiple_of(
        "The sick were counted on the same day: 1,900 of the 11,800. In December the count "
        "had found 950, so that the sick had tripled in two months."
    )
    assert (check.verdict, check.intended) == ("inconsistent", "doubled")
    assert check.fit is not None
    assert [f.quantity.mid for f in check.fit.inputs] == [950.0, 1900.0]


def test_a_level_counted_under_another_subject_raises_no_flag() -> None:
    check = multiple_of(
        "The guards were counted on the same day: 1,900 of the 11,800. In December the count "
        "had found 950, so that the sick had tripled in two months."
    )
    assert check.verdict == "unverifiable"


# -- the sides of "twice as many A as B" in the nearest sentence that names both --------------


def test_as_many_sides_are_read_in_the_nearest_sentence_naming_both() -> None:
    # the Lazes are counted twice; the sentence that names both sides gives 12,000 / 6,000
    text = (
        "The census counted 9,100 Lazes in the republic. In the oblast it found 12,000 "
        "Georgians, 6,000 Lazes and 2,400 Armenians. There were thus twice as many Georgians "
        "as Lazes in the oblast."
    )
    (check,) = [c for c in check_text(text).checks if c.stated.startswith("twice")]
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(2.0)


def test_as_many_sides_the_nearest_sentence_contradicts_are_flagged() -> None:
    text = (
        "The census counted 6,000 Lazes in the republic. In the oblast it found 12,000 "
        "Georgians, 4,000 Lazes and 2,400 Armenians. There were thus twice as many Georgians "
        "as Lazes in the oblast."
    )
    (check,) = [c for c in check_text(text).checks if c.stated.startswith("twice")]
    assert check.verdict == "inconsistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(3.0)


# -- a fraction of a difference: "a quarter more", "a third less" -----------------------------


def test_a_fraction_more_is_a_ratio_read_on_the_counts_named_for_its_sides() -> None:
    check = multiple_of(
        "Lipovets spent 40,000 rubles on its refugees, while Gorodok spent 32,000 on its own. "
        "That year Lipovets spent about a quarter more than Gorodok."
    )
    assert (check.stated, check.verdict) == ("about a quarter more", "consistent")
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(1.25)


def test_a_fraction_more_the_named_counts_do_not_give_is_not_flagged() -> None:
    check = multiple_of(
        "Lipovets spent 40,000 rubles on its refugees, while Gorodok spent 38,000 on its own. "
        "That year Lipovets spent about a quarter more than Gorodok."
    )
    assert check.verdict == "unverifiable"


def test_a_fraction_less_without_figures_is_read_and_unverifiable() -> None:
    check = multiple_of("Those who stayed behind cut about a third less timber that winter.")
    assert (check.stated, check.verdict) == ("about a third less", "unverifiable")
    assert check.stated_value == pytest.approx(2 / 3)


def test_a_fraction_of_a_whole_is_no_fraction_of_a_difference() -> None:
    text = "Of the 900 settlers, 300, a third, were children, and more came later."
    assert [c for c in check_text(text).checks if c.kind == "multiple"] == []


def test_a_count_of_a_later_clause_is_no_part_of_a_fraction() -> None:
    # 19,070 counts the able-bodied, not the children the third is said of
    text = (
        "Of the 36,000 persons, 12,600 were children and 4,300 were old. Children thus made "
        "up more than a third of the deportees, and the able-bodied numbered only 19,070."
    )
    (check,) = [c for c in check_text(text).checks if c.stated == "more than a third"]
    assert check.verdict != "inconsistent"


def test_a_fraction_its_own_clause_denies_is_still_flagged() -> None:
    (check,) = checks_of(
        "Of the 4,210 families, 3,380, about half, had a cow.", "about half"
    )
    assert check.verdict == "inconsistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(3380 / 4210 * 100)


# -- a "times" ratio fitted on counts of other sentences must name what it compares -----------


def test_a_times_ratio_is_not_fitted_on_counts_that_name_nothing_it_compares() -> None:
    text = (
        "In the same two years the settlers registered 3,000 births, and the hospitals set "
        "aside 1,000 beds for them. Among the young, the doctors reckoned, mortality was about "
        "three times as high as among the old."
    )
    (check,) = [c for c in check_text(text).checks if c.kind == "ratio"]
    assert (check.stated, check.verdict) == ("three times", "unverifiable")
    (candidate,) = check.alternatives
    assert candidate.computed == pytest.approx(3.0)


def test_a_times_ratio_keeps_its_fit_on_counts_named_for_its_sides() -> None:
    text = (
        "The committee registered 4,000 of them in June and 12,000 in July. The July arrivals "
        "were three times those of June."
    )
    (check,) = [c for c in check_text(text).checks if c.kind == "ratio"]
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(3.0)


def test_a_figure_rounded_from_shares_is_no_earlier_level_beside_an_exact_count() -> None:
    check = multiple_of(
        "Of the 12,000 in the camps in August, 40 percent were children, and 10 percent of "
        "those children died, about 480 in the four camps. By March the camps held 6,100 "
        "people, so that their population had halved since the summer."
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.mid for f in check.fit.inputs] == [12000.0, 6100.0]


def test_two_rounded_figures_before_leave_the_level_unread() -> None:
    text = (
        "Of about 12,000 in the camps in August, 40 percent were children, and 10 percent of "
        "those children died, about 480 in the four camps. By March the camps held 6,100 "
        "people, so that their population had halved since the summer."
    )
    assert [c for c in check_text(text).checks if c.kind == "multiple"] == []
