"""The English word list used to mend words: symspellpy's 82k-word frequency dictionary.

It ships inside the symspellpy package, so nothing is downloaded. Loaded once, lazily, and
read from the package's folder without importing symspellpy itself.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from importlib import resources
from pathlib import Path

DICTIONARY_FILE = "frequency_dictionary_en_82_765.txt"


def _dictionary_text() -> str:
    """The word list's text, read from symspellpy's package folder without importing the
    package (its import pulls in dependencies that cost more than reading the list)."""
    spec = importlib.util.find_spec("symspellpy")
    if spec is not None and spec.origin:
        path = Path(spec.origin).parent / DICTIONARY_FILE
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return resources.files("symspellpy").joinpath(DICTIONARY_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def word_counts() -> dict[str, str]:
    """Word -> its count as printed; counts stay strings until asked for (loads 3x faster)."""
    text = _dictionary_text()
    parts = text.split()
    if len(parts) % 2 == 0 and all(c.isdigit() for c in parts[1:200:2]):
        return dict(zip(parts[0::2], parts[1::2], strict=True))  # "word count" rows
    return dict(row.split(" ", 1) for row in text.splitlines() if " " in row)


def is_word(word: str) -> bool:
    return word.lower() in word_counts()


def count(word: str) -> int:
    value = word_counts().get(word.lower())
    return int(value) if value and value.strip().isdigit() else 0
