"""A share its sentence gives to a named member of an earlier list, read on the count printed
beside that name and on the total that closes the list.

"The district returns list 3,100 persons from Alsk, 2,050 from Borovo and 1,850 from Kedr,
7,000 in all. ... Borovo thus gave 29.3 percent of the deportees." The share's clause names
its part by a proper name (the subject of the share); the part is the one count printed in a
clause holding that name, and the whole is the count marked as a total ("in all",
"altogether", "total", "their sum") nearest that count. Names are matched on their first six
letters, so an adjective of a place ("the Crimean share") finds the place ("the Crimea").

Only a name that labels exactly one count value is read: a name printed beside two different
counts (families and persons) names no single part, and the share is left to the search."""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.passages import Located

NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
#: capitalised words that open a sentence or clause without naming anything
NOT_NAMES = frozenset({
    "The", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Of", "In",
    "By", "With", "Among", "From", "At", "On", "For", "And", "But", "While", "Against",
    "Between", "After", "Before", "Since", "When", "Where", "Only", "All", "Some", "It", "They",
    "He", "She", "We", "Thus", "Then", "There", "Here", "Each", "Every", "Both", "Most", "Half",
    "Over", "Under", "Nearly", "Almost", "About", "Which", "Whose", "What", "Who", "Altogether",
    "Together", "Again", "Yet", "So", "As", "If", "Such",
})
TOTAL_RE = re.compile(
    r"\b(?:in all|all told|altogether|together|between them|combined|grand total|total|sum)\b",
    re.I,
)
#: where a clause of a list ends: a comma, semicolon, colon, bracket or " and "
CLAUSE_CUT_RE = re.compile(r",(?!\d)|[;:()]|\band\b|\bwhile\b|\bwhereas\b")
STEM = 6
#: how far before a count a total word still marks it ("their sum, 5,700")
TOTAL_LEAD = 12


def stem(word: str) -> str:
    return word.lower()[:STEM]


def names_in(text: str) -> set[str]:
    return {stem(m.group(0)) for m in NAME_RE.finditer(text) if m.group(0) not in NOT_NAMES
            and len(m.group(0)) >= 4}  # fmt: skip


def subject_names(sentence: str, figure_start: int, previous_end: int) -> set[str]:
    """The names of the clause a share's figure closes: the clauses before the figure, from
    the nearest back, up to the first that holds a name (never past ``previous_end``, the end
    of the share printed before it in the sentence)."""
    cuts = [m.end() for m in CLAUSE_CUT_RE.finditer(sentence, previous_end, figure_start)]
    bounds = [previous_end, *cuts, figure_start]
    for lo, hi in zip(reversed(bounds[:-1]), reversed(bounds[1:]), strict=True):
        found = names_in(sentence[lo:hi])
        if found:
            return found
    return set()


def clause_of(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The list clause a count stands in: from the cut before it to the cut after it."""
    before = [m.end() for m in CLAUSE_CUT_RE.finditer(text, lo, start)]
    after = CLAUSE_CUT_RE.search(text, end, hi)
    return text[before[-1] if before else lo : after.start() if after else hi]


@dataclass(frozen=True, slots=True)
class ListedCount:
    """A count of an earlier list: its value, the names of its clause, whether the clause
    marks it as a total, and its place (passage order, offset) to find the nearest total."""

    value: float
    names: frozenset[str]
    total: bool
    place: tuple[int, int]


def named_member(names: set[str], counts: list[ListedCount]) -> tuple[int, int] | None:
    """The indexes (part, whole) in ``counts`` of the one count the names label and of the
    total nearest it that exceeds it; None when the names label no count or several values."""
    if not names:
        return None
    parts = [i for i, c in enumerate(counts) if c.names & names and not c.total]
    if not parts or len({counts[i].value for i in parts}) != 1:
        return None
    part = parts[0]
    totals = [i for i, c in enumerate(counts) if c.total and c.value > counts[part].value]
    if not totals:
        return None
    at = counts[part].place
    after = [i for i in totals if counts[i].place > at]
    whole = (
        min(after, key=lambda i: counts[i].place) if after
        else max(totals, key=lambda i: counts[i].place)
    )  # fmt: skip
    return part, whole


def listed_count(f: Located) -> ListedCount:
    """The list entry a located count stands for, read in its own sentence."""
    text = f.passage.text
    lo, hi = f.passage.sentences[f.sentence]
    clause = clause_of(text, f.quantity.start, f.quantity.end, lo, hi)
    return ListedCount(f.quantity.mid, frozenset(names_in(clause)),
                       TOTAL_RE.search(text, max(lo, f.quantity.start - TOTAL_LEAD),
                                       f.quantity.start) is not None
                       or TOTAL_RE.search(clause) is not None,
                       (f.passage.order, f.quantity.start))  # fmt: skip


#: a share said of everyone ("of all those taken", "of the whole republic")
ALL_WHOLE_RE = re.compile(r"\bof\s+(?:all|the\s+whole|the\s+entire)\b", re.I)
#: a total said of a counted selection ("together these four counties gave 11,000"); "the
#: seven oblasts" may be the whole list, so only a demonstrative marks a selection
SELECTION_RE = re.compile(
    r"\b(?:these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+of\s+them\b",
    re.I,
)


def wider_than_total(share_sentence: str, total: Located) -> bool:
    """Whether the share is said of everyone while the list's total counts only the few
    members its sentence selects: "Šiauliai's share of all those taken" after "together
    these four counties gave 11,000". The whole of such a share is not that total."""
    if ALL_WHOLE_RE.search(share_sentence) is None:
        return False
    lo, hi = total.passage.sentences[total.sentence]
    return SELECTION_RE.search(total.passage.text, lo, hi) is not None
