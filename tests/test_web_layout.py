"""Timeline and flow layout on the fixture knowledge base (tests/fixtures/web/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.kb import load
from borderlands.kb.schema import Context, Event, EventKind, Scope
from borderlands.web.catalog import Catalog, collection_of, sources_of
from borderlands.web.flows import FlowFilter, draw, flows, geojson, stroke_width
from borderlands.web.formatting import date_range, hist_date, number, quantity
from borderlands.web.timeline import LABEL_WIDTH, PLOT_WIDTH, TimelineFilter, bars_for, build

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "web" / "data"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.from_kb(load(FIXTURE_DATA))


def event(catalog: Catalog, rid: str) -> Event:
    record = catalog.get(rid)
    assert isinstance(record, Event)
    return record


def x_of_year(year: float, start: int = 1912, end: int = 1953) -> float:
    return LABEL_WIDTH + (year - start) / (end + 1 - start) * PLOT_WIDTH


def test_year_only_date_is_drawn_as_the_whole_year_and_uncertain(catalog: Catalog) -> None:
    (bar,) = bars_for(event(catalog, "ev-fix-total-1937"), 1912, 1953)
    assert not bar.certain
    assert bar.x == pytest.approx(x_of_year(1937), abs=0.01)
    assert bar.x + bar.width == pytest.approx(x_of_year(1938), abs=0.01)


def test_month_dates_give_faint_months_and_a_solid_middle(catalog: Catalog) -> None:
    # February 1935 to March 1935: February faint, nothing surely between, March faint.
    bars = bars_for(event(catalog, "ev-fix-clearing-1935"), 1935, 1935)
    assert [b.certain for b in bars] == [False, False]
    feb, mar = bars
    assert feb.x == pytest.approx(x_of_year(1935 + 31 / 365, 1935, 1935), abs=0.01)
    assert mar.x == pytest.approx(x_of_year(1935 + 59 / 365, 1935, 1935), abs=0.01)


def test_day_start_is_certain_and_the_months_between_are_solid(catalog: Catalog) -> None:
    # 30 January 1923 to June 1924: a certain day, a solid run, a faint June 1924.
    bars = bars_for(event(catalog, "ev-fix-exchange-1923"), 1923, 1924)
    assert [b.certain for b in bars] == [True, True, False]
    assert bars[1].x == pytest.approx(x_of_year(1923 + 30 / 365, 1923, 1924), abs=0.05)
    assert bars[2].x == pytest.approx(x_of_year(1924 + 152 / 366, 1923, 1924), abs=0.05)


def test_bars_are_clipped_to_the_zoomed_years(catalog: Catalog) -> None:
    assert bars_for(event(catalog, "ev-fix-total-1937"), 1912, 1930) == []
    (bar,) = bars_for(event(catalog, "ev-fix-total-1937"), 1937, 1937)
    assert bar.x == LABEL_WIDTH and bar.width == pytest.approx(PLOT_WIDTH)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (TimelineFilter(), {"ev-fix-clearing-1935", "ev-fix-total-1937", "ev-fix-exchange-1923"}),
        (TimelineFilter(soviet=False), {"ev-fix-exchange-1923"}),
        (TimelineFilter(soviet=True, scope=Scope.total), {"ev-fix-total-1937"}),
        (TimelineFilter(context=Context.war), {"ev-fix-exchange-1923"}),
        (TimelineFilter(kind=EventKind.population_exchange), {"ev-fix-exchange-1923"}),
        (TimelineFilter(group="grp-fix-borderfolk"), {"ev-fix-clearing-1935"}),
        (TimelineFilter(start_year=1930, end_year=1936), {"ev-fix-clearing-1935"}),
    ],
)
def test_timeline_filters(catalog: Catalog, flt: TimelineFilter, expected: set[str]) -> None:
    built = build(catalog, flt)
    shown = {row.event_id for lane in built.lanes for row in lane.rows}
    assert shown == expected


def test_undated_events_are_listed_not_drawn(catalog: Catalog) -> None:
    built = build(catalog, TimelineFilter())
    assert [e.id for e in built.undated] == ["ev-fix-hostile"]
    assert built.shown == 4 and built.total == 4


def test_lanes_by_group_put_ungrouped_events_last(catalog: Catalog) -> None:
    built = build(catalog, TimelineFilter(lanes="group"))
    assert [lane.label for lane in built.lanes] == ["Borderfolk", "Islanders", "No group recorded"]


def test_flows_use_persons_counts_and_skip_unplaced_places(catalog: Catalog) -> None:
    drawn, undrawable = flows(catalog, FlowFilter())
    routes = {(f.event_id, f.origin.id, f.destination.id): f for f in drawn}
    # the 1937 event has two destinations, one without a position: one route drawn
    assert set(routes) == {
        ("ev-fix-clearing-1935", "pl-fix-border-district", "pl-fix-steppe"),
        ("ev-fix-total-1937", "pl-fix-islands", "pl-fix-steppe"),
        ("ev-fix-exchange-1923", "pl-fix-port", "pl-fix-border-district"),
    }
    assert [(n.event.id, n.reason) for n in undrawable] == [
        ("ev-fix-hostile", "no origin or destination recorded")
    ]
    total = routes[("ev-fix-total-1937", "pl-fix-islands", "pl-fix-steppe")]
    # two stated routes and a count not split between them: the count is the whole event's
    assert total.persons is None and total.shared
    assert total.event_count_text == "20,000–30,000 persons"
    exchange = routes[("ev-fix-exchange-1923", "pl-fix-port", "pl-fix-border-district")]
    assert exchange.persons is None  # counted in families, not persons: no width claimed


def test_flow_filters_by_year_and_group(catalog: Catalog) -> None:
    in_1924 = {f.event_id for f in flows(catalog, FlowFilter(year=1924))[0]}
    assert in_1924 == {"ev-fix-exchange-1923"}
    islanders = {f.event_id for f in flows(catalog, FlowFilter(group="grp-fix-islanders"))[0]}
    assert islanders == {"ev-fix-total-1937"}


def test_arrow_width_follows_square_root_of_persons() -> None:
    assert stroke_width(None, 100) == 1.5
    assert stroke_width(100, 100) == 16.0
    assert stroke_width(25, 100) == pytest.approx(1.5 + 14.5 * 0.5)


def test_drawn_flows_and_geojson(catalog: Catalog) -> None:
    chosen, _ = flows(catalog, FlowFilter(group="grp-fix-borderfolk"))
    (d,) = draw(chosen)
    assert d.d.startswith(f"M{d.x1:.1f},{d.y1:.1f}Q") and d.width == 16.0
    assert d.head.startswith(f"M{d.x2:.1f},{d.y2:.1f}L")
    (feature,) = geojson(chosen)["features"]  # type: ignore[misc]
    assert feature["geometry"] == {
        "type": "LineString",
        "coordinates": [[28.0, 50.0], [68.0, 48.0]],
    }
    assert feature["properties"]["persons"] == 10_000


def test_formatting_says_units_ranges_and_precision(catalog: Catalog) -> None:
    assert number(152424.0) == "152,424" and number(22.41) == "22.41"
    clearing = event(catalog, "ev-fix-clearing-1935")
    assert quantity(clearing.counts[0]) == "about 10,000 persons"
    assert date_range(clearing.start, clearing.end) == "February 1935 – March 1935"
    exchange = event(catalog, "ev-fix-exchange-1923")
    assert hist_date(exchange.start) == "30 January 1923"
    assert quantity(exchange.counts[0]) == "5,000 families"


def test_catalog_links_and_sources(catalog: Catalog) -> None:
    assert collection_of("ev-x") == "events" and collection_of("xyz") is None
    assert "ev-fix-clearing-1935" in catalog.backlinks["grp-fix-borderfolk"]
    assert "dec-fix-order-1" in catalog.links["ev-fix-clearing-1935"]
    group = catalog.get("grp-fix-borderfolk")
    assert group is not None
    assert [(s.page, s.note) for s in sources_of(group)] == [(813, 2), (830, None)]
