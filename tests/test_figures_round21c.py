"""Round 21c (issue #14, rates): rules that read which figures a rate's words name.

Each test is written in our own words; the expected values were worked by hand."""

from __future__ import annotations

import pytest

from borderlands.figures.report import check_text


def rates(text: str) -> dict[str, tuple[str, str, float | None]]:
    """stated -> (verdict, formula, computed) of each rate check of ``text``."""
    return {
        c["stated"]: (c["verdict"], c["formula"], c["computed"])
        for c in check_text(text).to_json()["checks"]
        if c["kind"] == "rate"
    }


# -- a part joined to its whole by "of" names the whole the rate is of --------------------------


def test_a_rate_after_part_of_whole_is_read_on_that_whole_not_a_restated_one() -> None:
    text = ("On the march 1,286 of the 91,870 deportees died, 14 per 1,000, and the camps "
            "entered 90,584 deportees in their books.")  # fmt: skip
    verdict, formula, computed = rates(text)["14"]
    assert (verdict, formula) == ("consistent", "1,286 / 91,870 * 1000")
    assert computed == pytest.approx(13.998, abs=1e-3)  # 1286 / 91870 * 1000


def test_part_of_whole_with_no_article_between() -> None:
    text = ("Of 61,480 Romanians loaded, 61,000 arrived. Deaths among the Romanians were 143 "
            "of 61,480, or 2.3 per 1,000.")  # fmt: skip
    verdict, formula, computed = rates(text)["2.3"]
    assert (verdict, formula) == ("consistent", "143 / 61,480 * 1000")
    assert computed == pytest.approx(2.326, abs=1e-3)


def test_a_restated_whole_not_named_by_of_still_makes_the_rate_ambiguous() -> None:
    # 1,286 / 91,870 = 14.0 and 1,286 / 90,610 = 14.2 per 1,000: both print as 14 (90,610 is
    # no 91,870 less the 1,286 dead, which would be the survivors: test_figures_round22c)
    text = ("The lists named 91,870 deportees and the camps entered 90,610 deportees. On the "
            "march 1,286 deportees died, 14 per 1,000.")  # fmt: skip
    assert rates(text)["14"][0] == "ambiguous"


# -- "a settlement" after a count of settlements printed in words --------------------------------


def test_a_rate_a_settlement_reads_the_settlements_counted_in_words() -> None:
    text = ("The 1,830 horses bought at the fairs went to the twenty-two settlements at 83 a "
            "settlement.")
    verdict, formula, computed = rates(text)["83"]
    assert (verdict, formula) == ("consistent", "1,830 / twenty-two")
    assert computed == pytest.approx(83.18, abs=0.01)


def test_transposed_digits_of_such_a_rate_are_a_slip() -> None:
    text = ("The 1,830 horses bought at the fairs went to the twenty-two settlements at 38 a "
            "settlement.")
    assert rates(text)["38"][:2] == ("inconsistent", "1,830 / twenty-two")


def test_a_settlement_with_a_thing_of_its_own_is_no_rate() -> None:
    text = "The 1,830 horses went to the twenty-two settlements, and a settlement had a school."
    assert rates(text) == {}


# -- "to a train": the trains counted before, by the noun's plural -------------------------------


def test_a_rate_to_a_train_reads_the_trains_of_the_sentence_before() -> None:
    text = ("The office counted 9,610 families with 41,666 persons. The deportees travelled in "
            "58 trains. That gave about 720 people to a train.")  # fmt: skip
    verdict, formula, computed = rates(text)["720"]
    assert (verdict, formula) == ("consistent", "41,666 / 58")
    assert computed == pytest.approx(718.38, abs=0.01)


def test_a_rate_to_a_train_with_no_trains_counted_is_not_read() -> None:
    text = ("The office counted 9,610 families with 41,666 persons. The deportees travelled by "
            "rail. That gave about 720 people to a train.")  # fmt: skip
    assert rates(text)["720"][0] == "unverifiable"


# -- two rates matched to the groups the sentence names, in order --------------------------------

PLACES = ("Tarutino, the oldest colony, registered 3,912 persons in 861 households, and Arzis "
          "2,745 persons in 598 households. ")  # fmt: skip
REPUBLICS = ("The summaries give 7,488 families and 20,702 persons for Estonia, 13,624 families "
             "and 42,149 persons for Latvia, and 8,985 families and 31,917 persons for "
             "Lithuania. ")  # fmt: skip


def test_two_rates_at_two_places_are_read_on_each_places_counts() -> None:
    found = rates(PLACES + "That makes 4.5 persons to a household at Tarutino and 4.6 at Arzis.")
    assert found["4.5"][:2] == ("consistent", "3,912 / 861")
    assert found["4.5"][2] == pytest.approx(4.5436, abs=1e-4)
    assert found["4.6"][:2] == ("consistent", "2,745 / 598")
    assert found["4.6"][2] == pytest.approx(4.5903, abs=1e-4)


def test_the_groups_of_a_comparison_go_with_the_rates_in_their_order() -> None:
    found = rates(REPUBLICS + "Lithuanian families were larger than Estonian ones, with 3.6 "
                  "persons apiece against 2.8.")  # fmt: skip
    assert found["3.6"][:2] == ("consistent", "31,917 / 8,985")
    assert found["2.8"][:2] == ("consistent", "20,702 / 7,488")
    assert found["2.8"][2] == pytest.approx(2.7647, abs=1e-4)


