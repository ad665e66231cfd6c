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
import inspect
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Annotated, Any

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
from borderlands.figures.plain import VERDICT_CAVEAT
from borderlands.kb.labels import source_label
from borderlands.kb.recordtypes import PLURAL_LABEL
from borderlands.web.cache import PageCache
from borderlands.web.catalog import COLLECTIONS
from borderlands.web.corpus_pages import Corpus
from borderlands.web.explorer import Explorer, NotFound
from borderlands.web.head import HeadAsGet
from borderlands.web.pages import PAGES, Page
from borderlands.web.queries import MapQuery
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
    env.globals["verdict_caveat"] = VERDICT_CAVEAT
    env.globals["row_svg"] = lambda row: Markup(row_svg(row))
    env.filters["source_label"] = source_label
    return env


MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
}

WARM_PATHS = ("/", "/timeline", "/map", "/article", "/archives", "/checks", "/search", "/api")


def create_app(explorer: Explorer, warm: bool = False, corpus: Corpus | None = None) -> FastAPI:
    """Build the application over an opened explorer (knowledge base plus optional article)
    and, with ``corpus``, the corpus pages under ``/corpus``.

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
    templates.env.globals["corpus_given"] = corpus is not None
    app.state.explorer = explorer
    app.state.corpus = corpus

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
        context.setdefault("article_status", explorer.article_status())
        return templates.TemplateResponse(request, name, context, status_code=status_code)

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
        missing = str(exc.detail) if str(exc.detail).startswith("not found: ") else None
        return page(
            request, "error.html", exc.status_code, title=title, problems=[], missing=missing
        )

    def not_found(what: str) -> StarletteHTTPException:
        return StarletteHTTPException(404, f"not found: {what}")

    fixed = [p for p in PAGES if not p.path_params]
    patterns = [p for p in PAGES if p.path_params]
    for entry in fixed:
        _register(app, explorer, entry, page)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> Response:
        return page(request, "api.html", schema=app.openapi())

    @app.get("/download/flows.geojson", summary="Flows as GeoJSON LineStrings")
    def flows_geojson(query: Annotated[MapQuery, Query()]) -> Response:
        body = json.dumps(explorer.flows_geojson(query.to_filter()), ensure_ascii=False)
        return Response(body, media_type="application/geo+json")

    @app.get("/download/{collection}.{fmt}", summary="A record type as CSV, JSON or GeoJSON")
    def download(collection: str, fmt: str) -> Response:
        """What ``borderlands export <collection> --format <fmt>`` prints, byte for byte."""
        if fmt not in MEDIA_TYPES:
            raise not_found(f"{collection}.{fmt}")
        try:
            body = explorer.export(collection, fmt)
        except NotFound:
            raise not_found(f"{collection}.{fmt}") from None
        headers = {"content-disposition": f'attachment; filename="{collection}.{fmt}"'}
        return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)

    for entry in patterns:  # last: their paths would match the fixed ones
        _register(app, explorer, entry, page)
    return app


def _register(app: FastAPI, explorer: Explorer, entry: Page, page: Callable[..., Response]) -> None:
    """The page's HTML route and its JSON route, over one handler building the data once.

    The handler's signature is written out (request, path parameters, the query model) so
    that FastAPI validates the query string and documents the JSON route as usual.
    """

    def respond(as_json: bool, request: Request, **params: Any) -> Response:
        query = params.pop("query", None)
        try:
            view = entry.build(explorer, request, query, **params)
        except NotFound as missing:
            raise StarletteHTTPException(404, f"not found: {missing.args[0]}") from None
        if as_json:
            return JSONResponse(view.data)
        return page(request, entry.template, data=view.data, **view.extra)

    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [inspect.Parameter("request", keyword, annotation=Request)]
    parameters += [inspect.Parameter(n, keyword, annotation=str) for n in entry.path_params]
    if entry.query is not None:
        query = Annotated[entry.query, Query()]  # type: ignore[name-defined]
        parameters.append(inspect.Parameter("query", keyword, annotation=query))
    for as_json, path in ((False, entry.path), (True, entry.api)):
        handler = functools.partial(respond, as_json)
        handler.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        app.add_api_route(
            path,
            handler,
            methods=["GET"],
            response_class=JSONResponse if as_json else HTMLResponse,
            include_in_schema=as_json,
            summary=entry.summary if as_json else None,
            name=f"{'api' if as_json else 'page'}:{entry.path}",
        )


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
    ``BORDERLANDS_DATA``, ``BORDERLANDS_WEB_ARTICLE`` and ``BORDERLANDS_WEB_CORPUS`` (empty:
    no article, no corpus)."""
    import os

    data = os.environ.get("BORDERLANDS_DATA")
    article = os.environ.get("BORDERLANDS_WEB_ARTICLE")
    corpus = os.environ.get("BORDERLANDS_WEB_CORPUS")
    return create_app(
        Explorer.open(Path(data) if data else None, Path(article) if article else None),
        corpus=Corpus.open(Path(corpus)) if corpus else None,
    )
