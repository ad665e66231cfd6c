"""Compile data/ into one SQLite file, atomically: a failed build leaves the old file as it was.

The data is validated first; a build of invalid data is refused with the first problem's file
and line. The database gets a Datasette metadata file beside it (``<name>.metadata.json``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderlands import __version__
from borderlands.atomic import atomic_path, write_text_atomic
from borderlands.errors import InputError
from borderlands.kb.checks import problems_in
from borderlands.kb.estimates import write_estimates
from borderlands.kb.freshness import data_fingerprint
from borderlands.kb.knowledge import KB
from borderlands.kb.loading import SINGULAR, read_all
from borderlands.kb.metadata import datasette_metadata
from borderlands.kb.schema import EventKind, HistDate, Record, SourceRef
from borderlands.kb.tables import DDL, SCHEMA_VERSION
from borderlands.kb.works import write_works
from borderlands.paths import data_dir as default_data_dir
from borderlands.paths import default_db


@dataclass(frozen=True, slots=True)
class BuildReport:
    db: Path
    metadata: Path
    rows: dict[str, int]
    citations: int
    seconds: float


def metadata_path(db: Path) -> Path:
    return db.with_name(db.stem + ".metadata.json")


def load_valid(data_dir: Path) -> KB:
    """The KB of a data folder that passes every check, or InputError at its first problem."""
    reading = read_all(data_dir, stop_at_first=False)
    problems = sorted(
        reading.problems + problems_in(reading),
        key=lambda p: (str(p.file), p.line or 0, p.message),
    )
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(
            f"{first.message}{more}; run `borderlands validate` for the full list",
            first.file,
            str(first.line) if first.line else None,
        )
    return KB.from_loaded(reading.loaded, data_dir=data_dir)


def build(
    db: Path | None = None,
    data_dir: Path | None = None,
    article: Path | None = None,
) -> BuildReport:
    """Validate ``data_dir`` and compile it into the SQLite file ``db``.

    With ``article``, the archival references of each note are recorded too (when the
    citation parser, borderlands.sources, is available); without it nothing needs the article.
    """
    began = time.perf_counter()
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    target = Path(db) if db is not None else default_db()
    fingerprint = data_fingerprint(directory)
    kb = load_valid(directory)
    citations = list(_note_citations(article)) if article is not None else []
    with atomic_path(target, suffix=".building") as tmp:
        conn = sqlite3.connect(tmp)
        try:
            rows = write_kb(conn, kb, directory, fingerprint)
            _insert_citations(conn, citations)
            conn.commit()
        finally:
            conn.close()
    meta = metadata_path(target)
    write_text_atomic(meta, json.dumps(datasette_metadata(target.stem), indent=2) + "\n")
    return BuildReport(target, meta, rows, len(citations), time.perf_counter() - began)


def _b(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _e(value: Any) -> Any:
    """An enum's value, or the value itself."""
    return getattr(value, "value", value)


def _date_cols(date: HistDate | None, last: bool = False) -> tuple[Any, ...]:
    if date is None:
        return (None, None, None, None)
    day = date.last_day() if last else date.first_day()
    return (date.date, date.precision.value, int(date.approx), day.isoformat())


class _Writer:
    def __init__(self, conn: sqlite3.Connection, kb: KB, data_dir: Path) -> None:
        self.conn = conn
        self.kb = kb
        self.data_dir = data_dir

    def many(self, table: str, rows: Iterable[tuple[Any, ...]]) -> None:
        rows = list(rows)
        if not rows:
            return
        marks = ", ".join("?" * len(rows[0]))
        self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def sources(self, rid: str, type_name: str, part: str, refs: list[SourceRef]) -> None:
        self.many(
            "sources(record_id, record_type, part, page, note, work, document, section)",
            ((rid, type_name, part, s.page, s.note, s.work, s.document, s.section) for s in refs),
        )

    def relative(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.data_dir))
        except ValueError:
            return str(path)


