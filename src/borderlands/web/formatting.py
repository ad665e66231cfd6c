"""How numbers and dates read on a page: units, ranges and precision said plainly."""

from __future__ import annotations

import datetime as dt
import functools

from borderlands.kb.labels import amount
from borderlands.kb.schema import Count, Figure, HistDate, Precision

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def number(value: float) -> str:
    """``152424.0`` as ``152,424``; fractions keep up to two decimals."""
    return amount(value)


def quantity(q: Count | Figure) -> str:
    """A count or figure with its unit, range and qualifier: ``about 20,000-30,000 families``."""
    unit = q.unit.value
    if q.value is not None:
        amount = number(q.value)
    elif q.low is not None and q.high is not None:
        amount = f"{number(q.low)}–{number(q.high)}"
    elif q.low is not None:
        amount = f"at least {number(q.low)}"
    else:
        amount = f"at most {number(q.high or 0)}"
    qualifier = q.qualifier or ("about" if q.approx else "")
    text = f"{qualifier} {amount}".strip()
    if unit == "percent":
        return f"{text} percent"
    if unit in ("other", "ratio"):
        return text
    return f"{text} {unit}"


def hist_date(date: HistDate | None) -> str:
    """``1937-08-21`` as ``21 August 1937``; a year stays a year; ``approx`` says ``about``."""
    if date is None:
        return "date unknown"
    d = date.first_day()
    match date.precision:
        case Precision.day:
            text = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        case Precision.month:
            text = f"{MONTHS[d.month - 1]} {d.year}"
        case _:
            text = str(d.year)
    return f"about {text}" if date.approx else text


def date_range(start: HistDate | None, end: HistDate | None) -> str:
    if start is None and end is None:
        return "date unknown"
    if end is None or (start is not None and end.date == start.date):
        return hist_date(start)
    return f"{hist_date(start)} – {hist_date(end)}"


@functools.lru_cache(maxsize=65536)
def fractional_year(day: dt.date) -> float:
    """A day as a year with a fraction, for placing it on a time axis."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length
