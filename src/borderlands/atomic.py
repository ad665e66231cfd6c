"""Write files whole or not at all: a temporary file beside the target, then a rename.

The file written has the mode a plain ``open()`` would give it (``0666`` less the umask, so
0644 under the usual umask 022), or, when it replaces a file, that file's mode: the
temporary file ``tempfile.mkstemp`` makes is 0600, which would leave a shared report or
database readable by its writer alone. A target that is a symbolic link is written through
to the file the link names; the link itself stays a link.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


def current_umask() -> int:
    """The process's umask, read without changing it where Linux allows (/proc), else by
    setting it and setting it back at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def mode_for(target: Path) -> int:
    """The permission bits a new ``target`` should get: an existing file's own, else those a
    plain ``open()`` would give under the current umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def write_target(target: str | Path) -> Path:
    """Where writing ``target`` really lands: through a symbolic link to the file it names."""
    target = Path(target)
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


@contextlib.contextmanager
def atomic_path(target: str | Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it onto the target on success.

    On any exception the temporary file is removed and the target is left as it was. The
    target's folder is created when missing (commands check for that first, see
    ``borderlands.cli.common.check_output``).
    """
    target = write_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = mode_for(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, mode)
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def write_text_atomic(target: str | Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_bytes_atomic(target: str | Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
