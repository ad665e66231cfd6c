"""Queries over the built SQLite file: full-text search, events in the public JSON shape,
any record with its related records. Fast enough to call once per web request."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from borderlands.errors import InputError
from borderlands.kb.filters import EventFilter
from borderlands.kb.labels import number
from borderlands.kb.sourcerows import source_row
from borderlands.kb.store import connect

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    type: str  # "event", "group", "place", ... (singular)
    title: str
    snippet: str  # matched words wrapped in <mark>…</mark>; the rest is plain text

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: every word must occur (as a prefix).

    Quotes, colons and minus signs typed by people would otherwise be FTS5 syntax errors.
    """
    return " ".join(f'"{w}"*' for w in _WORD.findall(text))


def search(
    query: str, db: Path | None = None, limit: int = 50, conn: sqlite3.Connection | None = None
) -> list[SearchHit]:
    """Records whose title or text contains every word of ``query``, best first.

    A record whose title is exactly the query comes first; then BM25, titles weighing ten
    times the rest. The snippet marks matches with ``<mark>`` and is
    otherwise unescaped text: escape it before putting it in HTML.
    """
    match = fts_query(query)
    if not match:
        return []
    own = conn is None
    conn = conn or connect(db)
    try:
        rows = conn.execute(
            """SELECT id, type, title,
                      snippet(search, 3, '<mark>', '</mark>', '…', 12) AS body_snippet,
                      highlight(search, 2, '<mark>', '</mark>') AS title_marked
               FROM search WHERE search MATCH ?
               ORDER BY lower(title) = lower(?) DESC, bm25(search, 0, 0, 10.0, 1.0), id
               LIMIT ?""",
            (match, " ".join(query.split()), limit),
        ).fetchall()
    finally:
        if own:
            conn.close()
    hits = []
    for row in rows:
        snippet = row["body_snippet"] if "<mark>" in row["body_snippet"] else row["title_marked"]
        hits.append(SearchHit(row["id"], row["type"], row["title"], snippet))
    return hits


# -- events in the public shape --------------------------------------------------------------


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def resolve(conn: sqlite3.Connection, type_name: str, text: str) -> list[str]:
    """Ids of groups or places whose id, name, alias or variant is ``text`` (any case)."""
    table, names, key = {
        "groups": ("groups", "group_aliases", "alias"),
        "places": ("places", "place_variants", "variant"),
    }[type_name]
    column = "group_id" if type_name == "groups" else "place_id"
    rows = conn.execute(
        f"""SELECT id FROM {table} WHERE id = ?1 OR lower(name) = lower(?1)
            UNION SELECT {column} FROM {names} WHERE lower({key}) = lower(?1)""",
        (text.strip(),),
    ).fetchall()
    return [r[0] for r in rows]


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


def match_kind(conn: sqlite3.Connection, text: str) -> str:
    """The event kind meant by ``text``: a kind's value or name ("population_exchange"), or
    a word only one kind contains ("massacre"). Unknown or ambiguous raises InputError."""
    import json  # here only: listing events needs no JSON parser

    row = conn.execute("SELECT value FROM meta WHERE key = 'event_kinds'").fetchone()
    kinds: dict[str, str] = json.loads(row[0]) if row else {}
    wanted = _norm(text)
    exact = [v for n, v in kinds.items() if wanted in (_norm(n), _norm(v))]
    if exact:
        return exact[0]
    partial = [v for v in kinds.values() if wanted and wanted in _norm(v).split()]
    if len(partial) == 1:
        return partial[0]
    choices = ", ".join(kinds.values())
    what = "ambiguous" if partial else "unknown"
    raise InputError(f"{what} event kind {text!r}; one of: {choices}", "--kind")


def event_ids(
    conn: sqlite3.Connection,
    group: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    soviet: bool | None = None,
    place: str | None = None,
    *,
    context: str | None = None,
    scope: str | None = None,
    years: tuple[int, int] | None = None,
    dated: bool | None = None,
) -> list[str]:
    """Ids of events matching every filter, in chronological order (undated last): the one
    event filter of every reader (see ``kb.filters.EventFilter``).

    ``group`` and ``place`` may be an id, a name or an alias; ``year`` is ``years`` of one
    year. An unknown group, place or kind raises InputError naming it.
    """
    groups = places = None
    if group is not None:
        groups = frozenset(resolve(conn, "groups", group))
        if not groups:
            raise InputError(f"no group named {group!r}", "--group")
    if place is not None:
        places = frozenset(resolve(conn, "places", place))
        if not places:
            raise InputError(f"no place named {place!r}", "--place")
    flt = EventFilter(
        groups=groups,
        places=places,
        kind=match_kind(conn, kind) if kind is not None else None,
        soviet=soviet,
        context=context,
        scope=scope,
        years=(year, year) if year is not None else years,
        dated=dated,
    )
    where, args = flt.where()
    sql = "SELECT id FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY first_day IS NULL, first_day, id"
    return [r[0] for r in conn.execute(sql, args)]


