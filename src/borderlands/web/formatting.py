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
    qualifier = q.qualifier or ("about" if q.approx else "")
    if q.value is not None:
        text = f"{qualifier} {number(q.value)}".strip()
    elif q.low is not None and q.high is not None:
        text = f"{qualifier} {number(q.low)}–{number(q.high)}".strip()
    else:
        # one bound: the qualifier, when there is one, is the bound's own word ("over
        # 3,000"); vague words ("several million") are shown as printed, the bound after
        bound = (
            f"at least {number(q.low)}" if q.low is not None else f"at most {number(q.high or 0)}"
        )
        stated = q.stated or ""
        if stated and not any(ch.isdigit() for ch in stated):
            if unit in ("percent", "other", "ratio"):
                return f"{stated} ({bound})"
            return f"{stated} {unit} ({bound})"
        value = q.low if q.low is not None else q.high
        text = f"{q.qualifier} {number(value or 0)}" if q.qualifier else bound
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


def figure_title(figure: Figure) -> str:
    """A figure's title with its unit and what it counts: ``171,781 persons (Koreans)``;
    the printed words are kept, the unit added unless they already say it."""
    unit = figure.unit.value
    text = figure.stated
    if unit not in ("other", "ratio") and unit not in text.casefold():
        text = f"{text} {unit}"
    if figure.counted and figure.counted.casefold() not in text.casefold():
        text = f"{text} ({figure.counted})"
    return text
