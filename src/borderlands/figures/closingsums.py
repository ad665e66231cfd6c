"""Totals that close a list of parts with no word of adding (issue #14): "338 in South
Kazakhstan, 187 in Kzyl-Orda and 87 in Aktyubinsk, 612 since the arrival"; "214 in
September, 386 in October, 451 in November and 297 in December, 1,348 in the last four
months"; and the total of the sentence after a list that opens on it ("... 198 in western
Siberia and 96 in the Sverdlovsk oblast. That made 1,093 dead within a year.").

The grammar read: a run of three or more counts joined by commas and a last "and" (each
count with its own few words), then, after a comma, one more count larger than each of
them; or a sentence that opens "That made", "This brought", "Together they", "In all",
whose first count follows a sentence that is such a run. Which parts are meant is then
not a choice: the whole run."""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.passages import Located

#: Between two parts of a list: a comma or an "and", a few words, no stop or bracket.
JOIN_RE = re.compile(r"[^.;:()]{0,60}")
#: Between the last part and the total: its words, then a comma, and no "and" or rest.
CLOSE_RE = re.compile(r"[^.;:(),]{0,50},\s+(?:(?:some|about|in all|altogether)\s+)?")
#: Words that make the count after a list a rest or another part, not a total.
NOT_TOTAL_RE = re.compile(
    r"\b(?:and|leaving|left|remaining|remainder|rest|other|others|while|whereas|but|of whom|"
    r"of them|of these|another|further|more|each|per|every|to a|a head)\b",
    re.I,
)
#: How a sentence that totals the list before it opens: "That made", "Together they".
OPENS_TOTAL_RE = re.compile(
    r"\s*(?:That|This|These|Together(?:\s+they)?|In all(?:,)?)\s+"
    r"(?:(?:thus|therefore|then)\s+)?(?:made|makes|brought|brings|came to|comes to|gave|"
    r"gives|amounted to|were|was|took|cost|numbered)?\s*(?:some\s+|about\s+)?$"
)
YEAR_RE = re.compile(r"1[89]\d\d")
MIN_PARTS = 3


@dataclass(frozen=True, slots=True)
class ClosedList:
    """A total and the parts of the list it closes."""

    total: Located
    parts: tuple[Located, ...]


def is_part_count(f: Located) -> bool:
    q = f.quantity
    return (
        q.kind == "number" and q.unit != "percent" and not q.approx and q.mid >= 1
        and YEAR_RE.fullmatch(q.text.strip()) is None
    )  # fmt: skip


def joined(a: Located, b: Located) -> bool:
    """Whether ``b`` follows ``a`` as the next item of a list ("187 in Kzyl-Orda and 87")."""
    gap = a.passage.text[a.quantity.phrase_end : b.quantity.start]
    return JOIN_RE.fullmatch(gap) is not None and ("," in gap or " and " in f" {gap} ")


def list_before(counts: list[Located], at: int) -> list[Located]:
    """The run of list items that ends with ``counts[at - 1]``."""
    run = [counts[at - 1]] if at else []
    for i in range(at - 1, 0, -1):
        if not joined(counts[i - 1], counts[i]):
            break
        run.insert(0, counts[i - 1])
    return run


def same_kind(parts: list[Located], total: Located) -> bool:
    units = {p.quantity.unit for p in parts if p.quantity.unit and not p.quantity.unit_implied}
    unit = total.quantity.unit
    return len(units) <= 1 and (not units or not unit or total.quantity.unit_implied
                                or unit in units)  # fmt: skip


def closed_in_sentence(figures: list[Located]) -> list[ClosedList]:
    """Totals that close a list in their own sentence."""
    counts = [f for f in figures if is_part_count(f)]
    out = []
    for at in range(MIN_PARTS, len(counts)):
        total = counts[at]
        last = counts[at - 1]
        gap = total.passage.text[last.quantity.phrase_end : total.quantity.start]
        if CLOSE_RE.fullmatch(gap) is None or NOT_TOTAL_RE.search(gap) is not None:
            continue
        parts = list_before(counts, at)
        if (
            len(parts) >= MIN_PARTS
            and all(p.quantity.mid < total.quantity.mid for p in parts)
            and same_kind(parts, total)
        ):
            out.append(ClosedList(total, tuple(parts)))
    return out


def closed_after(figures: list[Located], before: list[Located], start: int) -> ClosedList | None:
    """The total that opens a sentence beginning at ``start`` ("That made 1,093 dead"), of
    the list that closes the sentence ``before``."""
    counts = [f for f in figures if is_part_count(f)]
    if not counts:
        return None
    total = counts[0]
    if OPENS_TOTAL_RE.fullmatch(total.passage.text[start : total.quantity.start]) is None:
        return None
    if closed_in_sentence(before):
        return None  # the list before has its own total
    counted = [f for f in before if is_part_count(f)]
    parts = list_before(counted, len(counted))
    if len(parts) < MIN_PARTS:
        return None
    if not all(p.quantity.mid < total.quantity.mid for p in parts) or not same_kind(parts, total):
        return None
    return ClosedList(total, tuple(parts))
