"""``borderlands parse``: read an article (PDF, .docx or extracted text) and print it as JSON,
TEI, reading text or the plain text its offsets refer to.

A journal volume (one file holding several articles) prints a JSON list, one object per
article; ``--article N`` picks one. The reader and its exports are imported inside the
command, so other commands do not pay for them (lxml, pydantic, the word list) at start-up.
"""

from __future__ import annotations

import sys
from enum import StrEnum

import typer

from borderlands.cli.common import (
    ArticleFile,
    ArticleNumber,
    OutFile,
    Parents,
    article_path,
    emit,
)


class Format(StrEnum):
    json = "json"
    tei = "tei"
    text = "text"
    raw = "raw"


def parse(
    file: ArticleFile = None,
    format: Format = typer.Option(
        Format.json,
        "--format",
        "-f",
        help="json, tei, text (reading text) or raw (the plain text all offsets refer to).",
    ),
    article: ArticleNumber = None,
    out: OutFile = None,
    parents: Parents = False,
) -> None:
    """Parse an article: pages, sections, paragraphs, footnotes, markers and repairs."""
    from borderlands.article.reader import pick_article, read_document

    path = article_path(file)
    articles = read_document(path)
    data: str | bytes
    if format is Format.json and article is None and len(articles) > 1:
        from borderlands.article.export_json import to_json_list

        data, what = to_json_list(articles), f"JSON of {len(articles)} articles"
        emit(data, out, what=what, parents=parents, inputs=[path])
        return
    chosen = pick_article(articles, article, path)
    if format is Format.json:
        from borderlands.article.export_json import to_json

        data, what = to_json(chosen), "article JSON"
    elif format is Format.tei:
        from borderlands.article.export_tei import tei_document

        document = tei_document(chosen)
        for warning in document.warnings:
            sys.stderr.write(f"{path}: warning: {warning}\n")
        data, what = document.xml, "TEI XML"
    elif format is Format.raw:
        data, what = chosen.raw, "plain text the offsets refer to"
    else:
        from borderlands.article.export_text import to_text

        data, what = to_text(chosen), "article text"
    emit(data, out, what=what, parents=parents, inputs=[path])


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
