"""Figures inside a bracketed archival aside: "(file 17, sheets 42 to 49)", "(dated 9 June,
14 sheets)", "(fond R-1, inventory 3, file 311)". They locate or describe a document, so
they are never parts of a sum the sentence gives, whatever their value."""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: words that mark a bracket as a reference to an archival document
ARCHIVAL_RE = re.compile(
    r"\b(?:files?|sheets?|fonds?|inventor(?:y|ies)|opis|delo|folios?|pages?|pp?|ll?|"
    r"dated|boxe?s?|reels?)\b\.?",
    re.I,
)
ASIDE_LIMIT = 120  # a bracket longer than this is prose, not an aside


def enclosing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the round bracket around ``[start, end)``, if any, within the limit."""
    opening = text.rfind("(", max(0, start - ASIDE_LIMIT), start)
    if opening < 0 or ")" in text[opening:start]:
        return None
    closing = text.find(")", end, end + ASIDE_LIMIT)
    if closing < 0 or "(" in text[end:closing]:
        return None
    return opening, closing + 1


def in_archival_aside(f: Located) -> bool:
    text = f.passage.text
    span = enclosing_bracket(text, f.quantity.start, f.quantity.end)
    return span is not None and ARCHIVAL_RE.search(text, span[0], span[1]) is not None
