"""What several commands share: finding the article file and writing output.

Library imports stay inside the command functions of each CLI module, so that
``borderlands events`` does not pay for lxml, numpy or citeproc at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from borderlands.atomic import write_bytes_atomic
from borderlands.errors import InputError
from borderlands.paths import default_article


def article_path(file: Path | None) -> Path:
    """The article to read: FILE, else the founding article; a clear error if it is absent."""
    path = file if file is not None else default_article()
    if not path.exists():
        hint = "" if file is not None else "; pass a FILE or set BORDERLANDS_ARTICLE to its path"
        raise InputError(f"no article file here{hint}", path)
    return path


def emit(data: str | bytes, out: Path | None) -> None:
    """Write to ``out`` atomically, or to stdout; an unwritable ``out`` is bad input."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if out is None:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
        return
    blocker = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise InputError(f"cannot write the output: {blocker} is a file, not a folder", out)
    try:
        write_bytes_atomic(out, raw)
    except OSError as exc:
        raise InputError(f"cannot write the output ({exc.strerror or exc})", out, "--out") from None
