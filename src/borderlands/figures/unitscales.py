""" "151 tonnes of baggage ... about 73 kilograms per family": a rate in a smaller unit of
measure than the total it divides. The total is the count whose noun is a larger unit of
the same measure, read at the smaller unit's scale; "a head" divides by persons."""

from __future__ import annotations

#: (stem of the rate's unit, stem of the total's unit): how many of the first make one second
SCALES: dict[tuple[str, str], float] = {
    ("kilog", "tonne"): 1000.0,
    ("kilog", "tons"): 1000.0,
    ("kilog", "centn"): 100.0,
    ("kg", "tonne"): 1000.0,
    ("kg", "tons"): 1000.0,
    ("kg", "centn"): 100.0,
    ("kilog", "quint"): 100.0,
    ("grams", "kilog"): 1000.0,
    ("kopec", "roubl"): 100.0,
    ("kopec", "ruble"): 100.0,
}
#: a rate "a head", "per capita": of persons, whatever the sentence counts them as
PERSON_UNITS = frozenset(["head", "capit", "soul"])


def larger_units(counted: str) -> dict[str, float]:
    """The stems of the units larger than ``counted`` and their scale to it."""
    return {big: scale for (small, big), scale in SCALES.items() if small == counted}
