"""``borderlands parse``: read an extracted article and print it as JSON, TEI or text."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from borderlands.article import read_article
from borderlands.article.export_json import to_json
from borderlands.article.export_tei import to_tei
from borderlands.article.export_text import to_text
from borderlands.atomic import write_bytes_atomic
from borderlands.errors import InputError
from borderlands.paths import default_article


class Format(StrEnum):
    json = "json"
    tei = "tei"
    text = "text"


def parse(
    file: Path | None = typer.Argument(
        None, help="Extracted article text (default: the founding article)."
    ),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json, tei or text."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here (atomically)."),
) -> None:
    """Parse an article: pages, sections, paragraphs, footnotes, markers and repairs."""
    path = file
    if path is None:
        path = default_article()
        if not path.exists():
            raise InputError(
                "the founding article was not found here; pass a FILE or set "
                "BORDERLANDS_ARTICLE to its path",
                path,
            )
    article = read_article(path)
    if format is Format.json:
        data = to_json(article).encode("utf-8")
    elif format is Format.tei:
        data = to_tei(article)
    else:
        data = to_text(article).encode("utf-8")
    if out is not None:
        write_bytes_atomic(out, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
