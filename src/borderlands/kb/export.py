"""Exports of the built database: JSON, CSV and GeoJSON, as text ready to print or write.

Events in JSON follow the public contract (DESIGN.md); every other record type is its
table's row with its link tables folded in. Every exported row carries its sources as
``[{"work": "martin-1998", "page": 851, "note": 237}]`` (CSV: ``851 n. 237; 852``; another
work's ``pohl-1999 p. 10``). The CLI's ``export`` and the web explorer's ``/download/*``
both print what ``export`` returns, byte for byte.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import defaultdict
from typing import Any

from borderlands.errors import InputError
from borderlands.kb.detail import BOOLEAN_COLUMNS
from borderlands.kb.labels import amount, number, sources_label
from borderlands.kb.query import event_ids, events
from borderlands.kb.recordtypes import RECORD_TYPES
from borderlands.kb.sourcerows import source_row

EXPORTABLE = RECORD_TYPES
FORMATS = ("json", "csv", "geojson")

# Link tables folded into each exported record: (key, SQL giving (record id, linked id)).
_LISTS: dict[str, list[tuple[str, str]]] = {
    "decrees": [
        ("groups", "SELECT decree_id, group_id FROM decree_groups ORDER BY rowid"),
        ("places", "SELECT decree_id, place_id FROM decree_places ORDER BY rowid"),
    ],
    "groups": [("aliases", "SELECT group_id, alias FROM group_aliases ORDER BY rowid")],
    "places": [("variants", "SELECT place_id, variant FROM place_variants ORDER BY rowid")],
    "concepts": [
        ("events", "SELECT concept_id, event_id FROM concept_events ORDER BY rowid"),
        ("related", "SELECT concept_id, related_id FROM concept_related ORDER BY rowid"),
    ],
    "persons": [
        ("variants", "SELECT person_id, variant FROM person_variants ORDER BY rowid"),
        (
            "organisations",
            "SELECT person_id, organisation_id FROM person_organisations ORDER BY rowid",
        ),
    ],
    "figures": [
        ("about", "SELECT figure_id, record_id FROM figure_about ORDER BY rowid"),
        ("inputs", "SELECT figure_id, input_id FROM figure_inputs ORDER BY rowid"),
    ],
}
_ORDER = {
    "decrees": "first_day, id",
    "groups": "name, id",
    "places": "name, id",
    "concepts": "name, id",
    "persons": "name, id",
    "organisations": "name, id",
    "figures": "id",
    "typology": "id",
    "regime": "first_day, id",
}
_NUMBER_COLUMNS = frozenset({"value", "low", "high", "depth_low", "depth_high", "depth_value"})


def _check_type(type_name: str) -> None:
    if type_name not in EXPORTABLE:
        raise InputError(f"cannot export {type_name!r}; one of: {', '.join(EXPORTABLE)}")


def records(conn: sqlite3.Connection, type_name: str) -> list[dict[str, Any]]:
    """Every record of one type as plain dicts (events in the contract shape), in the
    order the lists show them."""
    _check_type(type_name)
    if type_name == "events":
        return events(conn, event_ids(conn))
    sql = f"SELECT * FROM {type_name} ORDER BY {_ORDER[type_name]}"
    rows = [dict(r) for r in conn.execute(sql)]
    for row in rows:
        for key, value in row.items():
            if key in BOOLEAN_COLUMNS and value is not None:
                row[key] = bool(value)
            elif key in _NUMBER_COLUMNS:
                row[key] = number(value)
    lists: dict[str, dict[str, list[str]]] = {}
    for key, sql in _LISTS.get(type_name, []):
        found: dict[str, list[str]] = defaultdict(list)
        for owner, item in conn.execute(sql):
            found[owner].append(item)
        lists[key] = found
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(
        "SELECT record_id, work, page, note, document, section FROM sources "
        "WHERE record_type = ? AND part = '' ORDER BY rowid",
        (type_name,),
    ):
        sources[r["record_id"]].append(source_row(r))
    fates = _fates(conn) if type_name == "groups" else {}
    for row in rows:
        for key, found in lists.items():
            row[key] = found.get(row["id"], [])
        if type_name == "groups":
            row["fate"] = fates.get(row["id"], [])
        row["sources"] = sources.get(row["id"], [])
    return rows


def _fates(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Each group's fates: year, summary, the events it names and its sources."""
    events_of: dict[tuple[str, int], list[str]] = defaultdict(list)
    for group_id, seq, event_id in conn.execute(
        "SELECT group_id, seq, event_id FROM group_fate_events ORDER BY rowid"
    ):
        events_of[(group_id, seq)].append(event_id)
    sources_of: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record_id, part, page, note in conn.execute(
        "SELECT record_id, part, page, note FROM sources WHERE record_type = 'groups' "
        "AND part != '' ORDER BY rowid"
    ):
        sources_of[(record_id, part)].append({"page": page, "note": note})
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for group_id, seq, year, summary in conn.execute(
        "SELECT group_id, seq, year, summary FROM group_fates ORDER BY group_id, seq"
    ):
        out[group_id].append(
            {
                "year": year,
                "summary": summary,
                "events": events_of.get((group_id, seq), []),
                "sources": sources_of.get((group_id, f"fate {seq}"), []),
            }
        )
    return out


