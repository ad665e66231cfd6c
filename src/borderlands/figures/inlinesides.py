"""The two sides of "N times as many" printed in the multiple's own clause among other counts
of the sentence: "Boys under sixteen numbered 812, and the women, 2,458, were twice as many as
the men, 1,228": the last count of the clause before the words against the first after "as".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from borderlands.figures.passages import Located

if TYPE_CHECKING:
    from borderlands.figures.kinds import Sentence

AS_MANY_AFTER_RE = re.compile(r"\s+as\s+(?:many|much|numerous|large)\s+(?:[a-z]+\s+){0,2}?as\b")
#: where the multiple's clause begins and ends: a semicolon, a colon, ", and", ", but"
CLAUSE_CUT_RE = re.compile(r";|:|,\s+(?:and|but|while|whereas)\s+")


def sides_in_clause(s: Sentence, start: int, end: int) -> tuple[Located, Located] | None:
    """(the side compared with, the side said to be the multiple) of the words at
    ``s.text[start:end]``, or None unless each side prints one count in the clause."""
    text = s.text
    tail = AS_MANY_AFTER_RE.match(text, end)
    if tail is None:
        return None
    opens = max((m.end() for m in CLAUSE_CUT_RE.finditer(text, 0, start)), default=0)
    cut = CLAUSE_CUT_RE.search(text, tail.end())
    closes = cut.start() if cut else len(text)
    where = [(f, f.quantity.start - s.start) for f in s.counts]
    left = [f for f, at in where if opens <= at < start]
    right = [f for f, at in where if tail.end() <= at < closes]
    if len(left) != 1 or len(right) != 1 or left[0].quantity.unit != right[0].quantity.unit:
        return None
    return right[0], left[0]
