"""The article side of the explorer: the parsed article, its citations and figure checks.

Everything here is computed once when the server starts, from the file the user gives with
``--article``; nothing of the article is stored. Each layer comes from its own package
(``borderlands.article``, ``borderlands.sources``, ``borderlands.figures``); without an
article file the bundle records why each layer is missing, and the pages say so.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from borderlands.article import read_article
from borderlands.article.model import Article, Paragraph
from borderlands.figures import check_article
from borderlands.sources import archive_summary, cite_article, finding_aid

ARCHIVAL_KINDS = ("archival", "microfilm")


def plain(value: Any) -> Any:
    """Any result object (dataclass, pydantic model, to_dict-able) as JSON-ready data."""
    for method in ("to_dict", "to_json"):
        if callable(getattr(value, method, None)):
            return plain(getattr(value, method)())
    if hasattr(value, "model_dump") and callable(value.model_dump):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


@dataclass(slots=True)
class ArticleBundle:
    """The article and its derived layers, or the reasons they are missing."""

    path: Path | None = None
    article: Article | None = None
    notes: dict[int, dict[str, Any]] = field(default_factory=dict)  # n -> cited note
    checks: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    archives: list[dict[str, Any]] = field(default_factory=list)  # archive_summary rows
    files: list[dict[str, Any]] = field(default_factory=list)  # finding_aid rows
    missing: dict[str, str] = field(default_factory=dict)  # layer -> why it is unavailable
    _para_lines: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def has_article(self) -> bool:
        return self.article is not None

    def paragraphs_on(self, page: int | None) -> list[Paragraph]:
        if self.article is None or page is None:
            return []
        return [p for p in self.article.paragraphs if page in (p.pages or [p.page])]

    def note_text(self, n: int) -> str | None:
        if self.article is None:
            return None
        note = self.article.note(n)
        return note.text if note else None

    def citations(self, n: int) -> list[dict[str, Any]]:
        return list(self.notes.get(n, {}).get("citations", []))

    def paragraph_at_line(self, line: int) -> str | None:
        """The id of the paragraph whose raw pieces cover a line, if any."""
        starts = [start for start, _, _ in self._para_lines]
        i = bisect.bisect_right(starts, line) - 1
        if i >= 0 and self._para_lines[i][0] <= line <= self._para_lines[i][1]:
            return self._para_lines[i][2]
        return None

    def paragraph_of(self, check: dict[str, Any]) -> str | None:
        """The body paragraph a check stands in: as the figures package says, else by line."""
        if check.get("where") == "note":
            return None
        if check.get("paragraph"):
            return str(check["paragraph"])
        line = check.get("line")
        return self.paragraph_at_line(line) if isinstance(line, int) else None

    def checks_by_paragraph(self) -> dict[str, list[tuple[int, dict[str, Any]]]]:
        grouped: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
        for i, check in enumerate(self.checks):
            pid = self.paragraph_of(check)
            if pid:
                grouped[pid].append((i, check))
        return dict(grouped)


def load_bundle(path: Path | None) -> ArticleBundle:
    """Read the article and derive its layers; InputError for an unreadable file."""
    bundle = ArticleBundle(path=path)
    if path is None:
        reason = "no article file was given (start the server with --article FILE)"
        bundle.missing = {"article": reason, "citations": reason, "figures": reason}
        return bundle
    article: Article = read_article(path)
    bundle.article = article
    bundle._para_lines = sorted(
        (min(s.start_line for s in p.pieces), max(s.end_line for s in p.pieces), p.id)
        for p in article.paragraphs
        if p.pieces
    )
    cited = cite_article(article)
    as_data = plain(cited)
    notes = as_data.get("notes", []) if isinstance(as_data, dict) else as_data
    bundle.notes = {int(note["n"]): note for note in notes}
    bundle.archives = plain(archive_summary(cited))
    bundle.files = plain(finding_aid(cited))
    checked = plain(check_article(article))
    bundle.checks = list(checked.get("checks", []))
    bundle.quantities = list(checked.get("quantities", []))
    return bundle
