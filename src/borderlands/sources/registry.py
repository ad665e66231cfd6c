"""The registry of archives: data in ``archives.yaml``, checked with pydantic on load.

Each entry is one present archive (``id``) with every abbreviation it is cited by, in both
scripts, including former names of the same holdings (RTsKhIDNI and TsPA for RGASPI), and
its full names. :func:`load_archives` maps every such abbreviation to the entry, so a
reference keeps the archive as cited and gets the present archive as ``archive_id``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from borderlands.errors import InputError


class Archive(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    abbreviations: list[str]
    former: list[str] = []
    name: str
    names: list[str] = []
    english: str
    city: str
    kind: Literal["archive", "microfilm"] = "archive"
    renamed: int | None = None
    held_by: str | None = None  # for a microfilm collection: who holds the originals
    defined_in: int | None = None

    @property
    def current(self) -> str:
        """What the holdings are called today (the holder, for a microfilm collection)."""
        return self.held_by or self.id

    @property
    def full_names(self) -> list[str]:
        return [self.name, *self.names]


class _RegistryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    archives: list[Archive]


def _read(path: Path | None) -> str:
    if path is not None:
        return Path(path).read_text(encoding="utf-8")
    return resources.files("borderlands.sources").joinpath("archives.yaml").read_text("utf-8")


@functools.cache
def _load_default() -> dict[str, Archive]:
    return _parse(_read(None), "archives.yaml")


def _parse(text: str, source: str) -> dict[str, Archive]:
    try:
        data = _RegistryFile.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"not a valid archive registry ({first})", source) from exc
    out: dict[str, Archive] = {}
    for archive in data.archives:
        for abbreviation in dict.fromkeys([archive.id, *archive.abbreviations, *archive.former]):
            if abbreviation in out:
                raise InputError(f"archive abbreviation {abbreviation} listed twice", source)
            out[abbreviation] = archive
    return out


def load_archives(path: Path | None = None) -> dict[str, Archive]:
    """Archives by every abbreviation they are cited by: the bundled registry, or the YAML
    file at ``path``."""
    if path is None:
        return dict(_load_default())
    try:
        return _parse(_read(path), str(path))
    except OSError as exc:
        raise InputError(f"cannot read archive registry ({exc.strerror})", path) from exc


def shared_archives() -> dict[str, Archive]:
    """The bundled registry itself, not a copy, for callers that only read it: indexes built
    on a registry (keyed by its identity) are then built once per process, not per article."""
    return _load_default()


def distinct(archives: dict[str, Archive]) -> list[Archive]:
    """Each archive once, in registry order."""
    return list({a.id: a for a in archives.values()}.values())


def name_pattern(name: str) -> str:
    """A regex for an archive's full name that tolerates lost spaces, apostrophe forms and
    case ("gosudarstvennyi" or "Gosudarstvennyi")."""
    words = []
    for word in re.split(r"\s+", name.strip()):
        escaped = re.escape(word).replace("’", "'")
        escaped = escaped.replace("'", "[’'ʹ]?").replace('"', '["”ʺ]?')
        words.append(f"(?i:{escaped})")
    return r"\s*".join(words)


@functools.lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return re.sub(r"[\W_]", "", text.casefold())


def archive_for(cited: str | None, archives: dict[str, Archive]) -> Archive | None:
    """The registry entry for an archive as cited: an abbreviation, or a full name."""
    if not cited:
        return None
    found = archives.get(cited)
    if found is not None:
        return found
    key = _key(cited)
    for archive in distinct(archives):
        if any(_key(n) == key for n in archive.full_names) or any(
            _key(a) == key for a in (*archive.abbreviations, *archive.former)
        ):
            return archive
    return None
