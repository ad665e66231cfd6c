"""Cheap patterns and cheap first tests before costly ones.

A first test before a costly case-insensitive pattern: whether a text may hold one of the
words the pattern needs. Python's regex engine tries a case-insensitive alternation of words
(each opening on a word boundary) at every position of a text; a case-sensitive search for
the same words grouped by first letter, on the lower-cased text, skips to the positions of
those letters and costs a fraction of it. The test may say yes wrongly (the pattern then
runs as before), never no wrongly: under ``re.IGNORECASE`` three characters match ASCII
letters that ``str.lower`` does not turn into them (dotted capital I, dotless i, long s), and
a text holding one of them always passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

#: Characters ``re.IGNORECASE`` matches to an ASCII letter whose ``lower()`` is not that letter.
ODD_FOLDS = ("\u0130", "\u0131", "\u017f")


#: A word as ``\b`` sees it: a maximal run of word characters.
WORD_RUN_RE = re.compile(r"\w+")


def has_odd_fold(text: str) -> bool:
    """Whether ``text`` holds a character that ``re.IGNORECASE`` matches to an ASCII letter
    that its ``lower()`` is not: tests on the lower-cased text must then say yes."""
    return not text.isascii() and any(map(text.__contains__, ODD_FOLDS))


def word_set(lower: str) -> frozenset[str]:
    """The words of a lower-cased text, each a maximal run of ``\\w`` (the runs a pattern's
    ``\\b`` bounds). A word a pattern needs whole (``\\bword\\b`` or between spaces), in any
    case, is in the set of the text's ``lower()`` unless ``has_odd_fold(text)``: lower-casing
    keeps every other character a word character or not (tests/test_figures_cues.py), so
    the words' bounds stay. A family whose cue words are all absent skips its patterns by one
    set test instead of a scan of the text."""
    return frozenset(WORD_RUN_RE.findall(lower))


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no word of ``words`` (lower case, letters, spaces and hyphens) is in
    ``text``, in any case."""
    return any_of(words).search(text.lower()) is not None or (
        not text.isascii() and any(map(text.__contains__, ODD_FOLDS))
    )


@lru_cache(maxsize=64)
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A case-sensitive pattern for any of ``words``: on a lower-cased text one search by
    first letter is faster than a substring test per word."""
    return re.compile(alternation(words))


def alternation(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` (no special characters in them) grouped by first
    letter: "t(?:wenty|en)|o(?:ne)". The regex engine tries every branch of an alternation
    at every position; grouped, it tries the few words of one letter. It matches as the plain
    alternation ``"|".join(words)`` does, also under ``re.IGNORECASE``: words of different
    first letters never match at the same place, and within a letter the order is kept."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].lower(), []).append(word)
    return "|".join(
        f"{first}(?:{'|'.join(w[1:] for w in group)})" for first, group in groups.items()
    )
