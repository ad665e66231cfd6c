"""Round nineteen (d): remainders and sums read from the structure of their sentence: a total
whose clause counts its parts ("the four depots lost 602"), a gap named by its own words
("a balance of", "a net loss of", "lower, by"), a list total one digit off its own list.
Sentences of our own."""

from __future__ import annotations

import re

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.countedsums import COUNTED_RE, CUE_WORDS
from borderlands.figures.kinds import Sentence
from borderlands.figures.namedsums import named_sums
from borderlands.figures.passages import passages_from_text
from borderlands.figures.statedgaps import CUE_WORDS as GAP_CUE_WORDS
from borderlands.figures.statedgaps import GAP_LEAD_RE


def checks_of(text: str, stated: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.stated == stated]


def inputs_of(check: Check) -> list[float]:
    assert check.fit is not None
    return [f.quantity.mid for f in check.fit.inputs]


# -- a total whose clause says how many parts it has -----------------------------------------


def test_a_total_over_the_n_years_adds_the_last_n_yearly_counts() -> None:
    text = (
        "The first order of 1961 freed 210 exiles. In 1962 the number was 340, in 1963, after "
        "a second order, 505, and in 1964 it was 95. Over the four years 1,150 exiles were "
        "freed."
    )
    (check,) = checks_of(text, "1,150")
    assert check.kind == "sum"
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == 1150  # 210 + 340 + 505 + 95
    assert inputs_of(check) == [210, 340, 505, 95]


def test_the_wholes_of_part_pairs_are_no_parts_of_a_counted_total() -> None:
    # "40 of its 800": 800 is the whole the 40 is taken from, not a fifth part
    text = (
        "Camp North buried 40 of its 800 inmates and Camp South 25 among the 610 it held. "
        "Camp East lost 12 of its 390 and Camp West 33 of its 700. Over the winter the four "
        "camps lost 110 people."
    )
    (check,) = checks_of(text, "110")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [40, 25, 12, 33]


def test_a_counted_total_keeps_to_the_unit_it_counts() -> None:
    # the persons of the second region are no part of a total of families
    text = (
        "The first region sent 1,210 families with 4,300 persons. The second region sent "
        "880 families and 3,050 persons. The two regions thus lost 2,090 families."
    )
    (check,) = checks_of(text, "2,090")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [1210, 880]


def test_a_counted_total_that_does_not_add_up_is_left_to_the_other_readings() -> None:
    # 40 + 25 + 12 + 33 = 110; 190 is no usual slip of it, so no sum is claimed to fit
    text = (
        "Camp North buried 40 of its 800 inmates and Camp South 25 among the 610 it held. "
        "Camp East lost 12 of its 390 and Camp West 33 of its 700. Over the winter the four "
        "camps lost 190 people."
    )
    assert all(c.verdict != "consistent" for c in checks_of(text, "190"))


def test_a_counted_total_with_its_digits_swapped_is_a_slip() -> None:
    text = (
        "In 1950 the station counted 120 arrivals, in 1951 it counted 230 and in 1952 "
        "it counted 160. Over the three years 501 persons arrived."
    )
    (check,) = checks_of(text, "501")
    assert check.kind == "sum"
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == 510


def test_a_figure_each_of_the_counted_members_had_is_no_total() -> None:
    # 40 + 25 + 12 + 33 = 110, but "each" gives the 110 to every camp, not to the four
    text = (
        "Camp North buried 40 of its 800 inmates and Camp South 25 among the 610 it held. "
        "Camp East lost 12 of its 390 and Camp West 33 of its 700. Over the winter the four "
        "camps each lost 110 people."
    )
    assert all(c.kind != "sum" for c in checks_of(text, "110"))


@pytest.mark.parametrize(
    "said",
    [
        "the four settlements lost",
        "Over the three years",
        "the first two winters",
        "the two valley districts gave",
    ],
)
def test_counted_phrases_are_read(said: str) -> None:
    assert COUNTED_RE.search(said) is not None


