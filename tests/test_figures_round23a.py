"""Round 23, comparisons: which side a comparative after both its sides is said of (the one
its "than" words do not name), "than a man's" as a thing compared rather than a bound, and
comparisons of two proportions said by the noun of a rate ("the death rate at Dubki was
lower than at Lipki") or by "the higher of the two". Examples in our own words."""

from __future__ import annotations

import pytest

from borderlands.figures.checks import Check
from borderlands.figures.report import check_text


def comparisons(text: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == "comparison"]


def only_comparison(text: str) -> Check:
    found = comparisons(text)
    assert len(found) == 1, [(c.stated, c.verdict) for c in found]
    return found[0]


def printed_inputs(c: Check) -> list[str]:
    return [f.quantity.text for f in c.inputs]


# -- the side the "than" words name is the other side ------------------------------------

RETURN = (
    "Dolna had 5,200 of its 8,000 back by the spring, while only 1,500 of Gorna's 3,000 had "
    "come, a share {word} than Dolna's."
)


def test_comparative_after_both_pairs_is_said_of_the_second_when_than_names_the_first() -> None:
    c = only_comparison(RETURN.format(word="lower"))
    assert c.verdict == "consistent"
    assert c.fit is not None
    assert c.fit.computed == pytest.approx(1500 / 3000)  # Gorna's share, the subject
    assert printed_inputs(c) == ["5,200", "8,000", "1,500", "3,000"]  # as printed


def test_the_same_comparative_the_wrong_way_round_is_a_slip() -> None:
    c = only_comparison(RETURN.format(word="higher"))
    assert c.verdict == "inconsistent"  # 50.0 percent is not higher than 65.0


def test_counts_side_by_side_swap_on_the_name_after_than() -> None:
    text = "In the first week Dolna sent 1,240 carts and Gorna 980, fewer than Dolna."
    c = only_comparison(text)
    assert c.verdict == "consistent"
    assert c.stated_value == 980


def test_than_naming_the_second_side_keeps_the_printed_order() -> None:
    text = (
        "In Dolna 5,200 of 8,000 came back and in Gorna 1,500 of 3,000, so that the share "
        "that came back to Dolna was higher than Gorna's."
    )
    c = only_comparison(text)
    assert c.verdict == "consistent"
    assert c.fit is not None
    assert c.fit.computed == pytest.approx(5200 / 8000)


# -- "than a ..." --------------------------------------------------------------------------


def test_than_a_person_is_a_thing_compared() -> None:
    text = (
        "In the camp a woman's chance of dying was lower than a man's, at 40 of 1,600 "
        "against 90 of 1,800."
    )
    c = only_comparison(text)
    assert c.verdict == "consistent"  # 2.5 against 5.0 percent
    assert printed_inputs(c) == ["40", "1,600", "90", "1,800"]


def test_than_a_person_read_the_wrong_way_is_a_slip() -> None:
    text = (
        "In the camp a woman's chance of dying was higher than a man's, at 40 of 1,600 "
        "against 90 of 1,800."
    )
    assert only_comparison(text).verdict == "inconsistent"


@pytest.mark.parametrize(
    "text",
    [
        "The camp held 4,120 men in 1946, more than a third of the 11,000 taken.",
        "The camp held 4,120 men in 1946 and 3,900 in 1947, more than a year later.",
        "Of the 4,120 men and 3,900 women, more than a hundred were sent on.",
    ],
)
def test_than_a_fraction_a_time_or_a_number_stays_a_bound(text: str) -> None:
    assert comparisons(text) == []


# -- a rate's noun and its comparative; "the higher of the two" ----------------------------


