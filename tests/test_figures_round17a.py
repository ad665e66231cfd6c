"""Round 17a, shares (issue #14): shares read on the figures the text names for the things
compared. Sentences are our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.namedmembers import subject_names

LIST = (
    "The district returns list 3,100 persons from Alsk, 2,050 from Borovo and 1,850 from "
    "Kedr, 7,000 in all.\n\nThe columns left in March."
)


def share_of(text: str, stated: str) -> Check:
    (check,) = [c for c in check_text(text).checks if c.stated == stated]
    return check


def inputs_of(check: Check) -> list[float]:
    assert check.fit is not None
    return [f.quantity.mid for f in check.fit.inputs]


def test_a_member_named_by_its_place_adjective_is_read_on_the_list_and_its_total() -> None:
    check = share_of(LIST + " The Alsk share came to 4.43 percent.", "4.43 percent")
    assert (check.verdict, check.intended) == ("inconsistent", "44.30")
    assert inputs_of(check) == [3100, 7000]
    assert check.fit is not None and round(check.fit.computed, 2) == 44.29


def test_a_member_named_after_an_earlier_share_of_its_sentence_is_read() -> None:
    text = LIST + " Alsk alone gave 44.3 percent of them, while Kedr, the smallest, 26.4 percent."
    check = share_of(text, "26.4 percent")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [1850, 7000]


def test_a_total_word_just_before_the_count_marks_the_whole() -> None:
    text = (
        "Alsk sent 3,100 persons, Borovo 2,050 and Kedr 1,850. Their sum, 7,000, went to the "
        "oblast.\n\nThe trains left in March. Kedr, the smallest of the three, gave 26.4 "
        "percent of the deportees."
    )
    check = share_of(text, "26.4 percent")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [1850, 7000]


@pytest.mark.parametrize(
    "text",
    [
        # the name labels two counts: no single part
        "In May 2,050 persons came from Borovo and in June 1,200 more from Borovo, 7,000 "
        "persons in all from the district.\n\nThe trains left in March. Borovo thus gave "
        "29.3 percent of the deportees.",
        # no total closes the list: no whole
        "The district returns list 3,100 persons from Alsk, 2,050 from Borovo and 1,850 "
        "from Kedr.\n\nThe columns left in March. Borovo thus gave 29.3 percent of the "
        "deportees.",
    ],
)
def test_no_named_part_or_no_total_reads_nothing(text: str) -> None:
    check = share_of(text, "29.3 percent")
    assert check.verdict == "unverifiable"


def test_the_subject_names_are_those_of_the_nearest_clause_holding_a_name() -> None:
    sentence = "Abatsk came second to Ishim, while Sorokino, the smallest of four, held 9 percent"
    assert subject_names(sentence, sentence.index("9 percent"), 0) == {"soroki"}
    assert subject_names("The deportees were 9 percent", 16, 0) == set()


DONE = "The final return gave 4,100 families taken; the other 300 families on the lists had "


def test_a_plan_share_is_read_on_the_count_done_and_the_rest_of_the_lists() -> None:
    text = DONE + "not been found. The plan was thus met at 93.2 percent."
    check = share_of(text, "93.2 percent")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [4100, 300]
    assert check.fit is not None and round(check.fit.computed, 2) == 93.18


def test_a_plan_share_with_a_shortfall_named_after_its_unit_is_judged() -> None:
    text = (
        "The final return gave 4,100 families taken, and the 300 families short of it were "
        "listed as absent. That was 39.2 percent of the plan."
    )
    check = share_of(text, "39.2 percent")
    assert (check.verdict, check.intended) == ("inconsistent", "93.2")
    assert inputs_of(check) == [4100, 300]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # 300 families added are no rest of the lists
        ("The final return gave 4,100 families taken, and 300 families were added later. "
         "The plan was thus met at 93.2 percent.", "93.2 percent"),
        # the share is not said of a plan
        (DONE + "not been found. Women were 93.2 percent of the adults.", "93.2 percent"),
    ],
)
def test_no_plan_or_no_shortfall_reads_no_plan(text: str, stated: str) -> None:
    assert share_of(text, stated).verdict == "unverifiable"


STAGES = "The echelons took 9,400 people east. On the road {dead} died, and the commandants " \
    "signed for 9,340. The mines took 1,130 of the settlers, {share}."


def test_a_share_of_either_of_two_stages_of_one_group_is_ambiguous() -> None:
    check = share_of(STAGES.format(dead=60, share="12 percent"), "12 percent")
    assert check.verdict == "ambiguous"
    assert inputs_of(check) == [1130, 9400]
    assert [[f.quantity.mid for f in a.inputs] for a in check.alternatives] == [[1130, 9340]]


@pytest.mark.parametrize(
    ("dead", "share"),
    [
        (60, "12.0 percent"),  # only 1,130 / 9,400 rounds to 12.0; 1,130 / 9,340 is 12.1
        (70, "12 percent"),  # no printed count leads from one whole to the other
    ],
)
def test_one_fitting_stage_or_unlinked_wholes_stay_consistent(dead: int, share: str) -> None:
    check = share_of(STAGES.format(dead=dead, share=share), share)
    assert check.verdict == "consistent"
    assert inputs_of(check) == [1130, 9400]


@pytest.mark.parametrize(
    ("text", "stated", "verdict", "inputs"),
    [
        # "3,100 of the 7,000": the 7,000 is the whole, the other 3,900 its rest
        ("Alsk sent 3,100 of the 7,000 families (44.3 percent), and Kedr the other 3,900.",
         "44.3 percent", "consistent", [3100, 7000]),
        ("Alsk sent 3,100 of the 7,000 families (41.3 percent), and Kedr the other 3,900.",
         "41.3 percent", "inconsistent", [3100, 7000]),
        # without a printed whole the part and the rest make it
        ("Alsk sent 3,100 families (44.3 percent), and Kedr the other 3,900.",
         "44.3 percent", "consistent", [3100, 3900]),
    ],
)
def test_the_rest_of_a_printed_whole_is_no_second_part(
    text: str, stated: str, verdict: str, inputs: list[float]
) -> None:
    check = share_of(text, stated)
    assert check.verdict == verdict
    assert inputs_of(check) == inputs


TOTAL = (
    "The telegram reported 30,100 families and 98,000 persons loaded.\n\nThe kulak families "
    "numbered 2,900 in Alsk, 6,400 in Borovo and 3,100 in Kedr, 12,400 in all, or {share} of "
    "the {noun}."
)


def test_a_share_apposed_to_a_total_is_of_the_whole_its_noun_names() -> None:
    check = share_of(TOTAL.format(share="14.2 percent", noun="families loaded"), "14.2 percent")
    assert (check.verdict, check.intended) == ("inconsistent", "41.2")
    assert inputs_of(check) == [12400, 30100]  # not the 98,000 persons of the same sentence


def test_a_share_apposed_to_a_total_of_an_unprinted_whole_is_not_judged_on_its_parts() -> None:
    check = share_of(TOTAL.format(share="41.2 percent", noun="households"), "41.2 percent")
    assert (check.verdict, check.fit) == ("unverifiable", None)


def test_a_list_closed_by_together_gives_the_whole_of_a_named_member() -> None:
    text = (
        "The Northern zone received 19,200 persons and the Southern zone 14,800, 34,000 "
        "together.\n\nThe trains ran until May. The Northern share was 56.5 percent, the "
        "Southern 34.5 percent."
    )
    check = share_of(text, "34.5 percent")
    assert (check.verdict, check.intended) == ("inconsistent", "43.5")
    assert inputs_of(check) == [14800, 34000]


@pytest.mark.parametrize(
    ("text", "stated", "formula", "intended"),
    [
        ("The inventory of 1950 found 1,240 horses. By 1952 the horses were down to 870, a "
         "loss of 70.2 percent.", "70.2 percent", "(1240 - 870) / 1240 * 100", "29.8"),
        ("Since March the population had fallen by 8.9 percent, from 38,460 to 3,420.",
         "8.9 percent", "(38460 - 3420) / 38460 * 100", "91.1"),
        ("The register dropped from 1,540 to 1,104, a fall the clerk gave as 71.7 percent.",
         "71.7 percent", "(1540 - 1104) / 1540 * 100", "28.3"),
    ],
)
def test_a_decline_that_names_the_figure_is_a_slip_when_it_is_the_remaining_share(
    text: str, stated: str, formula: str, intended: str
) -> None:
    check = share_of(text, stated)
    assert (check.verdict, check.intended) == ("inconsistent", intended)
    assert check.fit is not None and check.fit.formula == formula


def test_a_bracketed_share_after_a_fall_stays_two_readings() -> None:
    text = (
        "The inventory of 1950 found 1,240 horses. By 1952 the horses were down to 870 "
        "(70.2 percent)."
    )
    assert share_of(text, "70.2 percent").verdict == "ambiguous"


@pytest.mark.parametrize(
    ("share", "rest", "verdict", "inputs"),
    [
        # "Of them" names the 4,000 before: the share fits it, whatever the rest says
        ("45.0%", "2,300", "consistent", [1800, 4000]),
        # no count before gives it: the part and its rest are read, and the slip found
        ("54.0%", "2,200", "inconsistent", [1800, 2200]),
    ],
)
def test_a_share_of_them_is_read_on_the_whole_before_ahead_of_part_and_rest(
    share: str, rest: str, verdict: str, inputs: list[float]
) -> None:
    text = (
        f"The 900 families numbered 4,000 persons. Of them, 1,800 were children ({share}), "
        f"and the remaining {rest} were adults."
    )
    check = share_of(text, share)
    assert check.verdict == verdict
    assert inputs_of(check) == inputs


def test_a_part_and_its_rest_that_add_up_to_the_printed_whole_are_no_rival_whole() -> None:
    text = (
        "The board reviewed 6,400 cases and cleared 5,800 persons (90.6 per cent); in the "
        "other 600 the sentences stood."
    )
    check = share_of(text, "90.6 per cent")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [5800, 6400]


def test_a_share_after_two_joined_parts_that_both_give_it_is_ambiguous() -> None:
    text = "Of the 1,500 persons from Alsk, 604 were children and 598 were women (40 percent)."
    check = share_of(text, "40 percent")
    assert check.verdict == "ambiguous"
    assert sorted([inputs_of(check)[0], check.alternatives[0].inputs[0].quantity.mid]) == [
        598, 604,
    ]


def test_a_share_bracketed_after_its_own_part_keeps_that_part() -> None:
    text = "Of the 1,500 persons from Alsk, 604 were children (40 percent) and 598 were women."
    check = share_of(text, "40 percent")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [604, 1500]
