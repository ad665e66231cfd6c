"""Benchmark of the article reader (not a test): parse times, linearity, memory peak.

Run ``python3 bench/bench_article.py`` (add ``--fifty-mb`` to also parse a 50 MB input).
Writes the measured numbers to docs/bench/article.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from borderlands.article import parse_text
from borderlands.article.dictionary import word_counts
from borderlands.atomic import write_text_atomic
from borderlands.paths import default_article

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "bench" / "article.md"


def timed(text: str) -> float:
    """Wall-clock seconds for one parse."""
    return timed_both(text)[0]


def timed_both(text: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds for one parse (CPU time is less inflated by other
    processes on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    parse_text(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_mib(text: str) -> float:
    tracemalloc.start()
    parse_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fifty-mb", action="store_true", help="also parse a 50 MB input")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = default_article()
    if not path.is_file():
        print(f"the article is not at {path}; set BORDERLANDS_ARTICLE", file=sys.stderr)
        return 2
    raw = path.read_text(encoding="utf-8")
    size_mb = len(raw.encode("utf-8")) / 1e6

    start, start_cpu = time.perf_counter(), time.process_time()
    word_counts()
    dictionary_s = time.perf_counter() - start
    dictionary_cpu = time.process_time() - start_cpu
    cold_s = timed(raw)
    both = [timed_both(raw) for _ in range(args.runs)]
    warm = [w for w, _ in both]
    warm_cpu = [c for _, c in both]
    rows = [("article x1", size_mb, min(warm), min(warm_cpu))]
    sizes = [10, 50, 100]
    if args.fifty_mb:
        sizes.append(round(50 / size_mb))
    for copies in sizes:
        wall, cpu = timed_both((raw + "\n") * copies)
        rows.append((f"article x{copies}", size_mb * copies, wall, cpu))
    # the process's peak resident size so far covers the largest parse above
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    largest_mb = rows[-1][1]
    peak_1 = peak_mib(raw)
    peak_10 = peak_mib((raw + "\n") * 10)

    load = os.getloadavg()
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        "# Article reader benchmark",
        "",
        f"Measured by `python3 bench/bench_article.py` on {stamp};",
        f"{os.cpu_count()} cores, Python {platform.python_version()}, load average "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min) when it ran. The machine",
        "is shared: a high load average inflates every time below.",
        "",
        "| what | time |",
        "| --- | --- |",
        f"| load symspellpy's word list (once per process) | {dictionary_s * 1000:.0f} ms "
        f"(CPU {dictionary_cpu * 1000:.0f} ms) |",
        f"| first parse of the article in a process | {cold_s * 1000:.0f} ms |",
        f"| article parse, best of {args.runs} | {min(warm) * 1000:.0f} ms |",
        f"| article parse, median of {args.runs} | {statistics.median(warm) * 1000:.0f} ms |",
        f"| article parse, best of {args.runs}, CPU time | {min(warm_cpu) * 1000:.0f} ms |",
        "",
        "Linearity (the article repeated, as in a file holding several articles: the note",
        "numbering starts again in each copy; the page numbers repeat, so the later copies'",
        "running heads disagree with the page count and are reported as warnings):",
        "",
        "| input | MB | wall s | CPU s | CPU s per MB |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, mb, wall, cpu in rows:
        lines.append(f"| {name} | {mb:.1f} | {wall:.2f} | {cpu:.2f} | {cpu / mb:.2f} |")
    lines += [
        "",
        "Memory peak (tracemalloc, Python allocations during one parse):",
        "",
        "| input | peak MiB | peak / input size |",
        "| --- | --- | --- |",
        f"| article x1 | {peak_1:.1f} | {peak_1 / (size_mb / 1.048576):.0f}x |",
        f"| article x10 | {peak_10:.1f} | {peak_10 / (10 * size_mb / 1.048576):.0f}x |",
        "",
        f"Peak resident size of the whole benchmark process (its largest input "
        f"{largest_mb:.1f} MB): {peak_rss_mib:.0f} MiB.",
        "",
    ]
    write_text_atomic(REPORT, "\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
