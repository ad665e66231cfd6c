"""The timeline 1912-1953: filtering events and laying them out as SVG geometry.

Dates are drawn as honestly as they are known. A date known only to the year covers the
whole year as a faint band; a month covers its month; a day is a thin mark. Only the time
between the last possible start and the first possible end is drawn solid.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace
from html import escape

from borderlands.kb.filters import EventFilter
from borderlands.kb.schema import Context, Event, EventKind, HistDate, Precision, Scope
from borderlands.web.catalog import Catalog
from borderlands.web.formatting import date_range, fractional_year, hist_date

FIRST_YEAR = 1912
LAST_YEAR = 1953

LABEL_WIDTH = 300.0
PLOT_WIDTH = 820.0
ROW_HEIGHT = 22.0
LANE_HEADER = 26.0
AXIS_HEIGHT = 30.0
DAY_MARK = 3.0  # px: the narrowest mark, so a one-day event stays visible

ZOOM_PRESETS: tuple[tuple[str, int, int], ...] = (
    ("Whole period", 1912, 1953),
    ("Balkan wars to 1923", 1912, 1923),
    ("Interwar", 1923, 1939),
    ("1930–1938", 1930, 1938),
    ("War and after", 1939, 1953),
)


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """The query-string filters; ``None`` means no filter on that field."""

    soviet: bool | None = None
    kind: EventKind | None = None
    group: str | None = None
    context: Context | None = None
    scope: Scope | None = None
    start_year: int = FIRST_YEAR
    end_year: int = LAST_YEAR
    lanes: str = "kind"  # "kind" or "group"

    def events(self, dated: bool) -> EventFilter:
        """The knowledge base's event filter for these fields: the dated events overlapping
        the years shown, or (``dated=False``) the undated ones, listed under the chart."""
        return replace(
            self.fields(), years=(self.start_year, self.end_year) if dated else None, dated=dated
        )

    def fields(self) -> EventFilter:
        """The filter on everything but dates: what the form selects, whatever the years."""
        return EventFilter(
            groups=frozenset({self.group}) if self.group is not None else None,
            kind=self.kind.value if self.kind is not None else None,
            soviet=self.soviet,
            context=self.context.value if self.context is not None else None,
            scope=self.scope.value if self.scope is not None else None,
        )

    def ends_in_years(self, event: Event) -> bool:
        """An event known only by its end: drawn when that end falls in the years shown."""
        return (
            event.start is None
            and event.end is not None
            and self.start_year <= event.end.first_day().year <= self.end_year
        )


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    width: float
    certain: bool  # solid where the event surely ran; faint where a date is imprecise


@dataclass(slots=True)
class Row:
    event_id: str
    title: str
    dates: str
    soviet: bool
    approx: bool
    precision: str  # precision of the start date: day, month, year
    y: float
    bars: list[Bar]


@dataclass(slots=True)
class Lane:
    key: str
    label: str
    y: float
    rows: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class Tick:
    x: float
    year: int
    major: bool


@dataclass(slots=True)
class Timeline:
    width: float
    height: float
    label_width: float
    plot_width: float
    axis_y: float
    ticks: list[Tick]
    lanes: list[Lane]
    undated: list[Event]  # neither start nor end known
    shown: int
    total: int
    outside_years: list[Event]  # selected by the form but not in the years shown
    end_only: int  # rows drawn from their end date alone


def _x(day: dt.date, start_year: int, end_year: int) -> float:
    span = end_year + 1 - start_year
    return LABEL_WIDTH + (fractional_year(day) - start_year) / span * PLOT_WIDTH


def _clamp(x: float) -> float:
    return min(max(x, LABEL_WIDTH), LABEL_WIDTH + PLOT_WIDTH)


def _pieces(event: Event) -> list[tuple[dt.date, dt.date, bool]]:
    """Half-open day ranges ``[first, last)`` and whether each is certain.

    A date's own range (its year or month) is uncertain unless it is a day; between the
    start's last possible day and the end's first possible day the event surely ran.
    """
    if event.start is None:  # known only by its end: the end's span, never certain
        assert event.end is not None
        return [(first, last, False) for first, last, _ in _pieces_of(event.end.date, None)]
    return list(_pieces_of(event.start.date, event.end.date if event.end else None))


@functools.lru_cache(maxsize=8192)
def _pieces_of(start: str, end: str | None) -> tuple[tuple[dt.date, dt.date, bool], ...]:
    """The pieces for two ISO date strings; cached, since every timeline redraws them."""
    one_day = dt.timedelta(days=1)
    first, last, exact = _span(start)
    pieces = [(first, last + one_day, exact)]
    if end is None or end == start:
        return tuple(pieces)
    end_first, end_last, end_exact = _span(end)
    if end_first > last + one_day:
        pieces.append((last + one_day, end_first, True))
    pieces.append((end_first, end_last + one_day, end_exact))
    return tuple(pieces)


def _span(date: str) -> tuple[dt.date, dt.date, bool]:
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD date, and whether it is a day."""
    parsed = HistDate(date=date)
    return parsed.first_day(), parsed.last_day(), parsed.precision is Precision.day


