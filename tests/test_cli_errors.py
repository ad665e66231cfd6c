"""Bad input never gives a traceback: every command, fed what a tired user might feed it.

The promise (DESIGN.md): exit status 2 and one line on stderr naming the file or the problem;
nothing half-written left behind. Most cases run the real entry point ``borderlands.cli.main``
in this process (a fresh interpreter per case would take minutes); an exception escaping
``main`` is printed as Python would print it, so it shows up here as a traceback. A few cases
run ``python3 -m borderlands`` in a new process to check the real thing end to end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

from borderlands.cli import main
from borderlands.paths import data_dir


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def run_cli(args: list[str], capfd: pytest.CaptureFixture[str]) -> Run:
    """Run ``borderlands ARGS`` through the real entry point, as the console script does."""
    capfd.readouterr()
    argv = sys.argv
    sys.argv = ["borderlands", *args]
    try:
        main()
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception:  # what the user would see: a traceback and status 1
        traceback.print_exc()
        status = 1
    finally:
        sys.argv = argv
    out, err = capfd.readouterr()
    return Run(status, out, err)


def run_process(args: list[str], cwd: Path) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "borderlands", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_one_line_error(run: Run, *names: str) -> None:
    assert "Traceback" not in run.stderr + run.stdout, run.stderr
    assert run.status == 2, (run.status, run.stderr)
    assert len(run.error_lines) == 1, run.stderr
    for name in names:
        assert name in run.error_lines[0], (name, run.error_lines[0])


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# --- bad files -----------------------------------------------------------------------------


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    """One of each kind of file a text command cannot read."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a-folder.txt").mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(
        b"Deportations in the borderlands, 1937\n" + b"Kurds and Armenians near \xe9rivan\n"
    )
    (folder / "binary.txt").write_bytes(b"%PDF-1.4\n\x00\x00\x01\x02 stream\x00")
    return {
        "missing": folder / "no-such-article.txt",
        "directory": folder / "a-folder.txt",
        "empty": folder / "empty.txt",
        "not utf-8": folder / "latin1.txt",
        "binary": folder / "binary.txt",
    }


ARTICLE_COMMANDS = [
    ["parse"],
    ["cite"],
    ["archives"],
    ["figures"],
    ["cite", "--format", "csv"],
    ["parse", "--format", "tei"],
    ["figures", "--format", "json"],
]


