"""Whether the count a reading of a fraction took as its whole can be a whole at all.

"Krutoiar's 97 arrests among its 412 returners meant 253 in every 1,000. At Gorelovo 84
returners worked beside 252 local men, and about a third of the returners there kept their
papers": the 1,000 is the base of a rate ("in every 1,000", "per 1,000"), a unit of
measure, not a number of people anything is a part of; a fraction read on it rests on a
figure the text does not name for the thing compared and cannot be called a slip.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: The base of a rate: "in every 1,000", "per 1,000", "to each 100", "out of every 100".
RATE_BASE_RE = re.compile(r"\b(?:every|per|each)\s+$", re.I)


def is_rate_base(whole: Located) -> bool:
    """Whether ``whole`` is printed as the base of a rate ("253 in every 1,000")."""
    text = whole.passage.text
    start = whole.quantity.phrase_start
    return RATE_BASE_RE.search(text, max(0, start - 12), start) is not None
