"""Which events a filter keeps: one definition, read two ways.

``EventFilter`` holds every filter any reader offers (groups, places, kind, Soviet or not,
context, scope, a span of years, dated or undated). ``where()`` gives it as SQL over the
built database (``borderlands events``, the web's timeline and map through
``kb.query.event_ids``); ``matches()`` applies it to a loaded ``Event`` (``KB.events_for``).
A test runs both over the bundled data for many filters and requires the same events.

Dates: a filter on years keeps an event whose span (start year to end year, the start
year when there is no end) overlaps them; an undated event has no span and is never
kept by a filter on years. ``dated=False`` keeps only the undated ones (the timeline's
list under the chart).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from borderlands.kb.schema import Event


@dataclass(frozen=True, slots=True)
class EventFilter:
    groups: frozenset[str] | None = None  # group ids: an event of any of them
    places: frozenset[str] | None = None  # place ids: origin or destination
    kind: str | None = None  # an EventKind value
    soviet: bool | None = None
    context: str | None = None
    scope: str | None = None
    years: tuple[int, int] | None = None  # first and last year, inclusive
    dated: bool | None = None

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on the ``events`` table (all must hold) and their arguments."""
        where: list[str] = []
        args: list[Any] = []
        for ids, sql in (
            (self.groups, "SELECT event_id FROM event_groups WHERE group_id IN ({})"),
            (self.places, "SELECT event_id FROM event_places WHERE place_id IN ({})"),
        ):
            if ids is not None:
                where.append(f"id IN ({sql.format(', '.join('?' * len(ids)))})")
                args.extend(sorted(ids))
        for column, value in (("kind", self.kind), ("context", self.context),
                              ("scope", self.scope)):  # fmt: skip
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if self.soviet is not None:
            where.append("soviet = ?")
            args.append(int(self.soviet))
        if self.years is not None:
            where.append("start_year <= ? AND end_year >= ?")
            args.extend([self.years[1], self.years[0]])
        if self.dated is not None:
            where.append("start IS NOT NULL" if self.dated else "start IS NULL")
        return where, args

    def matches(self, event: Event) -> bool:
        """Whether a loaded event passes every condition of ``where()``."""
        if self.groups is not None and not self.groups.intersection(event.groups):
            return False
        if self.places is not None and not self.places.intersection(
            [*event.origin, *event.destination]
        ):
            return False
        for wanted, value in ((self.kind, event.kind), (self.context, event.context),
                              (self.scope, event.scope)):  # fmt: skip
            if wanted is not None and getattr(value, "value", value) != wanted:
                return False
        if self.soviet is not None and event.soviet is not self.soviet:
            return False
        if self.dated is not None and (event.start is not None) is not self.dated:
            return False
        if self.years is not None:
            if event.start is None:
                return False
            last = (event.end or event.start).year
            if not (event.start.year <= self.years[1] and last >= self.years[0]):
                return False
        return True
