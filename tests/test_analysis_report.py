"""The HTML report: files, offline, links to pages and notes, atomic replacement, CLI, and a
real render in headless Chromium."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from borderlands.analysis import report as report_module
from borderlands.analysis.report import ReportResult, build_report
from borderlands.kb import load
from browser_helpers import CHROMIUM, LAUNCH_ARGS

NAMES = (
    "national-operations",
    "representation-index",
    "deportations-over-time",
    "korean-question",
    "typology-matrix",
    "census-change",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> ReportResult:
    return build_report(tmp_path_factory.mktemp("out") / "report", kb=load())


def test_every_chart_as_svg_and_png(built: ReportResult) -> None:
    assert set(built.charts) == set(NAMES)
    for svg, png in built.charts.values():
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for name in NAMES:
        assert (built.out / "tables" / f"{name}.csv").is_file()


def test_report_tables_print_numbers_as_read(built: ReportResult) -> None:
    """Computed numbers whole where whole and others to two decimals, as `borderlands
    analysis` prints them (a pandas default would write 335513.0 and 21.437968717752444).
    Text as printed ("88.0 percent", formulas, notes) is left as it is."""
    import csv
    import re

    as_printed = {"figure", "stated", "formula", "note", "source", "analysis"}
    for table in (built.out / "tables").glob("*.csv"):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column, cell in row.items():
                    if column in as_printed or not cell:
                        continue
                    where = f"{table.name} {column}={cell}"
                    assert not re.fullmatch(r"-?\d+\.0", cell), where
                    assert not re.fullmatch(r"-?\d+\.0*[1-9]\d{4,}", cell), where


def test_report_is_offline(built: ReportResult) -> None:
    page = (built.out / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<script" not in page  # charts are inline SVG, nothing to run
    assert page.count("<svg") >= len(NAMES)


def test_numbers_link_to_pages_and_notes(built: ReportResult) -> None:
    page = (built.out / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="(src-[0-9-]+)"', page))
    links = set(re.findall(r'href="#(src-[0-9-]+)"', page))
    # the pages of the national operations, the Leningrad indices, the censuses, the Koreans
    assert {"855", "856", "853", "851"} <= {anchor.split("-")[1] for anchor in anchors}
    assert links <= anchors  # no link to a page or note that the source list lacks
    assert "&lt;a href" not in page  # links are links, not escaped text
    # a printed count in a table is a link to its note
    assert re.search(r'<a href="#src-855(-262)?"[^>]*>335,513</a>', page)


def test_discrepancies_are_visible(built: ReportResult) -> None:
    page = (built.out / "index.html").read_text(encoding="utf-8")
    assert built.discrepancies >= 3  # 49.3 (p. 855), 52.4 (p. 834 n. 112), 45.46 (p. 853)
    assert "verdict-inconsistent" in page and "verdict-ambiguous" in page
    assert '<td class="num">+1.10</td>' in page  # 386,798 / 767,397 = 50.40 against 49.3


def test_failed_build_leaves_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report"
    out.mkdir()
    (out / "index.html").write_text("old report", encoding="utf-8")
    (out / report_module.MARKER).write_text("", encoding="utf-8")

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(report_module, "render_charts", broken)
    with pytest.raises(RuntimeError):
        build_report(out, kb=load())
    assert (out / "index.html").read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report"]  # no staging folder left


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """Run ``borderlands ARGS`` in this process, through the same entry point as the shell."""
    from borderlands.cli import main

    def run(*args: str) -> Ran:
        monkeypatch.setattr(sys, "argv", ["borderlands", *args])
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def test_cli_bad_input_is_one_line_and_status_2(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    for args in (
        ("report", "--out", str(not_a_folder)),
        ("report", "--out", str(not_a_folder / "inside" / "report")),
        ("analysis", "no-such-analysis"),
    ):
        done = cli(*args)
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Traceback" not in done.stderr


def test_cli_prints_checks_as_csv(cli: Callable[..., Ran]) -> None:
    done = cli("analysis", "census-change", "--checks")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.strip().splitlines()
    assert header.startswith("analysis,figure,stated")
    assert any("45.46 percent" in row and "ambiguous" in row for row in rows)


@pytest.mark.browser
def test_report_renders_in_chromium(built: ReportResult, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    errors: list[str] = []
    failed: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto((built.out / "index.html").as_uri())
        page.wait_for_load_state("load")
        for name in NAMES:
            figure = page.locator(f"#chart-{name} svg")
            box = figure.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 150, name
        shot = tmp_path / "shot.png"
        page.locator("#chart-census-change").screenshot(path=str(shot))
        browser.close()
    assert errors == [] and failed == []
    assert shot.read_bytes()[:4] == b"\x89PNG"


def test_cli_index_from_counts(cli: Callable[..., Ran]) -> None:
    # 30 of 1,000 victims from 1 percent of the population: index 300, Wilson 210.9-425.0
    done = cli("index", "30", "1000", "--group-population", "2000", "--population", "200000")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("index 300.0 percent (95% wilson interval 210.9-425.0)")
    assert "3.06" in done.stdout  # (0.03 / 0.01) / (0.97 / 0.99)
    missing = cli("index", "30", "1000")
    assert missing.returncode == 2 and "population" in missing.stderr


def test_worker_processes_draw_the_same_charts(built: ReportResult, tmp_path: Path) -> None:
    from borderlands.analysis.registry import analyses

    items = {
        name: item
        for name, item in analyses(load()).items()
        if name in ("census-change", "korean-question")
    }
    pooled = report_module.render_charts(items, tmp_path, workers=2)
    for name in items:  # the fixture's report drew them in-process
        assert pooled[name][0].read_text(encoding="utf-8") == built.charts[name][0].read_text(
            encoding="utf-8"
        )
        assert pooled[name][1].stat().st_size > 1000


@pytest.mark.parametrize(
    ("load_now", "cores", "workers"),
    [(0.0, 2, 2), (0.4, 2, 2), (1.2, 2, 1), (7.0, 2, 1), (0.0, 1, 1)],
)
def test_second_worker_only_when_a_core_is_idle(
    monkeypatch: pytest.MonkeyPatch, load_now: float, cores: int, workers: int
) -> None:
    monkeypatch.setattr(report_module.os, "getloadavg", lambda: (load_now, 0.0, 0.0))
    monkeypatch.setattr(report_module.os, "cpu_count", lambda: cores)
    assert report_module.idle_workers() == workers


def test_gaps_are_listed_in_the_report() -> None:
    import dataclasses

    from borderlands.analysis.registry import analyses

    kb = load()
    trimmed = dataclasses.replace(
        kb, figures=[f for f in kb.figures if f.id != "fig-executions-1937-38-681692"]
    )
    items = analyses(trimmed)
    page = report_module.render_html(items, {name: "<svg></svg>" for name in items}, "test")
    gaps = page[page.index('<section id="gaps">') : page.index('<section id="sources">')]
    assert "681,692" in gaps and "fig-executions-1937-38-681692" in gaps
    assert 'href="#src-855"' in gaps
