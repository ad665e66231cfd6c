"""Flows for the map: each event's routes from origin places to destination places.

An arrow's width follows the square root of the persons moved, so area-like perception
does not exaggerate the largest deportations. Where an event has several routes, each
route is drawn with the event's total, which the page says; where the article gives no
count in persons, the route is drawn thin and dashed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from borderlands.kb.filters import EventFilter
from borderlands.kb.schema import Count, CountStatus, Event, Place, Unit
from borderlands.web.basemap import viewport
from borderlands.web.catalog import Catalog
from borderlands.web.estimate_choice import choose
from borderlands.web.formatting import date_range, quantity

MIN_WIDTH = 1.5
MAX_WIDTH = 16.0


@dataclass(frozen=True, slots=True)
class FlowFilter:
    year: int | None = None
    group: str | None = None
    estimate: str | None = None  # which work's value to draw (web.estimate_choice)

    def matches(self, event: Event) -> bool:
        """The knowledge base's event filter (``kb.filters``): of the group, in the year."""
        return EventFilter(
            groups=frozenset({self.group}) if self.group is not None else None,
            years=(self.year, self.year) if self.year is not None else None,
        ).matches(event)


@dataclass(frozen=True, slots=True)
class Flow:
    event_id: str
    title: str
    dates: str
    origin: Place
    destination: Place
    persons: float | None  # the value the width is drawn from
    count_text: str | None  # the count as the page states it, with range and qualifier
    routes: int  # how many routes the event has (each drawn with its total)
    soviet: bool
    groups: tuple[str, ...]
    estimate_range: str | None = None  # every work's values, when the count is an estimate's


@dataclass(frozen=True, slots=True)
class DrawnFlow:
    flow: Flow
    d: str  # SVG path data
    width: float
    head: str  # SVG path data of the arrowhead, sized to the line
    x1: float
    y1: float
    x2: float
    y2: float


def persons_count(event: Event) -> Count | None:
    """The count a flow is drawn from: persons, carried out before reported, first listed."""
    persons = [c for c in event.counts if c.unit is Unit.persons]
    for status in (CountStatus.carried_out, CountStatus.reported):
        for count in persons:
            if count.status is status:
                return count
    return None


def count_value(count: Count) -> float:
    if count.value is not None:
        return count.value
    if count.low is not None and count.high is not None:
        return (count.low + count.high) / 2
    return count.low if count.low is not None else (count.high or 0.0)


def flows(catalog: Catalog, flt: FlowFilter) -> tuple[list[Flow], list[Event]]:
    """Flows to draw, and the matching events that cannot be drawn (a place lacks a position)."""
    drawn: list[Flow] = []
    undrawable: list[Event] = []
    for event in catalog.records("events"):
        if not isinstance(event, Event) or not (event.origin and event.destination):
            continue
        if not flt.matches(event):
            continue
        origins = [catalog.get(p) for p in event.origin]
        destinations = [catalog.get(p) for p in event.destination]
        pairs = [
            (o, d)
            for o in origins
            for d in destinations
            if isinstance(o, Place)
            and isinstance(d, Place)
            and None not in (o.lat, o.lon, d.lat, d.lon)
        ]
        if not pairs:
            undrawable.append(event)
            continue
        chosen = choose(event, persons_count(event), flt.estimate)
        count = chosen.count
        for origin, destination in pairs:
            drawn.append(
                Flow(
                    event_id=event.id,
                    title=event.title,
                    dates=date_range(event.start, event.end),
                    origin=origin,
                    destination=destination,
                    persons=count_value(count) if count else None,
                    count_text=quantity(count) if count else None,
                    routes=len(pairs),
                    soviet=event.soviet,
                    groups=tuple(event.groups),
                    estimate_range=chosen.estimate_range,
                )
            )
    drawn.sort(key=lambda f: -(f.persons or 0))  # big arrows first, small ones on top
    return drawn, undrawable


def stroke_width(persons: float | None, largest: float) -> float:
    if persons is None or largest <= 0:
        return MIN_WIDTH
    return round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * math.sqrt(persons / largest), 2)


def arrowhead(cx: float, cy: float, x: float, y: float, width: float) -> str:
    """A triangle at ``(x, y)`` pointing along the curve's last tangent (from its control
    point), long and wide enough to read beside a line of the given width."""
    length = max(9.0, width * 1.8)
    half = max(5.0, width * 1.1)
    dx, dy = x - cx, y - cy
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    bx, by = x - ux * length, y - uy * length
    left = (bx - uy * half, by + ux * half)
    right = (bx + uy * half, by - ux * half)
    return f"M{x:.1f},{y:.1f}L{left[0]:.1f},{left[1]:.1f}L{right[0]:.1f},{right[1]:.1f}Z"


def draw(flow_list: list[Flow]) -> list[DrawnFlow]:
    """SVG geometry: a gentle curve from origin to destination, bending to the left."""
    view = viewport()
    largest = max((f.persons or 0 for f in flow_list), default=0)
    out: list[DrawnFlow] = []
    for flow in flow_list:
        x1, y1 = view.to_svg(flow.origin.lon or 0, flow.origin.lat or 0)
        x2, y2 = view.to_svg(flow.destination.lon or 0, flow.destination.lat or 0)
        dx, dy = x2 - x1, y2 - y1
        cx, cy = (x1 + x2) / 2 - dy * 0.2, (y1 + y2) / 2 + dx * 0.2
        width = stroke_width(flow.persons, largest)
        out.append(
            DrawnFlow(
                flow=flow,
                d=f"M{x1:.1f},{y1:.1f}Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}",
                width=width,
                head=arrowhead(cx, cy, x2, y2, width),
                x1=round(x1, 1),
                y1=round(y1, 1),
                x2=round(x2, 1),
                y2=round(y2, 1),
            )
        )
    return out


def geojson(flow_list: list[Flow]) -> dict[str, object]:
    """The flows as a GeoJSON FeatureCollection of LineStrings (longitude, latitude)."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "LineString",
                    "coordinates": [
                        [f.origin.lon, f.origin.lat],
                        [f.destination.lon, f.destination.lat],
                    ],
                },
                "properties": {
                    "event": f.event_id,
                    "title": f.title,
                    "dates": f.dates,
                    "origin": f.origin.id,
                    "origin_name": f.origin.name,
                    "destination": f.destination.id,
                    "destination_name": f.destination.name,
                    "persons": f.persons,
                    "count": f.count_text,
                    "routes_in_event": f.routes,
                    "soviet": f.soviet,
                    "groups": list(f.groups),
                },
            }
            for f in flow_list
        ],
    }
