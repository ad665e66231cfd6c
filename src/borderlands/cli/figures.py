"""``borderlands figures``: quantities in an article and checks of its derived figures."""

from __future__ import annotations

import io
import json
from enum import StrEnum

import typer

from borderlands.cli.common import (
    WIDE,
    ArticleFile,
    ArticleNumber,
    OutFile,
    Parents,
    article_path,
    chosen_article,
    emit,
    reader_may_leave,
    stdout_console,
)


class Format(StrEnum):
    json = "json"
    table = "table"
    html = "html"


def figures(
    file: ArticleFile = None,
    format: Format = typer.Option(Format.table, "--format", "-f", help="json, table or html."),
    article_number: ArticleNumber = None,
    out: OutFile = None,
    parents: Parents = False,
) -> None:
    """List the article's quantities and check every derived figure (statcheck-style)."""
    from rich.console import Console as FileConsole

    from borderlands.figures import check_article, print_table, report_html

    path = article_path(file)
    article = chosen_article(path, article_number)
    report = check_article(article)
    if format is Format.json:
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n"
    elif format is Format.html:
        text = report_html(report, article)
    elif out is None:
        with reader_may_leave():
            print_table(report, stdout_console())
        return
    else:
        buffer = io.StringIO()
        print_table(report, FileConsole(file=buffer, width=WIDE, no_color=True))
        text = buffer.getvalue()
    with reader_may_leave():
        emit(text, out, what=f"figures as {format.value}", parents=parents, inputs=[path])


def register(app: typer.Typer) -> None:
    app.command("figures")(figures)
