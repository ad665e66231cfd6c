"""Issue #14, round 15b: shares whose whole the words name by a verb or a noun printed with
a count before ("of those enrolled", "That was ... of the 4,000 moved", "3,100 arrests (31
percent)" after "10,000 people arrested"). Sentences of our own; the arithmetic by hand."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def share_at(text: str, stated: str) -> Check:
    found = [c for c in check_text(text).checks if c.stated.startswith(stated)]
    assert found, [c.stated for c in check_text(text).checks]
    return found[0]


ENROLLED = (
    "The camp office enrolled 8,000 persons between May and July. "
    "The winter was long, and the rations came late in 14 of the weeks. "
    "Fuel ran short at the end of the year.\n\n"
)


def test_a_share_of_those_named_by_the_verb_of_a_count_paragraphs_before() -> None:
    # 2,600 / 8,000 * 100 = 32.5; 5,400 / 8,000 * 100 = 67.5
    text = (
        ENROLLED
        + "Of those enrolled, the mill took 2,600 (32.5 percent) and the farms "
        + "5,400 (67.5 percent)."
    )
    first, second = share_at(text, "32.5"), share_at(text, "67.5")
    assert (first.verdict, second.verdict) == ("consistent", "consistent")
    assert [f.quantity.text for f in first.fit.inputs] == ["2,600", "8,000"]
    assert [f.quantity.text for f in second.fit.inputs] == ["5,400", "8,000"]


def test_a_share_after_its_part_names_those_who_had_done_it() -> None:
    # 1,200 / 8,000 * 100 = 15
    text = ENROLLED + "By spring 1,200 had fallen ill, 15 percent of those who had enrolled."
    check = share_at(text, "15 percent")
    assert check.verdict == "consistent"
    assert round(check.fit.computed, 4) == 15.0


def test_a_slip_in_a_share_of_those_named_is_flagged() -> None:
    # 1,240 / 8,000 * 100 = 15.5, printed with its digits swapped as 51.5
    text = ENROLLED + "By spring 1,240 had fallen ill, 51.5 percent of those who had enrolled."
    check = share_at(text, "51.5")
    assert check.verdict == "inconsistent"
    assert check.intended == "15.5"


def test_a_sentence_pointing_back_takes_the_last_count_before_as_its_part() -> None:
    # 1,100 / 4,400 * 100 = 25
    text = (
        "The trains moved 4,400 people to the steppe in June. The deaths of the road and of "
        "the first months together came to 1,100. That was 25 percent of the 4,400 moved."
    )
    check = share_at(text, "25 percent")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["1,100", "4,400"]


def test_a_run_of_parenthesised_shares_takes_the_whole_its_first_noun_names() -> None:
    # 3,100 / 10,000 = 31 %, 2,400 / 10,000 = 24 %, 1,700 / 10,000 printed as 71 (17 swapped)
    text = (
        "The final report gives 10,000 people arrested in the two years.\n\n"
        "The table of districts puts the north first with 3,100 arrests (31 percent). "
        "The south came next with 2,400 (24 percent). The east followed with 1,700 (71 percent)."
    )
    north, south, east = share_at(text, "31"), share_at(text, "24"), share_at(text, "71")
    assert (north.verdict, south.verdict, east.verdict) == (
        "consistent",
        "consistent",
        "inconsistent",
    )
    assert [f.quantity.text for f in south.fit.inputs] == ["2,400", "10,000"]
    assert east.fit is not None and round(east.fit.computed, 4) == 17.0


def test_the_whole_is_not_a_count_of_another_verb() -> None:
    # "those housed" names the 9,000 housed (1,800 / 9,000 = 20 %); "those who had
    # enrolled" names no count printed, so it is not read on the 9,000 housed
    text = (
        "The barracks housed 9,000 people that winter.\n\n"
        "By spring 1,800 had fallen ill, 20 percent of those housed."
    )
    check = share_at(text, "20 percent")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["1,800", "9,000"]
    other = share_at(
        "The barracks housed 9,000 people that winter.\n\nBy spring 1,800 had fallen ill, "
        "20 percent of those who had enrolled.",
        "20 percent",
    )
    assert other.verdict == "unverifiable"


def test_a_whole_of_the_shares_own_sentence_is_left_to_its_sentence() -> None:
    # a fall "from A to B (x percent)" is read in its own sentence (a decline), not as a
    # share of the count of the same noun
    text = "The sown area fell from 500,000 hectares to 310,000 hectares (62 percent)."
    check = share_at(text, "62")
    assert check.verdict == "ambiguous"


def test_a_count_printed_with_its_own_share_is_no_whole_of_the_next() -> None:
    # 6,000 arrests (30 percent) is a part; 2,000 (10 percent) is of the 20,000, not of 6,000
    text = (
        "The final report gives 20,000 people arrested.\n\n"
        "The capital led with 6,000 arrests (30 percent). "
        "The port followed with 2,000 (10 percent)."
    )
    check = share_at(text, "10 percent")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["2,000", "20,000"]


# -- "one in N" wherever it stands: judged on the whole its words name ---------------------

CAMPS = (
    "The returns give 2,000 persons for Orlovo, 1,000 for Belaya and 1,000 for Kamenka, "
    "4,000 in all."
)


def test_one_in_n_said_of_a_member_named_after_it() -> None:
    # 1,000 / 4,000 * 100 = 25, "about one in four" is 25
    check = share_at(CAMPS + " About one in four came from Belaya.", "About one in four")
    assert (check.kind, check.verdict) == ("fraction", "consistent")
    assert [f.quantity.text for f in check.fit.inputs] == ["1,000", "4,000"]
    assert round(check.fit.computed, 4) == 25.0


def test_one_in_n_said_of_a_member_that_does_not_fit_is_not_called_consistent() -> None:
    # Orlovo gave 2,000 of 4,000, a half: "one in five" is no reading of it
    check = share_at(CAMPS + " One in five came from Orlovo.", "One in five")
    assert check.verdict == "unverifiable"


def test_one_in_n_of_a_thing_no_count_names_is_not_fitted_on_other_figures() -> None:
    # 300 / 1,500 is a fifth, but they count stoves and men, not barracks
    text = (
        "The camp had 1,500 men fit for work and 300 stoves. "
        "The inspector found that one in five of the barracks had no roof."
    )
    check = share_at(text, "one in five")
    assert check.verdict == "unverifiable" and check.fit is None


def test_one_in_n_of_those_named_by_a_verb_printed_with_a_count() -> None:
    # 600 / 4,800 * 100 = 12.5, "one in eight"
    text = (
        "The commission screened 4,800 persons in the spring.\n\n"
        "By the autumn 600 had been sent on to the camps, one in eight of those screened."
    )
    check = share_at(text, "one in eight")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["600", "4,800"]


def test_one_in_n_of_time_is_no_share() -> None:
    text = "The 3,000 settlers were fed on one in three days that winter, 1,000 days in all."
    assert not [c for c in check_text(text).checks if "one in" in c.stated]


def test_a_member_named_as_subject_takes_the_whole_its_noun_names() -> None:
    # Lipki's 600 over the 3,000 settlers: 20 percent; the 900 of Dubki is a part, smaller
    text = (
        "The district registered 3,000 settlers that year.\n\n"
        "Dubki took 900 of them and Lipki 600. "
        "Lipki, the smaller, thus held 20 percent of the district's settlers."
    )
    check = share_at(text, "20 percent")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["600", "3,000"]


def test_a_part_that_says_what_it_is_of_takes_the_count_of_that_noun() -> None:
    # 700 of 1,900 families is 36.8 percent, over a third; the 5,600 persons are not the
    # whole although "families" is printed right before them
    text = (
        "The lists named 1,900 families with 5,600 persons, and 700 of the families, "
        "over a third, had no man at home."
    )
    check = share_at(text, "over a third")
    assert (check.kind, check.verdict) == ("fraction", "consistent")
    assert [f.quantity.text for f in check.fit.inputs] == ["700", "1,900"]


def test_a_fraction_in_words_that_its_named_whole_does_not_give_is_not_consistent() -> None:
    # 700 of 1,900 families is 36.8 percent, not over half; a fraction in words is
    # approximate, so its miss is not read as a usual slip either: unverifiable
    text = (
        "The lists named 1,900 families with 5,600 persons, and 700 of the families, "
        "over half, had no man at home."
    )
    check = share_at(text, "over half")
    assert check.verdict == "unverifiable"


def test_a_group_set_off_at_the_head_of_its_sentence_is_the_part() -> None:
    # the 300 drivers over the 1,200 exempted: 25 percent
    text = (
        "The board exempted 1,200 men as skilled workers.\n\n"
        "Drivers numbered 300, smiths 500 and joiners 400. "
        "The drivers, 25 percent of the exempted, were sent to the depots."
    )
    check = share_at(text, "25 percent")
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.fit.inputs] == ["300", "1,200"]


# -- "N and a half times": ratios in words the quantity reader leaves out ---------------------


def test_one_and_a_half_times_is_read_on_the_two_counts_it_compares() -> None:
    # 2,400 / 1,500 = 1.6, over one and a half
    text = "The 2,400 of the north were over one and a half times the 1,500 of the south."
    (check,) = [c for c in check_text(text).checks if "half times" in c.stated]
    assert (check.kind, check.verdict) == ("ratio", "consistent")
    assert check.stated_value == 1.5
    assert [f.quantity.text for f in check.fit.inputs] == ["2,400", "1,500"]


def test_two_and_a_half_times_that_the_counts_do_not_give_is_not_consistent() -> None:
    # 3,000 / 2,000 = 1.5, not two and a half
    text = "The quota grew from 2,000 to 3,000, two and a half times the first figure."
    (check,) = [c for c in check_text(text).checks if "half times" in c.stated]
    assert check.stated_value == 2.5
    assert check.verdict == "unverifiable" and check.fit is None


def test_half_without_times_is_no_multiple() -> None:
    text = "Of the 3,000 settlers one and a half thousand were women, and 1,500 were men."
    assert not [c for c in check_text(text).checks if "half" in c.stated]


def test_two_counts_of_the_named_thing_close_together_are_not_read_as_one_whole() -> None:
    # 5,000 and 4,900 deportees both give about 10 percent for 500: the words do not
    # say which, so no single whole is taken by the noun: both are left for a reader
    text = (
        "The escort counted 5,000 deportees at the start and 4,900 deportees at the end.\n\n"
        "In the first month 500 deportees fell ill, 10 percent of those deported."
    )
    check = share_at(text, "10 percent")
    assert check.verdict == "unverifiable" and check.fit is None
    assert [f.formula for f in check.alternatives] == ["500 / 5000 * 100", "500 / 4900 * 100"]
