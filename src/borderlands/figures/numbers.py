"""Numerals as printed in prose -> numbers, and the precision they were printed at.

Handles digits with thousands separators and decimals ("139,835", "7.5", "2,204"), scale
words ("1.2 million", "500 thousand") and numbers in words ("twenty-three", "three hundred",
"a million", "Ten thousand"). Malformed digit groups ("1,2345", "12.345.678") are refused
rather than guessed: a wrong figure is worse than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
                          "billion": 1_000_000_000}  # fmt: skip

#: A digit numeral: groups of three after the first comma, an optional decimal part.
DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A numeral's value and the unit of its last printed digit (1 for "41,650", 0.1 for "22.4").

    ``step`` is what rounding at the printed precision means: "41,650" is exact to 1, but a
    round figure like "30,000" is read as rounded to its last non-zero digit (10,000).
    """

    value: float
    decimals: int  # digits after the decimal point as printed
    step: float  # the rounding unit of the printed figure


DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@lru_cache(maxsize=1 << 14)
def parse_digits(text: str) -> Parsed | None:
    """Parse a digit numeral; None when the grouping is malformed ("1,2345", "12.345.678").
    Remembered by text (a ``Parsed`` is frozen): page numbers and round figures recur."""
    text = text.strip()
    if not text or not DIGITS_RE.fullmatch(text):
        return None
    plain = text.replace(",", "")
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    value = float(plain)
    return Parsed(value=value, decimals=decimals, step=rounding_step(plain))


def rounding_step(plain: str) -> float:
    """The unit of the last significant printed digit: "41650" -> 10, "30000" -> 10000."""
    if "." in plain:
        return 10.0 ** -len(plain.split(".", 1)[1])
    stripped = plain.lstrip("0") or "0"
    zeros = len(stripped) - len(stripped.rstrip("0"))
    if stripped == "0":
        return 1.0
    return 10.0**zeros


def parse_words(words: list[str]) -> int | None:
    """Value of a run of number words ("twenty-three", "three hundred", "a million")."""
    total = 0
    current = 0
    seen = False
    for raw in words:
        word = raw.lower()
        if word in ("a", "one") and not seen:
            current = 1
            seen = True
            continue
        if word == "and" and seen:
            continue
        parts = word.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
            current += TENS[parts[0]] + UNITS[parts[1]]
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def round_half_up(value: float, step: float) -> float:
    """Round ``value`` to a multiple of ``step`` the way printed tables do (half away from 0)."""
    if step <= 0:
        return value
    q = Decimal(repr(value)) / Decimal(repr(step))
    return float(q.quantize(Decimal(1), rounding=ROUND_HALF_UP) * Decimal(repr(step)))


def truncate(value: float, step: float) -> float:
    """Cut ``value`` down to a multiple of ``step`` (what some authors do instead of rounding)."""
    if step <= 0:
        return value
    q = Decimal(repr(value)) / Decimal(repr(step))
    return float(q.to_integral_value(rounding="ROUND_DOWN") * Decimal(repr(step)))


def format_number(value: float) -> str:
    """A number for people: no float noise, no needless ".0"."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}" if abs(value) >= 1e6 else f"{value:.4f}".rstrip("0").rstrip(".")
