"""The SQLite schema the KB compiles to: one table per record type, link tables, FTS5.

Everything a reader needs to trace a fact is a column: every row keeps the data file and
line it came from, and ``sources`` holds every (page, note) citation of every record.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE records (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
  file TEXT NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE organisations (
  id TEXT PRIMARY KEY REFERENCES records(id), name TEXT NOT NULL, abbreviation TEXT,
  kind TEXT NOT NULL, parent TEXT REFERENCES organisations(id)
);

CREATE TABLE places (
  id TEXT PRIMARY KEY REFERENCES records(id), name TEXT NOT NULL, type TEXT NOT NULL,
  lat REAL, lon REAL, precision_km REAL, parent TEXT REFERENCES places(id),
  present_name TEXT, present_country TEXT
);
CREATE TABLE place_variants (
  place_id TEXT NOT NULL REFERENCES places(id), variant TEXT NOT NULL
);

CREATE TABLE groups (
  id TEXT PRIMARY KEY REFERENCES records(id), name TEXT NOT NULL, kind TEXT NOT NULL,
  diaspora INTEGER, kin_state TEXT, enemy_nation INTEGER, summary TEXT
);
CREATE TABLE group_aliases (
  group_id TEXT NOT NULL REFERENCES groups(id), alias TEXT NOT NULL
);
CREATE TABLE group_fates (
  group_id TEXT NOT NULL REFERENCES groups(id), seq INTEGER NOT NULL, year INTEGER NOT NULL,
  summary TEXT NOT NULL, PRIMARY KEY (group_id, seq)
);
CREATE TABLE group_fate_events (
  group_id TEXT NOT NULL, seq INTEGER NOT NULL, event_id TEXT NOT NULL REFERENCES events(id),
  FOREIGN KEY (group_id, seq) REFERENCES group_fates(group_id, seq)
);

CREATE TABLE persons (
  id TEXT PRIMARY KEY REFERENCES records(id), name TEXT NOT NULL, role TEXT NOT NULL
);
CREATE TABLE person_variants (
  person_id TEXT NOT NULL REFERENCES persons(id), variant TEXT NOT NULL
);
CREATE TABLE person_organisations (
  person_id TEXT NOT NULL REFERENCES persons(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id)
);

CREATE TABLE decrees (
  id TEXT PRIMARY KEY REFERENCES records(id), date TEXT NOT NULL, precision TEXT NOT NULL,
  approx INTEGER NOT NULL, first_day TEXT NOT NULL, year INTEGER NOT NULL,
  issuer TEXT NOT NULL REFERENCES organisations(id), number TEXT, title_translit TEXT,
  title_en TEXT NOT NULL, ordered TEXT NOT NULL, carried_out INTEGER
);
CREATE TABLE decree_groups (
  decree_id TEXT NOT NULL REFERENCES decrees(id), group_id TEXT NOT NULL REFERENCES groups(id)
);
CREATE TABLE decree_places (
  decree_id TEXT NOT NULL REFERENCES decrees(id), place_id TEXT NOT NULL REFERENCES places(id)
);

CREATE TABLE events (
  id TEXT PRIMARY KEY REFERENCES records(id), title TEXT NOT NULL, kind TEXT NOT NULL,
  start TEXT, start_precision TEXT, start_approx INTEGER, first_day TEXT,
  "end" TEXT, end_precision TEXT, end_approx INTEGER, last_day TEXT,
  start_year INTEGER, end_year INTEGER,
  state TEXT, soviet INTEGER NOT NULL, scope TEXT, context TEXT,
  replacement_settlers TEXT, outcome TEXT, part_of TEXT REFERENCES events(id),
  certainty TEXT NOT NULL, summary TEXT NOT NULL
);
CREATE TABLE event_groups (
  event_id TEXT NOT NULL REFERENCES events(id), group_id TEXT NOT NULL REFERENCES groups(id),
  seq INTEGER NOT NULL
);
CREATE TABLE event_places (
  event_id TEXT NOT NULL REFERENCES events(id), place_id TEXT NOT NULL REFERENCES places(id),
  role TEXT NOT NULL CHECK (role IN ('origin', 'destination')), seq INTEGER NOT NULL
);
CREATE TABLE event_decrees (
  event_id TEXT NOT NULL REFERENCES events(id), decree_id TEXT NOT NULL REFERENCES decrees(id)
);
CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events(id),
  organisation_id TEXT NOT NULL REFERENCES organisations(id)
);
CREATE TABLE event_concepts (
  event_id TEXT NOT NULL REFERENCES events(id), concept_id TEXT NOT NULL REFERENCES concepts(id)
);
CREATE TABLE event_persons (
  event_id TEXT NOT NULL REFERENCES events(id), person_id TEXT NOT NULL REFERENCES persons(id)
);
CREATE TABLE counts (
  event_id TEXT NOT NULL REFERENCES events(id), seq INTEGER NOT NULL,
  value REAL, low REAL, high REAL, unit TEXT NOT NULL, approx INTEGER NOT NULL,
  qualifier TEXT, status TEXT NOT NULL, what TEXT, stated TEXT,
  PRIMARY KEY (event_id, seq)
);

CREATE TABLE concepts (
  id TEXT PRIMARY KEY REFERENCES records(id), name TEXT NOT NULL, definition TEXT NOT NULL
);
CREATE TABLE concept_events (
  concept_id TEXT NOT NULL REFERENCES concepts(id), event_id TEXT NOT NULL REFERENCES events(id)
);
CREATE TABLE concept_related (
  concept_id TEXT NOT NULL REFERENCES concepts(id),
  related_id TEXT NOT NULL REFERENCES concepts(id)
);

CREATE TABLE figures (
  id TEXT PRIMARY KEY REFERENCES records(id), stated TEXT NOT NULL, value REAL, low REAL,
  high REAL, unit TEXT NOT NULL, counted TEXT, approx INTEGER NOT NULL, qualifier TEXT,
  measures TEXT NOT NULL, year INTEGER, derived INTEGER NOT NULL
);
CREATE TABLE figure_about (
  figure_id TEXT NOT NULL REFERENCES figures(id), record_id TEXT NOT NULL REFERENCES records(id)
);
CREATE TABLE figure_inputs (
  figure_id TEXT NOT NULL REFERENCES figures(id), input_id TEXT NOT NULL REFERENCES figures(id)
);

CREATE TABLE typology (
  id TEXT PRIMARY KEY REFERENCES records(id), episode TEXT NOT NULL REFERENCES events(id),
  intent_to_murder INTEGER, perpetrators TEXT, scope TEXT, removal TEXT, context TEXT,
  dilution INTEGER, consolidation INTEGER, forced_assimilation INTEGER, note TEXT
);

CREATE TABLE regime (
  id TEXT PRIMARY KEY REFERENCES records(id), kind TEXT NOT NULL, name TEXT NOT NULL,
  start TEXT NOT NULL, first_day TEXT NOT NULL, "end" TEXT, last_day TEXT,
  region TEXT REFERENCES places(id), depth_low REAL, depth_high REAL, depth_value REAL,
  applies_to TEXT, rules TEXT NOT NULL, decree TEXT REFERENCES decrees(id)
);

CREATE TABLE exclusions (
  id INTEGER PRIMARY KEY, page INTEGER NOT NULL, note INTEGER, stated TEXT NOT NULL,
  reason TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE sources (
  record_id TEXT NOT NULL REFERENCES records(id), record_type TEXT NOT NULL,
  part TEXT NOT NULL DEFAULT '', page INTEGER, note INTEGER,
  work TEXT NOT NULL DEFAULT 'martin-1998' REFERENCES works(id), document TEXT, section TEXT
);

CREATE TABLE works (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, authors TEXT NOT NULL, title TEXT NOT NULL,
  year INTEGER, container TEXT, publisher TEXT, pages TEXT, url TEXT, language TEXT NOT NULL,
  draws_on TEXT NOT NULL, note TEXT, file TEXT NOT NULL, line INTEGER NOT NULL
);

CREATE TABLE estimates (
  event_id TEXT NOT NULL REFERENCES events(id), seq INTEGER NOT NULL,
  quantity TEXT NOT NULL, agree INTEGER NOT NULL, relative_difference REAL NOT NULL,
  body TEXT NOT NULL, PRIMARY KEY (event_id, seq)
);

CREATE TABLE note_citations (
  note INTEGER NOT NULL, page INTEGER, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  archive TEXT, fond TEXT, opis TEXT, delo TEXT, date TEXT, year INTEGER, pages TEXT,
  raw TEXT NOT NULL
);

CREATE VIRTUAL TABLE search USING fts5(
  id UNINDEXED, type UNINDEXED, title, body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE INDEX records_type ON records(type);
CREATE INDEX events_kind ON events(kind);
CREATE INDEX events_years ON events(start_year, end_year);
CREATE INDEX events_soviet ON events(soviet);
CREATE INDEX event_groups_group ON event_groups(group_id);
CREATE INDEX event_groups_event ON event_groups(event_id);
CREATE INDEX event_places_place ON event_places(place_id, role);
CREATE INDEX event_places_event ON event_places(event_id);
CREATE INDEX event_decrees_decree ON event_decrees(decree_id);
CREATE INDEX event_decrees_event ON event_decrees(event_id);
CREATE INDEX event_concepts_concept ON event_concepts(concept_id);
CREATE INDEX decree_groups_group ON decree_groups(group_id);
CREATE INDEX figure_about_record ON figure_about(record_id);
CREATE INDEX figure_about_figure ON figure_about(figure_id);
CREATE INDEX sources_record ON sources(record_id);
CREATE INDEX sources_page ON sources(page, note);
CREATE INDEX sources_work ON sources(work);
CREATE INDEX regime_dates ON regime(first_day, last_day);
CREATE INDEX exclusions_page ON exclusions(page);
CREATE INDEX note_citations_note ON note_citations(note);
"""
