"""Telling a byline from a first line of text when nothing in the type sets it apart: a
short line of personal names ("Anna Berg", "Anna Berg and Ivan Sokolov", "A. B. Lind,
C. Dahl & E. Ek") with no sentence punctuation."""

from __future__ import annotations

import re

_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*|(?:van|von|de|der|den|du|da|di|le|la|al|ibn|bin))"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
#: First words that open a title, heading or sentence, never a name.
_NOT_NAMES = frozenset(
    {
        *("the", "a", "an", "on", "in", "of", "from", "to", "for", "at", "by", "with"),
        *("notes", "introduction", "abstract", "keywords", "contents", "chapter", "part"),
        "section",
    }
)
_BYLINE = re.compile(rf"^{_NAME}(?:\s*(?:,|&|\band\b|\bи\b)\s*{_NAME})*$")


def looks_like_byline(text: str) -> bool:
    """Whether a line reads as a list of one to four personal names and nothing else."""
    text = " ".join(text.split())
    if not text or len(text) > 120 or text[-1] in ".:;?!":
        return False
    words = text.split()
    if len(words) > 16 or words[0].lower() in _NOT_NAMES:
        return False
    return _BYLINE.match(text) is not None
