"""``borderlands parse``: read an extracted article and print it as JSON, TEI or text.

The reader and its exports are imported inside the command, so other commands do not pay
for them (lxml, pydantic, the word list) at start-up.
"""

from __future__ import annotations

from enum import StrEnum

import typer

from borderlands.cli.common import ArticleFile, OutFile, article_path, emit


class Format(StrEnum):
    json = "json"
    tei = "tei"
    text = "text"


def parse(
    file: ArticleFile = None,
    format: Format = typer.Option(Format.json, "--format", "-f", help="json, tei or text."),
    out: OutFile = None,
) -> None:
    """Parse an article: pages, sections, paragraphs, footnotes, markers and repairs."""
    from borderlands.article import read_article

    article = read_article(article_path(file))
    if format is Format.json:
        from borderlands.article.export_json import to_json

        emit(to_json(article), out)
    elif format is Format.tei:
        from borderlands.article.export_tei import to_tei

        emit(to_tei(article), out)
    else:
        from borderlands.article.export_text import to_text

        emit(to_text(article), out)


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
