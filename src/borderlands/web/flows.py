"""Flows for the map: each event's routes from origin places to destination places.

An event's routes are the pairs its data states: in a population exchange with as many
origins as destinations, origin *i* goes to destination *i* (the Turks of Bulgaria to
Turkey, the Bulgarians of Turkey to Bulgaria); otherwise every origin goes to every
destination. A place is never a route to itself.

An arrow's width follows the square root of the persons moved, so area-like perception
does not exaggerate the largest deportations. A route carries a count only where the data
says what moved along it: the event's only route, or a count whose ``route`` names it.
An event's count that the data does not split between several routes is given once, as
the whole event's, and its routes are drawn thin and dotted: summing the lines' counts
never counts an event twice. Where there is no count in persons, the route is drawn thin
and dashed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from borderlands.kb.filters import EventFilter
from borderlands.kb.schema import Count, CountStatus, Event, EventKind, Place, Unit
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
    persons: float | None  # this route's count, the value the width is drawn from
    count_text: str | None  # this route's count as the page states it
    routes: int  # how many routes the event has
    event_count_text: str | None  # the whole event's count, where it is not split by route
    soviet: bool
    groups: tuple[str, ...]
    estimate_range: str | None = None  # every work's values, when the count is an estimate's

    @property
    def shared(self) -> bool:
        """The event's count covers several routes and the data does not split it."""
        return self.persons is None and self.event_count_text is not None


@dataclass(frozen=True, slots=True)
class NotDrawn:
    """A matching event the map cannot draw, and why."""

    event: Event
    reason: str


NO_DESTINATION = "no destination recorded"
NO_ORIGIN = "no origin recorded"
NO_PLACES = "no origin or destination recorded"
NO_POSITION = "a place has no position yet"
SAME_PLACE = "origin and destination are the same place"


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


def persons_count(event: Event, route: tuple[str, str] | None = None) -> Count | None:
    """The count a flow is drawn from: persons, carried out before reported, first listed;
    with ``route``, only counts the data assigns to that route, else only unassigned ones."""
    persons = [
        c
        for c in event.counts
        if c.unit is Unit.persons and (tuple(c.route) if c.route else None) == route
    ]
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


def stated_routes(event: Event) -> list[tuple[str, str]]:
    """The origin-destination pairs the event's data states (see the module docstring)."""
    if event.kind is EventKind.population_exchange and len(event.origin) == len(
        event.destination
    ):
        pairs = list(zip(event.origin, event.destination, strict=True))
    else:
        pairs = [(o, d) for o in event.origin for d in event.destination]
    return [(o, d) for o, d in pairs if o != d]


def placed(place: object) -> bool:
    return isinstance(place, Place) and None not in (place.lat, place.lon)


def why_not_drawn(event: Event, catalog: Catalog) -> str | None:
    if not event.origin and not event.destination:
        return NO_PLACES
    if not event.destination:
        return NO_DESTINATION
    if not event.origin:
        return NO_ORIGIN
    routes = stated_routes(event)
    if not routes:
        return SAME_PLACE
    if not any(placed(catalog.get(o)) and placed(catalog.get(d)) for o, d in routes):
        return NO_POSITION
    return None


def flows(catalog: Catalog, flt: FlowFilter) -> tuple[list[Flow], list[NotDrawn]]:
    """Flows to draw, and the matching events that cannot be drawn, with the reason."""
    drawn: list[Flow] = []
    undrawable: list[NotDrawn] = []
    for event in catalog.records("events"):
        if not isinstance(event, Event) or not flt.matches(event):
            continue
        reason = why_not_drawn(event, catalog)
        if reason is not None:
            undrawable.append(NotDrawn(event, reason))
            continue
        routes = stated_routes(event)
        pairs = [
            (o, d)
            for o, d in ((catalog.get(o), catalog.get(d)) for o, d in routes)
            if isinstance(o, Place) and isinstance(d, Place) and placed(o) and placed(d)
        ]
        chosen = choose(event, persons_count(event), flt.estimate)
        whole = chosen.count
        for origin, destination in pairs:
            own = persons_count(event, (origin.id, destination.id))
            if own is None and len(routes) == 1:
                own = whole
            drawn.append(
                Flow(
                    event_id=event.id,
                    title=event.title,
                    dates=date_range(event.start, event.end),
                    origin=origin,
                    destination=destination,
                    persons=count_value(own) if own else None,
                    count_text=quantity(own) if own else None,
                    routes=len(routes),
                    event_count_text=quantity(whole) if whole and len(routes) > 1 else None,
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
                    "event_count": f.event_count_text,
                    "soviet": f.soviet,
                    "groups": list(f.groups),
                },
            }
            for f in flow_list
        ],
    }


@dataclass(frozen=True, slots=True)
class PlaceLabel:
    name: str
    x: float
    y: float
    routes: int


LABEL_CHAR_WIDTH = 6.2  # about the width of one character of the 11px label font
LABEL_HEIGHT = 13.0


def place_labels(drawn: list[DrawnFlow], most: int = 12) -> list[PlaceLabel]:
    """Names for the places most routes start or end at (ties by name), at their points;
    a name that would overlap one already placed is left out, and a parenthesised gloss
    ("(annexed territory)") is dropped from the label."""
    seen: dict[str, tuple[str, float, float]] = {}
    uses: dict[str, int] = {}
    for d in drawn:
        for place, x, y in ((d.flow.origin, d.x1, d.y1), (d.flow.destination, d.x2, d.y2)):
            seen[place.id] = (place.name.split(" (")[0], x, y)
            uses[place.id] = uses.get(place.id, 0) + 1
    placed: list[tuple[float, float, float, float]] = []
    labels: list[PlaceLabel] = []
    for pid in sorted(uses, key=lambda pid: (-uses[pid], seen[pid][0])):
        name, x, y = seen[pid]
        box = (x + 5, y - 4 - LABEL_HEIGHT, x + 5 + len(name) * LABEL_CHAR_WIDTH, y - 4)
        if any(_overlap(box, other) for other in placed):
            continue
        placed.append(box)
        labels.append(PlaceLabel(name, x, y, uses[pid]))
        if len(labels) == most:
            break
    return labels


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True, slots=True)
class LegendWidth:
    persons: int
    width: float


def legend_widths(drawn: list[DrawnFlow]) -> list[LegendWidth]:
    """Sample widths for the legend: round numbers of persons up to the largest route."""
    largest = max((d.flow.persons or 0 for d in drawn), default=0)
    if largest <= 0:
        return []
    samples = [n for n in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if n <= largest]
    return [LegendWidth(n, stroke_width(n, largest)) for n in samples[-3:]]
