"""``borderlands corpus``: build, then ask across articles in table, JSON and CSV; bad input is
one line and status 2. Runs the real entry point in this process (``--workers 0``)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from corpus_helpers import make_corpus
from test_cli_errors import run_cli


def run(args: list[str], capfd: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``borderlands ARGS`` through the real entry point: status, stdout, stderr."""
    done = run_cli(args, capfd)
    return done.status, done.stdout, done.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("cli")
    root = make_corpus(base / "files")
    from borderlands.corpus import build_corpus

    build_corpus([root], base / "corpus.sqlite", workers=0)
    return base / "corpus.sqlite"


def test_build_reports_a_summary_and_quiet_says_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    root = make_corpus(tmp_path / "files")
    out = tmp_path / "c.sqlite"
    status, stdout, stderr = run(
        ["corpus", "build", str(root / "north"), "--out", str(out), "--workers", "0"], capfd
    )
    assert status == 0, stderr
    assert stdout == ""
    assert "3 files (3 read, 0 unchanged, 0 removed), 3 articles, 0 errors" in stderr
    assert (tmp_path / "c.metadata.json").is_file()
    status, stdout, stderr = run(
        ["corpus", "build", str(root), "--out", str(out), "--workers", "0", "--quiet"], capfd
    )
    assert (status, stdout, stderr) == (0, "", "")


def test_archives_json_filtered(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    status, stdout, stderr = run(
        [
            "corpus",
            "archives",
            "--db",
            str(db),
            "--archive",
            "TsDAHOU",
            "--fond",
            "1",
            "-f",
            "json",
        ],
        capfd,
    )
    assert status == 0, stderr
    rows = json.loads(stdout)
    assert [(r["label"], r["articles"], r["notes"]) for r in rows] == [
        ("TsDAHO f. 1, op. 16, d. 12", 2, 2)
    ]


def test_citers_of_one_archival_file(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    status, stdout, stderr = run(
        ["corpus", "citers", "garf", "1235/141/1531", "--db", str(db), "-f", "json"], capfd
    )
    assert status == 0, stderr
    rows = json.loads(stdout)
    assert [(r["title"], r["note"], r["folios"]) for r in rows] == [
        ("A Frontier District and Its Files", 1, "3"),
        ("Sidings on the Northern Line", 1, "12–14"),
        ("Sidings on the Northern Line", 3, "20"),
        ("Sidings on the Northern Line", 4, "22ob"),
    ]


def test_checks_csv(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    status, stdout, _ = run(
        ["corpus", "checks", "--db", str(db), "--verdict", "inconsistent", "--format", "csv"],
        capfd,
    )
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert [(r["title"], r["stated"], r["verdict"]) for r in rows] == [
        ("Sidings on the Northern Line", "24.9 percent", "inconsistent")
    ]


def test_search_and_works_tables(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    status, stdout, _ = run(["corpus", "search", "toll book", "--db", str(db)], capfd)
    assert status == 0
    assert "Ferry Tolls on the Lower River" in stdout and "search (1)" in stdout
    status, stdout, _ = run(["corpus", "works", "--db", str(db), "--min-articles", "3"], capfd)
    assert status == 0
    assert "Harbors of the North" in stdout and "Grain and Border" not in stdout


def test_errors_and_articles(db: Path, capfd: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, stdout, _ = run(["corpus", "errors", "--db", str(db), "-f", "json"], capfd)
    assert status == 0
    assert sorted(Path(r["path"]).name for r in json.loads(stdout)) == ["broken.pdf", "empty.txt"]
    listing = tmp_path / "articles.csv"
    status, _, _ = run(
        ["corpus", "articles", "--db", str(db), "-f", "csv", "-o", str(listing)], capfd
    )
    assert status == 0
    rows = list(csv.DictReader(listing.open(encoding="utf-8")))
    assert len(rows) == 6
    assert {r["authors"] for r in rows} >= {"Mara Lind", "Oskar Brandt"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["corpus", "archives", "--db", "{tmp}/none.sqlite"],
            ["none.sqlite", "no corpus database"],
        ),
        (["corpus", "build", "{tmp}/absent", "--out", "{tmp}/c.sqlite"], ["absent", "no such"]),
        (["corpus", "build", "{tmp}", "--out", "{tmp}/c.sqlite", "--workers", "-1"], ["--workers"]),
        (["corpus", "search", "?!", "--db", "{db}"], ["at least one word"]),
        (["corpus", "build", "{db}", "--out", "{tmp}", "--workers", "0"], ["is a folder"]),
        (
            ["corpus", "build", "{db}", "--out", "/proc/x/c.db", "--workers", "0"],
            ["cannot open"],
        ),
        (["corpus", "build", "{db}", "--out", "{db}/c.sqlite", "--workers", "0"], ["cannot open"]),
        (["corpus", "checks", "--db", "{db}", "--verdict", "wrong"], ["wrong"]),
        (["corpus", "citers", "GARF", "1/2/3", "--db", "{db}"], ["no citation", "GARF 1/2/3"]),
        (["corpus", "citers", "GARF", "1235", "--db", "{db}"], ["fond/opis/delo"]),
    ],
)
def test_bad_input_is_one_line(
    args: list[str],
    words: list[str],
    db: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    filled = [a.format(tmp=tmp_path, db=db) for a in args]
    status, _stdout, stderr = run(filled, capfd)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert status == 2, stderr
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    for word in words:
        assert word in lines[0]
