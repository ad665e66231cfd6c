"""Reading an article file: every way a file can be unfit is one :class:`InputError`."""

from __future__ import annotations

from pathlib import Path

from borderlands.article.model import Article
from borderlands.article.parse import parse_text
from borderlands.errors import InputError
from borderlands.inputs import read_input_bytes


def read_text(path: str | Path) -> str:
    """The file's text, or an InputError naming the file and what is wrong with it."""
    data = read_input_bytes(path)
    path = Path(path)
    if not data.strip():
        raise InputError("is empty", path)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("is binary, not text (NUL byte)", path, f"byte {nul}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"is not UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start})",
            path,
            f"line {line}",
        ) from None
    return text.removeprefix("\ufeff")


def read_article(path: str | Path) -> Article:
    """Read and parse an extracted article text file."""
    return parse_text(read_text(path), str(path))
