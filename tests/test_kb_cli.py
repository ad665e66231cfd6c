"""The KB commands end to end on the fixture KB, and the events export contract."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from borderlands.cli import app

GOOD = Path(__file__).parent / "fixtures" / "kb" / "good"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "kb.sqlite"
    result = runner.invoke(app, ["build", "--db", str(path), "--data", str(GOOD)])
    assert result.exit_code == 0, result.output
    assert "3 events" in result.output
    return path


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def test_events_json_matches_the_public_contract(db: Path) -> None:
    events = json.loads(invoke("events", "--db", str(db), "--format", "json"))
    assert [e["id"] for e in events] == [
        "ev-exchange-1923",
        "ev-finn-border-1935",
        "ev-korean-removal-1937",
    ]
    korean = events[2]
    for key in (
        "id",
        "kind",
        "start",
        "precision",
        "end",
        "groups",
        "origin",
        "destination",
        "count",
        "sources",
    ):
        assert key in korean
    assert korean["kind"] == "deportation"
    assert (korean["start"], korean["precision"], korean["end"]) == ("1937-09", "month", "1937-10")
    assert korean["groups"] == ["Koreans"]
    assert korean["origin"] == ["Far Eastern Krai"] and korean["destination"] == ["Kazakhstan"]
    count = korean["count"]
    assert (count["value"], count["unit"], count["approx"]) == (171781, "persons", False)
    assert korean["sources"] == [{"work": "martin-1998", "page": 851, "note": 233}]
    finns = events[1]
    assert (finns["count"]["low"], finns["count"]["high"], finns["count"]["approx"]) == (
        9000,
        10000,
        True,
    )
    assert finns["end"] is None and finns["destination"] == []
    assert events[0]["count"] is None and events[0]["precision"] == "year"


def test_events_filters_on_the_command_line(db: Path) -> None:
    out = json.loads(invoke("events", "--db", str(db), "--format", "json", "--not-soviet"))
    assert [e["id"] for e in out] == ["ev-exchange-1923"]
    out = json.loads(
        invoke("events", "--db", str(db), "--format", "json", "--year", "1937", "--soviet")
    )
    assert [e["id"] for e in out] == ["ev-korean-removal-1937"]
    table = invoke("events", "--db", str(db), "--group", "grp-finns")
    assert "ev-finn-border-1935" in table and "1 event(s)" in table


def test_export_events_csv_and_json_agree(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    invoke("export", "events", "--format", "csv", "--out", str(out), "--db", str(db))
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["id"] for r in rows] == [
        "ev-exchange-1923",
        "ev-finn-border-1935",
        "ev-korean-removal-1937",
    ]
    assert rows[2]["count_value"] == "171781" and rows[2]["sources"] == "851 n. 233"
    assert rows[1]["count_low"] == "9000" and rows[1]["count_stated"] == "9,000 to 10,000"
    exported = json.loads(invoke("export", "events", "--format", "json", "--db", str(db)))
    listed = json.loads(invoke("events", "--format", "json", "--db", str(db)))
    assert exported == listed


def test_export_geojson(db: Path) -> None:
    places = json.loads(invoke("export", "places", "--format", "geojson", "--db", str(db)))
    points = {f["properties"]["id"]: f["geometry"] for f in places["features"]}
    assert points["pl-kazakhstan"] == {"type": "Point", "coordinates": [67.0, 48.0]}
    assert "pl-karelia" not in points and places["skipped"] == 1
    events = json.loads(invoke("export", "events", "--format", "geojson", "--db", str(db)))
    assert [f["properties"]["event_id"] for f in events["features"]] == ["ev-korean-removal-1937"]
    assert events["features"][0]["geometry"] == {
        "type": "LineString",
        "coordinates": [[135.1, 48.5], [67.0, 48.0]],
    }


def test_export_decrees_groups_figures(db: Path) -> None:
    decrees = json.loads(invoke("export", "decrees", "--db", str(db)))
    assert decrees[0]["number"] == "1428-326ss" and decrees[0]["groups"] == ["grp-koreans"]
    groups = json.loads(invoke("export", "groups", "--format", "json", "--db", str(db)))
    assert [g["id"] for g in groups] == ["grp-finns", "grp-greeks", "grp-koreans"]
    assert groups[2]["aliases"] == ["Korean", "Soviet Koreans"] and groups[2]["diaspora"] is True
    figures = json.loads(invoke("export", "figures", "--db", str(db)))
    assert figures[1]["about"] == ["ev-korean-removal-1937", "grp-koreans"]


def test_show_a_record_with_related_records(db: Path) -> None:
    text = invoke("show", "grp-koreans", "--db", str(db))
    assert "defined at groups/core.yaml:1" in text
    assert "ev-korean-removal-1937  Removal of the Far Eastern Koreans" in text
    assert "p. 851 n. 233 (fate 1)" in text
    detail = json.loads(invoke("show", "dec-korean-removal", "--format", "json", "--db", str(db)))
    assert [r["id"] for r in detail["related"]["events"]] == ["ev-korean-removal-1937"]
    assert [r["id"] for r in detail["related"]["regime rules"]] == ["reg-zone-far-east"]


def test_regime_command(db: Path) -> None:
    text = invoke(
        "regime",
        "--km",
        "12",
        "--date",
        "1935-06-01",
        "--region",
        "leningrad oblast",
        "--db",
        str(db),
    )
    assert text.startswith("may apply: Deeper zone near Leningrad [reg-zone-leningrad")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "borderlands", *args], capture_output=True, text=True, check=False
    )


def test_validate_lists_each_problem_and_exits_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    path = data / "places" / "core.yaml"
    path.write_text(path.read_text().replace("parent: pl-leningrad-oblast", "parent: pl-nowhere"))
    (data / "persons" / "core.yaml").write_text("- id: per-x\n  name: [unclosed\n")
    done = run("validate", "--data", str(data))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0].startswith(f"{data}/persons/core.yaml:3: broken YAML")
    assert lines[1] == f"{path}:26: place pl-karelia: parent: no record 'pl-nowhere'"
    assert lines[2] == f"2 problem(s) in {data}"
    assert "Traceback" not in done.stderr
    ok = run("validate", "--data", str(GOOD))
    assert ok.returncode == 0 and ok.stdout.startswith("ok:")


def test_unknown_id_and_missing_db_are_one_line_errors(db: Path, tmp_path: Path) -> None:
    done = run("show", "grp-martians", "--db", str(db))
    assert (done.returncode, done.stderr) == (
        2, "borderlands: no record with the id or name 'grp-martians'\n")
    done = run("show", "grp-koreanz", "--db", str(db))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert done.stderr.startswith(
        "borderlands: no record with the id or name 'grp-koreanz'; did you mean grp-koreans")
    done = run("events", "--db", str(tmp_path / "none.sqlite"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1


def test_coverage_command_with_a_gold_list() -> None:
    gold = GOOD.parent / "body_quantities.yaml"
    out = json.loads(
        invoke("coverage", "--gold", str(gold), "--data", str(GOOD), "--format", "json")
    )
    assert out["summary"] == {
        "covered": 1,
        "total": 80,
        "figure": 1,
        "count": 0,
        "exclusion": 0,
        "uncovered": 79,
    }
    covered = [q for q in out["quantities"] if q["how"]]
    assert covered == [
        {
            "page": 851,
            "stated": "171,781",
            "line": None,
            "how": "figure",
            "covered_by": ["fig-korean-total", "ev-korean-removal-1937#count 1"],
        }
    ]


def test_events_into_a_reader_that_stops_early_exits_0_quietly(db: Path) -> None:
    """`borderlands events | head -1`: the reader is gone before the table is written
    (QA defect 14: Click turned the broken pipe into status 1)."""
    for fmt in ("table", "json", "csv"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "borderlands", "events", "--db", str(db), "--format", fmt],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read()
        assert (proc.wait(timeout=60), err) == (0, b""), fmt


def test_events_table_shows_every_cell_whole_when_not_a_terminal(tmp_path: Path) -> None:
    """Piped or redirected, the table is read by programs and grep (QA defect 12)."""
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    groups = data / "groups" / "core.yaml"
    long_name = "Greeks of the Anatolian and Pontic coasts"
    groups.write_text(
        groups.read_text(encoding="utf-8").replace("  name: Greeks\n", f"  name: {long_name}\n"),
        encoding="utf-8",
    )
    db = tmp_path / "kb.sqlite"
    invoke("build", "--db", str(db), "--data", str(data))
    table = invoke("events", "--db", str(db))
    assert long_name in table and "…" not in table
    (row,) = [line for line in table.splitlines() if line.startswith("ev-exchange-1923")]
    assert "population exchange" in row and "Anatolia" in row


def test_a_terminal_table_shortens_long_cells() -> None:
    from borderlands.cli.kb import text_table

    columns = (("id", None), ("groups", 10))
    rows = [["ev-a", "Armenians, Kurds"], ["ev-b", "Greeks"]]
    assert text_table(columns, rows).splitlines()[2:] == ["ev-a  Armenians…", "ev-b  Greeks"]
    assert text_table(columns, rows, shorten=False).splitlines()[2:] == [
        "ev-a  Armenians, Kurds",
        "ev-b  Greeks",
    ]
