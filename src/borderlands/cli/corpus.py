"""``borderlands corpus``: build a corpus database from many files on Dask, and ask it across
articles (archival files, published works, figure checks, full-text search)."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from borderlands.cli.common import OutFile, emit, reader_may_leave, stdout_console

if TYPE_CHECKING:
    import sqlite3

    from borderlands.corpus import BuildSummary

corpus_app = typer.Typer(
    name="corpus",
    help="Many articles at once: build a corpus database on Dask and search it across articles.",
    no_args_is_help=True,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Redo(StrEnum):
    changed = "changed"
    errors = "errors"
    all = "all"


DbFile = Annotated[Path, typer.Option("--db", help="The corpus database (made by corpus build).")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")]

#: Columns shown in a table (json and csv give every field).
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "title",
        "authors",
        "first_page",
        "last_page",
        "n_notes",
        "n_citations",
        "n_checks",
        "n_inconsistent",
        "path",
    ),
    "archives": ("id", "label", "articles", "notes", "citations"),
    "works": ("id", "authors", "title", "year", "articles", "notes"),
    "checks": ("title", "page", "line", "stated", "formula", "computed", "verdict"),
    "search": ("kind", "title", "page", "line", "place", "snippet"),
    "errors": ("path", "message"),
    "citers": ("title", "note", "note_page", "kind", "folios", "date", "path"),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _output(rows: list[dict[str, Any]], kind: str, format: Format, out: Path | None) -> None:
    if format is Format.json:
        emit(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", out)
        return
    if format is Format.csv:
        buffer = io.StringIO()
        names = list(rows[0]) if rows else list(COLUMNS[kind])
        writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(r.get(k)) for k in names} for r in rows)
        emit(buffer.getvalue(), out)
        return
    from rich.table import Table

    table = Table(title=f"{kind} ({len(rows)})")
    for column in COLUMNS[kind]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in COLUMNS[kind]))
    if out is not None:
        from rich.console import Console

        from borderlands.cli.common import WIDE

        buffer = io.StringIO()
        Console(file=buffer, width=WIDE, no_color=True).print(table)
        emit(buffer.getvalue(), out)
        return
    with reader_may_leave():
        stdout_console().print(table)


def _open(db: Path) -> sqlite3.Connection:
    from borderlands.corpus import connect

    return connect(db)


def build(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively).")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The corpus database to build or bring up to date.")
    ] = Path("corpus.sqlite"),
    workers: Annotated[
        int | None,
        typer.Option(help="Local worker processes (default: one per core; 0: no Dask)."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    scheduler_timeout: Annotated[
        float,
        typer.Option(help="Seconds to wait for the scheduler to answer.", min=0.1),
    ] = 10.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")
    ] = False,
    redo: Annotated[
        Redo,
        typer.Option(help="Read again: changed files (default), also errors, or all files."),
    ] = Redo.changed,
) -> None:
    """Read, cite and check every PDF, .docx and text file under PATHS into one SQLite database
    (with a Datasette metadata file beside it). Re-running redoes only what changed."""
    from borderlands.corpus import build_corpus

    if quiet:
        build_corpus(
            paths,
            out,
            workers=workers,
            scheduler=scheduler,
            scheduler_timeout=scheduler_timeout,
            redo=redo.value,
        )
        return
    summary = _build_with_bar(paths, out, workers, scheduler, scheduler_timeout, redo)
    _say_summary(summary, out)


def _build_with_bar(
    paths: list[Path],
    out: Path,
    workers: int | None,
    scheduler: str | None,
    scheduler_timeout: float,
    redo: Redo,
) -> BuildSummary:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from borderlands.corpus import Progress as RunProgress
    from borderlands.corpus import build_corpus

    bar = Progress(
        TextColumn("files"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "{task.fields[articles]} articles, {task.fields[rate]}/s, {task.fields[errors]} errors"
        ),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    task = bar.add_task("corpus", total=None, articles=0, rate="0.0", errors=0)

    def show(p: RunProgress) -> None:
        if not bar.live.is_started:  # shown once files are found and work begins
            bar.start()
        rate = p.articles / p.seconds if p.seconds > 0 else 0.0
        bar.update(
            task,
            completed=p.files_done,
            total=p.files_total,
            articles=p.articles,
            rate=f"{rate:.1f}",
            errors=p.errors,
        )

    try:
        return build_corpus(
            paths,
            out,
            workers=workers,
            scheduler=scheduler,
            progress=show,
            scheduler_timeout=scheduler_timeout,
            redo=redo.value,
        )
    finally:
        if bar.live.is_started:
            bar.stop()


def _say_summary(summary: BuildSummary, out: Path) -> None:
    from borderlands.corpus import metadata_path

    s = summary
    typer.echo(
        f"{out}: {s.found} files ({s.processed} read, {s.unchanged} unchanged, {s.removed} "
        f"removed), {s.articles} articles, {s.errors} errors in {s.seconds:.1f} s; "
        f"Datasette metadata: {metadata_path(out)}",
        err=True,
    )
    for path in s.error_files[:10]:
        typer.echo(f"  error: {path}", err=True)


def articles(
    db: DbFile = Path("corpus.sqlite"), format: FormatOption = Format.table, out: OutFile = None
) -> None:
    """Every article in the corpus with its counts."""
    from borderlands.corpus import queries

    _output(queries.articles(_open(db)), "articles", format, out)


def archives(
    db: DbFile = Path("corpus.sqlite"),
    archive: Annotated[str | None, typer.Option(help="Only this archive (GARF).")] = None,
    fond: Annotated[str | None, typer.Option(help="Only this fond (9401).")] = None,
    format: FormatOption = Format.table,
    out: OutFile = None,
) -> None:
    """Every archival file cited across the corpus, with the articles and notes citing it."""
    from borderlands.corpus import queries

    _output(queries.archival_index(_open(db), archive, fond), "archives", format, out)


def works(
    db: DbFile = Path("corpus.sqlite"),
    min_articles: Annotated[int, typer.Option(help="Only works cited in this many articles.")] = 1,
    format: FormatOption = Format.table,
    out: OutFile = None,
) -> None:
    """Published works cited, matched across articles (surnames, main title, year)."""
    from borderlands.corpus import queries

    _output(queries.works(_open(db), min_articles), "works", format, out)


def citers(
    archive: Annotated[str, typer.Argument(help="The archive, as cited (GARF).")],
    file: Annotated[str, typer.Argument(help="The file: fond/opis/delo (9401/1/4).")],
    db: DbFile = Path("corpus.sqlite"),
    format: FormatOption = Format.table,
    out: OutFile = None,
) -> None:
    """Every citation of one archival file across the corpus: article, note, page, folios."""
    from borderlands.corpus import queries

    connection = _open(db)
    found = queries.archival_file(connection, queries.find_archival_file(connection, archive, file))
    _output(found["citations"], "citers", format, out)


class Verdict(StrEnum):
    consistent = "consistent"
    inconsistent = "inconsistent"
    ambiguous = "ambiguous"
    unverifiable = "unverifiable"


def checks(
    db: DbFile = Path("corpus.sqlite"),
    verdict: Annotated[Verdict | None, typer.Option(help="Only checks of this verdict.")] = None,
    format: FormatOption = Format.table,
    out: OutFile = None,
) -> None:
    """Checks of derived figures across the corpus."""
    from borderlands.corpus import queries

    rows = queries.checks(_open(db), verdict.value if verdict else None)
    _output(rows, "checks", format, out)


def search(
    text: Annotated[str, typer.Argument(help='Words to find (all of them); "a phrase" in quotes.')],
    db: DbFile = Path("corpus.sqlite"),
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 50,
    format: FormatOption = Format.table,
    out: OutFile = None,
) -> None:
    """Full-text search over the paragraphs and notes of every article."""
    from borderlands.corpus import queries

    _output(queries.search(_open(db), text, limit), "search", format, out)


def errors(
    db: DbFile = Path("corpus.sqlite"), format: FormatOption = Format.table, out: OutFile = None
) -> None:
    """Files that could not be read, and why."""
    from borderlands.corpus import queries

    _output(queries.errors(_open(db)), "errors", format, out)


for command in (build, articles, archives, citers, works, checks, search, errors):
    corpus_app.command(command.__name__)(command)


def register(app: typer.Typer) -> None:
    app.add_typer(corpus_app, name="corpus")
