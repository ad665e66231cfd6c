"""Estimates: one quantity of an event as every work counts it, side by side.

An event's counts that share a ``quantity`` key are the values of its estimate of that key.
This module turns them into a table (each work's value, where it is printed, the rounding
it is stated with), decides whether the works agree (their values meet once each is read
within its stated rounding) or differ and by how much, and checks the curator's ``agree``
against that, so a number typed wrong in a count or in the reading shows up in ``validate``.

The KB API over it: ``estimates_of`` (an event's tables), ``disagreements`` (every estimate
whose works differ, largest relative difference first) and ``citing_work`` (everything that
cites a work).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from borderlands.kb.loading import Loaded, Problem
from borderlands.kb.schema import Count, CountStatus, Estimate, EstimateStatus, Event, Work
from borderlands.kb.works import Citation, record_sources, shared_origin, source_dict
from borderlands.kb.yamlfile import LineDict

if TYPE_CHECKING:
    from borderlands.kb.knowledge import KB

_ABOVE = frozenset({"over", "more than", "at least", "above", "upwards of", "a little over"})
_BELOW = frozenset({
    "nearly", "almost", "under", "fewer than", "less than", "up to", "at most", "close to",
})


def rounding_step(value: float) -> float:
    """The unit a round number is stated in: 172,000 -> 1,000; 1.5 -> 0.1; 171,781 -> 1."""
    if value == 0:
        return 1.0
    if not float(value).is_integer():
        decimals = len(repr(float(value)).split(".")[1].rstrip("0")) or 1
        return 10.0**-decimals
    number, step = int(abs(value)), 1
    while number % 10 == 0:
        number //= 10
        step *= 10
    return float(step)


def interval(count: Count) -> tuple[float, float]:
    """The values a count allows: an exact value itself; an approximate one within its
    rounding ("about 172,000": 171,500-172,500; "nearly 172,000": 171,000-172,000; "over
    100,000": 100,000-200,000); a range its bounds (an open bound stays open)."""
    if count.value is not None:
        v = count.value
        if not count.approx and not count.qualifier:
            return v, v
        step = rounding_step(v)
        qualifier = (count.qualifier or "").casefold()
        if qualifier in _ABOVE:
            return v, v + step
        if qualifier in _BELOW:
            return v - step, v
        return v - step / 2, v + step / 2
    low = count.low if count.low is not None else -math.inf
    high = count.high if count.high is not None else math.inf
    return low, high


def point(count: Count) -> float | None:
    """One number for a count: its value, or the middle of a closed range."""
    if count.value is not None:
        return count.value
    if count.low is not None and count.high is not None:
        return (count.low + count.high) / 2
    return count.low if count.low is not None else count.high


@dataclass(frozen=True, slots=True)
class EstimateValue:
    """One work's value in an estimate: the count (1-based index in the event's counts) and
    the work and places it is printed at."""

    count_index: int
    work: str
    sources: tuple[dict[str, Any], ...]
    count: Count

    def to_dict(self) -> dict[str, Any]:
        c = self.count
        return {
            "work": self.work,
            "sources": list(self.sources),
            "value": _number(c.value),
            "low": _number(c.low),
            "high": _number(c.high),
            "approx": c.approx,
            "qualifier": c.qualifier,
            "stated": c.stated,
            "count": self.count_index,
        }


def _number(value: float | None) -> float | int | None:
    if value is not None and float(value).is_integer():
        return int(value)
    return value


@dataclass(slots=True)
class EstimateTable:
    """An estimate with its values and what they say together."""

    event_id: str
    estimate: Estimate
    values: list[EstimateValue] = field(default_factory=list)

    @property
    def agree(self) -> bool:
        """Whether every value meets every other within its stated rounding."""
        spans = [interval(v.count) for v in self._per_count()]
        if len(spans) < 2:
            return True
        return max(lo for lo, _ in spans) <= min(hi for _, hi in spans)

    @property
    def difference(self) -> float:
        """Largest minus smallest value (range counts by their middle); 0 for one value."""
        points = [p for v in self._per_count() if (p := point(v.count)) is not None]
        return max(points) - min(points) if points else 0.0

    @property
    def relative_difference(self) -> float:
        """The difference as a share of the smallest value."""
        points = [p for v in self._per_count() if (p := point(v.count)) is not None]
        if not points or min(points) <= 0:
            return 0.0
        return (max(points) - min(points)) / min(points)

    @property
    def works(self) -> list[str]:
        return list(dict.fromkeys(v.work for v in self.values))

    def _per_count(self) -> list[EstimateValue]:
        return list({v.count_index: v for v in self.values}.values())

    def to_dict(self) -> dict[str, Any]:
        e = self.estimate
        return {
            "quantity": e.quantity,
            "what": e.what,
            "status": e.status.value,
            "unit": e.unit.value,
            "values": [v.to_dict() for v in self.values],
            "works": self.works,
            "agree": self.agree,
            "difference": _number(self.difference),
            "relative_difference": round(self.relative_difference, 4),
            "explanation": e.explanation,
            "explained_by": [source_dict(s) for s in e.explained_by],
            "sole_source": e.sole_source,
        }


def tables_of(event: Event) -> list[EstimateTable]:
    """An event's estimates, each with the values of the counts that name it."""
    tables = {e.quantity: EstimateTable(event.id, e) for e in event.estimates}
    for i, count in enumerate(event.counts, 1):
        table = tables.get(count.quantity or "")
        if table is None:
            continue
        by_work: dict[str, list[dict[str, Any]]] = {}
        for source in count.sources:
            by_work.setdefault(source.work, []).append(source_dict(source))
        for work, sources in by_work.items():
            table.values.append(EstimateValue(i, work, tuple(sources), count))
    return list(tables.values())


def estimates_of(kb: KB, event_id: str) -> list[dict[str, Any]]:
    """An event's estimates table: for each quantity, every work's value side by side, and
    whether they agree. An unknown event id is a KeyError."""
    event = kb.get(event_id)
    if not isinstance(event, Event):
        raise KeyError(event_id)
    return [t.to_dict() for t in tables_of(event)]


def disagreements(kb: KB) -> list[dict[str, Any]]:
    """Every estimate whose works differ, largest relative difference first, each with its
    event id and title."""
    found = [t for event in kb.events for t in tables_of(event) if not t.agree]
    found.sort(key=lambda t: (-t.relative_difference, -t.difference, t.event_id))
    return [
        {"event": t.event_id, "title": kb.name_of(t.event_id), **t.to_dict()} for t in found
    ]


def citing_work(kb: KB, work_id: str) -> list[Citation]:
    """Every place a record cites a work: its own sources, its counts', fates' and
    estimates' explanations; in record order."""
    out: list[Citation] = []
    for type_name, record in kb.records():
        for where, source in record_sources(record):
            if source.work == work_id:
                out.append(Citation(type_name, record.id, where, source))  # type: ignore[attr-defined]
    return out


def independent_works(table: EstimateTable, works: dict[str, Work]) -> int:
    """How many of the estimate's works are independent of each other (a work drawing on
    another counts once with it)."""
    groups: list[str] = []
    for work in table.works:
        if all(shared_origin(work, other, works) is None for other in groups):
            groups.append(work)
    return len(groups)


# --- validation -----------------------------------------------------------------------------


def _compatible(estimate: EstimateStatus, count: CountStatus) -> bool:
    return (estimate is EstimateStatus.planned) == (count is CountStatus.planned)


def _reads(table: EstimateTable) -> str:
    return ", ".join(
        f"{v.count.stated or _number(point(v.count))} ({v.work})" for v in table.values
    )


def estimate_problems(loaded: Iterable[Loaded], works: dict[str, Work]) -> Iterator[Problem]:
    """What is wrong with the events' estimates: a count naming no estimate, an estimate with
    no count, a count in another unit or status, one work (or a work and one it draws on)
    giving two values as if independent, an ``agree`` the values contradict, and a single
    value not said to be the only one (``sole_source``)."""
    for item in loaded:
        if isinstance(item.record, Event):
            yield from _event_problems(item, item.record, works)


def _line_in(item: Loaded, key: str, i: int, field_name: str | None) -> int:
    """The line of ``field_name`` in item ``i`` of the list at ``key`` (or of the list)."""
    raw_list = item.raw.get(key) or []
    raw = raw_list[i] if i < len(raw_list) else None
    return raw.line_of(field_name) if isinstance(raw, LineDict) else item.raw.line_of(key)


def _event_problems(item: Loaded, event: Event, works: dict[str, Work]) -> Iterator[Problem]:
    file = item.location.file

    def count_line(i: int, key: str | None = None) -> int:
        return _line_in(item, "counts", i, key)

    def estimate_line(i: int, key: str | None = None) -> int:
        return _line_in(item, "estimates", i, key)

    label = f"event {event.id}"
    index = {e.quantity: i for i, e in enumerate(event.estimates)}
    seen: set[str] = set()
    for i, estimate in enumerate(event.estimates):
        if estimate.quantity in seen:
            yield Problem(
                file, estimate_line(i, "quantity"),
                f"{label}: estimates[{i}]: quantity {estimate.quantity!r} is estimated twice",
            )
        seen.add(estimate.quantity)
    for i, count in enumerate(event.counts):
        if count.quantity is None:
            continue
        j = index.get(count.quantity)
        if j is None:
            yield Problem(
                file, count_line(i, "quantity"),
                f"{label}: counts[{i}]: no estimate {count.quantity!r} in this event",
            )
            continue
        estimate = event.estimates[j]
        if count.unit is not estimate.unit:
            yield Problem(
                file, count_line(i, "unit"),
                f"{label}: counts[{i}]: in {count.unit.value}, but estimate "
                f"{estimate.quantity!r} counts {estimate.unit.value}",
            )
        if not _compatible(estimate.status, count.status):
            yield Problem(
                file, count_line(i, "status"),
                f"{label}: counts[{i}]: status {count.status.value}, but estimate "
                f"{estimate.quantity!r} is {estimate.status.value}",
            )
    for j, table in enumerate(tables_of(event)):
        estimate = table.estimate
        name = f"{label}: estimates[{j}] ({estimate.quantity})"
        if not table.values:
            yield Problem(
                file, estimate_line(j, "quantity"),
                f"{name}: no count names it (give counts 'quantity: {estimate.quantity}')",
            )
            continue
        yield from _not_independent(table, works, file, count_line, name)
        if estimate.agree != table.agree:
            said = "agree" if estimate.agree else "differ"
            yield Problem(
                file, estimate_line(j, "agree"),
                f"{name}: says the works {said}, but the counts read {_reads(table)}"
                + (f": {_number(table.difference)} apart" if not table.agree else ""),
            )
        independent = independent_works(table, works)
        if independent < 2 and not estimate.sole_source:
            yield Problem(
                file, estimate_line(j, "quantity"),
                f"{name}: one independent work only; add another work's count or "
                "say 'sole_source: true'",
            )
        elif independent >= 2 and estimate.sole_source:
            yield Problem(
                file, estimate_line(j, "sole_source"),
                f"{name}: sole_source, but {independent} independent works count it",
            )


def _not_independent(
    table: EstimateTable,
    works: dict[str, Work],
    file: Any,
    count_line: Any,
    name: str,
) -> Iterator[Problem]:
    """Two counts of one estimate from the same work, or from works one drawing on the other:
    one source counted twice as if it were two."""
    first_of: dict[str, EstimateValue] = {}
    for value in table.values:
        for work, earlier in first_of.items():
            if earlier.count_index == value.count_index:
                continue
            why = shared_origin(value.work, work, works)
            if why:
                yield Problem(
                    file, count_line(value.count_index - 1, "sources"),
                    f"{name}: counts[{value.count_index - 1}] and counts[{earlier.count_index - 1}]"
                    f" are not independent ({why}): the same work cited twice as if independent",
                )
                break
        first_of.setdefault(value.work, value)


def write_estimates(insert: Callable[[str, Iterable[tuple[Any, ...]]], None], event: Event) -> None:
    """Fill the ``estimates`` rows of one event in a database being built: each table as
    JSON (the shape ``estimates_of`` returns), with its agreement for queries."""
    insert(
        "estimates",
        (
            (
                event.id, seq, t.estimate.quantity, int(t.agree),
                round(t.relative_difference, 4), json.dumps(t.to_dict(), ensure_ascii=False),
            )
            for seq, t in enumerate(tables_of(event), 1)
        ),
    )
