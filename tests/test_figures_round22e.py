"""Round 22, remainders, sums and counts (issue #14): totals whose words fix their parts,
an estimate that is no slip of them, and rests whose clause names two of their figures."""

from __future__ import annotations

from typing import Any

from borderlands.figures import check_text


def checks_of(text: str, stated: str) -> list[dict[str, Any]]:
    return [c for c in check_text(text).to_json()["checks"] if c["stated"] == stated]


def inputs_of(check: dict[str, Any]) -> list[str]:
    return [i["text"] for i in check["inputs"]]


# -- an estimate is no slip of the parts a number word counts --------------------------------

ESTIMATE = (
    "The lists of 1941 counted 12,400 settlers in the two oblasts and those of 1950 counted "
    "15,100. Later writers put the dead of the first two winters at about 3,000."
)


def test_an_estimate_the_counted_parts_miss_is_unverifiable_with_their_sum() -> None:
    found = checks_of(ESTIMATE, "3,000")
    assert found, "the total is read"
    assert all(c["verdict"] != "inconsistent" for c in found)
    mine = [c for c in found if c["kind"] == "sum"]
    assert [c["verdict"] for c in mine] == ["unverifiable"]
    assert mine[0]["computed"] == 27500
    assert inputs_of(mine[0]) == ["12,400", "15,100"]


def test_an_exact_total_of_counted_parts_still_fits() -> None:
    text = (
        "In 1951 the commandants freed 1,310 persons and in 1952 they freed 2,045. "
        "Over the two years 3,355 persons were freed."
    )
    found = [c for c in checks_of(text, "3,355") if c["kind"] == "sum"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert found[0]["computed"] == 3355


# -- a part left out of a total whose words fix the parts ------------------------------------


def test_a_counted_total_short_by_exactly_one_part_is_a_part_left_out() -> None:
    text = (
        "The camp kept the 6,200 deportees through the war. In the first year 412 of them "
        "died; in the second, 530; in the third, 218, which brought the deaths of the three "
        "years to 942."
    )
    found = [c for c in checks_of(text, "942") if c["kind"] == "sum"]
    assert [c["verdict"] for c in found] == ["inconsistent"]
    assert found[0]["computed"] == 412 + 530 + 218
    assert "218 left out" in found[0]["explanation"]


def test_a_part_that_is_the_subtotal_of_those_before_is_no_part_left_out() -> None:
    text = (
        "In spring 300 families came, in summer 200 and in autumn 500, which brought the "
        "arrivals of the three seasons to 500."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "500"))


# -- a total that points back to the enumeration before it ----------------------------------

LISTED = (
    "The district summary records 640 households from Alt, 515 from Brun, 302 from Cest "
    "and 118 from Dorn. "
)


def test_a_total_added_up_from_the_list_before_it_fits() -> None:
    found = [c for c in checks_of(LISTED + "That made 1,575 households in all.", "1,575")
             if c["kind"] == "sum"]  # fmt: skip
    assert [c["verdict"] for c in found] == ["consistent"]
    assert inputs_of(found[0]) == ["640", "515", "302", "118"]


def test_added_up_to_is_the_verb_not_a_bound_and_a_swap_is_a_slip() -> None:
    found = checks_of(LISTED + "The clerk added these up to 1,557.", "1,557")
    sums = [c for c in found if c["kind"] == "sum"]
    assert [c["verdict"] for c in sums] == ["inconsistent"]
    assert sums[0]["computed"] == 1575
    assert sums[0]["intended"] == "1,575"


def test_a_total_pointing_back_short_by_one_part_is_a_part_left_out() -> None:
    found = [c for c in checks_of(LISTED + "Together these came to 1,457.", "1,457")
             if c["kind"] == "sum"]  # fmt: skip
    assert [c["verdict"] for c in found] == ["inconsistent"]
    assert "118 left out" in found[0]["explanation"]


def test_a_comparison_after_the_pointer_is_no_sum() -> None:
    text = LISTED + "That made 935 more than the year before."
    assert all(c["kind"] != "sum" for c in checks_of(text, "935"))


def test_a_count_with_no_pointer_back_is_no_total_of_the_list() -> None:
    text = LISTED + "The oblast took 1,557 more in May."
    assert all(c["kind"] != "sum" or c["verdict"] != "inconsistent"
               for c in checks_of(text, "1,557"))  # fmt: skip


# -- a rest whose clause names its part, the whole being the count before -------------------

ARRIVED = "The commandants entered 9,420 new settlers in their books.\n\n"