def sources_text(sources: list[dict[str, Any]]) -> str:
    """``851 n. 233; 852; pohl-1999 p. 10`` for a CSV cell (the one label, see kb.labels)."""
    return sources_label(sources)


def estimate_text(table: dict[str, Any]) -> str:
    """One estimate for a CSV cell: ``deported (carried out): 171,781–172,000 persons, 3 works,
    differ`` (its values' lowest and highest number, how many works give one, agreement)."""
    numbers = [
        n for v in table["values"] for n in (v["value"], v["low"], v["high"]) if n is not None
    ]
    low, high = (min(numbers), max(numbers)) if numbers else (None, None)
    span = amount(low) if low == high else f"{amount(low)}–{amount(high)}"
    works = len(table["works"])
    verdict = "agree" if table["agree"] else "differ"
    return (
        f"{table['quantity']} ({table['status'].replace('_', ' ')}): {span} {table['unit']}, "
        f"{works} work{'s' if works != 1 else ''}, {verdict}"
    )


def estimates_text(tables: list[dict[str, Any]]) -> str:
    """An event's estimates for a CSV cell, separated by "; "."""
    return "; ".join(estimate_text(t) for t in tables)


def _flat_event(event: dict[str, Any]) -> dict[str, Any]:
    count = event["count"] or {}
    return {
        "id": event["id"],
        "title": event["title"],
        "kind": event["kind"],
        "soviet": event["soviet"],
        "state": event["state"],
        "start": event["start"],
        "precision": event["precision"],
        "end": event["end"],
        "end_precision": event["end_precision"],
        "groups": "; ".join(event["groups"]),
        "origin": "; ".join(event["origin"]),
        "destination": "; ".join(event["destination"]),
        "count_value": count.get("value"),
        "count_low": count.get("low"),
        "count_high": count.get("high"),
        "count_unit": count.get("unit"),
        "count_approx": count.get("approx"),
        "count_stated": count.get("stated"),
        "count_sources": sources_text(count.get("sources", [])),
        "decrees": "; ".join(event["decrees"]),
        "estimates": estimates_text(event.get("estimates", [])),
        "summary": event["summary"],
        "sources": sources_text(event["sources"]),
    }


def _cell(key: str, value: Any) -> Any:
    """One CSV cell: sources as their labels, lists of names or ids joined by "; ", any
    other list or mapping as JSON (never Python's repr)."""
    if key == "sources":
        return sources_text(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(type_name: str, rows: list[dict[str, Any]]) -> str:
    if type_name == "events":
        rows = [_flat_event(e) for e in rows]
    else:
        rows = [{k: _cell(k, v) for k, v in row.items()} for row in rows]
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def to_geojson(conn: sqlite3.Connection, type_name: str) -> dict[str, Any]:
    """Places as Points; events as one LineString per origin→destination pair with both
    places located. Records without coordinates are left out (and counted in ``skipped``)."""
    features: list[dict[str, Any]] = []
    skipped = 0
    if type_name == "places":
        for place in records(conn, "places"):
            if place["lat"] is None or place["lon"] is None:
                skipped += 1
                continue
            properties = {k: v for k, v in place.items() if k not in ("lat", "lon")}
            features.append(_feature("Point", [place["lon"], place["lat"]], properties))
    elif type_name == "events":
        where = {
            r["id"]: (r["lon"], r["lat"], r["precision_km"])
            for r in conn.execute(
                "SELECT id, lon, lat, precision_km FROM places "
                "WHERE lat IS NOT NULL AND lon IS NOT NULL"
            )
        }
        for event in events(conn, event_ids(conn)):
            pairs = [
                (o, d)
                for o in event["origin_ids"]
                for d in event["destination_ids"]
                if o in where and d in where
            ]
            if not pairs:
                skipped += 1
            for origin, destination in pairs:
                properties = {
                    "event_id": event["id"],
                    "title": event["title"],
                    "kind": event["kind"],
                    "start": event["start"],
                    "precision": event["precision"],
                    "end": event["end"],
                    "groups": event["groups"],
                    "origin_id": origin,
                    "destination_id": destination,
                    "origin_precision_km": where[origin][2],
                    "destination_precision_km": where[destination][2],
                    "count": event["count"],
                    "sources": event["sources"],
                }
                coordinates = [list(where[origin][:2]), list(where[destination][:2])]
                features.append(_feature("LineString", coordinates, properties))
    else:
        raise InputError(f"GeoJSON export is for places and events, not {type_name}")
    return {"type": "FeatureCollection", "features": features, "skipped": skipped}


def _feature(kind: str, coordinates: Any, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": kind, "coordinates": coordinates},
        "properties": properties,
    }


def export(conn: sqlite3.Connection, type_name: str, fmt: str) -> str:
    """The text of one export: ``type_name`` in ``json``, ``csv`` or ``geojson``."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")
    _check_type(type_name)
    if fmt == "geojson":
        return json.dumps(to_geojson(conn, type_name), ensure_ascii=False, indent=1) + "\n"
    rows = records(conn, type_name)
    if fmt == "csv":
        return to_csv(type_name, rows)
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
