"""A level said to have changed by a multiple, with its new level after "to": "the cows had
halved, to 790"; "in 1958 their number tripled to 9,390"; "At Ust-Kyrma the deaths doubled in
the next year, to 305". The old level is the earlier count of the same thing, found by the
noun the verb's subject names:

* a count the noun follows ("1,615 cows"), in this sentence before the verb or in one of the
  three before it;
* a count beside the place the verb's clause names ("152 at Ust-Kyrma"), in an earlier
  sentence that speaks of the noun ("the deaths of 1940 by settlement: ...");
* for "their number" or "its total", which name no noun, the one count of the same sentence
  before the verb ("brought back 3,116 families in 1957; in 1958 their number tripled").

Only a single candidate is read; two or none leave the claim to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from borderlands.figures.nearnames import named_figure
from borderlands.figures.passages import Located

if TYPE_CHECKING:
    from borderlands.figures.kinds import Sentence

STEM = 5
BACK = 3  # sentences before the claim searched for the old level
#: between the multiple's word and its new level: "halved, to 790", "tripled in 1958 to 9,390"
TO_LEVEL_GAP_RE = re.compile(r"(?:\s+[\w-]+){0,5}?,?\s+to\s+(?:about\s+|some\s+)?", re.I)
#: the verb's subject, right before it: "the cows had", "their number", "the deaths were"
SUBJECT_RE = re.compile(
    r"\b(the|their|its)\s+([a-z]{3,})\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?$"
)
GENERIC_NOUNS = frozenset(("number", "total", "figure", "count"))
#: a place named in the verb's clause: "At Ust-Kyrma the deaths ..."
PLACE_RE = re.compile(r"\b(?:[Aa]t|[Ii]n)\s+([A-Z][\w-]{2,})")


def changed_level(
    s: Sentence, start: int, end: int, neighbours: Callable[[Sentence], list[Located]]
) -> tuple[Located, Located] | None:
    """(old level, new level) of the multiple's words at ``text[start:end]`` of ``s``, or
    None when the sentence prints no "to N" right after them or no single old level."""
    text = s.text
    new = next((f for f in s.counts if f.quantity.start - s.start >= end), None)
    if new is None:
        return None
    gap = text[end : new.quantity.start - s.start]
    if not TO_LEVEL_GAP_RE.fullmatch(gap):
        return None
    clause = re.split(r"[;:]|,\s+(?:and|but|while|when)\s+", text[:start])[-1]
    subject = SUBJECT_RE.search(clause)
    if subject is None:
        return None
    noun = subject.group(2)
    here = [f for f in s.counts if f.quantity.end - s.start <= start]
    if noun in GENERIC_NOUNS:
        if subject.group(1) == "the":
            return None
        return (here[0], new) if len(here) == 1 and compatible_levels(here[0], new) else None
    stem = noun[:STEM]
    earlier = [f for f in neighbours(s) if f.passage is s.passage and is_level(f)
               and s.index - BACK <= f.sentence < s.index]  # fmt: skip
    place = PLACE_RE.search(clause)
    for back in range(BACK + 1):
        pool = here if back == 0 else [f for f in earlier if f.sentence == s.index - back]
        named = [f for f in pool if followed_by(f, stem)]
        if len(named) == 1:
            return named[0], new
        if back and place is not None and pool and speaks_of(pool[0], stem):
            beside = named_figure(s.passage.text, place.group(1), pool)
            if len(beside) == 1:
                return beside[0], new
    return None


def followed_by(f: Located, stem: str) -> bool:
    """Whether the words right after a count name the noun: "1,615 cows", "3,116 families"."""
    after = f.passage.text[f.quantity.end : f.quantity.end + 24].lower().split()
    return any(w.startswith(stem) for w in after[:2])


def speaks_of(f: Located, stem: str) -> bool:
    """Whether the sentence of a count names the noun at all."""
    a, b = f.passage.sentences[f.sentence] if f.passage.sentences else (0, len(f.passage.text))
    return re.search(rf"\b{re.escape(stem)}", f.passage.text[a:b].lower()) is not None


def is_level(f: Located) -> bool:
    """A count of things (no share, rate or multiple)."""
    q = f.quantity
    return q.unit not in ("percent", "times", "fraction") and q.kind != "fraction" and q.mid > 0


def compatible_levels(a: Located, b: Located) -> bool:
    return a.quantity.unit == b.quantity.unit and a.quantity.mid > 0
