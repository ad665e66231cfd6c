"""Map routes are the pairs the data states; counts split only where the data splits them.

Invented events (our own words) on top of the web fixture knowledge base.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from borderlands.errors import InputError
from borderlands.kb import load
from borderlands.web.app import create_app
from borderlands.web.catalog import Catalog
from borderlands.web.explorer import Explorer
from borderlands.web.flows import FlowFilter, draw, flows, legend_widths, place_labels
from web_data_helpers import fixture_data_with

EXTRA_EVENTS = """\
- id: ev-fix-swap-1925
  title: Invented swap of two minorities
  kind: population exchange
  start: 1925
  soviet: false
  origin: [pl-fix-port, pl-fix-islands]
  destination: [pl-fix-islands, pl-fix-port]
  counts:
    - value: 9000
      unit: persons
      what: port people sent to the islands
      route: [pl-fix-port, pl-fix-islands]
      sources: [{page: 816}]
    - value: 1000
      unit: persons
      what: islanders sent to the port
      route: [pl-fix-islands, pl-fix-port]
      sources: [{page: 816}]
  summary: Two invented states swap their minorities.
  sources: [{page: 816}]
- id: ev-fix-fanout-1926
  title: Invented removal to two regions
  kind: deportation
  start: 1926
  soviet: true
  origin: [pl-fix-border-district]
  destination: [pl-fix-steppe, pl-fix-islands, pl-fix-border-district]
  counts:
    - value: 4000
      unit: persons
      sources: [{page: 817}]
  summary: An invented removal to two regions, counted only in all.
  sources: [{page: 817}]
- id: ev-fix-same-place-1927
  title: Invented concentration within one district
  kind: resettlement
  start: 1927
  soviet: true
  origin: [pl-fix-steppe]
  destination: [pl-fix-steppe]
  summary: People moved inside one invented district.
  sources: [{page: 818}]
"""


def data_with(tmp_path: Path, extra: str) -> Path:
    return fixture_data_with(tmp_path, {"events/extra.yaml": extra})


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return data_with(tmp_path_factory.mktemp("map"), EXTRA_EVENTS)


@pytest.fixture(scope="module")
def catalog(root: Path) -> Catalog:
    return Catalog.from_kb(load(root))


def test_an_exchange_pairs_each_origin_with_its_own_destination(catalog: Catalog) -> None:
    drawn, _ = flows(catalog, FlowFilter(year=1925))
    routes = {(f.origin.id, f.destination.id): f.persons for f in drawn}
    assert routes == {
        ("pl-fix-port", "pl-fix-islands"): 9000,
        ("pl-fix-islands", "pl-fix-port"): 1000,
    }


def test_no_route_goes_from_a_place_to_itself(catalog: Catalog) -> None:
    drawn, undrawable = flows(catalog, FlowFilter())
    assert all(f.origin.id != f.destination.id for f in drawn)
    reasons = {n.event.id: n.reason for n in undrawable}
    assert reasons["ev-fix-same-place-1927"] == "origin and destination are the same place"


def test_an_unsplit_count_is_given_once_as_the_whole_events(catalog: Catalog) -> None:
    drawn, _ = flows(catalog, FlowFilter(year=1926))
    assert {f.destination.id for f in drawn} == {"pl-fix-steppe", "pl-fix-islands"}
    assert all(f.persons is None and f.shared for f in drawn)
    assert {f.event_count_text for f in drawn} == {"4,000 persons"}


def test_summing_route_counts_never_counts_an_event_twice(catalog: Catalog) -> None:
    drawn, _ = flows(catalog, FlowFilter())
    by_event: dict[str, float] = {}
    for f in drawn:
        by_event[f.event_id] = by_event.get(f.event_id, 0) + (f.persons or 0)
    assert by_event["ev-fix-swap-1925"] == 10_000  # the two split counts, each once
    assert by_event["ev-fix-fanout-1926"] == 0  # not split: no line claims it


def test_a_count_route_must_be_one_of_the_events_pairs(tmp_path: Path) -> None:
    bad = EXTRA_EVENTS.replace(
        "route: [pl-fix-port, pl-fix-islands]", "route: [pl-fix-port, pl-fix-steppe]"
    )
    with pytest.raises(InputError, match="route pl-fix-port -> pl-fix-steppe"):
        load(data_with(tmp_path, bad))


def test_labels_name_the_busiest_places_and_legend_widths_grow(catalog: Catalog) -> None:
    drawn = draw(flows(catalog, FlowFilter())[0])
    labels = place_labels(drawn, most=2)
    # routes touching each place, counted by hand: district 4, islands 4, steppe 3, port 3
    assert [(label.name, label.routes) for label in labels] == [
        ("Fixture Border District", 4),
        ("Fixture Islands", 4),
    ]
    widths = [w.width for w in legend_widths(drawn)]
    assert widths == sorted(widths) and len(widths) >= 2


def test_map_page_says_what_is_not_drawn_and_has_a_legend(root: Path) -> None:
    client = TestClient(create_app(Explorer.open(root, None)))
    page = client.get("/map").text
    assert "Events not drawn, and why" in page
    assert "1 event: origin and destination are the same place" in page
    assert 'id="legend-h"' in page and "whole event" in page
    assert 'class="place-label"' in page
    api = client.get("/api/map").json()
    assert api["events_matching"] == api["events_drawn"] + sum(
        len(g["events"]) for g in api["not_drawn"]
    )


def test_bundled_routes_pair_what_the_data_states() -> None:
    bundled = Catalog.from_kb(load(Path(__file__).parent.parent / "data"))
    drawn, undrawable = flows(bundled, FlowFilter())
    assert all(f.origin.id != f.destination.id for f in drawn)
    exchange = {
        (f.origin.id, f.destination.id): f.persons
        for f in drawn
        if f.event_id == "ev-1913-turko-bulgarian-exchange"
    }
    assert exchange == {("pl-bulgaria", "pl-turkey"): 48570, ("pl-turkey", "pl-bulgaria"): 46764}
    # an event's routes never claim more persons together than its largest count in persons
    events = {e.id: e for e in bundled.records("events")}  # type: ignore[attr-defined]
    claimed: dict[str, float] = {}
    for f in drawn:
        claimed[f.event_id] = claimed.get(f.event_id, 0) + (f.persons or 0)
    for event_id, total in claimed.items():
        largest = max(
            (
                c.value or c.high or c.low or 0
                for c in events[event_id].counts
                if c.unit.value == "persons"
            ),
            default=0,
        )
        split = sum(c.value or 0 for c in events[event_id].counts if c.route)
        assert total <= max(largest, split), event_id
    # every matching event is either drawn or given a reason
    assert len({f.event_id for f in drawn}) + len(undrawable) == len(events)
