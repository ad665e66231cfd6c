"""KB commands: validate, build, events, show, export, regime. Options in, API call, print."""

from __future__ import annotations

import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from borderlands.cli.common import Excel, Parents, check_output, csv_output, emit
from borderlands.errors import InputError
from borderlands.kb.labels import ARTICLE_WORK, reference_label, source_label
from borderlands.kb.names import name_key
from borderlands.kb.recordtypes import RECORD_TYPES

if TYPE_CHECKING:
    from borderlands.cli.tables import Column


class EventFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


ExportType = StrEnum("ExportType", [(name, name) for name in RECORD_TYPES])  # type: ignore[misc]


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    geojson = "geojson"


DATA_HELP = "Data folder (default: the bundled data/, or BORDERLANDS_DATA)."
DB_HELP = "SQLite file (default: build/borderlands.sqlite, or BORDERLANDS_DB)."


def excel_needs_csv(excel: bool, fmt: str) -> None:
    if excel and fmt != "csv":
        raise InputError("works only with --format csv", place="--excel")


def _connect(db: Path | None, data: Path | None, parents: bool = False) -> Any:
    """The database to query: ``--db`` as it is; else (or with ``--data``) one built from the
    data and rebuilt when it changes. Only the default data, being edited, may be answered
    from its last good build; a ``--data`` folder that does not build is an error. A
    ``--db`` built from ``--data`` is written as ``--out`` files are (``check_output``)."""
    from borderlands.kb.store import connect, ensure_db

    if db is not None and data is None:
        return connect(db)
    if db is not None:
        db = check_output(db, parents=parents, option="--db")
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
    parents: Parents = False,
) -> None:
    """Compile data/ into one SQLite file (with FTS5 and Datasette metadata), atomically."""
    from borderlands.kb.builder import build
    from borderlands.paths import default_db

    if article is not None and not article.is_file():
        raise InputError("no such article file", article)
    if db is not None:
        db = check_output(db, parents=parents, inputs=[article], option="--db")
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


