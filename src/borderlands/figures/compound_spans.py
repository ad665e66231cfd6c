"""Durations in two units: "two years and eight months", "a year and three months", "three
years and one month". The words make one span, counted in months; read apart, the years
alone are no round figure of it and the months alone are none at all.
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.numbers import parse_words

AND_RE = re.compile(r"\s*,?\s+and\s+$")
WORD_NUMBERS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven",
}  # fmt: skip


def count_of(raw: str) -> int | None:
    if raw.lower() in ("a", "an"):
        return 1
    if raw.isdigit():
        return int(raw)
    n = parse_words([raw])
    return int(n) if n is not None and n == int(n) else None


def years_and_months(
    text: str, found: list[re.Match[str]]
) -> dict[int, tuple[re.Match[str], re.Match[str]]]:
    """Per id of a years match, the years and the months match that follow it with "and"
    between ("two years and eight months")."""
    out: dict[int, tuple[re.Match[str], re.Match[str]]] = {}
    for a, b in itertools.pairwise(found):
        if (
            a.group(3).lower().startswith("year") and b.group(3).lower().startswith("month")
            and "half" not in a.group(0) and "half" not in b.group(0)
            and AND_RE.search(text[a.end() : b.start()] + " ") is not None
            and count_of(a.group(2)) is not None and count_of(b.group(2)) is not None
        ):  # fmt: skip
            out[id(a)] = (a, b)
    return out


def stated_months(pair: tuple[re.Match[str], re.Match[str]]) -> int:
    a, b = pair
    return (count_of(a.group(2)) or 0) * 12 + (count_of(b.group(2)) or 0)


def months_words(months: int, raw_years: str) -> str:
    """A span in months as the claim would print it: "two years and nine months"."""
    years, rest = divmod(months, 12)
    if raw_years.isdigit():
        return f"{years} years and {rest} months"
    y = WORD_NUMBERS.get(years, str(years))
    m = WORD_NUMBERS.get(rest, str(rest))
    return f"{y} year{'s' if years != 1 else ''} and {m} month{'s' if rest != 1 else ''}"