def test_the_other_after_a_part_of_the_arrivals_is_the_rest_of_the_count_before() -> None:
    text = ARRIVED + (
        "Akmolinsk took in 5,310 of the arrivals (56.4 per cent) and Karaganda the other "
        "4,110 (43.6 per cent)."
    )
    found = [c for c in checks_of(text, "4,110") if c["kind"] == "remainder"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert found[0]["computed"] == 4110
    assert inputs_of(found[0]) == ["9,420", "5,310"]


def test_a_rest_that_misses_the_count_before_is_not_called_consistent_or_a_slip() -> None:
    text = ARRIVED + "Akmolinsk took in 5,310 of the arrivals and Karaganda the other 4,510."
    found = checks_of(text, "4,510")
    assert all(c["verdict"] not in ("consistent", "inconsistent") for c in found)


def test_the_rest_of_a_named_whole_takes_the_part_of_the_sentence_before() -> None:
    text = (
        "The harbour log lists 812 landings. These put 18,250 people ashore. The rest of "
        "the port's 21,700, 3,450 persons, came by rail."
    )
    found = [c for c in checks_of(text, "3,450") if c["kind"] == "remainder"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert inputs_of(found[0]) == ["21,700", "18,250"]


# -- a total closing the run of counts before it ----------------------------------------------


def test_a_total_in_all_after_a_run_of_several_nouns_adds_the_run() -> None:
    text = (
        "The commission counted 12,300 sheep, 2,410 cattle and 860 horses, 15,570 head in "
        "all, and 1,900 hectares of arable beside 7,200 of pasture."
    )
    found = [c for c in checks_of(text, "15,570") if c["kind"] == "sum"]
    assert "consistent" in [c["verdict"] for c in found]
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "15,570"))
    mine = next(c for c in found if c["verdict"] == "consistent")
    assert inputs_of(mine) == ["12,300", "2,410", "860"]


def test_a_total_together_after_two_peoples_adds_them() -> None:
    text = (
        "In March a count found 31,400 Turks and 5,270 Tatars in the two districts, 36,670 "
        "together, the Turks being the larger group."
    )
    found = [c for c in checks_of(text, "36,670") if c["kind"] == "sum"]
    assert "consistent" in [c["verdict"] for c in found]


def test_a_run_total_with_two_digits_swapped_is_a_slip() -> None:
    text = "The depots sent 1,420 wagons, 2,130 wagons and 970 wagons, 4,250 wagons in all."
    found = [c for c in checks_of(text, "4,250") if c["kind"] == "sum"]
    assert [c["verdict"] for c in found] == ["inconsistent"]
    assert found[0]["computed"] == 4520


def test_a_count_that_is_part_of_the_one_before_is_no_member_of_the_run() -> None:
    text = (
        "The camp held 5,200 Germans, 1,300 of them children, and 900 Finns, 6,100 persons "
        "in all."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "6,100"))


# -- what is left of a whole after the parts its clause takes away -----------------------------


