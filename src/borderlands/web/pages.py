"""The explorer's pages, one table: each page's path, template, query model and the one
function that builds its data.

A page's data is built once per request; the app renders it with the page's template at
``path`` and returns it as JSON at ``api`` (``/api/...``), so the HTML and the API cannot
disagree. ``extra`` holds what only the HTML needs to draw (SVG geometry, prepared links),
derived from the same data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup
from pydantic import BaseModel
from starlette.requests import Request

from borderlands.kb.schema import EventKind
from borderlands.web import corpus_pages, reader, sources_pages
from borderlands.web.catalog import COLLECTIONS
from borderlands.web.corpus_pages import Corpus, CorpusSearchQuery
from borderlands.web.explorer import Explorer
from borderlands.web.flows import legend_widths, place_labels
from borderlands.web.queries import MapQuery, SearchQuery, TimelineQuery
from borderlands.web.timeline import ZOOM_PRESETS


@dataclass(slots=True)
class View:
    """One page's data (its JSON) and what its template needs besides."""

    data: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)


Build = Callable[..., View]  # (explorer, request, query, **path parameters) -> View


@dataclass(frozen=True, slots=True)
class Page:
    path: str
    api: str
    template: str
    summary: str
    build: Build
    query: type[BaseModel] | None = None

    @property
    def path_params(self) -> list[str]:
        return [part[1:-1] for part in self.path.split("/") if part.startswith("{")]


def with_query(path: str, request: Request, **changes: object) -> str:
    """``path`` with the request's query string, some parameters changed or dropped."""
    params = {k: v for k, v in request.query_params.items() if v != ""}
    for key, value in changes.items():
        key = key.rstrip("_")
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return f"{path}?{urlencode(params)}" if params else path


def home(explorer: Explorer, request: Request, query: None) -> View:
    return View(explorer.home())


def timeline(explorer: Explorer, request: Request, query: TimelineQuery) -> View:
    flt = query.to_filter()
    built, data = explorer.timeline(flt)
    zoom_links = [
        (
            label,
            with_query("/timeline", request, from_=start, to=end),
            (start, end) == (flt.start_year, flt.end_year),
        )
        for label, start, end in ZOOM_PRESETS
    ]
    return View(
        data,
        {
            "zoom_links": zoom_links,
            "kinds": [k.value for k in EventKind],
            "json_href": with_query("/api/timeline", request),
            "tl": built,
            "presets": ZOOM_PRESETS,
            "groups": explorer.catalog.records("groups"),
            "query": query,
        },
    )


def map_page(explorer: Explorer, request: Request, query: MapQuery) -> View:
    drawn, data = explorer.flows(query.to_filter())
    return View(
        data,
        {
            "json_href": with_query("/api/map", request),
            "geojson_href": with_query("/download/flows.geojson", request),
            "drawn": drawn,
            "labels": place_labels(drawn),
            "legend": legend_widths(drawn),
            "basemap": explorer.basemap(),
            "groups": explorer.catalog.records("groups"),
            "query": query,
        },
    )


def article(explorer: Explorer, request: Request, query: None) -> View:
    bundle = explorer.bundle
    body = Markup(explorer.reader_html()) if bundle.has_article else None
    return View(reader.as_json(bundle), {"body": body, "bundle": bundle})


def archives(explorer: Explorer, request: Request, query: None) -> View:
    return View(explorer.finding_aid())


def checks(explorer: Explorer, request: Request, query: None) -> View:
    return View(explorer.checks())


def search(explorer: Explorer, request: Request, query: SearchQuery) -> View:
    facet_hrefs = {
        name: with_query("/search", request, type=name) for name in ["", *COLLECTIONS, "article"]
    }
    return View(
        explorer.search(query.text, query.type),
        {"facet_hrefs": facet_hrefs, "json_href": with_query("/api/search", request)},
    )


def listing(explorer: Explorer, request: Request, query: None, collection: str) -> View:
    return View(explorer.listing(collection))


def record(
    explorer: Explorer, request: Request, query: None, collection: str, record_id: str
) -> View:
    data = explorer.record(collection, record_id)
    if collection == "events":
        data["estimates"] = sources_pages.event_estimates(explorer, record_id)
    return View(
        data,
        {
            "related": explorer.related_beyond_facts(data),
            "heading": explorer.heading(record_id, data["title"]),
        },
    )


def disagreements(explorer: Explorer, request: Request, query: None) -> View:
    return View(sources_pages.disagreement_list(explorer))


