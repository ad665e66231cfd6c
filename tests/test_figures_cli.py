"""``borderlands figures`` end to end, on a text written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE_LIKE = """ Origins of Things

A. Writer

In 1936 the authorities moved 2,400 of the 9,600 settler households (25.0 percent) away
from the border.1 Of 12,840 persons arrested, 3,117 were released (24.8 percent).

1 GARF 5446/20a/493 (1937): 12.
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "borderlands", "figures", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_table_and_html(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_LIKE, encoding="utf-8")
    out = tmp_path / "f.json"
    done = run(str(src), "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"quantities", "checks"}
    verdicts = {c["stated"]: c["verdict"] for c in data["checks"]}
    assert verdicts == {"25.0 percent": "consistent", "24.8 percent": "inconsistent"}
    assert all(
        {"line", "page", "text", "value", "unit", "approx"} <= set(q) for q in data["quantities"]
    )
    assert "5446" not in {q["text"] for q in data["quantities"]}

    html_out = tmp_path / "f.html"
    assert run(str(src), "--format", "html", "--out", str(html_out)).returncode == 0
    page = html_out.read_text(encoding="utf-8")
    assert "inconsistent" in page and "<mark" in page
    assert "http://" not in page and "https://" not in page  # no external assets
    # the page says what a flag and its absence are worth
    assert "not a finding" in page and "has not been shown right" in page

    table = run(str(src), "--format", "table")
    assert table.returncode == 0
    assert "24.8 percent" in table.stdout and "inconsistent" in table.stdout
    assert "not a finding" in table.stdout


def test_bad_input_is_one_line_and_status_2(tmp_path: Path) -> None:
    done = run(str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01")
    done = run(str(binary))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_unwritable_out_is_one_line_and_status_2(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_LIKE, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    done = run(str(src), "--format", "json", "--out", str(blocker / "sub" / "f.json"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "cannot write" in done.stderr


def test_json_whole_numbers_are_ints(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_LIKE, encoding="utf-8")
    data = json.loads(run(str(src), "--format", "json").stdout)
    values = {q["text"]: q["value"] for q in data["quantities"]}
    assert values["9,600"] == 9600 and isinstance(values["9,600"], int)
    assert values["24.8"] == 24.8 and isinstance(values["24.8"], float)
    (released,) = [c for c in data["checks"] if c["stated"] == "24.8 percent"]
    assert released["computed"] == 24.2757  # 3,117 / 12,840 * 100, to four decimals
    (moved,) = [c for c in data["checks"] if c["stated"] == "25.0 percent"]
    assert isinstance(moved["computed"], int) and moved["computed"] == 25


@pytest.mark.parametrize("format", ["table", "json"])
def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path, format: str) -> None:
    """As under ``borderlands figures | head``: the pipe's reading end is already closed."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_LIKE, encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "borderlands", "figures", str(src), "--format", format],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")
