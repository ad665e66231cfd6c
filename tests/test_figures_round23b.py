"""Round 23b, shares (issue #14): wholes named by a participle far back, members named across
an apposition, and counts of another member's clause kept out of a share's part. Sentences
of our own."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.report import Check

QUIET = "\n\n".join(("The trains ran east for three weeks.", "The camps lay far from the line.",
                     "The winter was hard."))  # fmt: skip


def share(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "share" and c.stated == stated]
    return found


def inputs(check: Check) -> list[float]:
    assert check.fit is not None
    return [f.quantity.mid for f in check.fit.inputs]


LOADED = (
    "In May the district troops loaded 48,000 persons onto the trains at six stations.\n\n"
    f"{QUIET}\n\nSome families were held back at the stations. Those families numbered "
    "2,400 persons, {share} of the people loaded in the spring."
)


def test_a_whole_named_by_a_people_noun_and_its_participle_is_found_however_far_back() -> None:
    check = share(LOADED.format(share="5.0 percent"), "5.0 percent")
    assert check.verdict == "consistent"
    assert inputs(check) == [2400, 48000]  # 2,400 / 48,000 = 5.0 percent
    assert check.fit is not None and abs(check.fit.computed - 5.0) < 1e-9


def test_a_usual_slip_on_the_participle_whole_is_flagged() -> None:
    check = share(LOADED.format(share="0.5 percent"), "0.5 percent")
    assert (check.verdict, check.intended) == ("inconsistent", "5.0")
    assert inputs(check) == [2400, 48000]


def test_a_people_noun_without_a_participle_names_no_far_whole() -> None:
    text = LOADED.format(share="5.0 percent").replace("loaded in the spring", "of the region")
    assert share(text, "5.0 percent").verdict == "unverifiable"


MEMBERS = (
    "The relief board traced 40,000 of the refugees to the four districts. Alsk, {apposition}, "
    "sent 10,000 of them, Borovo 12,000, Kedr 6,000 and Lugovoe the remaining 12,000.\n\n"
    "The board housed them in schools and barracks over the winter.\n\n"
    "Alsk alone thus accounted for {share} of the refugees from the four districts."
)


def test_a_member_is_named_across_an_apposition_before_its_count() -> None:
    text = MEMBERS.format(apposition="with its port and the farms behind it", share="25.0 percent")
    check = share(text, "25.0 percent")
    assert check.verdict == "consistent"
    assert inputs(check) == [10000, 40000]  # 10,000 / 40,000 = 25.0 percent


def test_a_slip_on_a_member_named_across_an_apposition_is_flagged() -> None:
    text = MEMBERS.format(apposition="with its port and the farms behind it", share="52.0 percent")
    check = share(text, "52.0 percent")
    assert (check.verdict, check.intended) == ("inconsistent", "25.0")


def test_an_apposition_with_figures_of_its_own_names_no_member() -> None:
    text = MEMBERS.format(apposition="with 3 ports and 900 farms", share="25.0 percent")
    assert share(text, "25.0 percent").verdict == "unverifiable"


def test_a_count_in_the_phrase_naming_the_whole_does_not_bar_the_member_reading() -> None:
    text = MEMBERS.format(apposition="with its port and the farms behind it", share="25.0 percent")
    assert "four districts." in text  # "of the refugees from the four districts"
    assert share(text, "25.0 percent").verdict == "consistent"


SECOND = (
    "The trains were unloaded in three regions. Their registers counted 24,000 arrivals in "
    "Omsk, 20,000 in Tomsk and 16,000 in Kurgan, 60,000 altogether. Omsk's share came to "
    "{share} of the arrivals, and Tomsk, with 20,000, was second."
)


def test_a_count_of_another_members_clause_is_not_the_share_part() -> None:
    check = share(SECOND.format(share="40 percent"), "40 percent")
    assert check.verdict == "consistent"
    assert inputs(check) == [24000, 60000]  # Omsk's 24,000 of 60,000, not Tomsk's 20,000


POSSESSIVE = (
    "The district returns list 3,100 persons for Alsk, 2,050 for Šavli and 1,850 for Kedr, "
    "7,000 in all.\n\nThe trains left in June.\n\n"
    "Šavli's share of the deportees came to {first}, and that of Kedr {second}."
)


def test_a_members_share_said_in_the_possessive_is_read_on_its_listed_count() -> None:
    text = POSSESSIVE.format(first="29.3 percent", second="26.4 percent")
    first, second = share(text, "29.3 percent"), share(text, "26.4 percent")
    assert (first.verdict, inputs(first)) == ("consistent", [2050, 7000])  # 29.29 percent
    assert (second.verdict, inputs(second)) == ("consistent", [1850, 7000])  # 26.43 percent


def test_a_slip_on_a_possessive_members_share_is_flagged() -> None:
    text = POSSESSIVE.format(first="92.3 percent", second="26.4 percent")
    check = share(text, "92.3 percent")
    assert (check.verdict, check.intended, inputs(check)) == ("inconsistent", "29.3", [2050, 7000])


QUOTAS = (
    "Alsk, set 20,000, took in 18,500 and so stayed 1,500 below its quota, whereas Borovo, "
    "set 12,000, received 12,960 and overshot its figure by {share}."
)


def test_an_excess_over_a_quota_is_read_on_the_two_levels_of_its_own_clause() -> None:
    check = share(QUOTAS.format(share="8.0 percent"), "8.0 percent")
    assert check.verdict == "consistent"
    assert inputs(check) == [12960, 12000]  # (12,960 - 12,000) / 12,000 = 8.0 percent
    assert check.fit is not None and abs(check.fit.computed - 8.0) < 1e-9


def test_an_excess_over_a_quota_is_not_read_on_the_other_subjects_clause() -> None:
    # the first clause's 1,500 / 18,500 gives 8.1: no part of Borovo's excess
    check = share(QUOTAS.format(share="9.0 percent"), "9.0 percent")
    assert check.verdict == "unverifiable"
    assert check.fit is None


DIVIDED = (
    "The camp returns divide the 40,000 arrivals among three regions. The north received "
    "25,000, the bulk of them; the west 9,000 ({share}); and the mines of the south the "
    "remaining {rest}."
)


def test_a_slip_bracketed_in_a_list_that_divides_an_earlier_whole_is_flagged() -> None:
    check = share(DIVIDED.format(share="25.2 per cent", rest="6,000"), "25.2 per cent")
    # 25,000 + 9,000 + 6,000 = 40,000: the list divides the arrivals; 9,000 / 40,000 = 22.5
    assert (check.verdict, check.intended, inputs(check)) == ("inconsistent", "22.5",
                                                              [9000, 40000])  # fmt: skip


def test_a_list_adding_up_to_no_earlier_count_names_no_whole() -> None:
    check = share(DIVIDED.format(share="25.2 per cent", rest="5,000"), "25.2 per cent")
    assert check.verdict == "unverifiable"


STAGES = (
    "On the road {dead} of the 9,400 died, and the camps entered {entered} persons in their "
    "books. The trains had been routed to four regions: the north, the west, the south and "
    "the east.\n\nThe north received 3,200 (34.3 per cent), the largest contingent, the west "
    "2,900, the south 1,850 and the east 1,390 (15 per cent)."
)


def test_a_share_over_its_lists_sum_is_ambiguous_when_the_other_stage_gives_it_too() -> None:
    text = STAGES.format(dead="60", entered="9,340")  # the list adds up to the 9,340 entered
    check = share(text, "15 per cent")
    assert check.verdict == "ambiguous"
    # 1,390 / 9,340 = 14.9 and 1,390 / 9,400 (those put on the trains) = 14.8: both 15
    assert check.fit is not None and abs(check.fit.computed - 1390 / 9340 * 100) < 1e-9
    assert [a.inputs[-1].quantity.mid for a in check.alternatives] == [9400]


def test_the_first_share_of_the_list_stays_consistent_when_the_other_stage_misses() -> None:
    text = STAGES.format(dead="60", entered="9,340")
    check = share(text, "34.3 per cent")  # 3,200 / 9,400 = 34.0: only the entered give 34.3
    assert check.verdict == "consistent"


def test_a_list_sum_printed_nowhere_raises_no_rival_stage() -> None:
    text = STAGES.format(dead="50", entered="9,350")  # the list's 9,340 is printed nowhere
    assert share(text, "15 per cent").verdict == "consistent"


def test_a_bracketed_share_is_never_flagged_on_a_fit_without_its_bracketed_count() -> None:
    # the list adds up to 9,340, printed nowhere; 3,200 / 9,340 = 34.26 gives the share, and
    # the nearest fit of other figures, (2,900 - 1,850) / 2,900 = 36.2, names no part of it
    text = STAGES.format(dead="50", entered="9,350")
    check = share(text, "34.3 per cent")
    assert check.verdict == "unverifiable"
    assert sorted(f.quantity.mid for f in check.alternatives[0].inputs) == [1850, 2900]


def test_a_bracketed_share_is_still_flagged_on_its_own_count() -> None:
    text = "Of the 8,000 deportees, the north received 3,200 (43.0 per cent) and the rest 4,800."
    check = share(text, "43.0 per cent")
    # 3,200 / 8,000 = 40.0: its bracketed count over the whole its sentence names
    assert (check.verdict, inputs(check)) == ("inconsistent", [3200, 8000])


PAIRED = (
    "Of the 50,200 mobilised and the 49,600 who reached the camps, the commissions reckoned "
    "that {dead} had died in the camps, about 12 percent."
)


def test_a_share_of_either_of_two_joined_opening_wholes_is_ambiguous() -> None:
    check = share(PAIRED.format(dead="6,000"), "12 percent")
    # 6,000 / 50,200 = 11.95 and 6,000 / 49,600 = 12.10: both about 12
    assert check.verdict == "ambiguous"
    assert inputs(check) == [6000, 50200]
    assert [a.inputs[1].quantity.mid for a in check.alternatives] == [49600]


def test_only_the_whole_that_gives_it_is_read_when_the_other_misses() -> None:
    check = share(PAIRED.format(dead="6,200"), "12 percent")
    # 6,200 / 50,200 = 12.35 rounds to 12; 6,200 / 49,600 = 12.5 does not
    assert (check.verdict, inputs(check)) == ("consistent", [6200, 50200])


POINTED = (
    "The board struck 1,500 persons off the lists in all: 700 as miners, 500 as doctors and "
    "300 as invalids. {opening} {share} of the registered population, and it {verb} 28,500 "
    "to be moved."
)


def test_a_pointed_back_share_is_read_on_the_total_and_the_rest_it_left() -> None:
    text = POINTED.format(opening="That was", share="5.0%", verb="left")
    check = share(text, "5.0%")
    assert check.verdict == "consistent"
    assert inputs(check) == [1500, 28500]  # 1,500 / (1,500 + 28,500) = 5.0 percent


def test_a_slip_on_a_pointed_back_share_is_flagged() -> None:
    text = POINTED.format(opening="That was", share="0.5%", verb="left")
    check = share(text, "0.5%")
    assert (check.verdict, check.intended) == ("inconsistent", "5.0")


def test_a_count_not_left_over_is_no_rest() -> None:
    text = POINTED.format(opening="That was", share="5.0%", verb="sent")
    assert share(text, "5.0%").verdict == "unverifiable"


def test_a_sentence_that_does_not_point_back_takes_no_part_from_the_one_before() -> None:
    text = POINTED.format(opening="The district held", share="5.0%", verb="left")
    assert share(text, "5.0%").verdict == "unverifiable"


JOINED = "In Lisowo {part} newcomers joined 600 old inhabitants ({share}), within the limit."


def test_a_share_of_a_whole_its_part_joined_is_ambiguous_when_before_and_after_give_it() -> None:
    check = share(JOINED.format(part="30", share="5 percent"), "5 percent")
    # 30 / 600 = 5.0 and 30 / 630 = 4.76: both 5 percent
    assert check.verdict == "ambiguous"
    assert inputs(check) == [30, 600]
    assert abs(check.alternatives[0].computed - 30 / 630 * 100) < 1e-9


def test_a_joined_share_only_the_old_whole_gives_stays_consistent() -> None:
    check = share(JOINED.format(part="60", share="10 percent"), "10 percent")
    # 60 / 600 = 10.0; 60 / 660 = 9.09 rounds to 9
    assert (check.verdict, inputs(check)) == ("consistent", [60, 600])
