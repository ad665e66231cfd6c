"""Issue #16, "Nothing lost": a command's output never costs the user a file.

``report --out`` only writes into a new, empty or earlier-report folder; ``--out`` is never
one of the command's inputs; a symbolic link is written through; files get the mode a
plain ``open()`` would give (or keep the mode of the file they replace); a missing folder is
said, not made, unless ``--parents``; TEI holds only what XML can hold and no local path;
``regime`` reads only regular files.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from borderlands.analysis import report as report_module
from borderlands.analysis.report import MARKER
from borderlands.article.tei_schema import TEI_NS
from test_cli_errors import assert_one_line_error, run_cli

FIXTURES = Path(__file__).parent / "fixtures"
VILLAGES = FIXTURES / "article" / "villages.txt"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# --- report --out ---------------------------------------------------------------------------


def test_report_refuses_a_folder_holding_other_files(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "notes.md").write_text("my notes\n", encoding="utf-8")
    (project / "index.html").write_text("my page\n", encoding="utf-8")
    monkeypatch.chdir(project)
    run = run_cli(["report", "--out", "."], capfd)
    assert_one_line_error(run, "--out", "no earlier report")
    assert sorted(p.name for p in project.iterdir()) == ["index.html", "notes.md"]
    assert (project / "index.html").read_text(encoding="utf-8") == "my page\n"


def test_report_missing_parent_needs_parents(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "report"
    assert_one_line_error(run_cli(["report", "--out", str(out)], capfd), "--parents")
    assert not (tmp_path / "no").exists()


def test_report_rewrites_its_own_folder_and_keeps_other_files(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the charts are drawn by a stand-in (Vega takes seconds each); the folder work is real
    monkeypatch.setattr(report_module, "draw", lambda spec: ("<svg/>", b"png"))
    out = tmp_path / "report"
    out.mkdir()  # empty: allowed
    first = run_cli(["report", "--out", str(out), "--workers", "1"], capfd)
    assert first.status == 0, first.stderr
    assert (out / MARKER).is_file() and (out / "index.html").is_file()
    assert "wrote" in first.stderr and str(out / "index.html") in first.stderr
    (out / "charts" / "stale.svg").write_text("<svg/>", encoding="utf-8")
    (out / "my-notes.txt").write_text("keep\n", encoding="utf-8")
    second = run_cli(["report", "--out", str(out), "--workers", "1"], capfd)
    assert second.status == 0, second.stderr
    assert (out / "my-notes.txt").read_text(encoding="utf-8") == "keep\n"
    assert not (out / "charts" / "stale.svg").exists()  # the report's own entries are new
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["index.html", "charts", "tables", MARKER, "my-notes.txt"])


# --- --out and the inputs ---------------------------------------------------------------------


@pytest.mark.parametrize("command", [["parse"], ["parse", "--format", "tei"], ["cite"],
                                     ["figures", "--format", "json"], ["archives"]], ids=" ".join)
def test_out_that_is_the_input_is_refused(
    command: list[str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(VILLAGES.read_bytes())
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for out in (article, link, tmp_path / "." / "article.txt"):
        run = run_cli([command[0], str(article), *command[1:], "--out", str(out)], capfd)
        assert_one_line_error(run, "input", "--out")
    assert article.read_bytes() == VILLAGES.read_bytes()
    assert link.is_symlink()


def test_out_through_a_symlink_writes_the_target(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "data" / "villages.json"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    run = run_cli(["parse", str(VILLAGES), "--out", str(link)], capfd)
    assert run.status == 0, run.stderr
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["title"]


def test_regime_out_that_is_an_input_is_refused(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    districts = FIXTURES / "kb" / "geo" / "districts.geojson"
    border = FIXTURES / "kb" / "geo" / "border.geojson"
    copy = tmp_path / "districts.geojson"
    copy.write_bytes(districts.read_bytes())
    run = run_cli(["regime", "--districts", str(copy), "--border", str(border),
                   "--out", str(copy)], capfd)
    assert_one_line_error(run, "input")
    assert copy.read_bytes() == districts.read_bytes()


# --- modes and folders ------------------------------------------------------------------------


@pytest.mark.usefixtures("umask_022")
@pytest.mark.parametrize("args", [["parse", str(VILLAGES)], ["cite", str(VILLAGES)],
                                  ["export", "groups"]], ids=" ".join)
def test_written_files_have_the_usual_mode(
    args: list[str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.out"
    run = run_cli([*args, "--out", str(out)], capfd)
    assert run.status == 0, run.stderr
    assert mode(out) == 0o644
    assert f"wrote {out}" in run.stderr
    kept = tmp_path / "kept.out"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o640)
    assert run_cli([*args, "--out", str(kept)], capfd).status == 0
    assert mode(kept) == 0o640 and kept.read_text(encoding="utf-8") != "old\n"


def test_built_database_has_the_usual_mode(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o027)
    try:
        db = tmp_path / "kb.sqlite"
        run = run_cli(["build", "--db", str(db)], capfd)
    finally:
        os.umask(old)
    assert run.status == 0, run.stderr
    assert mode(db) == 0o640


@pytest.mark.parametrize("args", [["parse", str(VILLAGES), "--out"],
                                  ["figures", str(VILLAGES), "--format", "json", "--out"],
                                  ["export", "events", "--out"], ["build", "--db"]],
                         ids=lambda a: " ".join(a[:1] + a[-1:]))
def test_missing_folder_is_said_unless_parents(
    args: list[str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new" / "folder" / "file.out"
    run = run_cli([*args, str(out)], capfd)
    assert_one_line_error(run, "does not exist", "--parents")
    assert not (tmp_path / "new").exists()
    run = run_cli([*args, str(out), "--parents"], capfd)
    assert run.status == 0, run.stderr
    assert out.is_file()


# --- TEI ----------------------------------------------------------------------------------------


def test_tei_drops_what_xml_cannot_hold_and_warns(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    text = VILLAGES.read_text(encoding="utf-8")
    bad = text.replace("Ledger", "Led\x01ger", 1).replace("clerk", "cl\ufffeerk", 1)
    bad += "\x0b\uffff\n"
    article = tmp_path / "deep" / "private" / "villages-copy.txt"
    article.parent.mkdir(parents=True)
    article.write_text(bad, encoding="utf-8")
    run = run_cli(["parse", str(article), "--format", "tei"], capfd)
    assert run.status == 0, run.stderr
    root = etree.fromstring(run.stdout.encode("utf-8"))
    assert "warning" in run.stderr and "U+0001" in run.stderr and "XML cannot hold" in run.stderr
    whole = etree.tostring(root, encoding="unicode")
    assert "\x01" not in whole and "\ufffe" not in whole and "\ufffd" in whole
    source = root.find(f".//{{{TEI_NS}}}sourceDesc/{{{TEI_NS}}}p")
    assert source is not None and source.text is not None
    assert "villages-copy.txt" in source.text and "private" not in source.text
    assert "A Study of Border Villages" in source.text and "Jane Doe" in source.text
    assert str(tmp_path) not in run.stdout


# --- regime inputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["folder", "device", "missing"])
def test_regime_reads_only_regular_files(
    kind: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    border = tmp_path / "border.geojson"
    border.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    bad = {"folder": tmp_path, "device": Path("/dev/zero"),
           "missing": tmp_path / "none.geojson"}[kind]
    for args in (["--districts", str(bad), "--border", str(border)],
                 ["--districts", str(border), "--border", str(bad)]):
        assert_one_line_error(run_cli(["regime", *args], capfd), str(bad))


def test_regime_unreadable_file_is_one_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    locked = tmp_path / "locked.geojson"
    locked.write_text("{}", encoding="utf-8")
    locked.chmod(0)
    run = run_cli(["regime", "--districts", str(locked), "--border", str(locked)], capfd)
    assert_one_line_error(run, str(locked))


@pytest.mark.parametrize("command", [["events"], ["show", "grp-koreans"], ["search", "korean"]],
                         ids=" ".join)
def test_a_database_built_for_a_query_needs_its_folder(
    command: list[str], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = FIXTURES / "kb" / "good"
    db = tmp_path / "new" / "kb.sqlite"
    run = run_cli([*command, "--data", str(data), "--db", str(db)], capfd)
    assert_one_line_error(run, "--db", "--parents")
    assert not (tmp_path / "new").exists()
    run = run_cli([*command, "--data", str(data), "--db", str(db), "--parents"], capfd)
    assert run.status == 0, run.stderr
    assert db.is_file()
