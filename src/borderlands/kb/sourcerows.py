"""Sources as the built database and the exports give them: plain dicts, no schema needed.

Kept free of pydantic so that readers of the built database (the CLI's fast path) do not
pay for the record models.
"""

from __future__ import annotations

import sqlite3
from typing import Any

ARTICLE_WORK = "martin-1998"


def source_row(row: sqlite3.Row) -> dict[str, Any]:
    """A ``sources`` row as ``{"work", "page", "note"}``, with ``document`` and ``section``
    where given."""
    out: dict[str, Any] = {"work": row["work"], "page": row["page"], "note": row["note"]}
    for key in ("document", "section"):
        if row[key] is not None:
            out[key] = row[key]
    return out


def source_label(source: dict[str, Any]) -> str:
    """A source as one short label: "851 n234" in the article, "pohl-1999 p. 10" in
    another work."""
    work = source.get("work") or ARTICLE_WORK
    if work == ARTICLE_WORK:
        page, note = source.get("page"), source.get("note")
        return f"{page} n{note}" if note is not None else f"{page}"
    parts = [work]
    for key, mark in (("page", "p. "), ("note", "n. "), ("document", "doc. "), ("section", "§ ")):
        if source.get(key) is not None:
            parts.append(f"{mark}{source[key]}")
    return " ".join(parts)