def _sources(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict[str, int | None]]] = defaultdict(list)
    rows = conn.execute(
        f"SELECT record_id, part, work, page, note, document, section FROM sources "
        f"WHERE record_id IN ({_placeholders(ids)}) ORDER BY rowid",
        list(ids),
    )
    for row in rows:
        out[(row["record_id"], row["part"])].append(source_row(row))
    return out


def _count(row: sqlite3.Row, sources: list[dict[str, int | None]]) -> dict[str, Any]:
    return {
        "value": number(row["value"]),
        "low": number(row["low"]),
        "high": number(row["high"]),
        "unit": row["unit"],
        "approx": bool(row["approx"]),
        "qualifier": row["qualifier"],
        "status": row["status"],
        "what": row["what"],
        "stated": row["stated"],
        "sources": sources,
    }


def events(conn: sqlite3.Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Event records in the public JSON shape (DESIGN.md), in the order of ``ids``.

    ``count`` is the event's headline count: its first count of something carried out, else
    its first count, else null; ``counts`` lists them all.
    """
    if not ids:
        return []
    ids = list(ids)
    marks = _placeholders(ids)
    rows = {
        r["id"]: r for r in conn.execute(f"SELECT * FROM events WHERE id IN ({marks})", ids)
    }
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in conn.execute(
        f"""SELECT eg.event_id, g.id, g.name FROM event_groups eg JOIN groups g
            ON g.id = eg.group_id WHERE eg.event_id IN ({marks}) ORDER BY eg.seq""",
        ids,
    ):
        groups[r[0]].append((r[1], r[2]))
    places: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in conn.execute(
        f"""SELECT ep.event_id, ep.role, p.id, p.name FROM event_places ep JOIN places p
            ON p.id = ep.place_id WHERE ep.event_id IN ({marks}) ORDER BY ep.seq""",
        ids,
    ):
        places[(r[0], r[1])].append((r[2], r[3]))
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, column, label in (
        ("event_decrees", "decree_id", "decrees"),
        ("event_actors", "organisation_id", "actors"),
        ("event_concepts", "concept_id", "concepts"),
        ("event_persons", "person_id", "persons"),
    ):
        for r in conn.execute(
            f"SELECT event_id, {column} FROM {table} WHERE event_id IN ({marks}) ORDER BY rowid",
            ids,
        ):
            links[(r[0], label)].append(r[1])
    sources = _sources(conn, ids)
    counts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(
        f"SELECT * FROM counts WHERE event_id IN ({marks}) ORDER BY event_id, seq", ids
    ):
        count_sources = sources.get((r["event_id"], f"count {r['seq']}"), [])
        counts[r["event_id"]].append(_count(r, count_sources))
    estimates: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in conn.execute(
        f"SELECT event_id, body FROM estimates WHERE event_id IN ({marks}) ORDER BY event_id, seq",
        ids,
    ):
        estimates[r[0]].append(json.loads(r[1]))
    out = []
    for eid in ids:
        row = rows.get(eid)
        if row is None:
            continue
        event_counts = counts.get(eid, [])
        headline = next(
            (c for c in event_counts if c["status"] == "carried_out"),
            event_counts[0] if event_counts else None,
        )
        out.append(
            {
                "id": eid,
                "title": row["title"],
                "kind": row["kind"],
                "soviet": bool(row["soviet"]),
                "state": row["state"],
                "start": row["start"],
                "precision": row["start_precision"],
                "start_approx": bool(row["start_approx"]) if row["start"] else None,
                "end": row["end"],
                "end_precision": row["end_precision"],
                "end_approx": bool(row["end_approx"]) if row["end"] else None,
                "groups": [name for _, name in groups.get(eid, [])],
                "group_ids": [gid for gid, _ in groups.get(eid, [])],
                "origin": [name for _, name in places.get((eid, "origin"), [])],
                "origin_ids": [pid for pid, _ in places.get((eid, "origin"), [])],
                "destination": [name for _, name in places.get((eid, "destination"), [])],
                "destination_ids": [pid for pid, _ in places.get((eid, "destination"), [])],
                "count": headline,
                "counts": event_counts,
                "estimates": estimates.get(eid, []),
                "scope": row["scope"],
                "context": row["context"],
                "decrees": links.get((eid, "decrees"), []),
                "actors": links.get((eid, "actors"), []),
                "concepts": links.get((eid, "concepts"), []),
                "persons": links.get((eid, "persons"), []),
                "part_of": row["part_of"],
                "replacement_settlers": row["replacement_settlers"],
                "outcome": row["outcome"],
                "summary": row["summary"],
                "sources": sources.get((eid, ""), []),
            }
        )
    return out


def find_events(
    group: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    soviet: bool | None = None,
    place: str | None = None,
    db: Path | None = None,
    conn: sqlite3.Connection | None = None,
) -> list[dict[str, Any]]:
    """Events matching every filter, in the public JSON shape, chronological."""
    own = conn is None
    conn = conn or connect(db)
    try:
        return events(conn, event_ids(conn, group, year, kind, soviet, place))
    finally:
        if own:
            conn.close()


def rows(conn: sqlite3.Connection, sql: str, args: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, list(args))]
