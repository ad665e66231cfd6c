"""A decline word that belongs to another count of a list is not said of the share: "1,870
sentences were confirmed, 318 reduced and the remaining 128 annulled, or 5.5 per cent":
"reduced" is said of the 318, and the share is of the 128, a plain part of the whole.

The words said of the share's part are those between that part and the share; a decline
word printed before the part, right after another count ("318 reduced"), is that count's.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

NUMERAL_RE = re.compile(r"\d[\d,.]*\d|\d")
#: How far after another count its verb may stand ("318 reduced", "318 were reduced").
OWN_VERB_GAP = 12


def decline_of_another(claim: Located, part: Located, decline: re.Pattern[str]) -> bool:
    """Whether the last decline word of the share's sentence before the share stands right
    after a count other than the share's ``part``, before that part (so is said of it)."""
    if part.passage is not claim.passage or part.sentence != claim.sentence:
        return False
    text = claim.passage.text
    start = claim.passage.sentences[claim.sentence][0]
    if decline.search(text, part.quantity.start, claim.quantity.start):
        return False  # said between the part and its share: of the part
    words = list(decline.finditer(text, start, part.quantity.start))
    if not words:
        return False
    last = words[-1].start()
    return any(0 <= last - m.end() <= OWN_VERB_GAP for m in NUMERAL_RE.finditer(text, start, last))