@pytest.mark.parametrize("said", ["four settlements lost", "the four of them", "the 4 camps"])
def test_phrases_without_a_counted_plural_noun_are_not_read(said: str) -> None:
    assert COUNTED_RE.search(said) is None


# -- a gap named by its own words -------------------------------------------------------------


def test_a_comparative_by_reads_the_gap_of_the_two_counts_before_it() -> None:
    text = (
        "The port register counted 40,310 arrivals, while the railway counted 41,020. "
        "The port figure was thus lower, by 710."
    )
    (check,) = checks_of(text, "710")
    assert check.kind == "remainder"
    assert check.verdict == "consistent"
    assert inputs_of(check) == [41020, 40310]


def test_a_balance_reads_the_two_amounts_of_its_scale_in_the_sentence_before() -> None:
    text = (
        "The board valued the 3,200 farms left behind at 915 million lei, and the farms "
        "received at 640 million. The treaty left a balance of 275 million lei."
    )
    (check,) = checks_of(text, "275 million")
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(275e6)


def test_a_balance_in_its_own_clause_passes_over_a_rate_of_the_sentence() -> None:
    text = (
        "The treaty put the first estate at 5,200,000 francs and the second at 3,900,000 "
        "francs. That was 800 francs a family, and it left the state owing a balance of "
        "1,300,000 francs."
    )
    (check,) = checks_of(text, "1,300,000")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [5_200_000, 3_900_000]


def test_a_net_loss_reads_the_two_counts_of_its_sentence() -> None:
    (check,) = checks_of(
        "The parish book lists 402 burials and 155 baptisms, a net loss of 247 souls.", "247"
    )
    assert check.verdict == "consistent"
    assert inputs_of(check) == [402, 155]


def test_a_net_loss_with_two_digits_swapped_is_a_slip() -> None:
    (check,) = checks_of(
        "The parish book lists 402 burials and 155 baptisms, a net loss of 274 souls.", "274"
    )
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == 247


def test_a_gap_whose_sentence_before_prints_three_counts_is_not_read() -> None:
    # which two of the three are compared, the words do not say
    text = (
        "The lists held 9,100 names, 7,300 were taken and 1,200 fled. "
        "Those taken outnumbered those left behind by 5,500."
    )
    assert all(c.verdict == "unverifiable" or c.kind != "remainder"
               for c in checks_of(text, "5,500"))  # fmt: skip


@pytest.mark.parametrize(
    "lead",
    [
        "The port figure was thus lower, by ",
        "those who left outnumbered those who came by ",
        "it left the state owing a balance of ",
        "a net loss of ",
        "lay a difference of ",
    ],
)
def test_gap_leads_are_read(lead: str) -> None:
    assert GAP_LEAD_RE.search(lead) is not None


@pytest.mark.parametrize(
    "lead", ["the number rose by ", "the trains left by ", "a loss of ", "a balanced "]
)
def test_leads_that_name_no_gap_are_not_read(lead: str) -> None:
    assert GAP_LEAD_RE.search(lead) is None


# -- a list total one digit off its own list --------------------------------------------------


def test_a_list_total_one_digit_off_its_own_list_is_a_slip() -> None:
    text = (
        "The returns counted 21,400 persons in the north, 12,350 in the east, 9,120 in the "
        "south and 4,030 in the west, 36,900 in all."
    )
    (check,) = checks_of(text, "36,900")
    assert check.kind == "sum"
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == 46900


def test_a_list_with_a_part_in_words_is_not_read_as_mistyped() -> None:
    # the last part, in words, is no item of the run of figures: 21,400 + 12,350 + 9,120
    # = 42,870 is short of the total by the part in words, not by a mistyped digit
    text = (
        "The returns counted 21,400 persons in the north, 12,350 in the east, 9,120 in the "
        "south and four thousand in the west, 46,870 in all."
    )
    assert all(c.verdict != "inconsistent" for c in checks_of(text, "46,870"))


