"""A total after "add up to" is exact (issue #14): "the three returns add up to 25,120", "the
clerk added these up to 1,816". The extractor reads "up to" as a bound ("up to 400 persons":
at most 400), so a sum below the printed total would pass as a fit; after a verb of adding
"up" is the verb's particle and the total is printed as it stands.
"""

from __future__ import annotations

import dataclasses
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


def as_printed(total: Located) -> Located:
    """``total`` with no bound where "up to" is the verb's (else ``total`` itself)."""
    if not added_up_to(total) or total.quantity.qualifier != "up to":
        return total
    q = dataclasses.replace(total.quantity, approx=False, qualifier=None, direction=None,
                            phrase_start=total.quantity.start)  # fmt: skip
    return dataclasses.replace(total, quantity=q)
