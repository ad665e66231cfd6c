"""How the knowledge base's values read as text, the same in every output: the CLI's tables
and exports, the web pages and downloads.

``source_label`` is the one way a page/note reference is written (``851 n. 233``),
``reference_label`` the one way a source in any work is;
``number`` the one way a stored number is given back (171781, not 171781.0); ``amount``
the one way a number is printed for people (171,781).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def number(value: float | None) -> float | int | None:
    """Whole numbers as int (171781, not 171781.0); others unchanged."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def amount(value: float | None) -> str:
    """A number for people: thousands separated by commas, no trailing ``.0``."""
    if value is None:
        return ""
    shown = number(value)
    return f"{shown:,}" if isinstance(shown, int) else f"{shown:,.2f}".rstrip("0").rstrip(".")


def source_label(page: int, note: int | None = None) -> str:
    """``851 n. 233`` for page 851, note 233; ``852`` for a page alone."""
    return f"{page} n. {note}" if note is not None else f"{page}"


#: The founding article's work id: a source with no work is in it.
ARTICLE_WORK = "martin-1998"


def reference_label(source: Mapping[str, Any]) -> str:
    """A source in any work as one short label: ``851 n. 233`` in the founding article,
    ``pohl-1999 p. 10 n. 4`` (with ``doc.`` and ``§`` where given) in another work."""
    work = source.get("work") or ARTICLE_WORK
    if work == ARTICLE_WORK and source.get("page") is not None:
        return source_label(source["page"], source.get("note"))
    parts = [work]
    for key, mark in (("page", "p. "), ("note", "n. "), ("document", "doc. "), ("section", "§ ")):
        if source.get(key) is not None:
            parts.append(f"{mark}{source[key]}")
    return " ".join(parts)


def sources_label(sources: Iterable[Mapping[str, Any]]) -> str:
    """Several references, ``851 n. 233; 852; pohl-1999 p. 10``."""
    return "; ".join(reference_label(s) for s in sources)


def plain_number(value: float) -> str:
    """A computed number as a table prints it: whole numbers whole (335513, not 335513.0);
    others to the decimals that mean something at their size (21.44, 0.0123)."""
    if value != value:  # NaN: no value
        return ""
    if float(value).is_integer():
        return str(int(value))
    if abs(value) >= 1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"
