"""Orders a sentence states about its own figures in words other than "more ... than":
"almost as many as" (the first just under the second), "ranked third, after Akmolinsk with
6,200 and Karaganda with 5,100" (one more than the figures above it), and a conclusion that
names the larger ("Omsk received 8,200 Germans and Tomsk 9,600, so Tomsk received more").

Each is read only on the figures of its own sentence, so a reversed order is a slip of the
words (or of a figure), flagged with the order the figures give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.passages import Located

#: "almost as many as", "nearly as large as", "about as many ... as".
AS_MANY_RE = re.compile(
    r"\b(almost|nearly|about|roughly)\s+as\s+(?:many|much|large|high|numerous)\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+as\b",
    re.I,
)
RANK_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
#: "ranked third, after ...", "came second, behind ...", "stood fourth after".
RANKED_RE = re.compile(
    r"\b(?:ranked|came|stood|was)\s+(first|second|third|fourth|fifth|sixth)\b"
    r"(?=,?\s+(?:after|behind|below|ahead of|above|before|followed by)\b)",
    re.I,
)
#: "so Tomsk received more", "Omsk thus received fewer": a name said to have more or fewer.
SO_NAME_RE = re.compile(
    r"(?:\b(?:so|thus|hence|therefore)\s+(?:the\s+)?([A-Z][a-z]{3,})\b|"
    r"\b([A-Z][a-z]{3,})\s+(?:thus|therefore|hence)\b)"
    r"(?:\s+[a-z]+){0,2}?\s+(more|fewer|less)\b(?!\s+(?:\w+\s+){0,3}?than\b)"
)


#: "Steplag was thus the larger camp", "so that Karlag was the smaller of the two".
THE_LARGER_RE = re.compile(
    r"\b([A-Z][a-z]{3,})\s+(?:was|were|is|remained)\s+(?:thus\s+|therefore\s+|then\s+)?"
    r"(?:by far\s+)?the\s+(larger|smaller|bigger|higher|lower|greater)\b"
)
#: Whole words one of which each pattern needs (keep in step; ``Sentence.says_any``): the
#: qualifier of AS_MANY_RE, the ordinal of RANKED_RE, the comparative of SO_NAME_RE and
#: THE_LARGER_RE.
AS_MANY_WORDS = frozenset(("almost", "nearly", "about", "roughly"))
RANKED_WORDS = frozenset(RANK_WORDS)
SO_NAME_WORDS = frozenset(
    ("more", "fewer", "less", "larger", "smaller", "bigger", "higher", "lower", "greater")
)
UP_COMPARATIVES = frozenset(("larger", "bigger", "higher", "greater", "more"))
OTHER_WAY = {"larger": "smaller", "smaller": "larger", "bigger": "smaller", "higher": "lower",
             "lower": "higher", "greater": "smaller", "more": "fewer", "fewer": "more",
             "less": "more"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Order:
    """One order said: its words ([start, end) in the sentence text), whether the figures
    bear it out, what they give instead, and the figures read."""

    start: int
    end: int
    word: str
    holds: bool
    intended: str | None
    figures: tuple[Located, ...]


def as_many(text: str, figures: list[Located]) -> list[Order]:
    """"almost as many as": exactly two figures, the first from 0.8 of the second up to
    it ("about as many": within a tenth either way)."""
    out = []
    for m in AS_MANY_RE.finditer(text):
        if len(figures) != 2:
            continue
        a, b = (f.quantity.mid for f in figures)
        if b <= 0:
            continue
        if m.group(1).lower() in ("almost", "nearly"):
            holds = 0.8 * b <= a < b
            intended = None if holds else ("more than" if a >= b else "far fewer than")
        else:
            holds = abs(a - b) <= 0.1 * b
            intended = None if holds else ("more than" if a > b else "fewer than")
        out.append(Order(m.start(), m.end(), m.group(0), holds, intended, tuple(figures)))
    return out


def ranked(text: str, offset: int, figures: list[Located]) -> list[Order]:
    """"ranked third, after A with 6,200 and B with 5,100": the figure said before the
    rank (the sentence's first) against the others of the sentence, all of them compared."""
    out = []
    for m in RANKED_RE.finditer(text):
        own = [f for f in figures if f.quantity.end - offset <= m.start()]
        if len(own) != 1 or len(figures) < 3:
            continue
        x = own[0].quantity.mid
        others = [f.quantity.mid for f in figures if f is not own[0]]
        rank = 1 + sum(v > x for v in others)
        said = RANK_WORDS[m.group(1).lower()]
        holds = rank == said
        intended = None if holds else next(
            (w for w, n in RANK_WORDS.items() if n == rank), f"rank {rank}"
        )  # fmt: skip
        out.append(Order(m.start(1), m.end(1), m.group(1), holds, intended, tuple(figures)))
    return out


def so_name(text: str, offset: int, figures: list[Located]) -> list[Order]:
    """"Omsk received 8,200 and Tomsk 9,600, so Tomsk received more", "Steplag was thus the
    larger camp": the figure printed right after the name in the same sentence against the
    sentence's one other figure."""
    out = []
    said = [(m.group(1) or m.group(2), m.start(3), m.end(3)) for m in SO_NAME_RE.finditer(text)]
    said += [(m.group(1), m.start(2), m.end(2)) for m in THE_LARGER_RE.finditer(text)]
    for name, start, end in said:
        if len(figures) != 2:
            continue
        named = [f for f in figures if name_before(text, offset, f, name)]
        if len(named) != 1:
            continue
        other = next(f for f in figures if f is not named[0])
        x, y = named[0].quantity.mid, other.quantity.mid
        word = text[start:end].lower()
        holds = x > y if word in UP_COMPARATIVES else x < y
        out.append(Order(start, end, word, holds, None if holds else OTHER_WAY[word],
                         tuple(figures)))  # fmt: skip
    return out


def name_before(text: str, offset: int, f: Located, name: str) -> bool:
    """Whether ``name`` stands in the few words right before figure ``f``."""
    start = f.quantity.phrase_start - offset
    before = text[max(0, start - 30) : max(0, start)].split(",")[-1]
    return re.search(rf"\b{re.escape(name)}\b", before) is not None
