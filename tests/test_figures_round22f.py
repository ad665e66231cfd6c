"""Rules mended after the blind measurement of round twenty-two (sentences of our own)."""

from __future__ import annotations

from borderlands.figures.report import check_text


def verdicts(text: str) -> dict[str, str]:
    return {c["stated"]: c["verdict"] for c in check_text(text).to_json()["checks"]}


def test_a_day_of_a_month_before_a_list_count_is_no_earlier_count() -> None:
    """The count of a colon list is checked when the only number before it in its clause is
    the day of a date: "15 March" counts nothing."""
    text = ("A decree of 15 March 1940 sent the families to five camps: Alg, Bet, Cov, Dar, "
            "Eft and Fal. Each camp kept a register.")
    assert verdicts(text)["five"] == "inconsistent"
    right = text.replace("five camps", "six camps")
    assert verdicts(right)["six"] == "consistent"


def test_a_count_of_a_plural_noun_before_the_list_count_still_holds_it_back() -> None:
    """ "eight districts on the two sides of the border: ..." lists the districts, not the
    sides: no miscount of "two"."""
    text = ("The raid covered eight districts on the two sides of the border: Alg, Bet, Cov, "
            "Dar, Eft, Fal, Gor and Hun.")
    assert verdicts(text).get("two") != "inconsistent"
