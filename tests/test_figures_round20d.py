"""Round 20d (issue #14): multiples and durations read on the things their words name.

A duration is a slip only when both its ends are the dates its words name; a bound
("within twelve months") is met by any shorter span; "more than twice" is a multiple, not
an order of two sides; a fraction set beside "<count> of these" is of the count "these"
points back to."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.fractionnoun import is_rate_base
from borderlands.figures.passages import Located, locate_all, passages_from_text


def only(text: str, kind: str) -> Check:
    (check,) = [c for c in check_text(text).checks if c.kind == kind]
    return check


# -- durations: the event's end --------------------------------------------------------------


def test_a_date_of_a_sibling_clause_is_no_end_of_a_span_after_an_event() -> None:
    check = only(
        "Of the 900 held back, 500 were sent west in 1930 and the other 400 only in 1934, "
        "six years after the first convoys.",
        "duration",
    )
    assert check.verdict == "unverifiable"
    assert check.fit is None


def test_the_year_the_text_gives_the_event_is_the_span_s_start() -> None:
    text = (
        "The clearing of the valley took place in 1931. Of the families, 300 came back in "
        "1935 and the other 200 only in 1938, {n} years after the clearing."
    )
    right = only(text.format(n="seven"), "duration")
    assert (right.verdict, right.fit.computed if right.fit else None) == ("consistent", 7.0)
    assert right.fit is not None and right.fit.formula == "1938 - 1931"
    slip = only(text.format(n="eight"), "duration")
    assert (slip.verdict, slip.intended) == ("inconsistent", "seven")


def test_a_span_between_an_events_own_dates_is_still_judged() -> None:
    check = only("The families were removed in 1931 and released in 1936, six years after "
                 "the removal.", "duration")  # fmt: skip
    assert check.verdict == "inconsistent"


# -- durations: ends told as the other end of another span ------------------------------------


def test_a_date_told_as_a_close_is_no_start_of_a_span_counted_on() -> None:
    check = only(
        "The first phase was over on 12 March 1932. The last convoy departed on "
        "2 February 1933, so that the whole clearing was done within twelve months.",
        "duration",
    )
    assert check.verdict == "unverifiable"


def test_a_span_from_a_close_to_a_later_event_is_still_judged() -> None:
    # 4 March to 15 April: 42 days, six weeks, not five
    check = only("The talks ended on 4 March 1938, and the loading began on 15 April. The "
                 "officers thus had five weeks to draw up their lists.", "duration")  # fmt: skip
    assert (check.verdict, check.intended) == ("inconsistent", "six")


def test_a_camp_opened_and_emptied_is_counted_between_its_own_dates() -> None:
    check = only("The camp opened on 3 May 1932 and was emptied on 9 June 1932, after "
                 "thirty-seven days.", "duration")  # fmt: skip
    assert (check.verdict, check.fit.computed if check.fit else None) == ("consistent", 37.0)


# -- durations: bounds -----------------------------------------------------------------------


def test_within_a_bound_a_shorter_span_is_consistent() -> None:
    check = only("The camp opened on 3 May 1932 and was emptied on 20 June 1932, within two "
                 "months.", "duration")  # fmt: skip
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(48 / 30.4375)


def test_a_span_longer_than_its_bound_is_still_a_slip() -> None:
    check = only("The camp opened on 3 May 1932 and was emptied on 20 September 1932, within "
                 "four months.", "duration")  # fmt: skip
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(140 / 30.4375)
    # more than twice the bound: the span is kept as the candidate of an unverifiable
    # claim (borderlands.figures.slipshape)
    far = only("The camp opened on 3 May 1932 and was emptied on 20 September 1932, within "
               "two months.", "duration")  # fmt: skip
    assert far.verdict == "unverifiable"
    assert [a.computed for a in far.alternatives] == [pytest.approx(140 / 30.4375)]


# -- multiples -------------------------------------------------------------------------------


def test_more_than_twice_is_no_order_of_two_sides() -> None:
    """ "Orel sent more than twice the settlers of Tula" is a multiple (a slip here: 2,400
    is no double of 6,100), not the order "Orel sent more than Tula"."""
    checks = check_text("Orel sent 2,400 settlers and Tula 6,100. Orel sent more than twice "
                        "the settlers of Tula.").checks  # fmt: skip
    assert [c.kind for c in checks if c.kind == "comparison"] == []


def test_a_plain_order_of_two_named_sides_is_still_read() -> None:
    check = only("Of the settlers, 800 came from Tula and 300 from Orel. Later Orel sent more "
                 "than Tula.", "comparison")  # fmt: skip
    assert (check.verdict, check.intended) == ("inconsistent", "fewer")


# -- fractions beside "<count> of these" ------------------------------------------------------


def test_a_fraction_of_these_is_of_the_count_these_points_back_to() -> None:
    check = only("Of the 5,000 who left, 3,000 reached the coast, and 600 of these, one in "
                 "five, were fishermen.", "fraction")  # fmt: skip
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.inputs] == ["600", "3,000"]
    assert check.fit is not None and check.fit.computed == pytest.approx(20.0)


def test_a_fraction_of_these_that_the_counts_deny_is_a_slip() -> None:
    check = only("Of the 5,000 who left, 3,000 reached the coast, and 900 of these, one in "
                 "five, were fishermen.", "fraction")  # fmt: skip
    assert (check.verdict, check.intended) == ("inconsistent", "about a third")
    assert [f.quantity.text for f in check.inputs] == ["900", "3,000"]


# -- fractions read on the base of a rate -----------------------------------------------------


def located(text: str) -> dict[str, Located]:
    found = locate_all(passages_from_text(text), lambda _: 1, lambda _: None)
    return {f.quantity.text: f for f in found}


def test_the_base_of_a_rate_is_no_whole_of_a_fraction() -> None:
    figures = located("Its 96 arrests among 400 miners meant 240 in every 1,000, and 30 per "
                      "1,000 died. Of the 1,200 settlers, 300 came from the south.")  # fmt: skip
    assert [t for t, f in figures.items() if is_rate_base(f)] == ["1,000"]
    assert not is_rate_base(figures["1,200"])


def test_a_fraction_of_a_printed_count_is_still_judged() -> None:
    check = only("Of the 1,200 settlers, 300, about a third, came from the south.", "fraction")
    assert check.verdict == "inconsistent"
    assert [f.quantity.text for f in check.inputs] == ["300", "1,200"]


# -- "more than twice": any ratio above two ----------------------------------------------------


@pytest.mark.parametrize(("later", "ratio"), [("2,450", 3.5), ("1,450", 1450 / 700)])
def test_more_than_twice_holds_for_any_ratio_above_two(later: str, ratio: float) -> None:
    check = only(f"In 1930 the camp held 700 men; in 1935 it held {later}, more than twice as "
                 "many.", "multiple")  # fmt: skip
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(ratio)


def test_more_than_twice_below_two_is_a_slip() -> None:
    check = only("In 1930 the camp held 700 men; in 1935 it held 1,300, more than twice as "
                 "many.", "multiple")  # fmt: skip
    assert check.verdict == "inconsistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(1300 / 700)


# -- "one in N <noun>": the noun names the whole ------------------------------------------------


def test_one_in_four_of_a_named_noun_is_no_fit_of_other_things() -> None:
    check = only("The depot had 30 stoves and 120 lamps, and the warden wrote that one in four "
                 "newcomers arrived without boots.", "fraction")  # fmt: skip
    assert check.verdict == "unverifiable"
    assert check.fit is None


def test_one_in_four_of_the_counted_noun_is_still_read() -> None:
    check = only("The depot took in 400 newcomers, and one in four newcomers, 100 in all, came "
                 "without boots.", "fraction")  # fmt: skip
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.inputs] == ["100", "400"]


# -- "as many A as B" after a group split in two ------------------------------------------------

SPLIT = (
    "Of the 3,000 detained, 1,900 held local papers and {rest} 1,100 were subjects of the "
    "crown. "
)


def test_the_unnamed_side_of_a_split_in_two_is_the_other_count() -> None:
    check = only(SPLIT.format(rest="the other") + "Local men were thus almost twice as numerous "
                 "among the detained as foreigners.", "comparison")  # fmt: skip
    assert check.verdict == "consistent"
    assert [f.quantity.text for f in check.inputs] == ["1,900", "1,100"]
    slip = only(SPLIT.format(rest="the other") + "Local men were thus three times as numerous "
                "among the detained as foreigners.", "comparison")  # fmt: skip
    assert (slip.verdict, slip.intended) == ("inconsistent", "1.73 times")


def test_no_side_is_guessed_without_a_split_into_the_other() -> None:
    checks = check_text(SPLIT.format(rest="some") + "Local men were thus three times as "
                        "numerous among the detained as foreigners.").checks  # fmt: skip
    assert [c for c in checks if c.verdict == "inconsistent"] == []


def test_sides_named_by_neither_count_are_not_read() -> None:
    checks = check_text("The town lost 1,900 houses and the other 1,100 barns. Later three "
                        "times as many churches burned as schools.").checks  # fmt: skip
    assert [c for c in checks if c.kind in ("comparison", "multiple")] == []
