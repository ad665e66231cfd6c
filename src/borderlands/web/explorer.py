"""The explorer's Python API: one call per page, each returning the data the page shows.

Routes render these results as HTML or return them as JSON (the ``json`` key holds the
JSON-ready form of every page), so the HTML and the API never disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderlands.errors import InputError
from borderlands.kb import load
from borderlands.kb.detail import record_detail
from borderlands.kb.export import export
from borderlands.kb.recordtypes import PLURAL_LABEL, SINGULAR
from borderlands.kb.schema import Event, Figure, Record
from borderlands.kb.store import StoreReader
from borderlands.web import flows as flowmod
from borderlands.web import home, reader, timeline
from borderlands.web.articleview import ArticleBundle, load_bundle
from borderlands.web.basemap import basemap
from borderlands.web.catalog import (
    COLLECTIONS,
    Catalog,
    collection_of,
    sources_of,
    title_of,
)
from borderlands.web.facts import facts_json, href_for
from borderlands.web.formatting import date_range, figure_title, quantity
from borderlands.web.search import search, snippet_around, words


class NotFound(LookupError):
    """No such record or page."""


def ref(record_id: str, catalog: Catalog) -> dict[str, Any]:
    """A link to a record as JSON: id, type, title, href (None when it does not resolve)."""
    known = catalog.get(record_id) is not None
    return {
        "id": record_id,
        "type": collection_of(record_id),
        "title": catalog.title(record_id),
        "href": href_for(record_id) if known else None,
    }


@dataclass(slots=True)
class Explorer:
    catalog: Catalog
    bundle: ArticleBundle
    data_dir: Path | None = None
    store: StoreReader | None = None
    _reader_html: str | None = None

    @classmethod
    def open(cls, data_dir: Path | None = None, article: Path | None = None) -> Explorer:
        """Load the knowledge base and (optionally) the article; InputError on bad input."""
        catalog = Catalog.from_kb(load(data_dir))
        if article is not None and not Path(article).is_file():
            raise InputError("no such article file", article)
        explorer = cls(
            catalog=catalog,
            bundle=load_bundle(article),
            data_dir=data_dir,
            store=_open_store(data_dir),
        )
        return explorer

    def records_citing(self, note: int) -> list[str]:
        """Ids of the records citing a note (the KB's ``citing_note``)."""
        return [r.id for r in self.catalog.kb.citing_note(note)]  # type: ignore[attr-defined]

    def reader_html(self) -> str:
        """The reader's body (the article with markers, notes and checks), made once."""
        if self._reader_html is None:
            self._reader_html = reader.render(self.bundle, self.note_links())
        return self._reader_html

    def note_links(self) -> dict[int, list[tuple[str, str]]]:
        """For each note, the (href, title) of every record citing it."""
        notes = self.bundle.article.notes if self.bundle.article is not None else []
        links: dict[int, list[tuple[str, str]]] = {}
        for note in notes:
            citing = self.records_citing(note.n)
            if citing:
                links[note.n] = [(href_for(i) or "#", self.catalog.title(i)) for i in citing]
        return links

    # -- home ------------------------------------------------------------------------------

    def home(self) -> dict[str, Any]:
        steps = []
        for step in home.ARGUMENT:
            found = next((c for c in step.concepts if self.catalog.get(c) is not None), None)
            concept = ref(found, self.catalog) if found else None
            steps.append({"text": step.text, "concept": concept})
        figures = home.headline_figures(self.catalog)
        return {
            "about": home.ABOUT,
            "argument": steps,
            "headline_figures": [
                {
                    **ref(f.id, self.catalog),
                    "quantity": quantity(f),
                    "measures": f.measures,
                    "sources": [s.model_dump() for s in f.sources],
                }
                for f in figures[:6]
            ],
            "counts": self.catalog.counts(),
            "article": self.article_status(),
            "examples": self._examples(),
        }

    def _examples(self) -> dict[str, dict[str, Any]]:
        """One record of each type, so every page type is a click away from home."""
        out = {}
        for collection in COLLECTIONS:
            records = self.catalog.records(collection)
            if records:
                out[collection] = ref(records[0].id, self.catalog)  # type: ignore[attr-defined]
        return out

    def article_status(self) -> dict[str, Any]:
        return {
            "given": self.bundle.path is not None,
            "available": self.bundle.has_article,
            "missing": self.bundle.missing,
        }

    # -- lists and records ---------------------------------------------------------------

    def listing(self, collection: str) -> dict[str, Any]:
        if collection not in COLLECTIONS:
            raise NotFound(collection)
        rows = []
        for record in self.catalog.records(collection):
            row = ref(record.id, self.catalog)  # type: ignore[attr-defined]
            if isinstance(record, Event):
                row["dates"] = date_range(record.start, record.end)
                row["kind"] = record.kind.value
            if isinstance(record, Figure):
                row["heading"] = figure_title(record)  # with its unit and what it counts
            row["pages"] = sorted({s.page for s in sources_of(record)})
            rows.append(row)
        return {"type": collection, "label": PLURAL_LABEL[collection], "records": rows}

    def record(self, collection: str, record_id: str) -> dict[str, Any]:
        """Everything the record page shows, built once: the page renders it as HTML and
        ``/api/<type>/<id>`` returns it as JSON.

        ``related`` is the knowledge base's own ``record_detail`` (what ``borderlands show``
        lists), each entry with the href of its page; ``facts`` are the record's fields as
        the page reads them.
        """
        record = self.catalog.get(record_id)
        if record is None or collection_of(record_id) != collection:
            raise NotFound(record_id)
        figures = [
            ref(f.id, self.catalog) | {"quantity": quantity(f), "measures": f.measures}
            for f in self.catalog.kb.figures_about(record_id)
        ]
        detail = self.detail(record_id)
        facts = facts_json(record, self.catalog)
        related = {
            label: [r | {"href": href_for(r["id"]) if r["type"] else None} for r in rows]
            for label, rows in (detail["related"] if detail else {}).items()
        }
        return {
            "type": collection,
            "type_label": SINGULAR[collection],
            "id": record_id,
            "title": detail["title"] if detail else title_of(record, self.catalog),
            "record": record.model_dump(mode="json"),
            "facts": facts,
            "related": related,
            "figures": figures,
            "provenance": self.provenance(record),
            "article": self.article_status(),
        }

    def heading(self, record_id: str, title: str) -> str:
        """The record page's heading: the title, and for a figure its unit and what it
        counts ("171,781 persons (Koreans)"); the JSON keeps the title ``show`` prints."""
        record = self.catalog.get(record_id)
        return figure_title(record) if isinstance(record, Figure) else title

    @staticmethod
    def related_beyond_facts(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        """The record page's related records less those its facts already link to (the
        facts name the record's own references; what is left are the records naming it).
        The JSON keeps every related record, as ``borderlands show`` lists them."""
        in_facts = {i["href"] for fact in record["facts"] for i in fact["items"] if i["href"]}
        beyond = {
            label: [r for r in rows if r["href"] is None or r["href"] not in in_facts]
            for label, rows in record["related"].items()
        }
        return {label: rows for label, rows in beyond.items() if rows}

    def detail(self, record_id: str) -> dict[str, Any] | None:
        """``borderlands show --format json`` of a record; None without a store."""
        if self.store is None:
            return None
        return self.store.run(lambda conn: record_detail(conn, record_id))

    def provenance(self, record: Record) -> list[dict[str, Any]]:
        """Each page/note the record cites, with what the article file says there (if given)."""
        out = []
        for source in sources_of(record):
            entry: dict[str, Any] = {
                "page": source.page,
                "note": source.note,
                "reader": f"/article#page-{source.page}"
                if source.note is None
                else f"/article#note-{source.note}",
            }
            if self.bundle.has_article:
                if source.note is not None:
                    text = self.bundle.note_text(source.note)
                    entry["note_text"] = text
                    entry["note_missing"] = text is None
                    entry["citations"] = self.bundle.citations(source.note)
                entry["passage"] = [
                    {"id": p.id, "page": p.page, "text": p.text}
                    for p in self.bundle.paragraphs_on(source.page)
                ]
            out.append(entry)
        return out

    # -- timeline and map ----------------------------------------------------------------

    def timeline(self, flt: timeline.TimelineFilter) -> tuple[timeline.Timeline, dict[str, Any]]:
        built = timeline.build(self.catalog, flt)
        rows = [
            {
                "lane": lane.label,
                "event": ref(row.event_id, self.catalog),
                "dates": row.dates,
                "precision": row.precision,
                "soviet": row.soviet,
            }
            for lane in built.lanes
            for row in lane.rows
        ]
        data = {
            "filters": {
                "soviet": flt.soviet,
                "kind": flt.kind.value if flt.kind else None,
                "group": flt.group,
                "context": flt.context.value if flt.context else None,
                "scope": flt.scope.value if flt.scope else None,
                "from": flt.start_year,
                "to": flt.end_year,
                "lanes": flt.lanes,
            },
            "shown": built.shown,
            "total": built.total,
            "filtered_out": built.total - built.shown - len(built.outside_years),
            "outside_years": [ref(e.id, self.catalog) for e in built.outside_years],
            "end_only": built.end_only,
            "rows": rows,
            "undated": [ref(e.id, self.catalog) for e in built.undated],
        }
        return built, data

    def flows(self, flt: flowmod.FlowFilter) -> tuple[list[flowmod.DrawnFlow], dict[str, Any]]:
        chosen, undrawable = flowmod.flows(self.catalog, flt)
        drawn = flowmod.draw(chosen)
        reasons: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for skipped in undrawable:
            reasons[skipped.reason].append(ref(skipped.event.id, self.catalog))
        data = {
            "filters": {"year": flt.year, "group": flt.group, "estimate": flt.estimate},
            "events_matching": len({f.event_id for f in chosen}) + len(undrawable),
            "events_drawn": len({f.event_id for f in chosen}),
            "flows": [
                {
                    "event": ref(d.flow.event_id, self.catalog),
                    "dates": d.flow.dates,
                    "origin": ref(d.flow.origin.id, self.catalog),
                    "destination": ref(d.flow.destination.id, self.catalog),
                    "persons": d.flow.persons,
                    "count": d.flow.count_text,
                    "estimate_range": d.flow.estimate_range,
                    "routes_in_event": d.flow.routes,
                    "event_count": d.flow.event_count_text,
                    "soviet": d.flow.soviet,
                }
                for d in drawn
            ],
            "not_drawn": [
                {"reason": reason, "events": events} for reason, events in reasons.items()
            ],
            "borders_note": "Borders drawn are today's (Natural Earth 1:110m), not those of "
            "the time.",
        }
        return drawn, data

    def flows_geojson(self, flt: flowmod.FlowFilter) -> dict[str, object]:
        chosen, _ = flowmod.flows(self.catalog, flt)
        return flowmod.geojson(chosen)

    def basemap(self) -> Any:
        return basemap()

    # -- csv -----------------------------------------------------------------------------

    def export(self, collection: str, fmt: str) -> str:
        """What ``borderlands export <collection> --format <fmt>`` prints, byte for byte."""
        if collection not in COLLECTIONS or self.store is None:
            raise NotFound(collection)
        try:
            return self.store.run(lambda conn: export(conn, collection, fmt))
        except InputError:  # a format this type has none of (GeoJSON of groups)
            raise NotFound(f"{collection}.{fmt}") from None

    # -- article, finding aid, checks, search ---------------------------------------------

    def finding_aid(self) -> dict[str, Any]:
        """Archival files cited (from ``borderlands.sources``), by archive and fond, with the
        knowledge-base records that cite the same notes: the claims resting on each file."""
        by_archive: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for row in self.bundle.files:
            claims: list[str] = []
            for n in row.get("notes", []):
                claims.extend(i for i in self.records_citing(n) if i not in claims)
            if row.get("kind") == "microfilm":
                group = ("reel", row.get("reel") or "")
            else:
                group = ("fond", row.get("fond") or "")
            by_archive[row["archive"]][group].append(
                row | {"claims": [ref(i, self.catalog) for i in claims]}
            )
        missing = self.bundle.missing.get("citations") or self.bundle.missing.get("finding aid")
        return {
            "available": missing is None,
            "missing": missing,
            "archives": [
                summary
                | {
                    "fond_files": [
                        {
                            "fond": key if kind == "fond" else None,
                            "reel": key if kind == "reel" else None,
                            "label": f"{kind.capitalize()} {key or '—'}",
                            "files": files,
                        }
                        for (kind, key), files in by_archive.get(summary["archive"], {}).items()
                    ]
                }
                for summary in self.bundle.archives
            ],
        }

    def checks(self) -> dict[str, Any]:
        out = []
        for i, check in enumerate(self.bundle.checks):
            out.append({**check, "index": i, "paragraph": self.bundle.paragraph_of(check)})
        verdicts: dict[str, int] = defaultdict(int)
        for check in out:
            verdicts[str(check.get("verdict"))] += 1
        return {
            "available": not self.bundle.missing.get("figures"),
            "missing": self.bundle.missing.get("figures"),
            "verdicts": dict(verdicts),
            "checks": out,
        }

    def search(self, query: str, collection: str | None) -> dict[str, Any]:
        """Records (full-text), plus the article's paragraphs and notes when it was given."""
        chosen = collection if collection in COLLECTIONS or collection == "article" else None
        result = search(self.catalog, query, None, self.store)
        hits = [
            {
                "id": h.id,
                "type": h.collection,
                "title": h.title,
                "snippet": "".join(text for text, _ in h.snippet),
                "snippet_parts": [{"text": t, "match": m} for t, m in h.snippet],
                "href": href_for(h.id),
            }
            for h in result.hits
        ]
        hits += self._article_hits(query)
        facets: dict[str, int] = {}
        for hit in hits:
            kind = str(hit["type"])
            facets[kind] = facets.get(kind, 0) + 1
        return {
            "query": result.query,
            "type": chosen,
            "engine": result.engine,
            "facets": facets,
            "hits": [h for h in hits if chosen is None or h["type"] == chosen],
        }

    def _article_hits(self, query: str) -> list[dict[str, Any]]:
        """Paragraphs and notes of the user's article copy containing every query word."""
        article = self.bundle.article
        wanted = words(query)
        if article is None or not wanted:
            return []
        places: list[tuple[str, str, str]] = [
            (f"¶ {p.id}, p. {p.page}", f"/article#{p.id}", p.text) for p in article.paragraphs
        ]
        places += [
            (f"Note {n.label}, p. {n.page}", f"/article#note-{n.n}", n.text) for n in article.notes
        ]
        hits = []
        for title, href, text in places:
            folded = text.casefold()
            if all(w in folded for w in wanted):
                parts = snippet_around(text, wanted[0])
                hits.append(
                    {
                        "id": href.rsplit("#", 1)[1],
                        "type": "article",
                        "title": title,
                        "snippet": "".join(t for t, _ in parts),
                        "snippet_parts": [{"text": t, "match": m} for t, m in parts],
                        "href": href,
                    }
                )
        return hits


def _open_store(data_dir: Path | None) -> StoreReader | None:
    """The knowledge base's store for this data, or None when the data does not build
    (the explorer then searches by word match and offers no downloads)."""
    try:
        return StoreReader.open(data_dir)
    except InputError:
        return None
