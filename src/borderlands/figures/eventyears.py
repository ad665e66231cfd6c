"""The year of an event a duration counts from, when the text dates it only by narrating it.

"The deportees were bound to their oblasts until 1956, nineteen years after the echelons had
left": the text never prints "the echelons of 1937", but it told of the echelons while 1937 was
the year in force (the year the telling's own sentence prints, else the last printed before
it). That year is the event's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from borderlands.figures.passages import Passage

YEAR_RE = re.compile(r"\b1[89]\d\d\b")


def noun_pattern(noun: str) -> re.Pattern[str]:
    """The noun in the singular or the plural ("echelons" and "the first echelon")."""
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return re.compile(rf"\b{re.escape(stem)}(?:s|es)?\b", re.I)


SENTENCE_END_RE = re.compile(r"[.;]\s|\n")


def sentence_end(text: str, start: int) -> int:
    m = SENTENCE_END_RE.search(text, start)
    return m.start() if m else len(text)


def year_in_force(passages: Iterable[Passage], noun: str, end: tuple[Passage, int]) -> int | None:
    """The last year printed before the first telling of ``noun`` in ``passages`` (read in
    order, up to offset ``end[1]`` of passage ``end[0]``): the year its own sentence prints
    after it, else the last printed before it (a title naming the noun before any year is no
    telling of the event); None when there is none."""
    pattern = noun_pattern(noun)
    last: int | None = None
    for passage in passages:
        stop = end[1] if passage is end[0] else len(passage.text)
        at = 0
        for told in pattern.finditer(passage.text, 0, stop):
            for m in YEAR_RE.finditer(passage.text, at, told.start()):
                last = int(m.group())
            at = told.start()
            own = YEAR_RE.search(passage.text, at, sentence_end(passage.text, at))
            if own is not None:  # "the clearing of the strip in the spring of 1935"
                return int(own.group())
            if last is not None:
                return last
        for m in YEAR_RE.finditer(passage.text, at, stop):
            last = int(m.group())
        if passage is end[0]:
            return None
    return None
