"""Whether a "times" ratio fitted on counts of other sentences rests on counts of what it
compares.

"Among children, the department reckoned, mortality was about three times as high as among
adults" prints no count; a fit on "3,410 births" over "1,140 beds" of the paragraph is a pair
picked for its ratio. A count is a side of the comparison only when the words beside it share
a word with the sentence that compares (a name, a noun, a month: "The July arrivals were five
times those of June" after "4,115 in June, 21,460 in July"). When no input of the fit does,
the fit is kept as a candidate only, under ``unverifiable``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.asmany import COMMON
from borderlands.figures.passages import Located

WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")
STEM = 5
AROUND = 60  # characters each side of a count that may name what it counts


def stems(text: str) -> set[str]:
    return {w.lower()[:STEM] for w in WORD_RE.findall(text) if w.lower() not in COMMON}


def sides_unnamed(claim_sentence: str, inputs: Sequence[Located]) -> bool:
    """Whether no input's words (its clause of its sentence, ``AROUND`` characters each
    side) share a word with the sentence of the ratio."""
    words = stems(claim_sentence)
    for f in inputs:
        start, end = f.passage.sentences[f.sentence]
        lo, hi = max(start, f.quantity.start - AROUND), min(end, f.quantity.end + AROUND)
        if words & stems(f.passage.text[lo:hi]):
            return False
    return True
