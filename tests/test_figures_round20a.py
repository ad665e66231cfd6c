"""Round 20a (issue #14): comparisons. A rank or superlative is said among the named members
of a list: the rest of the list ("... more in the other villages") and its whole ("...
together") are no side of it, so they can neither make a right rank wrong nor stand in for a
member."""

from __future__ import annotations

from borderlands.figures.report import check_text


def comparisons(text: str) -> list[tuple[str, str]]:
    """(the comparison word, the verdict) of each comparison read: "came third" -> "third"."""
    return [(c.stated.split()[-1] if c.stated.startswith("came ") else c.stated, c.verdict.value)
            for c in check_text(text).checks if c.kind == "comparison"]


def test_a_rest_printed_with_the_list_does_not_outrank_the_named_members() -> None:
    text = (
        "The commission counted 9,120 settlers at Rovnoe, 6,430 at Lipki, 5,210 at Osinovka "
        "and 3,080 at Dubki, with 8,700 more in the scattered hamlets. Osinovka came third "
        "among the named villages."
    )
    # 9,120 > 6,430 > 5,210 > 3,080: Osinovka is third; the 8,700 of the hamlets is no member
    assert ("third", "consistent") in comparisons(text)
    assert all(v != "inconsistent" for _, v in comparisons(text))


def test_a_total_spoiled_by_a_slip_is_no_member_of_the_superlative() -> None:
    text = (
        "Three transit camps took them in. Brest entered 12,400 arrivals, Kovel 8,150 and "
        "Lutsk 5,960, 28,510 together. Brest, the largest of them, sent its people north."
    )
    # 12,400 + 8,150 + 5,960 = 26,510, not 28,510: the "together" still names a whole
    found = comparisons(text)
    assert ("largest", "consistent") in found
    assert all(v != "inconsistent" for _, v in found)


def test_the_rest_left_for_the_other_provinces_does_not_break_second_only_to() -> None:
    text = (
        "The immigrants were spread over many provinces. Konya took 14,200 of them (25.1 "
        "percent of those counted), Adana 11,900, Sivas 9,300 and Bolu 6,100, which left "
        "15,100 for the other provinces. Adana was second only to Konya, and Konya received "
        "more than twice as many as Bolu."
    )
    # among the four named provinces Adana's 11,900 is second to Konya's 14,200; the 15,100
    # left for the others is no province of the list
    found = comparisons(text)
    assert ("second only to", "consistent") in found
    assert ("second only to", "inconsistent") not in found


def test_a_wrong_rank_among_the_named_members_is_still_a_slip() -> None:
    text = (
        "The commission counted 9,120 settlers at Rovnoe, 6,430 at Lipki, 5,210 at Osinovka "
        "and 3,080 at Dubki, with 8,700 more in the scattered hamlets. Dubki came third "
        "among the named villages."
    )
    checks = [c for c in check_text(text).checks if c.kind == "comparison"]
    (third,) = [c for c in checks if c.stated.endswith("third")]
    assert third.verdict.value == "inconsistent"
    assert third.intended == "fourth"  # 3,080 is the least of the four named villages


def test_a_rest_the_words_rank_is_kept_as_a_side() -> None:
    text = (
        "By origin, 610 of the 7,400 Poles were held back, 450 of the 6,100 Latvians, 200 of "
        "the 3,900 Lithuanians and 520 of the 2,800 others. At 5.1 percent the Lithuanians "
        "had the lowest rate of the three peoples, and the others the highest of all."
    )
    # 520 / 2,800 = 18.6 % is the highest of 8.2, 7.4, 5.1 and 18.6 %: "the others" name it
    assert ("highest", "consistent") in comparisons(text)


LIST = (
    "The census gives 9,730 persons for Toyohara, 6,845 for Maoka, 5,210 for Esutoru and "
    "3,987 for Shikuka. "
)


def ranked(text: str, word: str) -> tuple[str, float | None, str | None]:
    (check,) = [c for c in check_text(text).checks if c.kind == "comparison" and c.stated == word]
    return check.verdict.value, check.fit.computed if check.fit else None, check.intended


