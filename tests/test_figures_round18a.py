"""Issue #14, round eighteen: comparisons judged only on the figures of the things compared.

Each family is tested on sentences of our own: a comparative word's figures end where the
next comparative word begins; a count is no side against a rate; a percentage is set
against a part of a whole; a comparison printing its own figures is judged on them, not on a
list printed earlier; a superlative in apposition names the member before it, not the group
after it ("of the three"); "second only to" ranks its grammatical subject (a count of its
own clause, or the one after "with"), with a rival named by a pronoun or in letters outside
ASCII; a rank said of "The town" finds the list item "the town of ...".
"""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def comparisons(text: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == "comparison"]


def inputs(c: Check) -> list[str]:
    return [f.quantity.text for f in c.inputs]


@pytest.mark.parametrize(
    "text",
    [
        # the figures after "heavier" are its own, none are the horses'
        "The spring levy took fewer horses than the autumn one, but the wagons it filled "
        "were heavier: 2.6 tonnes against 2.1.",
        # a count and a rate are no two sides
        "The families left behind numbered 930 persons, 3.1 to a family, and so were smaller "
        "than the families taken.",
        # the rival's figure is not printed
        "Its count stood at 240 percent (second only to the Letts).",
    ],
)
def test_no_comparison_without_figures_of_both_sides(text: str) -> None:
    assert comparisons(text) == []


@pytest.mark.parametrize(
    ("word", "verdict"), [("larger", "consistent"), ("smaller", "inconsistent")]
)
def test_a_rate_against_a_bare_figure_is_two_rates(word: str, verdict: str) -> None:
    [c] = comparisons(
        f"Polish households were {word} than Jewish ones, with 4.9 persons apiece against 3.7."
    )
    assert (c.verdict, c.stated_value, inputs(c)) == (verdict, 4.9, ["4.9", "3.7"])


@pytest.mark.parametrize(("rate", "verdict"), [("12.0", "consistent"), ("24.0", "inconsistent")])
def test_a_percentage_against_a_part_of_a_whole(rate: str, verdict: str) -> None:
    [c] = comparisons(
        f"Its rate of return, {rate}%, was lower than among the Czechs, 310 returned of 1,550."
    )
    assert c.verdict == verdict
    assert inputs(c) == [rate, "310", "1,550"]
    assert "against 20" in c.explanation  # 310 / 1,550 = 20 per cent


def test_a_comparison_with_its_own_pairs_is_judged_on_their_rates_not_an_earlier_list() -> None:
    # by the counts listed first Alpha (120) lost fewer than Beta (340); by the sentence's
    # own pairs its mortality, 120 / 1,000 = 0.12, is above Beta's 340 / 6,800 = 0.05
    [c] = comparisons(
        "Deaths were recorded at three camps: Alpha lost 120, Beta 340 and Gamma 95. "
        "Mortality was higher at Alpha, with 120 dead among 1,000, than at Beta, with 340 "
        "among 6,800."
    )
    assert c.verdict == "consistent"
    assert inputs(c) == ["120", "1,000", "340", "6,800"]


LIST = "The returns give 4,100 persons for Narva, 3,200 for Tapa and 2,900 for Rakvere. "


def test_a_superlative_in_apposition_ranks_the_name_before_it() -> None:
    [c] = comparisons(LIST + "Narva, the largest of the three, sent its people north.")
    assert c.verdict == "consistent"
    assert inputs(c) == ["4,100", "3,200", "2,900"]


def test_a_superlative_in_apposition_to_a_smaller_member_is_a_slip() -> None:
    found = comparisons(LIST + "Tapa, the largest of the three, sent its people north.")
    assert found and all(c.verdict == "inconsistent" for c in found)


@pytest.mark.parametrize(("name", "verdict"), [("Omsk", "consistent"), ("Tara", "inconsistent")])
def test_a_superlative_after_a_semicolon_ranks_the_list_before_it(name: str, verdict: str) -> None:
    [c] = comparisons(
        "Of the eastern group, Omsk took 5,100, the Tara districts 3,300 and the Ishim "
        f"districts 2,200; {name}, the largest of the three, sent its people to the mills."
    )
    assert c.verdict == verdict
    assert sorted(inputs(c)) == ["2,200", "3,300", "5,100"]


