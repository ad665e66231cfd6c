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
from borderlands.figures.passages import Located

#: The subject counted, right before the total's clause: "The two Kazakh oblasts together".
COUNTED_SUBJECT_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Tt]heir|[Ii]ts)\s+(two|three|four|five|six)|"
    r"\b([Bb]oth))\b(?:\s+[A-Za-z][\w-]*){1,4}\s+(?:[a-z]+\s+){0,2}$"
)
#: A subject of names joined by "and", opening the sentence: "The Far East and Siberia
#: together", "Orsha, Borisov and Slutsk between them".
NAMES_JOINED_RE = re.compile(
    r"^\s*(?:The\s+|the\s+)?(?P<first>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"(?P<more>(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*)"
    r",?\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+[a-z]+){0,4}\s+$"
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
        return names_joined(before, text[end : end + 25].split(".")[0])
    after = text[end : end + 25].split(".")[0]
    said_total = TOTAL_VERB_RE.search(m.group(0)) is not None and (
        EACH_RE.search(f"{m.group(0)} {after}") is None
    )
    if TOGETHER_RE.search(before) is None and TOGETHER_RE.search(after) is None and not said_total:
        return None
    return 2 if m.group(2) else UNITS.get(m.group(1).lower())


def names_joined(before: str, after: str) -> int | None:
    """How many names a subject joins by "and" when it puts them together ("The Far East and
    Siberia together thus took 3,800"): each name is one part of the total."""
    names = joined_names(before)
    if not names or (TOGETHER_RE.search(before) is None and TOGETHER_RE.search(after) is None):
        return None
    return len(names)


def joined_names(before: str) -> list[str]:
    """The names a subject joins by "and" ("Far East", "Siberia"), or none."""
    m = NAMES_JOINED_RE.match(before)
    if m is None:
        return []
    body = before[m.start("first") :]
    body = re.sub(r"(?:\s+[a-z]+)*\s*$", "", body)
    return [n.strip() for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", body) if n.strip()]


def named_in_label(name: str, label: str) -> bool:
    """Whether the words after a part's count name it by ``name`` ("Siberia" and "to the
    Siberian lines" share their stem)."""
    stems = [w[: min(5, len(w) - 1)].lower() for w in re.findall(r"[A-Z][a-z]{3,}", name)]
    return bool(stems) and all(st in label.lower() for st in stems)


def label_after(text: str, part: Located) -> str:
    """The words after a part's count, to the next comma or stop: what names the part."""
    return re.split(r"[,.;:]", text[part.quantity.end : part.quantity.end + 40])[0]
