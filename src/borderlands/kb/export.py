"""Exports of the built database: JSON, CSV and GeoJSON, as text ready to print or write.

Events in JSON follow the public contract (DESIGN.md). Every exported row carries its
sources as ``[{"work": "martin-1998", "page": 851, "note": 237}]`` (CSV: ``851 n237; 852``;
another work's ``pohl-1999 p. 10``).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import defaultdict
from typing import Any

from borderlands.errors import InputError
from borderlands.kb.query import event_ids, events, number
from borderlands.kb.sourcerows import source_label, source_row

EXPORTABLE = ("events", "decrees", "groups", "places", "figures")
FORMATS = ("json", "csv", "geojson")

# Link tables folded into each exported record: (key, SQL giving (record id, linked id)).
_LISTS: dict[str, list[tuple[str, str]]] = {
    "decrees": [
        ("groups", "SELECT decree_id, group_id FROM decree_groups ORDER BY rowid"),
        ("places", "SELECT decree_id, place_id FROM decree_places ORDER BY rowid"),
    ],
    "groups": [("aliases", "SELECT group_id, alias FROM group_aliases ORDER BY rowid")],
    "places": [("variants", "SELECT place_id, variant FROM place_variants ORDER BY rowid")],
    "figures": [
        ("about", "SELECT figure_id, record_id FROM figure_about ORDER BY rowid"),
        ("inputs", "SELECT figure_id, input_id FROM figure_inputs ORDER BY rowid"),
    ],
}
_ORDER = {
    "decrees": "first_day, id",
    "groups": "name, id",
    "places": "name, id",
    "figures": "id",
}
_BOOLEAN_COLUMNS = {
    "soviet", "diaspora", "enemy_nation", "carried_out", "approx", "derived",
}


def records(conn: sqlite3.Connection, type_name: str) -> list[dict[str, Any]]:
    """Every record of one exportable type as plain dicts (events in the contract shape)."""
    if type_name not in EXPORTABLE:
        raise InputError(f"cannot export {type_name!r}; one of: {', '.join(EXPORTABLE)}")
    if type_name == "events":
        return events(conn, event_ids(conn))
    sql = f"SELECT * FROM {type_name} ORDER BY {_ORDER[type_name]}"
    rows = [dict(r) for r in conn.execute(sql)]
    for row in rows:
        for key, value in row.items():
            if key in _BOOLEAN_COLUMNS and value is not None:
                row[key] = bool(value)
            elif key in ("value", "low", "high"):
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
    for row in rows:
        for key, found in lists.items():
            row[key] = found.get(row["id"], [])
        row["sources"] = sources.get(row["id"], [])
    return rows


def sources_text(sources: list[dict[str, Any]]) -> str:
    """``851 n237; 852; pohl-1999 p. 10`` for a CSV cell."""
    return "; ".join(source_label(s) for s in sources)


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
        "summary": event["summary"],
        "sources": sources_text(event["sources"]),
    }


def to_csv(type_name: str, rows: list[dict[str, Any]]) -> str:
    if type_name == "events":
        rows = [_flat_event(e) for e in rows]
    else:
        rows = [
            {
                k: sources_text(v) if k == "sources" else "; ".join(v) if isinstance(v, list) else v
                for k, v in row.items()
            }
            for row in rows
        ]
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
    if type_name not in EXPORTABLE:
        raise InputError(f"cannot export {type_name!r}; one of: {', '.join(EXPORTABLE)}")
    if fmt == "geojson":
        return json.dumps(to_geojson(conn, type_name), ensure_ascii=False, indent=1) + "\n"
    rows = records(conn, type_name)
    if fmt == "csv":
        return to_csv(type_name, rows)
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
