"""``borderlands figures``: quantities in an article and checks of its derived figures."""

from __future__ import annotations

import io
import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from borderlands.article import read_article
from borderlands.atomic import write_text_atomic
from borderlands.errors import InputError
from borderlands.figures import check_article, print_table, report_html
from borderlands.paths import default_article


class Format(StrEnum):
    json = "json"
    table = "table"
    html = "html"


def figures(
    file: Path | None = typer.Argument(
        None, help="Extracted article text (default: the founding article)."
    ),
    format: Format = typer.Option(Format.table, "--format", "-f", help="json, table or html."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here (atomically)."),
) -> None:
    """List the article's quantities and check every derived figure (statcheck-style)."""
    path = file if file is not None else default_article()
    if file is None and not path.exists():
        raise InputError(
            "the founding article was not found here; pass a FILE or set BORDERLANDS_ARTICLE",
            path,
        )
    article = read_article(path)
    report = check_article(article)
    if format is Format.json:
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n"
    elif format is Format.html:
        text = report_html(report, article)
    elif out is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=160)
        print_table(report, console)
        return
    else:
        buffer = io.StringIO()
        print_table(report, Console(file=buffer, width=160, no_color=True))
        text = buffer.getvalue()
    if out is not None:
        try:
            write_text_atomic(out, text)
        except OSError as exc:
            raise InputError(f"cannot write the output ({exc.strerror or exc})", out) from None
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command("figures")(figures)