def bars_for(event: Event, start_year: int, end_year: int) -> list[Bar]:
    """The faint and solid pieces of one event's bar, clipped to the shown years."""
    bars: list[Bar] = []
    right = LABEL_WIDTH + PLOT_WIDTH
    for first, last, certain in _pieces(event):
        x0 = _x(first, start_year, end_year)
        x1 = _x(last, start_year, end_year)
        if x1 < LABEL_WIDTH or x0 > right:
            continue
        x0, x1 = _clamp(x0), _clamp(x1)
        bars.append(Bar(x=round(x0, 2), width=round(max(x1 - x0, DAY_MARK), 2), certain=certain))
    return bars


def _lane_keys(event: Event, lanes: str, catalog: Catalog) -> list[tuple[str, str]]:
    if lanes == "group":
        if not event.groups:
            return [("none", "No group recorded")]
        return [(g, catalog.title(g)) for g in event.groups]
    return [(event.kind.value, event.kind.value.capitalize())]


def build(catalog: Catalog, flt: TimelineFilter) -> Timeline:
    events = [e for e in catalog.records("events") if isinstance(e, Event)]
    in_years, undated, fields = flt.events(dated=True), flt.events(dated=False), flt.fields()
    chosen = [
        e
        for e in events
        if in_years.matches(e)
        or (undated.matches(e) and (e.end is None or flt.ends_in_years(e)))
    ]
    picked = set(map(id, chosen))
    outside = [e for e in events if fields.matches(e) and id(e) not in picked]
    dated = sorted(
        (e for e in chosen if e.start is not None or e.end is not None),
        key=lambda e: ((e.start or e.end).first_day(), e.title),  # type: ignore[union-attr]
    )
    lanes: dict[str, Lane] = {}
    for event in dated:
        for key, label in _lane_keys(event, flt.lanes, catalog):
            lane = lanes.setdefault(key, Lane(key=key, label=label, y=0.0))
            known = event.start or event.end
            assert known is not None
            lane.rows.append(
                Row(
                    event_id=event.id,
                    title=event.title,
                    dates=row_dates(event),
                    soviet=event.soviet,
                    approx=event.start is None
                    or event.start.approx
                    or bool(event.end and event.end.approx),
                    precision=known.precision.value,
                    y=0.0,
                    bars=bars_for(event, flt.start_year, flt.end_year),
                )
            )
    ordered = sorted(lanes.values(), key=lambda lane: (lane.key == "none", lane.label))
    y = AXIS_HEIGHT
    for lane in ordered:
        lane.y = y
        y += LANE_HEADER
        for row in lane.rows:
            row.y = y
            y += ROW_HEIGHT
    span = flt.end_year + 1 - flt.start_year
    step = 1 if span <= 12 else 5
    ticks = [
        Tick(
            x=round(LABEL_WIDTH + (year - flt.start_year) / span * PLOT_WIDTH, 2),
            year=year,
            major=year % step == 0,
        )
        for year in range(flt.start_year, flt.end_year + 2)
    ]
    return Timeline(
        width=LABEL_WIDTH + PLOT_WIDTH + 20,
        height=y + 10,
        label_width=LABEL_WIDTH,
        plot_width=PLOT_WIDTH,
        axis_y=AXIS_HEIGHT,
        ticks=ticks,
        lanes=ordered,
        undated=[e for e in chosen if e.start is None and e.end is None],
        shown=len(chosen),
        total=len(events),
        outside_years=outside,
        end_only=sum(1 for e in dated if e.start is None),
    )


def row_dates(event: Event) -> str:
    """The dates as a row shows them; an event known only by its end says so."""
    if event.start is None and event.end is not None:
        return f"start unknown – ended {hist_date(event.end)}"
    return date_range(event.start, event.end)


def _label(title: str, width: int = 44, leeway: int = 5) -> str:
    """A row label cut at ``width`` characters with "…" (as Jinja's ``truncate`` with
    ``killwords``), for titles longer than ``width + leeway``."""
    if len(title) <= width + leeway:
        return title
    return title[: width - 1] + "…"


def row_svg(row: Row) -> str:
    """One event's row of the timeline SVG: a link holding its title, label and bars.

    Written here rather than in the template: a whole-period timeline has hundreds of rows,
    and building their markup with f-strings is several times faster than a template loop
    escaping every number, which matters for pages rendered on request.
    """
    kind = "soviet" if row.soviet else "other"
    known = "" if row.precision == "day" else f" (start known to the {row.precision})"
    approx = " approx" if row.approx else ""
    parts = [
        f'<a href="/events/{escape(row.event_id)}" class="tl-row {kind}">'
        f"<title>{escape(row.title)}: {escape(row.dates)}{known}</title>"
        f'<text x="12" y="{row.y + 15}" class="row-label">{escape(_label(row.title))}</text>'
    ]
    for bar in row.bars:
        style = "bar-certain" if bar.certain else "bar-uncertain"
        fill = "" if bar.certain else ' fill="url(#hatch)"'
        parts.append(
            f'<rect x="{bar.x}" y="{row.y + 4}" width="{bar.width}" height="14" '
            f'class="{style}{approx}"{fill}/>'
        )
    parts.append("</a>")
    return "".join(parts)
