"""The border regime as rules: which strips and zones applied at a distance from the border,
on a date, in a region — answered from the dated RegimeRule records.

Depth semantics: ``depth_km.value`` is a known depth; ``low``-``high`` says the depth varied
between those bounds from place to place. A point ``km`` from the border is inside for sure
when ``km <= value`` or ``km <= low``; it *may* be inside when ``low < km <= high`` (or when
the depth is not given); it is outside beyond ``high`` or ``value``.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from typing import Any

from borderlands.errors import InputError
from borderlands.kb.query import resolve

APPLIES = "applies"
MAY_APPLY = "may apply"


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{text!r} is not a date YYYY-MM-DD", "--date") from None


def depth_status(km: float, low: float | None, high: float | None, value: float | None
                 ) -> tuple[str | None, str]:
    """Whether a point ``km`` from the border lies in a strip of this depth, and why."""
    if value is not None:
        if km <= value:
            return APPLIES, f"{km:g} km is within its depth of {value:g} km"
        return None, f"{km:g} km is beyond its depth of {value:g} km"
    if low is None and high is None:
        return MAY_APPLY, "its depth is not recorded"
    if high is not None and km > high:
        return None, f"{km:g} km is beyond its greatest depth of {high:g} km"
    if low is not None and km <= low:
        return APPLIES, f"{km:g} km is within even its least depth of {low:g} km"
    if low is None:
        return MAY_APPLY, f"its depth reached up to {high:g} km"
    if high is None:
        return MAY_APPLY, f"its depth was at least {low:g} km; the greatest is not recorded"
    return MAY_APPLY, f"its depth varied from {low:g} to {high:g} km"


def _place_lineage(conn: sqlite3.Connection, place_ids: list[str]) -> tuple[set[str], set[str]]:
    """(the places and every place they lie within, every place lying within them)."""
    parents = dict(conn.execute("SELECT id, parent FROM places").fetchall())
    up: set[str] = set()
    for pid in place_ids:
        seen: set[str] = set()
        current: str | None = pid
        while current and current not in seen:
            seen.add(current)
            current = parents.get(current)
        up |= seen
    down: set[str] = set()
    for child in parents:
        node, seen = child, set()
        while node and node not in seen:
            seen.add(node)
            node = parents.get(node)
            if node in place_ids:
                down.add(child)
                break
    return up, down


def regime_at(
    conn: sqlite3.Connection, km: float, date: str | dt.date, region: str | None = None
) -> list[dict[str, Any]]:
    """The regime rules in force on ``date`` that reach ``km`` from the border.

    Without ``region`` every region's rules are listed, each naming its region (None: the
    whole border). With ``region`` (a place id, name or variant), rules for that place, for
    any place it lies within, or for the whole border apply; rules for a smaller place
    inside it apply only there ("in part of the region").
    """
    if not math.isfinite(km):
        raise InputError(f"a distance from the border is a finite number of km, not {km:g}",
                         "--km")
    if km < 0:
        raise InputError(f"a distance from the border is not negative: {km:g}", "--km")
    day = parse_day(date) if isinstance(date, str) else date
    scope_up: set[str] | None = None
    scope_down: set[str] = set()
    if region is not None:
        ids = resolve(conn, "places", region)
        if not ids:
            raise InputError(f"no place named {region!r}", "--region")
        scope_up, scope_down = _place_lineage(conn, ids)
    rows = conn.execute(
        """SELECT r.*, p.name AS region_name, d.title_en AS decree_title, d.date AS decree_date
           FROM regime r LEFT JOIN places p ON p.id = r.region
           LEFT JOIN decrees d ON d.id = r.decree
           WHERE r.first_day <= ?1 AND (r.last_day IS NULL OR r.last_day >= ?1)
           ORDER BY r.first_day, r.id""",
        (day.isoformat(),),
    ).fetchall()
    answers = []
    for row in rows:
        status, why = depth_status(km, row["depth_low"], row["depth_high"], row["depth_value"])
        if status is None:
            continue
        where = "along the whole border" if row["region"] is None else row["region_name"]
        if scope_up is not None and row["region"] is not None:
            if row["region"] in scope_down:
                status = MAY_APPLY
                why += f"; it covered only {row['region_name']}, within the region asked about"
            elif row["region"] not in scope_up:
                continue
        sources = [
            {"page": s[0], "note": s[1]}
            for s in conn.execute(
                "SELECT page, note FROM sources WHERE record_id = ? ORDER BY rowid", (row["id"],)
            )
        ]
        answers.append(
            {
                "id": row["id"],
                "kind": row["kind"],
                "name": row["name"],
                "status": status,
                "why": why,
                "start": row["start"],
                "end": row["end"],
                "region": row["region"],
                "where": where,
                "depth_km": {
                    "value": row["depth_value"],
                    "low": row["depth_low"],
                    "high": row["depth_high"],
                },
                "applies_to": row["applies_to"],
                "rules": row["rules"],
                "decree": (
                    {"id": row["decree"], "title": row["decree_title"], "date": row["decree_date"]}
                    if row["decree"]
                    else None
                ),
                "sources": sources,
            }
        )
    return answers