def test_only_the_rest_survived_of_a_whole_the_first_part_points_back_to() -> None:
    text = (
        "In 1934 the zone had 58 Estonian village councils. The first wave closed 19 of them "
        "and the second another 25, so that 44 councils were gone by 1937, and only 14 "
        "survived."
    )
    found = [c for c in checks_of(text, "14") if c["kind"] == "remainder"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert found[0]["computed"] == 14
    assert inputs_of(found[0]) == ["58", "44"]  # the subtotal replaces the parts it adds


def test_the_rest_after_the_parts_of_the_sentence_before() -> None:
    text = (
        "Of the 21,480 persons, 7,310 were children under sixteen and 2,905 were over sixty. "
        "The able-bodied adults numbered only 11,265."
    )
    found = [c for c in checks_of(text, "11,265") if c["kind"] == "remainder"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert inputs_of(found[0]) == ["21,480", "7,310", "2,905"]


def test_a_rest_the_same_sentence_misses_by_a_swap_is_a_slip() -> None:
    text = "The valley held 92 hamlets; 51 were burned and 17 were emptied, leaving 42 intact."
    found = [c for c in checks_of(text, "42") if c["kind"] == "remainder"]
    assert [c["verdict"] for c in found] == ["inconsistent"]
    assert found[0]["computed"] == 24


def test_a_rest_across_sentences_that_misses_is_not_called_a_slip() -> None:
    text = (
        "Of the 21,480 persons, 7,310 were children under sixteen and 2,905 were over sixty. "
        "The able-bodied adults numbered only 11,625."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "11,625"))


# -- the count of a list is its head's, not a number inside the head's phrase -----------------


def test_a_number_inside_the_head_of_a_colon_list_is_not_its_count() -> None:
    text = (
        "The decree named six villages on the two banks of the upper river: Arkal, Benir, "
        "Corum, Dashli, Erek and Fane."
    )
    assert all(c["verdict"] != "inconsistent" for c in check_text(text).to_json()["checks"])
    found = [c for c in checks_of(text, "six") if c["kind"] == "count"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert found[0]["computed"] == 6


def test_a_miscounted_colon_list_with_one_count_is_still_flagged() -> None:
    text = "The decree named five villages: Arkal, Benir, Corum and Dashli."
    found = [c for c in checks_of(text, "five") if c["kind"] == "count"]
    assert [c["verdict"] for c in found] == ["inconsistent"]
    assert found[0]["computed"] == 4


# -- a total of parts found by their names, short by one of them -------------------------------


def test_a_total_of_named_parts_short_by_one_of_them_is_a_part_left_out() -> None:
    text = (
        "The returns gave Arkal 12,140 persons, Benir 9,860, Corum 8,310 and Dashli 4,020. "
        "The three lowland districts of Arkal, Benir and Corum gave 22,000 between them."
    )
    found = [c for c in checks_of(text, "22,000") if c["kind"] == "sum"]
    assert "inconsistent" in [c["verdict"] for c in found]
    flagged = next(c for c in found if c["verdict"] == "inconsistent")
    assert flagged["computed"] == 12140 + 9860 + 8310
    assert "left out" in flagged["explanation"]


def test_a_total_owned_by_the_giver_of_the_parts_before_adds_them() -> None:
    text = (
        "The border guards gave 80 men to the escort, and the town militia raised it to 121 "
        "by adding 29 riflemen and 12 orderlies. The militia's 41 men made up a third of it."
    )
    found = [c for c in checks_of(text, "41") if c["kind"] == "sum"]
    assert [c["verdict"] for c in found] == ["consistent"]
    assert inputs_of(found[0]) == ["29", "12"]


def test_a_possessive_total_that_misses_is_not_called_a_slip() -> None:
    text = (
        "The border guards gave 80 men to the escort, and the town militia raised it to 121 "
        "by adding 29 riflemen and 12 orderlies. The militia's 14 men stayed in the town."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "14"))


def test_a_possessive_of_a_noun_the_sentence_before_does_not_name_reads_nothing() -> None:
    text = (
        "The border guards gave 80 men to the escort, and the town militia raised it to 121 "
        "by adding 29 riflemen and 12 orderlies. The army's 41 men stayed behind."
    )
    assert all(c["kind"] != "sum" for c in checks_of(text, "41"))


def test_a_total_pointing_back_past_a_clause_break_is_no_part_left_out() -> None:
    text = (
        "The camp took in 120 prisoners in March, and in the weeks that followed 410 in "
        "April, 730 in May and 655 in June. That made 1,795 in all."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "1,795"))


def test_a_run_total_past_a_clause_break_adds_the_run_after_it() -> None:
    text = (
        "The post counted 30 escapes in 1931, and over the next three years 75, 120 and 64, "
        "259 in all."
    )
    found = [c for c in checks_of(text, "259") if c["kind"] == "sum"]
    assert "consistent" in [c["verdict"] for c in found]
    assert all(c["verdict"] != "inconsistent" for c in found)


def test_a_rest_of_another_noun_than_the_whole_is_not_read() -> None:
    text = (
        "The village had 340 houses. 120 of them burned in the war and 80 were pulled down, "
        "and only 14 families returned."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "14"))


def test_a_part_of_them_after_a_total_is_no_total_of_the_parts() -> None:
    text = (
        "In 1938 the post arrested 1,240 Poles, 730 Latvians and 410 Finns, 2,380 persons in "
        "all, and 1,650 of them were shot."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "1,650"))
    found = [c for c in checks_of(text, "2,380") if c["kind"] == "sum"]
    assert [c["verdict"] for c in found] == ["consistent"]


def test_a_total_whose_lead_names_some_of_the_parts_is_no_total_of_the_run() -> None:
    text = (
        "The depot counted 420 carts, 310 sledges and 150 wagons. Carts and sledges together "
        "came to 730."
    )
    assert all(c["verdict"] != "inconsistent" for c in checks_of(text, "730"))