def write_kb(conn: sqlite3.Connection, kb: KB, data_dir: Path, fingerprint: str) -> dict[str, int]:
    """Create the schema in an empty database and fill it; returns rows per record table.

    The file is a private temporary one until it is renamed into place, so the journal and
    fsyncs are switched off: a crash leaves only a temporary file behind.
    """
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.executescript(f"BEGIN;\n{DDL}\nCOMMIT;")
    conn.execute("BEGIN")
    w = _Writer(conn, kb, data_dir)
    write_works(w.many, kb, w.relative)
    for type_name, record in kb.records():
        where = kb.locations[record.id]  # type: ignore[attr-defined]
        w.many(
            "records",
            [(record.id, type_name, kb.title(record), w.relative(where.file), where.line)],  # type: ignore[attr-defined]
        )
        w.sources(record.id, type_name, "", record.sources)  # type: ignore[attr-defined]
    _organisations(w)
    _places(w)
    _groups(w)
    _persons(w)
    _decrees(w)
    _events(w)
    _concepts(w)
    _figures(w)
    _typology(w)
    _regime(w)
    w.many(
        "exclusions(page, note, stated, reason, file, line)",
        (
            (x.page, x.note, x.stated, x.reason, w.relative(loc.file), loc.line)
            for x, loc in zip(kb.exclusions, kb.exclusion_locations, strict=True)
        ),
    )
    w.many("search(id, type, title, body)", _search_rows(kb))
    rows = {name: len(getattr(kb, name)) for name in (*KB.TYPES, "exclusions")}
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "borderlands_version": __version__,
        "data_dir": str(Path(data_dir).resolve()),
        "data_fingerprint": fingerprint,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "rows": json.dumps(rows),
        "event_kinds": json.dumps({k.name: k.value for k in EventKind}),
    }
    w.many("meta", meta.items())
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise InputError(f"build: row {rowid} of {table} refers to a missing {parent} record")
    return rows


def _organisations(w: _Writer) -> None:
    w.many(
        "organisations",
        ((o.id, o.name, o.abbreviation, _e(o.kind), o.parent) for o in w.kb.organisations),
    )


def _places(w: _Writer) -> None:
    w.many(
        "places",
        (
            (
                p.id, p.name, _e(p.type), p.lat, p.lon, p.precision_km, p.parent,
                p.present_name, p.present_country,
            )
            for p in w.kb.places
        ),
    )
    w.many("place_variants", ((p.id, v) for p in w.kb.places for v in p.variants))


def _groups(w: _Writer) -> None:
    w.many(
        "groups",
        (
            (
                g.id, g.name, _e(g.kind), _b(g.diaspora), g.kin_state, _b(g.enemy_nation),
                g.summary,
            )
            for g in w.kb.groups
        ),
    )
    w.many("group_aliases", ((g.id, a) for g in w.kb.groups for a in g.aliases))
    for g in w.kb.groups:
        for seq, fate in enumerate(g.fate, 1):
            w.many("group_fates", [(g.id, seq, fate.year, fate.summary)])
            w.many("group_fate_events", ((g.id, seq, e) for e in fate.events))
            w.sources(g.id, "groups", f"fate {seq}", fate.sources)


def _persons(w: _Writer) -> None:
    w.many("persons", ((p.id, p.name, p.role) for p in w.kb.persons))
    w.many("person_variants", ((p.id, v) for p in w.kb.persons for v in p.variants))
    w.many(
        "person_organisations", ((p.id, o) for p in w.kb.persons for o in p.organisations)
    )


def _decrees(w: _Writer) -> None:
    w.many(
        "decrees",
        (
            (
                d.id, d.date.date, d.date.precision.value, int(d.date.approx),
                d.date.first_day().isoformat(), d.date.year, d.issuer, d.number,
                d.title_translit, d.title_en, d.ordered, _b(d.carried_out),
            )
            for d in w.kb.decrees
        ),
    )
    w.many("decree_groups", ((d.id, g) for d in w.kb.decrees for g in d.groups))
    w.many("decree_places", ((d.id, p) for d in w.kb.decrees for p in d.places))


