"""Issue #14, round 14c: rates per 1,000 of a named place, and rates per 1,000 whose whole
the words after the scale name. Sentences of our own; the arithmetic checked by hand."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def rate_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return found


PLACES = (
    "The camps took in 5,000 people at Orlovo and 2,000 at Belaya. "
    "In the first winter 150 people died at Orlovo and 44 at Belaya. "
)


def test_a_rate_of_a_place_after_its_scale_is_read_on_that_place_figures() -> None:
    # 150 / 5,000 * 1,000 = 30; 44 / 2,000 * 1,000 = 22
    text = PLACES + "The toll came to 30 per 1,000 at Orlovo and to 22 per 1,000 at Belaya."
    orlovo, belaya = rate_at(text, "30"), rate_at(text, "22")
    assert (orlovo.verdict, belaya.verdict) == ("consistent", "consistent")
    assert orlovo.fit is not None and round(orlovo.fit.computed, 4) == 30.0
    assert [f.quantity.text for f in orlovo.fit.inputs] == ["150", "5,000"]


def test_a_rate_of_a_place_named_before_it_in_the_clause() -> None:
    # the place opens the clause: "In Belaya the toll came to 22 per 1,000"
    check = rate_at(PLACES + "In Belaya the toll came to 22 per 1,000 settlers.", "22")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["44", "2,000"]


def test_a_slip_in_a_rate_of_a_place_with_two_figures_is_flagged() -> None:
    # 64 / 2,000 * 1,000 = 32, printed with its digits swapped as 23
    text = PLACES.replace("44 at Belaya", "64 at Belaya") + (
        "The toll came to 30 per 1,000 at Orlovo and to 23 per 1,000 at Belaya."
    )
    belaya = rate_at(text, "23")
    assert (belaya.verdict, belaya.intended) == ("inconsistent", "32")


def test_a_rate_of_a_place_with_only_a_part_and_a_whole_that_misses_is_flagged() -> None:
    # 44 / 2,000 * 1,000 = 22: 12 is no usual slip of it, but Belaya has two counts printed
    # and no more, so the rate can be of no others (round 17b, placethousands)
    text = PLACES + "The toll came to 30 per 1,000 at Orlovo and to 12 per 1,000 at Belaya."
    belaya = rate_at(text, "12")
    assert (belaya.verdict, belaya.intended) == ("inconsistent", "22")


def test_a_place_with_no_figures_of_its_own_leaves_the_rate_unread() -> None:
    # Kursk is named, but no figure of the text is tied to it
    text = PLACES + "The toll came to 30 per 1,000 at Kursk."
    assert rate_at(text, "30").verdict == "unverifiable"


def test_the_next_place_figure_after_and_is_not_bound_to_the_one_before() -> None:
    # "150 people died at Orlovo and 44 at Belaya": the 44 is Belaya's, so Orlovo has the
    # pair 150 / 5,000 only, and 3.0 per 1,000 is no rate of it (nor 44 / 5,000 = 8.8)
    text = PLACES + "At Orlovo the toll came to 8.8 per 1,000."
    assert rate_at(text, "8.8").verdict != "consistent"


def test_a_whole_printed_after_the_scale_is_the_rate_whole() -> None:
    # 93 / 6,200 * 1,000 = 15.0
    check = rate_at("The 93 escapes of the year came to 15.0 per 1,000 of the 6,200 then "
                    "in the settlements.", "15.0")  # fmt: skip
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["93", "6,200"]


def test_a_slip_against_a_whole_printed_after_the_scale_is_flagged() -> None:
    # 93 / 6,200 * 1,000 = 15.0; 51.0 swaps its digits
    check = rate_at("The 93 escapes of the year came to 51.0 per 1,000 of the 6,200 then "
                    "in the settlements.", "51.0")  # fmt: skip
    assert (check.verdict, check.intended) == ("inconsistent", "15.0")


def test_a_whole_named_by_the_word_that_followed_it() -> None:
    # 240 / 16,000 * 1,000 = 15; "of those shipped" names the 16,000 shipped
    text = ("In May the 16,000 shipped north reached the river. The agents put 240 of them "
            "down as deaths on the way, 95 as sick. Deaths on the way came to 15 per 1,000 "
            "of those shipped.")  # fmt: skip
    check = rate_at(text, "15")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["240", "16,000"]


def test_a_rate_that_opens_with_that_is_of_the_figure_just_said() -> None:
    # 36 / 4,800 * 1,000 = 7.5
    text = ("On the barges 20 men, 9 women and 7 children died, 36 in all. That was 7.5 per "
            "1,000 of the 4,800 who had embarked.")  # fmt: skip
    check = rate_at(text, "7.5")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["36", "4,800"]


def test_two_wholes_the_word_names_leave_the_rate_unread() -> None:
    # both 16,000 and 12,000 were "shipped": the words do not say which is meant
    text = ("In May 16,000 shipped north and in June 12,000 shipped east. The agents put "
            "240 of them down as deaths on the way. Deaths on the way came to 15 per 1,000 "
            "of those shipped.")  # fmt: skip
    assert rate_at(text, "15").verdict != "consistent"


def sum_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "sum" and c.stated == stated]
    return found


def test_a_total_that_closes_a_list_with_no_word_of_adding() -> None:
    # 120 + 95 + 64 + 41 = 320
    text = ("The militia took 120 men in March, 95 in April, 64 in May and 41 in June, 320 "
            "since the thaw.")  # fmt: skip
    check = sum_at(text, "320")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["120", "95", "64", "41"]


def test_a_mistyped_total_that_closes_a_list_is_flagged() -> None:
    # 208 + 173 + 91 = 472, printed 462
    text = ("The camps buried 208 people at Orlovo, 173 at Belaya and 91 at Lugovoe, 462 "
            "since the spring.")  # fmt: skip
    check = sum_at(text, "462")
    assert (check.verdict, check.intended) == ("inconsistent", "472")


def test_a_sentence_that_opens_on_the_total_of_the_list_before() -> None:
    # 208 + 173 + 91 = 472; 427 swaps two digits
    text = ("The camps buried 208 people at Orlovo, 173 at Belaya and 91 at Lugovoe. That "
            "made 427 dead in the first year.")  # fmt: skip
    check = sum_at(text, "427")
    assert (check.verdict, check.intended) == ("inconsistent", "472")
    fit = sum_at(text.replace("427", "472"), "472")
    assert fit.verdict == "consistent"


@pytest.mark.parametrize(
    "text",
    [
        # the count after the list is another item, joined by "and"
        "The camps buried 208 people at Orlovo, 173 at Belaya, 91 at Lugovoe and 562 at Ivanovka.",
        # the count after the list is what was left, not a total
        "The camps sent 208 people to Orlovo, 173 to Belaya and 91 to Lugovoe, leaving 562 in "
        "the town.",
        # two parts are no list to close
        "The camps buried 208 people at Orlovo and 173 at Belaya, 482 since the spring.",
    ],
)
def test_counts_after_a_list_that_are_no_total_are_not_read_as_sums(text: str) -> None:
    assert [c for c in check_text(text).checks if c.kind == "sum"] == []


def rest_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "remainder" and c.stated == stated]
    return found


def test_a_difference_of_the_two_counts_of_the_sentence_before() -> None:
    # 4,210 - 3,875 = 335
    text = ("The spring count found 3,875 horses where 4,210 had been handed over. The "
            "difference of 335 head was put down to the winter.")  # fmt: skip
    check = rest_at(text, "335")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["4,210", "3,875"]


def test_a_slipped_difference_of_two_counts_is_flagged() -> None:
    # 4,210 - 3,875 = 335, printed 353
    text = ("The spring count found 3,875 horses where 4,210 had been handed over. The "
            "difference of 353 head was put down to the winter.")  # fmt: skip
    check = rest_at(text, "353")
    assert (check.verdict, check.intended) == ("inconsistent", "335")


def test_a_difference_with_one_count_before_it_is_not_read() -> None:
    # one count is printed before it: the difference of what from what is not said
    text = ("The spring count found 3,875 horses. The difference of 335 head was put down to "
            "the winter.")  # fmt: skip
    assert [c.verdict for c in check_text(text).checks
            if c.kind == "remainder" and c.stated == "335"] in ([], ["unverifiable"])  # fmt: skip


def test_a_rate_cued_apiece_is_read_on_the_counts_of_its_sentence() -> None:
    # 9,120 / 16 = 570
    check = rate_at("The 9,120 deportees left in 16 trains carrying 570 people apiece.", "570")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["9,120", "16"]


def test_a_rate_cued_for_each_noun_is_read_and_its_slip_flagged() -> None:
    # 252,000 / 2,400 = 105; 150 swaps its last two digits
    text = "The fund paid out 252,000 rubles to 2,400 families, {} rubles for each family."
    assert rate_at(text.format("105"), "105").verdict == "consistent"
    slip = rate_at(text.format("150"), "150")
    assert (slip.verdict, slip.intended) == ("inconsistent", "105")


def test_a_rate_cued_to_every_noun_is_read() -> None:
    # 7,350 / 1,470 = 5.0
    text = "The brigade took over 7,350 sheep from 1,470 households, 5.0 to every household."
    check = rate_at(text, "5.0")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["7,350", "1,470"]


SPREAD = ("In 1944 the camps recorded 812 deaths among 9,000 settlers. In 1945 another 415 "
          "died. With 209 deaths in 1946, the three years {} 1,436 lives.")  # fmt: skip


def test_a_counted_subject_with_a_verb_of_total_sums_parts_across_sentences() -> None:
    # 812 + 415 + 209 = 1,436; "the three years cost" counts the parts with no "together"
    check = sum_at(SPREAD.format("cost"), "1,436")
    assert check.verdict == "consistent"
    assert sorted(f.quantity.text for f in check.fit.inputs) == ["209", "415", "812"]


def test_a_counted_subject_with_each_is_no_total() -> None:
    assert [c for c in check_text(SPREAD.format("each cost")).checks if c.kind == "sum"] == []


def test_a_counted_subset_of_a_list_is_summed_on_the_parts_that_fit() -> None:
    # 6,200 + 4,150 = 10,350: the two largest camps of four
    text = ("The register names 6,200 settlers at Orlovo, 4,150 at Belaya, 2,980 at Lugovoe "
            "and 1,730 at Sosnovka. The two largest camps took 10,350 of them.")  # fmt: skip
    check = sum_at(text, "10,350")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["6,200", "4,150"]


def test_the_second_of_two_parts_of_a_whole_the_sentence_opens_on() -> None:
    # 4,120 - 37 = 4,083
    text = "Of the 4,120 who left the port, 37 died at sea, and the camp received 4,083."
    check = rest_at(text, "4,083")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["4,120", "37"]


def test_a_slipped_second_part_of_a_whole_is_flagged() -> None:
    # 4,120 - 37 = 4,083, printed 4,038
    text = "Of the 4,120 who left the port, 37 died at sea, and the camp received 4,038."
    check = rest_at(text, "4,038")
    assert (check.verdict, check.intended) == ("inconsistent", "4,083")


def test_of_these_takes_the_whole_from_the_sentence_before() -> None:
    # 2,650 - 1,915 = 735; "four villages" is no whole of these parts
    text = ("The lists named 2,650 households in four villages. Of these households 1,915 "
            "were farmers and 735 were craftsmen.")  # fmt: skip
    check = rest_at(text, "735")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["2,650", "1,915"]


@pytest.mark.parametrize(
    "text",
    [
        # a part of the part, not of the whole
        "Of the 4,120 who left the port, 937 fell ill, and 83 of them died.",
        # three parts: the second is not what the first leaves
        "Of the 4,120 who left the port, 37 died, 2,050 went north and 2,033 went south.",
        # a rate, not a part
        "Of the 4,120 who left the port, 37 died at sea, and the ships carried 412 each.",
    ],
)
def test_counts_after_of_the_whole_that_split_nothing_are_not_read(text: str) -> None:
    assert [c for c in check_text(text).checks
            if c.kind == "remainder" and c.verdict != "unverifiable"] == []  # fmt: skip