# -- the first tests of the two new families say yes wherever their patterns match ----------


@pytest.mark.parametrize(
    ("text", "words", "pattern"),
    [
        ("Over the four years 15 came.", CUE_WORDS, COUNTED_RE),
        ("Over the FOUR years 15 came.", CUE_WORDS, COUNTED_RE),
        ("It left a Balance of ", GAP_CUE_WORDS, GAP_LEAD_RE),
        ("It was more, by ", GAP_CUE_WORDS, GAP_LEAD_RE),
        ("A surplus of ", GAP_CUE_WORDS, GAP_LEAD_RE),
    ],
)
def test_first_tests_say_yes_where_the_pattern_matches(
    text: str, words: frozenset[str], pattern: re.Pattern[str]
) -> None:
    assert pattern.search(text) is not None
    (passage,) = passages_from_text(text)
    sentence = Sentence(passage, 0, 0, len(passage.text), ())
    assert sentence.says_any(words)


def test_first_tests_say_no_without_their_words() -> None:
    (passage,) = passages_from_text("The camps held 300 people in 1950.")
    sentence = Sentence(passage, 0, 0, len(passage.text), ())
    assert not sentence.says_any(CUE_WORDS)
    assert not sentence.says_any(GAP_CUE_WORDS)


# -- a total in words closing a list in words -------------------------------------------------


def test_a_list_in_words_closed_by_in_all_is_added() -> None:
    text = "To the depot came two carts in May, five in June and four in July, eleven in all."
    (check,) = checks_of(text, "eleven")
    assert check.kind == "sum"
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == 11
    assert inputs_of(check) == [2, 5, 4]


def test_a_list_in_words_that_does_not_add_up_to_its_total_is_inconsistent() -> None:
    text = (
        "The camp received one party in June, four in July and seven in August, eleven "
        "parties altogether."
    )
    (check,) = checks_of(text, "eleven")
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == 12


@pytest.mark.parametrize(
    "text",
    [
        # a figure in digits among the parts: the list is not one of words alone
        "The depot took two carts in May, 5 in June and four in July, eleven in all.",
        # a segment with two number words: which one is the part, the words do not say
        "The depot took two carts in May, five in two days of June and four in July, eleven "
        "in all.",
        # only two parts
        "The depot took four carts in May and seven in June, eleven in all.",
    ],
)
def test_lists_in_words_that_are_not_whole_lists_of_parts_are_not_read(text: str) -> None:
    assert all(c.kind != "sum" or c.verdict == "unverifiable" for c in check_text(text).checks
               if c.stated == "eleven")  # fmt: skip


# -- two totals closing a list of pairs -------------------------------------------------------


def test_two_totals_after_a_list_of_pairs_add_their_own_columns() -> None:
    text = (
        "Ardal sent off 940 persons with 610 head of cattle, Vik 715 persons with 480 head "
        "and Lo 330 with 205, in all 1,985 persons and 1,295 head of cattle."
    )
    (persons,) = checks_of(text, "1,985")
    (cattle,) = checks_of(text, "1,295")
    assert persons.verdict == cattle.verdict == "consistent"
    assert inputs_of(persons) == [940, 715, 330]
    assert inputs_of(cattle) == [610, 480, 205]


def test_a_column_total_with_swapped_digits_is_a_slip() -> None:
    text = (
        "Ardal sent off 940 persons with 610 head of cattle, Vik 715 persons with 480 head "
        "and Lo 330 with 205, in all 1,985 persons and 1,259 head of cattle."
    )
    (cattle,) = checks_of(text, "1,259")
    assert cattle.verdict == "inconsistent"
    assert cattle.fit is not None and cattle.fit.computed == 1295


