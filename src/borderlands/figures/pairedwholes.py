"""Two wholes a sentence opens with, joined: "Of the 80,274 mobilised and the 79,106 who
reached the camps, 9,860 had died, about 12 percent." The share that follows may be of
either; when the part over each rounds to the printed figure, the words pick neither and the
share is ambiguous (both readings shown).
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: The opening of a sentence up to its first whole: "Of the ", "Of all the ".
OPENING_RE = re.compile(r"\s*(?:Of|Among)\s+(?:all\s+)?(?:the|those)\s+$")
#: Between two joined wholes: "mobilised and the", "loaded and the".
JOINED_RE = re.compile(r"(?:\s+[a-z]+){0,6}\s+and\s+(?:of\s+)?(?:all\s+)?(?:the|those)\s+$")


def paired_whole(
    text: str, sentence_start: int, whole: Located, own: list[Located]
) -> Located | None:
    """The other whole of ``own`` (the sentence's counts) joined to ``whole`` in the sentence's
    opening "Of the A ... and the B ...", or None."""
    for other in own:
        if other is whole:
            continue
        first, second = sorted((whole, other), key=lambda f: f.quantity.start)
        if OPENING_RE.fullmatch(text, sentence_start, first.quantity.phrase_start) and (
            JOINED_RE.fullmatch(text, first.quantity.end, second.quantity.phrase_start)
        ):
            return other
    return None
