"""Round twelve (issue #14): families of claims the articles written apart got wrong. Every
sentence is our own; the numbers are invented."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.runwholes import counts_the_entries, sums_a_run


def verdict_of(text: str, stated: str) -> str:
    found = [c for c in check_text(text).checks if c.stated.startswith(stated)]
    assert found, [c.stated for c in check_text(text).checks]
    return found[0].verdict


def test_a_whole_announced_before_its_parts_sums_the_run_after_it() -> None:
    assert sums_a_run([32000, 23400, 5100, 3500, 4000], 0)
    assert sums_a_run([2100, 1700, 3800, 950], 2)  # "... 3,800 in all, and 950 more"
    assert not sums_a_run([5400, 3100, 2600], 0)
    assert not sums_a_run([5400, 5400, 800], 0)  # one part alone is no run


def test_the_number_of_the_entries_is_no_entry() -> None:
    assert counts_the_entries([5, 4200, 3900, 2800, 2100, 1500], 0)
    assert counts_the_entries([5, 4200, 3900, 2800, 2100], 0)  # one name unread
    assert not counts_the_entries([5, 40, 30, 28, 21, 15], 0)  # the same order of size
    assert not counts_the_entries([9, 4200, 3900, 2800], 0)


@pytest.mark.parametrize(
    "text",
    [
        "The board split the valley into five communes: Orlov, Breza, Tamin, Sokol and Vidra. "
        "Its list gave 4,200 people in Orlov, 3,900 in Breza, 2,800 in Tamin, 2,100 in Sokol "
        "and 1,500 in Vidra, 14,500 in all. Vidra, high on the ridge, was the smallest of the "
        "five.",
        "The inspectors divided the coast into four sectors: Marlo, Kesten, Pavik and Dunar. "
        "Their count gave 6,150 in Marlo, 5,020 in Kesten, 3,340 in Pavik and 2,480 in Dunar. "
        "Marlo, with the port, was the largest of the four.",
    ],
)
def test_a_superlative_ranks_the_named_counts_not_their_number(text: str) -> None:
    assert verdict_of(text, "smallest" if "smallest" in text else "largest") == "consistent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 9,400 sent north, 4,100 went to Kolva, 3,200 to Usva and the rest, 2,100, to "
         "Vizhai, so that Usva was second only to Kolva.", "consistent"),
        ("Of the 9,400 sent north, 4,100 went to Kolva, 3,200 to Usva and the rest, 2,100, to "
         "Vizhai, so that Vizhai was second only to Kolva.", "inconsistent"),
        ("Of the 6,300 exiles, 2,900 reached Tomsk, 2,200 reached Narym and 1,200 reached "
         "Kolpash, and Narym was second only to Tomsk.", "consistent"),
    ],
)  # fmt: skip
def test_second_only_to_ranks_the_parts_not_their_whole(text: str, expected: str) -> None:
    assert verdict_of(text, "second only to") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camp stood from March 1942 to the end of June 1943, a sixteen-month span.",
         "consistent"),
        ("The commission sat from May 1946 until the close of August 1946, four months in all.",
         "consistent"),
        ("The ban ran from February 1950 through November 1950, a ten-month period.",
         "consistent"),
        ("The camp stood from March 1942 to the end of June 1943, a fifteen-month span.",
         "inconsistent"),
    ],
)  # fmt: skip
def test_a_span_to_the_end_of_a_month_counts_that_month(text: str, expected: str) -> None:
    assert verdict_of(text, "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those who left in February 1921 and came back in the autumn of 1924 had been away "
         "nearly four years.", "consistent"),
        ("Sent off in March 1931, they were freed in the summer of 1934, after over three "
         "years.", "consistent"),
        ("Sent off in March 1931, they were freed in the spring of 1936, after nearly four "
         "years.", "inconsistent"),
    ],
)  # fmt: skip
def test_a_season_gives_its_year_a_month(text: str, expected: str) -> None:
    assert verdict_of(text, "") == expected
