"""The subject that opens a sentence names its first count across an insertion (issue #14):
"Eisiskes, where the office burned down in November and had to rebuild its lists, sent
8,745" counts Eisiskes' people, though the words right before the count ("sent") name no
one. When the first count of a sentence has no name in the words before it back to a
comma, the sentence's opening words up to its first comma (a short subject holding a name)
are added to its words.
"""

from __future__ import annotations

import re

from borderlands.figures.asmany import Labelled, stems
from borderlands.figures.kinds import Sentence

#: "Eisiskes, where ...": a short subject holding a capitalised name, set off by a comma
OPENING_SUBJECT_RE = re.compile(r"\s*((?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]+)\s*,")
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}")


def with_opening_subject(s: Sentence, pool: list[Labelled]) -> list[Labelled]:
    """``pool`` (the labelled counts of ``s``) with the opening subject added to its first
    count when the words right before that count name no one."""
    if not pool or pool[0].count is not next(iter(s.figures), None):
        return pool
    text = s.passage.text
    first = pool[0].count
    m = OPENING_SUBJECT_RE.match(text, s.start, first.quantity.start)
    if m is None:
        return pool
    lead = re.split(r"[,;:()]", text[s.start : first.quantity.start])[-1]
    if NAME_RE.search(lead):
        return pool
    subject = stems(m.group(1))
    head = Labelled(first, pool[0].lead | subject, pool[0].label | subject)
    return [head, *pool[1:]]