def fitted_event_columns() -> tuple[Column, ...]:
    """The events table on a terminal: columns by importance, left out from the last when
    the terminal is too narrow for even their narrowest."""
    from borderlands.cli.tables import Column

    return (
        Column("id", priority=1, min_width=16),
        Column("kind", priority=5, min_width=10),
        Column("start", priority=2, min_width=10, wrap=False),
        Column("end", priority=6, min_width=10, wrap=False),
        Column("groups", priority=3, min_width=10),
        Column("from → to", priority=7, min_width=12),
        Column("count", priority=4, min_width=10),
        Column("pages", priority=8, min_width=8),
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


def events_table(events: list[dict[str, Any]], width: int | None) -> str:
    """The events as a table ``width`` characters wide at most, or with every cell whole on
    one line when ``width`` is None (for a pipe or a file)."""
    rows = [
        [
            e["id"], e["kind"], e["start"] or "", e["end"] or "", ", ".join(e["groups"]),
            route(e), _count_text(e["count"]),
            ", ".join(reference_label(s) for s in e["sources"]),
        ]
        for e in events
    ]
    if width is None:
        table = text_table(EVENT_COLUMNS, rows, shorten=False)
    else:
        from borderlands.cli.tables import fit_table

        table = fit_table(fitted_event_columns(), rows, width)
    return table + f"{len(events)} event(s)\n"


def events_command(
    group: str = typer.Option(None, "--group", help="Group id, name or alias."),
    year: int = typer.Option(None, "--year", help="Events whose dates include this year."),
    kind: str = typer.Option(None, "--kind", help="Event kind, e.g. deportation."),
    soviet: bool = typer.Option(None, "--soviet/--not-soviet", help="Soviet or not."),
    place: str = typer.Option(None, "--place", help="Origin or destination: id or name."),
    fmt: EventFormat = typer.Option(EventFormat.table, "--format"),
    excel: Excel = False,
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
    parents: Parents = False,
) -> None:
    """List events, filtered; JSON follows the public events shape."""
    from borderlands.kb.names import filter_name
    from borderlands.kb.query import find_events

    excel_needs_csv(excel, fmt.value)
    conn = _connect(db, data, parents)
    if group is not None:
        group = filter_name(conn, group, "groups", "--group")
    if place is not None:
        place = filter_name(conn, place, "places", "--place")
    events = find_events(group, year, kind, soviet, place, conn=conn)
    if fmt is EventFormat.json:
        import json

        emit(json.dumps(events, ensure_ascii=False, indent=1) + "\n")
    elif fmt is EventFormat.csv:
        from borderlands.kb.export import to_csv

        emit(csv_output(to_csv("events", events), excel))
    else:
        from borderlands.cli.tables import terminal_width

        emit(events_table(events, terminal_width()))


#: Fields ``show`` leaves out: the heading names the record, and these repeat its dates.
DERIVED_FIELDS = frozenset({"id", "name", "title", "first_day", "last_day", "start_year",
                            "end_year"})
_CODE_WORD = re.compile(r"^[a-z]+(?:_[a-z]+)+$")


def plain_value(value: Any) -> str:
    """A stored value as a reader writes it: yes/no, 171,781, "carried out"."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    text = str(value)
    return text.replace("_", " ") if _CODE_WORD.match(text) else text


DATE_FIELDS = ("start", "end", "date")


def _date_text(fields: dict[str, Any], which: str) -> str:
    """A date with its approximation said in words: "1937-10-29 (about)". The date's own
    form (1913, 1922-09, 1937-08-21) already says its precision."""
    text = str(fields[which])
    approx = fields.get(f"{which}_approx") or (which == "date" and fields.get("approx"))
    return text + " (about)" if approx else text


def _shown_fields(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) of each field ``show`` prints, in words."""
    dated = "date" in fields
    shown = []
    for key, value in fields.items():
        if value is None or key in DERIVED_FIELDS or key.endswith(("_precision", "_approx")):
            continue
        if key == "precision" or (key == "approx" and dated):
            continue  # said by the date itself
        label = "approximate" if key == "approx" else key.replace("_", " ")
        text = _date_text(fields, key) if key in DATE_FIELDS else plain_value(value)
        shown.append((label, text))
    return shown


def _detail_text(detail: dict[str, Any]) -> str:
    lines = [f"{detail['title']}  [{detail['id']}, {detail['type'].rstrip('s')}]",
             f"  defined at {detail['file']}:{detail['line']}"]
    lines.extend(f"  {label}: {text}" for label, text in _shown_fields(detail["fields"]))
    for count in detail.get("counts", []):
        amount = count["stated"] or (
            plain_value(count["value"]) if count["value"] is not None
            else f"{plain_value(count['low'])}-{plain_value(count['high'])}")
        lines.append(f"  count: {amount} {count['unit']} ({plain_value(count['status'])})")
    for fate in detail.get("fate", []):
        lines.append(f"  fate {fate['year']}: {fate['summary']}")
    pages = "; ".join(
        (
            f"p. {reference_label(s)}"
            if s.get("work", ARTICLE_WORK) == ARTICLE_WORK
            else reference_label(s)
        )
        + (f" ({s['part']})" if s["part"] else "")
        for s in detail["sources"]
    )
    lines.append(f"  sources: {pages}")
    for label, related in detail["related"].items():
        lines.append(f"  {label}:")
        lines.extend(f"    {r['id']}  {r['title']}" for r in related)
    return "\n".join(lines) + "\n"


def show_command(
    record_id: str = typer.Argument(
        ..., metavar="ID", help="Any record id or name, e.g. grp-koreans, Koreans, korean."),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format"),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
    parents: Parents = False,
) -> None:
    """Show one record with its related records and sources."""
    from borderlands.kb.detail import record_detail
    from borderlands.kb.names import require_one

    conn = _connect(db, data, parents)
    detail = record_detail(conn, require_one(conn, record_id))
    if fmt is ShowFormat.json:
        import json

        emit(json.dumps(detail, ensure_ascii=False, indent=1) + "\n")
    else:
        emit(_detail_text(detail))


class SearchFormat(StrEnum):
    table = "table"
    json = "json"


def search_columns() -> tuple[Column, ...]:
    from borderlands.cli.tables import Column

    return (
        Column("id", priority=1, min_width=14),
        Column("type", priority=3, min_width=6, wrap=False),
        Column("title", priority=2, min_width=16),
        Column("where the words are", priority=4, min_width=20),
    )


_MARK = re.compile(r"</?mark>")


def search_command(
    text: str = typer.Argument(..., help="Words to find (every one must occur; as prefixes)."),
    type_name: str = typer.Option(
        None, "--type", help="Only records of this type: event, group, place, decree, ..."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many records."),
    fmt: SearchFormat = typer.Option(SearchFormat.table, "--format", help="table or json."),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
    parents: Parents = False,
) -> None:
    """Full-text search of the knowledge base (titles, names, summaries, notes), as on the
    web explorer's search page; best matches first."""
    from borderlands.kb.query import search

    conn = _connect(db, data, parents)
    wanted = None
    if type_name is not None:
        known = sorted({r[0] for r in conn.execute("SELECT DISTINCT type FROM search")})
        wanted = next((t for t in known if name_key(type_name) in (t, f"{t}s", t.rstrip("s"))),
                      None)
        if wanted is None:
            raise InputError(f"no record type {type_name!r}; one of: {', '.join(known)}",
                             "--type")
    hits = search(text, conn=conn, limit=100_000 if wanted else limit)
    if wanted is not None:
        hits = [h for h in hits if h.type == wanted][:limit]
    if fmt is SearchFormat.json:
        import json

        emit(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1) + "\n")
        return
    from borderlands.cli.tables import fit_table, terminal_width

    rows = [[h.id, h.type, h.title, _MARK.sub("", h.snippet)] for h in hits]
    width = terminal_width()
    columns = search_columns()
    table = fit_table(columns, rows, width) if width else text_table(
        tuple((c.name, None) for c in columns), rows, shorten=False)
    emit(table + f"{len(hits)} record(s)\n")


def export_command(
    what: ExportType = typer.Argument(..., help="Which records."),
    fmt: ExportFormat = typer.Option(ExportFormat.json, "--format"),
    out: Path = typer.Option(None, "--out", help="Write here (atomically) instead of stdout."),
    db: Path = typer.Option(None, "--db", help=DB_HELP),
    data: Path = typer.Option(None, "--data", help=DATA_HELP),
    parents: Parents = False,
    excel: Excel = False,
) -> None:
    """Export records as JSON, CSV or GeoJSON (places: points; events: origin→destination)."""
    from borderlands.kb.export import export

    excel_needs_csv(excel, fmt.value)
    text = export(_connect(db, data, parents), what.value, fmt.value)
    emit(csv_output(text, excel) if fmt is ExportFormat.csv else text, out,
         what=f"{what.value} as {fmt.value}", parents=parents, inputs=[db])


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
    parents: Parents = False,
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

            emit(json.dumps(marked, ensure_ascii=False, indent=1) + "\n", out,
                 what="marked districts as GeoJSON", parents=parents,
                 inputs=[districts, border])
            return
        emit("".join(
            f"{f['properties']['district']}\t{f['properties']['border_belt'] or '-'}\n"
            for f in marked["features"]
        ))
        return
    if km is None or date is None:
        raise InputError("give --km and --date (or --districts and --border)")
    from borderlands.kb.regime import regime_at

    answers = regime_at(_connect(db, data, parents), km, date, region)
    if fmt is ShowFormat.json:
        import json

        emit(json.dumps(answers, ensure_ascii=False, indent=1) + "\n")
        return
    lines: list[str] = []
    if not answers:
        lines.append(f"no recorded strip or zone reached {km:g} km on {date}\n")
    for a in answers:
        decree = f"; decree {a['decree']['id']} ({a['decree']['date']})" if a["decree"] else ""
        pages = ", ".join(f"p. {source_label(s['page'], s['note'])}" for s in a["sources"])
        lines.append(
            f"{a['status']}: {a['name']} [{a['id']}, {a['kind']}], {a['where']}, "
            f"from {a['start']} to {a['end'] or 'open'}\n"
            f"  because {a['why']}\n  rules: {a['rules']}{decree}\n  sources: {pages}\n"
        )
    emit("".join(lines))


#: How a quantity is covered, as the summary line says it.
COVERED_BY = {"figure": "by a figure", "count": "by a count", "exclusion": "by an exclusion"}


def coverage_line(covered: int, total: int, by_how: dict[str, int]) -> str:
    """The summary in words: "covered 121 of 123 body quantities (98.4%): 119 by a figure,
    2 by an exclusion; 2 uncovered"."""
    share = f" ({covered / total:.1%})" if total else ""
    ways = ", ".join(f"{by_how[how]} {words}" for how, words in COVERED_BY.items()
                     if by_how.get(how))
    uncovered = total - covered
    return (f"covered {covered} of {total} body quantities{share}"
            + (f": {ways}" if ways else "") + (f"; {uncovered} uncovered" if uncovered else "")
            + "\n")


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
        quantities = article_body_quantities(path)
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
        lines.append(f"uncovered: \u201c{q.stated}\u201d ({where})\n")
    lines.append(coverage_line(result.covered, result.total, result.by_how()))
    emit("".join(lines))


def register(app: typer.Typer) -> None:
    app.command("validate")(validate_command)
    app.command("build")(build_command)
    app.command("events")(events_command)
    app.command("show")(show_command)
    app.command("search")(search_command)
    app.command("export")(export_command)
    app.command("regime")(regime_command)
    app.command("coverage")(coverage_command)