@pytest.mark.parametrize("command", ARTICLE_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "not utf-8", "binary"])
def test_article_commands_reject_bad_files(
    command: list[str],
    kind: str,
    bad_files: dict[str, Path],
    capfd: pytest.CaptureFixture[str],
) -> None:
    path = bad_files[kind]
    run = run_cli([command[0], str(path), *command[1:]], capfd)
    assert_one_line_error(run, str(path))
    assert run.stdout == ""


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "not utf-8", "binary"])
def test_coverage_rejects_a_bad_article(
    kind: str, bad_files: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    path = bad_files[kind]
    assert_one_line_error(run_cli(["coverage", "--article", str(path)], capfd), str(path))


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "not utf-8", "binary"])
def test_build_rejects_a_bad_article(
    kind: str, bad_files: dict[str, Path], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path, db = bad_files[kind], tmp_path / "kb.sqlite"
    run = run_cli(["build", "--db", str(db), "--article", str(path)], capfd)
    assert_one_line_error(run, str(path))
    assert not db.exists()


@pytest.mark.parametrize("kind", ["missing", "not utf-8", "binary"])
def test_coverage_rejects_a_bad_gold_file(
    kind: str,
    bad_files: dict[str, Path],
    capfd: pytest.CaptureFixture[str],
) -> None:
    path = bad_files[kind]
    assert_one_line_error(run_cli(["coverage", "--gold", str(path)], capfd), str(path))


def test_missing_article_in_a_new_process(bad_files: dict[str, Path], tmp_path: Path) -> None:
    path = bad_files["missing"]
    run = run_process(["figures", str(path), "--format", "json"], tmp_path)
    assert_one_line_error(run, str(path))


def test_default_article_missing_says_how_to_point_at_it(tmp_path: Path) -> None:
    absent = tmp_path / "nowhere" / "article.txt"
    done = subprocess.run(
        [sys.executable, "-m", "borderlands", "parse"],
        capture_output=True,
        text=True,
        env={**os.environ, "BORDERLANDS_ARTICLE": str(absent)},
        timeout=300,
    )
    run = Run(done.returncode, done.stdout, done.stderr)
    assert_one_line_error(run, str(absent), "BORDERLANDS_ARTICLE")


# --- unwritable --out ----------------------------------------------------------------------


@pytest.fixture()
def blocked(tmp_path: Path) -> dict[str, Path]:
    """Output paths that cannot be written: a folder, and a path under a regular file."""
    (tmp_path / "existing-folder").mkdir()
    (tmp_path / "a-file").write_text("keep me\n", encoding="utf-8")
    return {"folder": tmp_path / "existing-folder", "under a file": tmp_path / "a-file" / "o"}


def write_commands(article: Path) -> dict[str, list[str]]:
    return {
        "parse": ["parse", str(article), "--format", "json"],
        "cite": ["cite", str(article), "--format", "csv"],
        "archives": ["archives", str(article), "--format", "json"],
        "figures": ["figures", str(article), "--format", "json"],
        "export": ["export", "places", "--format", "json"],
    }


@pytest.mark.parametrize("where", ["folder", "under a file"])
@pytest.mark.parametrize("name", ["parse", "cite", "archives", "figures", "export"])
def test_unwritable_out_is_one_line(
    name: str,
    where: str,
    article_path: Path,
    blocked: dict[str, Path],
    tmp_path: Path,
    kb_db: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    args = write_commands(article_path)[name]
    if name == "export":
        args += ["--db", str(kb_db)]
    before = files_under(tmp_path)
    run = run_cli([*args, "--out", str(blocked[where])], capfd)
    assert files_under(tmp_path) == before, "a temporary or partial file was left behind"
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "keep me\n"
    assert_one_line_error(run, str(blocked[where]))


def test_build_into_a_folder_is_one_line(
    blocked: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    target = blocked["folder"]
    run = run_cli(["build", "--db", str(target), "--data", str(data_dir())], capfd)
    assert_one_line_error(run, str(target))


def test_regime_out_under_a_file_is_one_line(
    geo: dict[str, Path], blocked: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    target = blocked["under a file"]
    run = run_cli(
        [
            "regime",
            "--districts",
            str(geo["districts"]),
            "--border",
            str(geo["border"]),
            "--out",
            str(target),
        ],
        capfd,
    )
    assert_one_line_error(run, str(target))


def test_report_into_a_file_is_refused(
    blocked: dict[str, Path], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a-file"
    run = run_cli(["report", "--out", str(target)], capfd)
    assert_one_line_error(run, str(target))
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_unwritable_out_in_a_new_process(
    article_path: Path, blocked: dict[str, Path], tmp_path: Path
) -> None:
    target = blocked["folder"]
    run = run_process(
        ["cite", str(article_path), "--format", "json", "--out", str(target)], tmp_path
    )
    assert_one_line_error(run, str(target))
    assert list(target.iterdir()) == []


# --- the knowledge base --------------------------------------------------------------------


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data built into a private database (the shared build/ is never touched)."""
    db = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "borderlands", "build", "--db", str(db), "--data", str(data_dir())],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return db


def test_show_unknown_id(kb_db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    run = run_cli(["show", "grp-atlanteans", "--db", str(kb_db)], capfd)
    assert_one_line_error(run, "grp-atlanteans")


@pytest.mark.parametrize(
    "option,value",
    [("--group", "Atlanteans"), ("--place", "Ruritania"), ("--kind", "teleportation")],
)
def test_events_unknown_filter_value(
    option: str, value: str, kb_db: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(["events", option, value, "--db", str(kb_db), "--format", "json"], capfd)
    assert_one_line_error(run, value)


@pytest.mark.parametrize("kind", ["missing", "empty", "binary"])
def test_commands_reject_a_bad_database(
    kind: str, bad_files: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    path = bad_files[kind]
    for args in (
        ["events"],
        ["show", "grp-koreans"],
        ["export", "events"],
        ["regime", "--km", "10", "--date", "1937-01-01"],
    ):
        run = run_cli([*args, "--db", str(path)], capfd)
        assert_one_line_error(run, str(path))


def test_analysis_unknown_name(capfd: pytest.CaptureFixture[str]) -> None:
    run = run_cli(["analysis", "phrenology"], capfd)
    assert_one_line_error(run, "phrenology")


def test_cite_unknown_style(article_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    run = run_cli(["cite", str(article_path), "--style", "no-such-style"], capfd)
    assert_one_line_error(run, "no-such-style")


def test_serve_refuses_bad_port_and_article(
    bad_files: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    assert_one_line_error(run_cli(["serve", "--port", "70000", "--no-browser"], capfd), "70000")
    path = bad_files["missing"]
    assert_one_line_error(
        run_cli(["serve", "--article", str(path), "--no-browser"], capfd), str(path)
    )


# --- unknown options and values (Click's own usage errors) ---------------------------------


USAGE_ERRORS = [
    (["parse", "--format", "pdf"], "pdf"),
    (["cite", "--format", "ris"], "ris"),
    (["figures", "--format", "xlsx"], "xlsx"),
    (["events", "--format", "yaml"], "yaml"),
    (["show", "grp-koreans", "--format", "html"], "html"),
    (["export", "events", "--format", "kml"], "kml"),
    (["export", "battles"], "battles"),
    (["events", "--year", "1937a"], "--year"),
    (["regime", "--km", "ten", "--date", "1937-01-01"], "--km"),
    (["deport"], "deport"),
]


@pytest.mark.parametrize(
    "args,offender", USAGE_ERRORS, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_usage_errors_exit_2_without_traceback(
    args: list[str], offender: str, capfd: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(args, capfd)
    assert run.status == 2
    assert "Traceback" not in run.stderr
    assert f"'{offender}'" in run.stderr


@pytest.mark.parametrize("args", [["parse", "--format", "pdf"], ["deport"]], ids=" ".join)
def test_usage_errors_are_one_line(args: list[str], capfd: pytest.CaptureFixture[str]) -> None:
    run = run_cli(args, capfd)
    assert len(run.error_lines) == 1, run.stderr


# --- a broken data folder ------------------------------------------------------------------


EVENTS_FILE = Path("events") / "pp813-829.yaml"


def break_data(tmp_path: Path, how: str) -> tuple[Path, Path]:
    """A copy of data/ with one fault of the given kind; returns (folder, broken file)."""
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    target = folder / EVENTS_FILE
    text = target.read_text(encoding="utf-8")
    first_kind = "  kind: deportation\n"
    first_groups = "  groups: [grp-azerbaijanis]\n"
    assert first_kind in text and first_groups in text
    if how == "broken yaml":
        text += "\n- id: ev-unfinished\n  title: [an unclosed list\n"
    elif how == "unknown field":
        text = text.replace(first_kind, first_kind + "  colour: red\n", 1)
    elif how == "dangling id":
        text = text.replace(first_groups, "  groups: [grp-atlanteans]\n", 1)
    elif how == "duplicate id":
        start = text.index("- id: ")
        end = text.index("\n- id: ", start + 1)
        text += "\n" + text[start:end] + "\n"
    target.write_text(text, encoding="utf-8")
    if how == "not utf-8":
        target.write_bytes(target.read_bytes() + "\n# Erivan\n".encode("cp1252") + b"\xe9\n")
    return folder, target


FAULTS = ["broken yaml", "unknown field", "dangling id", "duplicate id", "not utf-8"]
FAULT_WORDS = {"unknown field": "colour", "dangling id": "grp-atlanteans"}


@pytest.mark.parametrize("how", FAULTS)
def test_validate_names_the_file_of_each_fault(
    how: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, target = break_data(tmp_path, how)
    run = run_cli(["validate", "--data", str(folder)], capfd)
    assert "Traceback" not in run.stderr
    assert run.status == 2
    # validate's documented output: one line per problem, then a count.
    *problems, summary = run.error_lines
    assert problems and all(str(target) in line for line in problems), run.stderr
    assert summary.startswith(f"{len(problems)} problem")
    if how in FAULT_WORDS:
        assert FAULT_WORDS[how] in problems[0]


@pytest.mark.parametrize("how", FAULTS)
def test_build_refuses_broken_data_and_writes_nothing(
    how: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, target = break_data(tmp_path, how)
    db = tmp_path / "out" / "kb.sqlite"
    run = run_cli(["build", "--data", str(folder), "--db", str(db), "--parents"], capfd)
    assert_one_line_error(run, str(target))
    assert not db.exists()
    assert not (db.parent.exists() and any(db.parent.iterdir()))


@pytest.mark.parametrize(
    "args",
    [["events", "--format", "json"], ["show", "grp-koreans"], ["export", "events"]],
    ids=" ".join,
)
def test_queries_refuse_broken_data(
    args: list[str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, target = break_data(tmp_path, "dangling id")
    db = tmp_path / "kb.sqlite"
    run = run_cli([*args, "--data", str(folder), "--db", str(db)], capfd)
    assert_one_line_error(run, str(target))
    assert run.stdout == ""


@pytest.mark.parametrize(
    "args", [["analysis", "national-operations"], ["coverage", "--gold"]], ids=" ".join
)
def test_analysis_and_coverage_refuse_broken_data(
    args: list[str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, target = break_data(tmp_path, "broken yaml")
    if args[-1] == "--gold":
        gold = tmp_path / "gold.yaml"
        gold.write_text("- {page: 851, stated: '171,781'}\n", encoding="utf-8")
        args = [*args, str(gold)]
    run = run_cli([*args, "--data", str(folder)], capfd)
    assert_one_line_error(run, str(target))


def test_report_refuses_broken_data_and_writes_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, target = break_data(tmp_path, "unknown field")
    out = tmp_path / "report"
    run = run_cli(["report", "--data", str(folder), "--out", str(out)], capfd)
    assert_one_line_error(run, str(target))
    assert not out.exists()


def test_explicit_broken_data_is_not_answered_from_an_older_build(
    kb_db: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "older.sqlite"
    shutil.copy(kb_db, db)
    folder, target = break_data(tmp_path, "dangling id")
    run = run_cli(["events", "--format", "json", "--data", str(folder), "--db", str(db)], capfd)
    assert_one_line_error(run, str(target))


# --- regime --------------------------------------------------------------------------------


@pytest.fixture()
def geo(tmp_path: Path) -> dict[str, Path]:
    """Hand-made GeoJSON: one square district touching a straight border, and bad ones."""
    files = {
        "districts": '{"type": "FeatureCollection", "features": [{"type": "Feature", '
        '"properties": {"name": "Square raion"}, "geometry": {"type": "Polygon", '
        '"coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}}]}',
        "border": '{"type": "LineString", "coordinates": [[0, 0], [0, 5]]}',
        "not json": '{"type": "FeatureCollection", "features": [',
        "not geojson": "[1, 2, 3]",
        "points": '{"type": "FeatureCollection", "features": [{"type": "Feature", '
        '"properties": {}, "geometry": {"type": "Point", "coordinates": [0, 0]}}]}',
        "open ring": '{"type": "FeatureCollection", "features": [{"type": "Feature", '
        '"properties": {}, "geometry": {"type": "Polygon", '
        '"coordinates": [[[0, 0], [1, 0]]]}}]}',
    }
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / f"{name.replace(' ', '-')}.geojson"
        paths[name].write_text(text, encoding="utf-8")
    paths["binary"] = tmp_path / "binary.geojson"
    paths["binary"].write_bytes(b"\x00\x01GeoJSON\x00")
    paths["missing"] = tmp_path / "absent.geojson"
    return paths


BAD_GEOJSON = [
    ("districts", bad)
    for bad in ("not json", "not geojson", "points", "open ring", "binary", "missing")
]
BAD_GEOJSON += [("border", bad) for bad in ("not json", "not geojson", "binary", "missing")]


@pytest.mark.parametrize("role,bad", BAD_GEOJSON)
def test_regime_rejects_bad_geojson(
    role: str,
    bad: str,
    geo: dict[str, Path],
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    files = {"districts": geo["districts"], "border": geo["border"], role: geo[bad]}
    out = tmp_path / "marked.geojson"
    run = run_cli(
        [
            "regime",
            "--districts",
            str(files["districts"]),
            "--border",
            str(files["border"]),
            "--out",
            str(out),
        ],
        capfd,
    )
    assert_one_line_error(run, str(geo[bad]))
    assert not out.exists()


def test_regime_marks_a_good_district(
    geo: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(
        ["regime", "--districts", str(geo["districts"]), "--border", str(geo["border"])], capfd
    )
    assert run.status == 0, run.stderr
    assert run.stdout.split("\t")[0] == "Square raion"
    assert run.stdout.split("\t")[1].strip() == "primary"


@pytest.mark.parametrize("date", ["1937-02-30", "1937-13-01", "21.08.1937", "August 1937", ""])
def test_regime_impossible_dates(date: str, kb_db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    run = run_cli(["regime", "--km", "10", "--date", date, "--db", str(kb_db)], capfd)
    assert_one_line_error(run, "--date")


@pytest.mark.parametrize("km", ["-5", "nan", "inf"])
def test_regime_impossible_distances(
    km: str, kb_db: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(["regime", "--km", km, "--date", "1937-01-01", "--db", str(kb_db)], capfd)
    assert_one_line_error(run, "--km")


def test_regime_half_options(geo: dict[str, Path], capfd: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(
        run_cli(["regime", "--districts", str(geo["districts"])], capfd), "--border"
    )
    assert_one_line_error(run_cli(["regime", "--date", "1937-01-01"], capfd), "--km")


@pytest.mark.parametrize("n", ["9999", "157"])
def test_cite_asks_for_a_note_that_is_not_there(
    n: str, article_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(
        ["cite", str(article_path), "--style", "chicago-notes-bibliography", "--note", n], capfd
    )
    assert_one_line_error(run, n)


def test_coverage_gold_with_a_page_that_is_not_a_number(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("- {page: eight hundred fifty-one, stated: '171,781'}\n", encoding="utf-8")
    assert_one_line_error(run_cli(["coverage", "--gold", str(gold)], capfd), str(gold))


@pytest.mark.parametrize("text", ["page: 851\n", "- '171,781'\n", "- {page: 851}\n"])
def test_coverage_gold_of_the_wrong_shape(
    text: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(text, encoding="utf-8")
    assert_one_line_error(run_cli(["coverage", "--gold", str(gold)], capfd), str(gold))


def test_validate_an_empty_folder(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "dta"
    folder.mkdir()
    assert_one_line_error(run_cli(["validate", "--data", str(folder)], capfd), str(folder))


@pytest.mark.parametrize("how", ["empty article", "broken data"])
def test_serve_refuses_bad_inputs_before_listening(
    how: str, bad_files: dict[str, Path], tmp_path: Path
) -> None:
    if how == "empty article":
        args, named = ["--article", str(bad_files["empty"])], str(bad_files["empty"])
    else:
        folder, target = break_data(tmp_path, "broken yaml")
        args, named = ["--data", str(folder)], str(target)
    # A new process with a time limit: were it to start serving, the test fails, not hangs.
    run = run_process(["serve", "--port", "0", "--no-browser", *args], tmp_path)
    assert_one_line_error(run, named)
