"""Issue #14, round 13b: shares, rates and remainders read without their inputs. Each family
is tested on sentences of our own, with the arithmetic done by hand in the comments."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.membershares import member_subject
from borderlands.figures.pairedrates import per_unit

LISTING = (
    "The census gave 4,200 persons for Lugovoe, 2,600 for Sosnovka and 1,200 for Ivanovka, "
    "8,000 altogether. "
)


def share_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "share" and c.stated == stated]
    return found


def inputs_of(c: Check) -> list[str]:
    assert c.fit is not None
    return [f.quantity.text for f in c.fit.inputs]


# -- a share said of a member of a list counted before (membershares) --------------------


def test_a_members_share_is_its_count_over_the_listings_printed_total() -> None:
    # 4,200 / 8,000 = 52.5 percent
    c = share_at(LISTING + "Lugovoe supplied 52.5 percent of the settlers.", "52.5 percent")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["4,200", "8,000"]
    assert c.fit is not None and c.fit.computed == pytest.approx(52.5)


def test_the_second_share_of_a_pair_names_its_member_bare() -> None:
    # 2,600 / 8,000 = 32.5 percent
    text = LISTING + "Lugovoe supplied 52.5 percent of the settlers and Sosnovka 32.5 percent."
    c = share_at(text, "32.5 percent")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["2,600", "8,000"]


def test_a_members_share_with_two_digits_transposed_is_flagged() -> None:
    # 4,200 / 8,000 = 52.5, printed 25.5
    c = share_at(LISTING + "Lugovoe supplied 25.5 percent of the settlers.", "25.5 percent")
    assert (c.verdict, c.intended) == ("inconsistent", "52.5")


def test_a_wide_miss_on_a_members_share_is_left_unverifiable() -> None:
    # 52.5 is no usual slip of 40: the author may mean another whole
    c = share_at(LISTING + "Lugovoe supplied 40 percent of the settlers.", "40 percent")
    assert c.verdict == "unverifiable"


def test_a_listing_without_a_total_takes_the_printed_count_its_members_add_up_to() -> None:
    # 4,000 + 3,000 + 2,000 = 9,000, printed before; 3,000 / 9,000 = 33.33 percent
    text = (
        "The 9,000 arrivals went to three farms. Krasnoe received 4,000 persons, Zarya 3,000 "
        "and Vostok 2,000. Zarya, with 33.3 percent of the arrivals, came second."
    )
    c = share_at(text, "33.3 percent")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["3,000", "9,000"]


def test_a_plural_noun_names_its_member_after_its_count() -> None:
    # 3,000 / 5,000 = 60 percent
    text = (
        "The register listed 3,000 Greeks, 1,500 Armenians and 500 Kurds, 5,000 persons in "
        "all. The Greeks alone made up 60 percent of the register."
    )
    c = share_at(text, "60 percent")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["3,000", "5,000"]


def test_no_whole_is_made_up_when_the_listings_sum_is_not_printed() -> None:
    # 4,000 + 3,000 + 2,000 = 9,000 is printed nowhere
    text = "Krasnoe received 4,000 persons, Zarya 3,000 and Vostok 2,000. Zarya took 33.3 percent."
    assert share_at(text, "33.3 percent").verdict == "unverifiable"


@pytest.mark.parametrize(
    "lead",
    [
        "Zarya lost ",  # a loss is no part of the listing
        "Twenty-year terms made up ",  # a modifier and a noun: no member's name
        "That was ",  # no subject
        "By then the farms held ",  # the clause opens on a preposition
    ],
)
def test_clauses_that_say_no_member_hold_the_share(lead: str) -> None:
    text = lead + "33.3 percent of them."
    assert member_subject(text, 0, len(lead)) is None


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Zarya, with ", "Zarya"),
        ("Zarya on its own thus accounted for ", "Zarya"),
        ("The Greeks alone made up ", "Greeks"),
        ("Lugovoe supplied 52.5 percent, and Sosnovka ", "Sosnovka"),
        ("Krasnoe came first, while Vostok, the smallest, held ", "Vostok"),
    ],
)
def test_the_member_is_the_clauses_subject(lead: str, name: str) -> None:
    assert member_subject(lead + "20 percent", 0, len(lead)) == name


# -- persons per family on the pair an earlier sentence prints (pairedrates) -------------

COUNTED = "The count gave 9,450 persons in 2,100 families, 300 short of the plan. "


def rate_at(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return found


def test_a_rate_per_family_reads_the_persons_and_families_printed_together() -> None:
    # 9,450 / 2,100 = 4.5; the 300 short (its unit only implied) is no count of families
    c = rate_at(COUNTED + "A family thus averaged 4.5 persons.", "4.5")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["9,450", "2,100"]
    assert c.fit is not None and c.fit.computed == pytest.approx(4.5)


def test_a_rate_per_family_with_two_digits_transposed_is_flagged() -> None:
    c = rate_at(COUNTED + "That is 5.4 persons per family.", "5.4")
    assert (c.verdict, c.intended) == ("inconsistent", "4.5")


def test_a_wide_miss_on_a_rate_per_family_is_left_unverifiable() -> None:
    # 4.5 is no usual slip of 3.1
    assert rate_at(COUNTED + "A family thus averaged 3.1 persons.", "3.1").verdict == (
        "unverifiable"
    )


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A family thus averaged 4.5 persons.", "families"),
        ("That is 4.5 persons per household.", "households"),
        ("Each wagon thus averaged 45 persons.", None),  # not per family: not this rule's
    ],
)
def test_the_unit_a_rate_is_per(sentence: str, unit: str | None) -> None:
    assert per_unit(sentence) == unit
