"""Whether a built database still matches data/: a fingerprint of the data files' names,
sizes and modification times (cheap: one stat per file, no reading)."""

from __future__ import annotations

import hashlib
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


def data_fingerprint(data_dir: Path) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    if not data_dir.is_dir():
        return ""
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            if path.suffix not in YAML_SUFFIXES:
                continue
            stat = path.stat()
            digest.update(f"{folder.name}/{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