def test_an_apposed_rank_is_read_against_the_list_before() -> None:
    # 9,730 > 6,845 > 5,210 > 3,987: Maoka is second, Esutoru third
    text = LIST + "Toyohara held 34.0 per cent of them and Maoka, second in size, 23.9%."
    assert ranked(text, "second") == ("consistent", 2.0, None)
    text = LIST + "Esutoru, third among the named districts, lost its harbour."
    assert ranked(text, "third") == ("consistent", 3.0, None)


def test_an_apposed_rank_the_list_contradicts_is_a_slip() -> None:
    text = LIST + "Shikuka, second of the four, lost its harbour."
    # "of the four" says the rank follows from the four counts: 3,987 is the least of them
    assert ranked(text, "second") == ("inconsistent", 4.0, "fourth")


def test_the_subject_of_an_apposed_rank_is_the_name_right_before_it() -> None:
    # not Toyohara, the subject of the clause before "and"
    text = LIST + "Toyohara lost its mills and Esutoru, third in size, its harbour."
    assert ranked(text, "third") == ("consistent", 3.0, None)


def test_an_enumeration_of_ordinals_is_no_rank() -> None:
    text = LIST + "Maoka sent its first, second and third echelons in May."
    assert [c for c in check_text(text).checks if c.kind == "comparison"] == []
    text = LIST + "The echelons from Maoka, second and third, left in May."
    assert [c for c in check_text(text).checks if c.kind == "comparison"] == []


COUNTIES = "Tartu county gave 3,412 persons, Voru 2,204, Viljandi 1,985 and Valga 1,276. "


def test_a_subject_that_prints_its_count_is_compared_by_that_count() -> None:
    # 1,530 < 3,412: fewer than Tartu holds
    text = COUNTIES + "Harju county, by the capital, lost 1,530 persons, fewer than Tartu."
    assert ranked(text, "fewer") == ("consistent", 1530.0, None)


def test_its_printed_count_and_not_a_list_member_is_the_subjects_side() -> None:
    # "county" names Tartu's entry in the list too, but Harju's side is the 1,530 it prints:
    # 1,530 < 2,204, so "more than Voru" is reversed
    text = COUNTIES + "Harju county lost 1,530 persons, more than Voru."
    checks = [c for c in check_text(text).checks if c.kind == "comparison"]
    assert [(c.stated, c.verdict.value, c.intended) for c in checks] == [
        ("more", "inconsistent", "fewer")
    ]
    assert sorted(f.quantity.mid for f in checks[0].inputs) == [1530.0, 2204.0]


def test_more_than_a_figure_or_a_multiple_is_no_named_side() -> None:
    text = COUNTIES + "Harju county lost 1,530 persons, more than twice as many as Valga."
    assert [c for c in check_text(text).checks if c.stated == "more"] == []
    text = COUNTIES + "Harju county lost 1,530 persons, more than 1,000 of them children."
    assert [c for c in check_text(text).checks if c.kind == "comparison"] == []


ARRIVALS = "By the tally, 2,430 settlers arrived in March, 3,170 in April and 1,310 in May, "


def test_a_superlative_in_an_absolute_clause_after_its_list() -> None:
    # 3,170 > 2,430 > 1,310: April is the busiest, May is not
    assert ranked(ARRIVALS + "6,910 in all, April being the busiest month.", "busiest") == (
        "consistent", 1.0, None,
    )
    assert ranked(ARRIVALS + "6,910 in all, May being the busiest month.", "busiest") == (
        "inconsistent", 3.0, "not the busiest",
    )


def test_a_clause_that_has_a_superlative_of_another_measure_is_not_ranked_by_the_list() -> None:
    text = (
        "The 3,860 households of Aydin received 96,500 acres, the 2,915 of Saruhan 81,620 "
        "acres and the 1,240 of Mentese 27,280, so that the Saruhan families had the largest "
        "allotments of the three."
    )
    # 81,620 / 2,915 = 28.0 acres a household, the most of the three: never a slip
    assert [c for c in check_text(text).checks
            if c.stated == "largest" and c.verdict.value == "inconsistent"] == []  # fmt: skip


