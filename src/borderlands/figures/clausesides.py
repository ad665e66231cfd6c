"""The sides of a comparison end where its clause ends (issue #14).

"Deaths ran higher than births, at 29.3 per 1,000 of those received, and children
accounted for 1,013 of the dead": the figure after ", and children accounted for" belongs
to a new clause with its own subject and verb, and counts something else (children among
the dead); it is no side of "higher". A figure printed after a coordinating word that
opens a clause of its own (a subject of words, then a finite verb, before any figure) is cut
from the comparison's window. A list that goes on ("..., and 1,200 in Omsk") opens no
clause: its next word is a figure or a preposition. A semicolon cuts nothing: what follows
it is most often the comparison's evidence ("more than any other; Lebyazhye took 5,960,
...", "higher than at Tomsk; 420 died at Omsk and 380 at Tomsk").
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: ", and children accounted for", ", but the rural ones numbered", ", while Kamen lost": after
#: "and", "but" or "yet" a subject in plain words only (a capitalised name after "and" more
#: often goes on with the list of members); "while" and "whereas" always set a new subject
NEW_CLAUSE_RE = re.compile(
    r",\s+(?:(?:and|but|yet)\s+(?=(?:the\s+|its\s+|their\s+)?[a-z])|(?:while|whereas)\s+)"
    r"(?=(?:the\s+|its\s+|their\s+|his\s+|her\s+|these\s+|those\s+)?"
    r"(?!(?:in|at|to|for|from|of|by|on|than|with|among|against)\b)[A-Za-z][a-z-]+"
    r"(?:\s+[a-z][a-z-]+){0,2}?\s+"
    r"(?:[a-z]+ed|was|were|had|has|have|made|ran|stood|fell|rose|came|went|took|gave|"
    r"lost|left|saw|kept|held|numbered|accounted)\b)"
)


def in_its_clause(text: str, cue_end: int, figures: list[Located]) -> list[Located]:
    """``figures`` (passage offsets) but those printed after the first break of a new
    clause after the comparison word ending at ``cue_end``."""
    m = NEW_CLAUSE_RE.search(text, cue_end)
    if m is None:
        return figures
    return [f for f in figures if f.quantity.start < m.start()]
