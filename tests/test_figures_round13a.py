"""Round thirteen, part a (issue #14): families of claims the checker did not read, or read
without their inputs: multiples, sums, counts and comparisons. Every sentence is our own; the
numbers are invented."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def checks_of(text: str, kind: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == kind]


def one(text: str, kind: str, stated: str) -> Check:
    found = [c for c in checks_of(text, kind) if c.stated == stated]
    assert len(found) == 1, [(c.kind, c.stated, c.verdict) for c in check_text(text).checks]
    return found[0]


def inputs_of(c: Check) -> list[float]:
    assert c.fit is not None
    return [f.quantity.mid for f in c.fit.inputs]


# -- multiples: the earlier level of what the words multiply ---------------------------------

SICK = (
    "In the first spring 2,240 of the 31,800 colonists fell ill, 70.4 per 1,000. "
    "In the second spring sickness {word}, to 1,130."
)


def test_the_part_not_its_whole_nor_its_rate_is_the_earlier_level() -> None:
    c = one(SICK.format(word="halved"), "multiple", "halved")
    assert c.verdict == "consistent"
    assert inputs_of(c) == [2240, 1130]  # not the 31,800 colonists, not the 70.4 per 1,000
    assert c.fit is not None and round(c.fit.computed, 3) == 0.504  # 1,130 / 2,240


def test_a_count_whose_noun_the_sentence_names_is_the_level_and_a_miss_is_a_slip() -> None:
    sheds = (
        "The depot kept 5,300 sacks in 27 sheds, about 200 to a shed. The number of sheds "
        "had {word} since the summer, when there had been only 13."
    )
    c = one(sheds.format(word="doubled"), "multiple", "doubled")
    assert (c.verdict, inputs_of(c)) == ("consistent", [13, 27])
    c = one(sheds.format(word="tripled"), "multiple", "tripled")
    assert (c.verdict, c.intended) == ("inconsistent", "doubled")  # 27 / 13 = 2.08


def test_a_level_the_sentence_does_not_name_leaves_a_miss_unverifiable() -> None:
    text = (
        "The depot kept 5,300 sacks. The guards had tripled since the summer, when there had "
        "been only 13."
    )  # the sacks are not the guards: a miss is no slip
    assert [c.verdict for c in checks_of(text, "multiple")] == ["unverifiable"]


# -- multiples between two periods the words name -------------------------------------------

HIRING = "The mill hired 1,150 hands in April, 2,410 in May and 1,800 in June. "


def test_periods_named_after_the_multiple_pick_the_two_counts() -> None:
    c = one(HIRING + "Hiring doubled from April to May, the busiest month.", "multiple",
            "doubled")  # fmt: skip
    assert (c.verdict, inputs_of(c)) == ("consistent", [1150, 2410])
    c = one(HIRING + "Hiring tripled from April to May.", "multiple", "tripled")
    assert (c.verdict, c.intended) == ("inconsistent", "doubled")


def test_periods_in_a_clause_without_figures_beside_a_clause_with_one() -> None:
    text = HIRING + "Hiring more than doubled between April and May, and June, with 1,800, lagged."
    c = one(text, "multiple", "more than doubled")
    assert (c.verdict, inputs_of(c)) == ("consistent", [1150, 2410])


def test_a_month_printed_before_its_count_labels_it() -> None:
    text = (
        "In March 1921, 410 carts crossed the ford, in April 1,260 and in May 980. "
        "Between March and April the crossings tripled."
    )
    c = one(text, "multiple", "tripled")
    assert (c.verdict, inputs_of(c)) == ("consistent", [410, 1260])


def test_a_month_before_a_comma_does_not_label_the_total_after_it() -> None:
    text = (
        "The office took 300 claims in May, 520 in June and 910 in July, 1,730 in all. "
        "Between May and July the claims tripled."
    )
    c = one(text, "multiple", "tripled")
    assert inputs_of(c) == [300, 910]  # not the 1,730 after "in July,"
    assert c.verdict == "consistent"


def test_ordinal_periods_count_the_dated_entries_of_a_list() -> None:
    base = "The board heard 140 appeals in 1951, 290 in 1952 and 310 in 1953. Appeals {w} from "
    c = one(base.format(w="doubled") + "the first year to the second.", "multiple", "doubled")
    assert (c.verdict, inputs_of(c)) == ("consistent", [140, 290])
    text = base.format(w="tripled") + "the first year to the second."
    assert one(text, "multiple", "tripled").verdict == "inconsistent"
    # "to the second" names a period there, not a rank of a list
    assert [c for c in check_text(text).checks if c.kind == "comparison"] == []


def test_a_second_that_ranks_is_still_read() -> None:
    text = "The board heard 140 appeals in Tula, 290 in Orel and 310 in Kursk. Orel came second."
    assert [c.verdict for c in checks_of(text, "comparison")] == ["consistent"]
