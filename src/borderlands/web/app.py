"""The FastAPI application: HTML pages, their JSON mirrors under /api, and downloads.

Handlers are plain functions, which FastAPI runs in its thread pool: a slow render never
holds up the event loop that accepts and answers every other request.

FastAPI's own /docs and /redoc pages load scripts from a CDN, so they are switched off; the
schema is served at /openapi.json and read by a small local page at /api.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Scope

from borderlands import __version__
from borderlands.kb.recordtypes import PLURAL_LABEL
from borderlands.kb.schema import EventKind
from borderlands.web import reader
from borderlands.web.cache import PageCache
from borderlands.web.catalog import COLLECTIONS
from borderlands.web.explorer import Explorer, NotFound
from borderlands.web.head import HeadAsGet
from borderlands.web.queries import MapQuery, SearchQuery, TimelineQuery
from borderlands.web.security import SecurityHeaders
from borderlands.web.timeline import FIRST_YEAR, LAST_YEAR, ZOOM_PRESETS, row_svg

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["collections"] = [(c, PLURAL_LABEL[c]) for c in COLLECTIONS]
    env.globals["version"] = __version__
    env.globals["row_svg"] = lambda row: Markup(row_svg(row))
    return env


WARM_PATHS = ("/", "/timeline", "/map", "/article", "/archives", "/checks", "/search", "/api")


def create_app(explorer: Explorer, warm: bool = False) -> FastAPI:
    """Build the application over an opened explorer (knowledge base plus optional article).

    With ``warm``, the main pages are rendered into the page cache before the server
    accepts requests, so the first visitor does not wait for the largest renders (the reader,
    the map); every list and record page follows in the background, one at a time, yielding
    to live requests between pages.
    """

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        background: asyncio.Task[None] | None = None
        if warm:
            for path in WARM_PATHS:
                await _get(app, path)
            background = asyncio.create_task(_warm_all(app, record_paths(explorer)))
        yield
        if background is not None:
            background.cancel()

    app = FastAPI(
        lifespan=lifespan,
        title="borderlands explorer",
        version=__version__,
        description="Read-only JSON API mirroring each page of the borderlands explorer: "
        "the knowledge base of ethnic deportations 1912-1953 and, when the server was "
        "given the article file, its notes, citations and figure checks.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.add_middleware(PageCache)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    templates = Jinja2Templates(env=_environment())
    app.state.explorer = explorer

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
        context.setdefault("article_status", explorer.article_status())
        return templates.TemplateResponse(request, name, context, status_code=status_code)

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

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(RequestValidationError)
    async def bad_query(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(p) for p in e['loc'][1:]) or 'query'}: {e['msg']}" for e in exc.errors()
        ]
        if wants_json(request):
            return JSONResponse({"error": "bad query", "problems": problems}, status_code=400)
        return page(request, "error.html", 400, title="Bad request", problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)
        title = "Not found" if exc.status_code == 404 else "Error"
        return page(request, "error.html", exc.status_code, title=title, problems=[])

    def not_found(what: str) -> StarletteHTTPException:
        return StarletteHTTPException(404, f"not found: {what}")

    # -- home --------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home_page(request: Request) -> Response:
        return page(request, "home.html", data=explorer.home())

    @app.get("/api/home", summary="Home page: about, argument, headline figures, counts")
    def home_api() -> dict[str, Any]:
        return explorer.home()

    # -- timeline ----------------------------------------------------------------------------

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, query: Annotated[TimelineQuery, Query()]) -> Response:
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
        return page(
            request,
            "timeline.html",
            zoom_links=zoom_links,
            kinds=[k.value for k in EventKind],
            json_href=with_query("/api/timeline", request),
            tl=built,
            data=data,
            presets=ZOOM_PRESETS,
            groups=explorer.catalog.records("groups"),
            query=query,
        )

    @app.get("/api/timeline", summary="Timeline rows after the same filters as /timeline")
    def timeline_api(query: Annotated[TimelineQuery, Query()]) -> dict[str, Any]:
        return explorer.timeline(query.to_filter())[1]

    # -- map ---------------------------------------------------------------------------------

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, query: Annotated[MapQuery, Query()]) -> Response:
        drawn, data = explorer.flows(query.to_filter())
        return page(
            request,
            "map.html",
            json_href=with_query("/api/map", request),
            geojson_href=with_query("/download/flows.geojson", request),
            drawn=drawn,
            data=data,
            basemap=explorer.basemap(),
            groups=explorer.catalog.records("groups"),
            query=query,
        )

    @app.get("/api/map", summary="Flows from origins to destinations, filtered by year and group")
    def map_api(query: Annotated[MapQuery, Query()]) -> dict[str, Any]:
        return explorer.flows(query.to_filter())[1]

    @app.get("/download/flows.geojson", summary="Flows as GeoJSON LineStrings")
    def flows_geojson(query: Annotated[MapQuery, Query()]) -> Response:
        body = json.dumps(explorer.flows_geojson(query.to_filter()), ensure_ascii=False)
        return Response(body, media_type="application/geo+json")

    @app.get("/download/places.geojson", summary="Places with positions as GeoJSON points")
    def places_geojson() -> Response:
        body = explorer.export("places", "geojson")
        headers = {"content-disposition": 'attachment; filename="places.geojson"'}
        return Response(body, media_type="application/geo+json", headers=headers)

    # -- article, finding aid, checks ------------------------------------------------------------

    @functools.lru_cache(maxsize=1)
    def reader_html() -> str:
        return reader.render(explorer.bundle, explorer.note_links())

    @app.get("/article", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request) -> Response:
        body = Markup(reader_html()) if explorer.bundle.has_article else None
        return page(request, "article.html", body=body, bundle=explorer.bundle)

    @app.get("/api/article", summary="The article's pages, paragraphs and notes (when given)")
    def article_api() -> dict[str, Any]:
        return reader.as_json(explorer.bundle)

    @app.get("/archives", response_class=HTMLResponse, include_in_schema=False)
    def archives_page(request: Request) -> Response:
        return page(request, "archives.html", data=explorer.finding_aid())

    @app.get("/api/archives", summary="Finding aid: archival files cited, by archive and fond")
    def archives_api() -> dict[str, Any]:
        return explorer.finding_aid()

    @app.get("/checks", response_class=HTMLResponse, include_in_schema=False)
    def checks_page(request: Request) -> Response:
        return page(request, "checks.html", data=explorer.checks())

    @app.get("/api/checks", summary="Figure checks: stated derived figures recomputed")
    def checks_api() -> dict[str, Any]:
        return explorer.checks()

    # -- search ------------------------------------------------------------------------------

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, query: Annotated[SearchQuery, Query()]) -> Response:
        data = explorer.search(query.text, query.type)
        facet_hrefs = {
            name: with_query("/search", request, type=name)
            for name in ["", *COLLECTIONS, "article"]
        }
        return page(
            request,
            "search.html",
            data=data,
            facet_hrefs=facet_hrefs,
            json_href=with_query("/api/search", request),
        )

    @app.get("/api/search", summary="Search every record, with counts per record type")
    def search_api(query: Annotated[SearchQuery, Query()]) -> dict[str, Any]:
        return explorer.search(query.text, query.type)

    # -- API viewer --------------------------------------------------------------------------

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> Response:
        return page(request, "api.html", schema=app.openapi())

    # -- collections and records (last: their paths are patterns) ------------------------------

    @app.get("/download/{collection}.csv", summary="A record type as CSV")
    def collection_csv(collection: str) -> Response:
        try:
            body = explorer.export(collection, "csv")
        except NotFound:
            raise not_found(collection) from None
        headers = {"content-disposition": f'attachment; filename="{collection}.csv"'}
        return Response(body, media_type="text/csv; charset=utf-8", headers=headers)

    @app.get("/api/{collection}", summary="Every record of one type")
    def listing_api(collection: str) -> dict[str, Any]:
        try:
            return explorer.listing(collection)
        except NotFound:
            raise not_found(collection) from None

    @app.get("/api/{collection}/{record_id}", summary="One record with links and provenance")
    def record_api(collection: str, record_id: str) -> dict[str, Any]:
        try:
            return explorer.record(collection, record_id)
        except NotFound:
            raise not_found(record_id) from None

    @app.get("/{collection}", response_class=HTMLResponse, include_in_schema=False)
    def listing_page(request: Request, collection: str) -> Response:
        try:
            data = explorer.listing(collection)
        except NotFound:
            raise not_found(collection) from None
        return page(request, "listing.html", data=data)

    @app.get("/{collection}/{record_id}", response_class=HTMLResponse, include_in_schema=False)
    def record_page(request: Request, collection: str, record_id: str) -> Response:
        try:
            data = explorer.record(collection, record_id)
        except NotFound:
            raise not_found(record_id) from None
        return page(request, "record.html", data=data)

    return app


def record_paths(explorer: Explorer) -> list[str]:
    """Every list page and record page, in collection order, then the timeline's zoom
    presets and the map of each year: the pages a visitor reaches by links alone."""
    paths = [f"/{c}" for c in COLLECTIONS]
    for collection, record in explorer.catalog.all():
        paths.append(f"/{collection}/{record.id}")  # type: ignore[attr-defined]
    paths += [f"/timeline?from={start}&to={end}" for _, start, end in ZOOM_PRESETS]
    paths += [f"/map?year={year}" for year in range(FIRST_YEAR, LAST_YEAR + 1)]
    return paths


async def _warm_all(app: ASGIApp, paths: list[str]) -> None:
    for path in paths:
        await asyncio.sleep(0)  # let waiting requests go first
        await _get(app, path)


async def _get(app: ASGIApp, url: str) -> None:
    """One GET request straight through the ASGI app, its response discarded."""
    path, _, query = url.partition("?")
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 80),
    }

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        return None

    await app(scope, receive, send)


def app_from_environment() -> FastAPI:
    """For ``uvicorn borderlands.web.app:app_from_environment --factory``: reads
    ``BORDERLANDS_DATA`` and ``BORDERLANDS_WEB_ARTICLE`` (empty: no article)."""
    import os

    data = os.environ.get("BORDERLANDS_DATA")
    article = os.environ.get("BORDERLANDS_WEB_ARTICLE")
    return create_app(
        Explorer.open(Path(data) if data else None, Path(article) if article else None)
    )
