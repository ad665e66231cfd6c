"""Figures read from the knowledge base with the page and note each comes from.

Analyses never hold a number of their own: they ask for a figure by id and get back its value
and its citations, or a ``Gap`` naming what the article prints and the KB lacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from borderlands.kb.knowledge import KB
from borderlands.kb.schema import Figure, SourceRef


@dataclass(frozen=True)
class Cite:
    """A place in the article: printed page and, where the fact is in a footnote, its number."""

    page: int
    note: int | None = None

    @property
    def key(self) -> tuple[int, int]:
        """Sort order: by page, the body before its notes, notes by number."""
        return (self.page, -1 if self.note is None else self.note)

    @property
    def label(self) -> str:
        return f"p. {self.page}" + (f" n. {self.note}" if self.note is not None else "")

    @property
    def anchor(self) -> str:
        return f"src-{self.page}" + (f"-{self.note}" if self.note is not None else "")

    @classmethod
    def of(cls, refs: list[SourceRef]) -> tuple[Cite, ...]:
        return sorted_cites(cls(r.page, r.note) for r in refs if r.in_article and r.page)


def sorted_cites(cites: Iterable[Cite]) -> tuple[Cite, ...]:
    return tuple(sorted(set(cites), key=lambda c: c.key))


def cite_label(cites: tuple[Cite, ...]) -> str:
    return "; ".join(c.label for c in cites)


def parse_cite_label(label: object) -> list[Cite]:
    """The citations in a label written by ``cite_label`` ("p. 855 n. 262; p. 856")."""
    cites = []
    for part in str(label).split("; "):
        if not part.startswith("p. "):
            continue
        page, _, note = part[3:].partition(" n. ")
        if page.isdigit() and (not note or note.isdigit()):
            cites.append(Cite(int(page), int(note) if note else None))
    return cites


def cites_of_labels(labels: Iterable[object], *more: Cite) -> tuple[Cite, ...]:
    """Every citation in a column of labels, plus any given, sorted and unique."""
    return sorted_cites([*(c for label in labels for c in parse_cite_label(label)), *more])


@dataclass(frozen=True)
class SourcedFigure:
    """One printed number (or range) as the KB records it."""

    figure_id: str
    stated: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    measures: str
    cites: tuple[Cite, ...]

    @property
    def point(self) -> float:
        """The value, else the middle of the range, else whichever bound exists."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        bound = self.low if self.low is not None else self.high
        assert bound is not None  # the schema forbids a figure with neither
        return bound

    @classmethod
    def of_figure(cls, figure: Figure) -> SourcedFigure:
        return cls(
            figure_id=figure.id,
            stated=figure.stated,
            value=figure.value,
            low=figure.low,
            high=figure.high,
            unit=figure.unit.value,
            measures=figure.measures,
            cites=Cite.of(figure.sources),
        )


@dataclass(frozen=True)
class Gap:
    """A figure the article prints that the KB does not hold (so the analysis cannot use it)."""

    figure_id: str
    page: int
    note: int | None
    stated: str
    measures: str

    @property
    def cite(self) -> Cite:
        return Cite(self.page, self.note)


@dataclass(frozen=True)
class Wanted:
    """A figure an analysis needs: its KB id and, for reporting a gap, where it is printed."""

    figure_id: str
    page: int
    note: int | None
    stated: str
    measures: str

    def gap(self) -> Gap:
        return Gap(self.figure_id, self.page, self.note, self.stated, self.measures)


@dataclass
class FigureBook:
    """Looks figures up in a KB and remembers the ones it could not find."""

    kb: KB
    gaps: list[Gap] = field(default_factory=list)

    def get(self, wanted: Wanted) -> SourcedFigure | None:
        record = self.kb.get(wanted.figure_id)
        if not isinstance(record, Figure):
            if wanted.gap() not in self.gaps:
                self.gaps.append(wanted.gap())
            return None
        return SourcedFigure.of_figure(record)
