"""Turn data/<type>/<part>.yaml files into validated records, each remembering file and line.

Two callers share this: ``load`` (which stops at the first bad file) and ``validate`` (which
collects every problem). Both get ``Problem`` values that name a file and a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from borderlands.errors import InputError
from borderlands.kb.freshness import YAML_SUFFIXES
from borderlands.kb.recordtypes import ID_PREFIX, RECORD_TYPES
from borderlands.kb.recordtypes import SINGULAR as RECORD_SINGULAR
from borderlands.kb.schema import MODEL_OF, Exclusion, Record, Work
from borderlands.kb.yamlfile import LineDict, read_yaml

EXCLUSIONS = "exclusions"
WORKS = "works"
FOLDERS: tuple[str, ...] = (*RECORD_TYPES, WORKS, EXCLUSIONS)
MODELS: dict[str, type[Record]] = {**MODEL_OF, WORKS: Work, EXCLUSIONS: Exclusion}
#: What one record of each folder is called in messages.
SINGULAR: dict[str, str] = {**RECORD_SINGULAR, WORKS: "work", EXCLUSIONS: "exclusion"}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a record (or a part of one) is written: a data file and a 1-based line."""

    file: Path
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the data, at one place."""

    file: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        return f"{place}: {self.message}"

    def to_error(self) -> InputError:
        return InputError(self.message, self.file, str(self.line) if self.line else None)


@dataclass(slots=True)
class Loaded:
    """A record parsed from a data file, with the raw mapping kept for line lookups."""

    folder: str
    record: Record
    location: Location
    raw: LineDict


def data_files(data_dir: Path) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """Every ``<folder>/<part>.yaml`` under ``data_dir``, in a stable order.

    A folder whose name is not a record type is a problem, not silently skipped: data put
    there would otherwise never be read. A folder with no data file at all is an error (the
    wrong folder was named, most likely), not an empty knowledge base.
    """
    if not data_dir.is_dir():
        raise InputError("no such data folder", data_dir)
    files: list[tuple[str, Path]] = []
    problems: list[Problem] = []
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        if folder.name.startswith((".", "_")):
            continue
        yaml_files = sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES)
        if folder.name not in FOLDERS:
            if yaml_files:
                problems.append(
                    Problem(
                        folder,
                        None,
                        f"unknown record folder {folder.name!r}; expected one of "
                        + ", ".join(FOLDERS),
                    )
                )
            continue
        files.extend((folder.name, path) for path in yaml_files)
    if not files and not problems:
        raise InputError(
            "no data files here: a data folder holds <type>/*.yaml files, e.g. "
            "events/*.yaml, groups/*.yaml",
            data_dir,
        )
    return files, problems


def _line_for(raw: Any, loc: tuple[int | str, ...], fallback: int) -> int:
    """The line of the deepest mapping key along a pydantic error location."""
    line = fallback
    node = raw
    for part in loc:
        if isinstance(node, LineDict):
            key = str(part)
            line = node.line_of(key) if key in node else node.line
            node = node.get(key)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            if isinstance(node, LineDict):
                line = node.line
        else:
            break
    return line


def _node_at(raw: Any, loc: tuple[int | str, ...]) -> Any:
    node = raw
    for part in loc:
        if isinstance(node, dict):
            node = node.get(str(part))
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _describe(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_problems(
    exc: ValidationError, raw: LineDict, path: Path, label: str
) -> Iterator[Problem]:
    for err in exc.errors(include_url=False):
        loc = tuple(
            p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))
        )
        line = _line_for(raw, loc, raw.line)
        if not loc and err["type"] == "value_error":
            # a whole-record check ("end ... is before start ..."): point at the field it names
            first_word = err["msg"].removeprefix("Value error, ").split(" ", 1)[0]
            line = raw.line_of(first_word) if first_word in raw else line
        elif err["type"] == "value_error" and isinstance(_node_at(raw, loc), LineDict):
            node = _node_at(raw, loc)
            first_word = err["msg"].removeprefix("Value error, ").split(" ", 1)[0]
            line = node.line_of(first_word) if first_word in node else line
        where = _describe(loc)
        if err["type"] == "extra_forbidden":
            message = f"{label}: unknown field {where!r}"
        elif err["type"] == "missing":
            message = f"{label}: missing field {where!r}"
        else:
            msg = err["msg"].removeprefix("Value error, ")
            message = f"{label}: {where}: {msg}" if where else f"{label}: {msg}"
        yield Problem(path, line, message)


# C0 controls but tab and newline, DEL, and the C1 controls: an escape written as "\e" or
# "\0" in a double-quoted YAML string would otherwise reach terminals and CSV files raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_characters(node: Any, where: str = "", line: int = 0) -> Iterator[tuple[int, str, str]]:
    """(line, field path, character) for each string in ``node`` holding a control character."""
    if isinstance(node, str):
        found = _CONTROL.search(node)
        if found:
            yield line, where or "value", found.group()
    elif isinstance(node, LineDict):
        for key, value in node.items():
            yield from control_characters(
                key, f"{where}.{key}" if where else key, node.line_of(key)
            )
            yield from control_characters(
                value, f"{where}.{key}" if where else key, node.line_of(key)
            )
    elif isinstance(node, list):
        for i, value in enumerate(node):
            start = value.line if isinstance(value, LineDict) else line
            yield from control_characters(value, f"{where}[{i}]", start)


@dataclass(slots=True)
class Reading:
    """What reading a data folder gave: the valid records, the problems, every id written
    (valid or not, so one bad record does not make every reference to it dangle), and the
    folders with a file that could not be read at all (references into them are unknowable).
    """

    loaded: list[Loaded] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    declared: dict[str, str] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)
    emptied: dict[str, list[Path]] = field(default_factory=dict)


def read_file(folder: str, path: Path, reading: Reading) -> None:
    """Parse one data file into ``reading``; broken YAML raises, record errors are collected.

    A file without a single record (empty, only whitespace or comments, or ``[]``) is a
    problem, not an empty part: a file emptied by mistake would otherwise build a knowledge
    base with its records silently gone. Its folder is remembered in ``reading.emptied`` so
    that references into it can name it.
    """
    data = read_yaml(path)
    if data is None or data == []:
        reading.problems.append(
            Problem(path, None, f"no {folder} in this data file: it is empty (delete the file "
                    "to drop a part on purpose)")
        )
        reading.emptied.setdefault(folder, []).append(path)
        return
    if not isinstance(data, list):
        reading.problems.append(Problem(path, 1, f"a data file is a YAML list of {folder}"))
        return
    model = MODELS[folder]
    loaded = reading.loaded
    problems = reading.problems
    for i, item in enumerate(data):
        if not isinstance(item, LineDict):
            problems.append(Problem(path, None, f"item {i + 1} is not a mapping"))
            continue
        rid = item.get("id")
        if isinstance(rid, str):
            reading.declared.setdefault(rid, folder)
        label = f"{SINGULAR[folder]} {rid}" if rid else SINGULAR[folder]
        bad_text = list(control_characters(item))
        if bad_text:
            problems.extend(
                Problem(path, line, f"{label}: {where}: control character {char!r} in the text")
                for line, where, char in bad_text
            )
            continue
        prefix = ID_PREFIX.get(folder)
        if prefix and isinstance(rid, str) and not rid.startswith(prefix):
            problems.append(
                Problem(
                    path,
                    item.line_of("id"),
                    f"id {rid!r} does not start with {prefix!r}, as {folder} ids must",
                )
            )
            continue
        try:
            record = model.model_validate(item)
        except ValidationError as exc:
            problems.extend(_schema_problems(exc, item, path, label))
            continue
        loaded.append(Loaded(folder, record, Location(path, item.line), item))


def read_all(data_dir: Path, stop_at_first: bool) -> Reading:
    """Read every data file; with ``stop_at_first`` raise InputError at the first problem."""
    files, problems = data_files(data_dir)
    if problems and stop_at_first:
        raise problems[0].to_error()
    reading = Reading(problems=problems)
    for folder, path in files:
        before = len(reading.problems)
        try:
            read_file(folder, path, reading)
        except InputError as exc:
            if stop_at_first:
                raise
            line = int(exc.place) if exc.place else None
            reading.problems.append(Problem(path, line, exc.what))
            reading.unreadable.add(folder)
            continue
        if stop_at_first and len(reading.problems) > before:
            raise reading.problems[before].to_error()
    return reading