TRADES = "Tailors numbered 512, miners 386, smiths 214 and carters 128. "


def test_a_superlative_whose_subject_stands_before_an_insertion_with_a_figure() -> None:
    text = TRADES + "The tailors, 41 per cent of the craftsmen, were the largest group."
    (check,) = [c for c in check_text(text).checks if c.stated == "largest"]
    assert check.verdict.value == "consistent"
    assert sorted(f.quantity.mid for f in check.inputs) == [128.0, 214.0, 386.0, 512.0]
    text = TRADES + "The smiths, 17 per cent of the craftsmen, were the largest group."
    (check,) = [c for c in check_text(text).checks if c.stated == "largest"]
    assert (check.verdict.value, check.intended) == ("inconsistent", "not the largest")


TOLLS = "The toll came to 86.6 per 1,000 in Chimkent, 65.1 in Aralsk and 66.1 in Aktyubinsk. "


def test_a_superlative_of_rates_listed_by_name() -> None:
    # 65.1 < 66.1 < 86.6: Aralsk had the lowest rate, Chimkent the highest
    (check,) = [c for c in check_text(TOLLS + "Aralsk thus had the lowest death rate of the "
                                      "three.").checks if c.stated == "lowest"]  # fmt: skip
    assert check.verdict.value == "consistent"
    assert sorted(f.quantity.mid for f in check.inputs) == [65.1, 66.1, 86.6]
    (check,) = [c for c in check_text(TOLLS + "Aktyubinsk thus had the lowest death rate of "
                                      "the three.").checks if c.stated == "lowest"]  # fmt: skip
    assert (check.verdict.value, check.intended) == ("inconsistent", "not the lowest")


def test_a_superlative_over_another_group_than_the_list_is_not_judged() -> None:
    # "of the four" over a list of three names another group
    text = TOLLS + "Aktyubinsk thus had the lowest death rate of the four."
    assert [c for c in check_text(text).checks if c.stated == "lowest"] == []


def test_two_listed_rates_compared_by_name() -> None:
    (check,) = [c for c in check_text(TOLLS + "Chimkent lost its people at a higher rate than "
                                      "Aralsk.").checks if c.stated == "higher"]  # fmt: skip
    assert check.verdict.value == "consistent"  # 86.6 > 65.1
    (check,) = [c for c in check_text(TOLLS + "Aralsk lost its people at a higher rate than "
                                      "Aktyubinsk.").checks if c.stated == "higher"]  # fmt: skip
    assert (check.verdict.value, check.intended) == ("inconsistent", "lower")  # 65.1 < 66.1


PROVINCES = (
    "Bursa took 28,915 of them, Edirne 21,460, Izmir 17,240, Kirklareli 14,830 and "
    "Tekirdag 12,370. "
)


def test_a_side_of_several_names_is_not_read_as_one_of_them() -> None:
    # 21,460 + 14,830 + 12,370 = 48,660 against 28,915 + 17,240 = 46,155: the sides are sums,
    # never Kirklareli's 14,830 against Bursa's 28,915
    text = PROVINCES + (
        "The three provinces of Edirne, Kirklareli and Tekirdag together received fewer "
        "immigrants than Bursa and Izmir."
    )
    assert [c for c in check_text(text).checks
            if c.stated == "fewer" and c.verdict.value == "consistent"] == []  # fmt: skip


def test_a_side_of_one_name_is_still_read() -> None:
    (check,) = [c for c in check_text(PROVINCES + "Kirklareli received fewer immigrants than "
                                      "Bursa.").checks if c.stated == "fewer"]  # fmt: skip
    assert check.verdict.value == "consistent"  # 14,830 < 28,915
    assert sorted(f.quantity.mid for f in check.inputs) == [14830.0, 28915.0]
