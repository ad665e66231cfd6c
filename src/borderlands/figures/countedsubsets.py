"""Totals whose subject counts its parts: "The two Kazakh oblasts together took 5,413",
"Both camps between them held 2,400", "the three southern districts combined received 7,800".

The sentence before may list more parts than the subject counts (four oblasts, of which
"the two Kazakh" ones are meant). The total is then the sum of that many of the parts, not
of all of them: one such subset that adds up makes it consistent, two make it ambiguous, and
none leaves it unverifiable (the words do not say which parts a slip was made on).
"""

from __future__ import annotations

import re

from borderlands.figures.numbers import UNITS

#: The subject counted, right before the total's clause: "The two Kazakh oblasts together".
COUNTED_SUBJECT_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Tt]heir|[Ii]ts)\s+(two|three|four|five|six)|"
    r"\b([Bb]oth))\b(?:\s+[A-Za-z][\w-]*){1,4}\s+(?:[a-z]+\s+){0,2}$"
)
#: A verb of a total right before it, with no "together": "the three years cost 14,630
#: lives", "the four settlements lost 602 people" (unless "each" follows).
TOTAL_VERB_RE = re.compile(
    r"\b(?:thus\s+|then\s+)?(?:cost|lost|took|gave|received|buried|sent|supplied|produced)"
    r"(?:\s+[a-z]+)?\s+$"
)
EACH_RE = re.compile(r"\b(?:each|apiece|a head|per|on average)\b", re.I)
#: The words that make the counted subject one total.
TOGETHER_RE = re.compile(r"\b(?:together|between them|combined|jointly|altogether)\b", re.I)


def subject_count(text: str, sentence_start: int, start: int, end: int) -> int | None:
    """How many parts the subject of the total at ``text[start:end]`` counts (2 for "The two
    Kazakh oblasts together took 5,413", 3 for "the three years cost 14,630 lives"), None when
    its words count none or do not put them together (with "together" or a verb of a total
    and no "each")."""
    before = text[sentence_start:start]
    m = COUNTED_SUBJECT_RE.search(before)
    if m is None:
        return None
    after = text[end : end + 25].split(".")[0]
    said_total = TOTAL_VERB_RE.search(m.group(0)) is not None and (
        EACH_RE.search(f"{m.group(0)} {after}") is None
    )
    if TOGETHER_RE.search(before) is None and TOGETHER_RE.search(after) is None and not said_total:
        return None
    return 2 if m.group(2) else UNITS.get(m.group(1).lower())