def works(explorer: Explorer, request: Request, query: None) -> View:
    return View(sources_pages.work_listing(explorer))


def work(explorer: Explorer, request: Request, query: None, work_id: str) -> View:
    return View(sources_pages.work_page(explorer, work_id))


def corpus_of(request: Request) -> Corpus | None:
    """The corpus ``serve --corpus`` gave the app (None without one)."""
    return getattr(request.app.state, "corpus", None)


def corpus_articles(explorer: Explorer, request: Request, query: None) -> View:
    return View(corpus_pages.articles(corpus_of(request)))


def corpus_article(explorer: Explorer, request: Request, query: None, article_id: str) -> View:
    return View(corpus_pages.article(corpus_of(request), article_id))


def corpus_archives(explorer: Explorer, request: Request, query: None) -> View:
    return View(corpus_pages.archival_index(corpus_of(request)))


def corpus_file(explorer: Explorer, request: Request, query: None, file_id: str) -> View:
    return View(corpus_pages.archival_file(corpus_of(request), file_id))


def corpus_works(explorer: Explorer, request: Request, query: None) -> View:
    return View(corpus_pages.works(corpus_of(request)))


def corpus_work(explorer: Explorer, request: Request, query: None, work_id: str) -> View:
    return View(corpus_pages.work(corpus_of(request), work_id))


def corpus_checks(explorer: Explorer, request: Request, query: None) -> View:
    return View(corpus_pages.checks(corpus_of(request)))


def corpus_search(explorer: Explorer, request: Request, query: CorpusSearchQuery) -> View:
    return View(corpus_pages.search(corpus_of(request), query.q or ""))


#: Every page, in the order its routes are tried: fixed paths before patterns.
PAGES: tuple[Page, ...] = (
    Page("/", "/api/home", "home.html",
         "Home page: about, argument, headline figures, counts", home),
    Page("/timeline", "/api/timeline", "timeline.html",
         "Timeline rows after the same filters as /timeline", timeline, TimelineQuery),
    Page("/map", "/api/map", "map.html",
         "Flows from origins to destinations, filtered by year and group", map_page, MapQuery),
    Page("/article", "/api/article", "article.html",
         "The article's pages, paragraphs and notes (when given)", article),
    Page("/archives", "/api/archives", "archives.html",
         "Finding aid: archival files cited, by archive and fond", archives),
    Page("/checks", "/api/checks", "checks.html",
         "Figure checks: stated derived figures recomputed", checks),
    Page("/search", "/api/search", "search.html",
         "Search every record, with counts per record type", search, SearchQuery),
    Page("/disagreements", "/api/disagreements", "disagreements.html",
         "Estimates whose works differ, largest relative difference first", disagreements),
    Page("/works", "/api/works", "works.html",
         "Every work the knowledge base cites, with how often", works),
    Page("/corpus", "/api/corpus", "corpus_articles.html",
         "The corpus (serve --corpus): its articles and unreadable files", corpus_articles),
    Page("/corpus/archives", "/api/corpus/archives", "corpus_archives.html",
         "The corpus's archival files, most cited first", corpus_archives),
    Page("/corpus/works", "/api/corpus/works", "corpus_works.html",
         "Published works cited across the corpus's articles", corpus_works),
    Page("/corpus/checks", "/api/corpus/checks", "corpus_checks.html",
         "Figure checks across the corpus's articles", corpus_checks),
    Page("/corpus/search", "/api/corpus/search", "corpus_search.html",
         "Paragraphs and notes of the corpus holding every word", corpus_search,
         CorpusSearchQuery),
    Page("/corpus/articles/{article_id}", "/api/corpus/articles/{article_id}",
         "corpus_article.html",
         "One corpus article: paragraphs, notes with citations, checks", corpus_article),
    Page("/corpus/archives/{file_id}", "/api/corpus/archives/{file_id}", "corpus_file.html",
         "One archival file: every article and note citing it", corpus_file),
    Page("/corpus/works/{work_id}", "/api/corpus/works/{work_id}", "corpus_work.html",
         "One published work: every article and note citing it", corpus_work),
    Page("/works/{work_id}", "/api/works/{work_id}", "work.html",
         "One work: its details and everything citing it", work),
    Page("/{collection}", "/api/{collection}", "listing.html",
         "Every record of one type", listing),
    Page("/{collection}/{record_id}", "/api/{collection}/{record_id}", "record.html",
         "One record: facts, related records, figures and provenance", record),
)  # fmt: skip
