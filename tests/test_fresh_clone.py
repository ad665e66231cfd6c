"""What a new user gets from ``git clone``: only committed files, no build/ folder, no cache.

The working tree may hold files someone forgot to commit (a template, a word list, a data
file); this clones the last commit into a temporary folder and runs the CLI from there, so a
missing file shows up as a failure here rather than on a historian's machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    target = tmp_path_factory.mktemp("clone") / "borderlands"
    subprocess.run(
        ["git", "clone", "--quiet", "--local", "--no-hardlinks", str(REPO), str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target


def run_in(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python3 -m borderlands ARGS`` importing the package from the clone, not the tree."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("BORDERLANDS")}
    env.update(
        PYTHONPATH=str(clone / "src"),
        PYTHONIOENCODING="utf-8",
        XDG_CACHE_HOME=str(clone / ".cache"),
    )
    return subprocess.run(
        [sys.executable, "-m", "borderlands", *args],
        capture_output=True,
        text=True,
        cwd=clone,
        env=env,
        timeout=300,
    )


def test_the_clone_imports_its_own_package(clone: Path) -> None:
    done = run_in(clone, "--help")
    assert done.returncode == 0, done.stderr
    where = subprocess.run(
        [sys.executable, "-c", "import borderlands; print(borderlands.__file__)"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(clone / "src")},
        cwd=clone,
        timeout=60,
    )
    assert where.stdout.strip().startswith(str(clone)), where.stdout


def test_committed_data_validates_and_builds(clone: Path) -> None:
    done = run_in(clone, "validate")
    assert done.returncode == 0, done.stderr
    assert not (clone / "build").exists()
    done = run_in(clone, "events", "--format", "json", "--group", "Koreans", "--year", "1937")
    assert done.returncode == 0, done.stderr
    events = json.loads(done.stdout)
    # p. 851: 171,781 Koreans deported by the end of October 1937.
    assert any(e["count"] and e["count"]["value"] == 171781 for e in events)


def test_committed_code_reads_the_article(clone: Path, article_path: Path) -> None:
    for command in ("parse", "cite", "figures"):
        done = run_in(clone, command, str(article_path), "--format", "json")
        assert done.returncode == 0, (command, done.stderr)
        assert json.loads(done.stdout)


def test_committed_analysis_runs(clone: Path) -> None:
    done = run_in(clone, "analysis", "national-operations", "--checks", "--format", "json")
    assert done.returncode == 0, done.stderr
    checks = {c["stated"]: c for c in json.loads(done.stdout)}
    # p. 855: 335,513 of 1,565,041 arrests is 21.44 percent, printed as 21.4.
    assert checks["21.4 percent"]["computed"] == pytest.approx(21.44, abs=0.01)
