"""Round 22, multiples and durations: families read on a sentence's grammar (issue #14).

Each family is tested on sentences of our own, with the verdict, the value computed and the
inputs, and with phrasings it must leave alone."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


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
