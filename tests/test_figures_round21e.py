"""Round 21e (issue #14): remainders, sums and counts whose whole stands outside their own
sentence, linked to it by a name, a noun or a total the text marks as one."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def check_at(text: str, figure: str) -> Check | None:
    at = text.index(figure)
    return next((c for c in check_text(text).checks if c.claim.raw_start == at), None)


def inputs_of(c: Check) -> list[str]:
    return [" ".join(f.quantity.text.split()) for f in c.inputs]


# -- a rest whose whole its sentence's name links to (namedrest) ------------------------------

BY_NAME = (
    "The Tatar republic sent 14,250 settlers and the Bashkir republic 9,730. "
    "The grain harvest was poor that year.\n\n"
    "The Bashkir settlers went to three districts: Ufa took 4,120, Sterlitamak 3,905, "
    "and the rest, {rest}, were sent to the mountain villages."
)


def test_a_rest_linked_to_its_whole_by_a_name_is_consistent() -> None:
    text = BY_NAME.format(rest="1,705")  # 9,730 - 4,120 - 3,905 = 1,705
    c = check_at(text, "1,705")
    assert c is not None and c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 1705
    assert inputs_of(c) == ["9,730", "4,120", "3,905"]


def test_a_rest_whose_named_whole_misses_stays_unread_not_flagged() -> None:
    text = BY_NAME.format(rest="1,750")
    c = check_at(text, "1,750")
    assert c is None or c.verdict not in ("consistent", "inconsistent")


def test_a_fit_on_a_whole_with_no_shared_name_is_not_taken() -> None:
    # the whole that would fit (9,730) is the Bashkirs' but the rest's sentences name the
    # Chuvash: no link, so no fit picked for its arithmetic
    text = (
        "The Tatar republic sent 14,250 settlers and the Bashkir republic 9,730. "
        "The grain harvest was poor that year.\n\n"
        "The Chuvash settlers went to three districts: Ufa took 4,120, Sterlitamak 3,905, "
        "and the rest, 1,705, were sent to the mountain villages."
    )
    c = check_at(text, "1,705")
    assert c is None or c.verdict != "consistent"


def test_a_rest_after_a_total_marked_in_all() -> None:
    text = (
        "The lists gave 5,210 for the north, 3,480 for the east and 2,310 for the south, "
        "11,000 in all. The harvest failed in the east.\n\n"
        "By trade, 6,400 were farmers and 2,750 craftsmen; the remaining 1,850 were "
        "entered as labourers."
    )  # 11,000 - 6,400 - 2,750 = 1,850
    c = check_at(text, "1,850")
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c)[0] == "11,000"


# -- the dead on the road, the whole carried from the sentence before (roadlosses) -----------

ROAD = (
    "Lithuanians numbered 7,300 and Poles 2,140, 9,440 in all. "
    "On the way 126 persons died, and the commandants at the far end signed for {arrived}."
)


def test_arrivals_are_the_total_before_less_the_dead() -> None:
    c = check_at(ROAD.format(arrived="9,314"), "9,314")
    assert c is not None and c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 9314
    assert inputs_of(c) == ["9,440", "126"]


def test_a_transposed_arrival_count_is_flagged_with_its_intended_figure() -> None:
    c = check_at(ROAD.format(arrived="9,134"), "9,134")
    assert c is not None and c.verdict == "inconsistent"
    assert c.intended == "9,314"


def test_no_carried_whole_without_a_total_marked_as_one() -> None:
    text = (
        "Lithuanians numbered 7,300 and Poles 2,140. "
        "On the way 126 persons died, and the commandants at the far end signed for 2,014."
    )
    c = check_at(text, "2,014")
    assert c is None or c.verdict != "inconsistent"


# -- a number word of groups is no part of a rest (kinds.remainders) -------------------------


def test_a_number_word_of_groups_is_not_taken_for_a_part_of_the_rest() -> None:
    text = (
        "The Bashkir republic sent 9,730. The Bashkir settlers went to three districts: "
        "Ufa took 4,120, Sterlitamak 3,905, and the rest, 1,750, went to the mountains."
    )
    c = check_at(text, "1,750")
    assert c is not None and c.fit is not None
    assert "three" not in inputs_of(c)
    assert inputs_of(c) == ["9,730", "4,120", "3,905"]
    assert c.verdict == "inconsistent" and c.intended == "1,705"  # 9,730 - 8,025, transposed


# -- one total closing a list of pairs adds the column of its own noun (pairedtotals) --------

PAIRS = (
    "The 420 households of the upper valley held 2,310 persons, the 365 of the middle valley "
    "1,870 and the 118 of the lower 640, {total} persons in all."
)


def test_a_lone_total_adds_the_column_whose_noun_it_prints() -> None:
    c = check_at(PAIRS.format(total="4,820"), "4,820")  # 2,310 + 1,870 + 640
    assert c is not None and c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 4820
    assert inputs_of(c) == ["2,310", "1,870", "640"]


def test_a_lone_total_that_transposes_its_column_sum_is_flagged() -> None:
    c = check_at(PAIRS.format(total="4,280"), "4,280")
    assert c is not None and c.verdict == "inconsistent" and c.intended == "4,820"


def test_a_lone_total_of_a_noun_neither_column_prints_is_not_read_here() -> None:
    text = PAIRS.format(total="9,999").replace("persons in all", "cattle in all")
    c = check_at(text, "9,999")
    assert c is None or c.verdict != "inconsistent"


# -- a count of a colon list of named figures (figurelists) ----------------------------------


def test_a_count_of_named_figures_after_a_colon_agrees() -> None:
    text = "The settlers were sent to four camps: Ivdel 640, Sosva 512, Tavda 433 and Garino 97."
    c = check_at(text, "four")
    assert c is not None and c.kind == "count" and c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 4


def test_figures_after_a_name_preposition_are_items_too() -> None:
    text = "The trains went on to three towns: 301 to Kurgan, 188 to Ishim and 95 to Tara."
    c = check_at(text, "three")
    assert c is not None and c.verdict == "consistent"


def test_a_miscounted_list_of_named_figures_is_flagged() -> None:
    text = "The settlers were sent to three camps: Ivdel 640, Sosva 512, Tavda 433 and Garino 97."
    c = check_at(text, "three")
    assert c is not None and c.verdict == "inconsistent" and c.intended == "four"


@pytest.mark.parametrize(
    "text",
    [
        # a subset of the whole the count names
        "The largest were three of the five camps: Ivdel 640, Sosva 512, Tavda 433 and Garino 97.",
        # a verb between the count and the colon: the count need not be the list's
        "The six camps sent most: Ivdel 640, Sosva 512, Tavda 433 and Garino 97.",
        # an item without a name: the list need not be whole
        "The settlers were sent to three camps: Ivdel 640, Sosva 512, Tavda 433 and 97 elsewhere.",
    ],
)
def test_no_count_read_where_the_list_may_not_be_the_counted_one(text: str) -> None:
    assert all(c.verdict != "inconsistent" for c in check_text(text).checks if c.kind == "count")


# -- a total over a span of years its yearly counts fill (yearspansums) ----------------------

YEARLY = (
    "The camp books give 230 escapes in 1947, 318 in 1948, 274 in 1949 and 121 in 1950. "
    "Most of the fugitives were caught within weeks. The guards were doubled in 1949. "
    "The procurator opened a file on each escape, {total} files from 1947 to 1950."
)


def test_a_total_over_the_years_its_counts_were_printed_for_is_their_sum() -> None:
    c = check_at(YEARLY.format(total="943"), "943")  # 230 + 318 + 274 + 121
    assert c is not None and c.kind == "sum" and c.verdict == "consistent"
    assert inputs_of(c) == ["230", "318", "274", "121"]


def test_a_transposed_total_over_the_years_is_flagged() -> None:
    c = check_at(YEARLY.format(total="934"), "934")
    assert c is not None and c.verdict == "inconsistent" and c.intended == "943"


def test_no_sum_where_a_year_of_the_span_has_no_count() -> None:
    text = YEARLY.format(total="934").replace("1947 to 1950", "1946 to 1950")
    c = check_at(text, "934")
    assert c is None or c.verdict != "inconsistent"


# -- a running total closed by a clause of result (carriedtotals) ----------------------------

RESULT = (
    "The first purge closed 17 of the schools and the second another 26, so that {total} "
    "schools had been shut by the autumn."
)


def test_a_total_after_so_that_carries_the_count_another_adds() -> None:
    c = check_at(RESULT.format(total="43"), "43")
    assert c is not None and c.kind == "sum" and c.verdict == "consistent"
    assert inputs_of(c) == ["17", "26"]


def test_a_transposed_total_after_so_that_is_flagged() -> None:
    c = check_at(RESULT.format(total="34"), "34")
    assert c is not None and c.verdict == "inconsistent" and c.intended == "43"


def test_a_result_clause_without_a_word_of_adding_is_no_running_total() -> None:
    text = "The first purge closed 17 of the schools and the second 26, so that 34 were left."
    c = check_at(text, "34")
    assert c is None or c.verdict != "inconsistent"


# -- the later part of a two-part sum is read as its rest (sumrests) -------------------------


def test_the_part_printed_after_its_total_is_checked_as_the_rest() -> None:
    text = (
        "The village soviets had listed 12,480 persons for removal, against the 11,935 "
        "finally loaded, and 545 of them stayed behind."
    )
    c = check_at(text, "545")
    assert c is not None and c.kind == "remainder" and c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 545
    assert inputs_of(c) == ["12,480", "11,935"]


def test_no_rest_is_read_where_the_sum_does_not_hold() -> None:
    text = (
        "The village soviets had listed 12,480 persons for removal, against the 11,935 "
        "finally loaded, and 554 of them stayed behind."
    )
    c = check_at(text, "554")
    assert c is None or c.kind != "remainder" or c.verdict != "consistent"


# -- parts of a whole taken up by "of them" (ofthemparts) ------------------------------------

OF_THEM = (
    "The commission freed 1,210 exiles in 1955 and 2,045 in 1956, 3,255 in all. "
    "Few of them were allowed home. Tomsk accounted for 2,130 of them and Omsk for {rest}."
)


def test_the_last_of_them_part_is_the_rest_of_the_marked_total() -> None:
    c = check_at(OF_THEM.format(rest="1,125"), "1,125")  # 3,255 - 2,130
    assert c is not None and c.kind == "remainder" and c.verdict == "consistent"
    assert inputs_of(c) == ["3,255", "2,130"]


def test_of_them_parts_that_leave_more_are_not_read_as_a_slip() -> None:
    # the sentence may name only some of the parts: 900 leaves others unnamed
    c = check_at(OF_THEM.format(rest="900"), "900")
    assert c is None or c.verdict != "inconsistent"


def test_a_plural_name_links_the_whole_of_its_singular() -> None:
    text = (
        "The register counted 48,200 inhabitants, of whom 31,460 were Germans.\n\n"
        "The German men were sent first: 12,310 left in May, 11,950 in June, "
        "and the remaining 7,200 in July."
    )  # 31,460 - 12,310 - 11,950 = 7,200
    c = check_at(text, "7,200")
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["31,460", "12,310", "11,950"]


def test_a_figure_between_its_parts_in_a_run_carries_no_rest() -> None:
    text = "Deaths in the three camps numbered 26, 61 and 35 respectively, 122 in all."
    c = check_at(text, "35")
    assert c is None or c.kind != "remainder"


# -- a member of a run is no total of its neighbours (runmembers) ----------------------------


def test_a_run_member_that_its_neighbours_add_up_to_is_not_read_as_their_total() -> None:
    text = "Deaths in the three camps numbered 26, 61 and 35 respectively."
    assert not [c for c in check_text(text).checks if c.kind == "sum"]


def test_a_total_after_its_parts_is_still_read() -> None:
    text = "Deaths in the three camps numbered 26, 61 and 35 respectively, 122 in all."
    c = check_at(text, "122")
    assert c is not None and c.kind == "sum" and c.verdict == "consistent"
    assert check_at(text, "61") is None


# -- a change between two members of the series before, picked by place (seriesgaps) ---------

SERIES = (
    "The camp roll stood at 24,310 in March 1946, 22,870 in March 1947 and 23,540 in "
    "March 1948. Between the {which} two counts it {verb} {change} names."
)


def test_the_change_between_the_first_two_members_is_their_gap() -> None:
    text = SERIES.format(which="first", verb="lost", change="1,440")
    c = check_at(text, "1,440")
    assert c is not None and c.verdict == "consistent"
    assert inputs_of(c) == ["24,310", "22,870"]


def test_a_transposed_change_between_the_last_two_is_flagged() -> None:
    text = SERIES.format(which="last", verb="gained", change="760")  # 23,540 - 22,870 = 670
    c = check_at(text, "760")
    assert c is not None and c.verdict == "inconsistent" and c.intended == "670"


def test_no_pair_is_picked_from_a_series_of_two() -> None:
    text = (
        "The camp roll stood at 24,310 in March 1946 and 22,870 in March 1947. "
        "Between the first two counts it lost 1,404 names."
    )
    c = check_at(text, "1,404")
    assert c is None or "series before" not in c.explanation


def test_a_sum_held_only_at_a_round_totals_precision_carries_no_rest() -> None:
    text = (
        "The decree ordered 15,000 households out of the strip. The lists named 13,412 "
        "households by May. Those 13,412 households made 89.4 percent of the plan, and the "
        "oblast chiefs owed another 1,858."
    )  # 15,000 - 13,412 = 1,588: the rest is no fit, whatever the round total allows
    c = check_at(text, "1,858")
    assert c is None or c.verdict != "consistent"
