"""Where a superlative's subject is named (issue #14).

"Feodosiia, the largest of the six, ..." says the superlative of the name set before it in
apposition; the words after it ("of the six", "among the districts") name the group it is
taken in, never the member. So the member is sought in the superlative's own clause without
that group phrase, and, when the clause opens with the superlative ("the largest of ..."),
in the clause right before it.
"""

from __future__ import annotations

import re

#: The group a superlative is taken in: "of the six", "among the receiving areas".
GROUP_AFTER_RE = re.compile(r"\s+(?:of|among)\s+(?:the|all|its|their)\b[^,;:.]*", re.I)
#: A clause that opens with its superlative: an apposition to the name before it.
OPENS_WITH_RE = re.compile(r"\s*(?:the|its|their)\s+(?:[a-z]+\s+)?$", re.I)
CLAUSE_BREAK_RE = re.compile(r",\s|;\s")


def subject_text(
    text: str, clause_start: int, word_start: int, word_end: int, clause_end: int
) -> str:
    """The words of a sentence that may name the member a superlative (``text[word_start:
    word_end]``) speaks of: its clause without the group phrase after the word, and the
    clause before when this one opens with the superlative; the word itself is blanked."""
    group = GROUP_AFTER_RE.match(text, word_end, clause_end)
    rest_start = group.end() if group is not None else word_end
    blank = " " * (rest_start - word_start)
    own = text[clause_start:word_start] + blank + text[rest_start:clause_end]
    if not OPENS_WITH_RE.fullmatch(text, clause_start, word_start) or clause_start == 0:
        return own
    cuts = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, 0, clause_start - 1)]
    before = max(cuts, default=0)
    return text[before:clause_start] + own


#: Where the clause of a rank verb begins: "Haskovo was second only to Burgas, and Stara
#: Zagora stood third" (its subject is "Stara Zagora", not Haskovo).
RANK_CLAUSE_RE = re.compile(r";\s|,\s+and\s+|,\s+while\s+|,\s+whereas\s+")


def rank_subject_text(text: str, word_start: int, word_end: int) -> str:
    """The words that may name the member an ordinal rank (``text[word_start:word_end]``,
    "came second") speaks of: its clause from its subject on, through any insertion
    ("Ryazan, with 23.6 per cent, came second"), without the group phrase after the word
    ("among the four counties") and without the word itself."""
    start = max((m.end() for m in RANK_CLAUSE_RE.finditer(text, 0, word_start)), default=0)
    end = min((m.start() for m in RANK_CLAUSE_RE.finditer(text, word_end)), default=len(text))
    group = GROUP_AFTER_RE.match(text, word_end, end)
    rest_start = group.end() if group is not None else word_end
    return text[start:word_start] + " " * (rest_start - word_start) + text[rest_start:end]


#: A figure inside an insertion: "The tailors, 41 per cent of the craftsmen, were ...".
DIGIT_RE = re.compile(r"\d")


def subject_before_insertion(text: str, clause_start: int) -> str | None:
    """The clause before an insertion that prints a figure, when the superlative's clause
    (from ``clause_start``) opens with its verb: "The tailors, 41 per cent of the
    craftsmen, were the largest group" names "The tailors". None without such an insertion
    (an insertion in words may name other things: "Belozersk, the only district without a
    railway, took the smallest contingent" is read on its own clause)."""
    cuts = [0, *(m.end() for m in CLAUSE_BREAK_RE.finditer(text, 0, clause_start))]
    if len(cuts) < 3 or cuts[-1] != clause_start:
        return None
    inserted = text[cuts[-2] : cuts[-1]]
    return text[cuts[-3] : cuts[-2]] if DIGIT_RE.search(inserted) else None
