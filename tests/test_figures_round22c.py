"""Round 22c (issue #14): rates per unit read on the counts their nouns name, and a count left
after a loss no twin of the whole the loss is a rate of. Sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def rate_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return found


def inputs(c: Check) -> list[str]:
    return [f.quantity.text for f in c.inputs]


HOUSEHOLDS = (
    "The district return lists 212 households in Ozerki, 148 in Lipovka and 95 in Sosnovka, "
    "455 altogether, with 2,048 persons among them. "
)


def test_a_rate_whose_sentence_names_no_count_is_read_on_its_nouns_before() -> None:
    # 2,048 / 455 = 4.501: the persons it counts over the households it is per
    c = rate_at(HOUSEHOLDS + "That is 4.5 persons to a household.", "4.5")
    assert (c.verdict, inputs(c)) == ("consistent", ["2,048", "455"])
    assert c.fit is not None and abs(c.fit.computed - 2048 / 455) < 1e-9


def test_a_miss_on_counts_named_a_sentence_back_is_no_slip() -> None:
    # 2,048 / 455 = 4.5, not 5.5; the nearest count of a noun may be a part, so no flag
    c = rate_at(HOUSEHOLDS + "That is 5.5 persons to a household.", "5.5")
    assert c.verdict == "unverifiable"


def test_an_echelon_is_the_train_a_rate_is_per() -> None:
    text = (
        "When the loading closed, 31 echelons had taken 6,204 households with 27,280 persons "
        "away. The season thus ended with about 880 people to a train."
    )
    c = rate_at(text, "880")  # 27,280 / 31 = 880
    assert (c.verdict, inputs(c)) == ("consistent", ["27,280", "31"])


BARGES = (
    "The rest of the camp's 9,400, 2,180 persons, went in the river barges. "
    "The barges made 17 round trips, about {} passengers a trip."
)


def test_a_rate_per_unit_counted_in_its_sentence_on_the_count_just_before() -> None:
    c = rate_at(BARGES.format(128), "128")  # 2,180 / 17 = 128.2
    assert (c.verdict, inputs(c)) == ("consistent", ["2,180", "17"])


@pytest.mark.parametrize(("printed", "why"), [("228", "mistyped"), ("218", "transposed")])
def test_a_slip_on_the_counts_its_nouns_name_nearby_is_flagged(printed: str, why: str) -> None:
    c = rate_at(BARGES.format(printed), printed)
    assert (c.verdict, c.intended, inputs(c)) == ("inconsistent", "about 128", ["2,180", "17"])
    assert why in c.explanation


def test_a_count_of_another_noun_is_never_what_a_rate_is_per() -> None:
    # the households are counted two sentences back and the rate is no usual slip of
    # 3,412 / 760 = 4.49; the cows are no households
    text = (
        "The commission counted 3,412 persons in 760 households. It gave out 1,260 cows. "
        "That made about 3.7 persons to a household."
    )
    assert rate_at(text, "3.7").verdict == "unverifiable"


def test_a_count_left_after_the_loss_is_no_twin_of_the_whole() -> None:
    # 61 / 12,460 = 4.896 per 1,000; 12,399 = 12,460 - 61 is who arrived
    text = (
        "The trains took 12,460 people east. On the way 61 died, 4.9 per 1,000, and the "
        "commandants entered 12,399 settlers in their books."
    )
    c = rate_at(text, "4.9")
    assert (c.verdict, inputs(c)) == ("consistent", ["61", "12,460"])


def test_a_restated_whole_that_is_not_the_whole_less_the_loss_stays_a_twin() -> None:
    # 61 / 12,410 = 4.915 also prints as 4.9, and 12,410 is no 12,460 - 61
    text = (
        "The trains took 12,460 people east. On the way 61 died, 4.9 per 1,000, and the "
        "commandants entered 12,410 settlers in their books."
    )
    assert rate_at(text, "4.9").verdict == "ambiguous"


CONVOY = (
    "Of the convoy, 5,240 {} the Pavlodar oblast and 3,115 {} the Semipalatinsk oblast. The "
    "returns of 1939 record 612 deaths in the Pavlodar settlements and 240 in the "
    "Semipalatinsk ones. In Pavlodar the toll reached 117 per 1,000."
)


def test_a_count_sent_to_a_place_is_that_places_whole() -> None:
    # 612 / 5,240 * 1000 = 116.8: the deaths of the place over the count that went to it
    c = rate_at(CONVOY.format("went to", "to"), "117")
    assert (c.verdict, inputs(c)) == ("consistent", ["612", "5,240"])
    assert c.fit is not None and abs(c.fit.computed - 612 / 5240 * 1000) < 1e-9


def test_a_count_that_came_from_a_place_is_not_its_whole() -> None:
    assert rate_at(CONVOY.format("came from", "from"), "117").verdict == "unverifiable"


def test_a_count_divided_printed_twice_in_one_sentence_makes_the_rate_ambiguous() -> None:
    # 13,640 / 3,110 = 4.386 and 13,790 / 3,110 = 4.434 both print as 4.4
    text = (
        "The settlement office placed 3,110 families. Its first count gave 13,640 persons and "
        "a second, made after the late arrivals, 13,790, and the office planned on 4.4 persons "
        "to a family."
    )
    c = rate_at(text, "4.4")
    assert (c.verdict, inputs(c)) == ("ambiguous", ["13,640", "3,110"])
    assert [inputs(a) for a in c.alternatives] == [["13,790", "3,110"]]


def test_a_part_and_the_sum_it_makes_are_no_two_counts_of_one_thing() -> None:
    # 13,540 + 250 = 13,790: the settlers are a part of the people, not a first count of them
    text = (
        "The settlement office placed 3,110 families. It housed 13,540 settlers and 250 "
        "guards, 13,790 people in all, and the office planned on 4.4 persons to a family."
    )
    c = rate_at(text, "4.4")
    assert (c.verdict, inputs(c)) == ("consistent", ["13,790", "3,110"])


OXEN = "The column of 9,210 settlers set out with 1,840 wagons, drawn by 3,310 oxen, {} to a wagon."


def test_a_bare_rate_beside_a_count_divides_that_count() -> None:
    c = rate_at(OXEN.format("1.8"), "1.8")  # 3,310 / 1,840 = 1.799
    assert (c.verdict, inputs(c)) == ("consistent", ["3,310", "1,840"])


def test_an_exact_rate_beside_its_count_that_misses_is_flagged() -> None:
    c = rate_at(OXEN.format("1.4"), "1.4")  # 3,310 / 1,840 = 1.8, no usual slip of 1.4
    assert (c.verdict, c.intended, inputs(c)) == ("inconsistent", "1.8", ["3,310", "1,840"])
    assert c.fit is not None and abs(c.fit.computed - 3310 / 1840) < 1e-9


def test_an_approximate_rate_beside_its_count_that_misses_by_no_usual_slip_is_not() -> None:
    assert rate_at(OXEN.format("about 1.4"), "1.4").verdict == "unverifiable"


RECEIVED = (
    "The trains set out from Orsk with 12,300 deportees. At the destination the receiving "
    "commandants signed for 12,180 persons{}. From May to December the settlement books "
    "recorded 402 deaths and 350 births. Deaths outran births, at 33.0 per 1,000 of those "
    "received."
)


def test_a_whole_named_by_a_verb_is_the_count_its_clause_says_that_verb_of() -> None:
    # 402 / 12,180 * 1000 = 33.005; over the 12,300 who set out it would be 32.7
    c = rate_at(RECEIVED.format(""), "33.0")
    assert (c.verdict, inputs(c)) == ("consistent", ["402", "12,180"])
    assert c.fit is not None and abs(c.fit.computed - 402 / 12180 * 1000) < 1e-9


def test_a_verb_said_of_two_counts_names_no_whole() -> None:
    text = RECEIVED.format(" and the receiving farms took 3,900 persons")
    assert rate_at(text, "33.0").verdict == "unverifiable"


TENANTS = (
    "The district office counted 8,640 tenants of the state farms and 5,210 members of the "
    "artels. Of the 3,900 taken in the spring, 2,160 were tenants and the other 1,740 {}. The "
    "operation thus took {} of every 1,000 tenants in the district."
)


def test_a_rate_per_thousand_read_on_the_part_and_whole_its_noun_names() -> None:
    c = rate_at(TENANTS.format("artel members", "250"), "250")  # 2,160 / 8,640 * 1000 = 250
    assert (c.verdict, inputs(c)) == ("consistent", ["2,160", "8,640"])


def test_transposed_digits_of_such_a_rate_are_a_slip() -> None:
    c = rate_at(TENANTS.format("artel members", "520"), "520")
    assert (c.verdict, c.intended, inputs(c)) == ("inconsistent", "250", ["2,160", "8,640"])


def test_such_a_rate_that_misses_by_no_usual_slip_is_not_flagged() -> None:
    assert rate_at(TENANTS.format("artel members", "310"), "310").verdict == "unverifiable"


def test_a_sentence_before_with_two_counts_of_the_noun_names_no_part() -> None:
    text = TENANTS.format("were tenants' kin", "520")
    assert rate_at(text, "520").verdict == "unverifiable"
