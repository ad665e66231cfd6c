"""``borderlands parse``: read an extracted article and print it as JSON, TEI or text.

The reader and its exports are imported inside the command, so other commands do not pay
for them (lxml, pydantic, the word list) at start-up.
"""

from __future__ import annotations

import sys
from enum import StrEnum

import typer

from borderlands.cli.common import ArticleFile, OutFile, Parents, article_path, emit


class Format(StrEnum):
    json = "json"
    tei = "tei"
    text = "text"


def parse(
    file: ArticleFile = None,
    format: Format = typer.Option(Format.json, "--format", "-f", help="json, tei or text."),
    out: OutFile = None,
    parents: Parents = False,
) -> None:
    """Parse an article: pages, sections, paragraphs, footnotes, markers and repairs."""
    from borderlands.article import read_article

    path = article_path(file)
    article = read_article(path)
    if format is Format.json:
        from borderlands.article.export_json import to_json

        data: str | bytes = to_json(article)
        what = "article JSON"
    elif format is Format.tei:
        from borderlands.article.export_tei import tei_document

        document = tei_document(article)
        for warning in document.warnings:
            sys.stderr.write(f"{path}: warning: {warning}\n")
        data, what = document.xml, "TEI XML"
    else:
        from borderlands.article.export_text import to_text

        data, what = to_text(article), "article text"
    emit(data, out, what=what, parents=parents, inputs=[path])


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
