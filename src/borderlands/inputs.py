"""Reading a user's input file safely: regular files (or ``-`` for standard input) only, and
never more than a stated size, so that ``/dev/zero``, a FIFO or a directory is one clear line
rather than a hang, a MemoryError or a traceback."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from borderlands.errors import InputError

#: The largest input read by default (bytes). The reader is linear and stays in bounded
#: memory up to this size (docs/performance.md); a larger file is refused, not half read.
MAX_INPUT_BYTES = 256 * 1024 * 1024

STDIN = "-"


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def check_regular(path: str | Path) -> Path:
    """The path, if it names an existing regular file (links followed); else InputError."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(_describe(info.st_mode), path)
    return path


def read_input_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file, or of standard input for ``-``, refusing more than
    ``limit`` bytes with one line that names the file and the limit."""
    if str(path) == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError(f"is larger than the limit of {limit:,} bytes", "<stdin>")
        return data
    path = check_regular(path)
    size = path.stat().st_size
    if size > limit:
        raise InputError(f"is {size:,} bytes, over the limit of {limit:,} bytes", path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", path) from None
    if len(data) > limit:
        raise InputError(f"is larger than the limit of {limit:,} bytes", path)
    return data


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same existing file (through links and relative paths)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
