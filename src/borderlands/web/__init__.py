"""The explorer: a read-only web application over the knowledge base and, when given, the
article (``borderlands serve``).

``Explorer.open(data_dir, article)`` is the Python API, one method per page returning plain
data; ``create_app(explorer)`` wraps it in a FastAPI application (HTML pages, the same data
as JSON under ``/api``, CSV and GeoJSON downloads).
"""

from __future__ import annotations

from borderlands.web.app import create_app
from borderlands.web.explorer import Explorer

__all__ = ["Explorer", "create_app"]
