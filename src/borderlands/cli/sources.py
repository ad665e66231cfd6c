"""``borderlands cite`` and ``borderlands archives``: footnote citations and the archives cited."""

from __future__ import annotations

import io
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from borderlands.cli.common import (
    WIDE,
    ArticleFile,
    ArticleNumber,
    Excel,
    OutFile,
    Parents,
    article_path,
    chosen_article,
    csv_output,
    emit,
    reader_may_leave,
    stdout_console,
)
from borderlands.cli.tables import Column, fit_table, terminal_width
from borderlands.errors import InputError

if TYPE_CHECKING:
    from rich.table import Table

    from borderlands.sources.model import CitedArticle


class CiteFormat(StrEnum):
    json = "json"
    csv = "csv"
    csl = "csl"
    bibtex = "bibtex"
    table = "table"


class SummaryFormat(StrEnum):
    json = "json"
    table = "table"


def _citation_table(cited: CitedArticle, notes: list[int] | None) -> Table:
    from rich.table import Table

    table = Table(title="Footnote citations", show_lines=False)
    for column in ("note", "page", "kind", "archive / author", "file / title", "date", "pages"):
        narrow = column in ("note", "page", "kind", "date", "pages")
        table.add_column(column, no_wrap=narrow, overflow="fold")
    table.add_column("resolves to / flags", overflow="fold", ratio=1)
    for note in cited.notes:
        if notes and note.n not in notes:
            continue
        for c in note.citations:
            if c.kind in ("archival", "microfilm"):
                who = c.archive or ""
                what = (
                    "/".join(x or "–" for x in (c.fond, c.opis, c.delo))
                    if c.kind == "archival"
                    else f"reel {c.reel}"
                )
                if c.volume and c.kind == "archival":
                    what += f" t. {c.volume}"
                if c.frames:
                    what += f" fr. {c.frames}"
                if c.protocol:
                    what += f" prot. {c.protocol}"
            else:
                who = "; ".join(c.authors) or "; ".join(c.editors)
                if c.editors and not c.authors:
                    who += " (eds.)" if len(c.editors) > 1 else " (ed.)"
                what = c.title or c.container or ""
            extra = f"n. {c.refers_to['note']}" if c.refers_to else c.unresolved or ""
            extra = "; ".join([x for x in [extra, *c.flags] if x])
            table.add_row(
                str(note.n), str(note.page or ""), c.kind, who, what, c.date or "", c.pages, extra
            )
    return table


def cite(
    file: ArticleFile = None,
    format: CiteFormat = typer.Option(
        CiteFormat.json, "--format", "-f", help="json, csv (finding aid), csl, bibtex or table."
    ),
    style: str | None = typer.Option(
        None, "--style", help="Render notes in a CSL style, e.g. chicago-notes-bibliography."
    ),
    note: list[int] | None = typer.Option(
        None, "--note", "-n", help="Only these notes (table and --style output)."
    ),
    notes_file: Path | None = typer.Option(
        None,
        "--notes",
        help="Loose notes instead of an article: one note a line; n is the line number.",
    ),
    article: ArticleNumber = None,
    out: OutFile = None,
    parents: Parents = False,
    excel: Excel = False,
) -> None:
    """Parse every footnote's citations: archival files, microfilm, published works, ibid."""
    from borderlands.sources import cite_article, cite_notes_file
    from borderlands.sources.export import to_bibtex, to_csl_json, to_csv, to_json
    from borderlands.sources.render import render_notes

    if notes_file is not None and file is not None:
        raise InputError("give an article FILE or --notes FILE, not both", notes_file)
    if excel and (format is not CiteFormat.csv or style is not None):
        raise InputError("works only with --format csv", place="--excel")
    if notes_file is not None:
        path = notes_file
        cited = cite_notes_file(path)
    else:
        path = article_path(file)
        cited = cite_article(chosen_article(path, article))
    cited.require_notes(note)
    if style is not None:
        blocks = []
        for rendered in render_notes(cited, style, note or None):
            lines = "\n".join(f"    {line}" for line in rendered.lines) or "    (no citation)"
            where = f" (p. {rendered.page})" if rendered.page is not None else ""
            blocks.append(f"{rendered.n}{where}\n{lines}")
        with reader_may_leave():
            emit("\n".join(blocks) + "\n", out, what=f"notes in {style}", parents=parents,
                 inputs=[path])
        return
    if format is CiteFormat.table:
        _print_table(_citation_table(cited, note or None), out, parents=parents, inputs=[path])
        return
    render = {
        CiteFormat.json: to_json,
        CiteFormat.csv: to_csv,
        CiteFormat.csl: to_csl_json,
        CiteFormat.bibtex: to_bibtex,
    }[format]
    with reader_may_leave():
        text = render(cited)
        emit(csv_output(text, excel) if format is CiteFormat.csv else text, out,
             what=f"citations as {format.value}", parents=parents, inputs=[path])


def _print_table(
    table: Table, out: Path | None, *, parents: bool, inputs: list[Path | None]
) -> None:
    """A table on stdout (terminal width, or :data:`WIDE` when piped), or into ``out``
    (``parents``, ``inputs``: as for :func:`emit`)."""
    from rich.console import Console

    if out is None:
        with reader_may_leave():
            stdout_console().print(table)
        return
    console = Console(file=io.StringIO(), record=True, width=WIDE)
    console.print(table)
    emit(console.export_text(), out, what="table", parents=parents, inputs=inputs)


#: The archives table: every column wraps within the terminal; the least needed go first
#: only when even their narrowest does not fit.
ARCHIVE_COLUMNS = (
    Column("archive", priority=1, min_width=8),
    Column("today", priority=6, min_width=10),
    Column("city", priority=7, min_width=8),
    Column("references", priority=2, min_width=4, wrap=False, justify="right"),
    Column("files", priority=3, min_width=5, wrap=False, justify="right"),
    Column("fonds", priority=4, min_width=10),
    Column("notes", priority=5, min_width=10),
)


def archives(
    file: ArticleFile = None,
    format: SummaryFormat = typer.Option(SummaryFormat.table, "--format", "-f"),
    out: OutFile = None,
    parents: Parents = False,
) -> None:
    """Per-archive summary: references, files and fonds cited, today's name, city."""
    from borderlands.sources import archive_summary, cite_file, finding_aid

    path = article_path(file)
    cited = cite_file(path)
    summary = archive_summary(cited)
    if format is SummaryFormat.json:
        payload = {
            "archives": [s.to_dict() for s in summary],
            "files": [r.to_dict() for r in finding_aid(cited)],
        }
        emit(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", out,
             what="archives as JSON", parents=parents, inputs=[path])
        return
    rows = [
        [s.archive, s.current or "?", s.city or "?", str(s.references), str(s.files),
         ", ".join(s.fonds), ", ".join(str(n) for n in s.notes)]
        for s in summary
    ]
    width = terminal_width() if out is None else None
    text = fit_table(ARCHIVE_COLUMNS, rows, width or WIDE, title="Archives cited")
    if out is None:
        emit(text)
    else:
        emit(text, out, what="archives table", parents=parents, inputs=[path])


def register(app: typer.Typer) -> None:
    app.command("cite")(cite)
    app.command("archives")(archives)
