"""``borderlands figures``: quantities in an article and checks of its derived figures."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from borderlands.cli.common import article_path, emit

if TYPE_CHECKING:
    from rich.console import Console

#: Width of a table written to a pipe or a file: wide enough that archive names, file
#: references and formulas are not folded onto a second line.
WIDE = 200


class Format(StrEnum):
    json = "json"
    table = "table"
    html = "html"


def _stop_quietly() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)


@contextmanager
def reader_may_leave() -> Iterator[None]:
    """Output whose reader goes away early (``| head``) ends quietly with status 0.

    Click turns a broken pipe into status 1 before ``borderlands.cli.main`` sees it, so the
    commands that print long output catch it themselves."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _stop_quietly()


def stdout_console(**options: Any) -> Console:
    """A rich console on stdout that stops quietly with status 0 when its reader goes away
    (``borderlands figures | head``); rich's own console exits with status 1 there. Written
    to a pipe or a file it is :data:`WIDE` columns wide."""
    from rich.console import Console

    class QuietPipeConsole(Console):
        def on_broken_pipe(self) -> None:
            _stop_quietly()

    console = QuietPipeConsole(file=sys.stdout, **options)
    if not console.is_terminal and "width" not in options:
        console = QuietPipeConsole(file=sys.stdout, width=WIDE, **options)
    return console


def figures(
    file: Path | None = typer.Argument(
        None, help="Extracted article text (default: the founding article)."
    ),
    format: Format = typer.Option(Format.table, "--format", "-f", help="json, table or html."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write here (atomically)."),
) -> None:
    """List the article's quantities and check every derived figure (statcheck-style)."""
    from rich.console import Console as FileConsole

    from borderlands.article import read_article
    from borderlands.figures import check_article, print_table, report_html

    article = read_article(article_path(file))
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
        emit(text, out)


def register(app: typer.Typer) -> None:
    app.command("figures")(figures)
