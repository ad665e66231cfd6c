"""Finding a corpus's files under the paths given, and telling which of them changed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from borderlands.corpus.process import SUFFIXES
from borderlands.errors import InputError


def find_files(paths: list[Path]) -> list[str]:
    """Every PDF, .docx and text file under ``paths`` (folders searched recursively, hidden
    files and folders left out), as absolute paths (links kept as named, so the corpus shows
    the names the user gave), each once, sorted. A file named on its
    own is taken whatever its suffix. A path that does not exist is an InputError."""
    found: set[str] = set()
    for path in paths:
        if not path.exists():
            raise InputError("no such file or folder", path)
        if path.is_file():
            found.add(os.path.abspath(path))
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                    found.add(os.path.abspath(Path(folder) / name))
    return sorted(found)


def under(path: str, roots: list[Path]) -> bool:
    """Whether ``path`` lies under (or is) one of ``roots``."""
    candidate = Path(path)
    for root in roots:
        resolved = Path(os.path.abspath(root))
        if candidate == resolved or resolved in candidate.parents:
            return True
    return False


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
