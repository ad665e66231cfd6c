"""Whose figure "second only to" ranks (issue #14).

The words rank their grammatical subject below the rival named after "to". The subject's
figure is, in this order: the one printed after "second only to RIVAL with" ("Moscow came
second only to Leningrad with 4,915"); the last count of the subject's own clause before
the words ("..., and the 12,628 Bulgarians came second only to them"); else the sentence's
first count. A rate or share printed beside a count is no rival of it.
"""

from __future__ import annotations

import re

from borderlands.figures.comparedfigures import per_unit
from borderlands.figures.passages import Located

#: the rival after the words, a name or a pronoun for the subject of the clause before
RIVAL_RE = re.compile(
    r"\bsecond only to\s+(?:that of\s+|those of\s+)?(?:the\s+)?([A-Z][\w-]+|them|it|that|those"
    r"|(?<=the )[a-z]{4,})"  # "second only to the district around the capital": described
)
#: a rival named by a pronoun: the subject of the clause before, named by no word here
PRONOUNS = frozenset(("them", "it", "that", "those"))
#: the subject's own figure after the rival: "... to Leningrad with 4,915"
WITH_AFTER_RE = re.compile(r"[^,;:.]{0,40}?\bwith\s+$")
#: where the subject's clause begins: "..., and the 12,628 Bulgarians came second only to"
CLAUSE_START_RE = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+")


def by_description(m: re.Match[str]) -> bool:
    """Whether the rival of "second only to" is described ("the district around the
    capital"), not named: it is then a side only where its word stands beside a figure."""
    return m.group(1).islower() and m.group(1) not in PRONOUNS


def rivals(figures: list[Located]) -> list[Located]:
    """The counts of one unit a "second only to" sets in order (rates and shares printed
    beside counts out); in a sentence of rates only, the rates of the first one's unit."""
    counts = [f for f in figures if not per_unit(f)]
    if not counts:  # rates ranked: those of the first one's unit
        return [f for f in figures if figures and f.quantity.unit == figures[0].quantity.unit]
    unit = next((f.quantity.unit for f in counts if f.quantity.unit), "")
    return [f for f in counts if f.quantity.unit in (unit, "")]


def subject_figure(text: str, offset: int, m: re.Match[str], figures: list[Located]) -> Located:
    """The figure of the subject ranked second (``text`` the sentence at ``offset`` in its
    passage, ``m`` a match of RIVAL_RE, ``figures`` its rivals, in order)."""
    end = offset + m.end()
    for f in figures:
        if f.quantity.phrase_start >= end and WITH_AFTER_RE.fullmatch(
            f.passage.text, end, f.quantity.phrase_start
        ):
            return f
    cut = max((c.end() for c in CLAUSE_START_RE.finditer(text, 0, m.start())), default=0)
    own = [f for f in figures if offset + cut <= f.quantity.start < offset + m.start()]
    return own[-1] if own else figures[0]


#: a name owning the figure right after it: "Spassk's 6,120"
OWNER_BEFORE_RE = re.compile(r"\b([A-Z][\w-]+)(?:'s|’s)\s+$")


def owner_other_than(text: str, f: Located, rival: str) -> bool:
    """Whether the figure is printed as another name's than the rival's (``rival``: the
    first five letters of its name, lower case)."""
    m = OWNER_BEFORE_RE.search(text, max(0, f.quantity.phrase_start - 30), f.quantity.phrase_start)
    return m is not None and m.group(1)[:5].lower() != rival
