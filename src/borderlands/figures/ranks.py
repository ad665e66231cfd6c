"""Ranks and comparisons stated without figures ("Tomsk came first, Kolpashevo the second
and Parabel the third", "Parabel sent fewer exiles than Tomsk"): each named place or group is
matched to the count printed right after its name elsewhere in the text (the nearest such
count before the ranking), and the ranks must follow the order of those counts. Names are
matched, not values, so no fit here is a chance one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from borderlands.figures.passages import Located

RANKS = {"first": 1, "largest": 1, "biggest": 1, "second": 2, "third": 3, "fourth": 4,
         "fifth": 5, "last": 99, "smallest": 99}  # fmt: skip
#: RANK_ITEM_RE needs one of RANKS as a whole word (keep the two in step).
RANK_WORD_SET = frozenset(RANKS)
#: One ranked item: a name, up to six words, then its rank ("Kolpashevo the second").
RANK_ITEM_RE = re.compile(
    r"\b([A-Z][a-z]{3,})\b(?:\s+[\w-]+){0,6}?\s+(?:the\s+)?(" + "|".join(RANKS) + r")\b"
)
#: The name a count belongs to: the last capitalised word shortly before it ("of Parabel 9,400").
NAME_BEFORE_RE = re.compile(r"\b([A-Z][a-z]{3,})\b(?:\s+[a-z’'-]+){0,3}\s*$")
NOT_NAMES = frozenset(("The", "They", "This", "These", "Those", "Their", "Thus", "With", "From",
                       "After", "Before", "Since", "When", "Over", "About", "Only"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Ranked:
    name: str
    rank: int
    start: int  # the rank word in the passage text
    end: int


def ranked_items(text: str, offset: int) -> list[Ranked]:
    """The ranked names of one sentence (``offset``: the sentence's start in its passage),
    when it ranks at least two names and one of them is ranked second or later."""
    if not any(map(text.__contains__, RANKS)):
        return []  # RANK_ITEM_RE needs a rank word
    items = [
        Ranked(m.group(1), RANKS[m.group(2).lower()], offset + m.start(2), offset + m.end(2))
        for m in RANK_ITEM_RE.finditer(text)
        if m.group(1) not in NOT_NAMES
    ]
    names = {i.name for i in items}
    if len(items) < 2 or len(names) < len(items) or max(i.rank for i in items) < 2:
        return []
    return items


class NameIndex:
    """Counts by the name printed right before them, in text order."""

    def __init__(self, counts: list[Located]) -> None:
        self.by_name: dict[str, list[tuple[int, Located]]] = {}
        #: per sentence, the names whose counts it prints (a listing names several)
        self.names_in: dict[tuple[str, int], set[str]] = {}
        for f in counts:
            start, _ = f.passage.sentences[f.sentence]
            end = f.quantity.phrase_start
            before = f.passage.text[max(start, end - 40) : end]
            m = NAME_BEFORE_RE.search(before)
            if m is not None and m.group(1) not in NOT_NAMES:
                self.by_name.setdefault(m.group(1), []).append((f.raw_start, f))
                self.names_in.setdefault((f.passage.key, f.sentence), set()).add(m.group(1))
        for found in self.by_name.values():
            found.sort(key=lambda pair: pair[0])

    def like(self, name: str, raw: int, words: str) -> Located | None:
        """The count named ``name`` before raw offset ``raw`` that a sentence of ``words``
        most likely means: one printed in a sentence sharing a word with it ("received"), in
        a listing of several names, the nearest; the nearest of all when none is better."""
        found = [f for at, f in self.by_name.get(name, []) if at < raw]
        if not found:
            return None
        stems = content_stems(words) - {name[:STEM].lower()}

        def score(f: Located) -> tuple[bool, bool, int]:
            start, end = f.passage.sentences[f.sentence]
            shared = bool(stems & content_stems(f.passage.text[start:end]))
            listing = len(self.names_in.get((f.passage.key, f.sentence), ())) >= 2
            return shared, listing, f.raw_start

        return max(found, key=score)

    def before(self, name: str, raw: int) -> Located | None:
        """The nearest count named ``name`` that stands before raw offset ``raw``."""
        found = self.by_name.get(name, [])
        i = bisect.bisect_left(found, raw, key=lambda pair: pair[0])
        return found[i - 1][1] if i else None


STEM = 5
COMMON_WORDS = frozenset(("which", "their", "there", "these", "those", "about", "after",
                          "before", "under", "other", "first", "second", "third", "while",
                          "smallest", "largest", "fewer", "thus", "three", "among"))  # fmt: skip


def content_stems(text: str) -> set[str]:
    """The first letters of the longer words of a text, lower-cased: what it speaks of."""
    return {
        w[:STEM].lower()
        for w in re.findall(r"[A-Za-z]{5,}", text)
        if w.lower() not in COMMON_WORDS and not w[:1].isupper()
    }


#: Two names compared without figures: "Korosten sent fewer persons than Novohrad".
NAMED_COMPARISON_RE = re.compile(
    r"\b([A-Z][a-z]{3,})\b(?:\s+[\w’'-]+){0,4}?\s+(higher|lower|larger|smaller|greater|fewer|"
    r"more|less)\b(?:\s+[\w’'-]+){0,3}?\s+than\s+(?:the\s+|that\s+of\s+)?([A-Z][a-z]{3,})\b"
)
UP = frozenset(("higher", "larger", "greater", "more"))


@dataclass(frozen=True, slots=True)
class NamedComparison:
    first: str
    second: str
    word: str
    up: bool  # the first name is said to have more
    start: int  # the comparison word in the passage text
    end: int


def compared_names(text: str, offset: int) -> list[NamedComparison]:
    """The comparisons of two names in one sentence (``offset``: its start in its passage)."""
    if "than" not in text:
        return []  # NAMED_COMPARISON_RE needs it
    return [
        NamedComparison(
            m.group(1),
            m.group(3),
            m.group(2),
            m.group(2) in UP,
            offset + m.start(2),
            offset + m.end(2),
        )
        for m in NAMED_COMPARISON_RE.finditer(text)
        if m.group(1) not in NOT_NAMES and m.group(3) not in NOT_NAMES and m.group(1) != m.group(3)
        and not sum_side(text, m)
    ]


#: a side of several names: "A, B and C together received fewer than D and E"
SUM_WORDS_RE = re.compile(r"(?:together|combined|jointly|between\s+them|in\s+all)")
NAME_WORD_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")
LISTED_BEFORE_RE = re.compile(r"[A-Z][\w’'-]+,?\s+and\s+$")
LISTED_AFTER_RE = re.compile(
    r"(?:,\s+[A-Z][\w’'-]+)*\s+(?:and|or)\s+[A-Z]|\s+(?:together|combined)\b"
)


def sum_side(text: str, m: re.Match[str]) -> bool:
    """Whether a side of a named comparison is several names (their sum), not the one
    name the pattern took: then the counts of the two names are no sides of it."""
    between = text[m.end(1) : m.start(2)]
    return bool(
        SUM_WORDS_RE.search(between) or NAME_WORD_RE.search(between)
        or LISTED_BEFORE_RE.search(text, 0, m.start(1))
        or LISTED_AFTER_RE.match(text, m.end(3))
    )


#: A name said to be the largest or smallest without figures: "Ust-Chaya was thus the smallest
#: section", "Tegul, the largest of the sections"; and "Tegul was second only to Tomsk".
NOT_A_NAME = r"(?!(?:" + "|".join(sorted(NOT_NAMES)) + r")\b)"
SUPERLATIVE_NAME_RE = re.compile(
    r"\b"
    + NOT_A_NAME
    + r"([A-Z][a-z]{3,})\b(?:,?\s+[\w’'-]+){0,5}?,?\s+the\s+(largest|biggest|highest|smallest|"
    r"lowest)\b"
)
SECOND_ONLY_RE = re.compile(
    r"\b"
    + NOT_A_NAME
    + r"([A-Z][a-z]{3,})\b(?:\s+[\w’'-]+){0,5}?\s+(second only to)\s+(?:the\s+)?([A-Z][a-z]{3,})\b"
)
SUPERLATIVE_WORDS = ("largest", "biggest", "highest", "smallest", "lowest", "second only")
SUPERLATIVE_WORD_RE = re.compile(r"\b(?:" + "|".join(SUPERLATIVE_WORDS) + r")\b")
TOP_WORDS = frozenset(("largest", "biggest", "highest"))
#: Whole words SUPERLATIVE_WORD_RE needs (keep in step): a superlative or "second".
SUPERLATIVE_CUES = frozenset(w.split()[0] for w in SUPERLATIVE_WORDS)


@dataclass(frozen=True, slots=True)
class NamedRank:
    name: str
    word: str  # "largest", "smallest", "second only to"
    above: str | None  # for "second only to": the name ranked first
    start: int  # the rank words in the passage text
    end: int


def superlative_names(text: str, offset: int) -> list[NamedRank]:
    """The names of one sentence said to be largest, smallest or second only to another."""
    if not any(map(text.__contains__, SUPERLATIVE_WORDS)) or not SUPERLATIVE_WORD_RE.search(text):
        return []
    out = [
        NamedRank(m.group(1), m.group(2).lower(), None, offset + m.start(2), offset + m.end(2))
        for m in SUPERLATIVE_NAME_RE.finditer(text)
        if m.group(1) not in NOT_NAMES
    ]
    out += [
        NamedRank(m.group(1), m.group(2), m.group(3), offset + m.start(2), offset + m.end(2))
        for m in SECOND_ONLY_RE.finditer(text)
        if m.group(1) not in NOT_NAMES and m.group(3) not in NOT_NAMES
    ]
    return out
