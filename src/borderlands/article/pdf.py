"""Reading a PDF: its pages' lines, the articles it holds, each as an :class:`Article`."""

from __future__ import annotations

import gc
from pathlib import Path

from borderlands.article.model import Article
from borderlands.article.pdf_article import Metadata, build_article
from borderlands.article.pdf_layout import PageReader
from borderlands.article.pdf_lines import read_pages
from borderlands.article.volume import split_volume


def read_pdf(data: bytes, path: str | Path) -> list[Article]:
    """The articles of a PDF (one for an article, several for a journal volume)."""
    collecting = gc.isenabled()
    gc.disable()  # many small objects, no cycles: as in parse_text
    try:
        warnings: list[str] = []
        pages = read_pages(data, path, warnings)
        parts, volume_warnings = split_volume(pages)
        articles: list[Article] = []
        for i, part in enumerate(parts):
            reader = PageReader([pages[k] for k in part.pages])
            roles = [reader.read(j, first=j == 0) for j in range(len(part.pages))]
            first, last = pages[part.pages[0]].index + 1, pages[part.pages[-1]].index + 1
            notes = list(warnings)
            if i == len(parts) - 1:
                notes.extend(volume_warnings)
            meta = Metadata(
                pdf_pages=(first, last),
                abstract=part.abstract,
                keywords=part.keywords,
                byline=part.byline,
                warnings=notes,
            )
            articles.append(build_article(roles, str(path), meta))
        return articles
    finally:
        if collecting:
            gc.enable()
