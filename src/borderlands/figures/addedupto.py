"""A total after "add up to" is exact (issue #14): "the three returns add up to 25,120", "the
clerk added these up to 1,816". The quantity reader reads such an "up to" as the verb's
particle, not a bound (``quantities.is_particle``); here a total that points back is told
that its words fix it to the unit, so its parts must give it to the unit too.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: "added these up to 1,816", "the three figures add up to": the verb's particle, no bound.
ADDED_UP_TO_RE = re.compile(r"\badd(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}?up\s+to\s+$", re.I)
LOOK_BACK = 40  # characters before a total searched for the verb


def added_up_to(total: Located) -> bool:
    """Whether ``total`` follows a verb of adding with its "up to"."""
    q = total.quantity
    return ADDED_UP_TO_RE.search(total.passage.text, max(0, q.start - LOOK_BACK),
                                 q.start) is not None  # fmt: skip
