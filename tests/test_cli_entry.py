"""The command's entry point: help, version and the one-line rule for usage errors."""

from __future__ import annotations

import subprocess
import sys

from borderlands import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "borderlands", *args], capture_output=True, text=True, check=False
    )


def test_no_arguments_prints_help_and_succeeds() -> None:
    done = run()
    assert done.returncode == 0
    assert "Usage" in done.stdout and "events" in done.stdout


def test_version_and_short_help() -> None:
    assert run("--version").stdout.strip() == f"borderlands {__version__}"
    short = run("events", "-h")
    assert short.returncode == 0 and "--group" in short.stdout


def test_unknown_command_is_one_line_naming_it() -> None:
    done = run("deport")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'deport'" in lines[0] and "Traceback" not in done.stderr