def test_the_higher_of_the_two_compares_the_two_proportions() -> None:
    text = (
        "In Dolna 6,100 of 9,600 returned and in Gorna 7,300 of 10,400, so that Dolna's rate "
        "of return was the {word} of the two."
    )
    slip = only_comparison(text.format(word="higher"))
    assert slip.verdict == "inconsistent"  # 63.5 against 70.2 percent
    assert printed_inputs(slip) == ["6,100", "9,600", "7,300", "10,400"]
    right = only_comparison(text.format(word="lower"))
    assert right.verdict == "consistent"
    assert right.stated_value == pytest.approx(6100 / 9600)


def test_the_noun_of_a_rate_with_its_comparative_further_on() -> None:
    text = (
        "Dubki buried 84 of the 12,900 who passed through and Lipki 47 of the 8,445, and the "
        "death rate at Dubki was {word} than at Lipki."
    )
    assert only_comparison(text.format(word="higher")).verdict == "consistent"
    assert only_comparison(text.format(word="lower")).verdict == "inconsistent"


def test_a_rate_compared_with_an_unprinted_side_is_not_judged() -> None:
    text = (
        "Dubki buried 84 of the 12,900 who passed through, and its death rate was lower "
        "than in the year before."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text))


# -- ranks over a list in the sentence before ------------------------------------------------

COUNTIES = (
    "The county returns give the persons taken: Bistrița handed over 12,400 persons, Argeș "
    "3,150, Vâlcea 2,870 and Prahova 1,980; together these make 20,400. "
)


def test_a_rank_with_an_adjective_of_its_margin_is_read() -> None:
    c = only_comparison(COUNTIES + "Argeș came a distant second.")
    assert c.verdict == "consistent"
    assert c.stated_value == 3150
    assert c.fit is not None
    assert c.fit.formula == "12400 > 3150 > 2870 > 1980"  # the total is no member


def test_a_rank_with_an_adjective_of_its_margin_can_be_a_slip() -> None:
    c = only_comparison(COUNTIES + "Vâlcea came a close second.")
    assert c.verdict == "inconsistent"  # 2,870 is third of the four
    assert c.stated_value == 2870


def test_a_second_thing_named_with_an_article_is_no_rank() -> None:
    assert comparisons(COUNTIES + "The county was a second home to many of them.") == []


# -- a verb of comparison with its sides named in the sentence before -------------------------

CONVOY = "In the spring the convoy left 820 settlers in Omsk and 640 in Tomsk. "


def test_a_verb_of_comparison_reads_the_counts_its_subject_and_object_name() -> None:
    c = only_comparison(CONVOY + "The Omsk settlers thus outnumbered those of Tomsk.")
    assert c.verdict == "consistent"
    assert c.stated_value == 820
    assert printed_inputs(c) == ["820", "640"]


def test_a_verb_of_comparison_said_the_wrong_way_is_a_slip() -> None:
    c = only_comparison(CONVOY + "The Tomsk settlers thus outnumbered those of Omsk.")
    assert c.verdict == "inconsistent"
    assert c.stated_value == 640


def test_trailed_is_fewer() -> None:
    assert only_comparison(CONVOY + "Tomsk trailed Omsk.").verdict == "consistent"


@pytest.mark.parametrize(
    "words",
    [
        "The Omsk settlers thus exceeded the plan.",  # no side named in the counts before
        "The Omsk settlers thus outnumbered all the others.",  # the rest as a whole
        "The Omsk intake thus exceeded 700.",  # a bound
    ],
)
def test_a_verb_without_two_named_sides_is_not_read(words: str) -> None:
    assert comparisons(CONVOY + words) == []


# -- an average size said of one of two amount-and-units pairs, with no "than" ---------------

CLAIMS = (
    "The farm claims, 8,000 in number, drew 360 million marks and the town claims, 5,000, "
    "drew 200 million, so that the average {noun} claim was {word}."
)


def test_an_average_said_of_the_pair_its_words_name() -> None:
    c = only_comparison(CLAIMS.format(noun="farm", word="larger"))
    assert c.verdict == "consistent"  # 45,000 marks a claim against 40,000
    assert c.stated_value == pytest.approx(360e6 / 8000)
    assert printed_inputs(c) == ["8,000", "360 million", "5,000", "200 million"]
    assert only_comparison(CLAIMS.format(noun="town", word="larger")).verdict == "inconsistent"


