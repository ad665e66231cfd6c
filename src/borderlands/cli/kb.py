"""KB commands: validate, build, events, show, export, regime. Options in, API call, print."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from borderlands.cli.common import emit
from borderlands.errors import InputError
from borderlands.kb.sourcerows import source_label


class EventFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class ExportType(StrEnum):
    events = "events"
    decrees = "decrees"
    groups = "groups"
    places = "places"
    figures = "figures"


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    geojson = "geojson"


DATA_HELP = "Data folder (default: the bundled data/, or BORDERLANDS_DATA)."
DB_HELP = "SQLite file (default: build/borderlands.sqlite, or BORDERLANDS_DB)."


def _write(text: str, out: Path | None) -> None:
    """To stdout, or atomically to ``out``; an unwritable ``out`` is one line, status 2."""
    emit(text, out)
    if out is None:
        return
    sys.stderr.write(f"wrote {out}\n")


def _connect(db: Path | None, data: Path | None) -> Any:
    """The database to query: ``--db`` as it is; else (or with ``--data``) one built from the
    data and rebuilt when it changes. Only the default data, being edited, may be answered
    from its last good build; a ``--data`` folder that does not build is an error."""
    from borderlands.kb.store import connect, ensure_db

    if db is not None and data is None:
        return connect(db)
    return connect(ensure_db(db, data, keep_last_good=data is None))


def validate_command(
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """Check data/: schema, references, ids, dates, ranges, sources. One line per problem."""
    from borderlands.kb.checks import validate
    from borderlands.paths import data_dir

    directory = data or data_dir()
    problems = validate(directory)
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"{len(problems)} problem(s) in {directory}\n")
        raise typer.Exit(2)
    emit(f"ok: {directory} is valid\n")


def build_command(
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
    article: Path = typer.Option(
        None, "--article", help="Also record each note's archival references (optional)."
    ),
) -> None:
    """Compile data/ into one SQLite file (with FTS5 and Datasette metadata), atomically."""
    from borderlands.kb.builder import build
    from borderlands.paths import default_db

    if article is not None and not article.is_file():
        raise InputError("no such article file", article)
    try:
        report = build(db, data, article)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(f"cannot write the database ({reason})", db or default_db()) from None
    rows = ", ".join(f"{n} {t}" for t, n in report.rows.items() if n)
    emit(
        f"built {report.db} in {report.seconds:.2f} s: {rows}"
        + (f", {report.citations} note citations" if report.citations else "")
        + f"\nDatasette: datasette {report.db} --metadata {report.metadata}\n"
    )


def route(event: dict[str, Any]) -> str:
    origin, destination = ", ".join(event["origin"]), ", ".join(event["destination"])
    if not origin and not destination:
        return ""
    return f"{origin or '?'} → {destination or '?'}"


# Widest a column may get on a terminal before its text is shortened with "…" (None: never
# shortened, so counts and page references are always shown whole). Piped or redirected
# output is never shortened: it is read by programs, grep and people scrolling a file.
EVENT_COLUMNS: tuple[tuple[str, int | None], ...] = (
    ("id", 44),
    ("kind", 22),
    ("start", None),
    ("end", None),
    ("groups", 28),
    ("from → to", 40),
    ("count", None),
    ("pages", None),
)


def _cell(text: str, width: int | None) -> str:
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        return text[: width - 1] + "…"
    return text


def text_table(
    columns: tuple[tuple[str, int | None], ...], rows: list[list[str]], shorten: bool = True
) -> str:
    """A plain, aligned text table: fast to print (no terminal library) and easy to grep.

    With ``shorten``, cells wider than their column's limit end in "…"; without, every cell
    is shown whole.
    """
    cells = [
        [_cell(v, w if shorten else None) for v, (_, w) in zip(row, columns, strict=True)]
        for row in rows
    ]
    widths = [
        max([len(name), *(len(r[i]) for r in cells)]) for i, (name, _) in enumerate(columns)
    ]
    lines = ["  ".join(name.ljust(w) for (name, _), w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _count_text(count: dict[str, Any] | None) -> str:
    if count is None:
        return ""
    if count["stated"]:
        shown = count["stated"]
    elif count["value"] is not None:
        shown = f"{count['value']}"
    else:
        shown = f"{count['low'] if count['low'] is not None else '?'}–{count['high'] or '?'}"
    return f"{shown} {count['unit']}"


def _events_table(events: list[dict[str, Any]]) -> None:
    rows = [
        [
            e["id"], e["kind"], e["start"] or "", e["end"] or "", ", ".join(e["groups"]),
            route(e), _count_text(e["count"]),
            ", ".join(source_label(s) for s in e["sources"]),
        ]
        for e in events
    ]
    table = text_table(EVENT_COLUMNS, rows, shorten=sys.stdout.isatty())
    emit(table + f"{len(events)} event(s)\n")


def events_command(
    group: str = typer.Option(None, "--group", help="Group id, name or alias."),
    year: int = typer.Option(None, "--year", help="Events whose dates include this year."),
    kind: str = typer.Option(None, "--kind", help="Event kind, e.g. deportation."),
    soviet: bool = typer.Option(None, "--soviet/--not-soviet", help="Soviet or not."),
    place: str = typer.Option(None, "--place", help="Origin or destination: id or name."),
    fmt: EventFormat = typer.Option(EventFormat.table, "--format"),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """List events, filtered; JSON follows the public events shape."""
    from borderlands.kb.query import find_events

    conn = _connect(db, data)
    events = find_events(group, year, kind, soviet, place, conn=conn)
    if fmt is EventFormat.json:
        import json

        emit(json.dumps(events, ensure_ascii=False, indent=1) + "\n")
    elif fmt is EventFormat.csv:
        from borderlands.kb.export import to_csv

        emit(to_csv("events", events))
    else:
        _events_table(events)


def _detail_text(detail: dict[str, Any]) -> str:
    lines = [f"{detail['title']}  [{detail['id']}, {detail['type']}]",
             f"  defined at {detail['file']}:{detail['line']}"]
    for key, value in detail["fields"].items():
        if key != "id" and value is not None:
            lines.append(f"  {key}: {value}")
    for count in detail.get("counts", []):
        amount = count["stated"] or count["value"] or f"{count['low']}-{count['high']}"
        lines.append(f"  count: {amount} {count['unit']} ({count['status']})")
    for fate in detail.get("fate", []):
        lines.append(f"  fate {fate['year']}: {fate['summary']}")
    pages = "; ".join(
        (f"p. {s['page']}" + (f" n. {s['note']}" if s["note"] is not None else "")
         if s.get("work", "martin-1998") == "martin-1998" else source_label(s))
        + (f" ({s['part']})" if s["part"] else "")
        for s in detail["sources"]
    )
    lines.append(f"  sources: {pages}")
    for label, related in detail["related"].items():
        lines.append(f"  {label}:")
        lines.extend(f"    {r['id']}  {r['title']}" for r in related)
    return "\n".join(lines) + "\n"


def show_command(
    record_id: str = typer.Argument(..., metavar="ID", help="Any record id, e.g. grp-koreans."),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format"),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """Show one record with its related records and sources."""
    from borderlands.kb.detail import record_detail

    detail = record_detail(_connect(db, data), record_id)
    if fmt is ShowFormat.json:
        import json

        emit(json.dumps(detail, ensure_ascii=False, indent=1) + "\n")
    else:
        emit(_detail_text(detail))


def export_command(
    what: ExportType = typer.Argument(..., help="Which records."),
    fmt: ExportFormat = typer.Option(ExportFormat.json, "--format"),
    out: Path = typer.Option(None, "--out", help="Write here (atomically) instead of stdout."),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """Export records as JSON, CSV or GeoJSON (places: points; events: origin→destination)."""
    from borderlands.kb.export import export

    _write(export(_connect(db, data), what.value, fmt.value), out)


def regime_command(
    km: float = typer.Option(None, "--km", help="Distance from the border in km."),
    date: str = typer.Option(None, "--date", help="Date, YYYY-MM-DD."),
    region: str = typer.Option(None, "--region", help="Place id or name."),
    districts: Path = typer.Option(None, "--districts", help="Districts GeoJSON (polygons)."),
    border: Path = typer.Option(None, "--border", help="Border GeoJSON (line)."),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format"),
    out: Path = typer.Option(None, "--out", help="With --districts: write GeoJSON here."),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """Which border strips and zones applied at --km on --date [in --region]; or, with
    --districts and --border, mark primary and secondary border districts."""
    if districts is not None or border is not None:
        if districts is None or border is None:
            raise InputError("--districts and --border go together")
        from borderlands.kb.adjacency import mark_district_files

        marked = mark_district_files(districts, border)
        if out is not None or fmt is ShowFormat.json:
            import json

            _write(json.dumps(marked, ensure_ascii=False, indent=1) + "\n", out)
            return
        emit("".join(
            f"{f['properties']['district']}\t{f['properties']['border_belt'] or '-'}\n"
            for f in marked["features"]
        ))
        return
    if km is None or date is None:
        raise InputError("give --km and --date (or --districts and --border)")
    from borderlands.kb.regime import regime_at

    answers = regime_at(_connect(db, data), km, date, region)
    if fmt is ShowFormat.json:
        import json

        emit(json.dumps(answers, ensure_ascii=False, indent=1) + "\n")
        return
    lines: list[str] = []
    if not answers:
        lines.append(f"no recorded strip or zone reached {km:g} km on {date}\n")
    for a in answers:
        decree = f"; decree {a['decree']['id']} ({a['decree']['date']})" if a["decree"] else ""
        pages = ", ".join(
            f"p. {s['page']}" + (f" n. {s['note']}" if s["note"] is not None else "")
            for s in a["sources"]
        )
        lines.append(
            f"{a['status']}: {a['name']} [{a['id']}, {a['kind']}], {a['where']}, "
            f"from {a['start']} to {a['end'] or 'open'}\n"
            f"  because {a['why']}\n  rules: {a['rules']}{decree}\n  sources: {pages}\n"
        )
    emit("".join(lines))


def coverage_command(
    article: Path = typer.Option(
        None, "--article", help="The article (default: ../shared/article/, BORDERLANDS_ARTICLE)."
    ),
    gold: Path = typer.Option(
        None, "--gold", help="A YAML list of {page, stated} instead of the article's quantities."
    ),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format"),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
) -> None:
    """How many of the article's body quantities a KB figure, count or exclusion covers."""
    from borderlands.kb import load
    from borderlands.kb.coverage import article_body_quantities, coverage, read_gold
    from borderlands.paths import default_article

    if gold is not None:
        quantities = read_gold(gold)
    else:
        path = article or default_article()
        if not path.is_file():
            raise InputError("no article file; give --article or --gold", path)
        try:
            quantities = article_body_quantities(path)
        except ImportError:
            raise InputError("the figures extractor is not installed; use --gold") from None
    result = coverage(load(data), quantities)
    if fmt is ShowFormat.json:
        rows = [
            {"page": r.quantity.page, "stated": r.quantity.stated, "line": r.quantity.line,
             "how": r.how, "covered_by": r.covered_by}
            for r in result.rows
        ]
        summary = {"covered": result.covered, "total": result.total, **result.by_how()}
        import json

        emit(json.dumps({"summary": summary, "quantities": rows}, indent=1) + "\n")
        return
    lines = []
    for q in result.uncovered():
        where = f"p. {q.page}" + (f", line {q.line}" if q.line else "")
        lines.append(f"uncovered: {q.stated!r} ({where})\n")
    lines.append(
        f"covered {result.covered}/{result.total} = {result.ratio:.1%} {result.by_how()}\n"
    )
    emit("".join(lines))


def register(app: typer.Typer) -> None:
    app.command("validate")(validate_command)
    app.command("build")(build_command)
    app.command("events")(events_command)
    app.command("show")(show_command)
    app.command("export")(export_command)
    app.command("regime")(regime_command)
    app.command("coverage")(coverage_command)
