"""Analysis commands: ``report`` (the static HTML report) and ``analysis`` (one table).

Options in, one API call, print.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from borderlands.errors import InputError

if TYPE_CHECKING:
    from borderlands.kb.knowledge import KB

DATA_HELP = "Data folder (default: the bundled data/, or BORDERLANDS_DATA)."


class TableFormat(StrEnum):
    csv = "csv"
    json = "json"


def _kb(data: Path | None) -> KB:
    from borderlands.kb import load

    return load(data)


def report(
    out: Path = typer.Option(Path("report"), "--out", "-o", help="Folder to write the report "
                             "to (replaced whole)."),
    data: Path | None = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """Write the HTML report: every analysis with its chart, checks and tables (offline)."""
    from borderlands.analysis.report import build_report

    result = build_report(out, kb=_kb(data))
    sys.stdout.write(
        f"wrote {result.out / 'index.html'}: {len(result.charts)} charts (SVG and PNG), "
        f"{result.checks} stated figures checked, {result.discrepancies} flagged, "
        f"{result.gaps} figures missing from the KB\n"
    )


def analysis(
    name: str = typer.Argument(..., help="Analysis name, e.g. national-operations."),
    checks: bool = typer.Option(False, "--checks", help="Print the checks, not the table."),
    fmt: TableFormat = typer.Option(TableFormat.csv, "--format", "-f"),
    data: Path | None = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """Print one analysis's tidy table (or its checks) as CSV or JSON."""
    from borderlands.analysis.registry import ANALYSES

    if name not in ANALYSES:
        raise InputError(f"no analysis {name!r}; known: {', '.join(ANALYSES)}",
                         place="analysis")
    item = ANALYSES[name](_kb(data))
    frame = item.checks_table() if checks else item.table
    if fmt is TableFormat.json:
        sys.stdout.write(frame.to_json(orient="records", indent=1) + "\n")
    else:
        sys.stdout.write(frame.to_csv(index=False))


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("analysis")(analysis)
