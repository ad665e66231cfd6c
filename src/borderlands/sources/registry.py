"""The registry of archives cited: data in ``archives.yaml``, checked with pydantic on load."""

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

    abbreviation: str
    name: str
    english: str
    current: str
    current_name: str | None = None
    renamed: int | None = None
    city: str
    kind: Literal["archive", "microfilm"]
    defined_in: int | None = None


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
        if archive.abbreviation in out:
            raise InputError(f"archive {archive.abbreviation} listed twice", source)
        out[archive.abbreviation] = archive
    return out


def load_archives(path: Path | None = None) -> dict[str, Archive]:
    """Archives by abbreviation: the bundled registry, or the YAML file at ``path``."""
    if path is None:
        return dict(_load_default())
    try:
        return _parse(_read(path), str(path))
    except OSError as exc:
        raise InputError(f"cannot read archive registry ({exc.strerror})", path) from exc


def name_pattern(name: str) -> str:
    """A regex for an archive's full name that tolerates lost spaces and apostrophe forms."""
    words = [re.escape(w).replace("’", "[’']?") for w in re.split(r"\s+", name.strip())]
    return r"\s*".join(words)
