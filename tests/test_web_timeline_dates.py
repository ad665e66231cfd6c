"""The timeline: events known only by their end, events outside the years, the filter's
words and the legend's place (invented events in our own words on the web fixture KB)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from borderlands.kb import load
from borderlands.web.app import create_app
from borderlands.web.catalog import Catalog
from borderlands.web.explorer import Explorer
from borderlands.web.timeline import TimelineFilter, build
from web_data_helpers import fixture_data_with

EXTRA_EVENTS = """\
- id: ev-fix-ended-1931
  title: Invented removal known only by its end
  kind: deportation
  end: 1931-05
  soviet: true
  summary: An invented removal whose start no source gives.
  sources: [{page: 820}]
- id: ev-fix-early-1905
  title: Invented expulsion before the period
  kind: expulsion
  start: 1905
  soviet: false
  summary: An invented expulsion that falls before the years the explorer covers.
  sources: [{page: 821}]
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_data_with(
        tmp_path_factory.mktemp("timeline"), {"events/extra.yaml": EXTRA_EVENTS}
    )


@pytest.fixture(scope="module")
def catalog(root: Path) -> Catalog:
    return Catalog.from_kb(load(root))


def test_an_event_with_only_an_end_is_drawn_not_listed_as_undated(catalog: Catalog) -> None:
    built = build(catalog, TimelineFilter())
    assert [e.id for e in built.undated] == ["ev-fix-hostile"]
    rows = {r.event_id: r for lane in built.lanes for r in lane.rows}
    ended = rows["ev-fix-ended-1931"]
    assert ended.dates == "start unknown – ended May 1931"
    assert ended.approx and ended.bars and not any(b.certain for b in ended.bars)
    assert built.end_only == 1


def test_an_end_outside_the_years_hides_the_event(catalog: Catalog) -> None:
    built = build(catalog, TimelineFilter(start_year=1935, end_year=1953))
    assert "ev-fix-ended-1931" in {e.id for e in built.outside_years}


def test_hidden_events_are_counted_with_the_reason(catalog: Catalog) -> None:
    built = build(catalog, TimelineFilter())
    assert built.total == 6 and built.shown == 5
    assert [e.id for e in built.outside_years] == ["ev-fix-early-1905"]
    soviet = build(catalog, TimelineFilter(soviet=True))
    assert "ev-fix-early-1905" not in {e.id for e in soviet.outside_years}  # filtered, not hidden


def test_page_says_why_events_are_hidden_and_puts_the_legend_first(root: Path) -> None:
    client = TestClient(create_app(Explorer.open(root, None)))
    page = client.get("/timeline").text
    assert "5 of 6 events shown" in page and "1 outside 1912–1953" in page
    assert "Invented expulsion before the period" in page.split('id="outside-h"')[1]
    assert page.index('class="tl-legend"') < page.index("<svg")
    assert "Soviet and not" not in page and '<option value="">Any state</option>' in page
    api = client.get("/api/timeline?soviet=yes").json()
    assert api["filtered_out"] == api["total"] - api["shown"] - len(api["outside_years"])
    assert api["filtered_out"] >= 1
