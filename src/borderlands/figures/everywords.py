""" "there was one horse for every six walkers": a rate "one for every N" printed in words.

The extraction leaves out a number word after "every" whose noun its lexicon does not know,
so no rule of the sentence sees the claim. Here the word is placed like a quantity and read
as the load of a unit (``unitloads``): the unit is the thing the "one" names (or the
sentence's own count of it), the whole the count of the noun after the word (persons when
the noun names people). A word nothing reads is left out, as before: no verdict without its
two named counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import NUMBER_WORD, Finding, Sentence
from borderlands.figures.numbers import parse_words
from borderlands.figures.passages import Located
from borderlands.figures.unitloads import told_rate, unit_load

CUES = frozenset(["every", "each"])
#: "one horse for every six", "one guard to each twenty": the word after the cue
EVERY_WORD_RE = re.compile(
    rf"\bone\s+(?:[a-z]+\s+)?(?:for|to)\s+(?:roughly\s+|about\s+|some\s+)?(?:every|each)\s+"
    rf"(?P<word>{NUMBER_WORD})\b",
    re.I,
)

WordAnchor = Callable[[Sentence, int, int, float], Located]


def every_word_loads(
    s: Sentence, found: list[Finding], anchor: WordAnchor, earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with the rates "one for every N" in words of ``s`` read on their counts."""
    if not s.says_any(CUES):
        return found
    out = found
    for m in EVERY_WORD_RE.finditer(s.text):
        start, end = s.start + m.start("word"), s.start + m.end("word")
        if any(f.start < end and start < f.end for f in out):
            continue
        value = parse_words(m.group("word").lower().replace("-", " ").split())
        if value is None or value < 2:
            continue
        r = anchor(s, start, end, float(value))
        how = told_rate(s, r, None)
        if how is None or not how.one_every:
            continue
        read = unit_load(s, r, how, earlier)
        if read is not None:
            out = [*out, read]
    return out
