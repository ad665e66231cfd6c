"""Round 17b (issue #14): rate families read by the nouns and names the text gives their
inputs, on sentences of our own."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check

CAMPS = (
    "The Orel camp took in 8,000 people and the Tula camp 5,000. "
    "By spring 160 had died in Orel and 90 in Tula. "
)


def rate_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return found


def test_rates_per_thousand_of_places_read_from_the_counts_of_each_place() -> None:
    text = CAMPS + "The toll came to 20 per 1,000 in Orel and 18 per 1,000 in Tula."
    orel, tula = rate_at(text, "20"), rate_at(text, "18")
    assert orel.verdict == "consistent" and orel.fit is not None
    assert orel.fit.computed == 20.0
    assert [i.quantity.text for i in orel.fit.inputs] == ["160", "8,000"]
    assert tula.verdict == "consistent" and tula.fit is not None
    assert tula.fit.computed == 18.0
    assert [i.quantity.text for i in tula.fit.inputs] == ["90", "5,000"]


def test_a_bare_figure_listed_after_a_rate_per_thousand_is_a_rate_of_its_place() -> None:
    tula = rate_at(CAMPS + "The toll came to 20 per 1,000 in Orel and 18 in Tula.", "18")
    assert tula.verdict == "consistent" and tula.fit is not None
    assert [i.quantity.text for i in tula.fit.inputs] == ["90", "5,000"]


def test_a_place_named_before_its_rate_opens_the_clause() -> None:
    text = CAMPS + "In Orel the toll came to 20 per 1,000 settlers, in Tula to 18."
    assert rate_at(text, "18").verdict == "consistent"


def test_a_rate_of_a_place_with_one_part_and_one_whole_that_misses_is_a_slip() -> None:
    tula = rate_at(CAMPS + "The toll came to 20 per 1,000 in Orel and 28 in Tula.", "28")
    assert (tula.verdict, tula.intended) == ("inconsistent", "18")
    assert tula.fit is not None and tula.fit.computed == 18.0


def test_a_place_with_no_counts_printed_gives_no_reading() -> None:
    text = CAMPS + "The toll came to 20 per 1,000 in Kursk."
    assert all(c.verdict != "consistent" or c.stated != "20" for c in check_text(text).checks)


def test_the_first_word_of_a_sentence_is_no_place() -> None:
    text = "The Arrests camp took in 2,000 people. Arrests came to 87 per 1,000."
    assert all(c.verdict != "inconsistent" for c in check_text(text).checks)


SAVINGS = (
    "The lists named 2,000 families. Of them 1,500 families were taken. The 1,500 left on "
    "3 May. The 1,500 reached Omsk in June. The weather was cold. Nobody was ready. "
)


def test_a_rate_a_family_divides_by_the_count_of_families_printed_most_often() -> None:
    rate = rate_at(SAVINGS + "Their savings came to 300,000 rubles, 200 rubles a family.", "200")
    assert rate.verdict == "consistent" and rate.fit is not None
    assert [i.quantity.text for i in rate.fit.inputs] == ["300,000", "1,500"]


def test_kilograms_per_family_read_from_a_total_in_tonnes() -> None:
    text = (
        "The echelon lists record 30 tonnes of baggage. That comes to about 60 kilograms "
        "per family for the 500 families."
    )
    rate = rate_at(text, "60")
    assert rate.verdict == "consistent" and rate.fit is not None
    assert rate.fit.computed == 60.0
    assert [i.quantity.text for i in rate.fit.inputs] == ["30", "500"]


def test_kilograms_per_family_that_the_tonnes_do_not_give_are_not_consistent() -> None:
    text = (
        "The echelon lists record 30 tonnes of baggage. That comes to about 90 kilograms "
        "per family for the 500 families."
    )
    assert all(c.verdict != "consistent" or c.stated != "90" for c in check_text(text).checks)


ESCORT = (
    "The oblast counted 8,000 persons. The lists named 2,000 persons. "
    "The 2,000 were loaded on 3 May. Of the 2,000, 600 were children. "
    "The trains left at night. Women and children made up 1,500 persons. "
)


def test_one_for_every_n_deportees_is_of_the_persons_the_article_counts_most() -> None:
    # 1,500 / 100 = 15 and 8,000 / 100 = 80 miss; the 2,000, printed three times, give 20
    rate = rate_at(ESCORT + "The escort numbered 100 soldiers, one for every 20 deportees.", "20")
    assert rate.verdict == "consistent" and rate.fit is not None
    assert rate.fit.computed == 20.0
    assert [i.quantity.text for i in rate.fit.inputs] == ["2,000", "100"]


def test_one_for_every_n_that_no_whole_gives_is_not_consistent() -> None:
    text = ESCORT + "The escort numbered 100 soldiers, one for every 25 deportees."
    assert all(c.verdict != "consistent" or c.stated != "25" for c in check_text(text).checks)


def test_a_group_size_is_the_whole_counted_before_over_the_groups() -> None:
    text = "The first draft took 900 men in all. They left in 12 columns of about 75 men."
    rate = rate_at(text, "75")
    assert rate.verdict == "consistent" and rate.fit is not None
    assert rate.fit.computed == 75.0
    assert [i.quantity.text for i in rate.fit.inputs] == ["900", "12"]


def test_a_group_size_the_whole_does_not_give_is_not_consistent() -> None:
    text = "The first draft took 900 men in all. They left in 12 columns of about 95 men."
    assert all(c.verdict != "consistent" or c.stated != "95" for c in check_text(text).checks)


def test_households_of_a_count_unqualified_are_no_group_size() -> None:
    text = "The raion had 17,000 people. Its 1,845 households of 8,950 persons were listed."
    assert all(c.kind != "rate" for c in check_text(text).checks)


def test_a_rate_in_every_thousand_is_read_on_its_sentence_counts() -> None:
    # 90 / 400 * 1,000 = 225, printed with two digits swapped
    text = "The 90 arrests among the depot's 400 workers meant 252 in every 1,000."
    rate = rate_at(text, "252")
    assert (rate.verdict, rate.intended) == ("inconsistent", "225")


def test_a_consistent_rate_of_every_thousand() -> None:
    text = "The 90 arrests among the depot's 400 workers meant 225 of every 1,000."
    rate = rate_at(text, "225")
    assert rate.verdict == "consistent" and rate.fit is not None
    assert rate.fit.computed == 225.0
