"""Interval and index calculators on hand-checked values (textbook Wilson and exact intervals)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderlands.analysis import intervals
from borderlands.analysis.representation import Method, representation_index
from borderlands.errors import InputError


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),  # Wilson 95%, tabulated by Newcombe (1998)
        (5, 10, 0.2366, 0.7634),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_wilson_matches_tabulated_values(k: int, n: int, low: float, high: float) -> None:
    got = intervals.wilson(k, n)
    assert got == pytest.approx((low, high), abs=5e-4)


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.3085),  # Clopper-Pearson 95%: 1 - 0.025 ** (1 / 10) = 0.3085
        (5, 10, 0.1871, 0.8129),
        (10, 10, 0.6915, 1.0),
    ],
)
def test_clopper_pearson_matches_tabulated_values(k: int, n: int, low: float, high: float) -> None:
    assert intervals.clopper_pearson(k, n) == pytest.approx((low, high), abs=5e-4)


def test_clopper_pearson_without_scipy_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "scipy.stats", None)
    assert intervals.clopper_pearson(5, 10) == pytest.approx((0.1871, 0.8129), abs=5e-4)
    assert intervals.clopper_pearson(0, 10) == pytest.approx((0.0, 0.3085), abs=5e-4)


@given(n=st.integers(1, 400), data=st.data(), confidence=st.sampled_from([0.8, 0.9, 0.95, 0.99]))
def test_intervals_contain_the_estimate(n: int, data: st.DataObject, confidence: float) -> None:
    k = data.draw(st.integers(0, n))
    for interval in (intervals.wilson, intervals.clopper_pearson):
        low, high = interval(k, n, confidence)
        assert 0.0 <= low <= k / n + 1e-12
        assert k / n - 1e-12 <= high <= 1.0


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 300), data=st.data())
def test_exact_interval_by_bisection_agrees_with_scipy(n: int, data: st.DataObject) -> None:
    stats = pytest.importorskip("scipy.stats")
    k = data.draw(st.integers(0, n))
    with_scipy = intervals.clopper_pearson(k, n)
    import sys

    saved = sys.modules.get("scipy.stats")
    sys.modules["scipy.stats"] = None  # type: ignore[assignment]
    try:
        by_hand = intervals.clopper_pearson(k, n)
    finally:
        sys.modules["scipy.stats"] = saved if saved is not None else stats
    assert by_hand == pytest.approx(with_scipy, abs=1e-6)


@pytest.mark.parametrize(
    ("k", "n", "c"), [(-1, 10, 0.95), (11, 10, 0.95), (1, 0, 0.95), (1, 10, 1.0), (1, 10, 0.0)]
)
def test_bad_interval_input_is_an_input_error(k: int, n: int, c: float) -> None:
    with pytest.raises(InputError):
        intervals.wilson(k, n, c)


def test_index_from_counts_by_hand() -> None:
    # 30 of 1,000 victims from a group that is 2,000 of 200,000 people (1 percent):
    # share 3 percent over 1 percent = 300.
    result = representation_index(30, 1000, group_population=2000, total_population=200000)
    assert result.index == pytest.approx(300.0)
    # Wilson 95% for 30/1000 is 0.02109-0.04250, divided by 0.01.
    assert (result.low, result.high) == pytest.approx((210.9, 425.0), abs=0.5)
    # times as likely as everyone else: (0.03 / 0.01) / (0.97 / 0.99) = 3.0619
    assert result.relative_risk_vs_rest == pytest.approx(3.0619, abs=1e-4)


def test_index_of_proportional_group_is_100() -> None:
    result = representation_index(50, 500, population_share=0.1, method=Method.clopper_pearson)
    assert result.index == pytest.approx(100.0)
    assert result.low < 100 < result.high


def test_index_needs_a_population() -> None:
    with pytest.raises(InputError):
        representation_index(1, 10)
    with pytest.raises(InputError):
        representation_index(1, 10, group_population=5, total_population=3)
    with pytest.raises(InputError):
        representation_index(1, 10, population_share=0.0)


@given(value=st.floats(0, 1e6, allow_nan=False), decimals=st.integers(0, 3))
def test_a_rounded_figure_agrees_with_its_source(value: float, decimals: int) -> None:
    from borderlands.analysis.checks import agrees, stated_decimals

    printed = f"{value:,.{decimals}f} percent"
    assert stated_decimals(printed) == decimals
    assert agrees(round(value, decimals), value, decimals)
    assert not agrees(round(value, decimals) + 2 * 10.0**-decimals, value, decimals)


@pytest.mark.parametrize(
    ("share", "fraction"), [(0.2144, "1/5"), (0.3626, "1/3"), (0.2544, "1/4"), (0.524, "1/2")]
)
def test_shares_in_words(share: float, fraction: str) -> None:
    from borderlands.analysis.checks import nearest_fraction

    assert str(nearest_fraction(share)) == fraction


@pytest.mark.parametrize(
    ("printed", "step"),
    [
        ("30,000", 10000),
        ("1,500", 100),
        ("139,835", 1),
        ("45.46 percent", 1),
        ("20,000", 10000),
        ("0", 1),
    ],
)
def test_round_figure_step(printed: str, step: int) -> None:
    from borderlands.analysis.checks import round_figure_step

    assert round_figure_step(printed) == step
