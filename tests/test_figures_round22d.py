"""Round 22, multiples and durations: families read on a sentence's grammar (issue #14).

Each family is tested on sentences of our own, with the verdict, the value computed and the
inputs, and with phrasings it must leave alone."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.oneinwords import ones_in


def checks_of(text: str, stated: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.stated == stated]


def input_texts(c: Check) -> list[str]:
    return [i.quantity.text for i in c.inputs]


def computed(c: Check) -> float:
    assert c.fit is not None
    return c.fit.computed


# -- the two levels of "doubled" / "tripled" in the multiple's own sentence -------------------


def test_an_old_level_set_off_by_commas_and_the_new_one_after_to() -> None:
    text = ("Births, 140 in 1950, doubled to 281 in 1951 and rose to 390 in 1952, while "
            "deaths stayed near 500.")  # fmt: skip
    (c,) = checks_of(text, "doubled")
    assert (c.kind, c.verdict) == ("multiple", "consistent")
    assert computed(c) == pytest.approx(281 / 140)
    assert input_texts(c) == ["140", "281"]


def test_two_levels_joined_by_and_before_a_clause_of_consequence_a_slip_is_found() -> None:
    text = ("The office released 900 persons in 1955 and 1,830 in 1956, so that the yearly "
            "number tripled, and with the 700 freed in 1957 the list was closed.")  # fmt: skip
    (c,) = checks_of(text, "tripled")
    assert (c.kind, c.verdict, c.intended) == ("multiple", "inconsistent", "doubled")
    assert computed(c) == pytest.approx(1830 / 900)
    assert input_texts(c) == ["900", "1,830"]


def test_levels_in_the_order_printed_that_go_against_the_verb_are_not_read() -> None:
    text = ("The office released 1,830 persons in 1955 and 900 in 1956, so that the yearly "
            "number tripled, and with the 700 freed in 1957 the list was closed.")  # fmt: skip
    assert all(c.verdict != "inconsistent" for c in checks_of(text, "tripled"))


def test_a_fall_elsewhere_in_the_sentence_does_not_turn_the_levels_round() -> None:
    text = ("Deaths fell to 700 in 1950, and births, 140 in 1948, doubled to 281 in 1949 and "
            "rose to 390 in 1950.")  # fmt: skip
    (c,) = checks_of(text, "doubled")
    assert (c.verdict, c.fit and c.fit.formula) == ("consistent", "281 / 140")


# -- "which sent twice as many": the other side is the main clause's subject ------------------


def test_a_relative_clause_of_the_name_the_subject_is_set_against() -> None:
    text = ("Of the families of 1950, 6,300 (58.3 percent) came from Russia, 2,900 from "
            "Belorussia and 1,600 from Ukraine. Belorussia was thus second only to Russia, "
            "which sent more than twice as many families.")  # fmt: skip
    (c,) = checks_of(text, "more than twice as many")
    assert c.verdict == "consistent"
    assert computed(c) == pytest.approx(6300 / 2900)
    assert input_texts(c) == ["6,300", "2,900"]


def test_a_relative_clause_whose_ratio_misses_is_no_slip() -> None:
    text = ("Of the carts, 2,100 went to Omsk, 900 to Tomsk and 500 to Tara. Tomsk came after "
            "Omsk, which took about twice as many.")  # fmt: skip
    assert all(c.verdict != "inconsistent" for c in checks_of(text, "about twice as many"))


def test_a_main_clause_naming_two_others_leaves_the_other_side_open() -> None:
    text = ("Of the carts, 2,100 went to Omsk, 1,000 to Tomsk and 1,050 to Tara. Tomsk and Tara "
            "came after Omsk, which took twice as many.")  # fmt: skip
    assert checks_of(text, "twice as many") == []


# -- a fraction in words whose part and whole its words name ----------------------------------


def test_a_fraction_whose_subject_and_whole_name_two_counts_of_the_paragraph() -> None:
    text = ("The 3,120 family members were sent to forest settlements in the north. Among "
            "them were 1,630 children under sixteen, 1,100 women and 390 men over sixty. "
            "Children were thus over half of those bound for the settlements.")  # fmt: skip
    (c,) = checks_of(text, "over half")
    assert c.verdict == "consistent"
    assert computed(c) == pytest.approx(1630 / 3120 * 100)
    assert input_texts(c) == ["1,630", "3,120"]


def test_a_fraction_the_named_counts_do_not_give_is_not_called_a_slip() -> None:
    text = ("The 3,120 family members were sent to forest settlements in the north. Among "
            "them were 1,030 children under sixteen, 1,700 women and 390 men over sixty. "
            "Children were thus over half of those bound for the settlements.")  # fmt: skip
    (c,) = checks_of(text, "over half")
    assert c.verdict == "unverifiable"


def test_an_estimate_whose_subject_names_no_count_stays_unverifiable() -> None:
    text = ("The 3,120 family members were sent to forest settlements in the north. Among "
            "them were 1,630 children under sixteen. The commandant thought that about half "
            "of the settlements had no school.")  # fmt: skip
    (c,) = checks_of(text, "about half")
    assert c.verdict == "unverifiable"


# -- a span after the one date of its sentence, back to an event named by its noun -----------


def test_a_span_back_to_the_event_that_points_at_in_the_sentence_before() -> None:
    text = ("On 14 March 1949 the council approved the removal of the families. The "
            "operation opened on 13 June, thirteen weeks after that decision, and ended on "
            "the next day.")  # fmt: skip
    (c,) = [c for c in check_text(text).checks if c.kind == "duration"]
    assert (c.stated, c.verdict) == ("thirteen", "consistent")
    assert computed(c) == pytest.approx(13.0)  # 91 days


def test_a_span_back_to_an_event_named_by_the_noun_of_a_dated_clause() -> None:
    text = ("In a note handed over on 4 August 1950 the government asked for the border to "
            "open. The frontier was closed on 2 October 1950, fifty-nine days after the note "
            "was delivered.")  # fmt: skip
    (c,) = [c for c in check_text(text).checks if c.kind == "duration"]
    assert (c.stated, c.verdict) == ("fifty-nine", "consistent")
    assert computed(c) == pytest.approx(59.0)


def test_a_span_that_misses_the_named_event_is_no_slip() -> None:
    text = ("On 14 March 1949 the council approved the removal of the families. The "
            "operation opened on 13 June, nine weeks after that decision, and ended on the "
            "next day.")  # fmt: skip
    durations = [c for c in check_text(text).checks if c.kind == "duration"]
    assert [c.verdict for c in durations] == ["unverifiable"]


def test_a_sentence_before_with_two_dates_names_no_one_event_for_that() -> None:
    text = ("On 14 March 1949 the council approved the removal, and on 2 April the ministry "
            "named the districts. The operation opened on 13 June, thirteen weeks after that "
            "decision.")  # fmt: skip
    assert all(c.verdict != "inconsistent" for c in check_text(text).checks)


# -- a fraction in words opening a reported clause is an estimate ----------------------------


def test_a_fraction_in_a_reported_clause_is_not_fitted_on_unrelated_figures() -> None:
    text = ("By 1950 the commandants had entered 512 deaths, 61.5 per 1,000. They worked from "
            "16 offices, and they reckoned that about a quarter of their settlers had left "
            "the settlement at least once.")  # fmt: skip
    (c,) = checks_of(text, "about a quarter")
    assert (c.verdict, c.fit) == ("unverifiable", None)


def test_a_fraction_in_words_with_its_own_counts_is_still_read() -> None:
    text = ("Of the 4,800 settlers, 1,190 left the settlement at least once, about a quarter "
            "of them.")  # fmt: skip
    (c,) = checks_of(text, "about a quarter")
    assert c.verdict == "consistent"
    assert computed(c) == pytest.approx(1190 / 4800 * 100)


# -- a fraction in words restated at once by a figure judged on its own part and whole -------


def test_a_fraction_restated_by_a_rate_takes_the_rate_s_part_and_whole() -> None:
    text = ("In Pskov the board made 2,100 of the oblast's 3,310 arrests. The census had found "
            "23,400 Estonians in the oblast, so that the operation took one in seven of them, "
            "141 per 1,000.")  # fmt: skip
    (c,) = checks_of(text, "one in seven")
    assert c.verdict == "consistent"
    assert computed(c) == pytest.approx(3310 / 23400 * 100)
    assert input_texts(c) == ["3,310", "23,400"]


def test_a_restating_rate_that_is_itself_unverified_leaves_the_fraction_unverified() -> None:
    text = ("The census had found 23,400 Estonians in the oblast, and the operation took one "
            "in seven of them, 141 per 1,000.")  # fmt: skip
    (c,) = checks_of(text, "one in seven")
    assert c.verdict == "unverifiable"


# -- "four villages in five": the plural noun of the things counted --------------------------


def test_a_plural_noun_after_a_count_above_one_is_a_fraction_in_words() -> None:
    text = "Put another way, four villages in five had been abandoned."
    (o,) = ones_in(text, 0, len(text))
    assert text[o.start : o.end] == "four villages in five"
    assert o.share == pytest.approx(80.0)


@pytest.mark.parametrize(
    "text",
    [
        "One villages in five had been abandoned.",  # a plural after "one": no counted noun
        "Four days in five were lost to rain.",  # a time, not a share of a group
        "Two of them in five cases were late.",
    ],
)
def test_no_fraction_in_words_without_a_noun_in_the_number_of_its_count(text: str) -> None:
    assert ones_in(text, 0, len(text)) == []
