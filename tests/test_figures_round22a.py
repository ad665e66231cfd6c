"""Round 22a, comparisons: ranks over a list of one counted noun, and ranks said after the
list's members were given as shares of its whole. Sentences of our own."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check

HOUSEHOLDS = (
    "The register gives 610 families taken from Avren, 450 from Brest, 380 from Corte and 120 "
    "from Dunmore, 1,560 altogether, with 7,300 persons among them. That is 4.7 persons to a "
    "family. Avren furnished 39.1 per cent of the families, while {who} came second."
)


def comparisons(text: str, word: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == "comparison" and word in c.stated]


def test_a_count_of_another_noun_is_no_member_of_the_ranked_list() -> None:
    # the 7,300 persons are no fifth member: Brest is second of the families
    [claim] = comparisons(HOUSEHOLDS.format(who="Brest"), "second")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [610, 450, 380, 120]


def test_a_wrong_rank_over_the_one_noun_list_is_still_a_slip() -> None:
    [claim] = comparisons(HOUSEHOLDS.format(who="Corte"), "second")
    assert claim.verdict == "inconsistent"
    assert claim.intended == "third"


def test_a_list_printing_a_noun_for_each_member_keeps_them_all() -> None:
    text = (
        "The commission took 700,000 sheep, 200,000 cattle, 90,000 horses and 30,000 goats. "
        "The goats, the smallest of the herds, went to the state farms."
    )
    [claim] = comparisons(text, "smallest")
    assert claim.verdict == "consistent"
    assert sorted(i.quantity.mid for i in claim.inputs) == [30000, 90000, 200000, 700000]


LISTED = (
    "The lists give 700 families from Elm, 610 from Fane, 340 from Gort and 200 from Holm. "
    "The clerk added them up to 1,850. The carts left before dawn in a cold rain. "
)


def test_a_rank_after_a_share_of_the_listed_noun_is_of_the_listed_counts() -> None:
    text = LISTED + (
        "Elm alone gave 37.8 per cent of the families; Gort, the second-largest contingent, "
        "lay in the hills."
    )
    [claim] = comparisons(text, "second")
    assert claim.verdict == "inconsistent"
    assert claim.intended == "third"
    assert claim.fit is not None and claim.fit.computed == 3
    assert sorted(i.quantity.mid for i in claim.inputs) == [200, 340, 610, 700]


def test_the_right_rank_after_a_share_of_the_listed_noun_holds() -> None:
    text = LISTED + (
        "Elm alone gave 37.8 per cent of the families; Fane, the second-largest contingent, "
        "lay in the hills."
    )
    [claim] = comparisons(text, "second")
    assert claim.verdict == "consistent"


def test_without_a_share_of_the_listed_noun_a_far_rank_is_no_slip() -> None:
    # the rank may weigh another measure of the places (their size): never a flag
    text = LISTED + "Gort, the second-largest town of the valley, lay in the hills."
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "second"))


def test_a_share_of_another_noun_does_not_make_the_rank_a_slip() -> None:
    text = LISTED + (
        "Elm alone held 40 per cent of the cattle; Gort, the second-largest contingent, "
        "lay in the hills."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "second"))


PLACED = (
    "By May the bureau had placed 5,200 of the 9,800 men of working age and 3,900 of the "
    "31,000 women. "
)


def test_a_comparative_of_manner_compares_the_rates_of_the_groups() -> None:
    # 5,200 / 9,800 = 53 % against 3,900 / 31,000 = 13 %: the men found work more readily
    [claim] = comparisons(PLACED + "Men thus found work far more readily than women.", "more")
    assert claim.verdict == "consistent"
    assert "5,200 / 9,800 against 3,900 / 31,000" in claim.explanation


def test_a_reversed_comparative_of_manner_is_a_slip_of_the_rates() -> None:
    [claim] = comparisons(PLACED + "Women thus found work more readily than men.", "more")
    assert claim.verdict == "inconsistent"


def test_manner_reads_rates_where_the_bare_counts_would_disagree() -> None:
    # more women were placed (6,000 against 5,200) but at a far lower rate
    text = (
        "By May the bureau had placed 5,200 of the 9,800 men and 6,000 of the 31,000 "
        "women. Men thus found work more readily than women."
    )
    [claim] = comparisons(text, "more")
    assert claim.verdict == "consistent"


def test_a_noun_after_more_is_still_the_thing_counted() -> None:
    # "more cattle": the groups count people, so no verdict on them
    text = (
        "By May the bureau had placed 5,200 of the 9,800 men and 3,900 of the 31,000 "
        "women. The men thus kept more cattle than the women."
    )
    assert comparisons(text, "more") == []


REGISTER = (
    "The register puts Orla first with 3,100 persons, Pell next with 2,800, Quarn with "
    "2,400 and Rusk with 1,900. "
)


def test_an_apposed_rank_in_a_named_list_is_read() -> None:
    text = REGISTER + "Orla's share was 9.1 per cent, while {who}, third in the register, was next."
    [claim] = comparisons(text.format(who="Quarn"), "third")
    assert claim.verdict == "consistent"
    assert sorted(i.quantity.mid for i in claim.inputs) == [1900, 2400, 2800, 3100]
    [slip] = comparisons(text.format(who="Pell"), "third")
    assert slip.verdict == "inconsistent"
    assert slip.intended == "second"


def test_an_ordinal_before_a_time_is_no_apposed_rank() -> None:
    text = REGISTER + "Quarn, second in the spring, sent its carts late."
    assert comparisons(text, "second") == []


def test_the_fewest_of_another_noun_ranks_nothing_listed() -> None:
    text = (
        "The district handed its settlers to four trusts: Yenles, Kanles, Achles and Manles. "
        "The trusts took 6,800, 5,200, 4,900 and 2,100 people respectively, and the other "
        "2,300 went to the farms. Kanles, the largest of the four by its intake, had the "
        "fewest barracks ready."
    )
    # the barracks are not the people listed: no verdict on the list (the "largest" is)
    assert comparisons(text, "fewest") == []
    [largest] = comparisons(text, "largest")
    assert largest.verdict == "inconsistent"


def test_a_percent_before_the_comparative_is_a_difference_not_a_side() -> None:
    text = (
        "Deaths fell to 740 in 1950, 28.3 per cent fewer than in 1949, and births, 170 in "
        "1948, doubled to 350 in 1949."
    )
    assert comparisons(text, "fewer") == []


def test_a_count_right_before_the_comparative_is_the_gap_not_a_side() -> None:
    text = (
        "The commission named 400 people in Lida and 63 in Orsha. In 1993 a later commission "
        "published 8,950 names, 158 fewer than Orsha."
    )
    assert comparisons(text, "fewer") == []


def test_a_count_set_off_before_the_comparative_is_the_subjects_side() -> None:
    text = (
        "The commission named 400 people in Lida and 63 in Orsha. In Tver it named 1,530 "
        "people, fewer than Lida."
    )
    [claim] = comparisons(text, "fewer")
    assert claim.verdict == "inconsistent"
    assert [i.quantity.mid for i in claim.inputs] == [1530, 400]


def test_a_verb_of_comparison_takes_its_sides_in_its_own_clause() -> None:
    text = (
        "Lanna drove about 62 head for every hundred of its people, while Mirra took more "
        "cattle, and in Harlu the people outnumbered the cattle two to one."
    )
    assert comparisons(text, "outnumbered") == []
    text = (
        "They were about 1 per cent of the 286,400 on the register, and the Koreans "
        "outnumbered them."
    )
    assert comparisons(text, "outnumbered") == []


def test_a_verb_of_comparison_on_two_counts_of_its_clause_is_checked() -> None:
    [claim] = comparisons("The Finns, 2,100, outnumbered the Swedes, 9,400.", "outnumbered")
    assert claim.verdict == "inconsistent"
    [claim] = comparisons("The Finns, 9,400, outnumbered the Swedes, 2,100.", "outnumbered")
    assert claim.verdict == "consistent"


def test_an_ordinal_of_a_sequence_is_no_rank() -> None:
    text = (
        "The camp buried 451 in the first winter, 318 in the second and 157 in the third. "
        "The 157 deaths of the second winter and the 451 of the first raised the toll. "
        "Between the first winter and the third the deaths fell by two-thirds."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "second"))
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "third"))


def test_a_gap_after_the_verb_gives_the_other_side() -> None:
    text = (
        "The register closed at 68,407 persons moved out, so that those who left "
        "outnumbered those who came by 8,633."
    )
    [claim] = comparisons(text, "outnumbered")
    assert claim.verdict == "consistent"
    assert "68407 against 59774" in claim.explanation


def test_a_gap_larger_than_its_side_gives_no_sides() -> None:
    text = (
        "The register closed at 8,407 persons moved out, so that those who left "
        "outnumbered those who came by 9,633."
    )
    assert comparisons(text, "outnumbered") == []


def test_a_comparative_before_a_colon_reads_the_two_figures_set_out_after_it() -> None:
    text = "The families of the second wave were larger: 4.4 persons against 3.7 in the first."
    [claim] = comparisons(text, "larger")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [4.4, 3.7]
    text = "The families of the second wave were smaller: 4.4 persons against 3.7 in the first."
    [slip] = comparisons(text, "smaller")
    assert slip.verdict == "inconsistent"
    assert slip.intended == "larger"


def test_a_comparative_set_off_after_a_pair_is_said_of_the_first() -> None:
    text = "The grant came to 3,100 marks a family against 5,200 in the town, a good deal lower."
    [claim] = comparisons(text, "lower")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [3100, 5200]
    slip = comparisons(text.replace("lower", "higher"), "higher")
    assert [c.verdict for c in slip] == ["inconsistent"]


def test_a_comparative_in_a_where_clause_is_said_of_the_place_named_last() -> None:
    text = "That gives 4.2 persons a household at Lenz and 4.8 at Mohr, where families were larger."
    [claim] = comparisons(text, "larger")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [4.8, 4.2]
    text = text.replace("larger", "smaller")
    assert [c.verdict for c in comparisons(text, "smaller")] == ["inconsistent"]


def test_no_side_by_side_reading_with_a_than_or_of_a_count_against_a_rate() -> None:
    text = "The grant came to 3,100 marks against 5,200 in the town, lower than the plan."
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "lower"))
    text = "The families were larger: 4,400 persons against 3.7 a family in the first wave."
    assert comparisons(text, "larger") == []


def test_a_where_clause_comparing_another_thing_is_not_read() -> None:
    text = "The toll was 60 at Lenz and 40 at Mohr, where more of the settlers were old."
    assert comparisons(text, "more") == []


def test_a_where_clause_about_a_thing_the_figures_do_not_measure_is_not_read() -> None:
    text = "The settlers got 40 hectares in Lenz and 30 in Mohr, where the families were larger."
    assert comparisons(text, "larger") == []


def test_a_where_clause_on_the_size_of_what_a_rate_is_not_of_people_is_not_read() -> None:
    text = (
        "At Lenz a family got 4.2 hectares a household and at Mohr 4.8, where households "
        "were smaller."
    )
    assert comparisons(text, "smaller") == []


def test_a_predicated_comparative_without_than_takes_the_rate_stated_just_before() -> None:
    text = "In 1947 the toll came to 40 per 1,000. In 1948 it was lower, at 31 per 1,000."
    [claim] = comparisons(text, "lower")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [31, 40]
    text = "In 1947 the toll came to 40 per 1,000; in 1948 it was higher, at 31 per 1,000."
    [slip] = comparisons(text, "higher")
    assert slip.verdict == "inconsistent"
    assert slip.intended == "lower"


def test_two_parts_of_their_wholes_are_compared_by_their_rates() -> None:
    # 214 / 19,215 = 11 per 1,000 against 786 / 28,640 = 27 per 1,000 (a rate set off
    # after the first pair restates it)
    text = (
        "In Burgas the fever killed 786 of the 28,640 refugees, 27 per 1,000. In Haskovo it "
        "killed 214 of 19,215, and the toll was lower."
    )
    [claim] = comparisons(text, "lower")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [214, 19215, 786, 28640]


def test_no_implicit_side_when_counts_and_rates_disagree_or_kinds_differ() -> None:
    # 90 > 40 deaths but 7.5 % < 13.3 %: "the losses" may be either
    text = "In Lenz 40 of 300 died. In Mohr 90 of 1,200 died, and the losses were higher."
    assert comparisons(text, "higher") == []
    # a share is no density of people in huts
    text = (
        "The camp lost 12 percent of its people. The second camp had 500 people in 50 huts, "
        "and its losses were higher."
    )
    assert comparisons(text, "higher") == []
    # two rates in the subject's stretch: which one is compared is not said
    text = (
        "In 1947 the toll came to 40 per 1,000. In 1948 it was lower, at 31 per 1,000 among "
        "the men and 45 per 1,000 among the women."
    )
    assert comparisons(text, "lower") == []


def test_a_density_is_set_against_the_rate_printed_before_of_the_same_thing() -> None:
    text = (
        "At Lenz 1,200 houses took 2,880 settlers, about 2.4 to a house; at Mohr the crowding "
        "was {word}, with 3,600 settlers in 1,200 houses."
    )
    [claim] = comparisons(text.format(word="higher"), "higher")
    assert claim.verdict == "consistent"  # 3.0 against 2.4
    [slip] = comparisons(text.format(word="lower"), "lower")
    assert slip.verdict == "inconsistent"
    other = text.format(word="higher").replace("1,200 houses.", "1,200 stalls.")
    assert comparisons(other, "higher") == []
