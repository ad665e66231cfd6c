"""The count of the thing a rate is per, named by the noun after its cue.

"The deportees travelled in 58 trains ... That gave about 720 people to a train": the rate is
per train, and the trains were counted in the sentence before. The rate's sentence prints the
noun in the singular ("a train"); the count of that thing carries it as the plural unit
("58 trains"). Reading the divisor by that noun, not by its value, ties the rate to what its
words say it is per; the dividend is the whole of the rate's own unit, found the same way.
"""

from __future__ import annotations

from typing import Protocol

from borderlands.figures.passages import Located


class UnitWholeOf(Protocol):
    def __call__(self, near: Located, unit: str, sole: bool = False) -> Located | None: ...


def plural_forms(noun: str) -> tuple[str, ...]:
    """The plurals a count of ``noun`` may carry as its unit: "train" -> "trains",
    "family" -> "families", "box" -> "boxes"."""
    noun = noun.lower()
    if len(noun) < 3 or not noun.isalpha():
        return ()
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return (noun[:-1] + "ies",)
    if noun.endswith(("s", "x", "ch", "sh")):
        return (noun + "es",)
    return (noun + "s",)


def per_noun_counts(r: Located, noun: str, unit_whole: UnitWholeOf) -> list[Located]:
    """The counts of what rate ``r`` is per (``noun``, as printed after "to a", "per", "a"),
    printed before it in its paragraph or those just before, by their plural unit."""
    found = [y for unit in plural_forms(noun) if (y := unit_whole(r, unit)) is not None]
    return [y for y in found if y.quantity.mid > 0]
