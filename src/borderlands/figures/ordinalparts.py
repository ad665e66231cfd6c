"""The part a share is said of when its sentence names it by an ordinal of a listed kind:
"The first category thus took 80.2 per cent of all those sentenced" after "15,910 were
sentenced in the first category" or after "the two categories of the order: 15,910 persons
were to be shot and 3,930 ...". The count is the one its own clause names with the same
ordinal and noun, or else the listing after the noun's plural and a colon, taken in order.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: the subject: "The first category", "The second group"
ORDINAL_SUBJECT_RE = re.compile(
    r"\s*The\s+(first|second|third|fourth|fifth|last)\s+([a-z]{4,})\b(?:\s+thus\b)?", re.I
)
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}
STEM = 5


def ordinal_member(
    text: str, sentence_start: int, by_sentence: dict[tuple[str, int], list[Located]],
    key: str, n: int,
) -> Located | None:  # fmt: skip
    """The count the sentence's ordinal subject names (module docstring), looked for in the
    two sentences before sentence ``n`` of passage ``key``; None when it names none."""
    m = ORDINAL_SUBJECT_RE.match(text, sentence_start)
    if m is None:
        return None
    ordinal, noun = m.group(1).lower(), m.group(2).lower()[:STEM]
    for back in (1, 2):
        counts = by_sentence.get((key, n - back), [])
        named = [f for f in counts if names_ordinal(f, ordinal, noun)]
        if len(named) == 1:
            return named[0]
        listed = listed_after_plural(counts, noun)
        if len(listed) >= 2 and ORDINALS[ordinal] < len(listed):
            return listed[ORDINALS[ordinal]]
    return None


def names_ordinal(f: Located, ordinal: str, noun: str) -> bool:
    """Whether the clause right after count ``f`` names "the first category"."""
    text = f.passage.text
    clause = re.split(r"[,;:.]", text[f.quantity.end : f.quantity.end + 60])[0].lower()
    return re.search(rf"\b{ordinal}\s+{noun}", clause) is not None


def listed_after_plural(counts: list[Located], noun: str) -> list[Located]:
    """The counts after "the two categories ...:" in their sentence, in order."""
    if not counts:
        return []
    f = counts[0]
    start, end = f.passage.sentences[f.sentence]
    text = f.passage.text[start:end].lower()
    m = re.search(rf"\b{noun}\w*s\b[^:;.]*:", text)
    if m is None:
        return []
    colon = start + m.end()
    return [g for g in counts if g.quantity.start >= colon]
