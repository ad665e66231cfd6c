"""Numerals and rounding: expected values typed by hand."""

from __future__ import annotations

import pytest

from borderlands.figures.numbers import (
    format_number,
    parse_digits,
    parse_words,
    round_half_up,
    rounding_step,
    truncate,
)


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("139,835", 139835, 1),
        ("41,650", 41650, 10),
        ("30,000", 30000, 10000),
        ("22.4", 22.4, 0.1),
        ("45.46", 45.46, 0.01),
        ("7", 7, 1),
        ("1,565,041", 1565041, 1),
    ],
)
def test_digits_value_and_printed_precision(text: str, value: float, step: float) -> None:
    parsed = parse_digits(text)
    assert parsed is not None
    assert parsed.value == value
    assert parsed.step == pytest.approx(step)


@pytest.mark.parametrize("text", ["1,2345", "12.345.678", "1,23", ",500", "", "–", "%", "1,,000"])
def test_malformed_digit_groups_are_refused(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["twenty-three"], 23),
        (["three", "hundred"], 300),
        (["a", "million"], 1_000_000),
        (["Ten", "thousand"], 10_000),
        (["one", "hundred"], 100),
        (["five", "hundred"], 500),
        (["ninety"], 90),
        (["twenty-seven"], 27),
        (["two", "hundred", "and", "fifty"], 250),
    ],
)
def test_number_words(words: list[str], value: int) -> None:
    assert parse_words(words) == value


def test_non_number_words_give_none() -> None:
    assert parse_words(["several"]) is None
    assert parse_words([]) is None


def test_rounding_half_up_and_truncation() -> None:
    assert round_half_up(41645, 10) == 41650  # half goes up, as in printed tables
    assert round_half_up(22.415, 0.1) == pytest.approx(22.4)
    assert round_half_up(29.75, 0.1) == pytest.approx(29.8)
    assert truncate(29.749, 0.1) == pytest.approx(29.7)
    assert truncate(73.69, 0.1) == pytest.approx(73.6)
    assert rounding_step("2500") == 100


def test_format_number_has_no_float_noise() -> None:
    assert format_number(2204.0) == "2204"
    assert format_number(22.04) == "22.04"
