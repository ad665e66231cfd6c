"""Issue #14, round twenty-one, shares and chains: a share's verdict rests only on the figures
its words name (the whole a list of shares names once, a decline said of a level the count
shrank to, the whole a fronted noun names). Every sentence is our own and its numbers are
invented; each verdict, value and input was worked out by hand."""

from __future__ import annotations

from borderlands.figures import Check, check_text


def check_at(text: str, figure: str) -> Check | None:
    """The check whose stated figure is ``figure`` (None if the figure is not read)."""
    at = [c for c in check_text(text).checks if c.stated == figure]
    return at[0] if at else None


def inputs(c: Check) -> list[str]:
    return [f.quantity.text for f in c.inputs]


# -- a list of shares that names its whole once ----------------------------------------------

LISTING = (
    "The district lists give 4,120 persons for Ardon, 2,380 for Digora and 1,500 for Alagir, "
    "together 8,000; of the 20,000 deported, the other districts gave the remaining 12,000. "
)


def test_the_second_share_of_a_list_is_of_the_whole_the_first_names() -> None:
    # 4,120 / 20,000 = 20.6 and 2,380 / 20,000 = 11.9: both of the deportees
    c = check_at(LISTING + "Ardon alone gave 20.6 percent of the deportees and Digora 11.9 "
                 "percent.", "11.9 percent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["2,380", "20,000"]
    assert c.fit is not None and abs(c.fit.computed - 11.9) < 1e-9


def test_a_second_share_over_the_list_total_is_not_consistent() -> None:
    # 2,380 / 8,000 = 29.75 prints as 29.8, but the share is of the deportees: 11.9, which no
    # usual slip turns into 29.8, so the reading on the deportees is only a candidate
    c = check_at(LISTING + "Ardon alone gave 20.6 percent of the deportees and Digora 29.8 "
                 "percent.", "29.8 percent")
    assert c is not None and c.verdict == "unverifiable"
    assert [a.formula for a in c.alternatives] == ["2380 / 20000 * 100"]


def test_a_second_share_of_the_list_with_a_transposition_is_a_slip() -> None:
    # 2,380 / 20,000 = 11.9, printed 19.1
    c = check_at(LISTING + "Ardon alone gave 20.6 percent of the deportees and Digora 19.1 "
                 "percent.", "19.1 percent")
    assert c is not None and c.verdict == "inconsistent"
    assert inputs(c) == ["2,380", "20,000"]
    assert c.intended == "11.9"


def test_a_clause_with_another_verb_is_no_second_share_of_the_list() -> None:
    c = check_at(LISTING + "Ardon alone gave 20.6 percent of the deportees and prices rose "
                 "29.8 percent.", "29.8 percent")
    assert c is None or c.verdict != "inconsistent"


# -- a loss said of the level a count shrank to ----------------------------------------------


def test_a_loss_printed_as_the_level_left_is_a_slip() -> None:
    # 20,000 / 50,000 = 40 percent remained; the loss was (50,000 - 20,000) / 50,000 = 60
    c = check_at("The farms took over 50,000 sheep in the autumn. By the spring the flock had "
                 "shrunk to 20,000, a loss of 40 percent.", "40 percent")
    assert c is not None and c.verdict == "inconsistent"
    assert c.intended == "60"


def test_a_loss_printed_as_the_loss_is_consistent() -> None:
    c = check_at("The farms took over 50,000 sheep, and by the spring the flock had shrunk to "
                 "20,000, a loss of 60 percent.", "60 percent")
    assert c is not None and c.verdict == "consistent"
    assert c.fit is not None and abs(c.fit.computed - 60) < 1e-9


# -- the whole a fronted noun names ----------------------------------------------------------

HOUSES = "The 2,400 families had owned 2,000 houses, 1,500 of them of brick. "


def test_a_share_of_the_houses_is_over_the_houses() -> None:
    # 1,210 / 2,000 = 60.5
    c = check_at(HOUSES + "Of these houses 1,210 went to the farms (60.5 percent), and the rest "
                 "were pulled down.", "60.5 percent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["1,210", "2,000"]


def test_a_share_of_the_houses_taken_over_the_families_is_a_slip() -> None:
    # 1,210 / 2,400 = 50.4 (the families), but of the houses it is 60.5
    c = check_at(HOUSES + "Of these houses 1,210 went to the farms (50.4 percent), and the rest "
                 "were pulled down.", "50.4 percent")
    assert c is not None and c.verdict == "inconsistent"
    assert inputs(c) == ["1,210", "2,000"]
    assert c.intended == "60.5"


def test_a_share_in_a_later_clause_is_not_read_on_the_fronted_noun() -> None:
    # 1,700 / 2,400 = 70.8: the farmers of the families, said after a semicolon
    c = check_at("The lists named 2,400 families. Of these families 1,700 were farmers and 700 "
                 "were carters; the farmers thus made up 70.8 percent of the families.",
                 "70.8 percent")
    # 1,700 / (1,700 + 700) = 70.8 too; the fronted noun is not read past the semicolon
    assert c is not None and c.verdict == "consistent"
    assert c.fit is not None and round(c.fit.computed, 1) == 70.8


def test_households_are_no_houses() -> None:
    # the only count before is of households: no whole of houses, so no slip is read
    c = check_at("The 2,400 households were moved. Of these houses 1,210 went to the farms "
                 "(50.4 percent).", "50.4 percent")
    assert c is None or c.verdict != "inconsistent"


# -- the whole of "those" a phrase places ----------------------------------------------------

REGISTER = (
    "Of the 5,000 settlers counted in 1948, 4,000 were still on the register in 1953. "
    "The commissions freed 1,000 of them in 1953 and 2,200 more by 1956, 3,200 in all. "
)


def test_a_share_of_those_on_the_register_in_a_year_is_over_that_years_count() -> None:
    # 3,200 / 4,000 = 80.0; the 5,000 of 1948 are not those on the register in 1953
    c = check_at(REGISTER + "The 3,200 released were 80.0 percent of those on the register in "
                 "1953.", "80.0 percent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["3,200", "4,000"]


def test_a_share_over_another_years_count_is_a_wrong_whole() -> None:
    # 3,200 / 5,000 = 64.0 (the settlers of 1948); over those on the register in 1953: 80.0
    c = check_at(REGISTER + "The 3,200 released were 64.0 percent of those on the register in "
                 "1953.", "64.0 percent")
    assert c is not None and c.verdict == "inconsistent"
    assert inputs(c) == ["3,200", "4,000"]
    assert c.intended == "80.0"


def test_a_far_miss_with_no_whole_that_gives_it_is_no_slip() -> None:
    # 3,200 / 4,000 = 80.0 and 3,200 / 5,000 = 64.0: neither gives 47.0, no usual slip either
    c = check_at(REGISTER + "The 3,200 released were 47.0 percent of those on the register in "
                 "1953.", "47.0 percent")
    assert c is not None and c.verdict == "unverifiable"


def test_a_pronoun_share_of_a_register_of_a_year_is_over_that_register() -> None:
    # 1,512 / 60,480 = 2.5: "They" are the 1,512 of the sentence before; the register of
    # 1948 is named with its count paragraphs before, the 70,000 of 1946 is another
    text = ("In 1946 the office counted 70,000 residents. In the spring of 1948 the register of "
            "1948 held 60,480.\n\nThe work of the year went on.\n\nThe 1,512 fishermen of 1950 "
            "were the last to leave. They made up 2.5 per cent of the register of 1948.")
    c = check_at(text, "2.5 per cent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["1,512", "60,480"]


def test_a_count_of_another_clause_is_no_part_of_the_families_of_a_year() -> None:
    # 480 horses, then "yet ... reckoned that 20 percent of the families of 1947": the share
    # is an estimate of its own; 480 / 2,400 = 20 must not make it a slip over the families
    text = ("In 1947 the ships brought 9,600 families. For them the office bought 2,400 cows "
            "and shipped 480 horses, yet its inspectors reckoned that 20 percent of the "
            "families of 1947 had gone back within the year.")
    c = check_at(text, "20 percent")
    assert c is None or c.verdict != "inconsistent"


# -- a chain opened by "Of that balance" -----------------------------------------------------


def test_a_chain_opened_by_that_balance_reads_the_count_the_balance_is_of() -> None:
    # 800 * 0.40 * 0.60 = 192; "of the wheat" links to the share settled in wheat
    text = ("The claims were set against each other, and the town owed the county a balance of "
            "800 million crowns. Of that balance, 40 per cent was to be settled in Hungarian "
            "wheat during 1921, and 60 per cent of the wheat was delivered before the harvest, "
            "about 192 million crowns in value.")
    c = check_at(text, "192 million")
    assert c is not None and c.verdict == "consistent" and c.kind == "chain"
    assert inputs(c) == ["800 million", "40", "60"]


def test_a_balance_named_after_another_count_is_no_group() -> None:
    # "balance" names no count here (the 800 million are a reserve): no chain is read
    text = ("The bank held 800 million crowns in reserve. Of that balance, 40 per cent was to "
            "be settled in wheat, and 60 per cent of the wheat was delivered, about 192 million "
            "crowns in value.")
    c = check_at(text, "192 million")
    assert c is None or c.kind != "chain"


# -- a member a common noun names ------------------------------------------------------------

OFFICES = "By March the city office had entered 612 persons and the district offices another 388. "


def test_a_share_of_the_member_its_subject_noun_names() -> None:
    # 612 / 1,000 = 61.2
    c = check_at(OFFICES + "The two together, 1,000 people, were more than expected, and the city "
                 "alone accounted for 61.2 per cent of them.", "61.2 per cent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["612", "1,000"]


def test_a_transposed_share_of_the_named_member_is_a_slip() -> None:
    # 612 / 1,000 = 61.2, printed 16.2
    c = check_at(OFFICES + "The two together, 1,000 people, were more than expected, and the city "
                 "alone accounted for 16.2 per cent of them.", "16.2 per cent")
    assert c is not None and c.verdict == "inconsistent"
    assert inputs(c) == ["612", "1,000"]
    assert c.intended == "61.2"


def test_a_subject_noun_that_names_no_count_reads_no_member() -> None:
    # "the state" labels no count before: the share is not read on the offices' counts
    c = check_at(OFFICES + "The two together, 1,000 people, were more than expected, and the state "
                 "alone accounted for 16.2 per cent of them.", "16.2 per cent")
    assert c is None or c.verdict != "inconsistent"


# -- later clauses share the whole the first share names --------------------------------------

FAMILIES = ("The lists named 700 kulak families, 140 landowners' families and 160 traders' "
            "families, 1,000 in all. ")


def test_a_later_clause_shares_the_whole_the_first_share_names() -> None:
    # 160 / 1,000 = 16.0; the middle clause ("about three in ten") is not the whole's source
    c = check_at(FAMILIES + "Kulaks accounted for 70.0 percent of the families, while landowners "
                 "and traders together made up about three in ten, and traders on their own "
                 "16.0 percent.", "16.0 percent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["160", "1,000"]


def test_a_transposed_later_clause_over_the_named_whole_is_a_slip() -> None:
    # 160 / 1,000 = 16.0, printed 61.0
    c = check_at(FAMILIES + "Kulaks accounted for 70.0 percent of the families, while landowners "
                 "and traders together made up about three in ten, and traders on their own "
                 "61.0 percent.", "61.0 percent")
    assert c is not None and c.verdict == "inconsistent"
    assert inputs(c) == ["160", "1,000"]


# -- bracketed shares of one list -------------------------------------------------------------

GROUPS = ("By citizenship the deportees fell into four groups. Holders of Greek passports "
          "numbered 1,540 (38.5%) and Soviet citizens 1,190; Turkish subjects came to 620, and "
          "the rest to 650 ")


def test_a_later_bracketed_share_is_over_the_whole_of_the_first() -> None:
    # the four counts sum to 4,000: 1,540 / 4,000 = 38.5 and 650 / 4,000 = 16.25, "16.3"
    c = check_at(GROUPS + "(16.3 per cent).", "16.3 per cent")
    assert c is not None and c.verdict == "consistent"
    assert c.fit is not None and abs(c.fit.computed - 16.25) < 1e-9
    assert inputs(c)[0] == "650"


def test_a_transposed_later_bracketed_share_is_a_slip() -> None:
    # 650 / 4,000 = 16.25, printed 61.3 (the first two digits transposed: 16.3)
    c = check_at(GROUPS + "(61.3 per cent).", "61.3 per cent")
    assert c is not None and c.verdict == "inconsistent"
    assert c.intended == "16.3"


def test_a_share_not_bracketed_after_a_count_is_not_read_on_the_list() -> None:
    # the last share stands after a clause of its own, not after a count's bracket
    c = check_at(GROUPS + "persons, and the commission thought 61.3 per cent of them loyal.",
                 "61.3 per cent")
    assert c is None or c.verdict != "inconsistent"


# -- the counts past "than" are the other side's ------------------------------------------------


def test_a_share_is_read_on_its_own_side_not_past_than() -> None:
    # 130 / 1,000 = 13.0; 300 / 1,500 = 20.0 is the Koreans' rate, past "than"
    c = check_at("The commission heard 1,000 cases and freed 130 men. Its rate of release, 13.0%, "
                 "was higher than among the Koreans, 300 freed of 1,500.", "13.0%")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["130", "1,000"]


def test_the_other_sides_counts_give_no_fit_to_a_share() -> None:
    # only 300 / 1,500 = 20.0 gives it, and those are the Koreans' counts
    c = check_at("The commission heard 1,000 cases and freed 130 men. Its rate of release, 20.0%, "
                 "was higher than among the Koreans, 300 freed of 1,500.", "20.0%")
    assert c is not None and c.verdict != "consistent"


def test_a_share_said_for_a_member_is_over_that_members_count() -> None:
    # 600,000 / 2,000,000 = 30.0 over the houses; 600,000 / 4,000,000 = 15.0 over the whole
    # valuation, the wrong whole
    text = ("The commission valued the property at 4,000,000 roubles: 2,000,000 for houses and "
            "2,000,000 for land. By 1950 the state had paid 1,000,000 roubles. For houses alone "
            "the payments came to 600,000 roubles, or {} percent of what they were valued at.")
    right = check_at(text.format("30.0"), "30.0 percent")
    assert right is not None and right.verdict == "consistent"
    assert inputs(right) == ["600,000", "2,000,000"]
    wrong = check_at(text.format("15.0"), "15.0 percent")
    assert wrong is not None and wrong.verdict == "inconsistent"
    assert wrong.intended == "30.0"


def test_for_example_names_no_whole() -> None:
    c = check_at("The lists held 2,000 names. For example, 300 were struck off (15.0 percent).",
                 "15.0 percent")
    assert c is not None and c.verdict == "consistent"
    assert inputs(c) == ["300", "2,000"]
