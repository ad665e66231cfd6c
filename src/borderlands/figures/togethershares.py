"""A fraction in words said of parts taken together whose shares the clause before prints:
"Ladoga Karelia furnished 42.4 percent of all evacuees and the isthmus 41.3%, so that the
two together made up over four-fifths of the movement". The parts are named ("the two",
"together", "between them"), their shares printed: the fraction is their sum. Only a fit is
read; a miss is left to the other rules, since the words need not join every share printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located

#: "the two together", "between them", "combined", "taken together"
TOGETHER_RE = re.compile(
    r"\b(?:together|between\s+them|combined|jointly)\b[^,;:.]*$", re.I
)
#: "two", "the three": the number of parts the words join
JOINED_RE = re.compile(r"\b(?:the\s+)?(two|three|four|five)\s+(?:together|combined)\b", re.I)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def joined_shares(
    text: str, sentence_start: int, phrase_start: int, percents: Sequence[Located]
) -> list[Located] | None:
    """The printed percentages of the sentence before a fraction whose clause joins parts
    ("together", "between them"): all of them, or the number the words give ("the two
    together"), nearest last; None when the clause joins none or too few are printed."""
    lead = text[sentence_start:phrase_start]
    if TOGETHER_RE.search(lead) is None:
        return None
    before = [p for p in percents if p.quantity.end <= phrase_start]
    joined = JOINED_RE.search(lead)
    n = COUNTS[joined.group(1).lower()] if joined else len(before)
    if n < 2 or len(before) < n:
        return None
    return before[-n:]
