"""Turn data/<type>/<part>.yaml files into validated records, each remembering file and line.

Two callers share this: ``load`` (which stops at the first bad file) and ``validate`` (which
collects every problem). Both get ``Problem`` values that name a file and a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from borderlands.errors import InputError
from borderlands.kb.schema import ID_PREFIX, RECORD_TYPES, Exclusion, Record
from borderlands.kb.yamlfile import LineDict, read_yaml

EXCLUSIONS = "exclusions"
FOLDERS: tuple[str, ...] = (*RECORD_TYPES, EXCLUSIONS)
YAML_SUFFIXES = (".yaml", ".yml")


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
    there would otherwise never be read.
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
        where = _describe(loc)
        if err["type"] == "extra_forbidden":
            message = f"{label}: unknown field {where!r}"
        elif err["type"] == "missing":
            message = f"{label}: missing field {where!r}"
        else:
            msg = err["msg"].removeprefix("Value error, ")
            message = f"{label}: {where}: {msg}" if where else f"{label}: {msg}"
        yield Problem(path, line, message)


def read_file(folder: str, path: Path) -> tuple[list[Loaded], list[Problem]]:
    """Parse one data file into records; broken YAML raises, record errors are collected."""
    data = read_yaml(path)
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(path, 1, f"a data file is a YAML list of {folder} records")]
    model = RECORD_TYPES.get(folder, Exclusion)
    loaded: list[Loaded] = []
    problems: list[Problem] = []
    for i, item in enumerate(data):
        if not isinstance(item, LineDict):
            problems.append(Problem(path, None, f"item {i + 1} is not a mapping"))
            continue
        rid = item.get("id")
        label = f"{folder[:-1] if folder != 'typology' else folder} {rid}" if rid else folder
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
    return loaded, problems


def read_all(data_dir: Path, stop_at_first: bool) -> tuple[list[Loaded], list[Problem]]:
    """Read every data file; with ``stop_at_first`` raise InputError at the first problem."""
    files, problems = data_files(data_dir)
    if problems and stop_at_first:
        raise problems[0].to_error()
    loaded: list[Loaded] = []
    for folder, path in files:
        try:
            records, found = read_file(folder, path)
        except InputError as exc:
            if stop_at_first:
                raise
            problems.append(Problem(path, int(exc.place) if exc.place else None, exc.what))
            continue
        if found and stop_at_first:
            raise found[0].to_error()
        loaded.extend(records)
        problems.extend(found)
    return loaded, problems