@pytest.mark.parametrize(("count", "verdict"), [("7,500", "consistent"), ("3,500", "inconsistent")])
def test_second_only_to_finds_a_name_in_letters_outside_ascii(count: str, verdict: str) -> None:
    found = comparisons(
        f"The largest party, 9,000 persons, came from Senec, followed by Púchov with {count} "
        "and Malacky with 4,000. Senec thus gave over a third, which made Púchov second only "
        "to Senec."
    )
    [c] = [c for c in found if c.stated == "second only to"]
    assert c.verdict == verdict
    assert inputs(c)[0] == count  # Púchov's count, not Senec's


@pytest.mark.parametrize(
    ("germans", "czechs", "verdict"),
    [("7,100", "2,300", "consistent"), ("5,100", "6,300", "inconsistent")],
)
def test_second_only_to_a_pronoun_ranks_the_count_of_its_own_clause(
    germans: str, czechs: str, verdict: str
) -> None:
    found = comparisons(
        f"The Poles were the most numerous, with 9,400 persons, and the {germans} Germans "
        f"came second only to them; the Czechs numbered {czechs}."
    )
    said = [c for c in found if c.stated == "second only to"]  # its list's, its own
    assert said and {(c.verdict, inputs(c)[0]) for c in said} == {(verdict, germans)}


def test_second_only_to_with_the_subjects_figure_after_the_rival() -> None:
    [c] = comparisons(
        "Vilnius came first with 5,000 arrests; Kaunas, city and county, came second only "
        "to Vilnius with 3,900."
    )
    assert (c.verdict, inputs(c)) == ("consistent", ["3,900", "5,000"])


def test_second_only_to_with_a_third_name_above_is_a_slip() -> None:
    [c] = comparisons(
        "Ostrov was second only to Pskov in size, with 2,100 prisoners against Luga's 2,600."
    )
    assert c.verdict == "inconsistent"


@pytest.mark.parametrize(("said", "verdict"), [("fourth and last", "consistent"),
                                               ("third", "inconsistent")])  # fmt: skip
def test_a_definite_subject_names_its_list_item(said: str, verdict: str) -> None:
    [c] = comparisons(
        "The lists give Alsky 500 families, Borsk 420, Vetly 300 and the town of Pirna 250, "
        f"1,470 in all. The town, which the planners had counted on, came {said}."
    )
    assert c.verdict == verdict
    assert inputs(c)[0] == "250"


@pytest.mark.parametrize(("word", "verdict"), [("higher", "consistent"), ("lower", "inconsistent")])
def test_a_comparison_with_the_subjects_pair_set_apart_before_than(word: str, verdict: str) -> None:
    # 512 / 4,000 = 0.128 against 300 / 6,000 = 0.05
    [c] = comparisons(
        f"Mortality was {word} in the northern timber camps, with 512 dead among 4,000, than "
        "in the steppe, with 300 among 6,000."
    )
    assert c.verdict == verdict
    assert inputs(c) == ["512", "4,000", "300", "6,000"]


RETURNS = (
    "The district returns (file 12, sheets 30 to 38) give 5,100 persons for Alsk, 3,300 for "
    "Borsk, 2,800 for Vetly and 1,200 for Gorsk, and the clerk's total of 12,400 at the foot "
    "of the last sheet agrees. "
)


@pytest.mark.parametrize(("name", "verdict"), [("Vetly", "consistent"), ("Borsk", "inconsistent")])
def test_a_rank_leaves_archive_references_and_the_total_out_of_its_list(
    name: str, verdict: str
) -> None:
    [c] = comparisons(RETURNS + f"Of the four, {name} stood third, though it complained most.")
    assert c.verdict == verdict
    assert inputs(c) == ["5,100", "3,300", "2,800", "1,200"]


COUNTIES = (
    "The counties gave 6,100 for Tula, 8,400 for Orel, 5,900 for Ryazan and 4,200 for Kursk. "
    "Most of the men had gone to the front. "
)


@pytest.mark.parametrize(("name", "verdict"), [("Tula", "consistent"), ("Ryazan", "inconsistent")])
def test_an_ordinal_rank_names_its_subject_not_its_group(name: str, verdict: str) -> None:
    # "among the four counties" names the group; "counties" also opens the list's first item
    [c] = comparisons(
        COUNTIES + f"{name}, with about a quarter, came second among the four counties."
    )
    assert c.verdict == verdict


