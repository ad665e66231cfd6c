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
    OutFile,
    article_path,
    chosen_article,
    emit,
    reader_may_leave,
    stdout_console,
)

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
                what = f"{c.fond}/{c.opis}/{c.delo}" if c.kind == "archival" else f"reel {c.reel}"
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
    article: ArticleNumber = None,
    out: OutFile = None,
) -> None:
    """Parse every footnote's citations: archival files, microfilm, published works, ibid."""
    from borderlands.sources import cite_article
    from borderlands.sources.export import to_bibtex, to_csl_json, to_csv, to_json
    from borderlands.sources.render import render_notes

    cited = cite_article(chosen_article(file, article))
    cited.require_notes(note)
    if style is not None:
        blocks = []
        for rendered in render_notes(cited, style, note or None):
            lines = "\n".join(f"    {line}" for line in rendered.lines) or "    (no citation)"
            blocks.append(f"{rendered.n} (p. {rendered.page})\n{lines}")
        with reader_may_leave():
            emit("\n".join(blocks) + "\n", out)
        return
    if format is CiteFormat.table:
        _print_table(_citation_table(cited, note or None), out)
        return
    render = {
        CiteFormat.json: to_json,
        CiteFormat.csv: to_csv,
        CiteFormat.csl: to_csl_json,
        CiteFormat.bibtex: to_bibtex,
    }[format]
    with reader_may_leave():
        emit(render(cited), out)


def _print_table(table: Table, out: Path | None) -> None:
    """A table on stdout (terminal width, or :data:`WIDE` when piped), or into ``out``."""
    from rich.console import Console

    if out is None:
        with reader_may_leave():
            stdout_console().print(table)
        return
    console = Console(file=io.StringIO(), record=True, width=WIDE)
    console.print(table)
    emit(console.export_text(), out)


def archives(
    file: ArticleFile = None,
    format: SummaryFormat = typer.Option(SummaryFormat.table, "--format", "-f"),
    out: OutFile = None,
) -> None:
    """Per-archive summary: references, files and fonds cited, today's name, city."""
    from rich.table import Table

    from borderlands.sources import archive_summary, cite_file, finding_aid

    cited = cite_file(article_path(file))
    summary = archive_summary(cited)
    if format is SummaryFormat.json:
        payload = {
            "archives": [s.to_dict() for s in summary],
            "files": [r.to_dict() for r in finding_aid(cited)],
        }
        emit(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", out)
        return
    table = Table(title="Archives cited")
    for column in ("archive", "today", "city", "references", "files", "fonds", "notes"):
        table.add_column(column, overflow="fold", no_wrap=column not in ("fonds", "notes"))
    for s in summary:
        table.add_row(
            s.archive,
            s.current or "?",
            s.city or "?",
            str(s.references),
            str(s.files),
            ", ".join(s.fonds),
            ", ".join(str(n) for n in s.notes),
        )
    _print_table(table, out)


def register(app: typer.Typer) -> None:
    app.command("cite")(cite)
    app.command("archives")(archives)
