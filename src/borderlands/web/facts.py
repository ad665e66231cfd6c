"""A record's fields as labelled facts for its page: ids become links, dates and counts read
as words, unknown is said as "not stated" rather than left blank."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from borderlands.kb.schema import Count, DepthKm, Figure, GroupFate, HistDate, Record, SourceRef
from borderlands.web.catalog import Catalog, collection_of
from borderlands.web.formatting import hist_date, number, quantity

HIDDEN = {"id", "sources", "title", "name", "title_en", "estimates"}  # estimates: own table
LABELS = {
    "soviet": "Soviet state action",
    "counts": "Counts",
    "origin": "From",
    "destination": "To",
    "actors": "Carried out by",
    "part_of": "Part of",
    "title_translit": "Title (transliterated)",
    "depth_km": "Depth",
    "applies_to": "Applies to",
    "enemy_nation": "Targeted as an enemy nation",
    "diaspora": "Diaspora nationality",
    "kin_state": "Kin state",
    "precision_km": "Position accurate to (km)",
    "present_name": "Present name",
    "present_country": "Present country",
    "intent_to_murder": "Intent to murder",
    "carried_out": "Carried out",
    "replacement_settlers": "Replacement settlers",
}


@dataclass(slots=True)
class Item:
    text: str
    href: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    detail: str | None = None


@dataclass(slots=True)
class Fact:
    label: str
    items: list[Item]


def href_for(record_id: str) -> str | None:
    collection = collection_of(record_id)
    return f"/{collection}/{record_id}" if collection else None


def link(record_id: str, catalog: Catalog) -> Item:
    known = catalog.get(record_id) is not None
    return Item(
        text=catalog.title(record_id) if known else f"{record_id} (not in the knowledge base)",
        href=href_for(record_id) if known else None,
    )


def _count_item(count: Count) -> Item:
    details = [f"status: {count.status.value.replace('_', ' ')}"]
    if count.what:
        details.append(f"counting {count.what}")
    if count.stated:
        details.append(f"printed as “{count.stated}”")
    return Item(text=quantity(count), sources=list(count.sources), detail="; ".join(details))


def _depth(depth: DepthKm) -> str:
    if depth.value is not None:
        return f"{number(depth.value)} km"
    if depth.low is not None and depth.high is not None:
        return f"{number(depth.low)}–{number(depth.high)} km"
    bound = depth.low if depth.low is not None else depth.high
    return f"{number(bound or 0)} km" if bound is not None else "not stated"


def _items(value: Any, catalog: Catalog) -> list[Item]:
    if value is None:
        return [Item(text="not stated")]
    if isinstance(value, bool):
        return [Item(text="yes" if value else "no")]
    if isinstance(value, HistDate):
        # a day-exact date needs no note; "about" (approx) already says it is not exact
        exact = value.precision.value == "day" or value.approx
        note = "" if exact else f" (known only to the {value.precision.value})"
        return [Item(text=hist_date(value) + note)]
    if isinstance(value, Count):
        return [_count_item(value)]
    if isinstance(value, DepthKm):
        return [Item(text=_depth(value))]
    if isinstance(value, GroupFate):
        item = Item(text=f"{value.year}: {value.summary}", sources=list(value.sources))
        if value.events:
            item.detail = "events: " + ", ".join(catalog.title(e) for e in value.events)
        return [item]
    if isinstance(value, Enum):
        return [Item(text=str(value.value))]
    if isinstance(value, list):
        items = [i for v in value for i in _items(v, catalog)]
        return items or [Item(text="none recorded")]
    if isinstance(value, str):
        if collection_of(value) and (catalog.get(value) is not None or " " not in value):
            return [link(value, catalog)]
        return [Item(text=value)]
    if isinstance(value, float):
        return [Item(text=number(value))]
    return [Item(text=str(value))]


FIGURE_PARTS = {"stated", "value", "low", "high", "unit", "approx", "qualifier"}
LEAD = ("summary", "definition", "ordered", "rules", "role", "measures", "note")


def facts_of(record: Record, catalog: Catalog) -> list[Fact]:
    """Every field but the title and sources, the descriptive ones first."""
    fields = list(type(record).model_fields)
    ordered = [f for f in LEAD if f in fields] + [f for f in fields if f not in LEAD]
    out: list[Fact] = []
    if isinstance(record, Figure):
        # one reading of the quantity (value or range, unit, qualifier) instead of six fields
        out.append(
            Fact("Quantity", [Item(text=quantity(record), detail=f"printed as “{record.stated}”")])
        )
        ordered = [f for f in ordered if f not in FIGURE_PARTS]
    for name in ordered:
        if name in HIDDEN:
            continue
        label = LABELS.get(name, name.replace("_", " ").capitalize())
        out.append(Fact(label=label, items=_items(getattr(record, name), catalog)))
    return out


def facts_json(record: Record, catalog: Catalog) -> list[dict[str, Any]]:
    """``facts_of`` as JSON: label, then items of text, href, detail and page/note sources."""
    return [
        {
            "label": fact.label,
            "items": [
                {
                    "text": item.text,
                    "href": item.href,
                    "detail": item.detail,
                    "sources": [{"page": s.page, "note": s.note} for s in item.sources],
                }
                for item in fact.items
            ],
        }
        for fact in facts_of(record, catalog)
    ]