def test_a_list_whose_pairs_are_parted_by_commas_is_no_list_of_pairs() -> None:
    # "940, 610, 715, 480" are four items of one list, not two columns
    text = (
        "The four villages sent 940, 610, 715 and 480 persons, in all 2,745 persons and "
        "1,295 head of cattle."
    )
    assert all(c.verdict != "consistent" for c in checks_of(text, "1,295"))


# -- named parts added, the adding words after the total -------------------------------------


def test_named_parts_with_between_them_after_the_total_are_added() -> None:
    text = (
        "The trains were unloaded in four oblasts: Omsk took 5,210 persons, Tomsk 3,940, "
        "Kurgan 2,880 and Tiumen 1,970. Omsk and Tomsk, the two oblasts on the main line, "
        "took 9,150 between them."
    )
    (check,) = checks_of(text, "9,150")
    assert check.kind == "sum"
    assert check.verdict == "consistent"
    assert inputs_of(check) == [5210, 3940]


def test_names_with_a_figure_between_them_and_the_total_are_no_named_sum() -> None:
    # the 1940 stands between the names and "together": the total is not theirs alone
    assert named_sums("Riga and Tartu sent 300 men in 1940 and 200 together.") == []


# -- a list after a colon ends at its item after a bare "and" --------------------------------


def test_a_colon_list_ends_at_the_item_after_its_and() -> None:
    # the 900 auxiliaries open a clause of their own: no part of the 12,000 troops
    text = (
        "The operation engaged 12,000 troops: 8,100 in the villages, 2,400 on the railway "
        "and 1,500 in reserve, and about 900 auxiliaries were attached to them."
    )
    (check,) = checks_of(text, "12,000")
    assert check.kind == "sum"
    assert check.verdict == "consistent"
    assert inputs_of(check) == [8100, 2400, 1500]


# -- "bringing the total to" after a list of three or more: the list's own total ------------


def test_bringing_the_total_after_a_list_of_three_closes_that_list() -> None:
    # the 300 of the sentence before is no base: the three yearly counts are the whole list,
    # and 580 is their sum with the first year left out (250 + 330)
    text = (
        "The first count listed 900 escapes, and the second added a further 300. Pardons ran "
        "at 120 in 1940, 250 in 1941 and 330 in 1942, bringing the total to 580."
    )
    (check,) = checks_of(text, "580")
    assert check.kind == "sum"
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == 700
    assert inputs_of(check) == [120, 250, 330]


def test_two_additions_bringing_the_total_still_start_from_the_earlier_total() -> None:
    text = (
        "The camp held 5,000 prisoners in May. The transports of 600 and 400 prisoners "
        "brought the total to 6,000."
    )
    (check,) = checks_of(text, "6,000")
    assert check.verdict == "consistent"
    assert inputs_of(check) == [5000, 600, 400]


# -- a total set after a list of two parts at the close of its sentence ----------------------


def test_a_total_closing_a_sentence_after_two_parts_adds_them() -> None:
    text = (
        "The district sent 820 persons to the mines, by cart and rail, and 445 to the farms, "
        "1,265 persons."
    )
    (check,) = checks_of(text, "1,265")
    assert check.kind == "sum"
    assert check.verdict == "consistent"
    assert inputs_of(check) == [820, 445]


def test_a_total_after_two_parts_with_its_digits_swapped_is_a_slip() -> None:
    text = "The district sent 820 persons to the mines and 445 to the farms, 1,625 persons."
    (check,) = checks_of(text, "1,625")
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == 1265


@pytest.mark.parametrize(
    "text",
    [
        # a count of another unit closing the sentence is no total of the pair
        "The district sent 820 persons to the mines and 445 to the farms, 1,625 horses.",
        # a third count of the unit: the pair is not the whole list
        "The district sent 820 persons to the mines, 300 persons to the mills and 445 to the "
        "farms, 1,625 persons.",
    ],
)
def test_a_closing_count_that_is_no_total_of_the_pair_is_not_flagged(text: str) -> None:
    assert all(c.verdict != "inconsistent" for c in checks_of(text, "1,625"))
