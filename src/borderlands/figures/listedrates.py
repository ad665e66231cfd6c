"""Rates printed beside names in one sentence, then ranked or compared by name: "the toll
came to 86.6 per 1,000 in Chimkent, 65.1 in Aralsk and 66.1 in Aktyubinsk. Aktyubinsk thus
had the lowest death rate of the three"; "... Chimkent lost its people at a higher rate than
Aralsk".

Each side is the rate the list prints for the name the claim's clause gives, so both sides
are figures the text names for the things compared. The list is read in its own sentence
or in one of the two before; its items are a rate with its unit ("per 1,000", "per cent",
"%") or, after the first, a bare figure taking that unit, each followed by the place it is
of ("in Aralsk", "at Kotlas"). A reversed superlative is a slip only when the words say it
follows from these figures ("thus", "of the three" for a list of three, or the list right
before); otherwise it may rank another measure and is unverifiable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.kinds import Finding, Sentence
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

CUE_WORDS = frozenset(("highest", "lowest", "higher", "lower"))
NAME = r"[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2}"
RATE_UNIT = r"(?:\s+per\s+1,000|\s+per\s+cent|\s+percent|\s*%)"
#: one item: "86.6 per 1,000 in Chimkent", "65.1 in Aralsk", "12 percent at Kotlas"
ITEM_RE = re.compile(
    rf"(?<![\d,.])(\d+(?:\.\d+)?)({RATE_UNIT})?(?:\s+[a-z]+)?\s+(?:in|at)\s+(?:the\s+)?({NAME})"
)
#: what joins two items of one list
JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
SUPERLATIVE_RE = re.compile(
    r"\b(?:the|its)\s+(highest|lowest)\s+(?:[a-z]+\s+){0,2}?(?:rate|toll|mortality|share)\b"
    r"|\b(?:rate|toll|mortality|share)\s+(?:was|were)\s+(?:thus\s+)?the\s+(highest|lowest)\b",
    re.I,
)
COMPARATIVE_RE = re.compile(
    rf"\b(higher|lower)\s+(?:[a-z]+\s+){{0,3}}?than\s+(?:in\s+|at\s+|that\s+of\s+)?(?:the\s+)?({NAME})"
)
OF_THE_N_RE = re.compile(r"\bof\s+the\s+(two|three|four|five|six)\b", re.I)
N_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DERIVED_RE = re.compile(r"\b(?:thus|therefore|hence|so)\b", re.I)
CLAUSE_BREAK_RE = re.compile(r";\s+|,\s+and\s+|,\s+while\s+|,\s+whereas\s+|,\s+but\s+")
MIN_ITEMS = 2


@dataclass(frozen=True, slots=True)
class ListedRate:
    name: str
    value: float
    text: str  # the figure as printed
    figure: Located | None  # the figure as extracted, where the extraction took it


def rate_lists(s: Sentence, figures: list[Located]) -> list[list[ListedRate]]:
    """The runs of named rates of sentence ``s`` (its ``figures`` as extracted), each
    joined item to item, the first with its unit."""
    text = s.text
    at = {f.quantity.start: f for f in figures}
    out: list[list[ListedRate]] = []
    run: list[ListedRate] = []
    end = -1
    for m in ITEM_RE.finditer(text):
        joined = end >= 0 and JOIN_RE.fullmatch(text, end, m.start()) is not None
        if not joined:
            if len(run) >= MIN_ITEMS:
                out.append(run)
            run = []
            if not m.group(2):
                end = -1
                continue  # a run opens with a figure that prints its rate unit
        run.append(ListedRate(m.group(3), float(m.group(1)), m.group(1),
                              at.get(s.start + m.start(1))))  # fmt: skip
        end = m.end()
    if len(run) >= MIN_ITEMS:
        out.append(run)
    return [r for r in out if len({i.name for i in r}) == len(r)]


def named(clause: str, run: list[ListedRate]) -> list[ListedRate]:
    return [i for i in run if re.search(rf"\b{re.escape(i.name)}\b", clause)]


@dataclass(frozen=True, slots=True)
class RateClaim:
    start: int  # the claim's word in the sentence
    end: int
    word: str
    holds: bool
    derived: bool
    sides: tuple[ListedRate, ...]
    intended: str


def claims(text: str, runs: list[tuple[list[ListedRate], bool]]) -> list[RateClaim]:
    """The superlatives and comparatives of sentence ``text`` on the nearest run naming
    their subject; ``runs``: (run, printed in the sentence right before or this one)."""
    out: list[RateClaim] = []
    for m in SUPERLATIVE_RE.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        start = max((c.end() for c in CLAUSE_BREAK_RE.finditer(text, 0, m.start())), default=0)
        for run, near in runs:
            subject = named(text[start : m.start()], run)
            if len(subject) != 1:
                continue
            values = [i.value for i in run]
            top = max(values) if word == "highest" else min(values)
            n = OF_THE_N_RE.search(text, m.end())
            said_n = N_WORDS[n.group(1).lower()] if n else None
            if said_n is not None and said_n != len(run):
                break  # "of the four" over a list of three: another group
            derived = near or said_n == len(run) or DERIVED_RE.search(text) is not None
            out.append(RateClaim(m.start(1) if m.group(1) else m.start(2),
                                 m.end(1) if m.group(1) else m.end(2), word,
                                 subject[0].value == top, derived, tuple(run),
                                 f"not the {word}"))  # fmt: skip
            break
    for m in COMPARATIVE_RE.finditer(text):
        start = max((c.end() for c in CLAUSE_BREAK_RE.finditer(text, 0, m.start())), default=0)
        for run, _near in runs:
            other = [i for i in run if i.name == m.group(2)]
            subject = named(text[start : m.start()], run)
            if len(other) != 1 or len(subject) != 1 or subject[0] is other[0]:
                continue
            a, b = subject[0], other[0]
            if a.value == b.value:
                break
            word = m.group(1).lower()
            holds = (a.value > b.value) == (word == "higher")
            out.append(RateClaim(m.start(1), m.end(1), word, holds, True, (a, b),
                                 "lower" if word == "higher" else "higher"))  # fmt: skip
            break
    return out


def listed_rate_findings(
    s: Sentence, history: list[tuple[Sentence, list[Located]]]
) -> list[Finding]:
    """The claims of sentence ``s`` on rates listed by name in it or the two before."""
    if not s.says_any(CUE_WORDS):
        return []
    if SUPERLATIVE_RE.search(s.text) is None and COMPARATIVE_RE.search(s.text) is None:
        return []  # no claim for a list to answer: the lists are not read
    before = [(h, f) for h, f in history[-2:] if h.passage is s.passage]
    runs = [(r, True) for r in rate_lists(s, list(s.figures))]
    for k, (h, figures) in enumerate(reversed(before)):
        runs += [(r, k == 0 and h.index == s.index - 1) for r in rate_lists(h, figures)]
    if not runs:
        return []
    out: list[Finding] = []
    for c in claims(s.text, runs):
        verdict = Verdict.consistent if c.holds else (
            Verdict.inconsistent if c.derived else Verdict.unverifiable
        )  # fmt: skip
        formula = " vs ".join(f"{i.name} {i.text}" for i in c.sides)
        out.append(Finding(
            "comparison", s.start + c.start, s.start + c.end, float(len(c.sides)), verdict,
            formula, None, tuple(i.figure for i in c.sides if i.figure is not None),
            f"{c.word} (named rates): {formula}",
            c.intended if verdict == Verdict.inconsistent else None,
        ))  # fmt: skip
    return out
