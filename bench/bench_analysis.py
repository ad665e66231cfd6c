"""Benchmark: `borderlands report` on the bundled KB (target: under 10 s on 2 cores).

Runs the real command in a fresh process several times (each run pays the imports and the
chart renderer's start-up, as a user does), times the phases in-process once, and writes the
measurements to docs/bench/analysis.md. Not a test: it asserts nothing.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 3


def _cli_runs(out: Path) -> tuple[list[float], list[float], list[int]]:
    """Wall-clock and CPU (user + system) seconds of each run of the command, and how many
    drawing processes it chose (by the load average at its start)."""
    from borderlands.analysis.report import idle_workers

    walls, cpus, workers = [], [], []
    for _ in range(RUNS):
        workers.append(idle_workers())
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "borderlands", "report", "--out", str(out)],
                       check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus, workers


def _phases(out: Path) -> dict[str, float]:
    phases: dict[str, float] = {}
    start = time.perf_counter()
    from borderlands.kb import load

    kb = load()
    phases["load KB"] = time.perf_counter() - start
    start = time.perf_counter()
    from borderlands.analysis.registry import analyses

    items = analyses(kb)
    phases["six analyses (tables, checks, chart specs)"] = time.perf_counter() - start
    start = time.perf_counter()
    from borderlands.analysis.report import render_charts

    render_charts(items, out / "charts", workers=1)
    phases["charts to SVG and PNG (vl-convert), in-process"] = time.perf_counter() - start
    start = time.perf_counter()
    render_charts(items, out / "charts2", workers=2)
    phases["charts to SVG and PNG, two worker processes"] = time.perf_counter() - start
    return phases


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        runs, cpus, workers = _cli_runs(Path(tmp) / "report")
        phases = _phases(Path(tmp) / "phases")
        html = (Path(tmp) / "report" / "index.html").stat().st_size
    load = os.getloadavg()
    lines = [
        "# Benchmark: `borderlands report`",
        "",
        "Measured by `python3 bench/bench_analysis.py` (whole command in a fresh process, "
        f"{RUNS} runs; phases timed once in-process).",
        "",
        f"- Machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}; load average at the end "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (other work was running in parallel).",
        f"- `borderlands report`: median {statistics.median(runs):.1f} s, min {min(runs):.1f} s,"
        f" max {max(runs):.1f} s wall clock (target: under 10 s); CPU time (user + system, "
        f"the command and any chart-drawing workers together) median "
        f"{statistics.median(cpus):.1f} s; drawing processes chosen per run: "
        f"{', '.join(map(str, workers))}. Other sessions shared the 2 cores, so the minimum "
        "is the closest to an idle machine.",
        f"- index.html: {html / 1024:.0f} KiB (charts inline as SVG).",
        "",
        "| phase | seconds |",
        "| --- | ---: |",
        *[f"| {name} | {seconds:.2f} |" for name, seconds in phases.items()],
        "",
    ]
    target = REPO / "docs" / "bench" / "analysis.md"
    sys.path.insert(0, str(REPO / "src"))
    from borderlands.atomic import write_text_atomic

    write_text_atomic(target, "\n".join(lines))
    sys.stdout.write("\n".join(lines))


if __name__ == "__main__":
    main()
