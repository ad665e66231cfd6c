"""Analysis commands: ``report`` (the static HTML report) and ``analysis`` (one table).

Options in, one API call, print.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from borderlands.cli.common import Excel, OutFile, Parents, csv_output, emit
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
                             "to: new, empty, or an earlier report (whose own files are "
                             "replaced)."),
    parents: bool = typer.Option(False, "--parents", help="Create the folders above --out "
                                 "when missing."),
    data: Path | None = typer.Option(None, "--data", help=DATA_HELP),
    workers: int | None = typer.Option(None, "--workers", min=1, max=8,
                                       help="Processes drawing the charts (default: 2 when "
                                       "a core is idle, else 1)."),
) -> None:
    """Write the HTML report: every analysis with its chart, checks and tables (offline)."""
    from borderlands.analysis.report import build_report, check_report_folder, idle_workers

    check_report_folder(out.resolve(), parents)
    result = build_report(out, kb=_kb(data), parents=parents,
                          workers=workers if workers is not None else idle_workers())
    sys.stderr.write(
        f"wrote {result.out / 'index.html'}: {len(result.charts)} charts (SVG and PNG), "
        f"{result.checks} stated figures checked, {result.discrepancies} flagged, "
        f"{result.gaps} figures missing from the KB\n"
    )


def analysis(
    name: str = typer.Argument(..., help="Analysis name, e.g. national-operations."),
    checks: bool = typer.Option(False, "--checks", help="Print the checks, not the table."),
    fmt: TableFormat = typer.Option(TableFormat.csv, "--format", "-f"),
    data: Path | None = typer.Option(None, "--data", help=DATA_HELP),
    out: OutFile = None,
    parents: Parents = False,
    excel: Excel = False,
) -> None:
    """Print one analysis's tidy table (or its checks) as CSV or JSON."""
    from borderlands.analysis.csvtext import plain_csv
    from borderlands.analysis.registry import ANALYSES

    if excel and fmt is not TableFormat.csv:
        raise InputError("works only with --format csv", place="--excel")
    if name not in ANALYSES:
        raise InputError(f"no analysis {name!r}; known: {', '.join(ANALYSES)}",
                         place="analysis")
    item = ANALYSES[name](_kb(data))
    frame = item.checks_table() if checks else item.table
    if fmt is TableFormat.json:
        text: str | bytes = frame.to_json(orient="records", indent=1) + "\n"
    else:
        text = csv_output(plain_csv(frame), excel)
    what = f"{name} {'checks' if checks else 'table'} as {fmt.value}"
    emit(text, out, what=what, parents=parents)


def _check_index_options(group_population: int | None, total_population: int | None,
                         share: float | None, confidence: float) -> None:
    """The population options, checked under the names the user typed them by."""
    if share is None:
        if group_population is None or total_population is None:
            raise InputError("give --group-population and --population, or --share",
                             place="index")
        if total_population <= 0 or not 0 < group_population <= total_population:
            raise InputError(f"--group-population {group_population} must be positive and at "
                             f"most --population {total_population}", place="index")
    elif not 0 < share <= 1:
        raise InputError(f"--share must be more than 0 and at most 1, not {share:g}",
                         place="index")
    if not 0 < confidence < 1:
        raise InputError(f"--confidence must lie between 0 and 1, not {confidence:g}",
                         place="index")


def index(
    victims: int = typer.Argument(..., help="Victims from the group."),
    total_victims: int = typer.Argument(..., help="All victims."),
    group_population: int | None = typer.Option(None, "--group-population"),
    total_population: int | None = typer.Option(None, "--population"),
    share: float | None = typer.Option(None, "--share", help="The group's population share "
                                       "(0-1), instead of the two population counts."),
    confidence: float = typer.Option(0.95, "--confidence"),
    exact: bool = typer.Option(False, "--exact", help="Clopper-Pearson instead of Wilson."),
) -> None:
    """Representation index: share among victims over share of the population (100 = in
    proportion), with a confidence interval."""
    from borderlands.analysis.representation import Method, representation_index

    if total_victims <= 0 or not 0 <= victims <= total_victims:
        raise InputError(f"VICTIMS {victims} must lie between 0 and TOTAL_VICTIMS "
                         f"{total_victims} (which must be positive)", place="index")
    _check_index_options(group_population, total_population, share, confidence)
    result = representation_index(
        victims, total_victims, group_population=group_population,
        total_population=total_population, population_share=share, confidence=confidence,
        method=Method.clopper_pearson if exact else Method.wilson)
    ratio = result.relative_risk_vs_rest
    sys.stdout.write(
        f"index {result.index:.1f} percent ({result.confidence:.0%} {result.method.value} "
        f"interval {result.low:.1f}-{result.high:.1f})\n"
        + (f"times as likely as everyone else: {ratio:.2f}\n" if ratio is not None else ""))


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("analysis")(analysis)
    app.command("index")(index)
