"""Persons per family in a sentence with no count of its own: "A family therefore averaged
4.7 persons", "That is 6.0 persons per family", after "84,316 persons in 17,962 families".

The rate names both its units: the persons it counts and the family (or household) it is
per. The divisor is the nearest count of families printed before it; the dividend, the
largest count of the rate's own unit printed in that same sentence: the two counts one
sentence names together. Neither is found by its value, so a usual slip is read too (not
on an approximate rate).
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, count_ratio, printed
from borderlands.figures.passages import Located

#: The unit a rate is per, named anywhere in its sentence ("a family", "per household").
PER_NOUN_RE = re.compile(r"\b(famil(?:y|ies)|households?)\b", re.I)


def per_unit(sentence: str) -> str | None:
    """ "families" or "households": the unit the sentence's rate is per, or None."""
    m = PER_NOUN_RE.search(sentence)
    if m is None:
        return None
    return "families" if m.group(1).lower().startswith("famil") else "households"


def paired_counts(
    r: Located, unit: str, before: list[Located], by_sentence: dict[tuple[str, int], list[Located]]
) -> tuple[Located, Located] | None:
    """(dividend, divisor): the nearest count of ``unit`` among ``before`` (nearest first)
    and the largest count of the rate's own unit in that count's sentence. A unit the
    reader only implied ("2,084 short" after a count of families) names nothing."""
    y = next((f for f in before if f.quantity.unit == unit and not f.quantity.unit_implied
              and f.quantity.mid > 0), None)  # fmt: skip
    if y is None:
        return None
    own = r.quantity.unit or "persons"
    same = [f for f in by_sentence.get((y.passage.key, y.sentence), ())
            if f.quantity.unit in (own, "") and f.quantity.mid > y.quantity.mid]  # fmt: skip
    if not same:
        return None
    return max(same, key=lambda f: f.quantity.mid), y


def paired_rate(
    r: Located, sentence: str, before: list[Located],
    by_sentence: dict[tuple[str, int], list[Located]],
) -> Finding | None:  # fmt: skip
    """The reading of a rate per family on the pair one earlier sentence names, or None
    when no such pair stands before it or the pair neither gives it nor a usual slip of it."""
    unit = per_unit(sentence)
    if unit is None or r.quantity.unit not in ("persons", ""):
        return None
    pair = paired_counts(r, unit, before, by_sentence)
    if pair is None:
        return None
    x, y = pair
    return count_ratio(
        r, x, y, f"{printed(x)} over the {printed(y)} {unit} printed with it",
        f"{printed(x)} over {printed(y)} {unit}",
    )