def _events(w: _Writer) -> None:
    for e in w.kb.events:
        end = e.end or e.start
        w.many(
            "events",
            [
                (
                    e.id, e.title, _e(e.kind), *_date_cols(e.start),
                    *(_date_cols(e.end, last=True)[:3]),
                    end.last_day().isoformat() if end else None,
                    e.start.year if e.start else None, end.year if end else None,
                    e.state, int(e.soviet), _e(e.scope), _e(e.context),
                    e.replacement_settlers, e.outcome, e.part_of, _e(e.certainty), e.summary,
                )
            ],
        )
        w.many("event_groups", ((e.id, g, i) for i, g in enumerate(e.groups)))
        w.many("event_places", ((e.id, p, "origin", i) for i, p in enumerate(e.origin)))
        w.many(
            "event_places", ((e.id, p, "destination", i) for i, p in enumerate(e.destination))
        )
        w.many("event_decrees", ((e.id, d) for d in e.decrees))
        w.many("event_actors", ((e.id, o) for o in e.actors))
        w.many("event_concepts", ((e.id, c) for c in e.concepts))
        w.many("event_persons", ((e.id, p) for p in e.persons))
        for seq, c in enumerate(e.counts, 1):
            w.many(
                "counts",
                [
                    (
                        e.id, seq, c.value, c.low, c.high, _e(c.unit), int(c.approx),
                        c.qualifier, _e(c.status), c.what, c.stated,
                    )
                ],
            )
            w.sources(e.id, "events", f"count {seq}", c.sources)
        for seq, estimate in enumerate(e.estimates, 1):
            w.sources(e.id, "events", f"estimate {seq}", estimate.explained_by)
        write_estimates(w.many, e)


def _concepts(w: _Writer) -> None:
    w.many("concepts", ((c.id, c.name, c.definition) for c in w.kb.concepts))
    w.many("concept_events", ((c.id, e) for c in w.kb.concepts for e in c.events))
    w.many("concept_related", ((c.id, r) for c in w.kb.concepts for r in c.related))


def _figures(w: _Writer) -> None:
    w.many(
        "figures",
        (
            (
                f.id, f.stated, f.value, f.low, f.high, _e(f.unit), f.counted, int(f.approx),
                f.qualifier, f.measures, f.year, int(f.derived),
            )
            for f in w.kb.figures
        ),
    )
    w.many("figure_about", ((f.id, r) for f in w.kb.figures for r in f.about))
    w.many("figure_inputs", ((f.id, i) for f in w.kb.figures for i in f.inputs))


def _typology(w: _Writer) -> None:
    w.many(
        "typology",
        (
            (
                t.id, t.episode, _b(t.intent_to_murder), _e(t.perpetrators), _e(t.scope),
                _e(t.removal), _e(t.context), _b(t.dilution), _b(t.consolidation),
                _b(t.forced_assimilation), t.note,
            )
            for t in w.kb.typology
        ),
    )


def _regime(w: _Writer) -> None:
    w.many(
        "regime",
        (
            (
                r.id, _e(r.kind), r.name, r.start.date, r.start.first_day().isoformat(),
                r.end.date if r.end else None,
                r.end.last_day().isoformat() if r.end else None, r.region,
                r.depth_km.low if r.depth_km else None,
                r.depth_km.high if r.depth_km else None,
                r.depth_km.value if r.depth_km else None,
                r.applies_to, r.rules, r.decree,
            )
            for r in w.kb.regime
        ),
    )


def _search_body(kb: KB, record: Record) -> str:
    """The words a search should find a record by, besides its title."""
    parts: list[str] = []
    fields = vars(record)  # plain dict lookups: pydantic's __getattr__ is slow on misses
    for attr in (
        "summary", "outcome", "state", "definition", "ordered", "title_translit", "number",
        "role", "abbreviation", "measures", "counted", "stated", "rules", "note", "kin_state",
        "present_name", "present_country", "replacement_settlers",
    ):
        value = fields.get(attr)
        if isinstance(value, str):
            parts.append(value)
    for attr in ("aliases", "variants"):
        parts.extend(fields.get(attr, []))
    for attr in ("groups", "origin", "destination", "persons", "actors", "about", "places"):
        parts.extend(kb.name_of(i) for i in fields.get(attr, []))
    for fate in fields.get("fate", []):
        parts.append(fate.summary)
    kind = fields.get("kind")
    if kind is not None:
        parts.append(str(_e(kind)))
    return " ".join(parts)


def _search_rows(kb: KB) -> Iterator[tuple[str, str, str, str]]:
    for type_name, record in kb.records():
        yield record.id, SINGULAR[type_name], kb.title(record), _search_body(kb, record)  # type: ignore[attr-defined]


def _note_citations(article: Path) -> Iterator[tuple[Any, ...]]:
    """(note, page, seq, kind, archive, fond, opis, delo, date, year, pages, raw) per citation.

    Optional: needs the article parser and the citation parser; when either is missing the
    build goes on without citations.
    """
    from borderlands.kb.citations import note_citations

    yield from note_citations(article)


def _insert_citations(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        marks = ", ".join("?" * 12)
        conn.executemany(f"INSERT INTO note_citations VALUES ({marks})", rows)
