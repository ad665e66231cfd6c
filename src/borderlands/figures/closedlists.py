"""A share bracketed after one count of a list that divides a whole stated before it: "The
returns divide the 79,106 arrivals among three regions. The Donbass received 52,730; the
Urals 20,418 (25.8 per cent); and the Caucasus the remaining 5,958."

The share's part is the count it is bracketed after; the list its sentence prints is the
division of a whole, and that whole is the count printed before whose value the list's
members add up to exactly (borderlands.figures.membershares.listing_whole reads the same
closure for a share said of a member by name). A list that adds up to no earlier count
names no whole, and the share is left as it was.
"""

from __future__ import annotations

from borderlands.figures.apposedsiblings import bracketed_count
from borderlands.figures.membershares import listing_whole
from borderlands.figures.passages import Located


def closed_list_pair(
    claim: Located, own: list[Located], before: list[Located]
) -> tuple[Located, Located] | None:
    """(part, whole) of a share bracketed after a count of ``own`` (its sentence's counts)
    whose list adds up to a count of ``before`` (counts printed before the sentence, nearest
    first), or None."""
    part = bracketed_count(claim, own)
    if part is None:
        return None
    found = listing_whole(part, own, before)
    if found is None or found[1]:  # a total printed in the list itself is read there
        return None
    whole = found[0]
    return (part, whole) if whole.quantity.mid > part.quantity.mid else None
