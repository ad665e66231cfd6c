"""A fraction in words of a group the sentence describes rather than names: "nearly half of
those sent to Germany would have gone home". No noun says what the whole counts, so
``fractiontopic`` leaves it; but the description does: a fit is a reading only when its
whole (or, for a fit on one printed percentage, that percentage) stands in a clause that
speaks of the described group ("58 percent were sent on to Germany"). Counts picked from
the paragraph for their arithmetic ("1,664 remained ... 4,536 people in 108 wagons") are a
candidate at most, and "40 percent of those had kin in the west", a share of the same group
with another part, is no restatement of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from borderlands.figures.lexicon import STOP_WORDS
from borderlands.figures.passages import Located

if TYPE_CHECKING:
    from borderlands.figures.checks import Fit

C = TypeVar("C")

#: "of those sent to Germany", "of all those who crossed in May", "of the ones deported"
DESCRIBED_RE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:those|the\s+ones)\s+((?:[A-Za-z][a-z'’-]*\s*){1,4})"
)
#: the words that end a description: its clause's verb or a relative's auxiliary
DESCRIPTION_ENDS = frozenset((
    "would", "could", "should", "might", "will", "did", "do", "does", "had", "have", "has",
    "were", "was", "are", "is", "still", "then", "also", "never",
))  # fmt: skip
#: the words that leave a description: "who", "whom", "that"
RELATIVES = frozenset(("who", "whom", "that", "which"))
#: the clause of a figure: cut by semicolons, colons and a comma before a new clause
CLAUSE_CUT_RE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|so|or)\s+|\.\s")
STEM = 5


def stem(word: str) -> str:
    """The first five letters: "crossed" and "crossing" alike, and "Germany" and "Germans"."""
    return word.lower()[:STEM]


def description(text: str, phrase_end: int) -> set[str] | None:
    """The stems of the words that describe the fraction's whole, or None when it names
    no described group ("of them", "of the families")."""
    m = DESCRIBED_RE.match(text, phrase_end)
    if m is None:
        return None
    kept: list[str] = []
    for w in (w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))):
        if w in RELATIVES and not kept:
            continue
        if w in DESCRIPTION_ENDS:
            break
        if w not in STOP_WORDS and len(w) >= 3:
            kept.append(w)
    return {stem(w) for w in kept} or None


def clause_of(f: Located) -> str:
    """The words of a figure's own clause within its sentence."""
    text = f.passage.text
    start, end = f.passage.sentences[f.sentence]
    q = f.quantity
    lo = start
    for m in CLAUSE_CUT_RE.finditer(text, start, q.start):
        lo = m.end()
    cut = CLAUSE_CUT_RE.search(text, q.end, end)
    return text[lo : cut.start() if cut else end]


DIGITS_RE = re.compile(r"\d[\d,.]*")


def label_of(f: Located) -> str:
    """The words beside a figure in a list: back to the figure before, on to the next."""
    text = f.passage.text
    start, end = f.passage.sentences[f.sentence]
    q = f.quantity
    lo = start
    for m in DIGITS_RE.finditer(text, start, q.start):
        lo = m.end()
    nxt = DIGITS_RE.search(text, q.end, end)
    return text[lo : q.start] + " " + text[q.end : nxt.start() if nxt else end]


def speaks_of(words_of: str, described: set[str]) -> bool:
    return any(stem(w) in described for w in re.findall(r"[A-Za-z]{3,}", words_of))


def sentence_of(f: Located) -> str:
    start, end = f.passage.sentences[f.sentence]
    return f.passage.text[start:end]


#: a name: a capitalised word ("the Astara bridge alone carried", "Ogbin thus lost")
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")


def subject_names(text: str, claim_at: int) -> set[str]:
    """The stems of the names the claim's sentence gives up to the fraction's end: what
    its part is of."""
    start = max(text.rfind(". ", 0, claim_at) + 2, text.rfind("\n", 0, claim_at) + 1, 0)
    return {stem(w) for w in NAME_RE.findall(text[start:claim_at])
            if w.lower() not in STOP_WORDS}  # fmt: skip


def described_unread(
    text: str, phrase_end: int, inputs: Sequence[Located], own_sentence: bool
) -> bool:
    """Whether a fit of a fraction of a described group rests on figures that do not speak
    of it: a single printed percentage must in its own clause; a part and whole must in the
    whole's sentence, or the part's clause must hold a name the claim gives its part
    ("The Astara bridge alone carried nearly half of those who crossed" on "2,915 persons
    over the Astara bridge ..., 6,120 by 15 April")."""
    if own_sentence or not inputs or len(inputs) > 2:
        return False
    described = description(text, phrase_end)
    if described is None:
        return False
    if len(inputs) == 1:
        return not speaks_of(clause_of(inputs[0]), described)
    if speaks_of(sentence_of(inputs[1]), described):
        return False
    names = subject_names(text, phrase_end)
    return not (names and speaks_of(label_of(inputs[0]), names))


def on_topic_first(
    fit: Fit, alternatives: list[Fit], off_topic: Callable[[C, Fit], bool], claim: C
) -> tuple[Fit, list[Fit]]:
    """The first fit of a fraction in words that rests on what it is of, put before the
    others: the nearest fit may be arithmetic on the wrong counts while a later one reads
    the part and whole the words name ("Ogbin ... thus lost more than a third of all those
    removed": 6,420 of the 17,365, not 2,250 of 6,420)."""
    for alt in alternatives:
        if not off_topic(claim, alt):
            return alt, [fit, *(f for f in alternatives if f is not alt)]
    return fit, alternatives
