"""One record from the built database with everything it links to, for ``show`` and the web."""

from __future__ import annotations

import difflib
import sqlite3
from typing import Any

from borderlands.errors import InputError
from borderlands.kb.recordtypes import RECORD_TYPES
from borderlands.kb.sourcerows import source_row

TABLE_OF_TYPE = {type_name: type_name for type_name in RECORD_TYPES}

BOOLEAN_COLUMNS = frozenset({
    "soviet", "diaspora", "enemy_nation", "carried_out", "approx", "derived", "start_approx",
    "end_approx", "intent_to_murder", "dilution", "consolidation", "forced_assimilation",
})

# For each type: (label, SQL giving related record ids for ?1 = this record's id, in order).
RELATED: dict[str, list[tuple[str, str]]] = {
    "events": [
        ("groups", "SELECT group_id FROM event_groups WHERE event_id = ?1 ORDER BY seq"),
        ("origin", "SELECT place_id FROM event_places WHERE event_id = ?1 AND role = 'origin' "
                   "ORDER BY seq"),
        ("destination", "SELECT place_id FROM event_places WHERE event_id = ?1 "
                        "AND role = 'destination' ORDER BY seq"),
        ("decrees", "SELECT decree_id FROM event_decrees WHERE event_id = ?1"),
        ("actors", "SELECT organisation_id FROM event_actors WHERE event_id = ?1"),
        ("persons", "SELECT person_id FROM event_persons WHERE event_id = ?1"),
        ("concepts", "SELECT concept_id FROM event_concepts WHERE event_id = ?1 UNION "
                     "SELECT concept_id FROM concept_events WHERE event_id = ?1"),
        ("part of", "SELECT part_of FROM events WHERE id = ?1 AND part_of IS NOT NULL"),
        ("parts", "SELECT id FROM events WHERE part_of = ?1 ORDER BY first_day"),
        ("figures", "SELECT figure_id FROM figure_about WHERE record_id = ?1"),
        ("typology", "SELECT id FROM typology WHERE episode = ?1"),
        ("group fates", "SELECT DISTINCT group_id FROM group_fate_events WHERE event_id = ?1"),
    ],
    "decrees": [
        ("issuer", "SELECT issuer FROM decrees WHERE id = ?1"),
        ("groups", "SELECT group_id FROM decree_groups WHERE decree_id = ?1"),
        ("places", "SELECT place_id FROM decree_places WHERE decree_id = ?1"),
        ("events", "SELECT event_id FROM event_decrees WHERE decree_id = ?1"),
        ("regime rules", "SELECT id FROM regime WHERE decree = ?1"),
        ("figures", "SELECT figure_id FROM figure_about WHERE record_id = ?1"),
    ],
    "groups": [
        ("events", "SELECT eg.event_id FROM event_groups eg JOIN events e ON e.id = eg.event_id "
                   "WHERE eg.group_id = ?1 ORDER BY e.first_day"),
        ("decrees", "SELECT dg.decree_id FROM decree_groups dg JOIN decrees d "
                    "ON d.id = dg.decree_id WHERE dg.group_id = ?1 ORDER BY d.first_day"),
        ("fate events", "SELECT event_id FROM group_fate_events WHERE group_id = ?1"),
        ("figures", "SELECT figure_id FROM figure_about WHERE record_id = ?1"),
    ],
    "places": [
        ("parent", "SELECT parent FROM places WHERE id = ?1 AND parent IS NOT NULL"),
        ("within", "SELECT id FROM places WHERE parent = ?1 ORDER BY name"),
        ("events from here", "SELECT event_id FROM event_places WHERE place_id = ?1 "
                             "AND role = 'origin'"),
        ("events to here", "SELECT event_id FROM event_places WHERE place_id = ?1 "
                           "AND role = 'destination'"),
        ("decrees", "SELECT decree_id FROM decree_places WHERE place_id = ?1"),
        ("regime rules", "SELECT id FROM regime WHERE region = ?1"),
        ("figures", "SELECT figure_id FROM figure_about WHERE record_id = ?1"),
    ],
    "concepts": [
        ("events", "SELECT event_id FROM concept_events WHERE concept_id = ?1 UNION "
                   "SELECT event_id FROM event_concepts WHERE concept_id = ?1"),
        ("related", "SELECT related_id FROM concept_related WHERE concept_id = ?1 UNION "
                    "SELECT concept_id FROM concept_related WHERE related_id = ?1"),
    ],
    "persons": [
        ("organisations", "SELECT organisation_id FROM person_organisations "
                          "WHERE person_id = ?1"),
        ("events", "SELECT event_id FROM event_persons WHERE person_id = ?1"),
    ],
    "organisations": [
        ("parent", "SELECT parent FROM organisations WHERE id = ?1 AND parent IS NOT NULL"),
        ("within", "SELECT id FROM organisations WHERE parent = ?1"),
        ("decrees issued", "SELECT id FROM decrees WHERE issuer = ?1 ORDER BY first_day"),
        ("events", "SELECT event_id FROM event_actors WHERE organisation_id = ?1"),
        ("persons", "SELECT person_id FROM person_organisations WHERE organisation_id = ?1"),
    ],
    "figures": [
        ("about", "SELECT record_id FROM figure_about WHERE figure_id = ?1"),
        ("derived from", "SELECT input_id FROM figure_inputs WHERE figure_id = ?1"),
        ("used by", "SELECT figure_id FROM figure_inputs WHERE input_id = ?1"),
    ],
    "typology": [("episode", "SELECT episode FROM typology WHERE id = ?1")],
    "regime": [
        ("region", "SELECT region FROM regime WHERE id = ?1 AND region IS NOT NULL"),
        ("decree", "SELECT decree FROM regime WHERE id = ?1 AND decree IS NOT NULL"),
    ],
}


