"""A list's total printed among its members is no rival of a rank or superlative
(borderlands.figures.listsum): sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures.listsum import sum_of_the_others
from borderlands.figures.passages import Located, locate_all, passages_from_text
from borderlands.figures.quantities import extract_quantities
from borderlands.figures.report import check_text

#: No word names the total here ("in all" would): only its arithmetic shows it.
COUNTS = "The 8,700 exiles of the district lived at Asino 3,900, Teguldet 2,700 and Zyrianka 2,100."
AFTER = "Asino held 3,900 exiles, Teguldet 2,700 and Zyrianka 2,100; the district 8,700."


def verdict_of(text: str, stated: str) -> tuple[str, str]:
    check = next(c for c in check_text(text).to_json()["checks"] if c["stated"] == stated)
    return check["verdict"], check["formula"]


@pytest.mark.parametrize(
    ("text", "stated", "verdict"),
    [
        (COUNTS + "\n\nTeguldet was second only to Asino.", "second only to", "consistent"),
        (COUNTS + "\n\nZyrianka was thus second only to Asino.", "second only to", "inconsistent"),
        (COUNTS + "\n\nAsino, the largest of the camps, lay on the river.", "largest",
         "consistent"),
        (AFTER + "\n\nTeguldet was second only to Asino.", "second only to", "consistent"),
        (AFTER + "\n\nAsino, the largest of the camps, lay on the river.", "largest",
         "consistent"),
    ],
)
def test_the_total_is_left_out_of_the_members(text: str, stated: str, verdict: str) -> None:
    got, formula = verdict_of(text, stated)
    assert got == verdict
    assert "8700" not in formula  # the total is no side


def test_a_member_larger_than_the_others_together_is_still_a_member() -> None:
    """5,000 is more than 1,200 + 900 but not their sum: it ranks, and Teguldet is not second
    to Asino's smaller count."""
    text = ("Asino held 900 exiles, Teguldet 1,200 and Zyrianka 5,000.\n\n"
            "Teguldet was thus second only to Asino.")
    got, formula = verdict_of(text, "second only to")
    assert got == "inconsistent"
    assert "5000" in formula


def located(text: str) -> list[Located]:
    return locate_all(passages_from_text(text), lambda _o: 1, lambda _o: None)


def test_sum_of_the_others_needs_three_figures_and_an_exact_sum() -> None:
    assert extract_quantities(COUNTS)  # the reader takes all four counts
    found = located(COUNTS)
    total = sum_of_the_others(found)
    assert total is not None and total.quantity.text == "8,700"
    assert sum_of_the_others(found[:2]) is None
    off = located(AFTER.replace("8,700", "8,750"))
    assert sum_of_the_others(off) is None
