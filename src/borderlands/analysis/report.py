"""The static HTML report: every analysis with its chart (inline SVG), checks and tables, and
every chart also as SVG and PNG files. Nothing is loaded from the network.

The report is built whole in a temporary folder and then renamed into place, so a reader
never sees half a report. It goes into a new folder, or into one that is empty or holds an
earlier report (known by its marker file, :data:`MARKER`); any other folder is refused, so
that ``--out .`` in a project folder cannot remove the project. In a folder that is reused,
only the report's own entries (:data:`ENTRIES`) are replaced; other files stay.
"""

from __future__ import annotations

import html
import json
import math
import multiprocessing
import os
import shutil
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jinja2 import Environment
from markupsafe import Markup

from borderlands.analysis.csvtext import plain_csv
from borderlands.analysis.drawing import draw
from borderlands.analysis.html_template import TEMPLATE
from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import Cite, Gap, parse_cite_label, sorted_cites
from borderlands.atomic import current_umask
from borderlands.errors import InputError
from borderlands.kb.knowledge import KB

INTRO = (
    "Each section recomputes one of the article's quantitative arguments from the figures in "
    "the borderlands knowledge base. Printed derived figures (percentages, ratios, indices) "
    "are set against the recomputation at the precision they were printed; where they do not "
    "agree, the table says by how much and why. Every number links to the page and note it "
    "comes from."
)


@dataclass(frozen=True)
class ReportResult:
    out: Path
    charts: dict[str, tuple[Path, Path]]  # name -> (svg, png)
    checks: int
    discrepancies: int
    gaps: int


#: Columns whose numbers are labels (years, positions), shown without thousands separators.
PLAIN_INTEGER_COLUMNS = frozenset({"year", "end_year", "order", "count_index"})


def number(value: object) -> str:
    """A number as a person reads it: thousands separated, at most two decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def cite_link(text: object, cites: tuple[Cite, ...] | list[Cite]) -> Markup:
    """A number (escaped) linked to the first page and note it comes from."""
    shown = html.escape(number(text))
    if not cites:
        return Markup(shown)
    first = cites[0]
    return Markup(f'<a href="#{first.anchor}" title="{first.label}">{shown}</a>')


def cites_html(cites: tuple[Cite, ...] | list[Cite]) -> Markup:
    return Markup("; ".join(f'<a href="#{c.anchor}">{c.label}</a>' for c in cites))


def _table(title: str, frame: pd.DataFrame) -> dict[str, object]:
    """A table for the template: each numeric cell links to its row's first page and note."""
    rows = []
    source_column = "source" if "source" in frame.columns else None
    for _, record in frame.iterrows():
        cites = parse_cite_label(record[source_column]) if source_column else []
        cells = []
        for column in frame.columns:
            value = record[column]
            if column in PLAIN_INTEGER_COLUMNS and isinstance(value, int | float) \
                    and not math.isnan(value):
                cells.append(f"<td>{int(value)}</td>")
            elif column == source_column:
                cells.append(f"<td>{cites_html(cites) or html.escape(str(value))}</td>")
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cells.append(f'<td class="num">{cite_link(value, cites)}</td>')
            else:
                text = "" if value is None or (isinstance(value, float) and math.isnan(value)) \
                    else str(value)
                cells.append(f"<td>{html.escape(text)}</td>")
        rows.append(cells)
    return {"title": title, "columns": list(frame.columns), "rows": rows}


def _environment() -> Environment:
    env = Environment(autoescape=True)
    env.filters["number"] = number
    env.filters["cite_link"] = cite_link
    env.filters["cites_html"] = cites_html
    return env


def idle_workers(limit: int = 2) -> int:
    """How many chart-drawing processes pay off now: a second one only when a core is idle
    (each worker starts its own renderer, which costs more than it saves on a busy machine)."""
    cores = os.cpu_count() or 1
    busy = os.getloadavg()[0]
    return max(1, min(limit, cores, int(cores - busy + 0.5)))


def render_charts(items: dict[str, Analysis], folder: Path,
                  workers: int = 1) -> dict[str, tuple[Path, Path]]:
    """Each chart as SVG and PNG in ``folder``; returns name -> (svg, png).

    The Vega renderer holds the interpreter lock, so with ``workers`` > 1 charts are drawn in
    that many spawned processes (the renderer's engine is not safe to fork). Spawning re-imports
    the caller's main module, so only a program whose main module is import-safe (the CLI is)
    should ask for more than one; the default draws in-process.
    """
    folder.mkdir(parents=True, exist_ok=True)
    # the biggest charts first, so that the two workers finish at about the same time
    by_name = {name: item.chart.to_dict(validate=False) for name, item in items.items()}
    names = sorted(by_name, key=lambda n: -len(json.dumps(by_name[n])))
    specs = [by_name[name] for name in names]
    if workers > 1 and len(specs) > 1:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            drawn = list(pool.map(draw, specs))
    else:
        drawn = [draw(spec) for spec in specs]
    written = {}
    for name, (svg_text, png_bytes) in zip(names, drawn, strict=True):
        svg, png = folder / f"{name}.svg", folder / f"{name}.png"
        svg.write_text(svg_text, encoding="utf-8")
        png.write_bytes(png_bytes)
        written[name] = (svg, png)
    return written


