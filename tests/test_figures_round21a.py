"""Round 21a (issue #14): comparisons read on the figures the text names for their sides.

Each family is tested on sentences of our own: the verdict, the value computed and the
figures it rests on, and phrasings that must not be read or flagged."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.passages import Located
from borderlands.figures.spanwholes import spans_the_others


def at(text: str, word: str) -> list[Check]:
    """The comparison checks covering the first ``word`` of ``text``."""
    start = text.index(word)
    end = start + len(word)
    return [
        c for c in check_text(text).checks
        if c.kind == "comparison" and c.claim.raw_start < end and start < c.claim.raw_end
    ]  # fmt: skip


def values(c: Check) -> list[float]:
    return [f.quantity.mid for f in c.inputs]


def flagged(text: str) -> list[str]:
    return [c.stated for c in check_text(text).checks if c.verdict == "inconsistent"]


# -- the sides of a comparison end with its clause ------------------------------------------

BIRTHS = "Over the winter the parish books recorded {} deaths and {} births. "
RAN_HIGHER = (
    "Deaths ran higher than births, at 31.4 per 1,000 of the settlers, and infants made up "
    "1,020 of the dead."
)


def test_a_figure_of_a_later_clause_is_no_side() -> None:
    # 31.4 (the deaths' own rate) against 1,020 (infants among the dead) compares nothing
    assert flagged(RAN_HIGHER) == []


def test_the_sides_are_the_counts_printed_with_the_two_nouns() -> None:
    (c,) = at(BIRTHS.format("1,790", "1,150") + RAN_HIGHER, "higher")
    assert c.verdict == "consistent"
    assert values(c) == [1790, 1150]


def test_the_reversed_counts_of_the_two_nouns_are_a_slip() -> None:
    (c,) = at(BIRTHS.format("1,150", "1,790") + RAN_HIGHER, "higher")
    assert c.verdict == "inconsistent"
    assert values(c) == [1150, 1790]


def test_sides_printed_in_the_comparisons_own_clause_are_still_read() -> None:
    (c,) = at("The mill camp lost more people than the depot, 820 against 640.", "more")
    assert (c.verdict, values(c)) == ("consistent", [820, 640])


# -- a count spanning the rest of its list is its whole ------------------------------------

MONTHS = (
    "The returns give 3,900 for January, 5,600 for February, 8,100 for March, 11,700 for "
    "April, 14,800 for May and 9,200 for June, 63,000 in six months. "
)


def test_a_count_over_as_many_months_as_the_list_is_no_month() -> None:
    # 63,000 is no sum of the six (53,300): a slip of the total, yet still no month
    text = MONTHS + "May was the busiest of the six months."
    (c,) = at(text, "busiest")
    assert c.verdict == "consistent"
    assert 63000 not in values(c) and values(c)[0] == 14800


def test_a_month_said_busiest_below_another_month_is_still_a_slip() -> None:
    text = MONTHS + "April was the busiest of the six months."
    (c,) = at(text, "busiest")
    assert c.verdict == "inconsistent"
    assert 63000 not in values(c)


def test_a_span_of_another_number_leaves_a_member() -> None:
    text = "The first echelon took 2,000 in two trains, the second 1,500 and the third 900."
    first = next(f for f in check_text(text).quantities if f.quantity.text == "2,000")
    assert isinstance(first, Located)
    assert not spans_the_others(first, 2 + 1)  # two trains, three other members: no whole
    assert spans_the_others(first, 2)


# -- a change between two printed levels -----------------------------------------------------


def test_a_fall_between_two_levels() -> None:
    (c,) = at("Monthly arrests fell from 2,140 in March to 610 in June.", "fell")
    assert c.verdict == "consistent"
    assert values(c) == [2140, 610]


def test_a_rise_to_a_lower_level_is_a_slip() -> None:
    (c,) = at("The herd rose from 9,400 head in 1930 to 8,200 head in 1933.", "rose")
    assert c.verdict == "inconsistent"
    assert c.intended == "fell"


def test_a_scale_word_on_the_second_level_only_is_no_pair() -> None:
    assert at("Grain stocks fell from 1.5 to 1.2 million tonnes.", "fell") == []


def test_a_fall_by_an_amount_is_no_level_change() -> None:
    assert at("The count fell by 300 to 4,200 over the winter.", "fell") == []


# -- the average stated before ---------------------------------------------------------------

AVERAGE = (
    "The returns give 2,800 deaths among 21,400 settlers in Biysk and 1,300 among 35,000 "
    "in Kamen. Against the 56,400 settlers of the two, that came to 72 per 1,000. "
)


def test_a_rate_against_the_average_stated_before() -> None:
    text = AVERAGE + "The Biysk toll, 131 per 1,000, was higher than the average, while Kamen lost 37 per 1,000."  # noqa: E501
    (c,) = at(text, "higher")
    assert c.verdict == "consistent"
    assert values(c) == [131, 72]


def test_a_rate_said_below_a_lower_average_is_a_slip() -> None:
    text = AVERAGE + "The Biysk toll, 131 per 1,000, was lower than the average."
    (c,) = at(text, "lower")
    assert c.verdict == "inconsistent"
    assert values(c) == [131, 72]


def test_two_earlier_rates_name_no_average() -> None:
    text = (
        "Biysk lost 131 per 1,000 and Kamen 37 per 1,000. "
        "The Tomsk toll, 90 per 1,000, was lower than the average."
    )
    assert flagged(text) == []


# -- "second only to" a described rival; a rival named before a "respectively" list ----------


def test_second_only_to_a_rival_described_beside_its_count() -> None:
    text = (
        "The lowland district supplied 20,100 of them and Dorn 13,900, so that Dorn came "
        "second only to the district around the capital."
    )
    (c,) = at(text, "second only to")
    assert c.verdict == "consistent"
    assert values(c)[:2] == [13900, 20100]


def test_a_described_rival_beside_no_count_is_not_read() -> None:
    text = "Felt sent 4,100 settlers and Dorn 3,900, so that Dorn came second only to the capital."
    assert flagged(text) == []


RESPECTIVELY = (
    "The department set up five groups: Orlik, Tasma, Kulsary, Karsu and Zhana. "
    "They took 4,200, 3,300, 2,900, 2,000 and 1,400 households respectively. "
)


def test_second_only_to_a_rival_named_before_a_respectively_list() -> None:
    (c,) = at(RESPECTIVELY + "Tasma was second only to Orlik.", "second only to")
    assert c.verdict == "consistent"


def test_second_only_to_a_rival_below_it_in_a_respectively_list_is_a_slip() -> None:
    (c,) = at(RESPECTIVELY + "Karsu was second only to Orlik.", "second only to")
    assert c.verdict == "inconsistent"


# -- an opening subject names its count across an insertion ---------------------------------

INSERTION = (
    "Lindau, with 9,300, stood third. Barsk, where the office burned down in the spring and "
    "had to rebuild its lists from copies, sent {}, and Tolm 7,400. "
)


def test_an_opening_subject_set_off_by_an_insertion_names_its_count() -> None:
    (c,) = at(INSERTION.format("8,700") + "Barsk thus sent more people than Lindau.", "more")
    assert c.verdict == "inconsistent"
    assert values(c) == [8700, 9300]


def test_an_opening_subject_whose_count_bears_the_words_out() -> None:
    (c,) = at(INSERTION.format("9,800") + "Barsk thus sent more people than Lindau.", "more")
    assert (c.verdict, values(c)) == ("consistent", [9800, 9300])


# -- two years as the two sides --------------------------------------------------------------

REGISTER = (
    "The register counted 81,600 settlers on 1 January 1945, 78,900 on 1 January 1947 and "
    "80,400 on 1 January 1950. "
)


def test_a_comparison_of_two_years_is_read_on_their_counts() -> None:
    (c,) = at(REGISTER + "Between the first two dates it shed 2,700, and in 1950 it stood lower than in 1947.", "lower")  # noqa: E501
    assert c.verdict == "inconsistent"
    assert values(c) == [80400, 78900]


def test_a_year_with_two_counts_names_no_side() -> None:
    text = (
        "The district recorded 900 deaths in 1947 and 700 births in 1947, and 650 deaths in "
        "1948. In 1948 the toll was lower than in 1947."
    )
    assert at(text, "lower") == []


# -- a rank over a list two sentences back, only its shares printed between ------------------

ARRIVALS = (
    "The registers list 27,400 settlers in Kermine, 20,600 in Urgut, 15,200 in Besharyk, "
    "11,900 in Pakhta and 7,300 in Nurata, 82,400 persons in all. Kermine thus received "
    "33.3% of the arrivals and Urgut 25.0%. "
)


def test_a_rank_over_a_list_with_only_its_shares_between_is_read() -> None:
    (c,) = at(ARRIVALS + "Besharyk, with the third-largest contingent, kept its people.", "third")
    assert c.verdict == "consistent"
    assert values(c)[0] == 15200


def test_a_wrong_rank_over_that_list_is_a_slip() -> None:
    (c,) = at(ARRIVALS + "Pakhta, with the third-largest contingent, kept its people.", "third")
    assert c.verdict == "inconsistent"
    assert values(c)[0] == 11900


def test_a_count_printed_between_leaves_a_wrong_rank_unverifiable() -> None:
    text = ARRIVALS.replace("Urgut 25.0%. ", "Urgut 25.0%. The farms took 4,100 of them. ")
    (c,) = at(text + "Pakhta, with the third-largest contingent, kept its people.", "third")
    assert c.verdict == "unverifiable"


def test_the_lists_total_restated_between_leaves_it_the_last_list() -> None:
    text = (
        "The register puts 40,100 persons in Cetatea, 21,800 in Tighina, 13,900 in Ismail, "
        "9,200 in Chişinău and 4,700 in Bălţi. Their sum, 89,700, agrees with the report. "
        "Chişinău, third on the list, had the most town Germans."
    )
    (c,) = at(text, "third")
    assert c.verdict == "inconsistent"
    assert values(c)[0] == 9200 and 89700 not in values(c)


def test_a_count_before_a_colon_is_the_whole_of_the_list_it_opens() -> None:
    text = (
        "The return gives the trades of all 9,100 arrested: 3,900 farmers, 2,200 workers, "
        "1,300 clerks and 960 railwaymen. The rest, 740, had no fixed work. Farmers made up "
        "42.9 percent of the arrested, and workers, second only to them, 24.2 percent."
    )
    (c,) = at(text, "second only to")
    assert c.verdict == "consistent"
    assert 9100 not in values(c)


# -- a pace concluded from two parts of their wholes -----------------------------------------

RELEASE = (
    "By the spring the timber trust had let {} of its 8,700 go and the rail depot 4,400 of "
    "its 6,300, so that the timber men went home faster than the railwaymen."
)


def test_faster_of_two_printed_pairs_is_read_on_their_rates() -> None:
    (c,) = at(RELEASE.format("6,800"), "faster")
    assert c.verdict == "consistent"
    assert values(c) == [6800, 8700, 4400, 6300]
    assert c.stated_value == 6800 / 8700


def test_faster_against_a_higher_rate_is_a_slip() -> None:
    (c,) = at(RELEASE.format("5,100"), "faster")
    assert c.verdict == "inconsistent"
    assert values(c)[:2] == [5100, 8700]


def test_a_subject_named_by_neither_pair_is_not_read() -> None:
    text = RELEASE.format("5,100").replace("the timber men", "the older workers")
    assert at(text, "faster") == []


# -- "more likely": the subject's pair here, the other side's rate printed before ------------

HUNGER = (
    "In Urgut district the loss came to 200 per 1,000 settlers, in Pakhta to 139. "
    "Kermine, which lost {} of its 16,000, fared worse still: a settler sent there was more "
    "likely to die than one sent to Urgut."
)


def test_more_likely_against_a_rate_printed_before_beside_the_name() -> None:
    (c,) = at(HUNGER.format("3,500"), "more likely")
    assert c.verdict == "consistent"
    assert values(c) == [3500, 16000, 200]
    assert round(c.stated_value, 2) == 218.75


def test_more_likely_with_a_lower_rate_is_a_slip() -> None:
    (c,) = at(HUNGER.format("2,900"), "more likely")
    assert c.verdict == "inconsistent"


def test_a_side_with_no_rate_of_its_own_is_not_read() -> None:
    assert at(HUNGER.format("2,900").replace("sent to Urgut", "sent to Nurata"), "likely") == []


def test_a_members_rate_before_is_no_average() -> None:
    text = "Omsk lost 93 per 1,000. The Biysk toll, 131 per 1,000, was lower than the average."
    assert at(text, "lower") == []


def test_a_rise_between_two_measures_is_no_level_change() -> None:
    assert at("The price of bread rose from 12 roubles to 9 kopecks.", "rose") == []


def test_figures_a_semicolon_sets_out_as_evidence_stay_sides() -> None:
    text = "The Omsk toll was higher than at Tomsk; 420 died at Omsk and 380 at Tomsk."
    (c,) = at(text, "higher")
    assert (c.verdict, values(c)) == ("consistent", [420, 380])


def test_two_years_counting_different_things_name_no_sides() -> None:
    text = (
        "The camp recorded 820 deaths in 1947 and 700 arrivals in 1950. "
        "In 1950 it stood higher than in 1947."
    )
    assert at(text, "higher") == []
