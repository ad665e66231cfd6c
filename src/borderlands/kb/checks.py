"""Whole-KB checks beyond one record's schema: ids unique, references resolve, dates sane.

Each problem names the data file and the line of the field at fault.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from borderlands.kb.estimates import estimate_problems
from borderlands.kb.loading import SINGULAR, Loaded, Problem, Reading, read_all
from borderlands.kb.recordtypes import ID_PREFIX
from borderlands.kb.schema import (
    Concept,
    Decree,
    Event,
    Figure,
    Group,
    HistDate,
    Organisation,
    Person,
    Place,
    Record,
    RegimeRule,
    Typology,
    Work,
)
from borderlands.kb.works import work_problems
from borderlands.kb.yamlfile import LineDict
from borderlands.paths import data_dir as default_data_dir

EARLIEST_YEAR = 1800
LATEST_YEAR = 1999

# (record class, field, the folder its ids must be in; None: any record)
REFERENCES: tuple[tuple[type[Record], str, str | None], ...] = (
    (Event, "groups", "groups"),
    (Event, "origin", "places"),
    (Event, "destination", "places"),
    (Event, "decrees", "decrees"),
    (Event, "actors", "organisations"),
    (Event, "concepts", "concepts"),
    (Event, "persons", "persons"),
    (Event, "part_of", "events"),
    (Decree, "issuer", "organisations"),
    (Decree, "groups", "groups"),
    (Decree, "places", "places"),
    (Figure, "about", None),
    (Figure, "inputs", "figures"),
    (Typology, "episode", "events"),
    (RegimeRule, "region", "places"),
    (RegimeRule, "decree", "decrees"),
    (Place, "parent", "places"),
    (Concept, "events", "events"),
    (Concept, "related", "concepts"),
    (Person, "organisations", "organisations"),
    (Organisation, "parent", "organisations"),
)


def _ids_in(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str)]
    return []


def duplicate_ids(loaded: list[Loaded]) -> Iterator[Problem]:
    """Each id defined twice, reported at its second place with the first place named."""
    first: dict[str, Loaded] = {}
    for item in loaded:
        rid = getattr(item.record, "id", None)
        if rid is None:
            continue
        if rid in first:
            yield Problem(
                item.location.file,
                item.location.line,
                f"duplicate id {rid!r}: also defined at {first[rid].location}",
            )
        else:
            first[rid] = item


def _folder_of_prefix(ref: str) -> str | None:
    for folder, prefix in ID_PREFIX.items():
        if ref.startswith(prefix):
            return folder
    return None


def dangling_references(
    loaded: list[Loaded],
    declared: dict[str, str] | None = None,
    unreadable: set[str] | frozenset[str] = frozenset(),
    emptied: dict[str, list[Path]] | None = None,
) -> Iterator[Problem]:
    """References that resolve to no record, or to a record of the wrong type.

    ``declared`` maps every id written in the data (even in records that failed their schema)
    to its folder; references into ``unreadable`` folders (broken YAML) are not judged. A
    reference into a folder with an ``emptied`` file names that file: the record it wants was
    most likely there.
    """
    hints = {
        folder: " (" + ", ".join(f"{p} is empty" for p in paths) + ")"
        for folder, paths in (emptied or {}).items()
    }
    types: dict[str | None, str] = {
        getattr(i.record, "id", None): i.folder for i in loaded if hasattr(i.record, "id")
    }
    if declared:
        types.update({k: v for k, v in declared.items() if k not in types})
    for item in loaded:
        record = item.record
        rid = getattr(record, "id", "?")
        for cls, field_name, target in REFERENCES:
            if not isinstance(record, cls):
                continue
            for ref in _ids_in(getattr(record, field_name)):
                if (target or _folder_of_prefix(ref)) in unreadable:
                    continue
                hint = hints.get(target or _folder_of_prefix(ref) or "", "")
                yield from _check_ref(item, rid, field_name, ref, target, types, item.raw, hint)
        if isinstance(record, Group):
            fates = item.raw.get("fate") or []
            for fate, raw_fate in zip(record.fate, fates, strict=False):
                raw = raw_fate if isinstance(raw_fate, LineDict) else item.raw
                for ref in fate.events:
                    if "events" in unreadable:
                        continue
                    hint = hints.get("events", "")
                    yield from _check_ref(
                        item, rid, "fate.events", ref, "events", types, raw, hint
                    )


def _check_ref(
    item: Loaded,
    rid: str,
    field_name: str,
    ref: str,
    target: str | None,
    types: dict[str | None, str],
    raw: LineDict,
    hint: str = "",
) -> Iterator[Problem]:
    line = raw.line_of(field_name.split(".")[-1])
    label = f"{SINGULAR[item.folder]} {rid}"
    found = types.get(ref)
    if ref == rid and field_name in ("part_of", "parent", "related", "inputs"):
        yield Problem(item.location.file, line, f"{label}: {field_name} refers to itself")
    elif found is None:
        yield Problem(item.location.file, line, f"{label}: {field_name}: no record {ref!r}{hint}")
    elif target is not None and found != target:
        yield Problem(
            item.location.file,
            line,
            f"{label}: {field_name}: {ref!r} is one of the {found}, not the {target}",
        )


def _dates(record: Record) -> Iterator[tuple[str, HistDate]]:
    for name in ("start", "end", "date"):
        value = getattr(record, name, None)
        if isinstance(value, HistDate):
            yield name, value


def date_problems(loaded: list[Loaded]) -> Iterator[Problem]:
    """Years outside the plausible range and regime rules ending before they start.

    The schema already refuses impossible dates, events ending before they start, and
    ranges whose low bound is above the high one.
    """
    for item in loaded:
        record = item.record
        label = f"{SINGULAR[item.folder]} {getattr(record, 'id', '')}".strip()
        for name, value in _dates(record):
            if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
                yield Problem(
                    item.location.file,
                    item.raw.line_of(name),
                    f"{label}: {name} {value.date} is outside {EARLIEST_YEAR}-{LATEST_YEAR}",
                )


# Scale words after a numeral: English, and the abbreviations of Polish and Russian works
# ("140 tys.", "1,2 mln" is not read: a comma there is a decimal mark).
_NUMERAL = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|thousand|tys|mln|тыс|млн)(?![^\W\d_]))?",
    re.IGNORECASE,
)
_SCALE = {"million": 1e6, "thousand": 1e3, "tys": 1e3, "mln": 1e6, "тыс": 1e3, "млн": 1e6}


def stated_numbers(stated: str) -> list[float]:
    """The numbers a printed numeral spells in digits: "152,424" → [152424];
    "2–3 million" → [2e6, 3e6] (a scale word after a range applies to both ends);
    "ok. 140 tys." → [140000];
    number words ("three hundred") are not read: the list is empty."""
    found = [
        (float(m.group(1).replace(",", "")), _SCALE.get((m.group(2) or "").lower()))
        for m in _NUMERAL.finditer(stated)
    ]
    if len(found) == 2 and found[0][1] is None and found[1][1] is not None:
        found[0] = (found[0][0], found[1][1])
    return [number * (scale or 1) for number, scale in found]


def _disagrees(stated: str, value: float | None, low: float | None, high: float | None) -> str:
    numbers = stated_numbers(stated)
    if len(numbers) == 1 and value is not None and not math.isclose(numbers[0], value):
        return f"value {value:g} but the stated {stated!r} reads {numbers[0]:g}"
    if len(numbers) == 2 and value is None and low is not None and high is not None and not (
        math.isclose(numbers[0], low) and math.isclose(numbers[1], high)
    ):
        reads = f"{numbers[0]:g}-{numbers[1]:g}"
        return f"range {low:g}-{high:g} but the stated {stated!r} reads {reads}"
    return ""


def stated_value_problems(loaded: list[Loaded]) -> Iterator[Problem]:
    """Figures and counts whose number disagrees with the numeral printed in ``stated``
    (a typo in one of them). Only numerals written in digits are read."""
    for item in loaded:
        record = item.record
        if isinstance(record, Figure):
            why = _disagrees(record.stated, record.value, record.low, record.high)
            if why:
                line = item.raw.line_of("value" if record.value is not None else "low")
                yield Problem(item.location.file, line, f"figure {record.id}: {why}")
        elif isinstance(record, Event):
            raw_counts = item.raw.get("counts") or []
            for i, count in enumerate(record.counts):
                if not count.stated:
                    continue
                why = _disagrees(count.stated, count.value, count.low, count.high)
                if why:
                    raw = raw_counts[i] if i < len(raw_counts) else item.raw
                    line = raw.line_of("value") if isinstance(raw, LineDict) else item.location.line
                    yield Problem(
                        item.location.file, line, f"event {record.id}: counts[{i}]: {why}"
                    )


def problems_in(reading: Reading) -> list[Problem]:
    """Every cross-record problem among the records read."""
    loaded = reading.loaded
    works = {i.record.id: i.record for i in loaded if isinstance(i.record, Work)}
    return [
        *work_problems(loaded, reading.declared, reading.unreadable),
        *estimate_problems(loaded, works),
        *duplicate_ids(loaded),
        *dangling_references(loaded, reading.declared, reading.unreadable, reading.emptied),
        *date_problems(loaded),
        *stated_value_problems(loaded),
    ]


def validate(data_dir: Path | None = None) -> list[Problem]:
    """Every problem in a data folder (the bundled one by default), sorted by file and line.

    An empty list means the data is valid. Broken YAML in one file does not hide the
    problems of the others.
    """
    directory = Path(data_dir) if data_dir is not None else default_data_dir()
    reading = read_all(directory, stop_at_first=False)
    problems = reading.problems + problems_in(reading)
    return sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.message))
