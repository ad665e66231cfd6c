"""The English word list used to mend words: symspellpy's 82k-word frequency dictionary.

It ships inside the symspellpy package, so nothing is downloaded. Loaded once, lazily.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

DICTIONARY_FILE = "frequency_dictionary_en_82_765.txt"


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    text = resources.files("symspellpy").joinpath(DICTIONARY_FILE).read_text(encoding="utf-8")
    for row in text.splitlines():
        parts = row.split()
        if len(parts) == 2 and parts[1].isdigit():
            counts[parts[0]] = int(parts[1])
    return counts


def is_word(word: str) -> bool:
    return word.lower() in word_counts()


def count(word: str) -> int:
    return word_counts().get(word.lower(), 0)
