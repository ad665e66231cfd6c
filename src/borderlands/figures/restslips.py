"""The whole behind a slipped rest printed after its parts: "Of the cattle, 147,300 went to
the plants and the rest, 7,100, to the kolkhozes", the 218,400 head of the sentence before
being the whole (71,100 was meant).

When no whole near the rest leaves it exactly, each count of the sentences around that is
larger than the parts together is tried as the whole; a usual slip (a dropped or doubled
digit, two digits swapped) on exactly one of them names the whole. Two or more such wholes
are chance, and nothing is said.
"""

from __future__ import annotations

from collections.abc import Callable

from borderlands.figures.passages import Located


def whole_of_slipped_rest(
    parts: list[Located],
    pool: list[Located],
    holds: Callable[[float], bool],
    is_slip: Callable[[float], bool],
) -> Located | None:
    """The one count of ``pool`` (not a part) whose rest after ``parts`` the printed rest is
    a usual slip of, or None when none or several are, or when one leaves it as printed
    (``holds``)."""
    taken = sum(p.quantity.mid for p in parts)
    wholes = [w for w in pool if all(w is not p for p in parts) and w.quantity.mid > taken]
    if any(holds(w.quantity.mid - taken) for w in wholes):
        return None
    found = [w for w in wholes if is_slip(w.quantity.mid - taken)]
    return found[0] if len({w.quantity.mid for w in found}) == 1 else None
