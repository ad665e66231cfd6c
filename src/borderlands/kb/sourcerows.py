"""Sources as the built database and the exports give them: plain dicts, no schema needed.

Kept free of pydantic so that readers of the built database (the CLI's fast path) do not
pay for the record models.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from borderlands.kb.labels import ARTICLE_WORK

__all__ = ["ARTICLE_WORK", "source_row"]


def source_row(row: sqlite3.Row) -> dict[str, Any]:
    """A ``sources`` row as ``{"work", "page", "note"}``, with ``document`` and ``section``
    where given."""
    out: dict[str, Any] = {"work": row["work"], "page": row["page"], "note": row["note"]}
    for key in ("document", "section"):
        if row[key] is not None:
            out[key] = row[key]
    return out
