"""Remainders, sums and counts of lists mended after the blind measurement of round twenty-three
(sentences of our own)."""

from __future__ import annotations

from typing import Any

from borderlands.figures.report import check_text


def checks(text: str) -> dict[str, dict[str, Any]]:
    return {c["stated"]: c for c in check_text(text).to_json()["checks"]}


# -- a total whose parts a possessive counts --------------------------------------------------


def test_a_possessive_counts_the_parts_of_a_total_like_the() -> None:
    """ "the bureau's three district returns" counts three parts as "the three district
    returns" would: the last three counts before it."""
    text = ("Of these the north gave 12,110, the centre 9,405 and the south, with its scattered "
            "hamlets, 2,318. The fuel ran out twice. The bureau's three district returns add up "
            "to 23,833 persons.")
    found = checks(text)["23,833"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("sum", "consistent", 23833)
    assert found["formula"] == "12,110 + 9,405 + 2,318"
    slipped = checks(text.replace("23,833", "28,333"))["28,333"]
    assert (slipped["verdict"], slipped["computed"]) == ("inconsistent", 23833)


def test_a_sum_the_words_add_up_to_is_exact_not_a_bound() -> None:
    """ "add up to 25,120": "up to" belongs to the verb, so a figure above or below the sum
    is no fit (it had been read as a bound the sum kept under)."""
    text = ("Of these the north gave 12,110, the centre 9,405 and the south 2,318. The bureau's "
            "three district returns add up to 25,120 persons.")
    assert checks(text).get("25,120", {}).get("verdict") != "consistent"
    exact = checks(text.replace("25,120", "23,833"))["23,833"]
    assert (exact["verdict"], exact["computed"]) == ("consistent", 23833)


# -- a gap against a quota its own clause sets ------------------------------------------------


def test_a_shortfall_against_a_quota_set_in_the_clause() -> None:
    text = "Lindholm, set 8,400 settlers, took in 7,915 and so stayed 485 below its quota."
    found = checks(text)["485"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("remainder", "consistent", 485)
    assert found["formula"] == "8,400 - 7,915"
    slipped = checks(text.replace("485 below", "458 below"))["458"]
    assert (slipped["verdict"], slipped["computed"]) == ("inconsistent", 485)


def test_an_overshoot_said_before_the_gap_after_a_contrast() -> None:
    """The clause after ", whereas" sets its own quota: the first clause's counts are no
    inputs of the second gap."""
    text = ("Brand, assigned 3,000 families, housed 2,940, whereas Ostby, assigned 2,200, "
            "housed 2,610 and overshot its quota by 410.")
    found = checks(text)["410"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("remainder", "consistent", 410)
    assert found["formula"] == "2,610 - 2,200"
    slipped = checks(text.replace("by 410", "by 401"))["401"]
    assert (slipped["verdict"], slipped["computed"]) == ("inconsistent", 410)


def test_a_gap_on_the_other_side_than_the_words_say_is_not_read_as_a_slip() -> None:
    """ "below its quota" while the count done passed the plan: the words and the figures
    disagree on more than a slip, and no reading of this rule stands."""
    text = "Lindholm, set 8,400 settlers, took in 8,885 and so stayed 485 below its quota."
    assert checks(text).get("485", {}).get("verdict") != "inconsistent"


def test_no_plan_word_before_either_count_reads_no_gap() -> None:
    """Neither count is marked as the plan: taking the larger for it would pick it for its
    arithmetic."""
    text = "Lindholm had 8,400 settlers, took in 7,915 more and stayed 458 below its quota."
    assert checks(text).get("458", {}).get("verdict") != "inconsistent"


# -- a colon list whose items are clauses with figures ---------------------------------------


RULES = ("The order laid down three rules: no camp within 40 kilometres of the frontier, none "
         "nearer than 15 kilometres to a railway junction, and no more than a fifth of any "
         "district's houses to be taken over for the newcomers.")


def test_a_serial_list_of_clauses_with_figures_agrees_with_its_count() -> None:
    found = checks(RULES)["three"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("count", "consistent", 3)


def test_a_list_of_clauses_that_disagrees_is_left_unread() -> None:
    """Its items hold figures and clauses: a comma may cut one item in two, so a count the
    commas do not give is no miscount."""
    text = RULES.replace("three rules", "two rules")
    assert checks(text).get("two", {}).get("verdict") != "inconsistent"
    assert "two" not in checks(text) or checks(text)["two"]["kind"] != "count"


def test_a_list_of_clauses_without_a_serial_and_is_left_unread() -> None:
    text = RULES.replace(", and no more", " and no more")
    assert "three" not in checks(text)


def test_the_day_of_a_date_before_a_colon_list_is_no_count() -> None:
    """ "The order of 12 April 1946 set three rules:": the count is "three", not the 12."""
    text = RULES.replace("The order laid", "The order of 12 April 1946 laid")
    found = checks(text)["three"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("count", "consistent", 3)


def test_a_miscount_after_a_date_is_flagged_on_short_items() -> None:
    text = "The decree of 3 June named four camps: Alg, Bet, Dor, Eft and Cov."
    found = checks(text)["four"]
    assert (found["verdict"], found["computed"]) == ("inconsistent", 5)


def test_a_last_item_with_a_phrase_after_it_is_no_miscount() -> None:
    """ "Alg, Bet, Dor and Cov, each with a well": the words after the last comma may belong
    to the last item, as the plain reading takes them: no flag."""
    text = "The decree of 3 June named four camps: Alg, Bet, Dor and Cov, each with a well."
    assert checks(text).get("four", {}).get("verdict") != "inconsistent"


# -- a total of named parts listed across a full stop -----------------------------------------

SPLIT_LIST = ("The district of Arvik took in 31,420 of them (41 percent). Belsk received 22,305, "
              "Corno 12,110 and Dalby 9,880. Arvik and Belsk together received 53,725.")


def test_named_parts_in_two_sentences_that_follow_each_other_add_up() -> None:
    found = checks(SPLIT_LIST)["53,725"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("sum", "consistent", 53725)
    assert found["formula"] == "31,420 + 22,305"


def test_one_mistyped_digit_of_a_long_named_total_is_a_slip() -> None:
    found = checks(SPLIT_LIST.replace("53,725", "63,725"))["63,725"]
    assert (found["verdict"], found["computed"]) == ("inconsistent", 53725)


def test_one_digit_off_a_short_named_total_is_no_slip() -> None:
    """ "47" against a sum of 57: one digit off a short figure is as likely another count."""
    text = ("Arvik sent 31 carts to the station. Belsk sent 26, Corno 12. Arvik and Belsk "
            "together sent 47 carts.")
    assert checks(text).get("47", {}).get("verdict") != "inconsistent"


def test_named_parts_further_apart_are_not_joined() -> None:
    """Parts three sentences apart may belong to two lists: no reading across them."""
    text = ("The district of Arvik took in 31,420 of them. The roads were bad. The rains came "
            "early. Belsk received 22,305, Corno 12,110 and Dalby 9,880. Arvik and Belsk "
            "together received 63,725.")
    assert checks(text).get("63,725", {}).get("verdict") != "inconsistent"


# -- a total carried forward by the part a sentence opens on ----------------------------------

CARRIED = ("In the town, 41,207 of the applicants had gone by June, leaving 6,310 on the lists. "
           "With the 18,455 from the villages, the offices counted 59,662 departures in all.")


def test_a_sentence_opening_on_with_adds_its_part_to_the_count_before() -> None:
    found = checks(CARRIED)["59,662"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("sum", "consistent", 59662)
    assert found["formula"] == "41,207 + 18,455"
    slipped = checks(CARRIED.replace("59,662", "59,626"))["59,626"]
    assert (slipped["verdict"], slipped["computed"]) == ("inconsistent", 59662)


def test_the_base_may_stand_two_sentences_back() -> None:
    text = ("Between May and June the commandants took 7,316 persons, 4,010 of them women. That "
            "was a higher share of women than in the north. With the 22,508 from the north, "
            "29,824 people had thus been taken in the two regions.")
    found = checks(text)["29,824"]
    assert (found["verdict"], found["formula"]) == ("consistent", "7,316 + 22,508")


def test_a_part_among_the_total_is_no_addition() -> None:
    """ "With the 156 children among them": a subset of the total, not added to it."""
    text = ("The settlements held 11,904 people in the spring. With the 156 children among "
            "them, the settlements held 12,160 people.")
    assert checks(text).get("12,160", {}).get("formula") != "11,904 + 156"


def test_with_and_no_count_after_the_comma_reads_nothing() -> None:
    text = ("In the town, 41,207 of the applicants had gone by June. With the 18,455 from the "
            "villages, the offices closed their books.")
    assert "18,455" not in checks(text) or checks(text)["18,455"]["kind"] != "sum"


def test_a_plan_said_by_was_to_marks_the_plan_of_the_clause() -> None:
    text = ("The county was to send 2,600 families but loaded 2,315 and fell short of its quota "
            "by 285.")
    found = checks(text)["285"]
    assert (found["verdict"], found["formula"]) == ("consistent", "2,600 - 2,315")
    slipped = checks(text.replace("by 285", "by 258"))["258"]
    assert (slipped["verdict"], slipped["computed"]) == ("inconsistent", 285)


# -- a second total over the parts of a counted total -----------------------------------------

SERIES = ("The Poles of the Arvik district, 12,410 in the returns of 1946, numbered 930 in the "
          "census of 1958. The Belsk district, with 1,205 in 1958 out of 15,306 removed, kept "
          "more of its people. The two districts together held 2,135 Poles, where 27,716 had been "
          "loaded in 1946.")


def test_a_second_total_adds_the_figures_printed_beside_each_part() -> None:
    found = checks(SERIES)["27,716"]
    assert (found["kind"], found["verdict"], found["computed"]) == ("sum", "consistent", 27716)
    assert found["formula"] == "12,410 + 15,306"
    slipped = checks(SERIES.replace("27,716", "27,761"))["27,761"]
    assert (slipped["verdict"], slipped["computed"]) == ("inconsistent", 27716)


def test_no_second_total_where_a_part_sentence_prints_two_other_counts() -> None:
    """Two candidates beside a part: the sentence does not say which is its pair."""
    text = SERIES.replace("in the returns of 1946,", "in the returns of 1946 and 11,980 in 1947,")
    assert checks(text).get("27,716", {}).get("formula") != "12,410 + 15,306"
    assert checks(text.replace("27,716", "27,761")).get("27,761", {}).get("verdict") != (
        "inconsistent"
    )
