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


# -- sums: a total raised by additions ------------------------------------------------------


def test_a_total_raised_whatever_it_counts_starts_from_the_count_before() -> None:
    text = (
        "The archive listed 6,220 claimants. In the autumn the bureau raised the number of "
        "its claimants to 6,805 by adding 410 widows sent on from the camps and 175 moved "
        "from other towns."
    )
    c = one(text, "sum", "6,805")
    assert (c.verdict, inputs_of(c)) == ("consistent", [6220, 410, 175])


def test_bringing_a_named_whole_to_a_total_adds_the_parts_before() -> None:
    returns = "In 1920, 2,430 went home, and a further 1,160 followed, bringing the returns to "
    c = one(returns + "3,590.", "sum", "3,590")
    assert (c.verdict, inputs_of(c)) == ("consistent", [2430, 1160])
    staff = "The clinic had 9 doctors and 31 nurses. The board hired 22 porters, bringing the "
    c = one(staff + "staff to 62.", "sum", "62")
    assert (c.verdict, inputs_of(c)) == ("consistent", [9, 31, 22])
    # parts that do not reach the total are not made its parts
    assert [c.verdict for c in checks_of(staff + "staff to 72.", "sum")] == ["unverifiable"]


def test_a_base_in_the_same_sentence_before_the_raised_total() -> None:
    text = (
        "The guard post sent 80 men to the convoy, and the town police raised it to 131 by "
        "adding 36 constables and 15 clerks."
    )
    c = one(text, "sum", "131")
    assert (c.verdict, inputs_of(c)) == ("consistent", [80, 36, 15])


ADDED = (
    "The spring lists held 1,510 names and the autumn lists 830. The last return raised the "
    "total to {total} by adding the 1,510 of the spring and the 830 of the autumn to the "
    "6,730 of the year before."
)


def test_parts_added_to_a_named_base_are_all_the_parts() -> None:
    c = one(ADDED.format(total="9,070"), "sum", "9,070")
    assert (c.verdict, inputs_of(c)) == ("consistent", [1510, 830, 6730])
    # 1,100 short, more than a tenth of it: a slip only because the words name every part
    c = one(ADDED.format(total="7,970"), "sum", "7,970")
    assert (c.verdict, c.intended) == ("inconsistent", "9,070")


def test_a_part_after_the_raised_total_is_no_total_itself() -> None:
    text = ADDED.format(total="9,070")
    assert [c.stated for c in checks_of(text, "sum")] == ["9,070"]  # not the 1,510 after it


def test_a_period_after_a_long_noun_phrase_still_labels_its_count() -> None:
    text = (
        "The police held 230 former carters and their sons in March, 310 in April and 520 in "
        "May. Arrests more than doubled between March and May, and May, with 520, was the "
        "worst month."
    )  # "and their sons in March" labels the 230; "and in May" would label the count after
    c = one(text, "multiple", "more than doubled")
    assert (c.verdict, inputs_of(c)) == ("consistent", [230, 520])


def test_a_noun_less_count_shares_the_noun_of_the_count_before() -> None:
    text = "The guild had 310 members in 1930 and 980 in 1933. Its membership thus tripled."
    c = one(text, "multiple", "tripled")
    assert (c.verdict, inputs_of(c)) == ("consistent", [310, 980])