@pytest.mark.parametrize(("first", "second", "verdict"), [
    ("Petrich was third", "Stara Zagora stood second", "consistent"),
    # a list two sentences back may rank by another measure: a slip only where "thus" says
    # the order follows from it
    ("Petrich was second", "Stara Zagora thus stood third", "inconsistent"),
])  # fmt: skip
def test_a_rank_of_a_two_word_name_is_read_on_its_list(
    first: str, second: str, verdict: str
) -> None:
    found = comparisons(
        "The prefects placed them: Burgas 28,000, Stara Zagora 14,000, Petrich 11,000 and "
        f"Sliven 9,000. Some 20,000 went north of the range. {first} on that list, and "
        f"{second}."
    )
    assert len(found) == 2
    assert all(c.inputs for c in found)  # no reading without figures is left beside them
    assert {c.verdict for c in found} == {verdict}


CONTINGENTS = (
    "The largest contingent, 9,100 persons, came from Alsk, followed by Borsk with 7,200, "
    "Vetly with 5,400 and Gorsk with 6,000. The trains left in March. "
)


def test_a_rank_of_the_noun_its_list_counts_follows_from_the_list() -> None:
    # the list's own sentence speaks of contingents: "the third-largest contingent" ranks
    # its counts, and Vetly's 5,400 is the fourth of them
    found = comparisons(CONTINGENTS + "Vetly, the third-largest contingent, sent mostly women.")
    [rank] = [c for c in found if c.stated == "third"]
    assert (rank.verdict, rank.intended) == ("inconsistent", "fourth")
    assert inputs(rank) == ["5,400", "9,100", "7,200", "6,000"]


def test_a_rank_of_another_noun_may_rank_another_measure() -> None:
    found = comparisons(
        CONTINGENTS + "Vetly, the third-largest town of the province, sent mostly women."
    )
    [rank] = [c for c in found if c.stated == "third"]
    assert rank.verdict == "unverifiable"


def test_a_rank_with_its_own_list_is_not_read_on_an_earlier_one() -> None:
    found = comparisons(
        "The camps held 19,000, 8,400 and 6,100 prisoners in 1941. "
        "Tula, with 8,400 prisoners, was the largest camp, ahead of Orel with 6,100 and Kursk "
        "with 4,200."
    )
    assert found and all(c.verdict == "consistent" for c in found)


@pytest.mark.parametrize(("count", "verdict"), [("3,730", "consistent"), ("2,730", "inconsistent")])
def test_the_other_side_a_sum_of_named_things(count: str, verdict: str) -> None:
    # 1,860 + 1,140 = 3,000
    [c] = comparisons(
        f"With its {count} arrests the Tver office made more than the Pskov and Velikie Luki "
        "offices together, and of these two the 1,860 of Pskov were well above the 1,140 of "
        "Velikie Luki."
    )
    assert c.verdict == verdict
    assert inputs(c) == [count, "1,860", "1,140"]
    assert "against 3000" in c.explanation


def test_a_sum_side_needs_one_figure_for_each_name() -> None:
    # Orel's figure is not printed: "1,860" alone is no sum of the two
    found = comparisons(
        "With its 1,730 arrests the Tver office made more than the Pskov and Orel offices "
        "together, the 1,860 of Pskov among them."
    )
    assert all(c.verdict != "inconsistent" for c in found)


@pytest.mark.parametrize(("word", "verdict"), [("more", "consistent"), ("fewer", "inconsistent")])
def test_a_sum_side_from_a_list_of_the_same_sentence(word: str, verdict: str) -> None:
    # Dorsk's 410 against Ilma's 150 + Kuta's 90 = 240, not against the last count listed
    [c] = comparisons(
        "In 1951 Narym held 620 of them, Dorsk 410, Ilma 150 and Kuta 90, so that Dorsk alone "
        f"held {word} than Ilma and Kuta together."
    )
    assert c.verdict == verdict
    assert inputs(c) == ["410", "150", "90"]


@pytest.mark.parametrize(("last", "word", "verdict"), [
    ("400", "lowest", "consistent"),
    ("420", "highest", "inconsistent"),
])  # fmt: skip
def test_a_superlative_in_apposition_to_the_last_count_of_its_list(
    last: str, word: str, verdict: str
) -> None:
    found = comparisons(
        "The average daily ration was 500 grams at Alsk, 470 at Borsk, 440 at Vetly and "
        f"{last} at Gorsk, the {word} of the four."
    )
    assert found and {c.verdict for c in found} == {verdict}
    assert all(sorted(inputs(c)) == sorted(["500", "470", "440", last]) for c in found)
