"""Ordinal ranks set in apposition to a name, with the scope they are taken in: "Maoka,
second in size, ...", "Galanta, third among the named districts, ...", "Khabarovsk, second of
the three, ...", "Chisinau, third on the list, ...". The name is the subject of the rank, and
its count is looked up in a list printed before (borderlands.figures.listranks), as for "came
third". Only the name right before the comma is the subject: "A held 34 per cent and B,
second in size, 24 per cent" ranks B, not A.

An ordinal after a comma without a scope ("the first, second and third echelons") is an
enumeration, not a rank, and is not read.
"""

import re

#: ", second in size", ", third among the districts", ", second of the three", ", third on
#: the list", ", fourth by the number taken"
APPOSED_RANK_RE = re.compile(
    r"(?<=[A-Za-zÀ-ž]),\s+(?:the\s+)?(second|third|fourth|fifth|sixth|seventh)"
    r"(?=\s+(?:in\s+(?:size|number|numbers|rank)\b|among\s+the\b|of\s+the\b"
    r"|on\s+the\s+list\b|by\s+the\b|in\s+the\s+list\b))",
    re.I,
)
#: Where the subject of an apposed rank begins: after the clause break or the "and" before
#: its name ("... of them and Maoka, second in size").
SUBJECT_BREAK_RE = re.compile(r"(?:[,;:(]\s+|\s+and\s+|\s+while\s+|\s+whereas\s+)")


def apposed_ranks(text: str) -> list[re.Match[str]]:
    """The apposed ranks of a sentence ``text``; group 1 is the ordinal."""
    if "," not in text:
        return []
    return list(APPOSED_RANK_RE.finditer(text))


def subject_start(text: str, comma: int) -> int:
    """Where the name an apposed rank follows begins in ``text`` (the rank's comma at
    ``comma``): after the last clause break or "and" before it."""
    return max((m.end() for m in SUBJECT_BREAK_RE.finditer(text, 0, comma)), default=0)
