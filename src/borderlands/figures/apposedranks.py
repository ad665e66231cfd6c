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

#: "in the morning", "on the day": an ordinal before a time is no rank in a list
NOT_SCOPES = (
    "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "spring",
    "summer", "autumn", "winter", "war", "same", "first", "second", "third", "next", "last",
)  # fmt: skip
#: ", second in size", ", third among the districts", ", second of the three", ", third on
#: the list", ", third in the register" (any list a name is ranked in), ", fourth by the
#: number taken"
APPOSED_RANK_RE = re.compile(
    r"(?<=[A-Za-zÀ-ž]),\s+(?:the\s+)?(second|third|fourth|fifth|sixth|seventh)"
    r"(?=\s+(?:in\s+(?:size|number|numbers|rank)\b|among\s+the\b|of\s+the\b"
    r"|by\s+the\b|(?:in|on)\s+the\s+(?!(?:" + "|".join(NOT_SCOPES) + r")\b)[a-z]+\b))",
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


#: a capitalised name ("April", "Komárno") in a clause
NAME_IN_CLAUSE_RE = re.compile(r"\b[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]{2,}")


#: the name is said to be the superlative, not to have it ("so that the A families had the
#: largest allotments" ranks allotments, which the list need not count)
COPULA_RE = re.compile(r"\s(?:being|was|is)\s+$")


def named_clause(text: str, at: int) -> bool:
    """Whether the words of ``text`` from the last clause break before ``at`` (a
    superlative) name their subject and print no figure: "..., 6,910 in all, April being
    the busiest month" says the superlative of April, not of the list's other names."""
    start = subject_start(text, at)
    if start == 0:
        return False
    words = text[start:at]
    return NAME_IN_CLAUSE_RE.search(words) is not None and (
        COPULA_RE.search(words) is not None and not re.search(r"\d", words)
    )