def test_a_usual_slip_in_the_second_rate_is_flagged() -> None:
    found = rates(REPUBLICS + "Lithuanian families were larger than Estonian ones, with 3.6 "
                  "persons apiece against 8.2.")  # fmt: skip
    assert found["8.2"][:2] == ("inconsistent", "20,702 / 7,488")


def test_a_miss_by_no_usual_slip_is_not_flagged() -> None:
    found = rates(REPUBLICS + "Lithuanian families were larger than Estonian ones, with 3.6 "
                  "persons apiece against 3.1.")  # fmt: skip
    assert found.get("3.1", ("missing",))[0] != "inconsistent"


def test_a_name_carried_by_two_pairs_binds_neither() -> None:
    text = ("Arzis registered 2,745 persons in 598 households in May, and Arzis 2,801 persons in "
            "611 households in June. Tarutino registered 3,912 persons in 861 households. That "
            "makes 4.5 persons to a household at Tarutino and 4.6 at Arzis.")  # fmt: skip
    assert "counts printed for" not in str(check_text(text).to_json()["checks"])


# -- a rate's inputs are counts its words name, not quotients or chance counts --------------------


def test_a_divisor_printed_in_two_parts_joined_by_and_is_their_sum() -> None:
    text = ("With eight camp doctors and five sent from the capital, the 9,100 internees had one "
            "doctor for every 700.")  # fmt: skip
    verdict, formula, computed = rates(text)["700"]
    assert (verdict, formula) == ("consistent", "9,100 / (eight + five)")
    assert computed == pytest.approx(700.0)  # 9,100 / 13


def test_a_sum_that_misses_is_not_flagged() -> None:
    text = ("With eight camp doctors and five sent from the capital, the 9,100 internees had one "
            "doctor for every 1,400.")  # fmt: skip
    assert rates(text)["1,400"][0] == "unverifiable"


def test_one_guard_for_every_is_read_on_the_guards_not_on_the_wagons() -> None:
    text = ("The 1951 contingent of 5,260 deportees travelled in 86 wagons, watched by 438 "
            "guards, one guard for every twelve deportees.")  # fmt: skip
    verdict, formula, computed = rates(text)["twelve"]
    assert (verdict, formula) == ("consistent", "5,260 / 438")
    assert computed == pytest.approx(12.009, abs=1e-3)


def test_a_fit_over_the_wagons_does_not_make_one_guard_for_every_consistent() -> None:
    # 1,720 / 86 wagons is 20, but the words rate deportees per guard: 1,720 / 438 is 3.9
    text = ("The 1951 contingent travelled in 86 wagons. The 1,720 men were watched by 438 "
            "guards, one guard for every twenty deportees.")  # fmt: skip
    assert rates(text)["twenty"][0] == "unverifiable"


# -- a second load on the same vehicles is of the same travellers ---------------------------------

BOARDED = ("Of the 35,545 on the lists, 34,020 boarded 29 trains, 1,173 to a train on average. "
           "Some 262 died in the camps. The trains were made up of 1,160 goods wagons, or {} "
           "persons to a wagon.")  # fmt: skip


def test_a_load_on_the_vehicles_of_an_earlier_load_is_of_its_travellers() -> None:
    verdict, formula, computed = rates(BOARDED.format("29.3"))["29.3"]
    assert (verdict, formula) == ("consistent", "34,020 / 1,160")
    assert computed == pytest.approx(29.3276, abs=1e-4)


def test_a_fit_on_the_longer_list_does_not_hide_the_slip() -> None:
    # 35,545 / 1,160 is 30.6, but only 34,020 travelled: 29.3 a wagon
    verdict, formula, _ = rates(BOARDED.format("30.6"))["30.6"]
    assert (verdict, formula) == ("inconsistent", "34,020 / 1,160")


def test_a_load_of_another_group_on_other_vehicles_is_left_to_its_own_fit() -> None:
    text = ("The 2,140 persons of the spring convoy came in 46 barges, about 47 to a barge. In "
            "1931 the 5,220 settlers had come in 58 wagons, carrying about 90 persons to a "
            "wagon.")  # fmt: skip
    verdict, formula, _ = rates(text)["90"]
    assert (verdict, formula) == ("consistent", "5,220 / 58")


# -- a total the rounded amount a head was taken from is no slip of the product -------------------


def test_a_total_within_the_rounding_of_the_amount_a_head_is_not_flagged() -> None:
    # 19,260 heads at 36.5 to 37.5 kg make 703 to 722 tonnes: 712 lies within
    text = ("The luggage of the 19,260 deportees sent west was weighed at 712 tonnes, about 37 "
            "kilograms a head.")  # fmt: skip
    assert rates(text)["712"][0] == "consistent"


def test_a_total_outside_that_rounding_is_still_a_slip() -> None:
    # 38,000 at 645 to 655 grams make 24.5 to 24.9 tons: 27.4 has two digits transposed
    text = "Rations were issued to 38,000 prisoners at 650 grams a head, 27.4 tons a day."
    assert rates(text)["27.4"][:2] == ("inconsistent", "38,000 * 650 / 1000000")
