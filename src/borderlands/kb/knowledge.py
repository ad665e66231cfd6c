"""The knowledge base in memory: typed record lists, lookup by id, and reverse links."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from borderlands.kb.filters import EventFilter
from borderlands.kb.loading import Loaded, Location
from borderlands.kb.recordtypes import RECORD_TYPES
from borderlands.kb.schema import (
    Concept,
    Decree,
    Event,
    EventKind,
    Exclusion,
    Figure,
    Group,
    Organisation,
    Person,
    Place,
    Record,
    RegimeRule,
    Typology,
    Work,
)

if TYPE_CHECKING:
    import pandas as pd

EVENT_PLACE_ROLES = ("origin", "destination")


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").split())


def display_name(record: Record) -> str:
    """The name a person would read for any record: its name, title or stated figure."""
    for attr in ("name", "title", "title_en", "stated"):
        value = getattr(record, attr, None)
        if isinstance(value, str) and value:
            return value
    if isinstance(record, Typology):
        return f"typology of {record.episode}"
    return getattr(record, "id", "")


@dataclass
class KB:
    """Every curated record, by type and by id.

    Reverse links (the events of a group, a place, a decree, a concept, a person, an
    organisation; the figures about a record) are computed once, on construction. References
    that do not resolve are kept as written; ``borderlands validate`` reports them.
    """

    data_dir: Path | None = None
    events: list[Event] = field(default_factory=list)
    decrees: list[Decree] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    typology: list[Typology] = field(default_factory=list)
    regime: list[RegimeRule] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    works: list[Work] = field(default_factory=list)
    locations: dict[str, Location] = field(default_factory=dict)
    exclusion_locations: list[Location] = field(default_factory=list)

    TYPES: ClassVar[tuple[str, ...]] = RECORD_TYPES

    def __post_init__(self) -> None:
        self._by_id: dict[str, Record] = {}
        self._type_of: dict[str, str] = {}
        for type_name in self.TYPES:
            for record in getattr(self, type_name):
                self._by_id[record.id] = record
                self._type_of[record.id] = type_name
        self._events_by: dict[str, dict[str, list[Event]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for event in self.events:
            for role, ids in (
                ("group", event.groups),
                ("origin", event.origin),
                ("destination", event.destination),
                ("decree", event.decrees),
                ("concept", event.concepts),
                ("person", event.persons),
                ("organisation", event.actors),
            ):
                for rid in dict.fromkeys(ids):
                    self._events_by[role][rid].append(event)
            for rid in dict.fromkeys([*event.origin, *event.destination]):
                self._events_by["place"][rid].append(event)
            if event.part_of:
                self._events_by["part_of"][event.part_of].append(event)
        for concept in self.concepts:
            for eid in concept.events:
                linked = self._by_id.get(eid)
                concept_events = self._events_by["concept"][concept.id]
                if isinstance(linked, Event) and linked not in concept_events:
                    concept_events.append(linked)
        self._figures_about: dict[str, list[Figure]] = defaultdict(list)
        for figure in self.figures:
            for rid in dict.fromkeys(figure.about):
                self._figures_about[rid].append(figure)
        self._citing: dict[int, list[Record]] = defaultdict(list)
        for _, record in self.records():
            for n in dict.fromkeys(cited_notes(record)):
                self._citing[n].append(record)

    @classmethod
    def from_loaded(cls, loaded: Iterable[Loaded], data_dir: Path | None = None) -> KB:
        lists: dict[str, list[Any]] = defaultdict(list)
        locations: dict[str, Location] = {}
        exclusion_locations: list[Location] = []
        for item in loaded:
            lists[item.folder].append(item.record)
            if isinstance(item.record, Exclusion):
                exclusion_locations.append(item.location)
            else:
                locations[item.record.id] = item.location  # type: ignore[attr-defined]
        return cls(
            data_dir=data_dir,
            locations=locations,
            exclusion_locations=exclusion_locations,
            **{name: lists[name] for name in (*cls.TYPES, "exclusions", "works")},
        )

    # -- lookups ---------------------------------------------------------------------------

    def get(self, record_id: str) -> Record | None:
        """The record with this id, of any type, or None."""
        return self._by_id.get(record_id)

    def __getitem__(self, record_id: str) -> Record:
        return self._by_id[record_id]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    def type_of(self, record_id: str) -> str | None:
        """The folder name of a record's type ("events", "places", ...) or None."""
        return self._type_of.get(record_id)

    def ids(self) -> Iterator[str]:
        return iter(self._by_id)

    def records(self) -> Iterator[tuple[str, Record]]:
        """Every record with an id, as (type name, record), in type order."""
        for type_name in self.TYPES:
            for record in getattr(self, type_name):
                yield type_name, record

    def name_of(self, record_id: str) -> str:
        """A record's display name; an id that does not resolve is returned as written."""
        record = self._by_id.get(record_id)
        return self.title(record) if record is not None else record_id

    def title(self, record: Record) -> str:
        """Like ``display_name``, but a typology coding is named after its episode."""
        if isinstance(record, Typology):
            return f"Typology: {self.name_of(record.episode)}"
        return display_name(record)

    def find(self, type_name: str, text: str) -> list[Record]:
        """Records of one type whose id, name, alias, variant or abbreviation equals ``text``
        (case and spacing ignored)."""
        if text in self._by_id and self._type_of[text] == type_name:
            return [self._by_id[text]]
        wanted = _norm(text)
        found: list[Record] = []
        for record in getattr(self, type_name):
            names = [display_name(record), record.id]
            for attr in ("aliases", "variants"):
                names.extend(getattr(record, attr, []))
            for attr in ("abbreviation", "present_name"):
                value = getattr(record, attr, None)
                if value:
                    names.append(value)
            if any(_norm(n) == wanted for n in names):
                found.append(record)
        return found

    def find_ids(self, type_name: str, text: str) -> frozenset[str]:
        """The ids of ``find``'s records."""
        found = {id(r) for r in self.find(type_name, text)}
        return frozenset(r.id for r in getattr(self, type_name) if id(r) in found)

    # -- reverse links -----------------------------------------------------------------------

    def events_of_group(self, group_id: str) -> list[Event]:
        return list(self._events_by["group"].get(group_id, []))

    def events_of_place(self, place_id: str, role: str | None = None) -> list[Event]:
        """Events leaving (``role="origin"``), reaching (``"destination"``) or touching a place."""
        if role is not None and role not in EVENT_PLACE_ROLES:
            raise ValueError(f"role is origin or destination, not {role!r}")
        return list(self._events_by[role or "place"].get(place_id, []))

    def events_of_decree(self, decree_id: str) -> list[Event]:
        return list(self._events_by["decree"].get(decree_id, []))

    def events_of_concept(self, concept_id: str) -> list[Event]:
        """Events that name the concept, or that the concept names."""
        return list(self._events_by["concept"].get(concept_id, []))

    def events_of_person(self, person_id: str) -> list[Event]:
        return list(self._events_by["person"].get(person_id, []))

    def events_of_organisation(self, org_id: str) -> list[Event]:
        return list(self._events_by["organisation"].get(org_id, []))

    def parts_of(self, event_id: str) -> list[Event]:
        """The smaller events recorded as ``part_of`` this one."""
        return list(self._events_by["part_of"].get(event_id, []))

    @functools.cached_property
    def _links(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        forward: dict[str, list[str]] = {}
        back: dict[str, list[str]] = defaultdict(list)
        for rid, record in self._by_id.items():
            seen = [t for t in dict.fromkeys(_ids_in(record, self._by_id)) if t != rid]
            forward[rid] = seen
            for target in seen:
                back[target].append(rid)
        return forward, dict(back)

    def links_of(self, record_id: str) -> list[str]:
        """Ids of the records this one names in any field (its own id aside), in field
        order; made once, on first use, for every record."""
        return list(self._links[0].get(record_id, []))

    def referrers(self, record_id: str) -> list[str]:
        """Ids of the records naming this one in any field, in type order."""
        return list(self._links[1].get(record_id, []))

    def figures_about(self, record_id: str) -> list[Figure]:
        return list(self._figures_about.get(record_id, []))

    def citing_note(self, note: int) -> list[Record]:
        """Every record citing the article's note ``note``: in its own sources, or in those
        of one of its counts or fates. Each record once, in type order (events first, as
        ``records()``), then in data order. Exclusions have no id and are not included."""
        return list(self._citing.get(note, []))

    def typology_of(self, event_id: str) -> list[Typology]:
        return [t for t in self.typology if t.episode == event_id]

    def decrees_of_group(self, group_id: str) -> list[Decree]:
        return [d for d in self.decrees if group_id in d.groups]

    def children_of_place(self, place_id: str) -> list[Place]:
        return [p for p in self.places if p.parent == place_id]

    def events_for(
        self,
        group: str | None = None,
        year: int | None = None,
        kind: str | EventKind | None = None,
        soviet: bool | None = None,
        place: str | None = None,
        decree: str | None = None,
    ) -> list[Event]:
        """Events matching every filter given.

        ``group`` and ``place`` may be an id or a name (aliases and variants count); ``year``
        keeps events whose dated span includes that year (undated events drop out); ``kind``
        is an EventKind value or name. The conditions are ``kb.filters.EventFilter``'s, as
        ``borderlands events`` applies them to the database.
        """
        groups = places = None
        if group is not None:
            groups = self.find_ids("groups", group) or frozenset({group})
        if place is not None:
            places = self.find_ids("places", place) or frozenset({place})
        flt = EventFilter(
            groups=groups,
            places=places,
            kind=parse_kind(kind).value if kind is not None else None,
            soviet=soviet,
            years=(year, year) if year is not None else None,
        )
        return [
            e for e in self.events if flt.matches(e) and (decree is None or decree in e.decrees)
        ]

    # -- tables ------------------------------------------------------------------------------

    def frame(self, type_name: str) -> pd.DataFrame:
        """One record type as a pandas DataFrame, one row per record (JSON-like cells)."""
        import pandas as pd

        if type_name not in (*self.TYPES, "exclusions"):
            raise ValueError(f"unknown record type {type_name!r}")
        rows = [r.model_dump(mode="json") for r in getattr(self, type_name)]
        if type_name == "events":
            for row, event in zip(rows, self.events, strict=True):
                row["start"] = event.start.date if event.start else None
                row["start_precision"] = event.start.precision.value if event.start else None
                row["end"] = event.end.date if event.end else None
                row["year"] = event.start.year if event.start else None
        return pd.DataFrame(rows)


def _ids_in(value: Any, known: dict[str, Record]) -> Iterator[str]:
    """Every known id in a value: a string, a list of values, or a record's fields."""
    if isinstance(value, str):
        if value in known:
            yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _ids_in(item, known)
    elif isinstance(value, Record):
        for name in type(value).model_fields:
            if name != "id":
                yield from _ids_in(getattr(value, name), known)


def cited_notes(record: Record) -> Iterator[int]:
    """The article's note numbers a record cites: its own sources, its counts' and its fates'
    (notes of other works are not the article's)."""
    refs = list(getattr(record, "sources", []))
    for part in (*getattr(record, "counts", []), *getattr(record, "fate", [])):
        refs.extend(part.sources)
    return (ref.note for ref in refs if ref.note is not None and ref.in_article)


def parse_kind(kind: str | EventKind) -> EventKind:
    """An EventKind from its value ("population exchange") or name ("population_exchange")."""
    if isinstance(kind, EventKind):
        return kind
    text = _norm(kind)
    for member in EventKind:
        if text in (_norm(member.value), _norm(member.name)):
            return member
    choices = ", ".join(m.value for m in EventKind)
    raise ValueError(f"unknown event kind {kind!r}; one of: {choices}")