def test_an_average_said_of_a_name_both_clauses_hold_is_not_read() -> None:
    text = CLAIMS.replace("the town claims", "the farm claims of the towns")
    assert comparisons(text.format(noun="farm", word="larger")) == []


RELIEF = (
    "Dolna paid 34,000 leva to 680 families, while in Gorna 420 families shared 18,900 leva "
    "and so got {word} each."
)


def test_a_closing_clause_with_no_subject_of_its_own_is_said_of_the_last_pair() -> None:
    right = only_comparison(RELIEF.format(word="less"))  # 45 leva a family against 50
    assert right.verdict == "consistent"
    assert right.stated_value == pytest.approx(18900 / 420)
    assert only_comparison(RELIEF.format(word="more")).verdict == "inconsistent"


def test_a_closing_clause_with_a_subject_of_its_own_is_not_read() -> None:
    text = RELIEF.replace("and so got", "and the Gorna clerks got")
    assert comparisons(text.format(word="less")) == []


# -- "That was higher than ...": the subject is the proportion the sentence before ends on ---

AMUR = "In the Amur oblast 390 of the 9,750 died in 1949, 40 per 1,000. "


def test_that_is_the_proportion_the_sentence_before_ends_on() -> None:
    text = AMUR + "That was far {word} than in the Omsk oblast, where 440 of the 22,000 died."
    right = only_comparison(text.format(word="higher"))  # 4.0 against 2.0 percent
    assert right.verdict == "consistent"
    assert right.stated == "higher"
    assert right.stated_value == pytest.approx(390 / 9750)
    assert printed_inputs(right) == ["390", "9,750", "440", "22,000"]
    assert only_comparison(text.format(word="lower")).verdict == "inconsistent"


def test_that_is_not_read_when_the_sentence_before_goes_on_to_other_counts() -> None:
    text = (
        "In the Amur oblast 390 of the 9,750 died in 1949, and 2,100 were moved on. That was "
        "far lower than in the Omsk oblast, where 440 of the 22,000 died."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text))


def test_that_against_the_same_place_later_is_judged_on_the_two_proportions() -> None:
    text = AMUR + (
        "That was far lower than in the Amur oblast a year later, when 440 of 22,000 died."
    )
    c = only_comparison(text)
    assert c.verdict == "inconsistent"  # 4.0 percent is not lower than 2.0
    assert printed_inputs(c) == ["390", "9,750", "440", "22,000"]


def test_that_with_no_proportion_after_than_is_not_read() -> None:
    text = AMUR + (
        "That was far lower than the planners had feared, though 440 of 22,000 fell ill."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text))


def test_a_list_name_after_a_word_of_direction_is_matched_to_its_count() -> None:
    text = (
        "The returns counted 14,000 arrivals in all: 6,100 to Kazakhstan, 3,900 to "
        "Tajikistan, 2,600 to western Siberia and 1,400 to the Kola peninsula. Kazakhstan "
        "took 43.6 per cent of the arrivals, the largest group. Western Siberia, with under "
        "a fifth of them, ranked {word} among the receiving regions."
    )
    slip = [c for c in comparisons(text.format(word="second")) if c.stated == "second"]
    assert [c.verdict for c in slip] == ["inconsistent"]
    assert slip[0].stated_value == 2600
    right = [c for c in comparisons(text.format(word="third")) if c.stated == "third"]
    assert [c.verdict for c in right] == ["consistent"]


def test_a_than_clause_with_a_verb_of_its_own_does_not_swap_the_sides() -> None:
    text = (
        "Dolna had 5,200 of its 8,000 back by the spring, while only 1,500 of Gorna's 3,000 had "
        "come, a share higher than Dolna had seen before."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text))
