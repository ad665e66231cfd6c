"""Dates as the article prints them in references, normalised to ISO.

Forms: a year ("1937"), a year range ("1925–26", "1927–31"), a day in Soviet order
("16.07.25", two-digit years all in the 1900s for this corpus) and a range of days in one
month ("11–12.10.37"). Ranges become ISO 8601 intervals ("1929/1930").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DATE_PATTERN = r"\d{1,2}(?:[–-]\d{1,2})?\.\d{1,2}\.\d{2}(?:\d{2})?|\d{4}(?:[–-]\d{2,4})?"

_YEAR_RANGE = re.compile(r"^(\d{4})(?:[–-](\d{2,4}))?$")
_DAY = re.compile(r"^(\d{1,2})(?:[–-](\d{1,2}))?\.(\d{1,2})\.(\d{2}|\d{4})$")


@dataclass(frozen=True, slots=True)
class ParsedDate:
    iso: str | None
    year: int | None
    year_end: int | None
    problem: str | None = None


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 1900 + int(text)


def _expand_end_year(start: int, end: str) -> int:
    """'1925–26' -> 1926, '1929–1930' -> 1930: the end shares the start's leading digits."""
    if len(end) == 4:
        return int(end)
    return int(str(start)[: 4 - len(end)] + end)


def parse_date(text: str) -> ParsedDate:
    text = text.strip()
    m = _YEAR_RANGE.match(text)
    if m:
        start = int(m.group(1))
        if m.group(2) is None:
            return ParsedDate(str(start), start, None)
        end = _expand_end_year(start, m.group(2))
        if end < start:
            return ParsedDate(str(start), start, None, f"year range {text!r} runs backwards")
        return ParsedDate(f"{start}/{end}", start, end)
    m = _DAY.match(text)
    if m:
        day, day_end, month, year_text = m.groups()
        year = _full_year(year_text)
        try:
            first = dt.date(year, int(month), int(day))
            if day_end is None:
                return ParsedDate(first.isoformat(), year, None)
            last = dt.date(year, int(month), int(day_end))
        except ValueError:
            return ParsedDate(None, year, None, f"impossible date {text!r}")
        if last < first:
            return ParsedDate(None, year, None, f"day range {text!r} runs backwards")
        return ParsedDate(f"{first.isoformat()}/{last.isoformat()}", year, None)
    return ParsedDate(None, None, None, f"unreadable date {text!r}")
