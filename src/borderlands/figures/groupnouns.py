"""One counted noun to a list: "518 households in A, 377 in B, 296 in C and 164 in D, with
7,046 persons among them" lists households; the persons are no entry of the list, and a rank
("B came second") read over them would set persons against households."""

from __future__ import annotations

from typing import TypeVar

from borderlands.figures.passages import Located

RawT = TypeVar("RawT", bound=tuple[object, ...])


def same_noun_entries(raw: list[RawT]) -> list[RawT]:
    """``raw`` (entries whose second item is their count) without the one count printed with
    another noun than the list's: the noun one entry prints and the entries after it carry
    unsaid ("518 households in A, 377 in B"). Unchanged unless exactly one count differs and
    the list carries its noun so; a list printing a noun for each member ("812,400 sheep,
    205,900 cattle") lists kinds, not one noun."""
    counts = [r[1] for r in raw if isinstance(r[1], Located)]
    carried = {f.quantity.unit for f in counts if f.quantity.unit and f.quantity.unit_implied}
    if len(carried) != 1:
        return raw
    lead = carried.pop()
    odd = [f for f in counts if f.quantity.unit and f.quantity.unit != lead]
    if len(odd) != 1 or odd[0].quantity.unit_implied or len(counts) - 1 < 3:
        return raw
    return [r for r in raw if r[1] is not odd[0]]
