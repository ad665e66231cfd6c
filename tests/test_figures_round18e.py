"""Round eighteen, shares: a second clause naming another member of the listing an earlier
share of its sentence was read on (borderlands.figures.siblingshares), and a share fronted by
"With" said of the name after it (borderlands.figures.withshares). Sentences of our own."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check

TRADES = (
    "The register lists the trades of all 5,000 accused: 2,050 farmers, 1,375 labourers, "
    "900 clerks and 675 carters. "
)


def share(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "share" and c.stated == stated]
    return found


def values(c: Check) -> list[float]:
    return [f.quantity.mid for f in c.inputs]


def test_a_gapped_second_clause_is_a_share_of_the_first_clause_whole() -> None:
    text = (
        TRADES
        + "Farmers made up 41.0 percent of the accused, and labourers, next after them, "
        + "27.5 percent."
    )
    first = share(text, "41.0 percent")
    assert (first.verdict, values(first)) == ("consistent", [2050, 5000])  # 41.0 %
    second = share(text, "27.5 percent")  # 1,375 / 5,000 = 27.5 %
    assert (second.verdict, values(second)) == ("consistent", [1375, 5000])


def test_a_gapped_second_clause_off_by_more_than_a_usual_slip_is_still_judged() -> None:
    text = TRADES + "Farmers made up 41.0 percent of the accused, and labourers 36.0 percent."
    second = share(text, "36.0 percent")  # 1,375 / 5,000 = 27.5 %, named on both sides
    # no usual slip turns 27.5 into 36.0: the fit is the candidate of an unverifiable claim
    assert second.verdict == "unverifiable"
    (fit,) = second.alternatives
    assert round(fit.computed, 4) == 27.5
    assert sorted(f.quantity.value for f in fit.inputs) == [1375, 5000]
    slipped = share(text.replace("36.0 percent", "72.5 percent"), "72.5 percent")
    assert (slipped.verdict, slipped.intended, values(slipped)) == (
        "inconsistent",
        "27.5",
        [1375, 5000],
    )


def test_members_joined_by_and_sum_to_the_part() -> None:
    text = TRADES + (
        "Farmers made up 41.0 percent of the accused, while the two small trades of clerks "
        "and carters together made up 31.5 percent."
    )
    second = share(text, "31.5 percent")  # (900 + 675) / 5,000 = 31.5 %
    assert (second.verdict, values(second)) == ("consistent", [900, 675, 5000])


def test_a_slip_on_a_summed_part_is_flagged() -> None:
    text = (
        TRADES
        + "Farmers made up 41.0 percent of the accused, while clerks and carters together "
        + "made up 13.5 percent."
    )
    second = share(text, "13.5 percent")  # (900 + 675) / 5,000 = 31.5 %: digits swapped
    assert (second.verdict, second.intended) == ("inconsistent", "31.5")


def test_a_second_clause_with_another_verb_or_an_unlisted_name_is_no_sibling() -> None:
    for tail in ("and prices rose 27.5 percent.", "and the guards 27.5 percent."):
        second = share(
            TRADES + "Farmers made up 41.0 percent of the accused, " + tail, "27.5 percent"
        )
        assert "earlier share" not in second.explanation
        assert second.verdict != "inconsistent"


def test_no_sibling_without_a_first_share_read_on_a_list() -> None:
    text = "Farmers were many, and labourers 27.5 percent of the rest."
    assert share(text, "27.5 percent").verdict == "unverifiable"


CAMPS = (
    "The camps took in 8,000 settlers. Dubrovka received 2,512 persons, Lipki 3,000 and "
    "Ozerki 2,488. "
)


def test_a_share_fronted_by_with_is_said_of_the_name_after_it() -> None:
    c = share(
        CAMPS + "With 31.4 per cent of the settlers, Dubrovka was the second camp.", "31.4 per cent"
    )
    assert (c.verdict, values(c)) == ("consistent", [2512, 8000])  # 2,512 / 8,000 = 31.4 %
    assert "Dubrovka's count over its list's total" in c.explanation


def test_a_slip_in_a_share_fronted_by_with_is_flagged() -> None:
    c = share(
        CAMPS + "With 13.4 per cent of the settlers the Dubrovka camp came second.", "13.4 per cent"
    )
    assert (c.verdict, c.intended, values(c)) == ("inconsistent", "31.4", [2512, 8000])


def test_a_with_share_naming_no_listed_member_is_not_read_on_a_member() -> None:
    c = share(
        CAMPS + "With 31.4 per cent of the settlers, the camps were full by May.", "31.4 per cent"
    )
    assert "count over its list's total" not in c.explanation


def test_a_reported_estimate_with_no_count_of_its_own_is_unverifiable() -> None:
    text = (
        "The clinic had 60 beds, 12 of them in a fever ward, and its nurse reckoned that "
        "20 percent of the pupils had lice by the winter."
    )
    c = share(text, "20 percent")  # 12 / 60 = 20 %, but beds are no pupils
    assert (c.verdict, c.fit) == ("unverifiable", None)
    assert "reported estimate" in c.explanation


def test_a_reported_estimate_is_not_flagged_on_the_main_clause_counts() -> None:
    text = (
        "The board sent 18 inspectors round the 72 camps, and their returns held that "
        "30 percent of the camps had no well."
    )
    assert share(text, "30 percent").verdict == "unverifiable"  # 18 / 72 = 25 %: no slip


def test_a_reported_clause_that_prints_its_counts_is_still_read() -> None:
    text = "The commission found that 20 percent of the 4,000 settlers, 800 in all, had no papers."
    c = share(text, "20 percent")  # 800 / 4,000 = 20 %
    assert (c.verdict, values(c)) == ("consistent", [800, 4000])


def test_that_as_a_determiner_or_a_relative_is_no_reported_clause() -> None:
    text = "Of the 5,000 settlers, 1,250 that were ill made up 25 percent of that group."
    c = share(text, "25 percent")  # 1,250 / 5,000 = 25 %
    assert (c.verdict, values(c)) == ("consistent", [1250, 5000])


def test_down_to_a_place_is_no_decline() -> None:
    text = (
        "Of the 20,000 who left, the hill country from Kordon down to the river plain gave "
        "9,000 persons (45.0 per cent)."
    )
    c = share(text, "45.0 per cent")  # 9,000 / 20,000 = 45 %, a share, not a fall
    assert (c.verdict, values(c)) == ("consistent", [9000, 20000])


def test_down_to_a_figure_is_still_a_decline() -> None:
    text = "The herd of 3,000 head was down to 1,500 head by the spring (50 percent)."
    c = share(text, "50 percent")  # 1,500 / 3,000: the share left and the fall are both 50 %
    assert c.verdict == "ambiguous"


def test_a_decline_verb_of_another_listed_count_is_not_the_shares() -> None:
    text = (
        "Of the 2,000 appeals heard, 1,500 were upheld, 300 reduced and the last 200 "
        "struck out, or 10.0 per cent of those heard."
    )
    c = share(text, "10.0 per cent")  # 200 / 2,000 = 10 %: "reduced" is said of the 300
    assert (c.verdict, values(c)) == ("consistent", [200, 2000])


def test_a_decline_verb_of_the_part_itself_still_reads_both_ways() -> None:
    text = "Of the 2,000 appeals heard, 1,000 were reduced on review (50.0 per cent)."
    c = share(text, "50.0 per cent")  # 1,000 / 2,000: what was reduced, or what remained
    assert c.verdict == "ambiguous"


STAGES = (
    "Of the 10,000 persons loaded, 12 died on the road and 9,988 reached the camps. "
    "They were shared among three camps: Ust-Ilga took 2,474 (24.8 per cent), Verkhnee "
    "6,514 and Lozva 1,000 (10.0 per cent)."
)


def test_a_share_of_the_later_stage_of_a_named_whole_is_no_slip() -> None:
    c = share(STAGES, "24.8 per cent")  # 2,474 / 9,988 = 24.77 %; / 10,000 = 24.74 %
    assert (c.verdict, values(c)) == ("consistent", [2474, 9988])


def test_a_share_neither_stage_gives_is_still_judged() -> None:
    c = share(STAGES.replace("24.8 per cent", "42.8 per cent"), "42.8 per cent")
    assert c.verdict == "inconsistent"  # 2,474 / 9,988 = 24.8 %: digits transposed


def test_a_whole_from_beyond_the_sentence_that_nothing_confirms_is_no_slip() -> None:
    text = (
        "In Narva the town office made 4,000 of the county's 5,000 arrests; the remaining "
        "1,000 fell on the villages. The census of 1937 had found 36,000 Estonians in the "
        "town and county, so that the operation took one in seven of them. Among the town's "
        "arrests, 1,000 were dockers and mill hands, 25.0 per cent of the town's total."
    )
    c = share(text, "25.0 per cent")  # 1,000 / 4,000 = 25 %; 1,000 / 36,000 = 2.8 %
    assert (c.verdict, values(c)) == ("consistent", [1000, 4000])


def test_a_sibling_joined_by_and_right_after_the_first_share() -> None:
    text = (
        "In 1956 the commission freed 10,000 settlers. Of those freed, 5,800 were Balkars, "
        "2,700 Nogais and 1,500 of other peoples: the Balkars were 58.0 percent and the "
        "Nogais 72.0 percent."
    )
    c = share(text, "72.0 percent")  # 2,700 / 10,000 = 27.0 %: digits transposed
    assert (c.verdict, c.intended, values(c)) == ("inconsistent", "27.0", [2700, 10000])


def test_a_sibling_named_by_a_possessive_noun() -> None:
    text = TRADES.replace("675 carters", "675 carters' widows") + (
        "Farmers made up 41.0 percent of the accused, and the carters' widows 13.5 percent."
    )
    c = share(text, "13.5 percent")  # 675 / 5,000 = 13.5 %
    assert (c.verdict, values(c)) == ("consistent", [675, 5000])


MONTHS = (
    "The office entered 1,000 refugees in May, 3,000 in June and 4,000 in July, and the "
    "2,000 of August brought the total to 10,000. "
)


def test_members_named_together_are_summed_over_their_list_total() -> None:
    c = share(MONTHS + "June and July alone brought 70.0% of them.", "70.0%")
    assert (c.verdict, values(c)) == ("consistent", [3000, 4000, 10000])  # 7,000 / 10,000


def test_a_slip_in_members_named_together_is_flagged() -> None:
    c = share(MONTHS + "June and July together brought 7.0% of them.", "7.0%")
    assert (c.verdict, c.intended) == ("inconsistent", "70.0")  # a decimal point slipped


def test_members_named_together_with_another_verb_are_not_summed() -> None:
    c = share(MONTHS + "June and July saw prices rise by 70.0%.", "70.0%")
    assert "named members" not in c.explanation


def test_a_reported_share_whose_part_is_printed_of_the_same_noun_is_read() -> None:
    text = (
        "The post held 2,000 exiles in June, and 500 of the exiles were women. Its doctor "
        "reckoned that 25 percent of the exiles were women."
    )
    c = share(text, "25 percent")  # 500 / 2,000 = 25 %, and 500 is printed "of the exiles"
    assert (c.verdict, values(c)) == ("consistent", [500, 2000])
