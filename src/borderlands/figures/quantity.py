"""One quantity found in prose: the record the reader (quantities.py) makes and the unit
inference (implied.py) refines; kept apart so neither module imports the other."""

from __future__ import annotations

from dataclasses import dataclass

#: Units of a figure that is a ratio of others (a share, a multiple, a fraction), not a count
#: of things.
RATIO_UNITS = frozenset(("percent", "times", "fraction"))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in a text: offsets into that text, value or low-high, unit, subject."""

    start: int  # the numeral as printed: [start, end)
    end: int
    text: str
    value: float | None  # None for a range
    low: float | None
    high: float | None
    unit: str  # "percent", "persons", "families", "km", ... or "" when none is printed
    subject: str | None  # the counted thing as printed: "Koreans", "Red Army soldiers"
    approx: bool
    qualifier: str | None  # as printed, lowercased: "about", "slightly over"
    direction: str | None  # "about" | "above" | "below"
    step: float  # rounding unit of the printed figure: 0.1 for "22.4", 1000 for "12,000"
    kind: str  # "number" | "range" | "fraction"
    phrase_start: int  # qualifier .. unit
    phrase_end: int
    unit_implied: bool = False  # the unit was taken from the sentence, not printed here

    @property
    def values(self) -> tuple[float, ...]:
        """The value, or both ends of a range."""
        if self.value is not None:
            return (self.value,)
        return tuple(v for v in (self.low, self.high) if v is not None)

    @property
    def mid(self) -> float:
        if self.value is not None:
            return self.value
        return ((self.low or 0.0) + (self.high or 0.0)) / 2
