"""A share or a duration is called a slip only when a usual slip explains the miss
(borderlands.figures.slipshape); otherwise its fit is a candidate of an unverifiable claim.
Sentences are ours; every figure is invented."""

from __future__ import annotations

import pytest

from borderlands.figures.checks import Check
from borderlands.figures.report import check_text
from borderlands.figures.slipshape import digit_slip, slip_shaped


@pytest.mark.parametrize(
    ("printed", "computed", "decimals", "shaped"),
    [
        (33.7, 37.33, 1, True),  # two digits transposed
        (73.0, 37.5, 0, True),  # transposed from the figure cut, not rounded (37, not 38)
        (19.3, 13.92, 1, True),  # transposed with a digit between kept
        (13.0, 131.69, 0, True),  # a digit dropped
        (746.0, 646.0, 0, True),  # one digit mistyped in a figure of three
        (58.5, 70.65, 1, False),  # nothing a hand does turns 70.7 into 58.5
        (5.0, 0.0, 0, False),  # a one-digit figure is not "one digit mistyped"
        (42.8, 74.76, 1, False),
    ],
)
def test_digit_slips(printed: float, computed: float, decimals: int, shaped: bool) -> None:
    assert digit_slip(printed, computed, decimals) is shaped


@pytest.mark.parametrize(
    ("kind", "stated", "printed", "computed", "shaped"),
    [
        ("share", "70.0 percent", 70.0, 29.98, True),  # the decline printed as what remained
        ("share", "51.8 percent", 51.8, 50.0, True),  # a small miss: a rounding gone wrong
        ("share", "41.6 percent", 41.6, 34.80, False),
        ("share", "58.5%", 58.5, 70.65, False),
        ("duration", "nine years", 9.0, 11.0, True),  # told in round units
        ("duration", "eight months", 8.0, 10.05, True),
        ("duration", "seven years", 7.0, 1.0, False),  # a span between other dates
        ("duration", "four years", 4.0, 2.0, False),  # twice the span is not a slip of it
    ],
)
def test_slip_shapes(kind: str, stated: str, printed: float, computed: float,
                     shaped: bool) -> None:  # fmt: skip
    step = 0.1 if "." in stated else 1.0
    assert slip_shaped(kind, stated, printed, computed, step) is shaped


def only_check(text: str) -> Check:
    checks = check_text(text).checks
    assert len(checks) == 1, [(c.kind, c.stated, c.verdict) for c in checks]
    return checks[0]


def test_a_share_no_slip_explains_is_a_candidate() -> None:
    c = only_check("Of the 4,000 deportees, 1,000 were children (37.0 per cent).")
    assert (c.kind, c.verdict, c.fit, c.intended) == ("share", "unverifiable", None, None)
    assert [round(f.computed, 1) for f in c.alternatives] == [25.0]
    assert "no usual slip" in c.explanation


def test_a_transposed_share_is_still_a_slip() -> None:
    c = only_check("Of the 4,000 deportees, 1,480 were children (73.0 per cent).")
    assert (c.verdict, c.intended) == ("inconsistent", "37.0")


def test_a_duration_far_from_its_dates_is_a_candidate() -> None:
    c = only_check("The first train left Kovel on 3 March 1944 and reached Karaganda on "
                   "9 March 1944, a journey of twenty days.")  # fmt: skip
    assert (c.kind, c.verdict) == ("duration", "unverifiable")
    assert [f.computed for f in c.alternatives] == [6.0]
    assert "not the dates" in c.explanation


def test_a_duration_near_its_dates_is_a_slip() -> None:
    c = only_check("The first train left Kovel on 3 March 1944 and reached Karaganda on "
                   "9 March 1944, a journey of nine days.")  # fmt: skip
    assert (c.verdict, c.intended) == ("inconsistent", "six")
