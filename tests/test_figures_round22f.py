"""Rules mended after the blind measurement of round twenty-two (sentences of our own)."""

from __future__ import annotations

import pytest

from borderlands.figures.quantities import extract_quantities
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


def test_months_between_two_bare_years_are_a_range_not_a_count() -> None:
    """From 1948 to 1949 may be a month or almost two years: "twenty months" cannot be
    checked on those dates, and is no slip (it had been read as twelve months)."""
    text = "The camp opened in 1948 and closed in 1949, some twenty months later."
    check = next(c for c in check_text(text).to_json()["checks"] if c["kind"] == "duration")
    assert check["verdict"] == "unverifiable"
    assert "1 to 23 months" in check["explanation"]


def test_months_between_dates_with_their_months_are_still_counted() -> None:
    text = "The camp opened in March 1948 and closed in May 1949, fourteen months later."
    assert verdicts(text)["fourteen"] == "consistent"
    assert verdicts(text.replace("fourteen", "nineteen"))["nineteen"] == "inconsistent"


REGISTER = ("The register lists 148,320 persons for Viipuri, 103,940 for Kakisalmi, 96,215 for "
            "Sortavala and 58,755 for Salmi. ")


@pytest.mark.parametrize(
    "text",
    [REGISTER + "Salmi, the most remote of the four, supplied few.",
     REGISTER + "Salmi, the least crowded of them, lay on the lake."],
)
def test_most_and_least_before_an_adjective_grade_a_quality(text: str) -> None:
    assert not [c for c in check_text(text).to_json()["checks"] if c["kind"] == "comparison"]


def test_the_most_of_the_count_is_still_ranked() -> None:
    assert verdicts(REGISTER + "Salmi sent the most.")["most"] == "inconsistent"
    assert verdicts(REGISTER + "Salmi, with the most persons, led.")["most"] == "inconsistent"
    assert verdicts(REGISTER + "Viipuri sent the most.")["most"] == "consistent"


def test_pages_and_sheets_of_a_file_are_no_counts() -> None:
    """ "listed on pages 3 to 11", "file 311, sheets 14-27": locators, not counts (a range
    of pages had been read as a part of the list before it)."""
    text = ("The decision named the towns: 74 in Vaasa, 51 in Oulu, 48 in Kuopio, 39 in Mikkeli "
            "and 44 in Turku, 256 in all, listed on pages 3 to 11 of its annex.")
    assert [c["stated"] for c in check_text(text).to_json()["checks"]] == ["256"]
    assert verdicts(text)["256"] == "consistent"
    for cited in ("the register (file 311, sheets 14-27) gives them", "see page 14 of it",
                  "on folios 3 and 4 of the file"):
        assert not extract_quantities(cited), cited


def test_a_count_after_the_new_level_of_halved_is_no_old_level() -> None:
    """ "halved, to 2,431, which brings the two years to 7,293": the later count sums the
    two years; the old level is the one of the sentence before."""
    text = ("The camps recorded 4,862 deaths in 1945. In 1946 the toll halved, to 2,431, "
            "which brings the dead of the two years to 7,293.")
    check = next(c for c in check_text(text).to_json()["checks"] if c["stated"] == "halved")
    assert (check["verdict"], check["formula"]) == ("consistent", "2,431 / 4,862")


@pytest.mark.parametrize("after", ["from 4,862", ", against 4,862 the year before",
                                   ", up from 4,862"])
def test_an_old_level_named_after_the_new_one_is_still_read(after: str) -> None:
    text = f"In 1946 the toll doubled, to 9,700{'' if after.startswith(',') else ' '}{after}."
    check = next(c for c in check_text(text).to_json()["checks"] if c["stated"] == "doubled")
    assert (check["verdict"], check["formula"]) == ("consistent", "9,700 / 4,862")