def record_detail(conn: sqlite3.Connection, record_id: str) -> dict[str, Any]:
    """A record's fields, where it is written, its sources and its related records.

    Shape: ``{"id", "type", "title", "file", "line", "fields": {...}, "sources": [{"page",
    "note", "part"}], "related": {label: [{"id", "type", "title"}]}}`` plus ``counts`` for
    events and ``fate`` for groups. An unknown id raises InputError.
    """
    head = conn.execute(
        "SELECT id, type, name, file, line FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    if head is None:
        ids = [r[0] for r in conn.execute("SELECT id FROM records")]
        close = difflib.get_close_matches(record_id, ids, n=3, cutoff=0.75)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise InputError(f"no record with id {record_id!r}{hint}")
    type_name = head["type"]
    fields = {
        key: bool(value) if key in BOOLEAN_COLUMNS and value is not None else value
        for key, value in dict(
            conn.execute(f"SELECT * FROM {TABLE_OF_TYPE[type_name]} WHERE id = ?", (record_id,))
            .fetchone()
        ).items()
    }
    detail: dict[str, Any] = {
        "id": record_id,
        "type": type_name,
        "title": head["name"],
        "file": head["file"],
        "line": head["line"],
        "fields": fields,
        "sources": [
            {**source_row(r), "part": r["part"]}
            for r in conn.execute(
                "SELECT work, page, note, document, section, part FROM sources "
                "WHERE record_id = ? ORDER BY rowid",
                (record_id,),
            )
        ],
        "related": {},
    }
    for label, sql in RELATED[type_name]:
        ids = list(dict.fromkeys(r[0] for r in conn.execute(sql, (record_id,))))
        if ids:
            detail["related"][label] = _titles(conn, ids)
    if type_name == "events":
        detail["counts"] = [dict(r) for r in conn.execute(
            "SELECT * FROM counts WHERE event_id = ? ORDER BY seq", (record_id,)
        )]
    if type_name == "groups":
        detail["fate"] = [dict(r) for r in conn.execute(
            "SELECT year, summary FROM group_fates WHERE group_id = ? ORDER BY seq",
            (record_id,),
        )]
    return detail


def _titles(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, str]]:
    marks = ", ".join("?" * len(ids))
    found = {
        r["id"]: r
        for r in conn.execute(f"SELECT id, type, name FROM records WHERE id IN ({marks})", ids)
    }
    return [
        {"id": i, "type": found[i]["type"], "title": found[i]["name"]}
        if i in found
        else {"id": i, "type": "", "title": i}
        for i in ids
    ]
