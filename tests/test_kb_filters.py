"""One event filter (issue #11): ``EventFilter.where()`` over the database and
``EventFilter.matches()`` over loaded events keep the same events, undated ones included."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from borderlands.kb import load
from borderlands.kb.filters import EventFilter
from borderlands.kb.query import event_ids
from borderlands.kb.store import connect, ensure_db
from borderlands.web.flows import FlowFilter
from borderlands.web.timeline import TimelineFilter

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, sqlite3.Connection]:
    db = tmp_path_factory.mktemp("filters") / "kb.sqlite"
    return load(DATA), connect(ensure_db(db, DATA))


def filters(kb: object) -> list[EventFilter]:
    events = kb.events  # type: ignore[attr-defined]
    groups = [None, *sorted({g for e in events for g in e.groups})[:6]]
    kinds = [None, *sorted({e.kind.value for e in events})[:3]]
    years = [None, (1912, 1953), (1937, 1937), (1920, 1925), (1700, 1800)]
    out = [
        EventFilter(
            groups=frozenset({g}) if g else None, kind=k, soviet=s, years=y, dated=d
        )
        for g, k, s, y, d in itertools.product(
            groups, kinds, [None, True, False], years, [None, True, False]
        )
    ]
    places = sorted({p for e in events for p in e.origin})[:4]
    out += [EventFilter(places=frozenset({p})) for p in places]
    out += [EventFilter(context=c) for c in sorted({str(e.context) for e in events})]
    return out


def test_database_and_memory_keep_the_same_events(both: tuple[object, sqlite3.Connection]) -> None:
    kb, conn = both
    events = kb.events  # type: ignore[attr-defined]
    checked = 0
    for flt in filters(kb):
        where, args = flt.where()
        sql = "SELECT id FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        in_db = {r[0] for r in conn.execute(sql, args)}
        in_memory = {e.id for e in events if flt.matches(e)}
        assert in_db == in_memory, flt
        checked += bool(in_db)
    assert checked > 100  # most filters keep some events


def test_a_year_filter_drops_undated_events_everywhere(
    both: tuple[object, sqlite3.Connection],
) -> None:
    kb, conn = both
    undated = EventFilter(dated=False)
    ids = {e.id for e in kb.events if undated.matches(e)}  # type: ignore[attr-defined]
    assert ids == set(event_ids(conn, dated=False))
    year_ids = set(event_ids(conn, year=1937))
    assert not ids & year_ids
    assert not ids & {e.id for e in kb.events_for(year=1937)}  # type: ignore[attr-defined]
    assert year_ids == {e.id for e in kb.events_for(year=1937)}  # type: ignore[attr-defined]
    flows_1937 = FlowFilter(year=1937)
    assert {e.id for e in kb.events if flows_1937.matches(e)} == year_ids  # type: ignore[attr-defined]
    shown = TimelineFilter(start_year=1937, end_year=1937).events(dated=True)
    assert {e.id for e in kb.events if shown.matches(e)} == year_ids  # type: ignore[attr-defined]


def test_generic_links_agree_with_the_typed_reverse_links(
    both: tuple[object, sqlite3.Connection],
) -> None:
    kb, _ = both
    checked = 0
    for group in kb.groups:  # type: ignore[attr-defined]
        named_by = set(kb.referrers(group.id))  # type: ignore[attr-defined]
        events = {e.id for e in kb.events_of_group(group.id)}  # type: ignore[attr-defined]
        assert events <= named_by, group.id
        for rid in named_by:
            assert group.id in kb.links_of(rid)  # type: ignore[attr-defined]
        checked += len(events)
    assert checked > 50