def _sources(items: dict[str, Analysis]) -> list[tuple[Cite, list[str]]]:
    uses: dict[Cite, set[str]] = defaultdict(set)
    for item in items.values():
        for cite in item.cites:
            uses[cite].add(item.title)
        for check in item.checks:
            for cite in check.cites:
                uses[cite].add(item.title)
        for frame in (item.table, *item.extra.values()):
            if "source" in frame.columns:
                for label in frame["source"]:
                    for cite in parse_cite_label(label):
                        uses[cite].add(item.title)
        for gap in item.gaps:
            uses[gap.cite].add(item.title)
    return [(cite, sorted(uses[cite])) for cite in sorted_cites(uses)]


def render_html(items: dict[str, Analysis], svgs: dict[str, str], kb_dir: str) -> str:
    sections = []
    for name, item in items.items():
        tables = [_table("Recomputed table", item.table)]
        tables += [_table(title, frame) for title, frame in item.extra.items()]
        sections.append({
            "name": name, "title": item.title, "summary": item.summary, "svg": svgs[name],
            "cites": item.cites, "checks": item.checks, "tables": tables,
        })
    gaps: list[Gap] = [gap for item in items.values() for gap in item.gaps]
    return _environment().from_string(TEMPLATE).render(
        title="The Origins of Soviet Ethnic Cleansing: the numbers, recomputed",
        intro=INTRO, sections=sections, gaps=gaps, sources=_sources(items), kb_dir=kb_dir,
    )


#: The file that marks a folder as written by ``build_report`` (so it may be written again).
MARKER = ".borderlands-report"
#: What a report consists of: the only entries replaced in a folder that is written again.
ENTRIES = ("index.html", "charts", "tables", MARKER)


def check_report_folder(out: Path, parents: bool = True) -> None:
    """Refuse (InputError, one line) a report folder that would cost the user files: an
    existing file, a folder holding anything but an earlier report, or (without
    ``parents``) a folder whose parent does not exist."""
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise InputError("exists and is not a folder", out, "--out")
        if not (out / MARKER).is_file() and any(out.iterdir()):
            raise InputError(
                "is a folder that holds other files and no earlier report; give a new or "
                "empty folder", out, "--out")
    elif not out.parent.is_dir() and not parents:
        raise InputError(f"folder {out.parent} does not exist (give --parents to create it)",
                         out, "--out")


def _staging_folder(out: Path) -> Path:
    """A fresh hidden folder to build in: inside ``out`` when it exists (so that ``--out .``
    needs no rights on the folder above), else beside it."""
    where = out if out.is_dir() else out.parent
    where.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name or 'report'}.build.", dir=where))


def _swap_into_place(built: Path, out: Path) -> None:
    """Move the finished report into ``out``: the whole folder when ``out`` is new, else
    entry by entry, each old entry moved aside first and removed at the end."""
    if not out.is_dir():
        os.replace(built, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f"{MARKER}.old.", dir=out))
    try:
        for name in ENTRIES:
            if (out / name).exists() or (out / name).is_symlink():
                os.replace(out / name, old / name)
        for name in ENTRIES:
            os.replace(built / name, out / name)
    except BaseException:
        for name in ENTRIES:
            if (old / name).exists() and not (out / name).exists():
                os.replace(old / name, out / name)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)
    built.rmdir()


def build_report(out: Path | str = "report", kb: KB | None = None,
                 workers: int = 1, parents: bool = True) -> ReportResult:
    """Write the report to ``out`` (index.html, charts/*.svg|png, tables/*.csv).

    ``workers``: processes that draw the charts (see ``render_charts``). ``out`` must be new,
    empty or an earlier report (:func:`check_report_folder`); with ``parents`` false, its
    parent folder must exist.
    """
    from borderlands.analysis.registry import analyses

    out = Path(out).resolve()
    check_report_folder(out, parents)
    items = analyses(kb)
    try:
        staging = _staging_folder(out)
    except OSError as exc:
        raise InputError(f"cannot write the report here: {exc.strerror}", source=out) from exc
    staging.chmod(0o777 & ~current_umask())
    try:
        written = render_charts(items, staging / "charts", workers=workers)
        tables = staging / "tables"
        tables.mkdir()
        for name, item in items.items():
            (tables / f"{name}.csv").write_text(plain_csv(item.table), encoding="utf-8")
            checks_csv = plain_csv(item.checks_table())
            (tables / f"{name}-checks.csv").write_text(checks_csv, encoding="utf-8")
        svgs = {name: svg.read_text(encoding="utf-8") for name, (svg, _) in written.items()}
        kb_dir = str(kb.data_dir) if kb is not None and kb.data_dir else "data/ (bundled)"
        (staging / "index.html").write_text(render_html(items, svgs, kb_dir), encoding="utf-8")
        (staging / MARKER).write_text(
            "Written by `borderlands report`; the command may replace this folder's "
            "index.html, charts/ and tables/.\n", encoding="utf-8")
        _swap_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    checks = [c for item in items.values() for c in item.checks]
    return ReportResult(
        out=out,
        charts={name: (out / "charts" / svg.name, out / "charts" / png.name)
                for name, (svg, png) in written.items()},
        checks=len(checks),
        discrepancies=sum(c.verdict.value in ("inconsistent", "ambiguous") for c in checks),
        gaps=sum(len(item.gaps) for item in items.values()),
    )
