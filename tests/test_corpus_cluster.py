"""The corpus on Dask: a local cluster of one and of two worker processes, and a scheduler
with two workers started here on loopback, all give the database a build in one process
gives (compared row by row, ids aside)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from distributed import Client

from borderlands.corpus import FileResult, build_corpus, connect, queries
from borderlands.corpus import build as build_module
from borderlands.errors import InputError
from corpus_helpers import FIXTURES, count, dump, make_corpus
from test_cli_errors import run_cli

SRC = str(Path(__file__).parents[1] / "src")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The fixture corpus and the dump of its build without Dask."""
    base = tmp_path_factory.mktemp("cluster")
    root = make_corpus(base / "files")
    build_corpus([root], base / "serial.sqlite", workers=0)
    return root, dump(base / "serial.sqlite", root)


@pytest.mark.parametrize("workers", [1, 2])
def test_local_cluster_gives_the_same_database(
    workers: int, corpus: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    root, expected = corpus
    db = tmp_path / "corpus.sqlite"
    summary = build_corpus([root], db, workers=workers)
    assert summary.workers == workers
    assert (summary.processed, summary.errors, summary.articles) == (8, 2, 6)
    assert dump(db, root) == expected


def _wait_for(path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear in {seconds} s")
        time.sleep(0.1)


@pytest.fixture
def loopback_cluster(tmp_path: Path) -> Iterator[str]:
    """A ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, torn down after."""
    scheduler_file = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": SRC}
    common = {"env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                str(scheduler_file),
            ],
            **common,  # type: ignore[call-overload]
        )
    ]
    try:
        _wait_for(scheduler_file, 60)
        for _ in range(2):
            processes.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "distributed.cli.dask_worker",
                        "--scheduler-file",
                        str(scheduler_file),
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--host",
                        "127.0.0.1",
                    ],
                    **common,  # type: ignore[call-overload]
                )
            )
        address = json.loads(scheduler_file.read_text())["address"]
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in processes:  # nothing of theirs is kept: no need to wait for a clean exit
            process.kill()
            process.wait()


def test_scheduler_and_two_workers_on_loopback(
    loopback_cluster: str, corpus: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    root, expected = corpus
    db = tmp_path / "corpus.sqlite"
    summary = build_corpus([root], db, scheduler=loopback_cluster)
    assert summary.workers == 2
    assert (summary.processed, summary.errors) == (8, 2)
    assert dump(db, root) == expected
    again = build_corpus([root], db, scheduler=loopback_cluster)
    assert (again.unchanged, again.processed) == (8, 0)


def test_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "a.txt").write_text("Some words\n\nand more words.\n")
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        build_corpus(
            [root], tmp_path / "c.sqlite", scheduler="tcp://127.0.0.1:9", scheduler_timeout=2
        )


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


def test_unreachable_scheduler_leaves_nothing_behind(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """No scheduler answers: one line naming the address, status 2, no database, metadata or
    folder made; a database already there is left exactly as it was."""
    root = tmp_path / "files"
    root.mkdir()
    (root / "a.txt").write_text("Some words\n\nand more words.\n")
    address = "tcp://127.0.0.1:9"
    fresh = tmp_path / "new" / "c.sqlite"
    before = _state(tmp_path)
    args = ["corpus", "build", str(root), "--scheduler", address, "--scheduler-timeout", "1"]
    done = run_cli([*args, "--out", str(fresh)], capfd)
    assert done.status == 2
    assert done.stderr.count("\n") == 1 and address in done.stderr, done.stderr
    assert "no scheduler answers" in done.stderr and "Traceback" not in done.stderr
    assert _state(tmp_path) == before  # no new/ folder, no database, no metadata

    existing = tmp_path / "old.sqlite"
    build_corpus([root], existing, workers=0)
    before = _state(tmp_path)
    done = run_cli([*args, "--out", str(existing), "--quiet"], capfd)
    assert done.status == 2 and address in done.stderr
    assert _state(tmp_path) == before
    assert count(existing, "files") == 1


def test_an_address_that_is_no_address_is_one_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "a.txt").write_text("Some words.\n")
    out = tmp_path / "c.sqlite"
    done = run_cli(
        ["corpus", "build", str(root), "--out", str(out), "--scheduler", "nowhere"], capfd
    )
    assert done.status == 2 and done.stderr.count("\n") == 1
    assert "'nowhere' is not a Dask scheduler address" in done.stderr
    assert not out.exists()


def test_a_failed_task_is_retried_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task that fails as a whole (here the reader raising past its own error handling, as a
    crash would) costs only the file that caused it: its batch-mates are read on retry."""
    root = tmp_path / "files"
    root.mkdir()
    ledger = (FIXTURES / "south" / "more" / "harbor-ledger.txt").read_text(encoding="utf-8")
    for i in range(7):  # enough files for tasks of two
        (root / f"ledger{i}.txt").write_text(ledger, encoding="utf-8")
    shutil.copy(FIXTURES / "south" / "steppe.txt", root / "steppe.txt")
    real = build_module.process_file

    def crash_on_steppe(path: str) -> FileResult:
        if path.endswith("steppe.txt"):
            raise SystemError("the reader crashed (simulated)")
        return real(path)

    @contextmanager
    def threads(workers: int | None, scheduler: str | None, timeout: float) -> Iterator[Client]:
        with Client(
            processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
        ) as c:
            yield c

    monkeypatch.setattr(build_module, "process_file", crash_on_steppe)
    monkeypatch.setattr(build_module, "_client", threads)
    db = tmp_path / "corpus.sqlite"
    summary = build_corpus([root], db, workers=1)
    assert (summary.processed, summary.errors, summary.articles) == (8, 1, 7)
    connection = connect(db)
    errors = {Path(e["path"]).name: e["message"] for e in queries.errors(connection)}
    assert set(errors) == {"steppe.txt"}
    assert "worker failed (SystemError: the reader crashed (simulated))" in errors["steppe.txt"]


def test_tasks_hold_many_small_files_and_few_large_ones() -> None:
    """Files go to the workers in tasks of up to 32 files and 1 MiB of text (a larger file
    alone), fewer when there are few files, in the order found."""
    small = [(f"s{i}", None) for i in range(100)]
    large = [(f"l{i}", None) for i in range(5)]
    sizes = {p: 9_000 for p, _ in small} | {p: 400_000 for p, _ in large}
    sizes["l4"] = 3_000_000
    tasks = build_module.batches(small + large, 2, sizes)
    # 105 files for 2 workers: at most 13 a task; l0 and l1 fit beside the last 9 small ones
    assert [len(t) for t in tasks] == [13] * 7 + [11, 2, 1]
    many = [(f"m{i}", None) for i in range(1000)]
    tasks = build_module.batches(many, 2, dict.fromkeys((p for p, _ in many), 9_000))
    assert {len(t) for t in tasks} == {32, 8} and sum(map(len, tasks)) == 1000
    assert [p for t in tasks for p, _ in t] == [p for p, _ in many]
    assert [len(t) for t in build_module.batches(small[:6], 2, sizes)] == [1] * 6
