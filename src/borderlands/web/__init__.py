"""The explorer: a read-only web application over the knowledge base and, when given, the
article (``borderlands serve``).

Public API::

    Explorer.open(data_dir, article) -> Explorer    the KB (loaded, and its store) and the
                                                    article's layers; one method per page
    PAGES                                           the table of pages: path, /api twin,
                                                    template, query model, build function
    create_app(explorer, warm=False) -> FastAPI     every page as HTML and JSON, downloads
                                                    (byte-identical to ``borderlands export``)
    server.run(app, host, port)                     uvicorn, with a clean stop on SIGTERM

The explorer reads through ``borderlands.kb``'s read API (record detail, the event filter,
exports, full-text search in the KB's store); it adds only what a page draws.
"""

from __future__ import annotations

from borderlands.web.app import create_app
from borderlands.web.explorer import Explorer
from borderlands.web.pages import PAGES

__all__ = ["PAGES", "Explorer", "create_app"]
