"""Cheap patterns and cheap first tests before costly ones.

A first test before a costly case-insensitive pattern: whether a text may hold one of the
words the pattern needs.

Python's regex engine tries an alternation of words at every position of a text; a substring
test on the lower-cased text is done in C at a fraction of the cost. The test may say yes
wrongly (the pattern then runs as before), never no wrongly: under ``re.IGNORECASE`` three
characters match ASCII letters that ``str.lower`` does not turn into them (dotted capital I,
dotless i, long s), and a text holding one of them always passes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: Characters ``re.IGNORECASE`` matches to an ASCII letter whose ``lower()`` is not that letter.
ODD_FOLDS = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, words: Iterable[str]) -> bool:
    """False only when no word of ``words`` (lower case) is in ``text``, in any case."""
    return any(map(text.lower().__contains__, words)) or (
        not text.isascii() and any(map(text.__contains__, ODD_FOLDS))
    )


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
