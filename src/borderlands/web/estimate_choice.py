"""Which of the works' values the map draws (issue #15): ``estimate=article|low|high``.

The map draws each event from one count in persons (``flows.persons_count``). When that
count belongs to an estimate several works give, the visitor may instead have the lowest or
the highest of the works' values drawn, or the founding article's; whichever is drawn, the
flow carries the estimate's whole range ("171,781–172,597 persons, 4 works") so that a
reader of the map sees that the sources differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from borderlands.kb.estimates import EstimateTable, point, tables_of
from borderlands.kb.labels import ARTICLE_WORK, amount
from borderlands.kb.schema import Count, Event

#: The choices, as the query string spells them.
Choice = Literal["article", "low", "high"]
CHOICES: tuple[str, ...] = ("article", "low", "high")


@dataclass(frozen=True, slots=True)
class Chosen:
    count: Count | None  # the count drawn
    estimate_range: str | None  # the estimate's range over every work, when there is one


def range_text(table: EstimateTable) -> str:
    points = [p for v in table.values if (p := point(v.count)) is not None]
    low, high = min(points), max(points)
    span = amount(low) if low == high else f"{amount(low)}–{amount(high)}"
    works = len(table.works)
    return f"{span} {table.estimate.unit.value}, {works} work{'s' if works != 1 else ''}"


def choose(event: Event, default: Count | None, choice: str | None) -> Chosen:
    """The count to draw for ``event``: ``default`` (the map's usual count) unless it is one
    value of an estimate and ``choice`` asks for the lowest, highest or the article's value
    of that estimate. No choice, or an estimate without such a value, keeps ``default``."""
    if default is None or default.quantity is None:
        return Chosen(default, None)
    table = next((t for t in tables_of(event) if t.estimate.quantity == default.quantity), None)
    if table is None or not table.values:
        return Chosen(default, None)
    valued = [v for v in table.values if point(v.count) is not None]
    count = default
    if choice == "low" and valued:
        count = min(valued, key=lambda v: point(v.count) or 0).count
    elif choice == "high" and valued:
        count = max(valued, key=lambda v: point(v.count) or 0).count
    elif choice == "article":
        count = next((v.count for v in valued if v.work == ARTICLE_WORK), default)
    return Chosen(count, range_text(table))
