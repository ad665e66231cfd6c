"""The pages of other works' figures (issue #15): an event's "what the sources say" table,
every disagreement largest first, the works and everything citing each.

Thin over the knowledge base's own API (``kb.estimates.estimates_of``, ``disagreements``,
``citing_work``); this module only adds what a page needs to link: each work's title and
href, each source's printed locator, each citing record's title and href.
"""

from __future__ import annotations

from typing import Any

from borderlands.kb.estimates import citing_work, disagreements, estimates_of
from borderlands.kb.labels import amount, reference_label
from borderlands.kb.schema import Work
from borderlands.web.catalog import Catalog
from borderlands.web.explorer import Explorer, NotFound, ref


def work_href(work_id: str) -> str:
    return f"/works/{work_id}"


def works_by_id(catalog: Catalog) -> dict[str, Work]:
    return {w.id: w for w in catalog.kb.works}


def work_ref(work_id: str, works: dict[str, Work]) -> dict[str, Any]:
    """A link to a work: id, title, href (None for a work the KB does not define)."""
    work = works.get(work_id)
    return {
        "id": work_id,
        "title": work.title if work is not None else work_id,
        "href": work_href(work_id) if work is not None else None,
    }


def locator(source: dict[str, Any]) -> str:
    """Where in its work a source is (``p. 10 n. 4``, ``§ lead``, ``p. 851 n. 233``): its
    label without the work's id, which its row already names."""
    label = reference_label(source)
    work = str(source.get("work") or "")
    return label[len(work) + 1 :] if label.startswith(f"{work} ") else f"p. {label}"


def value_text(value: dict[str, Any]) -> str:
    """A value as printed when it was (``stated``), else as a number or range."""
    if value.get("stated"):
        return str(value["stated"])
    low, high = value.get("low"), value.get("high")
    if value.get("value") is not None:
        shown = amount(value["value"])
    elif high is None:
        shown = f"from {amount(low)}"
    elif low is None:
        shown = f"up to {amount(high)}"
    else:
        shown = f"{amount(low)}–{amount(high)}"
    qualifier = value.get("qualifier") or ("about" if value.get("approx") else "")
    return f"{qualifier} {shown}".strip()


def linked_table(table: dict[str, Any], works: dict[str, Work]) -> dict[str, Any]:
    """One estimate as ``estimates_of`` gives it, each value with its work's link, its
    locators as labels and its value as text; the explanation's sources as labels."""
    values = [
        v
        | {
            "work_ref": work_ref(v["work"], works),
            "locators": [locator(s) for s in v["sources"]],
            "text": value_text(v),
        }
        for v in table["values"]
    ]
    return table | {
        "values": values,
        "difference_text": amount(table["difference"]),
        "explained_by_labels": [reference_label(s) for s in table["explained_by"]],
    }


def event_estimates(explorer: Explorer, event_id: str) -> list[dict[str, Any]]:
    """The event page's "what the sources say" tables (empty for an event with none)."""
    works = works_by_id(explorer.catalog)
    return [linked_table(t, works) for t in estimates_of(explorer.catalog.kb, event_id)]


def disagreement_list(explorer: Explorer) -> dict[str, Any]:
    """Every estimate whose works differ, largest relative difference first."""
    works = works_by_id(explorer.catalog)
    rows = [
        linked_table(t, works) | {"event_ref": ref(t["event"], explorer.catalog)}
        for t in disagreements(explorer.catalog.kb)
    ]
    return {"disagreements": rows}


def work_listing(explorer: Explorer) -> dict[str, Any]:
    """Every work, with how many places cite it."""
    kb = explorer.catalog.kb
    rows = []
    for work in kb.works:
        rows.append(
            {
                "id": work.id,
                "title": work.title,
                "kind": work.kind.value,
                "authors": work.authors,
                "year": work.year,
                "href": work_href(work.id),
                "citations": len(citing_work(kb, work.id)),
            }
        )
    return {"works": rows}


def work_page(explorer: Explorer, work_id: str) -> dict[str, Any]:
    """One work: its details, the works it draws on and those drawing on it, and every
    place a record cites it."""
    works = works_by_id(explorer.catalog)
    work = works.get(work_id)
    if work is None:
        raise NotFound(work_id)
    citing = []
    for citation in citing_work(explorer.catalog.kb, work_id):
        row = citation.to_dict()
        row["record"] = ref(citation.record_id, explorer.catalog)
        row["locator"] = locator(row)
        citing.append(row)
    return {
        "work": work.model_dump(mode="json"),
        "draws_on": [work_ref(w, works) for w in work.draws_on],
        "drawn_on_by": [work_ref(w.id, works) for w in works.values() if work_id in w.draws_on],
        "citing": citing,
    }
