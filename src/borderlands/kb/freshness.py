"""Whether a built database still matches data/: a fingerprint of the data files' names,
sizes and modification times (cheap: one stat per file, no reading).

The fingerprint is that listing itself, one line per file, not a hash of it: it is exact
(no two different listings compare equal) and spares every command that opens the
database the import of hashlib and OpenSSL (a few milliseconds per run).
"""

from __future__ import annotations

import os
from pathlib import Path

YAML_SUFFIXES = (".yaml", ".yml")


def data_fingerprint(data_dir: Path) -> str:
    """One line per data file, ``<type folder>/<name>\\t<size>\\t<mtime ns>``, sorted; ""
    when ``data_dir`` is no folder."""
    if not data_dir.is_dir():
        return ""
    lines: list[str] = []
    with os.scandir(data_dir) as top:
        folders = sorted((e.name, e.path) for e in top if e.is_dir())
    for folder_name, folder_path in folders:
        with os.scandir(folder_path) as entries:
            files = sorted(
                (e.name, e) for e in entries if os.path.splitext(e.name)[1] in YAML_SUFFIXES
            )
        for name, entry in files:
            stat = entry.stat()
            lines.append(f"{folder_name}/{name}\t{stat.st_size}\t{stat.st_mtime_ns}\n")
    return "".join(lines)
