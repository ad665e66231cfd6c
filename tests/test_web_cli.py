"""``borderlands serve`` end to end: it starts, prints its URL and answers; bad input is one
line on stderr with exit status 2."""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from borderlands.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "web"


def serve(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "BROWSER": "true"}  # never open a real browser from a test
    return subprocess.Popen(
        [sys.executable, "-m", "borderlands", "serve", "--no-browser", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def first_line(proc: subprocess.Popen[str], timeout: float = 60.0) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the server printed nothing"
    return proc.stdout.readline()


def wait_until_up(url: str, timeout: float = 30.0) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_serve_prints_its_url_and_serves_the_explorer() -> None:
    proc = serve(
        "--port", "0", "--data", str(FIXTURES / "data"), "--article", str(FIXTURES / "article.txt")
    )
    try:
        line = first_line(proc)
        assert line.startswith("borderlands explorer at http://127.0.0.1:")
        url = line.split(" at ")[1].split()[0]
        home = wait_until_up(url)
        assert home.status_code == 200 and "borderlands" in home.text
        assert httpx.get(url + "events/ev-fix-clearing-1935").status_code == 200
        assert 'id="page-814"' in httpx.get(url + "article").text
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run the ``borderlands`` entry point in this process, as the console script does."""
    argv = sys.argv
    sys.argv = ["borderlands", "serve", "--no-browser", *args]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = argv
    return int(exit_info.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--article", "/no/such/article.txt"], "/no/such/article.txt: no such article file"),
        (["--data", "/no/such/folder"], "/no/such/folder: no such data folder"),
        (["--port", "70000"], "--port: 70000 is not a port number (0-65535)"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = run_main(args, capsys)
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], err
    assert lines[0].startswith("borderlands: ")


def test_busy_port_is_reported_not_crashed(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        status, err = run_main(["--port", str(port), "--data", str(FIXTURES / "data")], capsys)
    assert status == 2
    assert err.startswith(f"borderlands: --port: cannot listen on 127.0.0.1:{port}")
    assert len(err.strip().splitlines()) == 1


def test_unreadable_article_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    status, err = run_main(["--article", str(empty), "--port", "0"], capsys)
    assert status == 2
    assert err.strip() == f"borderlands: {empty}: is empty"
